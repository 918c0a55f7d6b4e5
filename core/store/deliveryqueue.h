// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"
#include "rules/routedevent.h"
#include "store/deliveryrecord.h"
#include "store/writecontext.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

class QObject;

namespace OtBridge {

// What the dispatcher needs of a store (docs/architecture.md, "Storage"): routing's outcome,
// leases of due deliveries, attempts and OpenText states with the internal events they raise
// in the same transaction, and escalation timers. SqlDeliveryStore is the SQLite one; a store
// for several nodes on one database implements the same, so the dispatcher does not change. Writes
// are group-committed by the store's one writer; the *Async methods call `then` on context's
// thread once the write is durable (or failed).
class DeliveryQueue
{
public:
    // rules/routedevent.h
    using RoutedEvent = OtBridge::RoutedEvent;
    using StepCancel = OtBridge::StepCancel;
    using DigestEntry = OtBridge::DigestEntry;
    using FallbackEntry = OtBridge::FallbackEntry;
    virtual ~DeliveryQueue() = default;

    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    // What an attempt's or an OpenText state's transaction may add before it commits: usually
    // an internal event (WriteContext::appendEvent) about the delivery as it now stands.
    using FollowUp = std::function<Result<void>(WriteContext &, const DeliveryRecord &)>;

    // --- routing ---
    // One transaction: inserts each event's jobs (ignoring ids that exist), stores escalation
    // timers, and marks the events routed. Returns the ids that were new.
    virtual Result<QStringList> insertRouted(const QList<RoutedEvent> &events) = 0;
    virtual void insertRoutedAsync(const QList<RoutedEvent> &events, QObject *context,
                                   Callback<QStringList> then)
        = 0;
    // Events stored but not routed yet (a crash between commit and routing), oldest first;
    // with receivedBefore, only those received before it (a node that stored them and died).
    // Routing an event twice is harmless: the first transaction that marks it routed stores
    // its deliveries, and any other, on this node or another, stores nothing for it.
    virtual Result<QList<QUuid>> unroutedEvents(int limit,
                                                const QDateTime &receivedBefore = {}) const = 0;

    // --- dispatch ---
    // Takes up to `limit` deliveries that are pending or retrying, due at or before now, and
    // not leased (or whose lease ran out): leases them to this store's node until now +
    // leaseSeconds, oldest due first. Nodes sharing the database never lease the same delivery
    // at once; a delivery whose lease its node stopped renewing (a node that died) is taken
    // again, by any node, once the lease ends.
    virtual void leaseDueAsync(const QDateTime &now, int limit, int leaseSeconds, QObject *context,
                               Callback<QList<DeliveryRecord>> then)
        = 0;
    // The earliest time any pending or retrying delivery is due (leases included); invalid when
    // there is none.
    virtual QDateTime nextDueAt() const = 0;
    // Records one attempt and the delivery's new state, clears the lease, then followUp with
    // the delivery as recorded, all in one transaction; then gets that record.
    // nextAttemptAt: for Retrying; openTextJobIds: for an accepted OpenText submit.
    virtual void recordAttemptAsync(const QString &deliveryId, const DeliveryAttempt &attempt,
                                    DeliveryState newState, const QDateTime &nextAttemptAt,
                                    const QString &lastError, const QStringList &openTextJobIds,
                                    FollowUp followUp, QObject *context,
                                    Callback<DeliveryRecord> then)
        = 0;
    // Extends this node's leases on deliveryIds (those it sends or waits on) to now +
    // leaseSeconds; a lease that ran out and another node took meanwhile stays that node's.
    // The dispatcher renews well before its leases end, so that only a node that stopped
    // leaves its work to the others. A failure is logged (the leases then run out, and what a
    // node then sends again carries the same Idempotency-Key: at least once).
    virtual void renewLeasesAsync(const QStringList &deliveryIds, const QDateTime &now,
                                  int leaseSeconds)
        = 0;
    // At the dispatcher's start: takes back the leases of runs that are gone, so that their
    // deliveries are due again at once (at least once). A SQLite file has one process, so
    // every lease left is a dead run's; on a database nodes share, only leases that ran out or
    // that this node held (a live node's lease is never taken). Returns how many.
    virtual Result<int> releaseAllLeases() = 0;
    // A target that cannot take calls until `until` (breaker open, rate limited): every one of
    // its pending or retrying deliveries due before then waits until then. Deliveries leased
    // by someone are left alone, except `leased` (leased by the caller and not sent). A
    // failure is logged (the leases then run out).
    virtual void deferTargetAsync(const QString &target, const QDateTime &until,
                                  const QDateTime &now, const QStringList &leased)
        = 0;
    // Gives a lease back without an attempt, due again at dueAt; a failure is logged.
    virtual void releaseAsync(const QString &deliveryId, const QDateTime &dueAt) = 0;
    // OpenText said what became of jobs: each sets opentext_state on the delivery that sent it
    // and runs its follow-up, under a savepoint of its own: one that fails is taken back alone
    // and reported in `errors`; the others commit. Jobs none of ours sent are ignored, and so
    // is a state a job already has (with no error): nothing is written or reported, and its
    // follow-up does not run again.
    struct OpenTextStateChange
    {
        QString jobId;
        QString state;
        QString error;
        FollowUp followUp;
    };
    struct OpenTextStatesWritten
    {
        QList<DeliveryRecord> updated; // the deliveries whose job's state changed
        QStringList errors;
    };
    virtual void setOpenTextStatesAsync(QList<OpenTextStateChange> changes, QObject *context,
                                        Callback<OpenTextStatesWritten> then)
        = 0;

