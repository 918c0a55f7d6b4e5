// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetimetext.h"

#include <QLocale>

namespace OtBridge::DateTimeText {

QString shortText(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat)
                            : QString();
}

QString shortTime(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat)
                            : QString();
}

QString isoText(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    QDateTime local = moment.toLocalTime();
    // With the offset, so the tooltip names the moment wherever it is read.
    local.setOffsetFromUtc(local.offsetFromUtc());
    return local.toString(Qt::ISODateWithMs);
}

} // namespace OtBridge::DateTimeText
