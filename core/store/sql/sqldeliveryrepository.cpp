// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqldeliveryrepository.h"

#include "store/sql/sqldialect.h"
#include "store/sql/sqllogging.h"
#include "store/sql/sqlvalues.h"
#include "store/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace OtBridge {

using namespace SqlValues;

namespace {

const QString recordColumns = QStringLiteral(
    "id, event_id, rule, action_index, tier, target, state, attempts, created_at, updated_at, "
    "next_attempt_at, last_error, opentext_job_ids, opentext_state, request");

const QString recordByIdSql
    = QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(recordColumns);

// The request's kind in its place. DeliveryRequest::toJsonText writes QJsonDocument's bytes,
// whose keys come sorted, "kind" first: its value is read from the first bytes, and the
// database's JSON (which parses the whole request, a tenth of the writer's time under a burst)
// only reads a request written some other way.
QString outcomeColumns(const SqlDialect &dialect)
{
    const QString kind
        = QStringLiteral("CASE WHEN substr(request, 1, 18) = '{\"kind\":\"opentext\"' "
                         "THEN 'opentext' WHEN substr(request, 1, 14) = '{\"kind\":\"http\"' "
                         "THEN 'http' ELSE %1 END")
              .arg(dialect.requestKind.arg(QLatin1String("request")));
    return QString(recordColumns).replace(QLatin1String(", request"), QLatin1String(", ") + kind);
}

QString outcomeSql(const SqlDialect &dialect)
{
    return QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(outcomeColumns(dialect));
}

// An attempt's update of its delivery, handing back the outcome (outcomeFromQuery's columns),
// then the attempt's number in the delivery's history and in its round: one statement where a
// read before and a read after took three.
QString attemptUpdateSql(const SqlDialect &dialect)
{
    return QStringLiteral(
               "UPDATE deliveries SET state = ?, attempts = attempts + 1, "
               "attempt_seq = attempt_seq + 1, next_attempt_at = ?, lease_until = NULL, "
               "lease_holder = '', last_error = ?, updated_at = ?, "
               "opentext_job_ids = CASE WHEN ? = '' THEN opentext_job_ids ELSE ? END, "
               "opentext_state = CASE WHEN ? = '' THEN opentext_state ELSE 'pending' END "
               "WHERE id = ? RETURNING %1, attempt_seq, attempts")
        .arg(outcomeColumns(dialect));
}

const QString &attemptUpdateSql(const QSqlDatabase &db)
{
    static const QString sqlite = attemptUpdateSql(sqliteDialect());
    static const QString postgresql = attemptUpdateSql(postgresqlDialect());
    return &sqlDialect(db) == &postgresqlDialect() ? postgresql : sqlite;
}

const QString &outcomeByIdSql(const SqlDialect &dialect)
{
    static const QString sqlite = outcomeSql(sqliteDialect());
    static const QString postgresql = outcomeSql(postgresqlDialect());
    return &dialect == &postgresqlDialect() ? postgresql : sqlite;
}

// A replayed delivery starts a new round: no attempts, no lease, no OpenText job yet. Its
// history stays in delivery_attempts (and opentext_jobs), numbered on. A delivery that died
// of a render error was never tried (attempt_seq 0): it has nothing to send again, and only
// routing the event again can help it, so it is left alone.
const QString replaySet = QStringLiteral(
    "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?, "
    "lease_until = NULL, lease_holder = '', last_error = '', opentext_job_ids = '', "
    "opentext_state = '', "
    "updated_at = ? ");
const QString replayable = QStringLiteral("state = 'dead' AND attempt_seq > 0");

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

bool runPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

// A QSqlQuery of a reader, or the writer's SqlRows.
template<typename Row> DeliveryRecord recordFromQuery(const Row &query)
{
    DeliveryRecord record;
    record.id = query.value(0).toString();
    record.eventId = QUuid::fromString(query.value(1).toString());
    record.rule = query.value(2).toString();
    record.actionIndex = query.value(3).toInt();
    record.tier = query.value(4).toInt();
    record.target = query.value(5).toString();
    record.state = deliveryStateFromName(query.value(6).toString()).value_or(DeliveryState::Dead);
    record.attempts = query.value(7).toInt();
    record.createdAt = utcFromMs(query.value(8));
    record.updatedAt = utcFromMs(query.value(9));
    record.nextAttemptAt = utcFromMs(query.value(10));
    record.lastError = query.value(11).toString();
    record.openTextJobId = query.value(12).toString();
    record.openTextState = query.value(13).toString();
    Result<DeliveryRequest> request
        = DeliveryRequest::fromJsonText(query.value(14).toString().toUtf8());
    if (request) {
        record.request = std::move(request).value();
    } else {
        qCWarning(lcDeliveryStore)
            << "delivery" << record.id << "has an unreadable request:" << request.error();
        record.request.target = record.target;
        record.requestError = request.error();
    }
    return record;
}

// The columns of outcomeByIdSql: the request's kind, not the request.
template<typename Row> DeliveryRecord outcomeFromQuery(const Row &query)
{
    DeliveryRecord record;
    record.id = query.value(0).toString();
    record.eventId = QUuid::fromString(query.value(1).toString());
    record.rule = query.value(2).toString();
    record.actionIndex = query.value(3).toInt();
    record.tier = query.value(4).toInt();
    record.target = query.value(5).toString();
    record.state = deliveryStateFromName(query.value(6).toString()).value_or(DeliveryState::Dead);
    record.attempts = query.value(7).toInt();
    record.createdAt = utcFromMs(query.value(8));
    record.updatedAt = utcFromMs(query.value(9));
    record.nextAttemptAt = utcFromMs(query.value(10));
    record.lastError = query.value(11).toString();
    record.openTextJobId = query.value(12).toString();
    record.openTextState = query.value(13).toString();
    record.request.target = record.target;
    record.request.kind = query.value(14).toString() == QLatin1String("opentext")
        ? DeliveryRequest::Kind::OpenText
        : DeliveryRequest::Kind::Http;
    return record;
}

std::optional<DeliveryRecord> readRecord(QSqlQuery &read, const QString &id)
{
    read.bindValue(0, id);
    if (!read.exec() || !read.next())
        return std::nullopt;
    DeliveryRecord record = recordFromQuery(read);
    read.finish();
    return record;
}

} // namespace

