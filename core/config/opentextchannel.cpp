// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextchannel.h"

namespace OtBridge {

QString channelName(OpenTextChannel channel)
{
    switch (channel) {
    case OpenTextChannel::Email:
        return QStringLiteral("email");
    case OpenTextChannel::Sms:
        return QStringLiteral("sms");
    case OpenTextChannel::Fax:
        return QStringLiteral("fax");
    case OpenTextChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    return QString();
}

QString addressKey(OpenTextChannel channel)
{
    // Today the address key and the channel name coincide; they are separate names because
    // the contract defines them separately (a future "push" channel keys on a device token).
    return channelName(channel);
}

} // namespace OtBridge
