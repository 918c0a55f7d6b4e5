// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqlsteprepository.h"

#include "store/sql/sqldeliveryrepository.h"
#include "store/sql/sqldialect.h"
#include "store/sql/sqllogging.h"
#include "store/sql/sqlvalues.h"
#include "store/sqlerror.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace OtBridge {

using namespace SqlValues;

Result<void> SqlStepRepository::apply(SqlWriteContext &write, const RoutedEvent &event, qint64 now,
                                      QStringList &inserted)
{
    const QString eventId = uuidText(event.eventId);
    for (const StepCancel &cancel : event.cancels) {
        if (auto ok = SqlDeliveryRepository::cancelHeld(write, cancel, event.eventId, now); !ok)
            return ok;
    }
    for (const FallbackEntry &entry : event.fallbacks) {
        const NewDelivery &fallback = entry.fallback;
        const QByteArray request = fallback.request.toJsonText();
        if (auto ok = write.run(
                QStringLiteral("INSERT INTO fallbacks (delivery_id, fallback_id, event_id, rule, "
                               "action_index, request, render_error, routed_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (delivery_id) DO NOTHING"),
                {entry.originalId, fallback.id, eventId, text(fallback.rule), fallback.actionIndex,
                 QString::fromUtf8(request), text(fallback.renderError), msOrNow(fallback.dueAt)});
            !ok) {
            return Result<void>::failure(ok.error());
        }
    }
    for (const DigestEntry &entry : event.digests) {
        // Routing again after a crash must not put the event in a second digest.
        auto known = write.run(
            QStringLiteral("SELECT 1 FROM digest_events WHERE rule = ? AND event_id = ?"),
            {text(entry.rule), eventId});
        if (!known)
            return Result<void>::failure(known.error());
        const bool there = known.value()->next();
        known.value()->finish();
        if (there)
            continue;
        // A window still open at the event's routing; one past its end waits to be sent and
        // takes no more events (fireDigest checks it was rendered over all it holds).
        qint64 digestId = 0;
        {
            // Nodes routing events of one window at the same time open it once: the second
            // waits here until the first commits, then finds its window.
            if (const QString &lock = sqlDialect(write.database()).digestLock; !lock.isEmpty()) {
                auto locked
                    = write.run(lock, {QVariant(text(entry.rule) + QLatin1Char('\n') + entry.key)});
                if (!locked)
                    return Result<void>::failure(locked.error());
                locked.value()->finish();
            }
            auto open = write.run(QStringLiteral("SELECT id FROM digests WHERE rule = ? AND "
                                                 "digest_key = ? AND state = 'open' AND "
                                                 "closes_at > ? ORDER BY id DESC LIMIT 1"),
                                  {text(entry.rule), text(entry.key), msOrNow(entry.routedAt)});
            if (!open)
                return Result<void>::failure(open.error());
            if (open.value()->next())
                digestId = open.value()->value(0).toLongLong();
            open.value()->finish();
        }
        const bool opens = digestId == 0;
        if (opens) {
            auto created = write.run(
                QStringLiteral("INSERT INTO digests (rule, digest_key, opened_at, closes_at) "
                               "VALUES (?, ?, ?, ?) RETURNING id"),
                {text(entry.rule), text(entry.key), msOrNow(entry.routedAt),
                 msOrNow(entry.closesAt)});
            if (!created)
                return Result<void>::failure(created.error());
            // RETURNING, not lastInsertId(): one statement in SQLite and PostgreSQL alike, where
            // QPSQL would ask lastval() in a second round trip.
            if (!created.value()->next())
                return Result<void>::failure(QObject::tr("the new digest has no id"));
            digestId = created.value()->value(0).toLongLong();
            created.value()->finish();
        }
        const bool atOnce = opens && !entry.first.isEmpty();
        if (auto ok
            = write.run(QStringLiteral("INSERT INTO digest_events (digest_id, rule, event_id, "
                                       "sent_at_once) VALUES (?, ?, ?, ?)"),
                        {digestId, text(entry.rule), eventId, atOnce ? 1 : 0});
            !ok) {
            return Result<void>::failure(ok.error());
        }
        if (atOnce) {
            if (auto ok
                = SqlDeliveryRepository::insert(write, event.eventId, entry.first, now, inserted);
                !ok)
                return ok;
        }
    }
    return {};
}

