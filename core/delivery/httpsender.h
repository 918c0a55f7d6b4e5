// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/httppreset.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace OtBridge {

class HttpClient;
struct HttpResponse;

// How to send one request: everything secret is already read from the keychain.
struct HttpSendOptions
{
    int timeoutMs = 10000;
    QByteArray signingKey; // decoded Standard Webhooks key; empty: unsigned
    bool idempotencyKey = true;
    QByteArray authorization; // the whole Authorization header value; empty: none
    QByteArray authHeaderName; // with authHeaderValue: an API key header
    QByteArray authHeaderValue;
};

struct HttpOutcome
{
    enum class Kind {
        Delivered, // 2xx
        RetryLater, // 5xx, 408, 429, timeout, connection error
        PermanentFailure, // other 3xx/4xx: retrying will not help
    };

    Kind kind = Kind::PermanentFailure;
    int httpStatus = 0; // 0 when no answer came
    std::optional<int> retryAfterSeconds; // from Retry-After (seconds or an HTTP date)
    QString error; // in words: "HTTP 503 from capture.example: <first 200 chars of the body>"
    QByteArray responseBody; // the first 64 KiB
    qint64 elapsedMs = 0;
};

// Sends outbound HTTP requests for the dispatcher (use it on the thread it lives in), on
// net/HttpClient's kept-alive connections. The delivery id becomes the `webhook-id` of a
// Standard Webhooks signature and the `Idempotency-Key`, so the receiver sees the same key on
// every retry of one delivery.
class HttpSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSender)

public:
    explicit HttpSender(QObject *parent = nullptr);
    ~HttpSender() override;

    void send(const QString &deliveryId, const HttpRequestSpec &request,
              const HttpSendOptions &options);
    // Aborts every request under way; their outcomes still arrive (RetryLater, "cancelled").
    void abortAll();
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void sent(const QString &deliveryId, const OtBridge::HttpOutcome &outcome);

private:
    struct InFlight;

    void finish(const InFlight &state, const HttpResponse &response);

    HttpClient *m_client;
    int m_inFlight = 0;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::HttpOutcome)
