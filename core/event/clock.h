// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace OtBridge {

// The wall clock the dispatcher and routing read "now" from. By default it is the system's;
// a clock made with startingAt() runs at real speed from another moment, so that a test (or
// a demo) can stand a minute before a quiet period ends or a day before a deadline without
// waiting for it (EngineOptions::clockStart, OTBRIDGE_CLOCK_START headless). A value: copies
// read the same time, from any thread.
class Clock final
{
public:
    Clock() = default;
    static Clock startingAt(const QDateTime &start)
    {
        Clock clock;
        if (start.isValid())
            clock.m_offsetMs = start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
        return clock;
    }

    QDateTime now() const
    {
        return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs,
                                              Qt::UTC);
    }
    bool isSystem() const { return m_offsetMs == 0; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace OtBridge
