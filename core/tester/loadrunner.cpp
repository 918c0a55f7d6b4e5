// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrunner.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace OtBridge {

namespace {

// QNetworkAccessManager opens at most six HTTP/1.1 connections per host and queues the rest,
// so a run asking for more at once gets one manager per six.
constexpr int connectionsPerManager = 6;
constexpr qint64 progressIntervalMs = 50;

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

LoadRunner::LoadRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<OtBridge::TesterResponse>();
    qRegisterMetaType<OtBridge::LoadSummary>();
}

LoadRunner::~LoadRunner()
{
    // Replies die with their managers; their finished() must not reach a half-destroyed runner.
    for (QNetworkReply *reply : std::as_const(m_inFlight))
        reply->disconnect(this);
}

Result<void> LoadRunner::check(const TesterRequest &request, const RequestSigning &signing,
                               const LoadPlan &plan)
{
    const QUrl url(request.url, QUrl::StrictMode);
    if (request.url.contains(QLatin1String("{{")))
        return Result<void>::failure(
            tr("the URL still holds a {{variable}}: give it a value first"));
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Result<void>::failure(tr("the URL must be an http:// or https:// address"));
    if (request.method.isEmpty() || request.method.contains(' '))
        return Result<void>::failure(tr("the method must be one word, such as POST"));
    if (plan.count < 1 || plan.count > maxCount)
        return Result<void>::failure(
            tr("the number of requests must be from 1 to %1").arg(maxCount));
    if (plan.concurrency < 1 || plan.concurrency > maxConcurrency)
        return Result<void>::failure(tr("concurrency must be from 1 to %1").arg(maxConcurrency));
    if (auto valid = signing.validate(); !valid)
        return valid;
    return {};
}

Result<void> LoadRunner::start(const TesterRequest &request, const RequestSigning &signing,
                               const LoadPlan &plan)
{
    if (m_running)
        return Result<void>::failure(tr("a run is still going"));
    if (auto checked = check(request, signing, plan); !checked)
        return checked;

    m_request = request;
    m_signing = signing;
    m_plan = plan;
    m_url = QUrl(request.url);
    m_running = true;
    m_cancelled = false;
    m_sent = 0;
    m_done = 0;
    m_summary = {};
    m_summary.planned = plan.count;
    m_latenciesUs.clear();
    m_last = {};
    m_lastProblem = {};
    m_lastProgressMs = -1;

    const int workers = std::min(plan.concurrency, plan.count);
    const int managers = (workers + connectionsPerManager - 1) / connectionsPerManager;
    while (m_networks.size() < managers)
        m_networks.append(new QNetworkAccessManager(this));
    for (QNetworkAccessManager *network : std::as_const(m_networks))
        network->setProxy(isLoopback(m_url) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                            : QNetworkProxy(QNetworkProxy::DefaultProxy));

    m_clock.start();
    reportProgress(true);
    for (int slot = 0; slot < workers; ++slot)
        sendNext(slot);
    return {};
}

void LoadRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const QSet<QNetworkReply *> inFlight = m_inFlight;
    for (QNetworkReply *reply : inFlight)
        reply->abort();
    if (m_running && m_inFlight.isEmpty())
        finish();
}

void LoadRunner::sendNext(int slot)
{
    const int sequence = m_sent++;
    HeaderList headers = m_request.headers;
    if (m_signing.kind != RequestSigning::Kind::None) {
        const QByteArray id = "msg_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto signedHeaders
            = m_signing.sign(headers, m_request.body, id, QDateTime::currentSecsSinceEpoch());
        if (signedHeaders) // checked at start; the secret cannot change during a run
            headers = signedHeaders.value();
    }

    QNetworkRequest request(m_url);
    for (const auto &[name, value] : std::as_const(headers))
        request.setRawHeader(name, value);
    if (headerValue(headers, "user-agent").isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("OT Bridge tester"));
    request.setTransferTimeout(m_plan.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    QNetworkAccessManager *network = m_networks.at(slot / connectionsPerManager);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET" && m_request.body.isEmpty())
        reply = network->get(request);
    else if (m_request.method == "HEAD")
        reply = network->head(request);
    else
        reply = network->sendCustomRequest(request, m_request.method, m_request.body);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, slot, sequence, clock, headers] {
        handleReplyFinished(reply, slot, sequence, clock, headers);
    });
}

void LoadRunner::handleReplyFinished(QNetworkReply *reply, int slot, int sequence,
                                     const QElapsedTimer &clock, const HeaderList &sent)
{
    const qint64 latencyUs = clock.nsecsElapsed() / 1000;
    m_inFlight.remove(reply);
    reply->deleteLater();
    const bool aborted = m_cancelled && reply->error() == QNetworkReply::OperationCanceledError;
    if (!aborted) {
        TesterResponse response;
        response.sequence = sequence;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.latencyMs = double(latencyUs) / 1000.0;
        response.sentHeaders = sent;
        if (response.status > 0) {
            ++m_summary.completed;
            ++m_summary.statusCounts[response.status];
            m_latenciesUs.append(latencyUs);
            response.reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                response.headers.append({name, value});
            response.body = reply->read(maxResponseBytes);
            response.bodyTruncated = reply->bytesAvailable() > 0;
        } else {
            ++m_summary.failed;
            response.error = reply->error() == QNetworkReply::OperationCanceledError
                ? tr("no answer within %1 ms").arg(m_plan.timeoutMs)
                : reply->errorString();
            ++m_summary.errorCounts[response.error];
        }
        if (response.status == 0 || response.status >= 400)
            m_lastProblem = response;
        m_last = response;
    }
    ++m_done;
    if (!m_cancelled && m_sent < m_plan.count)
        sendNext(slot);
    if (m_inFlight.isEmpty())
        finish();
    else
        reportProgress(false);
}

void LoadRunner::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < progressIntervalMs)
        return;
    m_lastProgressMs = now;
    Q_EMIT progressed(m_done, m_plan.count);
}

void LoadRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.cancelled = m_cancelled;
    m_summary.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_summary.setLatencies(m_latenciesUs);
    reportProgress(true);
    if (m_lastProblem.sequence >= 0)
        Q_EMIT responseReceived(m_lastProblem);
    else if (m_last.sequence >= 0)
        Q_EMIT responseReceived(m_last);
    Q_EMIT finished(m_summary);
}

} // namespace OtBridge
