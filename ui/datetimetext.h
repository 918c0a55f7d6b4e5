// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace OtBridge {

// One way to show a moment on every page: the locale's short date and time, in local time
// (12/06/2026 14:03 in English, 06.12.26 14:03 in German); the exact ISO 8601 time with its
// offset and milliseconds goes in the tooltip. An invalid time shows as nothing.
namespace DateTimeText {

QString shortText(const QDateTime &moment);
// The time of day alone in the locale's short format, for lists of what happened today.
QString shortTime(const QDateTime &moment);
// 2026-12-06T14:03:07.512+01:00
QString isoText(const QDateTime &moment);

} // namespace DateTimeText

} // namespace OtBridge
