// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptarget.h"

#include "config/httppreset.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

namespace OtBridge {

namespace {

bool isHeaderName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return pattern.match(name).hasMatch();
}

bool isUsableUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    if (url.scheme() == QLatin1String("sandbox"))
        return url.host().isEmpty() && url.path().startsWith(QLatin1Char('/'));
    return !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// Keys people use for a secret value; the file may only name a keychain entry.
bool looksLikeSecretKey(const QString &key)
{
    static const QStringList keys {
        QStringLiteral("password"), QStringLiteral("token"),         QStringLiteral("key"),
        QStringLiteral("api_key"),  QStringLiteral("apikey"),        QStringLiteral("value"),
        QStringLiteral("bearer"),   QStringLiteral("client_secret"),
    };
    return keys.contains(key.toLower());
}

QString secretInFile(const QString &named)
{
    return QObject::tr("%1: secrets do not belong in the workspace file; store them in the "
                       "keychain and name them with \"secret\"")
        .arg(named);
}

QString authName(HttpTargetConfig::Auth auth)
{
    switch (auth) {
    case HttpTargetConfig::Auth::None:
        break;
    case HttpTargetConfig::Auth::Basic:
        return QStringLiteral("basic");
    case HttpTargetConfig::Auth::Bearer:
        return QStringLiteral("bearer");
    case HttpTargetConfig::Auth::Header:
        return QStringLiteral("header");
    }
    return {};
}

} // namespace

QUrl resolveSandboxUrl(const QUrl &url, const QUrl &sandboxBase)
{
    if (url.scheme() != QLatin1String("sandbox"))
        return url;
    QUrl resolved = sandboxBase;
    QString prefix = sandboxBase.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    resolved.setPath(prefix + url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    resolved.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    resolved.setFragment({});
    return resolved;
}

QJsonObject HttpTargetConfig::toJson() const
{
    QJsonObject json {
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QStringLiteral("http")},
    };
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    if (!preset.isEmpty())
        json.insert(QStringLiteral("preset"), preset);
    if (!url.isEmpty())
        json.insert(QStringLiteral("url"), url.toString());
    if (preset.isEmpty() && method != "POST")
        json.insert(QStringLiteral("method"), QString::fromLatin1(method));
    if (!headers.isEmpty()) {
        QJsonObject object;
        for (const auto &[header, value] : headers)
            object.insert(QString::fromLatin1(header), QString::fromUtf8(value));
        json.insert(QStringLiteral("headers"), object);
    }
    if (auth != Auth::None) {
        QJsonObject object {{QStringLiteral("type"), authName(auth)},
                            {QStringLiteral("secret"), authSecretRef}};
        if (auth == Auth::Basic)
            object.insert(QStringLiteral("user"), authUser);
        if (auth == Auth::Header)
            object.insert(QStringLiteral("header"), QString::fromLatin1(authHeader));
        json.insert(QStringLiteral("auth"), object);
    }
    if (!signingSecretRef.isEmpty())
        json.insert(QStringLiteral("signing"),
                    QJsonObject {{QStringLiteral("secret"), signingSecretRef}});
    if (!idempotencyKey)
        json.insert(QStringLiteral("idempotency_key"), false);
    if (timeoutMs != 10000)
        json.insert(QStringLiteral("timeout_ms"), timeoutMs);
    const QJsonObject policy = delivery.toJson();
    if (!policy.isEmpty())
        json.insert(QStringLiteral("delivery"), policy);
    return json;
}