    // --- reading ---
    virtual std::optional<DeliveryRecord> delivery(const QString &id) const = 0;
    // Count of deliveries per state name for one target (every target when empty).
    virtual QHash<QString, qint64> countByState(const QString &target = {}) const = 0;

    // --- escalation ---
    // Scheduled tiers due at or before now, oldest first, of events not acknowledged.
    virtual Result<QList<EscalationRecord>> dueEscalations(const QDateTime &now,
                                                           int limit) const = 0;
    virtual QDateTime nextEscalationAt() const = 0; // invalid when none is scheduled
    // Marks the tier fired and inserts its deliveries in one transaction (ids as in routing).
    // fired (optional) says whether this call fired it: false when an acknowledgement cancelled
    // it or it fired already (by another node). whenFired (optional) is stored in the same
    // transaction when this call fires the tier: escalation.fired commits with the tier or not
    // at all.
    virtual Result<QStringList> fireEscalation(const EscalationRecord &tier,
                                               const QList<NewDelivery> &deliveries,
                                               const QDateTime &now, bool *fired = nullptr,
                                               const std::optional<Event> &whenFired = std::nullopt)
        = 0;
    // A scheduled tier that can no longer fire (its rule is gone): cancelled, nothing sent.
    virtual Result<void> cancelEscalation(const EscalationRecord &tier) = 0;

    // --- digests (README, "Notification steps") ---
    // Open digests whose window closed at or before now, oldest first, with their events.
    virtual Result<QList<DigestRecord>> dueDigests(const QDateTime &now, int limit) const = 0;
    virtual QDateTime nextDigestAt() const = 0; // invalid when no digest is open
    // Marks the digest sent and inserts its deliveries (rendered over digest.events) in one
    // transaction. Fails, changing nothing, when the digest holds other events than those it
    // was rendered over (one joined meanwhile): read it again and render again. fired: whether
    // this call sent it (false when it was sent already).
    virtual Result<QStringList> fireDigest(const DigestRecord &digest,
                                           const QList<NewDelivery> &deliveries,
                                           const QDateTime &now, bool *fired = nullptr)
        = 0;
};

} // namespace OtBridge
