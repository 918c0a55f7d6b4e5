// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/deliverypolicy.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace OtBridge {

// Where and how to reach OpenText Notifications. The workspace holds this; the secret (OAuth2
// client secret or Basic password) lives in the keychain under secretRef, never here.
struct OpenTextTarget
{
    enum class Auth { OAuth2, Basic };

    // A known OpenText region: the messaging host and the matching OAuth2 host.
    struct Region
    {
        QString name;
        QUrl messagingUrl; // ends in /mra/v1
        QUrl authUrl;
    };

    QString name = QStringLiteral("opentext");
    QString title;
    // The built-in sandbox, started in-process by the engine: messagingUrl, authUrl and the
    // credentials are then filled in at run time and not read from here.
    bool sandbox = false;
    QUrl messagingUrl;
    Auth auth = Auth::OAuth2;
    QUrl authUrl;
    QString tenantId;
    QString clientId; // OAuth2
    QString user; // Basic
    QString secretRef; // keychain key of the client secret or the password
    int maxDestinationsPerJob = 10;
    int timeoutMs = 30000;
    DeliveryPolicy delivery; // "delivery": retries, breaker and rate limit for this target

    static QList<Region> regions();
    // Where the token comes from: {authUrl}/tenants/{tenantId}/oauth2/token.
    QUrl tokenUrl() const;

    QJsonObject toJson() const;
    // where: how an error names this target, e.g. "workspace w.json, target 2".
    static Result<OpenTextTarget> fromJson(const QJsonObject &json, const QString &where);
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::OpenTextTarget)
