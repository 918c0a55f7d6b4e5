// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextclient.h"
#include "retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <QUrlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOpenText, "otbridge.opentext")

namespace OtBridge {

namespace {

constexpr int maxErrorTextLength = 300;

// What OpenText said went wrong, from whichever error shape it used: a gateway fault, an OAuth2
// error, or a messaging error; else the start of the body as text.
QString errorText(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonObject fault = json.value(QLatin1String("fault")).toObject();
    if (!fault.isEmpty()) {
        const QString text = fault.value(QLatin1String("faultstring")).toString();
        const QString code = fault.value(QLatin1String("detail"))
                                 .toObject()
                                 .value(QLatin1String("errorcode"))
                                 .toString();
        return code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, code);
    }
    for (const char *key : {"message", "error_description", "errorMessage", "detail"}) {
        const QString text = json.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    const QJsonValue error = json.value(QLatin1String("error"));
    if (error.isString())
        return error.toString();
    if (error.isObject()) {
        const QString text = error.toObject().value(QLatin1String("message")).toString();
        if (!text.isEmpty())
            return text;
    }
    const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonValue first = errors.first();
        if (first.isString())
            return first.toString();
        const QString text = first.toObject().value(QLatin1String("message")).toString();
        if (!text.isEmpty())
            return text;
    }
    QString text = QString::fromUtf8(body.left(maxErrorTextLength)).simplified();
    if (body.size() > maxErrorTextLength)
        text += QStringLiteral("…");
    return text;
}

QString describeHttpError(const HttpResponse &reply)
{
    const int status = reply.status;
    const QString reason = QString::fromLatin1(reply.reason);
    const QString text = errorText(reply.body);
    const QString answer = reason.isEmpty() ? QString::number(status)
                                            : QStringLiteral("%1 %2").arg(status).arg(reason);
    if (text.isEmpty())
        return QObject::tr("OpenText answered %1").arg(answer);
    return QObject::tr("OpenText answered %1: %2").arg(answer, text);
}

QString describeNetworkError(const HttpResponse &reply, const QUrl &url, int timeoutMs)
{
    const QString where = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    if (reply.failure == HttpResponse::Failure::Timeout
        || reply.failure == HttpResponse::Failure::Aborted)
        return QObject::tr("no answer from %1 within %2 ms").arg(where).arg(timeoutMs);
    return QObject::tr("cannot reach %1: %2").arg(where, reply.error);
}

// The dispatcher's view of an answer that was not a success.
SubmitOutcome failureOutcome(const HttpResponse &reply, const QUrl &url, int timeoutMs)
{
    SubmitOutcome outcome;
    outcome.httpStatus = reply.status;
    if (outcome.httpStatus == 0) {
        outcome.kind = SubmitOutcome::Kind::RetryLater;
        outcome.error = describeNetworkError(reply, url, timeoutMs);
        return outcome;
    }
    outcome.error = describeHttpError(reply);
    outcome.retryAfterSeconds = parseRetryAfter(reply.header("retry-after"));
    const int status = outcome.httpStatus;
    outcome.kind = (status >= 500 || status == 429 || status == 408)
        ? SubmitOutcome::Kind::RetryLater
        : SubmitOutcome::Kind::PermanentFailure;
    return outcome;
}

QByteArray basicAuthorization(const QString &user, const QString &secret)
{
    return "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

} // namespace

OpenTextClient::OpenTextClient(QObject *parent)
    : QObject(parent)
    , m_network(new HttpClient(this))
{
    qRegisterMetaType<SubmitOutcome>();
    qRegisterMetaType<OpenTextJobStatus>();
    // The dispatcher keeps up to 128 submits under way; a few connections carry them.
    m_network->setMaxConnectionsPerOrigin(8);
}

// Requests still under way end with the client (HttpClient drops their callbacks): nobody is
// left to hear their outcome.
OpenTextClient::~OpenTextClient() = default;

void OpenTextClient::configure(const OpenTextTarget &target, const QString &secret)
{
    m_target = target;
    m_secret = secret;
    m_unavailable.clear();
    m_waiting = false;
    m_configured = true;
    resetAuthorization();
}

void OpenTextClient::configureUnavailable(const OpenTextTarget &target, const QString &reason)
{
    m_target = target;
    m_secret.clear();
    m_unavailable = reason;
    m_waiting = false;
    m_configured = true;
    resetAuthorization();
}

void OpenTextClient::configureWaiting(const OpenTextTarget &target, const QString &reason)
{
    configureUnavailable(target, reason);
    m_waiting = true;
}

void OpenTextClient::resetAuthorization()
{
    m_token.clear();
    m_tokenExpiry = QDateTime();
    m_tokenLifetimeSeconds = 0;
    m_network->closeIdleConnections();
    // A token on its way was asked for with the old target and secret: it must not be used
    // for the new one (its answer is ignored). Whoever waited for it asks again, under the new
    // configuration.
    if (m_tokenPending) {
        m_tokenPending = false;
        ++m_tokenGeneration;
    }
    const QList<Authorized> waiting = std::exchange(m_waitingForToken, {});
    for (const Authorized &then : waiting)
        withAuthorization(then);
}

HttpRequest OpenTextClient::request(const QString &path, const QByteArray &authorization) const
{
    QUrl url = m_target.messagingUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    HttpRequest request;
    request.url = url;
    request.headers = {{"Authorization", authorization}, {"Accept", "application/json"}};
    request.timeoutMs = m_target.timeoutMs;
    return request;
}

void OpenTextClient::withAuthorization(const Authorized &then)
{
    if (!m_unavailable.isEmpty()) {
        SubmitOutcome failure;
        failure.kind = SubmitOutcome::Kind::RetryLater;
        failure.error = m_unavailable;
        // Never from inside the caller's call: outcomes always arrive from the event loop.
        QMetaObject::invokeMethod(
            this, [then, failure] { then(QByteArray(), &failure); }, Qt::QueuedConnection);
        return;
    }
    if (m_target.auth == OpenTextTarget::Auth::Basic) {
        then(basicAuthorization(m_target.user, m_secret), nullptr);
        return;
    }
    const bool fresh = !m_token.isEmpty()
        && (!m_tokenExpiry.isValid() || QDateTime::currentDateTimeUtc() < m_tokenExpiry);
    if (fresh) {
        then("Bearer " + m_token, nullptr);
        return;
    }
    m_waitingForToken.append(then);
    if (!m_tokenPending)
        requestToken();
}

void OpenTextClient::requestToken()
{
    m_token.clear();
    ++m_tokenRequests;
    HttpRequest request;
    request.method = "POST";
    request.url = m_target.tokenUrl();
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Authorization", basicAuthorization(m_target.clientId, m_secret)},
                       {"Accept", "application/json"}};
    request.body = QByteArrayLiteral("grant_type=client_credentials");
    request.timeoutMs = m_target.timeoutMs;
    m_tokenPending = true;
    const quint64 generation = ++m_tokenGeneration;
    const QUrl url = request.url;
    m_network->send(std::move(request), [this, generation, url](const HttpResponse &reply) {
        finishTokenRequest(generation, url, reply);
    });
}

