// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

namespace OtBridge {

namespace {
struct StateName
{
    EventState state;
    const char *name;
};
constexpr StateName stateNames[] = {
    {EventState::Received, "received"},         {EventState::Routed, "routed"},
    {EventState::Delivered, "delivered"},       {EventState::Failed, "failed"},
    {EventState::Acknowledged, "acknowledged"},
};
} // namespace

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString eventStateName(EventState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("received");
}

EventState eventStateFromName(const QString &name, bool *ok)
{
    for (const StateName &entry : stateNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.state;
        }
    }
    if (ok)
        *ok = false;
    return EventState::Received;
}

} // namespace OtBridge
