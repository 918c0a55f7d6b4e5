// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deliveryrequest.h"
#include "result.h"
#include "store/storejob.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace OtBridge {

class EventStore;

// pending: not tried yet, or replayed; retrying: failed at least once, another attempt is
// scheduled; delivered: the target took it; dead: permanent failure or out of attempts.
enum class DeliveryState { Pending, Retrying, Delivered, Dead };
QString deliveryStateName(DeliveryState state); // "pending", "retrying", "delivered", "dead"
std::optional<DeliveryState> deliveryStateFromName(const QString &name);

// A delivery job the router wants to exist. Its id is deterministic (event id, rule, action
// index, and the escalation tier for escalation actions), so routing the same event twice
// inserts nothing new.
struct NewDelivery
{
    QString id;
    QString rule;
    int actionIndex = 0;
    int tier = 0; // 0: the rule's own actions; n: escalation tier n
    DeliveryRequest request; // the rendered message or request
    QDateTime dueAt; // first attempt
    // A render error ("…: no value for {{contract.id}}"): the delivery is stored dead with it.
    QString renderError;
};

struct DeliveryAttempt
{
    // Written: the attempt of the current round (the store numbers the history itself).
    // Read back: the place in the delivery's whole history, 1, 2, …, which goes on counting
    // after a replay, while DeliveryRecord::attempts starts again at 0.
    int number = 0;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString outcome; // "delivered", "retry", "failed"
    int httpStatus = 0;
    QString error;
    QString response; // the first bytes of the answer, for the console
};

struct DeliveryRecord
{
    QString id;
    QUuid eventId;
    QString rule;
    int actionIndex = 0;
    int tier = 0;
    QString target;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // invalid once delivered or dead
    QString lastError;
    QString openTextJobId; // the job id; several, space-separated, when a fan-out was split
    QString openTextState; // "pending", "sent", "delivered", "failed"; empty before a job
    DeliveryRequest request;
    // Why the stored request could not be read (a file from a newer version, a damaged row);
    // the dispatcher then fails the delivery with it rather than send something else.
    QString requestError;
};

struct EscalationRecord
{
    QUuid eventId;
    QString rule;
    int tier = 0; // 1, 2, …
    QDateTime dueAt;
    QString state; // "scheduled", "fired", "cancelled"
    QDateTime firedAt;
};

struct Acknowledgement
{
    QDateTime at;
    QString by; // who: "api", "console", a user name, the recipient of an acknowledgement link
    QString note;
    QString via; // how: "api", "console", "link"; empty for acknowledgements stored before
};

// The second half of the store: delivery jobs, their attempts, escalation timers and
// acknowledgements, in the same SQLite file as the events (schema version 2, created by
// EventStore::open's migration; open the EventStore first). Every method is thread-safe:
// each thread reads on its own connection. Writes go to the EventStore's one writer thread
// (setWriter), which group-commits them with everything else queued: the plain methods wait
// for their commit, the *Async ones hand the result to a callback on the context object's
// thread. A store without a writer (opened alone) writes in its own transactions.
class DeliveryStore final
{
    Q_DISABLE_COPY_MOVE(DeliveryStore)

public:
    DeliveryStore() = default;
    ~DeliveryStore();

    Result<void> open(const QString &path, int busyTimeoutMs = 5000);
    void close();
    bool isOpen() const;
    // The writer every write goes through from now on; it must outlive this store's use.
    void setWriter(EventStore *writer) { m_writer = writer; }

    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    // What an attempt's or an OpenText state's transaction may add before it commits: usually
    // an internal event (WriteContext::appendEvent) about the delivery as it now stands.
    using FollowUp = std::function<Result<void>(WriteContext &, const DeliveryRecord &)>;

    // --- routing ---
    // One transaction: inserts each event's jobs (ignoring ids that exist), stores escalation
    // timers, and marks the events routed. Returns the ids that were new.
    struct RoutedEvent
    {
        QUuid eventId;
        QList<NewDelivery> deliveries;
        QList<EscalationRecord> escalations;
    };
    Result<QStringList> insertRouted(const QList<RoutedEvent> &events);
    void insertRoutedAsync(const QList<RoutedEvent> &events, QObject *context,
                           Callback<QStringList> then);
    // Events stored but not routed yet (a crash between commit and routing), oldest first.
    Result<QList<QUuid>> unroutedEvents(int limit) const;

