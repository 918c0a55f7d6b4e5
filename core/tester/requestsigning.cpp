// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestsigning.h"

#include "event/webhooksignature.h"

#include <QMessageAuthenticationCode>
#include <QObject>

namespace OtBridge {

namespace {

QByteArray hmacHex(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex();
}

void setHeader(HeaderList *headers, const QByteArray &name, const QByteArray &value)
{
    headers->removeIf([&](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers->append({name, value});
}

} // namespace

QString RequestSigning::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::StandardWebhooks:
        return QStringLiteral("standard-webhooks");
    case Kind::GitHub:
        return QStringLiteral("github");
    case Kind::Stripe:
        return QStringLiteral("stripe");
    }
    return {};
}

RequestSigning::Kind RequestSigning::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::StandardWebhooks, Kind::GitHub, Kind::Stripe}) {
        if (kindName(kind) == name)
            return kind;
    }
    return Kind::None;
}

Result<void> RequestSigning::validate() const
{
    if (kind == Kind::None)
        return {};
    if (secret.isEmpty())
        return Result<void>::failure(QObject::tr("enter the secret to sign with"));
    if (kind == Kind::StandardWebhooks) {
        const auto key = StandardWebhooks::decodeSecret(secret);
        if (!key)
            return Result<void>::failure(key.error());
    }
    return {};
}

Result<HeaderList> RequestSigning::sign(const HeaderList &headers, const QByteArray &body,
                                        const QByteArray &messageId, qint64 timestamp) const
{
    using R = Result<HeaderList>;
    if (const Result<void> valid = validate(); !valid)
        return R::failure(valid.error());
    HeaderList signedHeaders = headers;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::StandardWebhooks: {
        const QByteArray key = StandardWebhooks::decodeSecret(secret).value();
        QByteArray id = headerValue(headers, "webhook-id");
        if (id.isEmpty())
            id = messageId;
        setHeader(&signedHeaders, "webhook-id", id);
        setHeader(&signedHeaders, "webhook-timestamp", QByteArray::number(timestamp));
        setHeader(&signedHeaders, "webhook-signature",
                  StandardWebhooks::sign(key, id, timestamp, body));
        break;
    }
    case Kind::GitHub:
        setHeader(&signedHeaders, "X-Hub-Signature-256", gitHubSignature(secret.toUtf8(), body));
        break;
    case Kind::Stripe:
        setHeader(&signedHeaders, "Stripe-Signature",
                  stripeSignature(secret.toUtf8(), timestamp, body));
        break;
    }
    return signedHeaders;
}

QByteArray gitHubSignature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256=" + hmacHex(secret, body);
}

QByteArray stripeSignature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    const QByteArray seconds = QByteArray::number(timestamp);
    return "t=" + seconds + ",v1=" + hmacHex(secret, seconds + '.' + body);
}

} // namespace OtBridge
