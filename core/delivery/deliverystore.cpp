// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverystore.h"

#include "event/eventstore.h"
#include "store/sqlite/sqliteconnections.h"
#include "store/sqlite/sqliteschema.h"
#include "store/statementcache.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcDeliveryStore, "otbridge.deliverystore")

namespace OtBridge {

namespace {

struct StateName
{
    DeliveryState state;
    const char *name;
};

constexpr StateName stateNames[] = {
    {DeliveryState::Pending, "pending"},     {DeliveryState::Retrying, "retrying"},
    {DeliveryState::Delivered, "delivered"}, {DeliveryState::Dead, "dead"},
    {DeliveryState::Cancelled, "cancelled"},
};

const QString recordColumns = QStringLiteral(
    "id, event_id, rule, action_index, tier, target, state, attempts, created_at, updated_at, "
    "next_attempt_at, last_error, opentext_job_ids, opentext_state, request");

const QString escalationColumns = QStringLiteral("event_id, rule, tier, due_at, state, fired_at");

// SQLite's own words ("database is locked"), without the driver's "Unable to fetch row".
QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Qt binds a null QString as SQL NULL: every text column is NOT NULL, and `? = ''` must hold
// for "no target".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime utcFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 msOrNow(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

// Limits are bound as qMax(0, limit): SQLite reads a negative LIMIT as "no limit".
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

bool runPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

// Takes SQLite's write lock up front. A deferred transaction that reads first cannot upgrade
// while another connection (the EventStore writer) commits: it fails at once instead of
// waiting out the busy timeout.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(const QSqlDatabase &db)
        : m_db(db)
    { }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery rollback(m_db);
            if (!rollback.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcDeliveryStore) << "rollback failed:" << sqlError(rollback);
        }
    }

    Result<void> begin()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Result<void>::failure(sqlError(query));
        m_active = true;
        return {};
    }

    Result<void> commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT")))
            return Result<void>::failure(sqlError(query));
        m_active = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

DeliveryRecord recordFromQuery(const QSqlQuery &query)
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
    const QJsonDocument json = QJsonDocument::fromJson(query.value(14).toString().toUtf8());
    Result<DeliveryRequest> request = DeliveryRequest::fromJson(json.object());
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

std::optional<DeliveryRecord> readRecord(QSqlQuery &read, const QString &id)
{
    read.bindValue(0, id);
    if (!read.exec() || !read.next())
        return std::nullopt;
    DeliveryRecord record = recordFromQuery(read);
    read.finish();
    return record;
}

std::optional<DeliveryRecord> recordById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery read(db);
    if (!read.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(recordColumns)))
        return std::nullopt;
    return readRecord(read, id);
}

const QString recordByIdSql
    = QStringLiteral("SELECT %1 FROM deliveries WHERE id = ?").arg(recordColumns);

// The same, in a write.
Result<std::optional<DeliveryRecord>> recordById(WriteContext &write, const QString &id)
{
    auto read = write.run(recordByIdSql, {id});
    if (!read)
        return Result<std::optional<DeliveryRecord>>::failure(read.error());
    QSqlQuery &row = *read.value();
    if (!row.next())
        return std::optional<DeliveryRecord>();
    std::optional<DeliveryRecord> record = recordFromQuery(row);
    row.finish();
    return record;
}

// Inserts a routing's or an escalation tier's jobs inside the caller's transaction; appends
// the ids that were new to `inserted`.
Result<void> insertDeliveries(WriteContext &write, const QUuid &eventId,
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
        const QByteArray request
            = QJsonDocument(delivery.request.toJson()).toJson(QJsonDocument::Compact);
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

// A delivery that died or that OpenText reports failed sends its fallback, once: the
// fallback's row is inserted (due at once) in the transaction that records the failure.
Result<void> releaseFallbackIn(WriteContext &write, const QString &deliveryId, qint64 now)
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
        QSqlQuery &query = *row.value();
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
    if (auto ok = insertDeliveries(write, eventId, {fallback}, now, inserted); !ok)
        return fail(ok.error());
    return {};
}

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

// A replayed delivery starts a new round: no attempts, no lease, no OpenText job yet. Its
// history stays in delivery_attempts (and opentext_jobs), numbered on. A delivery that died
// of a render error was never tried (attempt_seq 0): it has nothing to send again, and only
// routing the event again can help it, so it is left alone.
const QString replaySet = QStringLiteral(
    "UPDATE deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?, "
    "lease_until = NULL, last_error = '', opentext_job_ids = '', opentext_state = '', "
    "updated_at = ? ");
const QString replayable = QStringLiteral("state = 'dead' AND attempt_seq > 0");

QString notOpenError()
{
    return QObject::tr("the delivery store is not open");
}

// A write run on the calling thread's own connection: a store opened without a writer.
class LocalWriteContext final : public WriteContext
{
public:
    explicit LocalWriteContext(const QSqlDatabase &db)
        : m_db(db)
    { }
    QSqlDatabase database() const override { return m_db; }
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) override
    {
        return m_statements.run(sql, values);
    }
    Result<void> appendEvent(Event) override
    {
        return Result<void>::failure(
            QObject::tr("events can only be stored through the event store's writer"));
    }
    void finish() { m_statements.finishAll(); }

