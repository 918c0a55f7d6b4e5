// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsender.h"
#include "event/webhooksignature.h"
#include "retryafter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringDecoder>
#include <QTimer>

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

// Qt's own words for a failed connection, without the URL some of them quote.
QString networkErrorText(const QNetworkReply *reply)
{
    QString text = reply->errorString();
    const QUrl url = reply->url();
    for (const QString &form :
         {url.toString(), url.toDisplayString(), url.toString(QUrl::FullyEncoded)}) {
        if (!form.isEmpty())
            text.replace(form, hostOf(url));
    }
    return text;
}

} // namespace

struct HttpSender::InFlight
{
    QString deliveryId;
    QString host;
    int timeoutMs = 0;
    QElapsedTimer elapsed;
    QTimer *deadline = nullptr;
    QByteArray body;
    bool truncated = false;
    bool timedOut = false;
    bool cancelled = false;
    // What must not reach an error even when the receiver echoes the request back.
    QList<QByteArray> secrets;
};

HttpSender::HttpSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<HttpOutcome>();
    // A webhook receiver answers where it was called; following a redirect would carry the
    // signature and the credentials to whatever host it names.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpSender::~HttpSender()
{
    // Requests still under way end with the sender: nobody is left to hear their outcome.
    const auto replies = m_replies;
    m_replies.clear();
    for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.value();
    }
}

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

    QNetworkRequest network(url);
    bool hasContentType = false;
    for (const auto &[name, value] : request.headers) {
        if (isFramingHeader(name))
            continue;
        network.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType && !request.body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(request.body, &error);
        network.setRawHeader("Content-Type",
                             error.error == QJsonParseError::NoError
                                 ? QByteArrayLiteral("application/json")
                                 : QByteArrayLiteral("application/octet-stream"));
    }
    // What the bridge adds comes last, so a header rendered from a template cannot replace it.
    const QByteArray id = deliveryId.toUtf8();
    if (!options.signingKey.isEmpty()) {
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
        network.setRawHeader("webhook-id", id);
        network.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
        network.setRawHeader(
            "webhook-signature",
            StandardWebhooks::sign(options.signingKey, id, timestamp, request.body));
    }
    if (options.idempotencyKey)
        network.setRawHeader("Idempotency-Key", id);
    if (!options.authorization.isEmpty())
        network.setRawHeader("Authorization", options.authorization);
    if (!options.authHeaderName.isEmpty())
        network.setRawHeader(options.authHeaderName, options.authHeaderValue);
    network.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("otbridge/" OTBRIDGE_VERSION));
    // A redirect is an answer to judge (PermanentFailure), not a request to make.
    network.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    auto *state = new InFlight;
    state->deliveryId = deliveryId;
    state->host = hostOf(url);
    state->timeoutMs = qMax(1, options.timeoutMs);
    state->elapsed.start();
    const QByteArray credentials
        = options.authorization.mid(options.authorization.indexOf(' ') + 1);
    for (const QByteArray &secret : {options.authorization, credentials, options.authHeaderValue,
                                     options.signingKey.toBase64()}) {
        // Shorter values would blank out ordinary words of the answer.
        if (secret.size() >= 6)
            state->secrets.append(secret);
    }

    QNetworkReply *reply = m_network->sendCustomRequest(network, request.method, request.body);
    // Qt buffers no more than the cap ahead of handleReadyRead.
    reply->setReadBufferSize(maxResponseBytes);
    m_replies.insert(reply, state);

    // One deadline for the whole exchange: a transfer timeout would restart with every byte of
    // an answer that trickles in.
    state->deadline = new QTimer(reply);
    state->deadline->setSingleShot(true);
    // A coarse timer may fire 5 % early, before the time the error will name.
    state->deadline->setTimerType(Qt::PreciseTimer);
    connect(state->deadline, &QTimer::timeout, this, [this, reply] {
        if (InFlight *inFlight = m_replies.value(reply)) {
            inFlight->timedOut = true;
            reply->abort();
        }
    });
    state->deadline->start(state->timeoutMs);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { handleReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void HttpSender::abortAll()
{
    const QList<QNetworkReply *> replies = m_replies.keys();
    for (QNetworkReply *reply : replies) {
        InFlight *state = m_replies.value(reply);
        // A reply that has finished already delivers its real outcome.
        if (state && !reply->isFinished()) {
            state->cancelled = true;
            reply->abort();
        }
    }
}

void HttpSender::handleReadyRead(QNetworkReply *reply)
{
    InFlight *state = m_replies.value(reply);
    if (!state)
        return;
    const qint64 room = maxResponseBytes - state->body.size();
    if (room > 0)
        state->body += reply->read(room);
    if (reply->bytesAvailable() > 0) {
        // More than the cap: the status and the first 64 KiB are all the outcome needs.
        state->truncated = true;
        finish(reply);
    }
}

void HttpSender::finish(QNetworkReply *reply)
{
    InFlight *state = m_replies.take(reply);
    if (!state)
        return;
    reply->disconnect(this);
    state->deadline->stop();
    if (state->truncated)
        reply->abort();
    else if (reply->isOpen()) // an aborted reply is closed
        state->body += reply->read(qMax<qint64>(0, maxResponseBytes - state->body.size()));
    reply->deleteLater();

    HttpOutcome outcome;
    outcome.elapsedMs = state->elapsed.elapsed();
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.responseBody = state->body;
    const int status = outcome.httpStatus;
    const QString &host = state->host;

    if (state->cancelled) {
        outcome.kind = HttpOutcome::Kind::RetryLater;
        outcome.error = tr("cancelled before %1 answered").arg(host);
    } else if (state->timedOut) {
        outcome.kind = HttpOutcome::Kind::RetryLater;
        outcome.error = tr("no answer from %1 within %2 ms").arg(host).arg(state->timeoutMs);
    } else if (status == 0) {
        outcome.kind = HttpOutcome::Kind::RetryLater;
        outcome.error = tr("cannot reach %1: %2").arg(host, networkErrorText(reply));
    } else if (status / 100 == 2) {
        outcome.kind = HttpOutcome::Kind::Delivered;
    } else if (status / 100 == 3) {
        outcome.kind = HttpOutcome::Kind::PermanentFailure;
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        // Scheme and host only: the path of a webhook URL may be its secret.
        const QString where = location.isEmpty()
            ? QString()
            : reply->url()
                  .resolved(location)
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
        outcome.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        const QString excerpt = redacted(bodyExcerpt(outcome.responseBody), state->secrets);
        outcome.error = excerpt.isEmpty()
            ? tr("HTTP %1 from %2").arg(status).arg(host)
            : tr("HTTP %1 from %2: %3").arg(status).arg(host, excerpt);
    }
    if (outcome.kind != HttpOutcome::Kind::Delivered)
        qCInfo(lcHttpSender).noquote()
            << "delivery" << state->deliveryId << "not delivered:" << outcome.error;
    // A receiver that echoes the request back must not put our credentials into the store.
    for (const QByteArray &secret : std::as_const(state->secrets)) {
        if (!secret.isEmpty())
            outcome.responseBody.replace(secret, "[redacted]");
    }
    const QString deliveryId = state->deliveryId;
    delete state;
    Q_EMIT sent(deliveryId, outcome);
}

} // namespace OtBridge
