// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace OtBridge {

// Events per second over a sliding window, fed with the console's batches. Times are
// milliseconds from any monotonic clock, so tests can drive it without waiting.
class EventRateMeter final
{
public:
    explicit EventRateMeter(qint64 windowMs = 5000);

    void add(int events, qint64 nowMs);
    double ratePerSecond(qint64 nowMs);
    void reset();

private:
    void prune(qint64 nowMs);

    qint64 m_windowMs;
    qint64 m_startMs = -1; // the first batch: a younger meter divides by less than a window
    std::deque<std::pair<qint64, int>> m_batches;
};

} // namespace OtBridge
