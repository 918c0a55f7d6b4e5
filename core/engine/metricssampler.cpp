// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricssampler.h"

#include "config/rule.h"
#include "delivery/dispatcher.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <vector>

Q_LOGGING_CATEGORY(lcMetrics, "otbridge.metrics")

namespace OtBridge {

namespace {

// Nearest rank: the smallest sample with at least `percent` of them at or below it.
double percentile(const std::vector<qint64> &sorted, double percent)
{
    if (sorted.empty())
        return -1;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return double(sorted[size_t(std::clamp<qsizetype>(rank, 1, qsizetype(sorted.size())) - 1)]);
}

} // namespace

MetricsSampler::MetricsSampler(const Dispatcher *dispatcher, const DeliveryStore *deliveries,
                               QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_deliveries(deliveries)
    , m_timer(this)
{
    qRegisterMetaType<EngineMetrics>();
    m_clock.start();
    m_timer.setInterval(sampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { Q_EMIT sampled(sample(m_clock.elapsed())); });
}

MetricsSampler::~MetricsSampler() = default;

void MetricsSampler::start()
{
    if (m_startMs < 0)
        m_startMs = m_clock.elapsed();
    m_timer.start();
    // At once, not a sample interval later: a scrape right after the start gets every counter
    // and what waits, not a page that reads as nothing waiting.
    Q_EMIT sampled(sample(m_clock.elapsed()));
}

void MetricsSampler::handleAppended(const QList<AppendResult> &results)
{
    // What came from outside: the bridge's own events (delivery.dead, …) follow from those.
    const auto stored = std::count_if(results.cbegin(), results.cend(), [](const AppendResult &r) {
        return r.status == AppendStatus::Stored && !InternalEvent::isInternal(r.summary.source);
    });
    recordEvents(int(stored), m_clock.elapsed());
}

void MetricsSampler::handleAttemptRecorded(const DeliveryRecord &delivery)
{
    recordAttempt(delivery, m_clock.elapsed());
}

void MetricsSampler::recordEvents(int count, qint64 nowMs)
{
    if (count <= 0)
        return;
    if (m_startMs < 0)
        m_startMs = nowMs;
    m_events.emplace_back(nowMs, count);
    m_eventsTotal += count;
    prune(nowMs);
}

void MetricsSampler::recordAttempt(const DeliveryRecord &delivery, qint64 nowMs)
{
    if (m_startMs < 0)
        m_startMs = nowMs;
    TargetHistory &history = m_targetHistory[delivery.target];
    const QDateTime at
        = delivery.updatedAt.isValid() ? delivery.updatedAt : QDateTime::currentDateTimeUtc();
    if (delivery.state == DeliveryState::Delivered) {
        ++history.delivered;
        history.lastSuccessAt = at;
    } else {
        ++history.failedAttempts;
        history.lastErrorAt = at;
        history.lastError = delivery.lastError;
    }
    if (delivery.state == DeliveryState::Delivered) {
        m_delivered.push_back(nowMs);
        ++m_deliveredTotal;
        if (delivery.createdAt.isValid() && delivery.updatedAt.isValid()) {
            m_latencies.emplace_back(
                nowMs, std::max<qint64>(0, delivery.createdAt.msecsTo(delivery.updatedAt)));
            if (m_latencies.size() > size_t(maxLatencySamples))
                m_latencies.pop_front();
        }
    } else {
        m_failed.push_back(nowMs);
        ++m_failuresTotal;
    }
    prune(nowMs);
}

void MetricsSampler::prune(qint64 nowMs)
{
    const qint64 rateHorizon = nowMs - EngineMetrics::rateWindowMs;
    while (!m_events.empty() && m_events.front().first <= rateHorizon)
        m_events.pop_front();
    while (!m_delivered.empty() && m_delivered.front() <= rateHorizon)
        m_delivered.pop_front();
    while (!m_failed.empty() && m_failed.front() <= rateHorizon)
        m_failed.pop_front();
    const qint64 latencyHorizon = nowMs - EngineMetrics::latencyWindowMs;
    while (!m_latencies.empty() && m_latencies.front().first <= latencyHorizon)
        m_latencies.pop_front();
}

EngineMetrics MetricsSampler::sample(qint64 nowMs)
{
    prune(nowMs);
    EngineMetrics metrics;
    metrics.sampledAt = QDateTime::currentDateTimeUtc();
    // A young sampler divides by the time it has seen, but by at least a second, so its first
    // batch does not read as thousands per second.
    const qint64 spanMs = m_startMs < 0
        ? EngineMetrics::rateWindowMs
        : std::clamp<qint64>(nowMs - m_startMs, 1000, EngineMetrics::rateWindowMs);
    const auto perSecond = [spanMs](qint64 count) {
        return double(count) * 1000.0 / double(spanMs);
    };
    qint64 events = 0;
    for (const auto &[time, count] : m_events)
        events += count;
    metrics.eventsPerSecond = perSecond(events);
    metrics.deliveriesPerSecond = perSecond(qint64(m_delivered.size()));
    metrics.failuresPerSecond = perSecond(qint64(m_failed.size()));

    std::vector<qint64> latencies;
    latencies.reserve(m_latencies.size());
    for (const auto &[time, latency] : m_latencies)
        latencies.push_back(latency);
    std::sort(latencies.begin(), latencies.end());
    metrics.latencySamples = int(latencies.size());
    metrics.latencyP50Ms = percentile(latencies, 50);
    metrics.latencyP99Ms = percentile(latencies, 99);

    metrics.eventsTotal = m_eventsTotal;
    metrics.deliveredTotal = m_deliveredTotal;
    metrics.failuresTotal = m_failuresTotal;

    if (m_dispatcher) {
        for (const TargetBreaker &breaker : m_dispatcher->breakerStates()) {
            TargetMetrics target;
            target.target = breaker.target;
            target.breaker = breaker.state;
            target.consecutiveFailures = breaker.consecutiveFailures;
            metrics.targets.append(target);
        }
    }
    countDeliveries(&metrics.targets);
    for (TargetMetrics &target : metrics.targets) {
        const auto it = m_targetHistory.constFind(target.target);
        if (it == m_targetHistory.cend())
            continue;
        target.delivered = it->delivered;
        target.failedAttempts = it->failedAttempts;
        target.lastSuccessAt = it->lastSuccessAt;
        target.lastErrorAt = it->lastErrorAt;
        target.lastError = it->lastError;
    }
    return metrics;
}

bool MetricsSampler::countDeliveries(QList<TargetMetrics> *targets)
{
    if (!m_deliveries)
        return false;
    // A sample that cannot count logs why, and the next one tries again.
    const auto counts = m_deliveries->openCountsByTarget();
    if (!counts) {
        qCWarning(lcMetrics).noquote() << "cannot count deliveries:" << counts.error();
        return false;
    }
    QStringList names = counts->keys();
    names.sort(); // a target no longer in the workspace comes in the same place every time
    for (const QString &name : std::as_const(names)) {
        const QHash<QString, qint64> byState = counts->value(name);
        auto it = std::find_if(targets->begin(), targets->end(),
                               [&name](const TargetMetrics &t) { return t.target == name; });
        if (it == targets->end()) {
            // A target no longer in the workspace that still has deliveries: shown too.
            TargetMetrics removed;
            removed.target = name;
            targets->append(removed);
            it = targets->end() - 1;
        }
        it->pending = byState.value(QStringLiteral("pending"));
        it->retrying = byState.value(QStringLiteral("retrying"));
        it->dead = byState.value(QStringLiteral("dead"));
    }
    return true;
}

} // namespace OtBridge
