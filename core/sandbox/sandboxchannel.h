// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OtBridge {

// The sandbox's own channel list: it must not depend on the client it is there to test.
enum class SandboxChannel { Email, Sms, Fax, WhatsApp };

// What a submit endpoint accepts; both WhatsApp endpoints make WhatsApp jobs.
enum class SandboxSubmitKind { Email, Sms, Fax, WhatsAppMessage, WhatsAppTemplate };

SandboxChannel channelOf(SandboxSubmitKind kind);
// "email", "sms", "fax", "whatsapp": the inbox's channel and a destination's address key.
QString channelName(SandboxChannel channel);

} // namespace OtBridge
