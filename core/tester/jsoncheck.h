// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace OtBridge {

// Whether a body is JSON, and if not, where it goes wrong, for the message under the tester's
// body editor.
struct JsonCheck
{
    bool valid = false;
    qsizetype offset = -1; // of the error, in bytes
    int line = 0; // of the error, from 1
    int column = 0; // of the error, from 1, in characters
    QString message; // "unterminated object at line 3, column 1", or empty when valid

    static JsonCheck of(const QByteArray &body);
};

} // namespace OtBridge