std::optional<DeliveryRecord> SqlDeliveryRepository::find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery read(db);
    if (!read.prepare(recordByIdSql))
        return std::nullopt;
    return readRecord(read, id);
}

Result<std::optional<DeliveryRecord>> SqlDeliveryRepository::find(SqlWriteContext &write,
                                                                  const QString &id)
{
    auto read = write.run(recordByIdSql, {id});
    if (!read)
        return Result<std::optional<DeliveryRecord>>::failure(read.error());
    SqlRows &row = *read.value();
    if (!row.next())
        return std::optional<DeliveryRecord>();
    std::optional<DeliveryRecord> record = recordFromQuery(row);
    row.finish();
    return record;
}

Result<std::optional<DeliveryRecord>> SqlDeliveryRepository::findOutcome(SqlWriteContext &write,
                                                                         const QString &id)
{
    auto read = write.run(outcomeByIdSql(sqlDialect(write.database())), {id});
    if (!read)
        return Result<std::optional<DeliveryRecord>>::failure(read.error());
    SqlRows &row = *read.value();
    if (!row.next())
        return std::optional<DeliveryRecord>();
    std::optional<DeliveryRecord> record = outcomeFromQuery(row);
    row.finish();
    return record;
}

Result<void> SqlDeliveryRepository::insert(SqlWriteContext &write, const QUuid &eventId,
                                           const QList<NewDelivery> &deliveries, qint64 now,
                                           QStringList &inserted)
{
    for (const NewDelivery &delivery : deliveries) {
        if (delivery.id.isEmpty())
            return Result<void>::failure(
                QObject::tr("a delivery of event %1 (rule '%2', action %3) has no id")
                    .arg(uuidText(eventId), delivery.rule)
                    .arg(delivery.actionIndex + 1));
        // A job that could not be rendered has nothing to send: it is dead from the start, with
        // the render error for the dead-letter view.
        const bool dead = !delivery.renderError.isEmpty();
        const QVariant due = dead
            ? QVariant(QMetaType::fromType<qlonglong>())
            : QVariant(delivery.dueAt.isValid() ? delivery.dueAt.toMSecsSinceEpoch() : now);
        const QByteArray request = delivery.request.toJsonText();
        auto insert = write.run(
            QStringLiteral(
                "INSERT INTO deliveries (id, event_id, rule, action_index, tier, target, "
                "state, attempts, created_at, updated_at, next_attempt_at, last_error, request) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
            {delivery.id, uuidText(eventId), text(delivery.rule), delivery.actionIndex,
             delivery.tier, text(delivery.request.target),
             deliveryStateName(dead ? DeliveryState::Dead : DeliveryState::Pending), now, now, due,
             text(delivery.renderError), QString::fromUtf8(request)});
        if (!insert) {
            return Result<void>::failure(
                QObject::tr("cannot store delivery %1: %2").arg(delivery.id, insert.error()));
        }
        if (insert.value()->numRowsAffected() != 1)
            continue;
        inserted.append(delivery.id);
        if (delivery.hold.isEmpty() || dead)
            continue;
        // Why it waits, and until when: the console and the status API show it, and a delay's
        // key is what a later event cancels it by.
        if (auto held = write.run(
                QStringLiteral("INSERT INTO held_deliveries (delivery_id, event_id, rule, kind, "
                               "hold_key, release_at) VALUES (?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (delivery_id) DO NOTHING"),
                {delivery.id, uuidText(eventId), text(delivery.rule), delivery.hold,
                 text(delivery.holdKey), due});
            !held) {
            return Result<void>::failure(
                QObject::tr("cannot store delivery %1: %2").arg(delivery.id, held.error()));
        }
    }
    return {};
}

Result<QList<DeliveryRecord>> SqlDeliveryRepository::lease(SqlWriteContext &write,
                                                           const QString &holder,
                                                           const QDateTime &now, int limit,
                                                           int leaseSeconds)
{
    using Leased = Result<QList<DeliveryRecord>>;
    const auto fail = [](const QString &error) {
        return Leased::failure(QObject::tr("cannot lease due deliveries: %1").arg(error));
    };

    const qint64 at = msOrNow(now);
    const qint64 until = at + qint64(leaseSeconds) * 1000;
    // SQLite: the write lock is held from the first read, so two leasers (threads or
    // processes) never see the same delivery as free. PostgreSQL: each row read is locked until
    // the commit, and the rows another node's writer holds are passed over (the dialect's
    // FOR UPDATE SKIP LOCKED), so nodes share the work without waiting for each other.
    // A lease moves next_attempt_at to the lease's end, so a leased delivery is simply not due
    // (and one whose holder stopped renewing it is due again when it runs out), and each state's
    // due deliveries come off the (state, next_attempt_at) index in order, stopping at the
    // limit: no table scan however long the backlog.
    QList<std::pair<qint64, QString>> due;
    for (const char *state : {"pending", "retrying"}) {
        auto query = write.run(QStringLiteral("SELECT next_attempt_at, id FROM deliveries "
                                              "WHERE state = ? AND next_attempt_at <= ? "
                                              "ORDER BY next_attempt_at, id LIMIT ?")
                                   + sqlDialect(write.database()).leaseLock,
                               {QString::fromLatin1(state), at, qMax(0, limit)});
        if (!query)
            return fail(query.error());
        SqlRows &rows = *query.value();
        while (rows.next())
            due.append({rows.value(0).toLongLong(), rows.value(1).toString()});
        rows.finish();
    }
    std::sort(due.begin(), due.end());
    if (due.size() > qMax(0, limit))
        due.resize(qMax(0, limit));
    if (due.isEmpty())
        return QList<DeliveryRecord>();

    // The whole batch in one statement (one round trip to a server), each row as leased.
    QVariantList values {until, until, holder};
    for (const auto &[dueAt, id] : std::as_const(due))
        values.append(id);
    auto updated = write.run(QStringLiteral("UPDATE deliveries SET lease_until = ?, "
                                            "next_attempt_at = ?, lease_holder = ? "
                                            "WHERE id IN (%1) RETURNING %2")
                                 .arg(placeholders(due.size()), recordColumns),
                             values);
    if (!updated)
        return fail(updated.error());
    QHash<QString, DeliveryRecord> records;
    SqlRows &rows = *updated.value();
    while (rows.next()) {
        DeliveryRecord record = recordFromQuery(rows);
        records.insert(record.id, std::move(record));
    }
    rows.finish();
    QList<DeliveryRecord> leased;
    leased.reserve(due.size());
    for (const auto &[dueAt, id] : std::as_const(due)) {
        auto record = records.find(id);
        if (record == records.end())
            return fail(QObject::tr("no delivery %1").arg(id));
        leased.append(std::move(*record));
    }
    return leased;
}

Result<int> SqlDeliveryRepository::renew(SqlWriteContext &write, const QString &holder,
                                         const QStringList &deliveryIds, const QDateTime &now,
                                         int leaseSeconds)
{
    if (deliveryIds.isEmpty())
        return 0;
    const qint64 until = msOrNow(now) + qint64(leaseSeconds) * 1000;
    QVariantList values {until, until, holder};
    for (const QString &id : deliveryIds)
        values.append(id);
    QSqlQuery query(write.database());
    // Only the holder's, and only while the delivery is live and leased: a lease that ran out
    // and another node took is that node's now.
    if (!run(query,
             QStringLiteral("UPDATE deliveries SET lease_until = ?, next_attempt_at = ? "
                            "WHERE lease_holder = ? AND lease_until IS NOT NULL "
                            "AND state IN ('pending', 'retrying') AND id IN (%1)")
                 .arg(placeholders(deliveryIds.size())),
             values))
        return Result<int>::failure(
            QObject::tr("cannot renew the leases of deliveries under way: %1")
                .arg(sqlError(query)));
    return qMax(0, query.numRowsAffected());
}

Result<DeliveryRecord>
SqlDeliveryRepository::recordAttempt(SqlWriteContext &write, const QString &deliveryId,
                                     const DeliveryAttempt &attempt, DeliveryState newState,
                                     const QDateTime &nextAttemptAt, const QString &lastError,
                                     const QStringList &openTextJobIds)
{
    const auto fail = [&deliveryId](const QString &error) {
        return Result<DeliveryRecord>::failure(
            QObject::tr("cannot record an attempt of delivery %1: %2").arg(deliveryId, error));
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool live = newState == DeliveryState::Pending || newState == DeliveryState::Retrying;
    const QVariant next
        = live ? QVariant(msOrNow(nextAttemptAt)) : QVariant(QMetaType::fromType<qlonglong>());
    // A new submit's jobs replace the previous ones; their state starts at "pending" until
    // OpenText says more.
    const QString jobs = text(openTextJobIds.join(QLatin1Char(' ')));
    DeliveryRecord record;
    int sequence = 0;
    int roundAttempt = 0;
    {
        auto update = write.run(attemptUpdateSql(write.database()),
                                {deliveryStateName(newState), next, text(lastError), now, jobs,
                                 jobs, jobs, deliveryId});
        if (!update)
            return fail(update.error());
        SqlRows &row = *update.value();
        if (!row.next())
            return Result<DeliveryRecord>::failure(QObject::tr("no delivery %1").arg(deliveryId));
        record = outcomeFromQuery(row);
        sequence = row.value(15).toInt();
        roundAttempt = row.value(16).toInt();
        row.finish();
    }
    if (auto history = write.run(
            QStringLiteral("INSERT INTO delivery_attempts (delivery_id, number, round_attempt, "
                           "started_at, duration_ms, outcome, http_status, error, response) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {deliveryId, sequence, attempt.number > 0 ? attempt.number : roundAttempt,
             msOrNow(attempt.startedAt), attempt.durationMs, text(attempt.outcome),
             attempt.httpStatus, text(attempt.error), text(attempt.response)});
        !history) {
        return fail(history.error());
    }
    return record;
}

Result<int> SqlDeliveryRepository::releaseAll(SqlWriteContext &write, const QString &holder)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One writer per SQLite file (the data directory's lock): any lease left is a dead run's.
    // A database several nodes share: only leases that ran out (their holder stopped renewing
    // them) or that this node itself held; another node's live lease stays its own.
    const bool shared = sqlDialect(write.database()).sharedByNodes;
    QSqlQuery query(write.database());
    const QString sql = QStringLiteral("UPDATE deliveries SET lease_until = NULL, lease_holder = "
                                       "'', next_attempt_at = ? WHERE lease_until IS NOT NULL "
                                       "AND state IN ('pending', 'retrying')")
        + (shared ? QStringLiteral(" AND (lease_until <= ? OR lease_holder = ?)") : QString());
    if (!run(query, sql, shared ? QVariantList {now, now, holder} : QVariantList {now}))
        return Result<int>::failure(
            QObject::tr("cannot take back the leases of a previous run: %1").arg(sqlError(query)));
    const int released = query.numRowsAffected();
    return released;
}

Result<void> SqlDeliveryRepository::release(SqlWriteContext &write, const QString &deliveryId,
                                            const QDateTime &dueAt)
{
    const auto fail = [&deliveryId](const QString &error) {
        return Result<void>::failure(
            QObject::tr("cannot give back delivery %1: %2").arg(deliveryId, error));
    };

    auto state
        = write.run(QStringLiteral("SELECT state FROM deliveries WHERE id = ?"), {deliveryId});
    if (!state)
        return fail(state.error());
    if (!state.value()->next())
        return Result<void>::failure(QObject::tr("no delivery %1").arg(deliveryId));
    state.value()->finish();
    // A delivery that was finished meanwhile keeps its state; only a live one waits again.
    if (auto ok = write.run(QStringLiteral("UPDATE deliveries SET lease_until = NULL, "
                                           "lease_holder = '', next_attempt_at = ? "
                                           "WHERE id = ? AND state IN ('pending', 'retrying')"),
                            {msOrNow(dueAt), deliveryId});
        !ok) {
        return fail(ok.error());
    }
    return {};
}

Result<int> SqlDeliveryRepository::deferTarget(SqlWriteContext &write, const QString &target,
                                               const QDateTime &until, const QDateTime &now,
                                               const QStringList &leased)
{
    QString ids;
    QVariantList values {msOrNow(until), text(target), msOrNow(until), msOrNow(now)};
    for (const QString &id : leased) {
        ids += ids.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values.append(id);
    }
    const QString sql
        = QStringLiteral("UPDATE deliveries SET next_attempt_at = ?, lease_until = NULL, "
                         "lease_holder = '' WHERE target = ? AND state IN ('pending', 'retrying') "
                         "AND ((next_attempt_at < ? AND (lease_until IS NULL OR lease_until <= ?))")
        + (ids.isEmpty() ? QStringLiteral(")") : QStringLiteral(" OR id IN (%1))").arg(ids));
    QSqlQuery query(write.database());
    if (!run(query, sql, values))
        return Result<int>::failure(
            QObject::tr("cannot defer the deliveries to %1: %2").arg(target, sqlError(query)));
    const int moved = qMax(0, query.numRowsAffected());
    return moved;
}

Result<int> SqlDeliveryRepository::replay(SqlWriteContext &write, const QStringList &deliveryIds,
                                          const QDateTime &now)
{
    const auto fail = [](const QString &error) {
        return Result<int>::failure(QObject::tr("cannot replay deliveries: %1").arg(error));
    };

    const qint64 at = msOrNow(now);
    QSqlQuery query(write.database());
    if (!query.prepare(replaySet + QStringLiteral("WHERE id = ? AND ") + replayable))
        return fail(sqlError(query));
    int replayed = 0;
    for (const QString &id : deliveryIds) {
        if (!runPrepared(query, {at, at, id}))
            return fail(sqlError(query));
        replayed += qMax(0, query.numRowsAffected());
    }
    return replayed;
}

Result<int> SqlDeliveryRepository::replayTarget(SqlWriteContext &write, const QString &target,
                                                const QDateTime &since, const QDateTime &now)
{
    const auto fail = [&target](const QString &error) {
        return Result<int>::failure(
            QObject::tr("cannot replay the deliveries to %1: %2").arg(target, error));
    };

    const qint64 at = msOrNow(now);
    QSqlQuery query(write.database());
    // Same selection as deadLetters(): an empty target means every target.
    if (!run(query,
             replaySet + QStringLiteral("WHERE ") + replayable
                 + QStringLiteral(" AND (? = '' OR target = ?) AND (CAST(? AS bigint) IS NULL OR "
                                  "updated_at >= ?)"),
             {at, at, text(target), text(target), msOrNull(since), msOrNull(since)})) {
        return fail(sqlError(query));
    }
    const int replayed = qMax(0, query.numRowsAffected());
    return replayed;
}

Result<void> SqlDeliveryRepository::cancelHeld(SqlWriteContext &write, const StepCancel &cancel,
                                               const QUuid &eventId, qint64 now)
{
    // Only what is still held: a message already under way or sent stays as it is.
    const QString event = uuidText(eventId);
    auto cancelled = write.run(
        QStringLiteral("UPDATE deliveries SET state = 'cancelled', next_attempt_at = NULL, "
                       "last_error = ?, updated_at = ? WHERE state = 'pending' "
                       "AND attempts = 0 AND lease_until IS NULL AND id IN (SELECT "
                       "delivery_id FROM held_deliveries WHERE rule = ? AND hold_key = ? "
                       "AND kind = 'delay') AND event_id <> ?"),
        {QObject::tr("cancelled by event %1").arg(event), now, text(cancel.rule), text(cancel.key),
         event});
    if (!cancelled)
        return Result<void>::failure(cancelled.error());
    return {};
}

Result<void> SqlDeliveryRepository::cancelHeldDelays(SqlWriteContext &write, const QUuid &eventId,
                                                     const QDateTime &at)
{
    const QString event = uuidText(eventId);
    QSqlQuery query(write.database());
    if (!run(query,
             QStringLiteral("UPDATE deliveries SET state = 'cancelled', "
                            "next_attempt_at = NULL, last_error = ?, updated_at = ? "
                            "WHERE event_id = ? AND state = 'pending' AND attempts = 0 "
                            "AND lease_until IS NULL AND id IN (SELECT delivery_id FROM "
                            "held_deliveries WHERE event_id = ? AND kind = 'delay')"),
             {QObject::tr("cancelled by the acknowledgement"), msOrNow(at), event, event}))
        return Result<void>::failure(sqlError(query));
    return {};
}

QDateTime SqlDeliveryRepository::nextDueAt(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Leased deliveries are due at their lease's end (leaseDue moves next_attempt_at there).
    // Two index lookups, whatever the backlog.
    if (!run(query,
             QStringLiteral("SELECT min(due) FROM ("
                            "SELECT min(next_attempt_at) AS due FROM deliveries "
                            "WHERE state = 'pending' UNION ALL "
                            "SELECT min(next_attempt_at) FROM deliveries WHERE state = 'retrying') "
                            "AS due_times"))
        || !query.next()) {
        qCWarning(lcDeliveryStore) << "cannot read the next due time:" << sqlError(query);
        return {};
    }
    return utcFromMs(query.value(0));
}

QList<DeliveryRecord> SqlDeliveryRepository::forEvent(const QSqlDatabase &db, const QUuid &eventId)
{
    QList<DeliveryRecord> records;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM deliveries WHERE event_id = ? "
                            "ORDER BY tier, action_index, rule, id")
                 .arg(recordColumns),
             {uuidText(eventId)})) {
        qCWarning(lcDeliveryStore) << "cannot read deliveries:" << sqlError(query);
        return records;
    }
    while (query.next())
        records.append(recordFromQuery(query));
    return records;
}

