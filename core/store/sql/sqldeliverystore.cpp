// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqldeliverystore.h"

#include "store/sql/sqldeliveryrepository.h"
#include "store/sql/sqlescalationrepository.h"
#include "store/sql/sqleventrepository.h"
#include "store/sql/sqllogging.h"
#include "store/sql/sqlopentextjobrepository.h"
#include "store/sql/sqlsteprepository.h"
#include "store/sql/sqlvalues.h"
#include "store/sql/sqlwriter.h"
#include "store/threadconnections.h"

#include <QSqlQuery>

namespace OtBridge {

using namespace SqlValues;

namespace {

QString notOpenError()
{
    return QObject::tr("the delivery store is not open");
}

// --- what a transaction tells the cluster (SqlWriteContext::announce) ---

void announceDue(SqlWriteContext &write)
{
    write.announce(StoreNotification::Channel::Work, StoreNotification::workDue());
}

void announceDeliveries(SqlWriteContext &write, const QStringList &ids)
{
    write.announce(StoreNotification::Channel::Activity, StoreNotification::deliveriesChanged(),
                   ids);
}

void announceEvents(SqlWriteContext &write, const QStringList &ids)
{
    write.announce(StoreNotification::Channel::Activity, StoreNotification::eventsChanged(), ids);
}

// --- the transactions, put together from the repositories ---

Result<QStringList> insertRoutedIn(SqlWriteContext &write,
                                   const QList<DeliveryQueue::RoutedEvent> &events)
{
    const auto fail = [](const QString &error) {
        return Result<QStringList>::failure(
            QObject::tr("cannot store the deliveries of routed events: %1").arg(error));
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList inserted;
    QStringList routed;
    for (const DeliveryQueue::RoutedEvent &event : events) {
        // Marked first: an event another node (or an earlier pass) routed already gets nothing
        // stored twice, and on PostgreSQL its row lock keeps two nodes from routing it at once.
        const Result<bool> claimed = SqlEventRepository::markRouted(write, event.eventId);
        if (!claimed)
            return fail(claimed.error());
        if (!claimed.value())
            continue;
        if (auto ok = SqlStepRepository::apply(write, event, now, inserted); !ok)
            return fail(ok.error());
        if (auto ok
            = SqlDeliveryRepository::insert(write, event.eventId, event.deliveries, now, inserted);
            !ok)
            return fail(ok.error());
        if (auto ok = SqlEscalationRepository::schedule(write, event.eventId, event.escalations);
            !ok)
            return fail(ok.error());
        routed.append(uuidText(event.eventId));
    }
    if (!inserted.isEmpty())
        announceDue(write);
    if (!routed.isEmpty())
        announceEvents(write, routed);
    return inserted;
}

// The delivery as the attempt left it (the other tables it writes change none of its columns).
Result<DeliveryRecord> recordAttemptIn(SqlWriteContext &write, const QString &deliveryId,
                                       const DeliveryAttempt &attempt, DeliveryState newState,
                                       const QDateTime &nextAttemptAt, const QString &lastError,
                                       const QStringList &openTextJobIds)
{
    Result<DeliveryRecord> recorded = SqlDeliveryRepository::recordAttempt(
        write, deliveryId, attempt, newState, nextAttemptAt, lastError, openTextJobIds);
    if (!recorded)
        return recorded;
    if (auto jobs = SqlOpenTextJobRepository::record(write, deliveryId, openTextJobIds); !jobs)
        return Result<DeliveryRecord>::failure(
            QObject::tr("cannot record an attempt of delivery %1: %2")
                .arg(deliveryId, jobs.error()));
    announceDeliveries(write, {deliveryId});
    if (newState == DeliveryState::Dead) {
        // A fallback waiting on this delivery may be due now.
        announceDue(write);
        if (auto released = SqlStepRepository::releaseFallback(write, deliveryId,
                                                               QDateTime::currentMSecsSinceEpoch());
            !released)
            return Result<DeliveryRecord>::failure(released.error());
    }
    return recorded;
}

// The delivery whose job it was, or nullopt for a job none of ours sent. A state the job
// already had (with no error) writes nothing and, unless repeats are asked for, reports
// nothing either: there is no news for the console, and no follow-up to run again.
enum class Repeats { Report, Ignore };

Result<std::optional<DeliveryRecord>> setOpenTextStateIn(SqlWriteContext &write,
                                                         const QString &jobId,
                                                         const QString &openTextState,
                                                         const QString &error, Repeats repeats)
{
    using Found = Result<std::optional<DeliveryRecord>>;
    const auto fail = [&jobId](const QString &error) {
        return Found::failure(
            QObject::tr("cannot store the state of OpenText job %1: %2").arg(jobId, error));
    };
    auto written = SqlOpenTextJobRepository::setState(write, jobId, openTextState, error);
    if (!written)
        return fail(written.error());
    if (!written.value())
        return Found(std::nullopt); // not ours: nothing written
    if (!written.value()->changed && repeats == Repeats::Ignore)
        return Found(std::nullopt);
    const QString deliveryId = written.value()->deliveryId;
    announceDeliveries(write, {deliveryId});
    if (written.value()->failed) {
        announceDue(write);
        if (auto fallback = SqlStepRepository::releaseFallback(write, deliveryId,
                                                               QDateTime::currentMSecsSinceEpoch());
            !fallback)
            return fail(fallback.error());
    }
    auto record = SqlDeliveryRepository::findOutcome(write, deliveryId);
    if (!record)
        return fail(record.error());
    return Found(std::move(record).value());
}

Result<Acknowledgement> acknowledgeIn(SqlWriteContext &write, const QUuid &eventId,
                                      const Acknowledgement &ack)
{
    const QString event = uuidText(eventId);
    const auto fail = [&event](const QString &error) {
        return Result<Acknowledgement>::failure(
            QObject::tr("cannot acknowledge event %1: %2").arg(event, error));
    };
    const Result<bool> exists = SqlEventRepository::exists(write, eventId);
    if (!exists)
        return fail(exists.error());
    if (!exists.value())
        return Result<Acknowledgement>::failure(QObject::tr("no event %1").arg(event));
    const Result<bool> first = SqlEscalationRepository::acknowledge(write, eventId, ack);
    if (!first)
        return fail(first.error());
    if (first.value()) {
        // A delay step's messages still held are cancelled with the tiers.
        for (const Result<void> &ok :
             {SqlEscalationRepository::cancelScheduled(write, eventId),
              SqlDeliveryRepository::cancelHeldDelays(write, eventId, ack.at),
              SqlEventRepository::markAcknowledged(write, eventId)}) {
            if (!ok)
                return fail(ok.error());
        }
        announceEvents(write, {event});
    }
    Result<Acknowledgement> stored = SqlEscalationRepository::acknowledgement(write, eventId);
    if (!stored)
        return fail(stored.error());
    return stored;
}

Result<QStringList> fireEscalationIn(SqlWriteContext &write, const EscalationRecord &tier,
                                     const QList<NewDelivery> &deliveries, const QDateTime &now,
                                     bool *fired)
{
    *fired = false;
    const auto fail = [&tier](const QString &error) {
        return Result<QStringList>::failure(
            QObject::tr("cannot fire escalation tier %1 of rule '%2' for event %3: %4")
                .arg(tier.tier)
                .arg(tier.rule, uuidText(tier.eventId), error));
    };
    const qint64 at = msOrNow(now);
    const Result<bool> marked = SqlEscalationRepository::markFired(write, tier, at);
    if (!marked)
        return fail(marked.error());
    if (!marked.value())
        return QStringList();
    QStringList inserted;
    if (auto ok = SqlDeliveryRepository::insert(write, tier.eventId, deliveries, at, inserted); !ok)
        return fail(ok.error());
    announceDue(write);
    announceEvents(write, {uuidText(tier.eventId)});
    *fired = true;
    return inserted;
}

void logFailure(const Result<int> &outcome)
{
    if (!outcome)
        qCWarning(lcDeliveryStore).noquote() << outcome.error();
}

} // namespace

SqlDeliveryStore::SqlDeliveryStore(SqlWriter *writer, std::shared_ptr<ThreadConnections> readers)
    : m_writer(writer)
    , m_readers(std::move(readers))
{ }

SqlDeliveryStore::~SqlDeliveryStore() = default;

bool SqlDeliveryStore::isOpen() const
{
    return m_writer->isOpen();
}

Result<QSqlDatabase> SqlDeliveryStore::reader() const
{
    if (!m_writer->isOpen())
        return Result<QSqlDatabase>::failure(notOpenError());
    return m_readers->forThisThread();
}

template<typename T>
Result<T> SqlDeliveryStore::write(const std::function<Result<T>(SqlWriteContext &)> &work)
{
    return m_writer->write<T>(work, notOpenError());
}

template<typename T>
void SqlDeliveryStore::writeAsync(std::function<Result<T>(SqlWriteContext &)> work,
                                  QObject *context, Callback<T> then)
{
    m_writer->writeAsync<T>(std::move(work), context, std::move(then), notOpenError());
}

// --- routing ---

Result<QStringList> SqlDeliveryStore::insertRouted(const QList<RoutedEvent> &events)
{
    return write<QStringList>(
        [&](SqlWriteContext &context) { return insertRoutedIn(context, events); });
}

void SqlDeliveryStore::insertRoutedAsync(const QList<RoutedEvent> &events, QObject *context,
                                         Callback<QStringList> then)
{
    writeAsync<QStringList>(
        [events](SqlWriteContext &write) { return insertRoutedIn(write, events); }, context,
        std::move(then));
}

Result<QList<QUuid>> SqlDeliveryStore::unroutedEvents(int limit,
                                                      const QDateTime &receivedBefore) const
{
    const Result<QSqlDatabase> db = reader();
    if (!db)
        return Result<QList<QUuid>>::failure(db.error());
    return SqlEventRepository::unrouted(db.value(), limit, receivedBefore);
}

// --- dispatch ---

void SqlDeliveryStore::leaseDueAsync(const QDateTime &now, int limit, int leaseSeconds,
                                     QObject *context, Callback<QList<DeliveryRecord>> then)
{
    writeAsync<QList<DeliveryRecord>>(
        [holder = m_writer->nodeId(), now, limit, leaseSeconds](SqlWriteContext &write) {
            return SqlDeliveryRepository::lease(write, holder, now, limit, leaseSeconds);
        },
        context, std::move(then));
}

Result<QList<DeliveryRecord>> SqlDeliveryStore::leaseDue(const QDateTime &now, int limit,
                                                         int leaseSeconds)
{
    const QString holder = m_writer->nodeId();
    return write<QList<DeliveryRecord>>([&](SqlWriteContext &write) {
        return SqlDeliveryRepository::lease(write, holder, now, limit, leaseSeconds);
    });
}

void SqlDeliveryStore::renewLeasesAsync(const QStringList &deliveryIds, const QDateTime &now,
                                        int leaseSeconds)
{
    writeAsync<int>(
        [holder = m_writer->nodeId(), deliveryIds, now, leaseSeconds](SqlWriteContext &write) {
            return SqlDeliveryRepository::renew(write, holder, deliveryIds, now, leaseSeconds);
        },
        nullptr, logFailure);
}

Result<int> SqlDeliveryStore::renewLeases(const QStringList &deliveryIds, const QDateTime &now,
                                          int leaseSeconds)
{
    const QString holder = m_writer->nodeId();
    return write<int>([&](SqlWriteContext &write) {
        return SqlDeliveryRepository::renew(write, holder, deliveryIds, now, leaseSeconds);
    });
}

QDateTime SqlDeliveryStore::nextDueAt() const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlDeliveryRepository::nextDueAt(db.value()) : QDateTime();
}

void SqlDeliveryStore::recordAttemptAsync(const QString &deliveryId, const DeliveryAttempt &attempt,
                                          DeliveryState newState, const QDateTime &nextAttemptAt,
                                          const QString &lastError,
                                          const QStringList &openTextJobIds, FollowUp followUp,
                                          QObject *context, Callback<DeliveryRecord> then)
{
    writeAsync<DeliveryRecord>(
        [=, followUp = std::move(followUp)](SqlWriteContext &write) -> Result<DeliveryRecord> {
            Result<DeliveryRecord> record = recordAttemptIn(
                write, deliveryId, attempt, newState, nextAttemptAt, lastError, openTextJobIds);
            if (record && followUp) {
                if (auto followed = followUp(write, record.value()); !followed)
                    return Result<DeliveryRecord>::failure(followed.error());
            }
            return record;
        },
        context, std::move(then));
}

Result<void> SqlDeliveryStore::recordAttempt(const QString &deliveryId,
                                             const DeliveryAttempt &attempt, DeliveryState newState,
                                             const QDateTime &nextAttemptAt,
                                             const QString &lastError,
                                             const QStringList &openTextJobIds)
{
    return write<void>([&](SqlWriteContext &write) -> Result<void> {
        const Result<DeliveryRecord> recorded = recordAttemptIn(
            write, deliveryId, attempt, newState, nextAttemptAt, lastError, openTextJobIds);
        if (!recorded)
            return Result<void>::failure(recorded.error());
        return {};
    });
}

Result<int> SqlDeliveryStore::releaseAllLeases()
{
    return write<int>([holder = m_writer->nodeId()](SqlWriteContext &write) {
        announceDue(write);
        return SqlDeliveryRepository::releaseAll(write, holder);
    });
}

void SqlDeliveryStore::deferTargetAsync(const QString &target, const QDateTime &until,
                                        const QDateTime &now, const QStringList &leased)
{
    writeAsync<int>(
        [=](SqlWriteContext &write) {
            return SqlDeliveryRepository::deferTarget(write, target, until, now, leased);
        },
        nullptr, logFailure);
}

Result<int> SqlDeliveryStore::deferTarget(const QString &target, const QDateTime &until,
                                          const QDateTime &now, const QStringList &leased)
{
    return write<int>([&](SqlWriteContext &write) {
        return SqlDeliveryRepository::deferTarget(write, target, until, now, leased);
    });
}

void SqlDeliveryStore::releaseAsync(const QString &deliveryId, const QDateTime &dueAt)
{
    writeAsync<void>(
        [=](SqlWriteContext &write) {
            announceDue(write);
            announceDeliveries(write, {deliveryId});
            return SqlDeliveryRepository::release(write, deliveryId, dueAt);
        },
        nullptr,
        [](const Result<void> &released) {
            if (!released)
                qCWarning(lcDeliveryStore).noquote() << released.error();
        });
}

Result<void> SqlDeliveryStore::release(const QString &deliveryId, const QDateTime &dueAt)
{
    return write<void>([&](SqlWriteContext &write) {
        announceDue(write);
        announceDeliveries(write, {deliveryId});
        return SqlDeliveryRepository::release(write, deliveryId, dueAt);
    });
}

void SqlDeliveryStore::setOpenTextStatesAsync(QList<OpenTextStateChange> changes, QObject *context,
                                              Callback<OpenTextStatesWritten> then)
{
    writeAsync<OpenTextStatesWritten>(
        [changes = std::move(changes)](SqlWriteContext &write) -> Result<OpenTextStatesWritten> {
            OpenTextStatesWritten written;
            const auto step = [&write](const char *sql) {
                return write.command(QString::fromLatin1(sql));
            };
            for (const OpenTextStateChange &change : changes) {
                if (auto begun = step("SAVEPOINT state"); !begun)
                    return Result<OpenTextStatesWritten>::failure(begun.error());
                auto found = setOpenTextStateIn(write, change.jobId, change.state, change.error,
                                                Repeats::Ignore);
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

Result<std::optional<DeliveryRecord>>
SqlDeliveryStore::setOpenTextState(const QString &jobId, const QString &openTextState,
                                   const QString &error)
{
    return write<std::optional<DeliveryRecord>>([&](SqlWriteContext &write) {
        return setOpenTextStateIn(write, jobId, openTextState, error, Repeats::Report);
    });
}

// --- reading ---

std::optional<DeliveryRecord> SqlDeliveryStore::delivery(const QString &id) const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlDeliveryRepository::find(db.value(), id) : std::nullopt;
}

QHash<QString, qint64> SqlDeliveryStore::countByState(const QString &target) const
{
    const Result<QSqlDatabase> db = reader();
    if (!db) {
        QHash<QString, qint64> counts;
        for (const QString &state : deliveryStateNames())
            counts.insert(state, 0);
        return counts;
    }
    return SqlDeliveryRepository::countByState(db.value(), target);
}

QList<DeliveryRecord> SqlDeliveryStore::deliveriesForEvent(const QUuid &eventId) const
{
    const Result<QSqlDatabase> db = reader();
    if (!db)
        return {};
    QList<DeliveryRecord> records = SqlDeliveryRepository::forEvent(db.value(), eventId);
    SqlStepRepository::readSteps(db.value(), eventId, records);
    return records;
}

QList<DeliveryAttempt> SqlDeliveryStore::attempts(const QString &deliveryId) const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlDeliveryRepository::attempts(db.value(), deliveryId) : QList<DeliveryAttempt>();
}

QList<DeliveryRecord> SqlDeliveryStore::deadLetters(const QString &target, const QDateTime &since,
                                                    int limit) const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlDeliveryRepository::deadLetters(db.value(), target, since, limit)
              : QList<DeliveryRecord>();
}

Result<QHash<QString, QHash<QString, qint64>>> SqlDeliveryStore::openCountsByTarget() const
{
    const Result<QSqlDatabase> db = reader();
    if (!db)
        return Result<QHash<QString, QHash<QString, qint64>>>::failure(db.error());
    return SqlDeliveryRepository::openCountsByTarget(db.value());
}

// --- replay ---

Result<int> SqlDeliveryStore::replay(const QStringList &deliveryIds, const QDateTime &now)
{
    return write<int>([&](SqlWriteContext &write) {
        announceDue(write);
        announceDeliveries(write, deliveryIds);
        return SqlDeliveryRepository::replay(write, deliveryIds, now);
    });
}

Result<int> SqlDeliveryStore::replayTarget(const QString &target, const QDateTime &since,
                                           const QDateTime &now)
{
    return write<int>([&](SqlWriteContext &write) {
        announceDue(write);
        // Which deliveries is not known here: whoever follows reads them all again.
        announceDeliveries(write, {});
        return SqlDeliveryRepository::replayTarget(write, target, since, now);
    });
}

// --- acknowledgement and escalation ---

Result<Acknowledgement> SqlDeliveryStore::acknowledge(const QUuid &eventId,
                                                      const Acknowledgement &ack)
{
    return write<Acknowledgement>(
        [&](SqlWriteContext &write) { return acknowledgeIn(write, eventId, ack); });
}

std::optional<Acknowledgement> SqlDeliveryStore::acknowledgement(const QUuid &eventId) const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlEscalationRepository::acknowledgement(db.value(), eventId) : std::nullopt;
}

QList<EscalationRecord> SqlDeliveryStore::escalations(const QUuid &eventId) const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlEscalationRepository::forEvent(db.value(), eventId) : QList<EscalationRecord>();
}

