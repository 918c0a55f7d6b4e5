// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace OtBridge {

// A request as a curl command line that a POSIX shell runs unchanged: every argument is single
// quoted, so '$', '`', '!' and newlines in a body or header arrive as they were. Bodies that are
// not valid UTF-8 go through --data-binary @- from a printf of octal escapes, so no byte is lost.
// Header values are copied as given; callers pass stored headers, which are already redacted.
QString curlCommand(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                    const QByteArray &body);

// One argument quoted for a POSIX shell.
QString shellQuoted(const QString &argument);

} // namespace OtBridge
