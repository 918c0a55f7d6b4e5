// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OtBridge {

// The OpenText Notifications channels (docs/opentext-notifications-api.md).
enum class OpenTextChannel { Email, Sms, Fax, WhatsApp };

QString channelName(OpenTextChannel channel); // "email", "sms", "fax", "whatsapp"
// The key a destination's address goes under: "email", "sms", "fax", "whatsapp".
QString addressKey(OpenTextChannel channel);

} // namespace OtBridge
