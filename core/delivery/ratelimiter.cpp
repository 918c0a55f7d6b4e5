// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace OtBridge {

namespace {

// Tokens are fractions; a refill computed as 0.999999… for a whole token must still count.
constexpr double epsilon = 1e-9;

} // namespace

RateLimiter::RateLimiter(double perSecond, int burst)
    : m_perSecond(std::isfinite(perSecond) ? qMax(0.0, perSecond) : 0.0)
    , m_burst(qMax(1, burst))
    , m_tokens(m_burst)
{ }

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs < 0 || nowMs < m_lastMs) {
        // First use, or a clock that went back: start counting from here.
        m_lastMs = nowMs;
        return;
    }
    m_tokens = qMin(m_burst, m_tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0);
    m_lastMs = nowMs;
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    if (!isLimited())
        return true;
    refill(nowMs);
    if (m_tokens + epsilon < 1.0)
        return false;
    m_tokens = qMax(0.0, m_tokens - 1.0);
    return true;
}

qint64 RateLimiter::waitMs(qint64 nowMs) const
{
    if (!isLimited())
        return 0;
    double tokens = m_tokens;
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        tokens = qMin(m_burst, tokens + double(nowMs - m_lastMs) * m_perSecond / 1000.0);
    if (tokens + epsilon >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - tokens) * 1000.0 / m_perSecond - epsilon));
}

} // namespace OtBridge
