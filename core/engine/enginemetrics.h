// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/circuitbreaker.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace OtBridge {

// One target at the time of a sample: its circuit breaker and the deliveries waiting for it or
// given up on.
struct TargetMetrics
{
    QString target;
    CircuitBreaker::State breaker = CircuitBreaker::State::Closed;
    int consecutiveFailures = 0;
    qint64 pending = 0;
    qint64 retrying = 0;
    qint64 dead = 0;
    // Since the engine started: deliveries the target took, attempts that failed, and when
    // the last of each happened (with the last failure's words).
    qint64 delivered = 0;
    qint64 failedAttempts = 0;
    QDateTime lastSuccessAt;
    QDateTime lastErrorAt;
    QString lastError;

    friend bool operator==(const TargetMetrics &a, const TargetMetrics &b)
    {
        return a.target == b.target && a.breaker == b.breaker
            && a.consecutiveFailures == b.consecutiveFailures && a.pending == b.pending
            && a.retrying == b.retrying && a.dead == b.dead && a.delivered == b.delivered
            && a.failedAttempts == b.failedAttempts && a.lastSuccessAt == b.lastSuccessAt
            && a.lastErrorAt == b.lastErrorAt && a.lastError == b.lastError;
    }
    friend bool operator!=(const TargetMetrics &a, const TargetMetrics &b) { return !(a == b); }
};

// What the engine did lately, as a value: sampled about once a second on the delivery thread
// and handed to whoever shows it (Engine::metricsSampled).
struct EngineMetrics
{
    QDateTime sampledAt;
    // Over the last rateWindowMs: events received and stored (duplicates, refusals and the
    // bridge's own events such as delivery.dead not counted),
    // deliveries the target took, and attempts that failed (to be retried, or given up).
    double eventsPerSecond = 0;
    double deliveriesPerSecond = 0;
    double failuresPerSecond = 0;
    // From routing to the target taking it, of the deliveries delivered within the last
    // latencyWindowMs (retries included: a delivery that needed three attempts took that long).
    // Negative when none was delivered in that time.
    double latencyP50Ms = -1;
    double latencyP99Ms = -1;
    int latencySamples = 0;
    // Since the engine started.
    qint64 eventsTotal = 0;
    qint64 deliveredTotal = 0;
    qint64 failuresTotal = 0;
    // The workspace's targets in its order, then any other target that still has deliveries.
    QList<TargetMetrics> targets;

    static constexpr qint64 rateWindowMs = 5'000;
    static constexpr qint64 latencyWindowMs = 60'000;

    bool hasLatency() const { return latencySamples > 0; }
    const TargetMetrics *target(const QString &name) const;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::EngineMetrics)