private:
    QSqlDatabase m_db;
    StatementCache m_statements {m_db};
};

} // namespace

template<typename T>
Result<T> DeliveryStore::write(const std::function<Result<T>(WriteContext &)> &work) const
{
    if (m_writer) {
        if (!isOpen())
            return Result<T>::failure(notOpenError());
        std::optional<Result<T>> outcome;
        QSemaphore finished;
        StoreJob job;
        job.work = [&work, &outcome](WriteContext &context) {
            outcome.emplace(work(context));
            return outcome->ok() ? Result<void>() : Result<void>::failure(outcome->error());
        };
        job.done = [&outcome, &finished](const QString &error) {
            if (!error.isEmpty() && (!outcome || outcome->ok()))
                outcome.emplace(Result<T>::failure(error));
            finished.release();
        };
        m_writer->submit(std::move(job));
        finished.acquire();
        return std::move(*outcome);
    }
    const Result<QString> name = connection();
    if (!name)
        return Result<T>::failure(name.error());
    const QSqlDatabase db = QSqlDatabase::database(name.value(), false);
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return Result<T>::failure(begun.error());
    LocalWriteContext context(db);
    Result<T> outcome = work(context);
    context.finish();
    if (!outcome)
        return outcome; // the transaction rolls back
    if (auto committed = transaction.commit(); !committed)
        return Result<T>::failure(committed.error());
    return outcome;
}

template<typename T>
void DeliveryStore::writeAsync(std::function<Result<T>(WriteContext &)> work, QObject *context,
                               Callback<T> then) const
{
    const auto deliver = [context, then](Result<T> outcome) {
        if (!then)
            return;
        if (!context) {
            then(outcome);
            return;
        }
        QMetaObject::invokeMethod(
            context, [then, outcome = std::move(outcome)] { then(outcome); }, Qt::QueuedConnection);
    };
    if (!m_writer) {
        deliver(write<T>(work));
        return;
    }
    if (!isOpen()) {
        deliver(Result<T>::failure(notOpenError()));
        return;
    }
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    StoreJob job;
    job.work = [work = std::move(work), outcome](WriteContext &context) {
        outcome->emplace(work(context));
        return (*outcome)->ok() ? Result<void>() : Result<void>::failure((*outcome)->error());
    };
    job.done = [outcome, deliver](const QString &error) {
        if (!error.isEmpty() && (!*outcome || (*outcome)->ok()))
            outcome->emplace(Result<T>::failure(error));
        deliver(std::move(**outcome));
    };
    m_writer->submit(std::move(job));
}

namespace { } // namespace

namespace {

// What routing's steps (README, "Notification steps") store besides the deliveries: a later
// event's cancels, fallbacks armed, and the event's place in its rule's digest.
Result<void> applyStepsIn(WriteContext &write, const DeliveryStore::RoutedEvent &event, qint64 now,
                          QStringList &inserted)
{
    const QString eventId = uuidText(event.eventId);
    for (const DeliveryStore::StepCancel &cancel : event.cancels) {
        // Only what is still held: a message already under way or sent stays as it is.
        if (auto ok = write.run(
                QStringLiteral("UPDATE deliveries SET state = 'cancelled', next_attempt_at = NULL, "
                               "last_error = ?, updated_at = ? WHERE state = 'pending' "
                               "AND attempts = 0 AND lease_until IS NULL AND id IN (SELECT "
                               "delivery_id FROM held_deliveries WHERE rule = ? AND hold_key = ? "
                               "AND kind = 'delay') AND event_id <> ?"),
                {QObject::tr("cancelled by event %1").arg(eventId), now, text(cancel.rule),
                 text(cancel.key), eventId});
            !ok) {
            return Result<void>::failure(ok.error());
        }
    }
    for (const DeliveryStore::FallbackEntry &entry : event.fallbacks) {
        const NewDelivery &fallback = entry.fallback;
        const QByteArray request
            = QJsonDocument(fallback.request.toJson()).toJson(QJsonDocument::Compact);
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
    for (const DeliveryStore::DigestEntry &entry : event.digests) {
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
                               "VALUES (?, ?, ?, ?)"),
                {text(entry.rule), text(entry.key), msOrNow(entry.routedAt),
                 msOrNow(entry.closesAt)});
            if (!created)
                return Result<void>::failure(created.error());
            digestId = created.value()->lastInsertId().toLongLong();
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
            if (auto ok = insertDeliveries(write, event.eventId, entry.first, now, inserted); !ok)
                return ok;
        }
    }
    return {};
}

