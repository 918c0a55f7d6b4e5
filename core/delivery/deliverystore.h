// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deliveryqueue.h"
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
class QSqlQuery;

namespace OtBridge {

class EventStore;
class SqliteConnections;

struct Acknowledgement
{
    QDateTime at;
    QString by; // who: "api", "console", a user name, the recipient of an acknowledgement link
    QString note;
    QString via; // how: "api", "console", "link"; empty for acknowledgements stored before
};

// The second half of the store, on SQLite: delivery jobs, their attempts, escalation timers and
// acknowledgements, in the same SQLite file as the events (schema version 2, created by
// EventStore::open's migration; open the EventStore first). Every method is thread-safe:
// each thread reads on its own connection. Writes go to the EventStore's one writer thread
// (setWriter), which group-commits them with everything else queued: the plain methods wait
// for their commit, the *Async ones hand the result to a callback on the context object's
// thread. A store without a writer (opened alone) writes in its own transactions.
class DeliveryStore final : public DeliveryQueue
{
    Q_DISABLE_COPY_MOVE(DeliveryStore)

public:
    DeliveryStore() = default;
    ~DeliveryStore() override;

    Result<void> open(const QString &path, int busyTimeoutMs = 5000);
    void close();
    bool isOpen() const;
    // The writer every write goes through from now on; it must outlive this store's use.
    void setWriter(EventStore *writer) { m_writer = writer; }

    // --- routing ---
    // (DeliveryQueue: insertRouted, insertRoutedAsync, unroutedEvents.)

    // --- dispatch ---
    // Leases as leaseDueAsync does, and waits for it.
    Result<QList<DeliveryRecord>> leaseDue(const QDateTime &now, int limit, int leaseSeconds);
    // Records one attempt and the delivery's new state in one transaction; clears the lease.
    // nextAttemptAt: for Retrying; openTextJobIds: for an accepted OpenText submit.
    Result<void> recordAttempt(const QString &deliveryId, const DeliveryAttempt &attempt,
                               DeliveryState newState, const QDateTime &nextAttemptAt,
                               const QString &lastError, const QStringList &openTextJobIds = {});
    // A target that cannot take calls until `until` (breaker open, rate limited): every one of
    // its pending or retrying deliveries due before then waits until then, in one statement.
    // Deliveries leased by someone are left alone, except `leased` (leased by the caller and
    // not sent). Returns how many moved.
    Result<int> deferTarget(const QString &target, const QDateTime &until, const QDateTime &now,
                            const QStringList &leased = {});
    // Gives a lease back without an attempt (breaker open, rate limited), due again at dueAt.
    Result<void> release(const QString &deliveryId, const QDateTime &dueAt);
    // OpenText said what became of a job: sets opentext_state on the delivery that sent it.
    // Returns that delivery (nullopt for a job none of ours sent).
    Result<std::optional<DeliveryRecord>>
    setOpenTextState(const QString &jobId, const QString &openTextState, const QString &error = {});
    // The same, then followUp (for a job of ours) in the same transaction.
    void setOpenTextStateAsync(const QString &jobId, const QString &openTextState,
                               const QString &error, FollowUp followUp, QObject *context,
                               Callback<std::optional<DeliveryRecord>> then);

    // --- reading ---
    std::optional<DeliveryRecord> delivery(const QString &id) const override;
    QList<DeliveryRecord> deliveriesForEvent(const QUuid &eventId) const;
    QList<DeliveryAttempt> attempts(const QString &deliveryId) const;
    // Dead deliveries, newest first; target empty: every target; since invalid: all.
    QList<DeliveryRecord> deadLetters(const QString &target, const QDateTime &since,
                                      int limit = 1000) const;
    // Count of deliveries per state name for one target (every target when empty).
    QHash<QString, qint64> countByState(const QString &target = {}) const override;

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
    // (DeliveryQueue: dueEscalations, nextEscalationAt, fireEscalation, cancelEscalation.)

    // --- DeliveryQueue, on SQLite ---
    Result<QStringList> insertRouted(const QList<RoutedEvent> &events) override;
    void insertRoutedAsync(const QList<RoutedEvent> &events, QObject *context,
                           Callback<QStringList> then) override;
    Result<QList<QUuid>> unroutedEvents(int limit) const override;
    void leaseDueAsync(const QDateTime &now, int limit, int leaseSeconds, QObject *context,
                       Callback<QList<DeliveryRecord>> then) override;
    QDateTime nextDueAt() const override;
    void recordAttemptAsync(const QString &deliveryId, const DeliveryAttempt &attempt,
                            DeliveryState newState, const QDateTime &nextAttemptAt,
                            const QString &lastError, const QStringList &openTextJobIds,
                            FollowUp followUp, QObject *context,
                            Callback<DeliveryRecord> then) override;
    // A SQLite file has one dispatcher (the data directory's lock), so at its start any lease
    // left is one a killed run held.
    Result<int> releaseAllLeases() override;
    void deferTargetAsync(const QString &target, const QDateTime &until, const QDateTime &now,
                          const QStringList &leased) override;
    void releaseAsync(const QString &deliveryId, const QDateTime &dueAt) override;
    void setOpenTextStatesAsync(QList<OpenTextStateChange> changes, QObject *context,
                                Callback<OpenTextStatesWritten> then) override;
    Result<QList<EscalationRecord>> dueEscalations(const QDateTime &now, int limit) const override;
    QDateTime nextEscalationAt() const override;
    Result<QStringList>
    fireEscalation(const EscalationRecord &tier, const QList<NewDelivery> &deliveries,
                   const QDateTime &now, bool *fired = nullptr,
                   const std::optional<Event> &whenFired = std::nullopt) override;
    Result<void> cancelEscalation(const EscalationRecord &tier) override;
    Result<QList<DigestRecord>> dueDigests(const QDateTime &now, int limit) const override;
    QDateTime nextDigestAt() const override;
    Result<QStringList> fireDigest(const DigestRecord &digest, const QList<NewDelivery> &deliveries,
                                   const QDateTime &now, bool *fired = nullptr) override;

private:
    // The steps of an event's deliveries (DeliveryRecord::steps), on the reading connection.
    void readSteps(QSqlQuery &query, const QUuid &eventId, QList<DeliveryRecord> &records) const;

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
    std::shared_ptr<SqliteConnections> m_connections;
    EventStore *m_writer = nullptr;
};

} // namespace OtBridge
