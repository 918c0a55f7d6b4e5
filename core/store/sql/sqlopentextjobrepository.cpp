// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqlopentextjobrepository.h"

#include "store/sql/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

#include <iterator>

namespace OtBridge {

using namespace SqlValues;

namespace {

// The OpenText state of a delivery whose submit was split into several jobs: failed when any
// failed, otherwise the least advanced of its jobs (delivered only once all are).
QString combinedOpenTextState(const QStringList &states)
{
    const auto rank = [](const QString &state) {
        if (state == QLatin1String("failed"))
            return -1;
        if (state == QLatin1String("sent"))
            return 1;
        if (state == QLatin1String("delivered"))
            return 2;
        return 0; // pending, or a state this store does not know
    };
    QString combined;
    int lowest = 3;
    for (const QString &state : states) {
        if (rank(state) < lowest) {
            lowest = rank(state);
            combined = state;
        }
    }
    return combined;
}

// How far a job has come: a state is only ever replaced by one further on. Polls and pushes
// race (a poll may read "delivered" before the push that said "sent" arrives), and a late
// report must not take a job back. "failed" comes last: a delivered email can still bounce.
// Listed: the states past pending, least far first; pending, and any state this store does not
// know, count 0.
constexpr const char *furtherStates[] = {"sent", "delivered", "failed"};

int progress(const QString &state)
{
    for (int i = 0; i < int(std::size(furtherStates)); ++i) {
        if (state == QLatin1String(furtherStates[i]))
            return i + 1;
    }
    return 0;
}

// progress() of the row's state, in SQL.
QString progressSql()
{
    QString sql = QStringLiteral("CASE state");
    for (int i = 0; i < int(std::size(furtherStates)); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(furtherStates[i])).arg(i + 1);
    sql += QStringLiteral(" ELSE 0 END");
    return sql;
}

} // namespace

Result<void> SqlOpenTextJobRepository::record(SqlWriteContext &write, const QString &deliveryId,
                                              const QStringList &jobIds)
{
    for (const QString &jobId : jobIds) {
        if (auto job
            = write.run(QStringLiteral("INSERT INTO opentext_jobs (job_id, delivery_id, state) "
                                       "VALUES (?, ?, 'pending') ON CONFLICT (job_id) DO UPDATE "
                                       "SET delivery_id = excluded.delivery_id, state = "
                                       "excluded.state"),
                        {jobId, deliveryId});
            !job) {
            return Result<void>::failure(job.error());
        }
    }
    return {};
}

Result<std::optional<SqlOpenTextJobRepository::StateWritten>>
SqlOpenTextJobRepository::setState(SqlWriteContext &write, const QString &jobId,
                                   const QString &openTextState, const QString &error)
{
    using Found = Result<std::optional<StateWritten>>;
    const auto fail = [](const QString &error) {
        return Found::failure(error);
    };

    StateWritten written;
    // Written only when it takes the job further, or says why the same state went wrong; the
    // job's delivery comes back with the write.
    {
        static const QString sql = QStringLiteral("UPDATE opentext_jobs SET state = ? WHERE "
                                                  "job_id = ? AND (%1 < ? OR (state = ? AND ? "
                                                  "<> '')) RETURNING delivery_id")
                                       .arg(progressSql());
        auto job = write.run(sql,
                             {text(openTextState), jobId, progress(openTextState),
                              text(openTextState), text(error)});
        if (!job)
            return fail(job.error());
        if (job.value()->next())
            written.deliveryId = job.value()->value(0).toString();
        job.value()->finish();
    }
    if (written.deliveryId.isEmpty()) {
        // Nothing written: the same state again, an earlier one come late, or a job that is
        // not ours.
        auto job = write.run(
            QStringLiteral("SELECT delivery_id FROM opentext_jobs WHERE job_id = ?"), {jobId});
        if (!job)
            return fail(job.error());
        if (!job.value()->next())
            return Found(std::nullopt);
        written.deliveryId = job.value()->value(0).toString();
        written.changed = false;
        job.value()->finish();
        return Found(written);
    }
    const QString &deliveryId = written.deliveryId;
    const QString combinedAlone = combinedOpenTextState({openTextState});
    const QString updateDelivery
        = QStringLiteral("UPDATE deliveries SET opentext_state = ?, "
                         "last_error = CASE WHEN ? = '' THEN last_error ELSE ? END, "
                         "updated_at = ? WHERE id = ?");
    // The usual delivery, one submit of one job: its state is the job's, written at once.
    {
        auto alone = write.run(updateDelivery + QStringLiteral(" AND opentext_job_ids = ?"),
                               {text(combinedAlone), text(error), text(error),
                                QDateTime::currentMSecsSinceEpoch(), deliveryId, jobId});
        if (!alone)
            return fail(alone.error());
        if (alone.value()->numRowsAffected() == 1) {
            written.failed = combinedAlone == QLatin1String("failed");
            return Found(written);
        }
    }
    QStringList current;
    {
        auto ids = write.run(QStringLiteral("SELECT opentext_job_ids FROM deliveries WHERE id = ?"),
                             {deliveryId});
        if (!ids)
            return fail(ids.error());
        if (ids.value()->next())
            current = ids.value()->value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ids.value()->finish();
    }
    // A job of an earlier round (before a replay) is still ours, but no longer decides the
    // delivery's OpenText state.
    if (current.contains(jobId)) {
        QHash<QString, QString> jobStates {{jobId, openTextState}};
        // One job (the usual submit): its state is the delivery's, nothing more to read.
        if (current.size() > 1) {
            auto rows = write.run(
                QStringLiteral("SELECT job_id, state FROM opentext_jobs WHERE delivery_id = ?"),
                {deliveryId});
            if (!rows)
                return fail(rows.error());
            while (rows.value()->next())
                jobStates.insert(rows.value()->value(0).toString(),
                                 rows.value()->value(1).toString());
            rows.value()->finish();
        }
        QStringList states;
        for (const QString &id : std::as_const(current))
            states.append(jobStates.value(id, QStringLiteral("pending")));
        const QString combined = combinedOpenTextState(states);
        if (auto ok = write.run(updateDelivery,
                                {text(combined), text(error), text(error),
                                 QDateTime::currentMSecsSinceEpoch(), deliveryId});
            !ok) {
            return fail(ok.error());
        }
        written.failed = combined == QLatin1String("failed");
    }
    return Found(written);
}

} // namespace OtBridge
