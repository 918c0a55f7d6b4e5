// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace OtBridge {

// Fault injection, settable by flags, PUT /admin/faults and setFaults(). Rates are 0..1 and
// random; the *Next counters hit the next N matching requests and are what tests use.
struct SandboxFaults
{
    double errorRate = 0; // answer errorStatus
    int errorStatus = 503;
    double rateLimitRate = 0; // answer 429 with Retry-After
    int retryAfterSeconds = 1;
    int latencyMs = 0; // added before every answer
    double dropRate = 0; // close the connection without an answer
    int failNext = 0; // next N API requests answer errorStatus
    int rateLimitNext = 0; // next N API requests answer 429
    int dropNext = 0; // next N API requests are dropped
    int expireTokensNext = 0; // next N bearer requests answer 401 "Access Token expired"
    // next N accepted submits answer 200 {} without job_id (the job is made all the same): an
    // answer that lost its id, for the client's "accepted, job unknown"
    int omitJobIdNext = 0;
    int tokenLifetimeSeconds = 900;
    bool sendExpiresIn = true; // whether the token answer carries expires_in

    QJsonObject toJson() const;
    // Changes only the fields json names; returns the problem in words for a bad value.
    Result<void> merge(const QJsonObject &json);
};

struct SandboxOptions
{
    // Accepted credentials: OAuth2 client credentials and HTTP Basic. Empty: that mode is off.
    QString clientId;
    QString clientSecret;
    QString user;
    QString password;
    // Destinations matching this (a regular expression) end in Error.
    QString errorAddressPattern = QStringLiteral("(^|[^a-z])(fail|error|invalid)");
    QString jobIdPrefix = QStringLiteral("xsi");
    int sentAfterMs = 1000; // Submitted -> Sent
    int confirmedAfterMs = 3000; // -> Confirmed (or Error), the job Complete
    QUrl statusWebhook; // status documents are POSTed here on every change; empty: off
    // Needed to listen on anything but loopback: /admin then needs "Authorization: Bearer …".
    QString adminToken;
    SandboxFaults faults;
};

// A local OpenText Notifications: the OAuth2 token endpoint, submits for every channel, job
// status moving through its states over time, status pushes, fault injection, an inbox of what
// it accepted (GET/DELETE /admin/inbox) and /capture/{name} to record any HTTP request.
class OpenTextSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenTextSandbox)

public:
    explicit OpenTextSandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~OpenTextSandbox() override;

    // Returns the bound port or the reason binding failed.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl messagingUrl() const; // baseUrl + /mra/v1
    const SandboxOptions &options() const;

    SandboxFaults faults() const;
    void setFaults(const SandboxFaults &faults);
    // The documented shape of GET /admin/inbox: {"messages": [...]}, newest first.
    QJsonObject inbox() const;
    void clearInbox();

Q_SIGNALS:
    void inboxChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace OtBridge
