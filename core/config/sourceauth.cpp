// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceauth.h"

#include "event/webhooksignature.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QObject>
#include <QRegularExpression>

namespace OtBridge {

namespace {

struct KindName
{
    SourceAuth::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {SourceAuth::Kind::StandardWebhooks, "standard-webhooks"},
    {SourceAuth::Kind::GitHub, "github"},
    {SourceAuth::Kind::Stripe, "stripe"},
    {SourceAuth::Kind::Basic, "basic"},
    {SourceAuth::Kind::Bearer, "bearer"},
    {SourceAuth::Kind::ApiKey, "api-key"},
};

QByteArray hmacHex(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex();
}

AuthCheck refused(const QString &message, int status = 401)
{
    return {false, status, message};
}

AuthCheck mismatch()
{
    return refused(QObject::tr("signature mismatch"));
}

AuthCheck staleTimestamp()
{
    return refused(QObject::tr("timestamp outside tolerance"));
}

// Compares against every secret, always all of them.
bool anyEquals(const QList<QByteArray> &expected, const QByteArray &given)
{
    bool matched = false;
    for (const QByteArray &candidate : expected)
        matched |= StandardWebhooks::constantTimeEquals(candidate, given);
    return matched;
}

} // namespace

QJsonObject SourceAuth::toJson() const
{
    QJsonObject json;
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            json.insert(QStringLiteral("type"), QLatin1String(entry.name));
    }
    if (!secretRef.isEmpty())
        json.insert(QStringLiteral("secret"), secretRef);
    if (kind == Kind::Basic)
        json.insert(QStringLiteral("user"), user);
    if (kind == Kind::ApiKey)
        json.insert(QStringLiteral("header"), QString::fromLatin1(header));
    if ((kind == Kind::StandardWebhooks || kind == Kind::Stripe) && toleranceSeconds != 300)
        json.insert(QStringLiteral("tolerance_seconds"), toleranceSeconds);
    if (!allow.isEmpty()) {
        QJsonArray list;
        for (const auto &[address, prefix] : allow)
            list.append(QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
        json.insert(QStringLiteral("allow"), list);
    }
    return json;
}

Result<SourceAuth> SourceAuth::fromJson(const QJsonValue &json, const QString &where)
{
    using R = Result<SourceAuth>;
    SourceAuth auth;
    if (json.isUndefined() || json.isNull())
        return auth;
    if (!json.isObject())
        return R::failure(QObject::tr("%1: \"auth\" must be an object").arg(where));
    const QJsonObject object = json.toObject();
    const QString place = QObject::tr("%1, auth").arg(where);
    static const QStringList known {QStringLiteral("type"),
                                    QStringLiteral("secret"),
                                    QStringLiteral("user"),
                                    QStringLiteral("header"),
                                    QStringLiteral("tolerance_seconds"),
                                    QStringLiteral("allow")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(QObject::tr("%1: unknown key \"%2\"; the known keys are %3")
                                  .arg(place, it.key(), known.join(QStringLiteral(", "))));
    }

    const QString type = object.value(QLatin1String("type")).toString();
    if (!type.isEmpty()) {
        bool found = false;
        for (const KindName &entry : kindNames) {
            if (type == QLatin1String(entry.name)) {
                auth.kind = entry.kind;
                found = true;
            }
        }
        if (!found)
            return R::failure(
                QObject::tr("%1: \"type\" '%2' is not one of standard-webhooks, github, stripe, "
                            "basic, bearer, api-key")
                    .arg(place, type));
        auth.secretRef = object.value(QLatin1String("secret")).toString();
        if (auth.secretRef.isEmpty())
            return R::failure(
                QObject::tr("%1: \"secret\" must name the keychain entry that holds the secret")
                    .arg(place));
    }
    if (auth.kind == Kind::Basic) {
        auth.user = object.value(QLatin1String("user")).toString();
        if (auth.user.isEmpty() || auth.user.contains(QLatin1Char(':')))
            return R::failure(
                QObject::tr("%1: \"user\" must be a user name without ':'").arg(place));
    }
    if (auth.kind == Kind::ApiKey && object.contains(QLatin1String("header"))) {
        auth.header = object.value(QLatin1String("header")).toString().toLatin1();
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
        if (!token.match(QString::fromLatin1(auth.header)).hasMatch())
            return R::failure(QObject::tr("%1: \"header\" must be a header name").arg(place));
    }
    if (object.contains(QLatin1String("tolerance_seconds"))) {
        const double seconds = object.value(QLatin1String("tolerance_seconds")).toDouble(-1);
        if (seconds < 1 || seconds > 3600 || int(seconds) != seconds)
            return R::failure(
                QObject::tr("%1: \"tolerance_seconds\" must be a whole number from 1 to 3600")
                    .arg(place));
        auth.toleranceSeconds = int(seconds);
    }
    const QJsonValue allow = object.value(QLatin1String("allow"));
    if (!allow.isUndefined()) {
        if (!allow.isArray())
            return R::failure(
                QObject::tr("%1: \"allow\" must be an array of addresses or subnets").arg(place));
        for (const QJsonValue &entry : allow.toArray()) {
            const QString text = entry.toString();
            auto subnet = QHostAddress::parseSubnet(text);
            if (subnet.first.isNull()) {
                const QHostAddress address(text);
                if (address.isNull())
                    return R::failure(QObject::tr("%1, allow: '%2' is not an address or a subnet")
                                          .arg(place, text));
                subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            }
            auth.allow.append(subnet);
        }
    }
    return auth;
}

AuthCheck checkSourceAuth(const SourceAuth &auth, const QList<QByteArray> &secrets,
                          const HeaderList &headers, const QByteArray &body,
                          const QHostAddress &peer, const QDateTime &now)
{
    if (!auth.allow.isEmpty()) {
        bool allowed = false;
        for (const auto &subnet : auth.allow)
            allowed = allowed || peer.isInSubnet(subnet);
        if (!allowed)
            return refused(QObject::tr("requests from this address are not allowed"), 403);
    }
    if (auth.kind == SourceAuth::Kind::None)
        return {true, 200, {}};
    if (secrets.isEmpty())
        return refused(QObject::tr("the source's secret is not available"), 503);

    switch (auth.kind) {
    case SourceAuth::Kind::None:
        break;
    case SourceAuth::Kind::StandardWebhooks: {
        const QByteArray id = headerValue(headers, "webhook-id");
        const QByteArray timestamp = headerValue(headers, "webhook-timestamp");
        const QByteArray signatures = headerValue(headers, "webhook-signature");
        bool valid = false;
        bool stale = false;
        for (const QByteArray &key : secrets) {
            const auto verdict = StandardWebhooks::verify(key, id, timestamp, signatures, body, now,
                                                          auth.toleranceSeconds);
            valid |= verdict == StandardWebhooks::Verdict::Valid;
            stale |= verdict == StandardWebhooks::Verdict::TimestampOutsideTolerance;
        }
        if (valid)
            return {true, 200, {}};
        return stale ? staleTimestamp() : mismatch();
    }
    case SourceAuth::Kind::GitHub: {
        const QByteArray given = headerValue(headers, "x-hub-signature-256").trimmed();
        QList<QByteArray> expected;
        for (const QByteArray &secret : secrets)
            expected.append("sha256=" + hmacHex(secret, body));
        return anyEquals(expected, given.toLower()) ? AuthCheck {true, 200, {}} : mismatch();
    }
    case SourceAuth::Kind::Stripe: {
        // Stripe-Signature: t=1492774577,v1=<hex>[,v1=<hex>…][,v0=…]
        const QByteArray header = headerValue(headers, "stripe-signature");
        QByteArray timestamp;
        QList<QByteArray> given;
        for (const QByteArray &part : header.split(',')) {
            const QByteArray item = part.trimmed();
            if (item.startsWith("t="))
                timestamp = item.mid(2);
            else if (item.startsWith("v1="))
                given.append(item.mid(3).toLower());
        }
        bool isNumber = false;
        const qint64 seconds = timestamp.toLongLong(&isNumber);
        if (!isNumber || given.isEmpty())
            return mismatch();
        // A range around now: now - seconds overflows for t near the qint64 minimum.
        const qint64 nowSeconds = now.toSecsSinceEpoch();
        if (seconds < nowSeconds - auth.toleranceSeconds
            || seconds > nowSeconds + auth.toleranceSeconds)
            return staleTimestamp();
        bool matched = false;
        for (const QByteArray &secret : secrets) {
            const QByteArray expected = hmacHex(secret, timestamp + '.' + body);
            for (const QByteArray &candidate : given)
                matched |= StandardWebhooks::constantTimeEquals(candidate, expected);
        }
        return matched ? AuthCheck {true, 200, {}} : mismatch();
    }
    case SourceAuth::Kind::Basic:
    case SourceAuth::Kind::Bearer: {
        const QByteArray given = headerValue(headers, "authorization").trimmed();
        QList<QByteArray> expected;
        for (const QByteArray &secret : secrets) {
            if (auth.kind == SourceAuth::Kind::Basic)
                expected.append(QByteArray("Basic ")
                                + QByteArray(auth.user.toUtf8() + ':' + secret).toBase64());
            else
                expected.append(QByteArray("Bearer ") + secret);
        }
        if (given.isEmpty())
            return refused(QObject::tr("this source needs an Authorization header"));
        return anyEquals(expected, given) ? AuthCheck {true, 200, {}}
                                          : refused(QObject::tr("the credentials are not valid"));
    }
    case SourceAuth::Kind::ApiKey: {
        const QByteArray given = headerValue(headers, auth.header).trimmed();
        if (given.isEmpty())
            return refused(QObject::tr("this source needs the %1 header")
                               .arg(QString::fromLatin1(auth.header)));
        return anyEquals(secrets, given) ? AuthCheck {true, 200, {}}
                                         : refused(QObject::tr("the API key is not valid"));
    }
    }
    return mismatch();
}

} // namespace OtBridge
