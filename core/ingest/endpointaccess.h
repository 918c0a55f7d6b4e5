// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace OtBridge {

// Who may read an operational endpoint (/health, /metrics): nobody (it answers 404 as if it
// were not there), anyone who can reach the listener, or whoever sends the API token.
enum class EndpointAccess { Off, Open, Token };

inline std::optional<EndpointAccess> parseEndpointAccess(QStringView text)
{
    if (text == QLatin1String("off"))
        return EndpointAccess::Off;
    if (text == QLatin1String("open"))
        return EndpointAccess::Open;
    if (text == QLatin1String("token"))
        return EndpointAccess::Token;
    return std::nullopt;
}

inline QString endpointAccessName(EndpointAccess access)
{
    switch (access) {
    case EndpointAccess::Off:
        return QStringLiteral("off");
    case EndpointAccess::Open:
        return QStringLiteral("open");
    case EndpointAccess::Token:
        break;
    }
    return QStringLiteral("token");
}

} // namespace OtBridge
