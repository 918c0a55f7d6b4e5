// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smssize.h"

namespace OtBridge {

namespace {

// A segment of a concatenated SMS loses room to its user data header.
constexpr int gsm7Single = 160;
constexpr int gsm7Part = 153;
constexpr int ucs2Single = 70;
constexpr int ucs2Part = 67;

bool isGsm7Basic(char16_t c)
{
    static const QString basic
        = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return basic.contains(QChar(c));
}

bool isGsm7Extension(char16_t c)
{
    static const QString extension = QStringLiteral("^{}\\[~]|€\f");
    return extension.contains(QChar(c));
}

} // namespace

SmsSize measureSms(const QString &text)
{
    SmsSize size;
    int septets = 0;
    for (const QChar c : text) {
        if (isGsm7Basic(c.unicode())) {
            septets += 1;
        } else if (isGsm7Extension(c.unicode())) {
            septets += 2; // escape + character
        } else {
            size.gsm7 = false;
            break;
        }
    }
    size.length = size.gsm7 ? septets : int(text.size());
    const int single = size.gsm7 ? gsm7Single : ucs2Single;
    const int part = size.gsm7 ? gsm7Part : ucs2Part;
    size.segments = size.length <= single ? 1 : (size.length + part - 1) / part;
    return size;
}

} // namespace OtBridge