void OpenTextClient::finishTokenRequest(quint64 generation, const QUrl &url,
                                        const HttpResponse &reply)
{
    if (generation != m_tokenGeneration || !m_tokenPending)
        return; // asked for under an earlier configuration
    m_tokenPending = false;
    const QByteArray &body = reply.body;
    const int status = reply.status;

    SubmitOutcome failure;
    if (status / 100 == 2) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        m_token = json.value(QLatin1String("access_token")).toString().toUtf8();
        if (m_token.isEmpty()) {
            failure.error = tr("the token endpoint %1 answered without an access_token")
                                .arg(m_target.tokenUrl().toString());
        } else {
            // expires_in is not promised: without it the token is used until a 401 says it
            // expired.
            const int lifetime = json.value(QLatin1String("expires_in")).toInt(0);
            m_tokenLifetimeSeconds = lifetime;
            m_tokenExpiry = lifetime > 0 ? QDateTime::currentDateTimeUtc().addSecs(
                                lifetime - qMin(m_refreshMarginSeconds, lifetime / 2))
                                         : QDateTime();
        }
    } else if (status == 0) {
        failure = failureOutcome(reply, url, m_target.timeoutMs);
    } else {
        failure = failureOutcome(reply, url, m_target.timeoutMs);
        if (status == 400 || status == 401 || status == 403)
            failure.error = tr("OpenText refused the client credentials for tenant '%1': %2")
                                .arg(m_target.tenantId, errorText(body));
    }
    if (!failure.error.isEmpty())
        qCWarning(lcOpenText) << "token request failed:" << failure.error;

    // Decided once: a waiter's slot may start another token request meanwhile.
    const QList<Authorized> waiting = std::exchange(m_waitingForToken, {});
    const QByteArray authorization = m_token.isEmpty() ? QByteArray() : "Bearer " + m_token;
    const SubmitOutcome *outcome = authorization.isEmpty() ? &failure : nullptr;
    for (const Authorized &then : waiting)
        then(authorization, outcome);
}