Result<QStringList> insertRoutedIn(WriteContext &write,
                                   const QList<DeliveryStore::RoutedEvent> &events)
{
    const auto fail = [](const QString &error) {
        return Result<QStringList>::failure(
            QObject::tr("cannot store the deliveries of routed events: %1").arg(error));
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList inserted;
    for (const DeliveryStore::RoutedEvent &event : events) {
        if (auto ok = applyStepsIn(write, event, now, inserted); !ok)
            return fail(ok.error());
        if (auto ok = insertDeliveries(write, event.eventId, event.deliveries, now, inserted); !ok)
            return fail(ok.error());
        for (const EscalationRecord &tier : event.escalations) {
            if (auto ok = write.run(
                    QStringLiteral("INSERT INTO escalations (event_id, rule, tier, due_at, state) "
                                   "VALUES (?, ?, ?, ?, 'scheduled') ON CONFLICT DO NOTHING"),
                    {uuidText(event.eventId), text(tier.rule), tier.tier, msOrNow(tier.dueAt)});
                !ok) {
                return fail(ok.error());
            }
        }
        // "routed" once the rules have run, whether or not any matched: the event's routing is
        // done. A later state (acknowledged before a re-routing after a crash) is kept.
        if (auto ok = write.run(QStringLiteral("UPDATE events SET routed = 1, state = CASE WHEN "
                                               "state = 'received' THEN 'routed' ELSE state END "
                                               "WHERE id = ?"),
                                {uuidText(event.eventId)});
            !ok) {
            return fail(ok.error());
        }
    }
    return inserted;
}

Result<QList<DeliveryRecord>> leaseDueIn(WriteContext &write, const QDateTime &now, int limit,
                                         int leaseSeconds)
{
    using Leased = Result<QList<DeliveryRecord>>;
    const auto fail = [](const QString &error) {
        return Leased::failure(QObject::tr("cannot lease due deliveries: %1").arg(error));
    };

    const qint64 at = msOrNow(now);
    const qint64 until = at + qint64(leaseSeconds) * 1000;
    // The write lock is held from the first read, so two leasers (threads or processes) never
    // see the same delivery as free.
    // A lease moves next_attempt_at to the lease's end, so a leased delivery is simply not due,
    // and each state's due deliveries come off the (state, next_attempt_at) index in order,
    // stopping at the limit: no table scan however long the backlog.
    QList<std::pair<qint64, QString>> due;
    for (const char *state : {"pending", "retrying"}) {
        auto query = write.run(QStringLiteral("SELECT next_attempt_at, id FROM deliveries "
                                              "WHERE state = ? AND next_attempt_at <= ? "
                                              "ORDER BY next_attempt_at, id LIMIT ?"),
                               {QString::fromLatin1(state), at, qMax(0, limit)});
        if (!query)
            return fail(query.error());
        QSqlQuery &rows = *query.value();
        while (rows.next())
            due.append({rows.value(0).toLongLong(), rows.value(1).toString()});
        rows.finish();
    }
    std::sort(due.begin(), due.end());
    QList<DeliveryRecord> leased;
    for (qsizetype i = 0; i < due.size() && i < qMax(0, limit); ++i) {
        const QString &id = due.at(i).second;
        if (auto ok = write.run(QStringLiteral("UPDATE deliveries SET lease_until = ?, "
                                               "next_attempt_at = ? WHERE id = ?"),
                                {until, until, id});
            !ok) {
            return fail(ok.error());
        }
        auto record = recordById(write, id);
        if (!record || !record.value())
            return fail(record ? QObject::tr("no delivery %1").arg(id) : record.error());
        leased.append(std::move(*record.value()));
    }
    return leased;
}

Result<void> recordAttemptIn(WriteContext &write, const QString &deliveryId,
                             const DeliveryAttempt &attempt, DeliveryState newState,
                             const QDateTime &nextAttemptAt, const QString &lastError,
                             const QStringList &openTextJobIds)
{
    const auto fail = [&deliveryId](const QString &error) {
        return Result<void>::failure(
            QObject::tr("cannot record an attempt of delivery %1: %2").arg(deliveryId, error));
    };

    int sequence = 0;
    int roundAttempt = 0;
    {
        auto current
            = write.run(QStringLiteral("SELECT attempt_seq, attempts FROM deliveries WHERE id = ?"),
                        {deliveryId});
        if (!current)
            return fail(current.error());
        QSqlQuery &row = *current.value();
        if (!row.next())
            return Result<void>::failure(QObject::tr("no delivery %1").arg(deliveryId));
        sequence = row.value(0).toInt() + 1;
        roundAttempt = row.value(1).toInt() + 1;
        row.finish();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
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

    const bool live = newState == DeliveryState::Pending || newState == DeliveryState::Retrying;
    const QVariant next
        = live ? QVariant(msOrNow(nextAttemptAt)) : QVariant(QMetaType::fromType<qlonglong>());
    // A new submit's jobs replace the previous ones; their state starts at "pending" until
    // OpenText says more.
    const QString jobs = text(openTextJobIds.join(QLatin1Char(' ')));
    if (auto update = write.run(
            QStringLiteral("UPDATE deliveries SET state = ?, attempts = attempts + 1, "
                           "attempt_seq = ?, next_attempt_at = ?, lease_until = NULL, "
                           "last_error = ?, updated_at = ?, "
                           "opentext_job_ids = CASE WHEN ? = '' THEN opentext_job_ids ELSE ? END, "
                           "opentext_state = CASE WHEN ? = '' THEN opentext_state "
                           "ELSE 'pending' END WHERE id = ?"),
            {deliveryStateName(newState), sequence, next, text(lastError), now, jobs, jobs, jobs,
             deliveryId});
        !update) {
        return fail(update.error());
    }
    for (const QString &jobId : openTextJobIds) {
        if (auto job
            = write.run(QStringLiteral("INSERT OR REPLACE INTO opentext_jobs "
                                       "(job_id, delivery_id, state) VALUES (?, ?, 'pending')"),
                        {jobId, deliveryId});
            !job) {
            return fail(job.error());
        }
    }
    if (newState == DeliveryState::Dead) {
        if (auto fallback = releaseFallbackIn(write, deliveryId, now); !fallback)
            return fallback;
    }
    return {};
}

Result<int> releaseAllLeasesIn(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("UPDATE deliveries SET lease_until = NULL, next_attempt_at = ? "
                            "WHERE lease_until IS NOT NULL AND state IN ('pending', 'retrying')"),
             {QDateTime::currentMSecsSinceEpoch()}))
        return Result<int>::failure(
            QObject::tr("cannot take back the leases of a previous run: %1").arg(sqlError(query)));
    const int released = query.numRowsAffected();
    return released;
}

