// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace OtBridge {

// Signed one-click acknowledgement links (docs/architecture.md, "Acknowledgement links"):
// {{event.ack_url}} is <public URL>/ack/<token>, the token an HMAC over the event id, the
// recipient, the escalation tier and an expiry time, with a key from the keychain.
//
// The token carries the event id, the tier and the expiry in the clear, then 9 bytes of
// HMAC-SHA256: 30 bytes, 40 characters of base64url, short enough for an SMS. The recipient
// is not in it: whoever checks a token tries the recipients the event's deliveries of that
// tier were sent to, so the link records who acknowledged without spelling out an address.
namespace AckLink {

constexpr int tokenLength = 40; // characters
constexpr qint64 defaultValiditySeconds = 7 * 24 * 3600;
// The keychain entry (and, headless, OTBRIDGE_SECRET_ACK_LINK_KEY) that holds the keys.
inline QString secretKey()
{
    return QStringLiteral("ack-link-key");
}

// The signing key, and the one it replaced while links signed with that one may still be
// valid. Stored as one secret: "KEY" or "KEY PREVIOUS@2026-12-01T10:00:00Z" (base64url keys,
// the time of the rotation in UTC).
struct Keys
{
    QByteArray current;
    QByteArray previous; // empty: never rotated
    QDateTime rotatedAt; // when current replaced previous

    bool isEmpty() const { return current.isEmpty(); }
    // A new random key (32 bytes).
    static Keys generate();
    // The keys after a rotation at now: a new current key, this one's current as previous.
    Keys rotated(const QDateTime &now) const;
    static Result<Keys> parse(const QString &secret);
    QString toSecret() const;
    // Whether previous still verifies at now: links signed before the rotation live at most
    // validitySeconds, so after that nothing it signed is valid any more.
    bool previousValidAt(const QDateTime &now, qint64 validitySeconds) const;
};

struct Claims
{
    QUuid eventId;
    int tier = 0; // 0: the rule's own actions; n: escalation tier n (at most 255)
    QDateTime expiresAt; // whole seconds, UTC
};

// How a recipient (an address, or an HTTP target's name) is signed: trimmed, lower case.
QString recipientKey(const QString &recipient);
// The token for the recipient, signed with key.
QString sign(const QByteArray &key, const Claims &claims, const QString &recipient);
// What a token says, unchecked: nullopt when it is not 40 characters of base64url.
std::optional<Claims> read(const QString &token);
// Whether token was signed for recipient with keys.current, or with keys.previous while that
// is still valid (see Keys::previousValidAt). Compares in constant time. Says nothing about
// expiry: read() the claims for that.
bool verify(const Keys &keys, const QString &token, const QString &recipient, const QDateTime &now,
            qint64 validitySeconds);

// <publicUrl>/ack/<token>, the public URL's own path kept ("https://h/otbridge" gives
// "https://h/otbridge/ack/…").
QString url(const QUrl &publicUrl, const QString &token);
// A public URL people can reach: http(s), a host, no user, query or fragment. The error says
// what is wrong with it in words.
Result<QUrl> checkPublicUrl(const QString &text);
// "7d", "12h", "30m", "45s" or plain seconds; at least a second, at most a year.
Result<qint64> parseValidity(const QString &text);

} // namespace AckLink

} // namespace OtBridge
