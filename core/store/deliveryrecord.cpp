// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/deliveryrecord.h"

namespace OtBridge {

namespace {

struct StateName
{
    DeliveryState state;
    const char *name;
};

constexpr StateName stateNames[] = {
    {DeliveryState::Pending, "pending"},     {DeliveryState::Retrying, "retrying"},
    {DeliveryState::Delivered, "delivered"}, {DeliveryState::Dead, "dead"},
    {DeliveryState::Cancelled, "cancelled"},
};

} // namespace

QString deliveryStateName(DeliveryState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("pending");
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    for (const StateName &entry : stateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QStringList deliveryStateNames()
{
    QStringList names;
    for (const StateName &entry : stateNames)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

} // namespace OtBridge
