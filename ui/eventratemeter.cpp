// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventratemeter.h"

#include <algorithm>

namespace OtBridge {

EventRateMeter::EventRateMeter(qint64 windowMs)
    : m_windowMs(std::max<qint64>(windowMs, 1000))
{ }

void EventRateMeter::add(int events, qint64 nowMs)
{
    if (events <= 0)
        return;
    if (m_startMs < 0)
        m_startMs = nowMs;
    m_batches.emplace_back(nowMs, events);
    prune(nowMs);
}

double EventRateMeter::ratePerSecond(qint64 nowMs)
{
    prune(nowMs);
    if (m_batches.empty())
        return 0.0;
    qint64 total = 0;
    for (const auto &[time, events] : m_batches)
        total += events;
    // At least a second, so the first batch does not read as thousands per second.
    const qint64 spanMs = std::clamp<qint64>(nowMs - m_startMs, 1000, m_windowMs);
    return double(total) * 1000.0 / double(spanMs);
}

void EventRateMeter::reset()
{
    m_batches.clear();
    m_startMs = -1;
}

void EventRateMeter::prune(qint64 nowMs)
{
    while (!m_batches.empty() && m_batches.front().first <= nowMs - m_windowMs)
        m_batches.pop_front();
}

} // namespace OtBridge
