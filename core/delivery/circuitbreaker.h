// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace OtBridge {

// One target's circuit breaker. Closed: calls go through and consecutive failures are
// counted. After `failures` of them it opens: no calls until openSeconds have passed. Then it
// is half-open: one trial call goes through; success closes it, failure opens it again.
// A plain value used from the dispatcher's thread; time is passed in so tests control it.
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker() = default;
    CircuitBreaker(int failures, int openSeconds);

    // May a call start now? In HalfOpen, true once until the trial's outcome is recorded.
    bool allow(const QDateTime &now);
    void recordSuccess();
    void recordFailure(const QDateTime &now);

    State state(const QDateTime &now) const;
    // When an Open breaker lets a trial through; invalid when it is not open.
    QDateTime retryAt() const;
    int consecutiveFailures() const { return m_failures; }

private:
    int m_threshold = 5; // 0: never opens
    int m_openSeconds = 30;
    int m_failures = 0;
    bool m_open = false;
    bool m_trialInFlight = false;
    QDateTime m_openedAt;
};

QString circuitStateName(CircuitBreaker::State state); // "closed", "open", "half_open"

} // namespace OtBridge
