// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/deliveryqueue.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace OtBridge {

// The delivery side of the store as the API, the console, the dashboard and the engine see it
// (docs/architecture.md, "Storage"): the dispatcher's DeliveryQueue, and an event's deliveries
// with their attempts, dead letters and their replay, acknowledgements and escalation tiers.
// Every method is thread-safe; writes go through the store's one writer and, here, wait for
// their commit. The SQLite store is SqlDeliveryStore (core/store/sqlite/); Store owns it.
class DeliveryStore : public DeliveryQueue
{
public:
    // Whether the store is open (Store::open); every call fails or reads nothing otherwise.
    virtual bool isOpen() const = 0;

    // --- reading ---
    virtual QList<DeliveryRecord> deliveriesForEvent(const QUuid &eventId) const = 0;
    virtual QList<DeliveryAttempt> attempts(const QString &deliveryId) const = 0;
    // Dead deliveries, newest first; target empty: every target; since invalid: all.
    virtual QList<DeliveryRecord> deadLetters(const QString &target, const QDateTime &since,
                                              int limit = 1000) const = 0;
    // Per target, how many deliveries are pending, retrying and dead (the dashboard's counts;
    // delivered ones, the bulk of a long-lived store, are not counted).
    virtual Result<QHash<QString, QHash<QString, qint64>>> openCountsByTarget() const = 0;

    // --- replay ---
    // Makes dead deliveries pending again, due now, with a fresh set of attempts (the old
    // attempts stay in the history). Delivered or live ones are left alone. Returns how many.
    virtual Result<int> replay(const QStringList &deliveryIds, const QDateTime &now) = 0;
    virtual Result<int> replayTarget(const QString &target, const QDateTime &since,
                                     const QDateTime &now)
        = 0;

    // --- acknowledgement and escalation ---
    // The first acknowledgement wins; later ones return the first. Cancels scheduled tiers and
    // the messages a delay step still holds.
    virtual Result<Acknowledgement> acknowledge(const QUuid &eventId, const Acknowledgement &ack)
        = 0;
    virtual std::optional<Acknowledgement> acknowledgement(const QUuid &eventId) const = 0;
    virtual QList<EscalationRecord> escalations(const QUuid &eventId) const = 0;

    // --- the dispatcher's writes, waiting for their commit (tools and tests) ---
    // Leases as leaseDueAsync does.
    virtual Result<QList<DeliveryRecord>> leaseDue(const QDateTime &now, int limit,
                                                   int leaseSeconds)
        = 0;
    // As renewLeasesAsync; returns how many leases this node held and renewed.
    virtual Result<int> renewLeases(const QStringList &deliveryIds, const QDateTime &now,
                                    int leaseSeconds)
        = 0;
    // As recordAttemptAsync, without a follow-up.
    virtual Result<void> recordAttempt(const QString &deliveryId, const DeliveryAttempt &attempt,
                                       DeliveryState newState, const QDateTime &nextAttemptAt,
                                       const QString &lastError,
                                       const QStringList &openTextJobIds = {})
        = 0;
    // As deferTargetAsync; returns how many moved.
    virtual Result<int> deferTarget(const QString &target, const QDateTime &until,
                                    const QDateTime &now, const QStringList &leased = {})
        = 0;
    // As releaseAsync.
    virtual Result<void> release(const QString &deliveryId, const QDateTime &dueAt) = 0;
    // One OpenText state, as setOpenTextStatesAsync without a follow-up. Returns the delivery
    // whose job it was (nullopt for a job none of ours sent).
    virtual Result<std::optional<DeliveryRecord>>
    setOpenTextState(const QString &jobId, const QString &openTextState, const QString &error = {})
        = 0;
};

} // namespace OtBridge
