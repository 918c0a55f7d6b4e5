// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncheck.h"

#include <QJsonDocument>
#include <QObject>

#include <algorithm>

namespace OtBridge {

JsonCheck JsonCheck::of(const QByteArray &body)
{
    JsonCheck check;
    if (body.trimmed().isEmpty()) {
        check.message = QObject::tr("the body is empty");
        return check;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        check.valid = true;
        return check;
    }
    // Qt reports the offset just past the character it stumbled on.
    check.offset = std::clamp<qsizetype>(error.offset - 1, 0, body.size());
    const QByteArray before = body.left(check.offset);
    check.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    check.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    check.message = QObject::tr("%1 at line %2, column %3")
                        .arg(error.errorString())
                        .arg(check.line)
                        .arg(check.column);
    return check;
}

} // namespace OtBridge