void OpenTextClient::submit(const QString &deliveryId, const OpenTextMessage &message, int firstJob)
{
    const QList<OpenTextMessage> jobs = splitDestinations(message, m_target.maxDestinationsPerJob);
    if (message.destinations.isEmpty() || firstJob < 0 || firstJob >= jobs.size()) {
        SubmitOutcome outcome;
        outcome.error = message.destinations.isEmpty()
            ? tr("the message has no destinations")
            : tr("job %1 of a fan-out of %2 jobs does not exist")
                  .arg(firstJob + 1)
                  .arg(jobs.size());
        QMetaObject::invokeMethod(
            this, [this, deliveryId, outcome] { Q_EMIT submitted(deliveryId, outcome); },
            Qt::QueuedConnection);
        return;
    }
    submitJob(deliveryId, jobs, firstJob, {}, false);
}

QString OpenTextClient::submitId(const QString &deliveryId, int job)
{
    return job == 0 ? deliveryId : QStringLiteral("%1-%2").arg(deliveryId).arg(job + 1);
}

QString OpenTextClient::unknownJobId(const QString &submitId)
{
    return QStringLiteral("submit:") + submitId;
}

bool OpenTextClient::isUnknownJob(const QString &jobId)
{
    return jobId.startsWith(QLatin1String("submit:"));
}