Result<QList<EscalationRecord>> SqlDeliveryStore::dueEscalations(const QDateTime &now,
                                                                 int limit) const
{
    const Result<QSqlDatabase> db = reader();
    if (!db)
        return Result<QList<EscalationRecord>>::failure(db.error());
    return SqlEscalationRepository::due(db.value(), now, limit);
}

QDateTime SqlDeliveryStore::nextEscalationAt() const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlEscalationRepository::nextAt(db.value()) : QDateTime();
}

Result<QStringList> SqlDeliveryStore::fireEscalation(const EscalationRecord &tier,
                                                     const QList<NewDelivery> &deliveries,
                                                     const QDateTime &now, bool *fired,
                                                     const std::optional<Event> &whenFired)
{
    if (fired)
        *fired = false;
    return write<QStringList>([&](SqlWriteContext &write) -> Result<QStringList> {
        bool firedHere = false;
        Result<QStringList> inserted = fireEscalationIn(write, tier, deliveries, now, &firedHere);
        if (fired)
            *fired = firedHere;
        if (inserted && firedHere && whenFired) {
            if (auto stored = write.appendEvent(*whenFired); !stored)
                return Result<QStringList>::failure(stored.error());
        }
        return inserted;
    });
}

Result<void> SqlDeliveryStore::cancelEscalation(const EscalationRecord &tier)
{
    return write<void>(
        [&](SqlWriteContext &write) { return SqlEscalationRepository::cancel(write, tier); });
}

// --- digests ---

Result<QList<DigestRecord>> SqlDeliveryStore::dueDigests(const QDateTime &now, int limit) const
{
    const Result<QSqlDatabase> db = reader();
    if (!db)
        return Result<QList<DigestRecord>>::failure(db.error());
    return SqlStepRepository::dueDigests(db.value(), now, limit);
}

QDateTime SqlDeliveryStore::nextDigestAt() const
{
    const Result<QSqlDatabase> db = reader();
    return db ? SqlStepRepository::nextDigestAt(db.value()) : QDateTime();
}

Result<QStringList> SqlDeliveryStore::fireDigest(const DigestRecord &digest,
                                                 const QList<NewDelivery> &deliveries,
                                                 const QDateTime &now, bool *fired)
{
    if (fired)
        *fired = false;
    bool sent = false;
    auto outcome = write<QStringList>([&](SqlWriteContext &write) {
        auto inserted = SqlStepRepository::fireDigest(write, digest, deliveries, now, &sent);
        if (inserted && sent)
            announceDue(write);
        return inserted;
    });
    if (outcome && fired)
        *fired = sent;
    return outcome;
}

} // namespace OtBridge
