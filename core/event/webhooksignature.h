// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>

namespace OtBridge {

// Standard Webhooks signatures (https://www.standardwebhooks.com): the signed content is
// "{webhook-id}.{webhook-timestamp}.{body}", HMAC-SHA256 with the secret's bytes, sent as
// "v1,<base64>". Signing serves outbound HTTP targets; verifying serves inbound sources.
namespace StandardWebhooks {

// "whsec_<base64>" (or bare base64) to the key bytes.
Result<QByteArray> decodeSecret(const QString &secret);
// The value of the webhook-signature header: "v1,<base64 of the HMAC>".
QByteArray sign(const QByteArray &key, const QByteArray &id, qint64 timestamp,
                const QByteArray &body);

enum class Verdict {
    Valid,
    SignatureMismatch, // also for a missing or malformed header: nothing tells which part failed
    TimestampOutsideTolerance,
};
// signatures: the webhook-signature header, one or more space-separated "v1,<base64>" (several
// while a secret is rotated). Compares in constant time. Tolerance applies both ways.
Verdict verify(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp,
               const QByteArray &signatures, const QByteArray &body, const QDateTime &now,
               int toleranceSeconds = 300);

// Equal in time that depends only on the lengths, never on where the bytes differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace StandardWebhooks

} // namespace OtBridge
