// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rules/routedevent.h"
#include "store/deliveryrecord.h"
#include "store/storejob.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace OtBridge {

// The deliveries table (SQLite or PostgreSQL), with each delivery's attempts (delivery_attempts)
// and why it is held (held_deliveries): inserting routing's jobs, leases, attempts and their
// outcome, deferrals, replays and cancels of held messages, and the reads of the console, the API
// and the dashboard. Writes run in the writer's transaction (SqlWriteContext); reads on the
// caller's connection.
class SqlDeliveryRepository final
{
public:
    // Inserts the jobs of an event (ids that exist are left alone) inside the caller's
    // transaction; appends the ids that were new to `inserted`.
    static Result<void> insert(SqlWriteContext &write, const QUuid &eventId,
                               const QList<NewDelivery> &deliveries, qint64 now,
                               QStringList &inserted);
    static Result<std::optional<DeliveryRecord>> find(SqlWriteContext &write, const QString &id);
    // The same without parsing the stored request: request holds its kind and target only
    // (DeliveryRecord::request). For the record an attempt or an OpenText state hands back.
    static Result<std::optional<DeliveryRecord>> findOutcome(SqlWriteContext &write,
                                                             const QString &id);
    // Leases up to limit due deliveries for holder (a node's id) until now + leaseSeconds.
    static Result<QList<DeliveryRecord>> lease(SqlWriteContext &write, const QString &holder,
                                               const QDateTime &now, int limit, int leaseSeconds);
    // Extends holder's leases on deliveryIds to now + leaseSeconds; returns how many it held.
    static Result<int> renew(SqlWriteContext &write, const QString &holder,
                             const QStringList &deliveryIds, const QDateTime &now,
                             int leaseSeconds);
    // The attempt's history row and the delivery's new state, its lease cleared and (for an
    // accepted OpenText submit) its job ids; opentext_jobs is SqlOpenTextJobRepository's.
    // Returns the delivery as it stands after the update (findOutcome's record).
    static Result<DeliveryRecord>
    recordAttempt(SqlWriteContext &write, const QString &deliveryId, const DeliveryAttempt &attempt,
                  DeliveryState newState, const QDateTime &nextAttemptAt, const QString &lastError,
                  const QStringList &openTextJobIds);
    // The leases of runs that are gone (on a database nodes share, those that ran out or that
    // holder held), due again now.
    static Result<int> releaseAll(SqlWriteContext &write, const QString &holder);
    static Result<void> release(SqlWriteContext &write, const QString &deliveryId,
                                const QDateTime &dueAt);
    static Result<int> deferTarget(SqlWriteContext &write, const QString &target,
                                   const QDateTime &until, const QDateTime &now,
                                   const QStringList &leased);
    static Result<int> replay(SqlWriteContext &write, const QStringList &deliveryIds,
                              const QDateTime &now);
    static Result<int> replayTarget(SqlWriteContext &write, const QString &target,
                                    const QDateTime &since, const QDateTime &now);
    // A later event's cancel: the delay step's messages of (rule, key) still held, of other
    // events.
    static Result<void> cancelHeld(SqlWriteContext &write, const StepCancel &cancel,
                                   const QUuid &eventId, qint64 now);
    // An acknowledgement's: the event's own delay-step messages still held.
    static Result<void> cancelHeldDelays(SqlWriteContext &write, const QUuid &eventId,
                                         const QDateTime &at);

    static std::optional<DeliveryRecord> find(const QSqlDatabase &db, const QString &id);
    static QDateTime nextDueAt(const QSqlDatabase &db);
    // An event's deliveries without their steps (SqlStepRepository::readSteps adds them).
    static QList<DeliveryRecord> forEvent(const QSqlDatabase &db, const QUuid &eventId);
    static QList<DeliveryAttempt> attempts(const QSqlDatabase &db, const QString &deliveryId);
    static QList<DeliveryRecord> deadLetters(const QSqlDatabase &db, const QString &target,
                                             const QDateTime &since, int limit);
    static QHash<QString, qint64> countByState(const QSqlDatabase &db, const QString &target);
    static Result<QHash<QString, QHash<QString, qint64>>>
    openCountsByTarget(const QSqlDatabase &db);
};

} // namespace OtBridge