void OpenTextClient::submitJob(const QString &deliveryId, const QList<OpenTextMessage> &jobs,
                               int index, QStringList jobIds, bool retriedAuth)
{
    withAuthorization([=](const QByteArray &authorization, const SubmitOutcome *failure) {
        if (failure) {
            SubmitOutcome outcome = *failure;
            outcome.jobIds = jobIds;
            outcome.failedJob = index;
            Q_EMIT submitted(deliveryId, outcome);
            return;
        }
        const OpenTextMessage &job = jobs.at(index);
        HttpRequest request = this->request(submitPath(job), authorization);
        request.method = "POST";
        request.headers.append(
            std::pair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.headers.append(
            std::pair(QByteArray("X-MRA-SubmitId"), submitId(deliveryId, index).toUtf8()));
        request.body = submitBodyJson(job);
        const QUrl url = request.url;
        m_network->send(std::move(request), [=](const HttpResponse &reply) {
            const QByteArray &body = reply.body;
            const int status = reply.status;
            if (status == 401 && !retriedAuth && dropToken(authorization)) {
                submitJob(deliveryId, jobs, index, jobIds, true);
                return;
            }
            if (status / 100 == 2) {
                const QString jobId = QJsonDocument::fromJson(body)
                                          .object()
                                          .value(QLatin1String("job_id"))
                                          .toString();
                // Accepted all the same (OpenText has the job): sending it again would send
                // it twice, so an answer without its id stands for an unknown job.
                if (jobId.isEmpty())
                    qCWarning(lcOpenText).noquote()
                        << "submit" << submitId(deliveryId, index) << "accepted with" << status
                        << "but without a job_id; its status cannot be followed";
                QStringList accepted = jobIds;
                accepted.append(jobId.isEmpty() ? unknownJobId(submitId(deliveryId, index))
                                                : jobId);
                if (index + 1 < jobs.size()) {
                    submitJob(deliveryId, jobs, index + 1, accepted, false);
                    return;
                }
                SubmitOutcome outcome;
                outcome.kind = SubmitOutcome::Kind::Accepted;
                outcome.httpStatus = status;
                outcome.jobIds = accepted;
                Q_EMIT submitted(deliveryId, outcome);
                return;
            }
            SubmitOutcome outcome = failureOutcome(reply, url, m_target.timeoutMs);
            outcome.jobIds = jobIds;
            outcome.failedJob = index;
            qCInfo(lcOpenText).noquote()
                << "submit" << submitId(deliveryId, index) << "failed:" << outcome.error;
            Q_EMIT submitted(deliveryId, outcome);
        });
    });
}

bool OpenTextClient::dropToken(const QByteArray &authorization)
{
    // Only a bearer token can be refreshed; with Basic a 401 is the final word.
    if (m_target.auth != OpenTextTarget::Auth::OAuth2)
        return false;
    // Several requests may come back 401 with the same token: the first one drops it, the
    // rest find a newer one (or the request for it) already under way.
    if ("Bearer " + m_token == authorization) {
        m_token.clear();
        m_tokenExpiry = QDateTime();
    }
    return true;
}

void OpenTextClient::query(OpenTextChannel channel, const QString &jobId, bool retriedAuth,
                           const StatusDone &done)
{
    withAuthorization([=](const QByteArray &authorization, const SubmitOutcome *failure) {
        if (failure) {
            const bool retryable = failure->kind == SubmitOutcome::Kind::RetryLater;
            if (retryable && failure->retryAfterSeconds)
                holdQueries(*failure->retryAfterSeconds);
            done(Result<OpenTextJobStatus>::failure(failure->error), retryable);
            return;
        }
        HttpRequest request = this->request(statusPath(channel), authorization);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("job_id"), jobId);
        request.url.setQuery(query);
        const QUrl url = request.url;
        m_network->send(std::move(request), [=](const HttpResponse &reply) {
            const int status = reply.status;
            if (status == 401 && !retriedAuth && dropToken(authorization)) {
                this->query(channel, jobId, true, done);
                return;
            }
            if (status / 100 != 2) {
                const SubmitOutcome outcome = failureOutcome(reply, url, m_target.timeoutMs);
                const bool retryable = outcome.kind == SubmitOutcome::Kind::RetryLater;
                if (retryable && outcome.retryAfterSeconds)
                    holdQueries(*outcome.retryAfterSeconds);
                done(Result<OpenTextJobStatus>::failure(outcome.error), retryable);
                return;
            }
            auto parsed = parseJobStatus(reply.body);
            if (!parsed) {
                done(Result<OpenTextJobStatus>::failure(
                         tr("the status of %1 could not be read: %2").arg(jobId, parsed.error())),
                     false);
                return;
            }
            done(std::move(parsed), false);
        });
    });
}

void OpenTextClient::fetchStatus(OpenTextChannel channel, const QString &jobId)
{
    if (isUnknownJob(jobId)) {
        QMetaObject::invokeMethod(
            this,
            [this, jobId] {
                Q_EMIT statusFailed(jobId,
                                    tr("OpenText accepted this job without a job_id: its "
                                       "status cannot be asked for"));
            },
            Qt::QueuedConnection);
        return;
    }
    const qint64 held = queriesHeldMs();
    if (held > 0) {
        QTimer::singleShot(held, this, [this, channel, jobId] { fetchStatus(channel, jobId); });
        return;
    }
    query(channel, jobId, false, [this, jobId](Result<OpenTextJobStatus> status, bool) {
        if (status)
            Q_EMIT statusReceived(status.value());
        else
            Q_EMIT statusFailed(jobId, status.error());
    });
}

