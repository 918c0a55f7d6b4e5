// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acklink.h"

#include "event/webhooksignature.h"

#include <QMessageAuthenticationCode>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

#include <array>

namespace OtBridge::AckLink {

namespace {

constexpr int keyBytes = 32;
constexpr int idBytes = 16;
constexpr int claimBytes = idBytes + 1 + 4; // event id, tier, expiry (seconds, big endian)
// 72 bits: a forger has to guess among 2^72 values per try, and the listener rate-limits tries.
constexpr int macBytes = 9;
constexpr int tokenBytes = claimBytes + macBytes; // 30: 40 characters of base64url
static_assert(tokenBytes * 4 / 3 == tokenLength);

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray claimBytesOf(const Claims &claims)
{
    QByteArray bytes = claims.eventId.toRfc4122();
    bytes.append(char(quint8(claims.tier)));
    std::array<uchar, 4> expiry {};
    qToBigEndian(quint32(claims.expiresAt.toSecsSinceEpoch()), expiry.data());
    bytes.append(reinterpret_cast<const char *>(expiry.data()), 4);
    return bytes;
}

QByteArray mac(const QByteArray &key, const QByteArray &claims, const QString &recipient)
{
    // The purpose first, so a key used for anything else one day cannot mint these.
    QByteArray data = QByteArrayLiteral("otbridge-ack-link-v1");
    data.append('\0');
    data.append(claims);
    data.append(recipientKey(recipient).toUtf8());
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).left(macBytes);
}

std::optional<QByteArray> decodeKey(const QString &text)
{
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!alphabet.match(text).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), base64Url);
    if (!decoded || decoded.decoded.size() < 16)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

Keys Keys::generate()
{
    std::array<quint32, keyBytes / 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    Keys keys;
    keys.current = QByteArray(reinterpret_cast<const char *>(words.data()), keyBytes);
    return keys;
}

Keys Keys::rotated(const QDateTime &now) const
{
    Keys keys = generate();
    keys.previous = current;
    keys.rotatedAt = now.toUTC();
    return keys;
}

Result<Keys> Keys::parse(const QString &secret)
{
    const QString usage
        = QObject::tr("the acknowledgement link key must be a base64url key of at least 16 "
                      "bytes, optionally followed by the previous key and the time it was "
                      "replaced (\"KEY PREVIOUS@2026-12-01T10:00:00Z\"); 'otbridged ack-key "
                      "--print' makes one");
    const QStringList parts = secret.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2)
        return Result<Keys>::failure(usage);
    Keys keys;
    const std::optional<QByteArray> current = decodeKey(parts.first());
    if (!current)
        return Result<Keys>::failure(usage);
    keys.current = *current;
    if (parts.size() == 2) {
        const QStringList previous = parts.at(1).split(QLatin1Char('@'));
        const std::optional<QByteArray> key = decodeKey(previous.first());
        const QDateTime at = previous.size() == 2
            ? QDateTime::fromString(previous.at(1), Qt::ISODate)
            : QDateTime();
        if (!key || !at.isValid())
            return Result<Keys>::failure(usage);
        keys.previous = *key;
        keys.rotatedAt = at.toUTC();
    }
    return keys;
}

QString Keys::toSecret() const
{
    QString secret = QString::fromLatin1(current.toBase64(base64Url));
    if (!previous.isEmpty())
        secret += QLatin1Char(' ') + QString::fromLatin1(previous.toBase64(base64Url))
            + QLatin1Char('@') + rotatedAt.toUTC().toString(Qt::ISODate);
    return secret;
}

bool Keys::previousValidAt(const QDateTime &now, qint64 validitySeconds) const
{
    return !previous.isEmpty() && rotatedAt.isValid() && now < rotatedAt.addSecs(validitySeconds);
}

QString recipientKey(const QString &recipient)
{
    return recipient.trimmed().toLower();
}

QString sign(const QByteArray &key, const Claims &claims, const QString &recipient)
{
    const QByteArray claimed = claimBytesOf(claims);
    const QByteArray token = claimed + mac(key, claimed, recipient);
    return QString::fromLatin1(token.toBase64(base64Url));
}

std::optional<Claims> read(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{%1}$").arg(tokenLength));
    if (!shape.match(token).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), base64Url);
    if (!decoded || decoded.decoded.size() != tokenBytes)
        return std::nullopt;
    const QByteArray &bytes = decoded.decoded;
    Claims claims;
    claims.eventId = QUuid::fromRfc4122(QByteArrayView(bytes).first(idBytes));
    claims.tier = quint8(bytes.at(idBytes));
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(
        qFromBigEndian<quint32>(bytes.constData() + idBytes + 1), Qt::UTC);
    if (claims.eventId.isNull())
        return std::nullopt;
    return claims;
}

bool verify(const Keys &keys, const QString &token, const QString &recipient, const QDateTime &now,
            qint64 validitySeconds)
{
    const std::optional<Claims> claims = read(token);
    if (!claims || keys.isEmpty())
        return false;
    const QByteArray given = QByteArray::fromBase64(token.toLatin1(), base64Url).mid(claimBytes);
    const QByteArray claimed = claimBytesOf(*claims);
    bool valid = StandardWebhooks::constantTimeEquals(given, mac(keys.current, claimed, recipient));
    if (keys.previousValidAt(now, validitySeconds))
        valid = StandardWebhooks::constantTimeEquals(given, mac(keys.previous, claimed, recipient))
            || valid;
    return valid;
}

QString url(const QUrl &publicUrl, const QString &token)
{
    QUrl link = publicUrl;
    QString path = link.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    link.setPath(path + QStringLiteral("/ack/") + token);
    return link.toString(QUrl::FullyEncoded);
}

Result<QUrl> checkPublicUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const auto refuse = [&trimmed](const QString &why) {
        return Result<QUrl>::failure(
            QObject::tr("'%1' is not a public URL for links in messages: %2").arg(trimmed, why));
    };
    if (trimmed.isEmpty() || !url.isValid())
        return refuse(QObject::tr("give one such as https://alerts.example.com"));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return refuse(QObject::tr("it must start with https:// (or http://)"));
    if (url.host().isEmpty())
        return refuse(QObject::tr("it has no host name"));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refuse(QObject::tr("it must not carry a user, a query (?…) or a fragment (#…)"));
    return url;
}

Result<qint64> parseValidity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhd]?)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const auto refuse = [&text] {
        return Result<qint64>::failure(
            QObject::tr("'%1' is not a link validity: give a time from 1s to 366d, such as 7d, "
                        "12h, 30m or 45s")
                .arg(text));
    };
    if (!match.hasMatch())
        return refuse();
    qint64 seconds = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("m"))
        seconds *= 60;
    else if (unit == QLatin1String("h"))
        seconds *= 3600;
    else if (unit == QLatin1String("d"))
        seconds *= 24 * 3600;
    if (seconds < 1 || seconds > 366 * 24 * 3600)
        return refuse();
    return seconds;
}

} // namespace OtBridge::AckLink
