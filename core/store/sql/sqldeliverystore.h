// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/deliverystore.h"
#include "store/storejob.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace OtBridge {

class ThreadConnections;
class SqlWriter;

// DeliveryStore on Qt SQL, in the same database as the events: each write is one transaction of the
// store's SqlWriter, put together from the repositories (deliveries, escalations and
// acknowledgements, OpenText jobs, notification steps, events); reads run on the calling
// thread's connection. SqlStore owns it and opens it.
class SqlDeliveryStore final : public DeliveryStore
{
    Q_DISABLE_COPY_MOVE(SqlDeliveryStore)

public:
    SqlDeliveryStore(SqlWriter *writer, std::shared_ptr<ThreadConnections> readers);
    ~SqlDeliveryStore() override;

    bool isOpen() const override;

    // --- DeliveryQueue ---
    Result<QStringList> insertRouted(const QList<RoutedEvent> &events) override;
    void insertRoutedAsync(const QList<RoutedEvent> &events, QObject *context,
                           Callback<QStringList> then) override;
    Result<QList<QUuid>> unroutedEvents(int limit,
                                        const QDateTime &receivedBefore = {}) const override;
    void leaseDueAsync(const QDateTime &now, int limit, int leaseSeconds, QObject *context,
                       Callback<QList<DeliveryRecord>> then) override;
    QDateTime nextDueAt() const override;
    void recordAttemptAsync(const QString &deliveryId, const DeliveryAttempt &attempt,
                            DeliveryState newState, const QDateTime &nextAttemptAt,
                            const QString &lastError, const QStringList &openTextJobIds,
                            FollowUp followUp, QObject *context,
                            Callback<DeliveryRecord> then) override;
    void renewLeasesAsync(const QStringList &deliveryIds, const QDateTime &now,
                          int leaseSeconds) override;
    Result<int> releaseAllLeases() override;
    void deferTargetAsync(const QString &target, const QDateTime &until, const QDateTime &now,
                          const QStringList &leased) override;
    void releaseAsync(const QString &deliveryId, const QDateTime &dueAt) override;
    void setOpenTextStatesAsync(QList<OpenTextStateChange> changes, QObject *context,
                                Callback<OpenTextStatesWritten> then) override;
    std::optional<DeliveryRecord> delivery(const QString &id) const override;
    QHash<QString, qint64> countByState(const QString &target = {}) const override;
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

    // --- DeliveryStore ---
    QList<DeliveryRecord> deliveriesForEvent(const QUuid &eventId) const override;
    QList<DeliveryAttempt> attempts(const QString &deliveryId) const override;
    QList<DeliveryRecord> deadLetters(const QString &target, const QDateTime &since,
                                      int limit = 1000) const override;
    Result<QHash<QString, QHash<QString, qint64>>> openCountsByTarget() const override;
    Result<int> replay(const QStringList &deliveryIds, const QDateTime &now) override;
    Result<int> replayTarget(const QString &target, const QDateTime &since,
                             const QDateTime &now) override;
    Result<Acknowledgement> acknowledge(const QUuid &eventId, const Acknowledgement &ack) override;
    std::optional<Acknowledgement> acknowledgement(const QUuid &eventId) const override;
    QList<EscalationRecord> escalations(const QUuid &eventId) const override;
    Result<QList<DeliveryRecord>> leaseDue(const QDateTime &now, int limit,
                                           int leaseSeconds) override;
    Result<int> renewLeases(const QStringList &deliveryIds, const QDateTime &now,
                            int leaseSeconds) override;
    Result<void> recordAttempt(const QString &deliveryId, const DeliveryAttempt &attempt,
                               DeliveryState newState, const QDateTime &nextAttemptAt,
                               const QString &lastError,
                               const QStringList &openTextJobIds = {}) override;
    Result<int> deferTarget(const QString &target, const QDateTime &until, const QDateTime &now,
                            const QStringList &leased = {}) override;
    Result<void> release(const QString &deliveryId, const QDateTime &dueAt) override;
    Result<std::optional<DeliveryRecord>> setOpenTextState(const QString &jobId,
                                                           const QString &openTextState,
                                                           const QString &error = {}) override;

private:
    // The calling thread's read connection, or why there is none.
    Result<QSqlDatabase> reader() const;
    template<typename T> Result<T> write(const std::function<Result<T>(SqlWriteContext &)> &work);
    template<typename T>
    void writeAsync(std::function<Result<T>(SqlWriteContext &)> work, QObject *context,
                    Callback<T> then);

    SqlWriter *m_writer;
    std::shared_ptr<ThreadConnections> m_readers;
};

} // namespace OtBridge
