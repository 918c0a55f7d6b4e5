// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/sourceconfig.h"
#include "event/event.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace OtBridge {

// What the Sources page's "Send a signed test" fires at POST /hooks/{source}: a small JSON
// document that says it is a test, with the headers a real sender of that source adds, made
// with the stored secret.
struct SourceTestRequest
{
    QByteArray body;
    HeaderList headers;
};

// secret: the source's keychain value; while a secret is rotated (several separated by white
// space) the first one signs. messageId: the Standard Webhooks webhook-id. Fails with words
// when the secret cannot sign (empty, or not a whsec_ secret for Standard Webhooks).
Result<SourceTestRequest> sourceTestRequest(const SourceConfig &source, const QString &secret,
                                            const QByteArray &messageId, const QDateTime &now);

} // namespace OtBridge
