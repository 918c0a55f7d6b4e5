// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxchannel.h"

namespace OtBridge {

SandboxChannel channelOf(SandboxSubmitKind kind)
{
    switch (kind) {
    case SandboxSubmitKind::Email:
        return SandboxChannel::Email;
    case SandboxSubmitKind::Sms:
        return SandboxChannel::Sms;
    case SandboxSubmitKind::Fax:
        return SandboxChannel::Fax;
    case SandboxSubmitKind::WhatsAppMessage:
    case SandboxSubmitKind::WhatsAppTemplate:
        return SandboxChannel::WhatsApp;
    }
    return SandboxChannel::Email;
}

QString channelName(SandboxChannel channel)
{
    switch (channel) {
    case SandboxChannel::Email:
        return QStringLiteral("email");
    case SandboxChannel::Sms:
        return QStringLiteral("sms");
    case SandboxChannel::Fax:
        return QStringLiteral("fax");
    case SandboxChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    return {};
}

} // namespace OtBridge