void OpenTextClient::holdQueries(int seconds)
{
    if (!m_pollClock.isValid())
        m_pollClock.start();
    m_queriesHeldUntilMs
        = std::max(m_queriesHeldUntilMs, m_pollClock.elapsed() + qint64(seconds) * 1000);
}

qint64 OpenTextClient::queriesHeldMs() const
{
    if (!m_pollClock.isValid())
        return 0;
    return std::max<qint64>(0, m_queriesHeldUntilMs - m_pollClock.elapsed());
}

void OpenTextClient::poll(OpenTextChannel channel, const QString &jobId)
{
    if (m_polls.contains(jobId) || isUnknownJob(jobId))
        return;
    Poll &poll = m_polls[jobId];
    poll.channel = channel;
    poll.delayMs = m_pollPolicy.firstDelayMs;
    schedulePoll(jobId, poll.delayMs);
}

void OpenTextClient::schedulePoll(const QString &jobId, int delayMs)
{
    const auto it = m_polls.find(jobId);
    if (it == m_polls.end())
        return;
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        m_pollTimer->setSingleShot(true);
        connect(m_pollTimer, &QTimer::timeout, this, &OpenTextClient::pollDue);
        if (!m_pollClock.isValid())
            m_pollClock.start();
    }
    it->dueMs = m_pollClock.elapsed() + std::max<qint64>(delayMs, queriesHeldMs());
    m_pollQueue.insert(it->dueMs, jobId);
    armPollTimer();
}

