// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqlescalationrepository.h"

#include "store/sql/sqllogging.h"
#include "store/sql/sqlvalues.h"
#include "store/sqlerror.h"

#include <QSqlQuery>

namespace OtBridge {

using namespace SqlValues;

namespace {

const QString escalationColumns = QStringLiteral("event_id, rule, tier, due_at, state, fired_at");

EscalationRecord escalationFromQuery(const QSqlQuery &query)
{
    EscalationRecord record;
    record.eventId = QUuid::fromString(query.value(0).toString());
    record.rule = query.value(1).toString();
    record.tier = query.value(2).toInt();
    record.dueAt = utcFromMs(query.value(3));
    record.state = query.value(4).toString();
    record.firedAt = utcFromMs(query.value(5));
    return record;
}

Result<std::optional<Acknowledgement>> readAcknowledgement(QSqlQuery &query, const QUuid &eventId)
{
    if (!run(query,
             QStringLiteral("SELECT at, by, note, via FROM acknowledgements WHERE event_id = ?"),
             {uuidText(eventId)}))
        return Result<std::optional<Acknowledgement>>::failure(sqlError(query));
    if (!query.next())
        return std::optional<Acknowledgement>();
    Acknowledgement ack;
    ack.at = utcFromMs(query.value(0));
    ack.by = query.value(1).toString();
    ack.note = query.value(2).toString();
    ack.via = query.value(3).toString();
    query.finish();
    return std::optional<Acknowledgement>(ack);
}

} // namespace

Result<void> SqlEscalationRepository::schedule(SqlWriteContext &write, const QUuid &eventId,
                                               const QList<EscalationRecord> &tiers)
{
    for (const EscalationRecord &tier : tiers) {
        if (auto ok = write.run(
                QStringLiteral("INSERT INTO escalations (event_id, rule, tier, due_at, state) "
                               "VALUES (?, ?, ?, ?, 'scheduled') ON CONFLICT DO NOTHING"),
                {uuidText(eventId), text(tier.rule), tier.tier, msOrNow(tier.dueAt)});
            !ok) {
            return Result<void>::failure(ok.error());
        }
    }
    return {};
}

Result<bool> SqlEscalationRepository::markFired(SqlWriteContext &write,
                                                const EscalationRecord &tier, qint64 at)
{
    auto fire = write.run(
        QStringLiteral("UPDATE escalations SET state = 'fired', fired_at = ? "
                       "WHERE event_id = ? AND rule = ? AND tier = ? AND state = 'scheduled'"),
        {at, uuidText(tier.eventId), text(tier.rule), tier.tier});
    if (!fire)
        return Result<bool>::failure(fire.error());
    // Cancelled by an acknowledgement, or fired already by another node: nothing to send.
    return fire.value()->numRowsAffected() == 1;
}

Result<void> SqlEscalationRepository::cancel(SqlWriteContext &write, const EscalationRecord &tier)
{
    QSqlQuery query(write.database());
    if (!run(query,
             QStringLiteral("UPDATE escalations SET state = 'cancelled' "
                            "WHERE event_id = ? AND rule = ? AND tier = ? AND state = 'scheduled'"),
             {uuidText(tier.eventId), text(tier.rule), tier.tier}))
        return Result<void>::failure(
            QObject::tr("cannot cancel escalation tier %1 of rule '%2': %3")
                .arg(tier.tier)
                .arg(tier.rule, sqlError(query)));
    return {};
}

Result<void> SqlEscalationRepository::cancelScheduled(SqlWriteContext &write, const QUuid &eventId)
{
    QSqlQuery query(write.database());
    if (!run(query,
             QStringLiteral("UPDATE escalations SET state = 'cancelled' "
                            "WHERE event_id = ? AND state = 'scheduled'"),
             {uuidText(eventId)}))
        return Result<void>::failure(sqlError(query));
    return {};
}

Result<bool> SqlEscalationRepository::acknowledge(SqlWriteContext &write, const QUuid &eventId,
                                                  const Acknowledgement &ack)
{
    QSqlQuery query(write.database());
    if (!run(query,
             QStringLiteral("INSERT INTO acknowledgements (event_id, at, by, note, via) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
             {uuidText(eventId), msOrNow(ack.at), text(ack.by), text(ack.note), text(ack.via)}))
        return Result<bool>::failure(sqlError(query));
    return query.numRowsAffected() == 1;
}

Result<Acknowledgement> SqlEscalationRepository::acknowledgement(SqlWriteContext &write,
                                                                 const QUuid &eventId)
{
    QSqlQuery query(write.database());
    Result<std::optional<Acknowledgement>> ack = readAcknowledgement(query, eventId);
    if (!ack || !ack.value())
        return Result<Acknowledgement>::failure(ack ? sqlError(query) : ack.error());
    return *ack.value();
}

std::optional<Acknowledgement> SqlEscalationRepository::acknowledgement(const QSqlDatabase &db,
                                                                        const QUuid &eventId)
{
    QSqlQuery query(db);
    Result<std::optional<Acknowledgement>> ack = readAcknowledgement(query, eventId);
    return ack ? ack.value() : std::nullopt;
}

QList<EscalationRecord> SqlEscalationRepository::forEvent(const QSqlDatabase &db,
                                                          const QUuid &eventId)
{
    QList<EscalationRecord> records;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM escalations WHERE event_id = ? "
                            "ORDER BY due_at, rule, tier")
                 .arg(escalationColumns),
             {uuidText(eventId)})) {
        qCWarning(lcDeliveryStore) << "cannot read escalations:" << sqlError(query);
        return records;
    }
    while (query.next())
        records.append(escalationFromQuery(query));
    return records;
}

Result<QList<EscalationRecord>> SqlEscalationRepository::due(const QSqlDatabase &db,
                                                             const QDateTime &now, int limit)
{
    using Due = Result<QList<EscalationRecord>>;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM escalations e "
                            "WHERE state = 'scheduled' AND due_at <= ? AND NOT EXISTS "
                            "(SELECT 1 FROM acknowledgements a WHERE a.event_id = e.event_id) "
                            "ORDER BY due_at, event_id, rule, tier LIMIT ?")
                 .arg(escalationColumns),
             {msOrNow(now), qMax(0, limit)})) {
        return Due::failure(QObject::tr("cannot read due escalations: %1").arg(sqlError(query)));
    }
    QList<EscalationRecord> records;
    while (query.next())
        records.append(escalationFromQuery(query));
    return records;
}

QDateTime SqlEscalationRepository::nextAt(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT min(due_at) FROM escalations e WHERE state = 'scheduled' "
                            "AND NOT EXISTS "
                            "(SELECT 1 FROM acknowledgements a WHERE a.event_id = e.event_id)"))
        || !query.next()) {
        qCWarning(lcDeliveryStore) << "cannot read the next escalation:" << sqlError(query);
        return {};
    }
    return utcFromMs(query.value(0));
}

} // namespace OtBridge
