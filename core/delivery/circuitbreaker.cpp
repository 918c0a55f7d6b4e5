// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"

namespace OtBridge {

CircuitBreaker::CircuitBreaker(int failures, int openSeconds)
    : m_threshold(qMax(0, failures))
    , m_openSeconds(qMax(1, openSeconds))
{ }

bool CircuitBreaker::allow(const QDateTime &now)
{
    switch (state(now)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_trialInFlight = false;
    m_openedAt = QDateTime();
}

void CircuitBreaker::recordFailure(const QDateTime &now)
{
    ++m_failures;
    if (m_threshold == 0)
        return;
    if (m_open) {
        // A call that started before the breaker opened may fail late: it says nothing new and
        // must not stretch the pause. Only the half-open trial's failure opens it again.
        if (m_trialInFlight || state(now) == State::HalfOpen) {
            m_openedAt = now;
            m_trialInFlight = false;
        }
        return;
    }
    if (m_failures >= m_threshold) {
        m_open = true;
        m_openedAt = now;
        m_trialInFlight = false;
    }
}

CircuitBreaker::State CircuitBreaker::state(const QDateTime &now) const
{
    if (m_threshold == 0 || !m_open)
        return State::Closed;
    return now < retryAt() ? State::Open : State::HalfOpen;
}

QDateTime CircuitBreaker::retryAt() const
{
    return m_open ? m_openedAt.addSecs(m_openSeconds) : QDateTime();
}

QString circuitStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return QStringLiteral("closed");
}

} // namespace OtBridge