Result<void> SqlStepRepository::releaseFallback(SqlWriteContext &write, const QString &deliveryId,
                                                qint64 now)
{
    const auto fail = [&deliveryId](const QString &error) {
        return Result<void>::failure(
            QObject::tr("cannot send the fallback of delivery %1: %2").arg(deliveryId, error));
    };
    auto armed = write.run(QStringLiteral("UPDATE fallbacks SET state = 'sent', sent_at = ? "
                                          "WHERE delivery_id = ? AND state = 'armed'"),
                           {now, deliveryId});
    if (!armed)
        return fail(armed.error());
    if (armed.value()->numRowsAffected() != 1)
        return {}; // none, or sent already
    NewDelivery fallback;
    QUuid eventId;
    {
        auto row = write.run(QStringLiteral("SELECT fallback_id, event_id, rule, action_index, "
                                            "request, render_error, routed_at FROM fallbacks "
                                            "WHERE delivery_id = ?"),
                             {deliveryId});
        if (!row)
            return fail(row.error());
        SqlRows &query = *row.value();
        if (!query.next())
            return fail(QObject::tr("no fallback"));
        fallback.id = query.value(0).toString();
        eventId = QUuid::fromString(query.value(1).toString());
        fallback.rule = query.value(2).toString();
        fallback.actionIndex = query.value(3).toInt();
        auto request = DeliveryRequest::fromJson(
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
        fallback.renderError = query.value(5).toString();
        // Due now, or at its routing if that is earlier: the dispatcher's clock may stand
        // before this store's (a test clock), and a fallback must not wait for it.
        fallback.dueAt
            = QDateTime::fromMSecsSinceEpoch(qMin(now, query.value(6).toLongLong()), Qt::UTC);
        query.finish();
        if (request)
            fallback.request = std::move(request).value();
        else if (fallback.renderError.isEmpty())
            fallback.renderError = request.error();
    }
    QStringList inserted;
    if (auto ok = SqlDeliveryRepository::insert(write, eventId, {fallback}, now, inserted); !ok)
        return fail(ok.error());
    return {};
}

Result<QStringList> SqlStepRepository::fireDigest(SqlWriteContext &write,
                                                  const DigestRecord &digest,
                                                  const QList<NewDelivery> &deliveries,
                                                  const QDateTime &now, bool *sent)
{
    const auto fail = [&digest](const QString &error) {
        return Result<QStringList>::failure(QObject::tr("cannot send digest %1 of rule '%2': %3")
                                                .arg(digest.id)
                                                .arg(digest.rule, error));
    };
    // Rendered over exactly the events it holds, or not sent: an event that joined between
    // the read and this write would otherwise be in no message.
    auto held = write.run(QStringLiteral("SELECT event_id FROM digest_events WHERE "
                                         "digest_id = ? AND sent_at_once = 0 ORDER BY seq"),
                          {digest.id});
    if (!held)
        return fail(held.error());
    QList<QUuid> events;
    while (held.value()->next())
        events.append(QUuid::fromString(held.value()->value(0).toString()));
    held.value()->finish();
    if (events != digest.events)
        return fail(QObject::tr("it holds %1 events, not the %2 it was rendered over")
                        .arg(events.size())
                        .arg(digest.events.size()));
    const qint64 at = msOrNow(now);
    auto mark = write.run(QStringLiteral("UPDATE digests SET state = 'sent', sent_at = ? "
                                         "WHERE id = ? AND state = 'open'"),
                          {at, digest.id});
    if (!mark)
        return fail(mark.error());
    if (mark.value()->numRowsAffected() != 1)
        return QStringList();
    if (sent)
        *sent = true;
    QStringList inserted;
    if (events.isEmpty())
        return inserted; // its first event went at once and nothing followed
    if (auto ok
        = SqlDeliveryRepository::insert(write, events.constFirst(), deliveries, at, inserted);
        !ok)
        return fail(ok.error());
    return inserted;
}

void SqlStepRepository::readSteps(const QSqlDatabase &db, const QUuid &eventId,
                                  QList<DeliveryRecord> &records)
{
    QSqlQuery query(db);
    // Few rows per event: one query per table, matched up here.
    QHash<QString, DeliveryRecord *> byId;
    for (DeliveryRecord &record : records)
        byId.insert(record.id, &record);
    const QString event = uuidText(eventId);
    if (run(query,
            QStringLiteral("SELECT delivery_id, kind, hold_key, release_at FROM held_deliveries "
                           "WHERE event_id = ?"),
            {event})) {
        QList<std::pair<DeliveryRecord *, qint64>> digests;
        while (query.next()) {
            DeliveryRecord *record = byId.value(query.value(0).toString());
            if (!record)
                continue;
            record->steps.hold = query.value(1).toString();
            record->steps.heldUntil = utcFromMs(query.value(3));
            if (record->steps.hold == QLatin1String("digest"))
                digests.append({record, query.value(2).toLongLong()});
        }
        query.finish();
        for (const auto &[record, digest] : std::as_const(digests)) {
            if (!run(query,
                     QStringLiteral("SELECT event_id FROM digest_events WHERE digest_id = ? "
                                    "AND sent_at_once = 0 ORDER BY seq"),
                     {digest}))
                break;
            while (query.next())
                record->steps.digestEvents.append(QUuid::fromString(query.value(0).toString()));
            query.finish();
        }
    } else {
        qCWarning(lcDeliveryStore) << "cannot read held deliveries:" << sqlError(query);
    }
    if (run(query,
            QStringLiteral("SELECT delivery_id, fallback_id, state FROM fallbacks "
                           "WHERE event_id = ?"),
            {event})) {
        while (query.next()) {
            if (DeliveryRecord *original = byId.value(query.value(0).toString())) {
                original->steps.fallback = query.value(1).toString();
                original->steps.fallbackSent = query.value(2).toString() == QLatin1String("sent");
            }
            if (DeliveryRecord *fallback = byId.value(query.value(1).toString()))
                fallback->steps.fallbackFor = query.value(0).toString();
        }
        query.finish();
    } else {
        qCWarning(lcDeliveryStore) << "cannot read fallbacks:" << sqlError(query);
    }
}

Result<QList<DigestRecord>> SqlStepRepository::dueDigests(const QSqlDatabase &db,
                                                          const QDateTime &now, int limit)
{
    using R = Result<QList<DigestRecord>>;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT id, rule, digest_key, opened_at, closes_at, state FROM digests "
                            "WHERE state = 'open' AND closes_at <= ? ORDER BY closes_at, id "
                            "LIMIT ?"),
             {msOrNow(now), qMax(0, limit)}))
        return R::failure(QObject::tr("cannot read due digests: %1").arg(sqlError(query)));
    QList<DigestRecord> due;
    while (query.next()) {
        DigestRecord digest;
        digest.id = query.value(0).toLongLong();
        digest.rule = query.value(1).toString();
        digest.key = query.value(2).toString();
        digest.openedAt = utcFromMs(query.value(3));
        digest.closesAt = utcFromMs(query.value(4));
        digest.state = query.value(5).toString();
        due.append(digest);
    }
    query.finish();
    for (DigestRecord &digest : due) {
        if (!run(query,
                 QStringLiteral("SELECT event_id FROM digest_events WHERE digest_id = ? "
                                "AND sent_at_once = 0 ORDER BY seq"),
                 {digest.id}))
            return R::failure(QObject::tr("cannot read due digests: %1").arg(sqlError(query)));
        while (query.next())
            digest.events.append(QUuid::fromString(query.value(0).toString()));
        query.finish();
    }
    return due;
}

QDateTime SqlStepRepository::nextDigestAt(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT min(closes_at) FROM digests WHERE state = 'open'"))
        || !query.next()) {
        qCWarning(lcDeliveryStore) << "cannot read the next digest:" << sqlError(query);
        return {};
    }
    return utcFromMs(query.value(0));
}

} // namespace OtBridge
