// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetsample.h"

#include "event/webhooksignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace OtBridge {

Result<HttpRequestSpec> sampleRequest(const HttpTargetConfig &target, const QUrl &sandboxUrl,
                                      const QDateTime &now)
{
    using R = Result<HttpRequestSpec>;
    const QString where = QObject::tr("target '%1'").arg(target.name);
    if (target.url.scheme() == QLatin1String("sandbox") && sandboxUrl.isEmpty())
        return R::failure(QObject::tr("%1 sends to the built-in sandbox, which is not running: "
                                      "OT Bridge starts it when the workspace it runs uses it")
                              .arg(where));
    const QUrl base = resolveSandboxUrl(target.url, sandboxUrl);

    HttpRequestSpec request;
    if (!target.preset.isEmpty()) {
        const HttpPresetInfo *preset = httpPreset(target.preset);
        if (!preset)
            return R::failure(QObject::tr("%1: there is no preset '%2'").arg(where, target.preset));
        auto built = buildPresetRequest(preset->preset, base, preset->sampleFields, where);
        if (!built)
            return R::failure(built.error());
        request = std::move(built).value();
    } else {
        if (!base.isValid() || base.host().isEmpty())
            return R::failure(QObject::tr("%1 needs the URL to send to").arg(where));
        request.method = target.method;
        request.url = base;
        request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
        // A GET or DELETE carries no body.
        if (request.method != "GET" && request.method != "DELETE") {
            const QJsonObject body {
                {QStringLiteral("type"), QStringLiteral("otbridge.test")},
                {QStringLiteral("target"), target.name},
                {QStringLiteral("message"),
                 QStringLiteral("Sent by the Test button of OT Bridge's Targets page.")},
                {QStringLiteral("sent_at"), now.toUTC().toString(Qt::ISODateWithMs)},
            };
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
    }
    // The target's own headers come after the preset's, as the dispatcher sends them.
    for (const auto &header : target.headers)
        request.headers.append(header);
    return request;
}

Result<HttpSendOptions> sendOptions(const HttpTargetConfig &target, const QString &signingSecret,
                                    const QString &authSecret)
{
    using R = Result<HttpSendOptions>;
    HttpSendOptions options;
    options.timeoutMs = target.timeoutMs;
    options.idempotencyKey = target.idempotencyKey;
    if (!target.signingSecretRef.isEmpty()) {
        if (signingSecret.isEmpty())
            return R::failure(QObject::tr("target '%1' signs its requests: enter its signing "
                                          "secret")
                                  .arg(target.name));
        auto key = StandardWebhooks::decodeSecret(signingSecret);
        if (!key)
            return R::failure(QObject::tr("the signing secret of target '%1' is not a Standard "
                                          "Webhooks secret: %2")
                                  .arg(target.name, key.error()));
        options.signingKey = key.value();
    }
    if (target.auth != HttpTargetConfig::Auth::None && authSecret.isEmpty())
        return R::failure(QObject::tr("target '%1' authenticates: enter its password, token or key")
                              .arg(target.name));
    switch (target.auth) {
    case HttpTargetConfig::Auth::None:
        break;
    case HttpTargetConfig::Auth::Basic:
        options.authorization
            = "Basic " + (target.authUser + QLatin1Char(':') + authSecret).toUtf8().toBase64();
        break;
    case HttpTargetConfig::Auth::Bearer:
        options.authorization = "Bearer " + authSecret.toUtf8();
        break;
    case HttpTargetConfig::Auth::Header:
        options.authHeaderName = target.authHeader;
        options.authHeaderValue = authSecret.toUtf8();
        break;
    }
    return options;
}

} // namespace OtBridge
