// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/deliverypolicy.h"
#include "event/event.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace OtBridge {

// An outbound HTTP target in the workspace ("type": "http"): a service desk, monitoring, chat
// or any JSON endpoint. Secrets are keychain references only.
//
//   { "name": "servicenow", "type": "http", "preset": "servicenow",
//     "url": "https://acme.service-now.com", "headers": {"X-Team": "ops"},
//     "auth": {"type": "basic", "user": "svc", "secret": "servicenow-password"},
//     "signing": {"secret": "servicenow-signing"}, "idempotency_key": true,
//     "timeout_ms": 10000, "delivery": {…DeliveryPolicy…} }
//
// A "sandbox:" URL (sandbox:/capture/servicenow) means the built-in sandbox's base URL plus
// that path: the sandbox's port is only known at run time, so rendered requests keep the
// sandbox: URL and the sender resolves it with resolveSandboxUrl just before sending.
// Secrets: "auth": {"type": "basic"|"bearer"|"header", "user", "header", "secret"} and
// "signing": {"secret"} name keychain entries; a "password", "token" or "key" value in the file
// is refused.
struct HttpTargetConfig
{
    enum class Auth { None, Basic, Bearer, Header };

    QString name;
    QString title;
    QString preset; // "" for a generic target, else an httpPresets() name
    // Generic: the default URL (an action may override it). Preset: the instance, site or
    // webhook URL the preset builds on (PagerDuty: empty for its public endpoint).
    QUrl url;
    QByteArray method = "POST"; // generic only; an action may override it
    HeaderList headers; // sent with every request, before the action's own
    Auth auth = Auth::None;
    QString authUser; // Basic
    QByteArray authHeader; // Header: its name, e.g. "X-Api-Key"
    QString authSecretRef; // the password, token or key in the keychain
    QString signingSecretRef; // Standard Webhooks "whsec_…" secret; empty: unsigned
    bool idempotencyKey = true; // Idempotency-Key: the delivery id, the same on every retry
    int timeoutMs = 10000;
    DeliveryPolicy delivery;

    QJsonObject toJson() const;
    // where: e.g. "workspace w.json, target 'servicenow'".
    static Result<HttpTargetConfig> fromJson(const QJsonObject &json, const QString &where);
};

// url with the sandbox: scheme becomes sandboxBase + its path and query
// (sandbox:/capture/jira/rest/api/2/issue → http://127.0.0.1:PORT/capture/jira/rest/api/2/issue);
// any other URL is returned as it is.
QUrl resolveSandboxUrl(const QUrl &url, const QUrl &sandboxBase);

} // namespace OtBridge