Result<HttpTargetConfig> HttpTargetConfig::fromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<HttpTargetConfig>;
    HttpTargetConfig target;
    target.name = json.value(QLatin1String("name")).toString();
    target.title = json.value(QLatin1String("title")).toString();
    const QString named = QStringLiteral("%1 ('%2')").arg(where, target.name);

    static const QStringList known {
        QStringLiteral("name"),        QStringLiteral("type"),
        QStringLiteral("title"),       QStringLiteral("preset"),
        QStringLiteral("url"),         QStringLiteral("method"),
        QStringLiteral("headers"),     QStringLiteral("auth"),
        QStringLiteral("signing"),     QStringLiteral("idempotency_key"),
        QStringLiteral("timeout_ms"),  QStringLiteral("delivery"),
        QStringLiteral("description"),
    };
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (looksLikeSecretKey(it.key()) || it.key() == QLatin1String("secret"))
            return R::failure(secretInFile(named));
        if (!known.contains(it.key()))
            return R::failure(QObject::tr("%1: unknown key '%2' (an http target takes %3)")
                                  .arg(named, it.key(), known.join(QLatin1String(", "))));
    }

    const QJsonValue preset = json.value(QLatin1String("preset"));
    if (!preset.isUndefined()) {
        if (!httpPreset(preset.toString())) {
            QStringList names;
            for (const HttpPresetInfo &info : httpPresets())
                names.append(info.name);
            return R::failure(
                QObject::tr("%1: preset must be one of %2, not \"%3\"")
                    .arg(named, names.join(QLatin1String(", ")), preset.toVariant().toString()));
        }
        target.preset = preset.toString();
    }

    const QJsonValue url = json.value(QLatin1String("url"));
    if (!url.isUndefined() && !url.toString().isEmpty()) {
        target.url = QUrl(url.toString(), QUrl::StrictMode);
        if (!isUsableUrl(target.url))
            return R::failure(QObject::tr("%1: url must be an http(s) URL, or sandbox:/path for "
                                          "the built-in sandbox, not \"%2\"")
                                  .arg(named, url.toVariant().toString()));
    } else if (const HttpPresetInfo *info = httpPreset(target.preset);
               !info || info->defaultUrl.isEmpty()) {
        return R::failure(target.preset.isEmpty()
                              ? QObject::tr("%1: an http target needs a url").arg(named)
                              : QObject::tr("%1: the %2 preset needs the url of the instance or "
                                            "webhook")
                                    .arg(named, target.preset));
    }

    const QJsonValue method = json.value(QLatin1String("method"));
    if (!method.isUndefined()) {
        static const QStringList methods {QStringLiteral("GET"), QStringLiteral("POST"),
                                          QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                          QStringLiteral("DELETE")};
        if (!target.preset.isEmpty())
            return R::failure(
                QObject::tr("%1: the %2 preset chooses its own method").arg(named, target.preset));
        if (!methods.contains(method.toString()))
            return R::failure(
                QObject::tr("%1: method must be GET, POST, PUT, PATCH or DELETE, not \"%2\"")
                    .arg(named, method.toVariant().toString()));
        target.method = method.toString().toLatin1();
    }

    const QJsonValue headers = json.value(QLatin1String("headers"));
    if (!headers.isUndefined()) {
        if (!headers.isObject())
            return R::failure(
                QObject::tr("%1: \"headers\" must be an object of header names and text values")
                    .arg(named));
        const QJsonObject object = headers.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isHeaderName(it.key()))
                return R::failure(
                    QObject::tr("%1: '%2' is not a valid header name").arg(named, it.key()));
            if (!it.value().isString())
                return R::failure(
                    QObject::tr("%1: header %2 must be a text value").arg(named, it.key()));
            if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
                return R::failure(QObject::tr("%1: credentials go under \"auth\" with a keychain "
                                              "\"secret\", not in a header")
                                      .arg(named));
            target.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
    }

    const QJsonValue auth = json.value(QLatin1String("auth"));
    if (!auth.isUndefined()) {
        if (!auth.isObject())
            return R::failure(QObject::tr("%1: \"auth\" must be an object").arg(named));
        const QJsonObject object = auth.toObject();
        static const QStringList authKeys {QStringLiteral("type"), QStringLiteral("user"),
                                           QStringLiteral("header"), QStringLiteral("secret")};
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (looksLikeSecretKey(it.key()))
                return R::failure(secretInFile(named));
            if (!authKeys.contains(it.key()))
                return R::failure(QObject::tr("%1, auth: unknown key '%2' (auth takes %3)")
                                      .arg(named, it.key(), authKeys.join(QLatin1String(", "))));
        }
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("basic"))
            target.auth = Auth::Basic;
        else if (type == QLatin1String("bearer"))
            target.auth = Auth::Bearer;
        else if (type == QLatin1String("header"))
            target.auth = Auth::Header;
        else
            return R::failure(
                QObject::tr("%1: auth type must be \"basic\", \"bearer\" or \"header\", not \"%2\"")
                    .arg(named, object.value(QLatin1String("type")).toVariant().toString()));
        target.authUser = object.value(QLatin1String("user")).toString();
        if (target.auth == Auth::Basic && target.authUser.isEmpty())
            return R::failure(QObject::tr("%1: HTTP Basic needs a user").arg(named));
        const QString header = object.value(QLatin1String("header")).toString();
        if (target.auth == Auth::Header && !isHeaderName(header))
            return R::failure(
                QObject::tr("%1: header auth needs the header's name, such as X-Api-Key")
                    .arg(named));
        target.authHeader = header.toLatin1();
        target.authSecretRef = object.value(QLatin1String("secret")).toString();
        if (target.authSecretRef.isEmpty())
            return R::failure(QObject::tr("%1: auth needs \"secret\", the name of the keychain "
                                          "entry that holds the password, token or key")
                                  .arg(named));
    }

    const QJsonValue signing = json.value(QLatin1String("signing"));
    if (!signing.isUndefined()) {
        const QJsonObject object = signing.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("secret"))
                return R::failure(secretInFile(named));
        }
        target.signingSecretRef = object.value(QLatin1String("secret")).toString();
        if (!signing.isObject() || target.signingSecretRef.isEmpty())
            return R::failure(QObject::tr("%1: \"signing\" needs \"secret\", the name of the "
                                          "keychain entry that holds the signing secret")
                                  .arg(named));
    }
    // A value that is plainly a secret rather than the name of a keychain entry.
    for (const QString &reference : {target.authSecretRef, target.signingSecretRef}) {
        if (reference.startsWith(QLatin1String("whsec_"))
            || reference.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
            return R::failure(secretInFile(named));
    }

    const QJsonValue idempotency = json.value(QLatin1String("idempotency_key"));
    if (!idempotency.isUndefined() && !idempotency.isBool())
        return R::failure(QObject::tr("%1: idempotency_key must be true or false").arg(named));
    target.idempotencyKey = idempotency.toBool(true);

    const QJsonValue timeout = json.value(QLatin1String("timeout_ms"));
    if (!timeout.isUndefined()) {
        target.timeoutMs = timeout.toInt(0);
        if (target.timeoutMs < 100 || target.timeoutMs > 600000)
            return R::failure(
                QObject::tr("%1: timeout_ms must be from 100 to 600000 milliseconds").arg(named));
    }

    auto policy = DeliveryPolicy::fromJson(json.value(QLatin1String("delivery")),
                                           QObject::tr("%1, delivery").arg(named));
    if (!policy)
        return R::failure(policy.error());
    target.delivery = std::move(policy).value();
    return target;
}

} // namespace OtBridge
