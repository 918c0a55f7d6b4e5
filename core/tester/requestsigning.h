// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace OtBridge {

// How the tester signs what it fires, the way a source's sender would, so a source configured
// with "auth" (core/ingest/sourceauth) accepts it. The secret is kept in memory only.
struct RequestSigning
{
    enum class Kind {
        None,
        StandardWebhooks, // webhook-id, webhook-timestamp, webhook-signature: v1,<base64>
        GitHub, // X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>
        Stripe, // Stripe-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">
    };

    Kind kind = Kind::None;
    QString secret; // whsec_… for Standard Webhooks, the shared secret's text otherwise

    // The stable names used in the history ("standard-webhooks", "github", "stripe", "").
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    // Checks the secret can sign (a Standard Webhooks secret must be whsec_ + base64).
    Result<void> validate() const;

    // headers with this signing's headers set (replacing any of the same name). messageId is
    // the webhook-id for Standard Webhooks; a webhook-id already in headers is kept and signed
    // instead. timestamp is seconds since the epoch.
    Result<HeaderList> sign(const HeaderList &headers, const QByteArray &body,
                            const QByteArray &messageId, qint64 timestamp) const;
};

// GitHub's X-Hub-Signature-256 value for body: "sha256=" and the lower-case hex HMAC-SHA256.
QByteArray gitHubSignature(const QByteArray &secret, const QByteArray &body);
// A Stripe-Signature value: "t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>">".
QByteArray stripeSignature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::RequestSigning)