    // --- dispatch ---
    // Takes up to `limit` deliveries that are pending or retrying, due at or before now, and
    // not leased (or whose lease ran out): leases them until now + leaseSeconds, oldest due
    // first. A delivery leased by a process that died is taken again once its lease ends.
    Result<QList<DeliveryRecord>> leaseDue(const QDateTime &now, int limit, int leaseSeconds);
    void leaseDueAsync(const QDateTime &now, int limit, int leaseSeconds, QObject *context,
                       Callback<QList<DeliveryRecord>> then);
    // The earliest time any pending or retrying delivery is due (leases included); invalid when
    // there is none.
    QDateTime nextDueAt() const;
    // Records one attempt and the delivery's new state in one transaction; clears the lease.
    // nextAttemptAt: for Retrying; openTextJobIds: for an accepted OpenText submit.
    Result<void> recordAttempt(const QString &deliveryId, const DeliveryAttempt &attempt,
                               DeliveryState newState, const QDateTime &nextAttemptAt,
                               const QString &lastError, const QStringList &openTextJobIds = {});
    // The same, then followUp with the delivery as recorded, in the same transaction; then
    // gets that record.
    void recordAttemptAsync(const QString &deliveryId, const DeliveryAttempt &attempt,
                            DeliveryState newState, const QDateTime &nextAttemptAt,
                            const QString &lastError, const QStringList &openTextJobIds,
                            FollowUp followUp, QObject *context, Callback<DeliveryRecord> then);
    // Takes back every lease: a SQLite file has one dispatcher, so at its start any lease left
    // is one a killed run held. Its deliveries are then due again at once (at least once).
    // Returns how many.
    Result<int> releaseAllLeases();
    // A target that cannot take calls until `until` (breaker open, rate limited): every one of
    // its pending or retrying deliveries due before then waits until then, in one statement.
    // Deliveries leased by someone are left alone, except `leased` (leased by the caller and
    // not sent). Returns how many moved.
    Result<int> deferTarget(const QString &target, const QDateTime &until, const QDateTime &now,
                            const QStringList &leased = {});
    // Gives a lease back without an attempt (breaker open, rate limited), due again at dueAt.
    Result<void> release(const QString &deliveryId, const QDateTime &dueAt);
    // The same two without waiting; a failure is logged (the lease then runs out).
    void deferTargetAsync(const QString &target, const QDateTime &until, const QDateTime &now,
                          const QStringList &leased);
    void releaseAsync(const QString &deliveryId, const QDateTime &dueAt);
    // OpenText said what became of a job: sets opentext_state on the delivery that sent it.
    // Returns that delivery (nullopt for a job none of ours sent).
    Result<std::optional<DeliveryRecord>>
    setOpenTextState(const QString &jobId, const QString &openTextState, const QString &error = {});
    // The same, then followUp (for a job of ours) in the same transaction.
    void setOpenTextStateAsync(const QString &jobId, const QString &openTextState,
                               const QString &error, FollowUp followUp, QObject *context,
                               Callback<std::optional<DeliveryRecord>> then);
    // Many states in one write (the pushes of a routing slice, the polls answered meanwhile),
    // each with its follow-up under a savepoint of its own: one that fails is taken back alone
    // and reported in `errors`; the others commit.
    struct OpenTextStateChange
    {
        QString jobId;
        QString state;
        QString error;
        FollowUp followUp;
    };
    struct OpenTextStatesWritten
    {
        QList<DeliveryRecord> updated; // the deliveries whose job it was
        QStringList errors;
    };
    void setOpenTextStatesAsync(QList<OpenTextStateChange> changes, QObject *context,
                                Callback<OpenTextStatesWritten> then);

    // --- reading ---
    std::optional<DeliveryRecord> delivery(const QString &id) const;
    QList<DeliveryRecord> deliveriesForEvent(const QUuid &eventId) const;
    QList<DeliveryAttempt> attempts(const QString &deliveryId) const;
    // Dead deliveries, newest first; target empty: every target; since invalid: all.
    QList<DeliveryRecord> deadLetters(const QString &target, const QDateTime &since,
                                      int limit = 1000) const;
    // Count of deliveries per state name for one target (every target when empty).
    QHash<QString, qint64> countByState(const QString &target = {}) const;

    // --- replay ---
    // Makes dead deliveries pending again, due now, with a fresh set of attempts (the old
    // attempts stay in the history). Delivered or live ones are left alone. Returns how many.
    Result<int> replay(const QStringList &deliveryIds, const QDateTime &now);
    Result<int> replayTarget(const QString &target, const QDateTime &since, const QDateTime &now);

    // --- acknowledgement and escalation ---
    // The first acknowledgement wins; later ones return the first. Cancels scheduled tiers.
    Result<Acknowledgement> acknowledge(const QUuid &eventId, const Acknowledgement &ack);
    std::optional<Acknowledgement> acknowledgement(const QUuid &eventId) const;
    QList<EscalationRecord> escalations(const QUuid &eventId) const;
    // Scheduled tiers due at or before now, oldest first, of events not acknowledged.
    Result<QList<EscalationRecord>> dueEscalations(const QDateTime &now, int limit) const;
    QDateTime nextEscalationAt() const; // invalid when none is scheduled
    // Marks the tier fired and inserts its deliveries in one transaction (ids as in routing).
    // fired (optional) says whether this call fired it: false when an acknowledgement cancelled
    // it or it fired already. whenFired (optional) is stored in the same transaction when this
    // call fires the tier: escalation.fired commits with the tier or not at all.
    Result<QStringList> fireEscalation(const EscalationRecord &tier,
                                       const QList<NewDelivery> &deliveries, const QDateTime &now,
                                       bool *fired = nullptr,
                                       const std::optional<Event> &whenFired = std::nullopt);
    // A scheduled tier that can no longer fire (its rule is gone): cancelled, nothing sent.
    Result<void> cancelEscalation(const EscalationRecord &tier);

private:
    // Connection names per thread, shared with the handlers that remove a thread's connection
    // when it finishes (which may happen after this store is gone).
    struct Connections;

    // This thread's connection name, opened on first use.
    Result<QString> connection() const;
    // Runs work in a write transaction (the writer's, or this thread's own without one) and
    // waits for its commit.
    template<typename T>
    Result<T> write(const std::function<Result<T>(WriteContext &)> &work) const;
    // The same without waiting: then runs on context's thread after the commit.
    template<typename T>
    void writeAsync(std::function<Result<T>(WriteContext &)> work, QObject *context,
                    Callback<T> then) const;

    QString m_path;
    int m_busyTimeoutMs = 5000;
    std::shared_ptr<Connections> m_connections;
    EventStore *m_writer = nullptr;
};

} // namespace OtBridge
