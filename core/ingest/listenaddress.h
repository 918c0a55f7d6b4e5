// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace OtBridge {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:8787", "[::1]:8787", "localhost:0" or ":8787" (loopback), as --listen takes it.
std::optional<ListenAddress> parseListenAddress(const QString &text);

} // namespace OtBridge
