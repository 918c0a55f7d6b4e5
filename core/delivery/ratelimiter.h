// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace OtBridge {

// A token bucket per target: `burst` calls at once, then `perSecond` on average. Time comes
// in as milliseconds of a monotonic clock (QElapsedTimer / QDeadlineTimer), so tests control it.
class RateLimiter final
{
public:
    RateLimiter() = default; // unlimited
    RateLimiter(double perSecond, int burst);

    bool isLimited() const { return m_perSecond > 0; }
    // Takes a token if one is there.
    bool tryAcquire(qint64 nowMs);
    // Milliseconds until a token will be there (0: now).
    qint64 waitMs(qint64 nowMs) const;

private:
    void refill(qint64 nowMs);

    double m_perSecond = 0; // 0: unlimited
    double m_burst = 1;
    double m_tokens = 1;
    qint64 m_lastMs = -1;
};

} // namespace OtBridge