QList<DeliveryAttempt> SqlDeliveryRepository::attempts(const QSqlDatabase &db,
                                                       const QString &deliveryId)
{
    QList<DeliveryAttempt> attempts;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT number, started_at, duration_ms, outcome, http_status, error, "
                            "response FROM delivery_attempts WHERE delivery_id = ? "
                            "ORDER BY number"),
             {deliveryId})) {
        qCWarning(lcDeliveryStore) << "cannot read attempts:" << sqlError(query);
        return attempts;
    }
    while (query.next()) {
        DeliveryAttempt attempt;
        attempt.number = query.value(0).toInt();
        attempt.startedAt = utcFromMs(query.value(1));
        attempt.durationMs = query.value(2).toLongLong();
        attempt.outcome = query.value(3).toString();
        attempt.httpStatus = query.value(4).toInt();
        attempt.error = query.value(5).toString();
        attempt.response = query.value(6).toString();
        attempts.append(attempt);
    }
    return attempts;
}

QList<DeliveryRecord> SqlDeliveryRepository::deadLetters(const QSqlDatabase &db,
                                                         const QString &target,
                                                         const QDateTime &since, int limit)
{
    QList<DeliveryRecord> records;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "SELECT %1 FROM deliveries WHERE state = 'dead' "
                 "AND (? = '' OR target = ?) AND (CAST(? AS bigint) IS NULL OR updated_at >= ?) "
                 "ORDER BY updated_at DESC, id DESC LIMIT ?")
                 .arg(recordColumns),
             {text(target), text(target), msOrNull(since), msOrNull(since), qMax(0, limit)})) {
        qCWarning(lcDeliveryStore) << "cannot read dead letters:" << sqlError(query);
        return records;
    }
    while (query.next())
        records.append(recordFromQuery(query));
    return records;
}