Result<void> releaseIn(WriteContext &write, const QString &deliveryId, const QDateTime &dueAt)
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
                                           "next_attempt_at = ? "
                                           "WHERE id = ? AND state IN ('pending', 'retrying')"),
                            {msOrNow(dueAt), deliveryId});
        !ok) {
        return fail(ok.error());
    }
    return {};
}

Result<std::optional<DeliveryRecord>> setOpenTextStateIn(WriteContext &write, const QString &jobId,
                                                         const QString &openTextState,
                                                         const QString &error)
{
    using Found = Result<std::optional<DeliveryRecord>>;
    const auto fail = [&jobId](const QString &error) {
        return Found::failure(
            QObject::tr("cannot store the state of OpenText job %1: %2").arg(jobId, error));
    };

    QString deliveryId;
    {
        auto job = write.run(
            QStringLiteral("SELECT delivery_id FROM opentext_jobs WHERE job_id = ?"), {jobId});
        if (!job)
            return fail(job.error());
        if (!job.value()->next())
            return Found(std::nullopt); // not ours: nothing written
        deliveryId = job.value()->value(0).toString();
        job.value()->finish();
    }
    if (auto ok = write.run(QStringLiteral("UPDATE opentext_jobs SET state = ? WHERE job_id = ?"),
                            {text(openTextState), jobId});
        !ok) {
        return fail(ok.error());
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
        QHash<QString, QString> jobStates;
        {
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
        if (auto ok = write.run(QStringLiteral("UPDATE deliveries SET opentext_state = ?, "
                                               "last_error = CASE WHEN ? = '' THEN last_error "
                                               "ELSE ? END, updated_at = ? WHERE id = ?"),
                                {text(combined), text(error), text(error),
                                 QDateTime::currentMSecsSinceEpoch(), deliveryId});
            !ok) {
            return fail(ok.error());
        }
        if (combined == QLatin1String("failed")) {
            if (auto fallback
                = releaseFallbackIn(write, deliveryId, QDateTime::currentMSecsSinceEpoch());
                !fallback)
                return fail(fallback.error());
        }
    }
    auto record = recordById(write, deliveryId);
    if (!record)
        return fail(record.error());
    return Found(std::move(record).value());
}

Result<int> replayIn(const QSqlDatabase &db, const QStringList &deliveryIds, const QDateTime &now)
{
    const auto fail = [](const QString &error) {
        return Result<int>::failure(QObject::tr("cannot replay deliveries: %1").arg(error));
    };

    const qint64 at = msOrNow(now);
    QSqlQuery query(db);
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

Result<int> replayTargetIn(const QSqlDatabase &db, const QString &target, const QDateTime &since,
                           const QDateTime &now)
{
    const auto fail = [&target](const QString &error) {
        return Result<int>::failure(
            QObject::tr("cannot replay the deliveries to %1: %2").arg(target, error));
    };

    const qint64 at = msOrNow(now);
    QSqlQuery query(db);
    // Same selection as deadLetters(): an empty target means every target.
    if (!run(query,
             replaySet + QStringLiteral("WHERE ") + replayable
                 + QStringLiteral(" AND (? = '' OR target = ?) AND (? IS NULL OR updated_at >= ?)"),
             {at, at, text(target), text(target), msOrNull(since), msOrNull(since)})) {
        return fail(sqlError(query));
    }
    const int replayed = qMax(0, query.numRowsAffected());
    return replayed;
}

Result<Acknowledgement> acknowledgeIn(const QSqlDatabase &db, const QUuid &eventId,
                                      const Acknowledgement &ack)
{
    const QString event = uuidText(eventId);
    const auto fail = [&event](const QString &error) {
        return Result<Acknowledgement>::failure(
            QObject::tr("cannot acknowledge event %1: %2").arg(event, error));
    };

    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT 1 FROM events WHERE id = ?"), {event}))
        return fail(sqlError(query));
    if (!query.next())
        return Result<Acknowledgement>::failure(QObject::tr("no event %1").arg(event));
    query.finish();
    if (!run(query,
             QStringLiteral("INSERT INTO acknowledgements (event_id, at, by, note, via) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
             {event, msOrNow(ack.at), text(ack.by), text(ack.note), text(ack.via)})) {
        return fail(sqlError(query));
    }
    if (query.numRowsAffected() == 1) {
        // A delay step's messages still held are cancelled with the tiers.
        if (!run(query,
                 QStringLiteral("UPDATE escalations SET state = 'cancelled' "
                                "WHERE event_id = ? AND state = 'scheduled'"),
                 {event})
            || !run(
                query,
                QStringLiteral("UPDATE deliveries SET state = 'cancelled', "
                               "next_attempt_at = NULL, last_error = ?, updated_at = ? "
                               "WHERE event_id = ? AND state = 'pending' AND attempts = 0 "
                               "AND lease_until IS NULL AND id IN (SELECT delivery_id FROM "
                               "held_deliveries WHERE event_id = ? AND kind = 'delay')"),
                {QObject::tr("cancelled by the acknowledgement"), msOrNow(ack.at), event, event})
            || !run(query, QStringLiteral("UPDATE events SET state = 'acknowledged' WHERE id = ?"),
                    {event})) {
            return fail(sqlError(query));
        }
    }
    if (!run(query,
             QStringLiteral("SELECT at, by, note, via FROM acknowledgements WHERE event_id = ?"),
             {event})
        || !query.next()) {
        return fail(sqlError(query));
    }
    Acknowledgement first;
    first.at = utcFromMs(query.value(0));
    first.by = query.value(1).toString();
    first.note = query.value(2).toString();
    first.via = query.value(3).toString();
    query.finish();
    return first;
}

Result<QStringList> fireEscalationIn(WriteContext &write, const EscalationRecord &tier,
                                     const QList<NewDelivery> &deliveries, const QDateTime &now,
                                     bool *fired)
{
    if (fired)
        *fired = false;
    const auto fail = [&tier](const QString &error) {
        return Result<QStringList>::failure(
            QObject::tr("cannot fire escalation tier %1 of rule '%2' for event %3: %4")
                .arg(tier.tier)
                .arg(tier.rule, uuidText(tier.eventId), error));
    };

    const qint64 at = msOrNow(now);
    auto fire = write.run(
        QStringLiteral("UPDATE escalations SET state = 'fired', fired_at = ? "
                       "WHERE event_id = ? AND rule = ? AND tier = ? AND state = 'scheduled'"),
        {at, uuidText(tier.eventId), text(tier.rule), tier.tier});
    if (!fire)
        return fail(fire.error());
    // Cancelled by an acknowledgement, or fired already by another node: nothing to send.
    if (fire.value()->numRowsAffected() != 1)
        return QStringList();
    QStringList inserted;
    if (auto ok = insertDeliveries(write, tier.eventId, deliveries, at, inserted); !ok)
        return fail(ok.error());
    if (fired)
        *fired = true;
    return inserted;
}

Result<void> cancelEscalationIn(const QSqlDatabase &db, const EscalationRecord &tier)
{
    QSqlQuery query(db);
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

Result<int> deferTargetIn(const QSqlDatabase &db, const QString &target, const QDateTime &until,
                          const QDateTime &now, const QStringList &leased)
{
    QString ids;
    QVariantList values {msOrNow(until), text(target), msOrNow(until), msOrNow(now)};
    for (const QString &id : leased) {
        ids += ids.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values.append(id);
    }
    const QString sql
        = QStringLiteral("UPDATE deliveries SET next_attempt_at = ?, lease_until = NULL "
                         "WHERE target = ? AND state IN ('pending', 'retrying') "
                         "AND ((next_attempt_at < ? AND (lease_until IS NULL OR lease_until <= ?))")
        + (ids.isEmpty() ? QStringLiteral(")") : QStringLiteral(" OR id IN (%1))").arg(ids));
    QSqlQuery query(db);
    if (!run(query, sql, values))
        return Result<int>::failure(
            QObject::tr("cannot defer the deliveries to %1: %2").arg(target, sqlError(query)));
    const int moved = qMax(0, query.numRowsAffected());
    return moved;
}

} // namespace

QString deliveryStateName(DeliveryState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("pending");
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    for (const StateName &entry : stateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

DeliveryStore::~DeliveryStore()
{
    close();
}

Result<void> DeliveryStore::open(const QString &path, int busyTimeoutMs)
{
    if (isOpen())
        return Result<void>::failure(QObject::tr("the delivery store is already open"));
    // SQLite would create an empty file here; the schema is the EventStore's to create.
    if (!QFileInfo::exists(path))
        return Result<void>::failure(
            QObject::tr("the delivery store %1 does not exist: open the event store first")
                .arg(path));
    m_path = path;
    SqliteConnectionOptions options;
    options.path = path;
    options.busyTimeoutMs = busyTimeoutMs;
    // synchronous is per connection: a recorded attempt or an acknowledgement must be as
    // durable as the event it belongs to.
    options.pragmas = {QStringLiteral("PRAGMA synchronous=FULL")};
    options.openFailure = QObject::tr("cannot open the delivery store %1: %2");
    options.closedFailure = notOpenError();
    // Fresh connections: threads still holding one to an earlier opening keep it until they
    // finish, and never collide with the new ones.
    m_connections = std::make_shared<SqliteConnections>(options);

    const Result<QString> name = connection();
    if (!name) {
        close();
        return Result<void>::failure(name.error());
    }
    const int schema = SqliteSchema::version(QSqlDatabase::database(name.value(), false));
    if (schema != EventStore::schemaVersion) {
        close();
        return Result<void>::failure(
            QObject::tr("the delivery store %1 has schema version %2 where %3 is needed: open "
                        "the event store first, which upgrades it")
                .arg(path)
                .arg(schema)
                .arg(EventStore::schemaVersion));
    }
    return {};
}

void DeliveryStore::close()
{
    if (m_connections)
        m_connections->close();
}

bool DeliveryStore::isOpen() const
{
    return m_connections && m_connections->isOpen();
}

Result<QString> DeliveryStore::connection() const
{
    const std::shared_ptr<SqliteConnections> connections = m_connections;
    if (!connections)
        return Result<QString>::failure(notOpenError());
    Result<QSqlDatabase> db = connections->forThisThread();
    if (!db)
        return Result<QString>::failure(db.error());
    return db.value().connectionName();
}

// --- routing ---

Result<QStringList> DeliveryStore::insertRouted(const QList<RoutedEvent> &events)
{
    return write<QStringList>(
        [&](WriteContext &context) { return insertRoutedIn(context, events); });
}

Result<QList<QUuid>> DeliveryStore::unroutedEvents(int limit) const
{
    const Result<QString> name = connection();
    if (!name)
        return Result<QList<QUuid>>::failure(name.error());
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
    if (!run(query, QStringLiteral("SELECT id FROM events WHERE routed = 0 ORDER BY seq LIMIT ?"),
             {qMax(0, limit)})) {
        return Result<QList<QUuid>>::failure(sqlError(query));
    }
    QList<QUuid> ids;
    while (query.next())
        ids.append(QUuid::fromString(query.value(0).toString()));
    return ids;
}

// --- dispatch ---

Result<QList<DeliveryRecord>> DeliveryStore::leaseDue(const QDateTime &now, int limit,
                                                      int leaseSeconds)
{
    return write<QList<DeliveryRecord>>(
        [&](WriteContext &context) { return leaseDueIn(context, now, limit, leaseSeconds); });
}

QDateTime DeliveryStore::nextDueAt() const
{
    const Result<QString> name = connection();
    if (!name)
        return {};
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
    // Leased deliveries are due at their lease's end (leaseDue moves next_attempt_at there).
    // Two index lookups, whatever the backlog.
    if (!run(
            query,
            QStringLiteral("SELECT min(due) FROM ("
                           "SELECT min(next_attempt_at) AS due FROM deliveries "
                           "WHERE state = 'pending' UNION ALL "
                           "SELECT min(next_attempt_at) FROM deliveries WHERE state = 'retrying')"))
        || !query.next()) {
        qCWarning(lcDeliveryStore) << "cannot read the next due time:" << sqlError(query);
        return {};
    }
    return utcFromMs(query.value(0));
}

Result<void> DeliveryStore::recordAttempt(const QString &deliveryId, const DeliveryAttempt &attempt,
                                          DeliveryState newState, const QDateTime &nextAttemptAt,
                                          const QString &lastError,
                                          const QStringList &openTextJobIds)
{
    return write<void>([&](WriteContext &context) {
        return recordAttemptIn(context, deliveryId, attempt, newState, nextAttemptAt, lastError,
                               openTextJobIds);
    });
}

Result<int> DeliveryStore::releaseAllLeases()
{
    return write<int>(
        [&](WriteContext &context) { return releaseAllLeasesIn(context.database()); });
}

Result<void> DeliveryStore::release(const QString &deliveryId, const QDateTime &dueAt)
{
    return write<void>(
        [&](WriteContext &context) { return releaseIn(context, deliveryId, dueAt); });
}

Result<std::optional<DeliveryRecord>> DeliveryStore::setOpenTextState(const QString &jobId,
                                                                      const QString &openTextState,
                                                                      const QString &error)
{
    return write<std::optional<DeliveryRecord>>([&](WriteContext &context) {
        return setOpenTextStateIn(context, jobId, openTextState, error);
    });
}

// --- the dispatcher's writes, without waiting ---

void DeliveryStore::insertRoutedAsync(const QList<RoutedEvent> &events, QObject *context,
                                      Callback<QStringList> then)
{
    writeAsync<QStringList>([events](WriteContext &write) { return insertRoutedIn(write, events); },
                            context, std::move(then));
}

void DeliveryStore::leaseDueAsync(const QDateTime &now, int limit, int leaseSeconds,
                                  QObject *context, Callback<QList<DeliveryRecord>> then)
{
    writeAsync<QList<DeliveryRecord>>(
        [now, limit, leaseSeconds](WriteContext &write) {
            return leaseDueIn(write, now, limit, leaseSeconds);
        },
        context, std::move(then));
}

void DeliveryStore::recordAttemptAsync(const QString &deliveryId, const DeliveryAttempt &attempt,
                                       DeliveryState newState, const QDateTime &nextAttemptAt,
                                       const QString &lastError, const QStringList &openTextJobIds,
                                       FollowUp followUp, QObject *context,
                                       Callback<DeliveryRecord> then)
{
    writeAsync<DeliveryRecord>(
        [=, followUp = std::move(followUp)](WriteContext &write) -> Result<DeliveryRecord> {
            if (auto recorded = recordAttemptIn(write, deliveryId, attempt, newState, nextAttemptAt,
                                                lastError, openTextJobIds);
                !recorded) {
                return Result<DeliveryRecord>::failure(recorded.error());
            }
            auto record = recordById(write, deliveryId);
            if (!record)
                return Result<DeliveryRecord>::failure(record.error());
            if (!record.value())
                return Result<DeliveryRecord>::failure(
                    QObject::tr("no delivery %1").arg(deliveryId));
            if (followUp) {
                if (auto followed = followUp(write, *record.value()); !followed)
                    return Result<DeliveryRecord>::failure(followed.error());
            }
            return std::move(*std::move(record).value());
        },
        context, std::move(then));
}

void DeliveryStore::deferTargetAsync(const QString &target, const QDateTime &until,
                                     const QDateTime &now, const QStringList &leased)
{
    writeAsync<int>(
        [=](WriteContext &write) {
            return deferTargetIn(write.database(), target, until, now, leased);
        },
        nullptr,
        [](const Result<int> &moved) {
            if (!moved)
                qCWarning(lcDeliveryStore).noquote() << moved.error();
        });
}

void DeliveryStore::releaseAsync(const QString &deliveryId, const QDateTime &dueAt)
{
    writeAsync<void>([=](WriteContext &write) { return releaseIn(write, deliveryId, dueAt); },
                     nullptr,
                     [](const Result<void> &released) {
                         if (!released)
                             qCWarning(lcDeliveryStore).noquote() << released.error();
                     });
}

void DeliveryStore::setOpenTextStateAsync(const QString &jobId, const QString &openTextState,
                                          const QString &error, FollowUp followUp, QObject *context,
                                          Callback<std::optional<DeliveryRecord>> then)
{
    using Found = Result<std::optional<DeliveryRecord>>;
    writeAsync<std::optional<DeliveryRecord>>(
        [=, followUp = std::move(followUp)](WriteContext &write) -> Found {
            Found found = setOpenTextStateIn(write, jobId, openTextState, error);
            if (found && found.value() && followUp) {
                if (auto followed = followUp(write, *found.value()); !followed)
                    return Found::failure(followed.error());
            }
            return found;
        },
        context, std::move(then));
}

void DeliveryStore::setOpenTextStatesAsync(QList<OpenTextStateChange> changes, QObject *context,
                                           Callback<OpenTextStatesWritten> then)
{
    writeAsync<OpenTextStatesWritten>(
        [changes = std::move(changes)](WriteContext &write) -> Result<OpenTextStatesWritten> {
            OpenTextStatesWritten written;
            const auto step = [&write](const char *sql) {
                return write.run(QString::fromLatin1(sql));
            };
            for (const OpenTextStateChange &change : changes) {
                if (auto begun = step("SAVEPOINT state"); !begun)
                    return Result<OpenTextStatesWritten>::failure(begun.error());
                auto found = setOpenTextStateIn(write, change.jobId, change.state, change.error);
                Result<void> followed;
                if (found && found.value() && change.followUp)
                    followed = change.followUp(write, *found.value());
                if (!found || !followed) {
                    written.errors.append(found ? followed.error() : found.error());
                    if (auto undone = step("ROLLBACK TO state"); !undone)
                        return Result<OpenTextStatesWritten>::failure(undone.error());
                } else if (found.value()) {
                    written.updated.append(*found.value());
                }
                if (auto released = step("RELEASE state"); !released)
                    return Result<OpenTextStatesWritten>::failure(released.error());
            }
            return written;
        },
        context, std::move(then));
}

// --- reading ---

std::optional<DeliveryRecord> DeliveryStore::delivery(const QString &id) const
{
    const Result<QString> name = connection();
    if (!name)
        return std::nullopt;
    return recordById(QSqlDatabase::database(name.value(), false), id);
}

QList<DeliveryRecord> DeliveryStore::deliveriesForEvent(const QUuid &eventId) const
{
    QList<DeliveryRecord> records;
    const Result<QString> name = connection();
    if (!name)
        return records;
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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
    query.finish();
    readSteps(query, eventId, records);
    return records;
}

void DeliveryStore::readSteps(QSqlQuery &query, const QUuid &eventId,
                              QList<DeliveryRecord> &records) const
{
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

QList<DeliveryAttempt> DeliveryStore::attempts(const QString &deliveryId) const
{
    QList<DeliveryAttempt> attempts;
    const Result<QString> name = connection();
    if (!name)
        return attempts;
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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

QList<DeliveryRecord> DeliveryStore::deadLetters(const QString &target, const QDateTime &since,
                                                 int limit) const
{
    QList<DeliveryRecord> records;
    const Result<QString> name = connection();
    if (!name)
        return records;
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
    if (!run(query,
             QStringLiteral("SELECT %1 FROM deliveries WHERE state = 'dead' "
                            "AND (? = '' OR target = ?) AND (? IS NULL OR updated_at >= ?) "
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

QHash<QString, qint64> DeliveryStore::countByState(const QString &target) const
{
    QHash<QString, qint64> counts;
    for (const StateName &entry : stateNames)
        counts.insert(QString::fromLatin1(entry.name), 0);
    const Result<QString> name = connection();
    if (!name)
        return counts;
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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

// --- replay ---

Result<int> DeliveryStore::replay(const QStringList &deliveryIds, const QDateTime &now)
{
    return write<int>(
        [&](WriteContext &context) { return replayIn(context.database(), deliveryIds, now); });
}

Result<int> DeliveryStore::replayTarget(const QString &target, const QDateTime &since,
                                        const QDateTime &now)
{
    return write<int>([&](WriteContext &context) {
        return replayTargetIn(context.database(), target, since, now);
    });
}

// --- acknowledgement and escalation ---

Result<Acknowledgement> DeliveryStore::acknowledge(const QUuid &eventId, const Acknowledgement &ack)
{
    return write<Acknowledgement>(
        [&](WriteContext &context) { return acknowledgeIn(context.database(), eventId, ack); });
}

std::optional<Acknowledgement> DeliveryStore::acknowledgement(const QUuid &eventId) const
{
    const Result<QString> name = connection();
    if (!name)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
    if (!run(query,
             QStringLiteral("SELECT at, by, note, via FROM acknowledgements WHERE event_id = ?"),
             {uuidText(eventId)})
        || !query.next()) {
        return std::nullopt;
    }
    Acknowledgement ack;
    ack.at = utcFromMs(query.value(0));
    ack.by = query.value(1).toString();
    ack.note = query.value(2).toString();
    ack.via = query.value(3).toString();
    return ack;
}

QList<EscalationRecord> DeliveryStore::escalations(const QUuid &eventId) const
{
    QList<EscalationRecord> records;
    const Result<QString> name = connection();
    if (!name)
        return records;
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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

Result<QList<EscalationRecord>> DeliveryStore::dueEscalations(const QDateTime &now, int limit) const
{
    using Due = Result<QList<EscalationRecord>>;
    const Result<QString> name = connection();
    if (!name)
        return Due::failure(name.error());
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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

Result<QList<DigestRecord>> DeliveryStore::dueDigests(const QDateTime &now, int limit) const
{
    using R = Result<QList<DigestRecord>>;
    const Result<QString> name = connection();
    if (!name)
        return R::failure(name.error());
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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

QDateTime DeliveryStore::nextDigestAt() const
{
    const Result<QString> name = connection();
    if (!name)
        return {};
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
    if (!run(query, QStringLiteral("SELECT min(closes_at) FROM digests WHERE state = 'open'"))
        || !query.next()) {
        qCWarning(lcDeliveryStore) << "cannot read the next digest:" << sqlError(query);
        return {};
    }
    return utcFromMs(query.value(0));
}

Result<QStringList> DeliveryStore::fireDigest(const DigestRecord &digest,
                                              const QList<NewDelivery> &deliveries,
                                              const QDateTime &now, bool *fired)
{
    if (fired)
        *fired = false;
    bool sent = false;
    auto outcome = write<QStringList>([&](WriteContext &write) -> Result<QStringList> {
        const auto fail = [&digest](const QString &error) {
            return Result<QStringList>::failure(
                QObject::tr("cannot send digest %1 of rule '%2': %3")
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
        sent = true;
        QStringList inserted;
        if (events.isEmpty())
            return inserted; // its first event went at once and nothing followed
        if (auto ok = insertDeliveries(write, events.constFirst(), deliveries, at, inserted); !ok)
            return fail(ok.error());
        return inserted;
    });
    if (outcome && fired)
        *fired = sent;
    return outcome;
}

QDateTime DeliveryStore::nextEscalationAt() const
{
    const Result<QString> name = connection();
    if (!name)
        return {};
    QSqlQuery query(QSqlDatabase::database(name.value(), false));
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

Result<QStringList> DeliveryStore::fireEscalation(const EscalationRecord &tier,
                                                  const QList<NewDelivery> &deliveries,
                                                  const QDateTime &now, bool *fired,
                                                  const std::optional<Event> &whenFired)
{
    return write<QStringList>([&](WriteContext &context) -> Result<QStringList> {
        bool firedHere = false;
        Result<QStringList> inserted = fireEscalationIn(context, tier, deliveries, now, &firedHere);
        if (fired)
            *fired = firedHere;
        if (inserted && firedHere && whenFired) {
            if (auto stored = context.appendEvent(*whenFired); !stored)
                return Result<QStringList>::failure(stored.error());
        }
        return inserted;
    });
}

Result<void> DeliveryStore::cancelEscalation(const EscalationRecord &tier)
{
    return write<void>(
        [&](WriteContext &context) { return cancelEscalationIn(context.database(), tier); });
}

Result<int> DeliveryStore::deferTarget(const QString &target, const QDateTime &until,
                                       const QDateTime &now, const QStringList &leased)
{
    return write<int>([&](WriteContext &context) {
        return deferTargetIn(context.database(), target, until, now, leased);
    });
}

} // namespace OtBridge
