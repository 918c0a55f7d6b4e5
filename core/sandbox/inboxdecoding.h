// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/smssize.h"
#include "sandboxchannel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace OtBridge {

// The inbox's decoded view of a submit, so a UI never decodes base64 itself:
// email {subject, from_display_name, text, html, attachments[{name, type, bytes}]},
// sms {text, encoding, length, segments}, fax {documents[{name, type, pages, bytes}],
// coversheet}, whatsapp {kind, text | template_id, language_code, parameters | ...}.
QJsonObject decodedSubmit(SandboxChannel channel, const QJsonObject &request);

// PDFs: the number of /Type /Page objects; text: one page per 60 lines; else, and at least, 1.
int faxPageCount(const QByteArray &content, const QString &type, const QString &name);

} // namespace OtBridge
