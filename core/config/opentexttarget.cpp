// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentexttarget.h"

#include <QObject>

namespace OtBridge {

namespace {

QUrl httpUrl(const QJsonObject &json, QLatin1String key)
{
    return QUrl(json.value(key).toString(), QUrl::StrictMode);
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QList<OpenTextTarget::Region> OpenTextTarget::regions()
{
    return {
        {QStringLiteral("United States"),
         QUrl(QStringLiteral("https://t2api.us.cloudmessaging.opentext.com/mra/v1")),
         QUrl(QStringLiteral("https://us.api.opentext.com"))},
        {QStringLiteral("Europe"),
         QUrl(QStringLiteral("https://api.eu.cloudmessaging.opentext.com/mra/v1")),
         QUrl(QStringLiteral("https://eu.api.opentext.com"))},
        {QStringLiteral("Australia"),
         QUrl(QStringLiteral("https://api.au.cloudmessaging.opentext.com/mra/v1")),
         QUrl(QStringLiteral("https://au.api.opentext.com"))},
    };
}

QUrl OpenTextTarget::tokenUrl() const
{
    QUrl url = authUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/tenants/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(tenantId))
                    + QLatin1String("/oauth2/token"),
                QUrl::TolerantMode);
    return url;
}

QJsonObject OpenTextTarget::toJson() const
{
    QJsonObject json {
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("opentext")},
    };
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    if (sandbox) {
        json.insert(QStringLiteral("sandbox"), true);
    } else {
        json.insert(QStringLiteral("messaging_url"), messagingUrl.toString());
        json.insert(QStringLiteral("auth"),
                    auth == Auth::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("basic"));
        if (auth == Auth::OAuth2) {
            json.insert(QStringLiteral("auth_url"), authUrl.toString());
            json.insert(QStringLiteral("tenant_id"), tenantId);
            json.insert(QStringLiteral("client_id"), clientId);
        } else {
            json.insert(QStringLiteral("user"), user);
        }
        json.insert(QStringLiteral("secret_ref"), secretRef);
    }
    if (maxDestinationsPerJob != 10)
        json.insert(QStringLiteral("max_destinations_per_job"), maxDestinationsPerJob);
    if (timeoutMs != 30000)
        json.insert(QStringLiteral("timeout_ms"), timeoutMs);
    const QJsonObject policy = delivery.toJson();
    if (!policy.isEmpty())
        json.insert(QStringLiteral("delivery"), policy);
    return json;
}

Result<OpenTextTarget> OpenTextTarget::fromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<OpenTextTarget>;
    OpenTextTarget target;
    target.name = json.value(QLatin1String("name")).toString();
    target.title = json.value(QLatin1String("title")).toString();
    const QString named = QStringLiteral("%1 ('%2')").arg(where, target.name);
    target.sandbox = json.value(QLatin1String("sandbox")).toBool(false);

    const QJsonValue maxDestinations = json.value(QLatin1String("max_destinations_per_job"));
    if (!maxDestinations.isUndefined()) {
        target.maxDestinationsPerJob = maxDestinations.toInt(0);
        if (target.maxDestinationsPerJob < 1 || target.maxDestinationsPerJob > 1000)
            return R::failure(
                QObject::tr("%1: max_destinations_per_job must be a number from 1 to 1000")
                    .arg(named));
    }
    const QJsonValue timeout = json.value(QLatin1String("timeout_ms"));
    if (!timeout.isUndefined()) {
        target.timeoutMs = timeout.toInt(0);
        if (target.timeoutMs < 100)
            return R::failure(
                QObject::tr("%1: timeout_ms must be at least 100 milliseconds").arg(named));
    }
    auto policy = DeliveryPolicy::fromJson(json.value(QLatin1String("delivery")),
                                           QObject::tr("%1, delivery").arg(named));
    if (!policy)
        return R::failure(policy.error());
    target.delivery = std::move(policy).value();
    if (target.sandbox)
        return target;

    target.messagingUrl = httpUrl(json, QLatin1String("messaging_url"));
    if (!isHttpUrl(target.messagingUrl))
        return R::failure(QObject::tr("%1: messaging_url must be an http(s) URL such as "
                                      "https://api.eu.cloudmessaging.opentext.com/mra/v1")
                              .arg(named));
    const QString auth = json.value(QLatin1String("auth")).toString(QStringLiteral("oauth2"));
    if (auth == QLatin1String("oauth2")) {
        target.auth = Auth::OAuth2;
        target.authUrl = httpUrl(json, QLatin1String("auth_url"));
        if (!isHttpUrl(target.authUrl))
            return R::failure(QObject::tr("%1: auth_url must be an http(s) URL such as "
                                          "https://us.api.opentext.com")
                                  .arg(named));
        target.tenantId = json.value(QLatin1String("tenant_id")).toString();
        target.clientId = json.value(QLatin1String("client_id")).toString();
        if (target.tenantId.isEmpty() || target.clientId.isEmpty())
            return R::failure(QObject::tr("%1: OAuth2 needs tenant_id and client_id").arg(named));
    } else if (auth == QLatin1String("basic")) {
        target.auth = Auth::Basic;
        target.user = json.value(QLatin1String("user")).toString();
        if (target.user.isEmpty())
            return R::failure(QObject::tr("%1: HTTP Basic needs a user").arg(named));
    } else {
        return R::failure(
            QObject::tr("%1: auth must be \"oauth2\" or \"basic\", not \"%2\"").arg(named, auth));
    }
    target.secretRef = json.value(QLatin1String("secret_ref")).toString();
    if (target.secretRef.isEmpty())
        return R::failure(QObject::tr("%1: secret_ref must name the keychain entry that holds "
                                      "the secret")
                              .arg(named));
    if (json.contains(QLatin1String("secret")) || json.contains(QLatin1String("client_secret"))
        || json.contains(QLatin1String("password")))
        return R::failure(QObject::tr("%1: secrets do not belong in the workspace file; store "
                                      "them in the keychain and name them with secret_ref")
                              .arg(named));
    return target;
}

} // namespace OtBridge
