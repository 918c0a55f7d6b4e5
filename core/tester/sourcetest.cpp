// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetest.h"

#include "tester/requestsigning.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

namespace OtBridge {

Result<SourceTestRequest> sourceTestRequest(const SourceConfig &source, const QString &secret,
                                            const QByteArray &messageId, const QDateTime &now)
{
    using R = Result<SourceTestRequest>;
    SourceTestRequest request;
    request.body
        = QJsonDocument(QJsonObject {
                            {QStringLiteral("type"), QStringLiteral("otbridge.test")},
                            {QStringLiteral("source"), source.name},
                            {QStringLiteral("message"),
                             QStringLiteral("A signed test from OT Bridge's Sources page.")},
                            {QStringLiteral("sent_at"), now.toUTC().toString(Qt::ISODateWithMs)},
                        })
              .toJson(QJsonDocument::Compact);
    request.headers = {{"Content-Type", "application/json"}};

    const SourceAuth &auth = source.auth;
    if (auth.kind == SourceAuth::Kind::None)
        return request;
    const QString first
        = secret.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).value(0);
    if (first.isEmpty())
        return R::failure(QObject::tr("source '%1' has no secret to sign with: enter it and save")
                              .arg(source.name));

    RequestSigning signing;
    signing.secret = first;
    switch (auth.kind) {
    case SourceAuth::Kind::None:
        break;
    case SourceAuth::Kind::StandardWebhooks:
        signing.kind = RequestSigning::Kind::StandardWebhooks;
        break;
    case SourceAuth::Kind::GitHub:
        signing.kind = RequestSigning::Kind::GitHub;
        break;
    case SourceAuth::Kind::Stripe:
        signing.kind = RequestSigning::Kind::Stripe;
        break;
    case SourceAuth::Kind::Basic:
        request.headers.append(
            {"Authorization",
             "Basic " + (auth.user + QLatin1Char(':') + first).toUtf8().toBase64()});
        return request;
    case SourceAuth::Kind::Bearer:
        request.headers.append({"Authorization", "Bearer " + first.toUtf8()});
        return request;
    case SourceAuth::Kind::ApiKey:
        request.headers.append({auth.header, first.toUtf8()});
        return request;
    }
    auto headers = signing.sign(request.headers, request.body, messageId, now.toSecsSinceEpoch());
    if (!headers)
        return R::failure(QObject::tr("source '%1': cannot sign with its secret: %2")
                              .arg(source.name, headers.error()));
    request.headers = std::move(headers).value();
    return request;
}

} // namespace OtBridge
