// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace OtBridge {

// The length of the well-formed UTF-8 sequence of two to four bytes at p (RFC 3629: no overlong
// forms, no surrogates, nothing beyond U+10FFFF), or 0. p < end; the bytes before end are read.
// The listener's JSON check and JsonReader both accept exactly this.
inline int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = *p;
    int more = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        more = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        more = 2;
        if (lead == 0xe0)
            low = 0xa0;
        else if (lead == 0xed)
            high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        more = 3;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (end - p <= more || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i <= more; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    }
    return more + 1;
}

} // namespace OtBridge
