// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OtBridge {

// How an SMS text is counted (GSM 03.38): the rule designer's preview shows the size the
// sandbox's inbox (and OpenText) report for the same text. A fact of the SMS standard, not of
// the client, so the sandbox shares it.
struct SmsSize
{
    bool gsm7 = true; // false: UCS-2, because a character is outside GSM 03.38
    int length = 0; // septets for GSM-7 (an escaped character counts two), UTF-16 units else
    int segments = 1;
};
SmsSize measureSms(const QString &text);

} // namespace OtBridge
