// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retryafter.h"

#include <QLocale>

#include <limits>

namespace OtBridge {

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    // HTTP dates are in GMT; Qt's RFC 2822 parser wants that as an offset.
    QString text = QString::fromLatin1(trimmed).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", the form senders must use.
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // asctime, "Sun Nov 6 08:49:37 1994", which recipients must still accept.
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    return int(qBound(qint64(0), now.secsTo(when), qint64(std::numeric_limits<int>::max())));
}

} // namespace OtBridge
