// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace OtBridge {

// A Retry-After header value as seconds from now: delay-seconds or an HTTP-date
// (RFC 9110, 10.2.3). nullopt when it is absent or unreadable; a date in the past is 0.
std::optional<int> parseRetryAfter(const QByteArray &value,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace OtBridge