QHash<QString, qint64> SqlDeliveryRepository::countByState(const QSqlDatabase &db,
                                                           const QString &target)
{
    QHash<QString, qint64> counts;
    for (const QString &state : deliveryStateNames())
        counts.insert(state, 0);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT state, count(*) FROM deliveries "
                            "WHERE (? = '' OR target = ?) GROUP BY state"),
             {text(target), text(target)})) {
        qCWarning(lcDeliveryStore) << "cannot count deliveries:" << sqlError(query);
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

Result<QHash<QString, QHash<QString, qint64>>>
SqlDeliveryRepository::openCountsByTarget(const QSqlDatabase &db)
{
    using Counts = QHash<QString, QHash<QString, qint64>>;
    // Sampled every second while a backlog may hold 100k deliveries, so only the (target,
    // state) index is read, never a row: one seek per target to find the next one, then the
    // open states' entries of each. Grouping the whole table by target instead read every
    // open delivery's row for its target, a tenth of the dispatcher's thread under a burst.
    // Delivered rows, the bulk of a long-lived store, are never read.
    QSqlQuery next(db);
    next.setForwardOnly(true);
    if (!next.prepare(QStringLiteral(
            "SELECT target FROM deliveries WHERE target > ? ORDER BY target LIMIT 1")))
        return Result<Counts>::failure(sqlError(next));
    QSqlQuery count(db);
    count.setForwardOnly(true);
    if (!count.prepare(QStringLiteral(
            "SELECT state, count(*) FROM deliveries "
            "WHERE target = ? AND state IN ('pending', 'retrying', 'dead') GROUP BY state")))
        return Result<Counts>::failure(sqlError(count));
    Counts counts;
    QString target;
    for (;;) {
        next.bindValue(0, text(target)); // never NULL: "target > NULL" holds for no row
        if (!next.exec())
            return Result<Counts>::failure(sqlError(next));
        if (!next.next())
            break;
        target = next.value(0).toString();
        next.finish();
        count.bindValue(0, target);
        if (!count.exec())
            return Result<Counts>::failure(sqlError(count));
        while (count.next())
            counts[target].insert(count.value(0).toString(), count.value(1).toLongLong());
        count.finish();
    }
    return counts;
}

} // namespace OtBridge
