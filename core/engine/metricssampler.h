// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginemetrics.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <utility>

namespace OtBridge {

class Dispatcher;

// Turns the engine's streams into an EngineMetrics value about once a second. Lives on the
// delivery thread next to the dispatcher (its breakers are only ever touched there); counts
// what waits or died per target with one query of the store on this thread
// (DeliveryStore::openCountsByTarget), so the GUI thread never runs SQL for the dashboard. Times
// are milliseconds of a monotonic clock, passed in by the record/sample functions so tests drive
// them without waiting.
class MetricsSampler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsSampler)

public:
    static constexpr int sampleIntervalMs = 1000;
    // Enough for a minute at a sustained ~160 deliveries/s; above that the oldest go first,
    // which shortens the latency window rather than grow memory.
    static constexpr int maxLatencySamples = 10'000;

    // dispatcher: whose breakers to read (may be null: no breakers); deliveries: the store
    // whose deliveries are counted (may be null: no counts), read on this sampler's thread.
    MetricsSampler(const Dispatcher *dispatcher, const DeliveryStore *deliveries,
                   QObject *parent = nullptr);
    ~MetricsSampler() override;

    // Starts sampling on a timer; call on the thread the sampler lives on.
    void start();

    void recordEvents(int count, qint64 nowMs);
    void recordAttempt(const DeliveryRecord &delivery, qint64 nowMs);
    // Rates and latency as of nowMs, breakers and counts as they are now.
    EngineMetrics sample(qint64 nowMs);

    // Connected to EventStore::appended and Dispatcher::attemptRecorded.
    void handleAppended(const QList<OtBridge::AppendResult> &results);
    void handleAttemptRecorded(const OtBridge::DeliveryRecord &delivery);

Q_SIGNALS:
    void sampled(const OtBridge::EngineMetrics &metrics);

private:
    void prune(qint64 nowMs);
    // pending, retrying and dead per target, by name; false when the store cannot be read.
    bool countDeliveries(QList<TargetMetrics> *targets);

    QPointer<const Dispatcher> m_dispatcher;
    const DeliveryStore *m_deliveries;
    QTimer m_timer;
    QElapsedTimer m_clock;
    // (time, count) of stored events; times of delivered attempts and of failed ones;
    // (time, latency) of deliveries delivered.
    std::deque<std::pair<qint64, int>> m_events;
    std::deque<qint64> m_delivered;
    std::deque<qint64> m_failed;
    std::deque<std::pair<qint64, qint64>> m_latencies;
    qint64 m_startMs = -1;
    qint64 m_eventsTotal = 0;
    qint64 m_deliveredTotal = 0;
    qint64 m_failuresTotal = 0;
    struct TargetHistory
    {
        qint64 delivered = 0;
        qint64 failedAttempts = 0;
        QDateTime lastSuccessAt;
        QDateTime lastErrorAt;
        QString lastError;
    };
    QHash<QString, TargetHistory> m_targetHistory; // by target, since start
};

} // namespace OtBridge