void OpenTextClient::armPollTimer()
{
    if (m_pollQueue.isEmpty()) {
        m_pollTimer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_pollQueue.firstKey() - m_pollClock.elapsed());
    m_pollTimer->start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void OpenTextClient::pollDue()
{
    const qint64 now = m_pollClock.elapsed();
    QStringList due;
    while (!m_pollQueue.isEmpty() && m_pollQueue.firstKey() <= now) {
        due.append(m_pollQueue.first());
        m_pollQueue.erase(m_pollQueue.begin());
    }
    // Due before a status answer asked to wait: they wait too, without spending a query.
    const bool held = queriesHeldMs() > 0;
    for (const QString &jobId : std::as_const(due)) {
        const auto it = m_polls.find(jobId);
        if (it == m_polls.end())
            continue;
        if (held) {
            schedulePoll(jobId, 0);
            continue;
        }
        it->dueMs = -1;
        pollNow(jobId);
    }
    armPollTimer();
}

void OpenTextClient::pollNow(const QString &jobId)
{
    const auto it = m_polls.constFind(jobId);
    if (it == m_polls.cend())
        return;
    query(
        it->channel, jobId, false, [this, jobId](Result<OpenTextJobStatus> status, bool retryable) {
            auto it = m_polls.find(jobId);
            if (it == m_polls.end())
                return; // stopped meanwhile, for instance by a pushed status
            const int polls = ++it->polls;
            if (!status && !retryable) {
                stopPolling(jobId);
                Q_EMIT statusFailed(jobId, status.error());
                return;
            }
            const bool complete = status && status->isComplete();
            if (complete || polls >= m_pollPolicy.maxPolls)
                stopPolling(jobId);
            // Slots may stop or start polls: nothing from m_polls is held across the signal.
            if (status)
                Q_EMIT statusReceived(status.value());
            if (complete)
                return;
            if (polls >= m_pollPolicy.maxPolls) {
                Q_EMIT statusFailed(jobId,
                                    tr("the job %1 was still not complete after %2 status queries")
                                        .arg(jobId)
                                        .arg(polls));
                return;
            }
            it = m_polls.find(jobId);
            if (it == m_polls.end())
                return;
            it->delayMs
                = int(qMin<double>(m_pollPolicy.maxDelayMs, it->delayMs * m_pollPolicy.factor));
            schedulePoll(jobId, it->delayMs);
        });
}

void OpenTextClient::stopPolling(const QString &jobId)
{
    const auto it = m_polls.find(jobId);
    if (it == m_polls.end())
        return;
    unschedulePoll(jobId, it->dueMs);
    m_polls.erase(it);
}

void OpenTextClient::unschedulePoll(const QString &jobId, qint64 dueMs)
{
    if (dueMs < 0)
        return;
    // Found among those due at the same time: an index lookup, not a scan of the queue.
    for (auto queued = m_pollQueue.find(dueMs);
         queued != m_pollQueue.end() && queued.key() == dueMs; ++queued) {
        if (queued.value() == jobId) {
            m_pollQueue.erase(queued);
            return;
        }
    }
}

Result<OpenTextJobStatus> OpenTextClient::acceptStatusDocument(const QByteArray &json)
{
    auto status = parseJobStatus(json);
    if (!status)
        return status;
    Q_EMIT statusReceived(status.value());
    if (status->isComplete()) {
        stopPolling(status->jobId);
        return status;
    }
    // The push channel works for this job: its poll becomes the safety net, later. (A query
    // under way, dueMs -1, reschedules itself when it answers.)
    if (const auto it = m_polls.find(status->jobId); it != m_polls.end() && it->dueMs >= 0) {
        const qint64 pushedDue = m_pollClock.elapsed() + m_pollPolicy.afterPushDelayMs;
        if (it->dueMs < pushedDue) {
            unschedulePoll(status->jobId, it->dueMs);
            it->delayMs = std::max(it->delayMs, m_pollPolicy.afterPushDelayMs);
            schedulePoll(status->jobId, m_pollPolicy.afterPushDelayMs);
        }
    }
    return status;
}

void OpenTextClient::testConnection()
{
    const QString host = (m_target.auth == OpenTextTarget::Auth::OAuth2 ? m_target.tokenUrl()
                                                                        : m_target.messagingUrl)
                             .host();
    if (m_target.auth == OpenTextTarget::Auth::OAuth2) {
        // Always a new token: a cached one would prove nothing about the credentials now.
        m_token.clear();
        m_tokenExpiry = QDateTime();
        withAuthorization([this, host](const QByteArray &, const SubmitOutcome *failure) {
            if (failure) {
                Q_EMIT connectionTested(false, failure->error);
                return;
            }
            const QString message = m_tokenLifetimeSeconds > 0
                ? tr("Connected to %1: OpenText issued a token valid for %2 seconds.")
                      .arg(host)
                      .arg(m_tokenLifetimeSeconds)
                : tr("Connected to %1: OpenText issued a token.").arg(host);
            Q_EMIT connectionTested(true, message);
        });
        return;
    }
    // Basic: ask for the status of a job that does not exist. 404 means the credentials passed.
    withAuthorization([this, host](const QByteArray &authorization, const SubmitOutcome *failure) {
        if (failure) {
            Q_EMIT connectionTested(false, failure->error);
            return;
        }
        HttpRequest request = this->request(statusPath(OpenTextChannel::Sms), authorization);
        request.url.setQuery(QStringLiteral("job_id=xsi-0"));
        const QUrl url = request.url;
        m_network->send(std::move(request), [this, host, url](const HttpResponse &reply) {
            const QByteArray &body = reply.body;
            const int status = reply.status;
            if (status / 100 == 2 || status == 404) {
                Q_EMIT connectionTested(
                    true, tr("Connected to %1: the user and password were accepted.").arg(host));
            } else if (status == 401 || status == 403) {
                Q_EMIT connectionTested(
                    false,
                    tr("OpenText refused the user '%1': %2").arg(m_target.user, errorText(body)));
            } else {
                Q_EMIT connectionTested(false,
                                        failureOutcome(reply, url, m_target.timeoutMs).error);
            }
        });
    });
}

} // namespace OtBridge
