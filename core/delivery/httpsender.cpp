// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsender.h"
#include "event/webhooksignature.h"
#include "net/httpclient.h"
#include "retryafter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStringDecoder>

Q_LOGGING_CATEGORY(lcHttpSender, "otbridge.http")

namespace OtBridge {

namespace {

// Enough for any error a receiver explains itself with; more is not kept, so an endless or
// huge answer costs neither memory nor time.
constexpr qint64 maxResponseBytes = 64 * 1024;
constexpr int maxErrorChars = 200;

// Host and port only: webhook URLs often carry their secret in the path or the query (Slack,
// Teams), so errors and logs never show more than this.
QString hostOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo).authority();
}

QString bodyExcerpt(const QByteArray &body)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = QString(utf8.decode(body.left(maxErrorChars * 4))).simplified();
    if (text.size() > maxErrorChars) {
        text.truncate(maxErrorChars);
        text += QStringLiteral("…");
    }
    return text;
}

QString redacted(QString text, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets)
        text.replace(QString::fromUtf8(secret), QStringLiteral("[redacted]"));
    return text;
}

// Request headers that belong to the connection, not to the message: Qt writes them itself.
bool isFramingHeader(const QByteArray &name)
{
    for (const char *framing : {"content-length", "transfer-encoding", "host", "connection"}) {
        if (name.compare(framing, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

struct HttpSender::InFlight
{
    QString deliveryId;
    QUrl url;
    QString host;
    int timeoutMs = 0;
    QElapsedTimer elapsed;
    // What must not reach an error even when the receiver echoes the request back.
    QList<QByteArray> secrets;
};

HttpSender::HttpSender(QObject *parent)
    : QObject(parent)
    , m_client(new HttpClient(this))
{
    qRegisterMetaType<HttpOutcome>();
}

// Requests still under way end with the sender (HttpClient drops their callbacks): nobody is
// left to hear their outcome.
HttpSender::~HttpSender() = default;

void HttpSender::send(const QString &deliveryId, const HttpRequestSpec &request,
                      const HttpSendOptions &options)
{
    const QUrl &url = request.url;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        HttpOutcome outcome;
        outcome.kind = HttpOutcome::Kind::PermanentFailure;
        outcome.error = tr("the target's URL is not an absolute http or https URL");
        QMetaObject::invokeMethod(
            this, [this, deliveryId, outcome] { Q_EMIT sent(deliveryId, outcome); },
            Qt::QueuedConnection);
        return;
    }

    HttpRequest http;
    http.method = request.method;
    http.url = url;
    http.body = request.body;
    bool hasContentType = false;
    for (const auto &[name, value] : request.headers) {
        if (isFramingHeader(name))
            continue;
        http.headers.append({name, value});
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType && !request.body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(request.body, &error);
        http.headers.append({QByteArrayLiteral("Content-Type"),
                             error.error == QJsonParseError::NoError
                                 ? QByteArrayLiteral("application/json")
                                 : QByteArrayLiteral("application/octet-stream")});
    }
    // What the bridge adds comes last, and replaces a header of the same name rendered from a
    // template, so that a template cannot forge it.
    auto setHeader = [&http](const QByteArray &name, const QByteArray &value) {
        http.headers.removeIf([&name](const std::pair<QByteArray, QByteArray> &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        http.headers.append({name, value});
    };
    const QByteArray id = deliveryId.toUtf8();
    if (!options.signingKey.isEmpty()) {
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
        setHeader("webhook-id", id);
        setHeader("webhook-timestamp", QByteArray::number(timestamp));
        setHeader("webhook-signature",
                  StandardWebhooks::sign(options.signingKey, id, timestamp, request.body));
    }
    if (options.idempotencyKey)
        setHeader("Idempotency-Key", id);
    if (!options.authorization.isEmpty())
        setHeader("Authorization", options.authorization);
    if (!options.authHeaderName.isEmpty())
        setHeader(options.authHeaderName, options.authHeaderValue);
    setHeader("User-Agent", QByteArrayLiteral("otbridge/" OTBRIDGE_VERSION));
    // One deadline for the whole exchange: an idle timeout would restart with every byte of
    // an answer that trickles in.
    http.timeoutMs = qMax(1, options.timeoutMs);
    http.wholeExchangeDeadline = true;
    // The status and the first 64 KiB are all an outcome needs.
    http.keepFirstBytes = maxResponseBytes;

    auto state = std::make_shared<InFlight>();
    state->deliveryId = deliveryId;
    state->url = url;
    state->host = hostOf(url);
    state->timeoutMs = http.timeoutMs;
    state->elapsed.start();
    const QByteArray credentials
        = options.authorization.mid(options.authorization.indexOf(' ') + 1);
    for (const QByteArray &secret : {options.authorization, credentials, options.authHeaderValue,
                                     options.signingKey.toBase64()}) {
        // Shorter values would blank out ordinary words of the answer.
        if (secret.size() >= 6)
            state->secrets.append(secret);
    }
    ++m_inFlight;
    m_client->send(std::move(http), [this, state](const HttpResponse &response) {
        --m_inFlight;
        finish(*state, response);
    });
}

void HttpSender::abortAll()
{
    m_client->abortAll(); // every outcome arrives from inside, as Aborted
}

void HttpSender::finish(const InFlight &state, const HttpResponse &response)
{
    HttpOutcome outcome;
    outcome.elapsedMs = state.elapsed.elapsed();
    outcome.httpStatus = response.status;
    outcome.responseBody = response.body;
    const int status = outcome.httpStatus;
    const QString &host = state.host;

    if (response.failure == HttpResponse::Failure::Aborted) {
        outcome.httpStatus = 0;
        outcome.kind = HttpOutcome::Kind::RetryLater;
        outcome.error = tr("cancelled before %1 answered").arg(host);
    } else if (response.failure == HttpResponse::Failure::Timeout) {
        outcome.kind = HttpOutcome::Kind::RetryLater;
        outcome.error = tr("no answer from %1 within %2 ms").arg(host).arg(state.timeoutMs);
    } else if (response.failure != HttpResponse::Failure::None) {
        outcome.kind = HttpOutcome::Kind::RetryLater;
        outcome.error = tr("cannot reach %1: %2").arg(host, response.error);
    } else if (status / 100 == 2) {
        outcome.kind = HttpOutcome::Kind::Delivered;
    } else if (status / 100 == 3) {
        outcome.kind = HttpOutcome::Kind::PermanentFailure;
        const QUrl location = QUrl::fromEncoded(response.header("location"));
        // Scheme and host only: the path of a webhook URL may be its secret.
        const QString where = location.isEmpty()
            ? QString()
            : state.url.resolved(location)
                  .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                            | QUrl::RemoveFragment)
                  .toString();
        outcome.error = where.isEmpty()
            ? tr("HTTP %1 from %2: a redirect, not followed (a webhook receiver should answer "
                 "directly)")
                  .arg(status)
                  .arg(host)
            : tr("HTTP %1 from %2: a redirect to %3, not followed (a webhook receiver should "
                 "answer directly)")
                  .arg(status)
                  .arg(host, where);
    } else {
        outcome.kind = (status >= 500 || status == 408 || status == 429)
            ? HttpOutcome::Kind::RetryLater
            : HttpOutcome::Kind::PermanentFailure;
        outcome.retryAfterSeconds = parseRetryAfter(response.header("retry-after"));
        const QString excerpt = redacted(bodyExcerpt(outcome.responseBody), state.secrets);
        outcome.error = excerpt.isEmpty()
            ? tr("HTTP %1 from %2").arg(status).arg(host)
            : tr("HTTP %1 from %2: %3").arg(status).arg(host, excerpt);
    }
    if (outcome.kind != HttpOutcome::Kind::Delivered)
        qCInfo(lcHttpSender).noquote()
            << "delivery" << state.deliveryId << "not delivered:" << outcome.error;
    // A receiver that echoes the request back must not put our credentials into the store.
    for (const QByteArray &secret : std::as_const(state.secrets)) {
        if (!secret.isEmpty())
            outcome.responseBody.replace(secret, "[redacted]");
    }
    Q_EMIT sent(state.deliveryId, outcome);
}

} // namespace OtBridge
