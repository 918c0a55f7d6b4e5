// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace OtBridge {

// How a source proves a webhook is its own (issue 6), checked over the raw body bytes before
// anything is stored. The secret lives in the keychain under secretRef (or the environment on a
// server); several secrets may be in force at once while one is rotated.
//
//   "auth": {"type": "standard-webhooks" | "github" | "stripe" | "basic" | "bearer" | "api-key",
//            "secret": "keychain-ref", "user": "…" (basic), "header": "X-Api-Key" (api-key),
//            "tolerance_seconds": 300, "allow": ["10.0.0.0/8", "192.0.2.7"]}
struct SourceAuth
{
    enum class Kind { None, StandardWebhooks, GitHub, Stripe, Basic, Bearer, ApiKey };

    Kind kind = Kind::None;
    QString secretRef;
    QString user; // Basic
    QByteArray header = "X-Api-Key"; // ApiKey
    int toleranceSeconds = 300; // StandardWebhooks, Stripe
    QList<QPair<QHostAddress, int>> allow; // subnets; empty: any address

    bool isConfigured() const { return kind != Kind::None || !allow.isEmpty(); }
    QJsonObject toJson() const;
    // json: the source's "auth" value (absent: none); where names it in errors.
    static Result<SourceAuth> fromJson(const QJsonValue &json, const QString &where);
};

// The answer to one request. A refusal says no more than "signature mismatch" or "timestamp
// outside tolerance" (401), or that the address is not allowed (403): nothing that helps a
// forger find which part was wrong.
struct AuthCheck
{
    bool ok = false;
    int status = 401;
    QString message;
};

// secrets: the decoded secrets in force (several during a rotation); for Standard Webhooks the
// key bytes of each whsec_ secret, for the others the secret's UTF-8 bytes. Every comparison is
// constant-time and every secret is tried, so timing does not tell which one matched.
AuthCheck checkSourceAuth(const SourceAuth &auth, const QList<QByteArray> &secrets,
                          const HeaderList &headers, const QByteArray &body,
                          const QHostAddress &peer, const QDateTime &now);

} // namespace OtBridge
