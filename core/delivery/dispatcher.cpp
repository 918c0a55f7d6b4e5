// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "event/uuidv7.h"
#include "event/webhooksignature.h"
#include "rules/router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcDispatch, "otbridge.dispatch")

namespace OtBridge {

namespace {

// Events received this long ago and still not routed: the node that stored them stopped before
// routing them (on a database nodes share, no restart of it may come). Looked for every
// lease renewal, when this node has no routing of its own waiting.
constexpr qint64 unroutedAfterMs = 15 * 1000;
constexpr int routeChunk = 256;
constexpr int routeSlice = 128; // events routed per turn of the event loop
constexpr int routeHeldLimit = 8192; // events kept in memory for routing (the rest is read)
constexpr int updateIntervalMs = 100; // deliveriesUpdated() at most this often
constexpr int pushedFirstPollDelayMs = 30 * 1000; // the first poll of a job when pushes come
constexpr int idleWakeMs = 1000; // look again at least this often (leases of a dead process)

QString openTextStateOf(const OpenTextJobStatus &status, QString *error, QString *destination)
{
    bool anyPending = status.deliveries.isEmpty();
    bool anySent = false;
    bool anyFailed = false;
    for (const OpenTextDestinationStatus &delivery : status.deliveries) {
        switch (delivery.state()) {
        case OpenTextDestinationStatus::State::Failed:
            if (!anyFailed) {
                *destination = delivery.address;
                const QString last
                    = delivery.attempts.isEmpty() ? QString() : delivery.attempts.constLast().state;
                *error = QObject::tr("OpenText could not deliver to %1 (job %2, %3)")
                             .arg(delivery.address, status.jobId,
                                  last.isEmpty() ? QStringLiteral("failed") : last);
            }
            anyFailed = true;
            break;
        case OpenTextDestinationStatus::State::Pending:
            anyPending = true;
            break;
        case OpenTextDestinationStatus::State::Sent:
            anySent = true;
            break;
        case OpenTextDestinationStatus::State::Delivered:
            break;
        }
    }
    if (anyFailed)
        return QStringLiteral("failed");
    if (anyPending)
        return QStringLiteral("pending");
    if (anySent)
        return QStringLiteral("sent");
    return QStringLiteral("delivered");
}

QJsonObject deliveryJson(const DeliveryRecord &record)
{
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("rule"), record.rule},
            {QStringLiteral("target"), record.target},
            {QStringLiteral("attempts"), record.attempts},
            {QStringLiteral("state"), deliveryStateName(record.state)},
            {QStringLiteral("last_error"), record.lastError},
            {QStringLiteral("opentext_job_id"), record.openTextJobId}};
}

QJsonObject originalJson(const std::optional<Event> &event)
{
    if (!event)
        return {};
    return {{QStringLiteral("id"), event->id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("source"), event->source},
            {QStringLiteral("received_at"), event->receivedAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

Dispatcher::Dispatcher(EventStore *events, DeliveryQueue *deliveries, OpenTextClient *openText,
                       QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_deliveries(deliveries)
    , m_openText(openText)
    , m_http(new HttpSender(this))
    , m_timer(this)
{
    qRegisterMetaType<DeliveryRecord>();
    qRegisterMetaType<QList<DeliveryRecord>>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::dispatchDue);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(updateIntervalMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &Dispatcher::flushUpdated);
    m_leaseTimer.setInterval(leaseRenewMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, &Dispatcher::keepWork);
    connect(m_http, &HttpSender::sent, this, &Dispatcher::onHttpSent);
    if (m_openText) {
        connect(m_openText, &OpenTextClient::submitted, this, &Dispatcher::onOpenTextSubmitted);
        connect(m_openText, &OpenTextClient::statusReceived, this, &Dispatcher::onOpenTextStatus);
    }
    m_clock.start();
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    // A changed policy starts its breaker and limiter afresh.
    m_breakers.clear();
    m_limiters.clear();
    if (m_openText) {
        // With a status source, OpenText's pushes say how each job went; a poll 2 s after every
        // submit would be a second request per message, and in a burst it comes before the push
        // (which waits its turn to be routed). Polling stays as the safety net, later.
        OpenTextClient::PollPolicy policy;
        if (!m_statusSource.isEmpty() && workspace.source(m_statusSource))
            policy.firstDelayMs = pushedFirstPollDelayMs;
        m_openText->setPollPolicy(policy);
    }
}

void Dispatcher::setLeaseTiming(int leaseSeconds, int renewMs)
{
    m_leaseSeconds = leaseSeconds;
    m_leaseTimer.setInterval(renewMs);
}

void Dispatcher::setSecrets(const QHash<QString, QString> &secrets,
                            const QHash<QString, QString> &errors)
{
    m_secrets = secrets;
    m_secretErrors = errors;
}

void Dispatcher::start()
{
    m_running = true;
    if (auto released = m_deliveries->releaseAllLeases(); !released)
        qCWarning(lcDispatch).noquote() << released.error();
    else if (released.value() > 0)
        qCInfo(lcDispatch) << released.value()
                           << "deliveries under way when the last run stopped are due again";
    routeUnrouted();
    m_leaseTimer.start();
    dispatchDue();
}

void Dispatcher::stop()
{
    flushStatuses(); // the writer still runs: the engine waits for it after this
    flushUpdated();
    m_running = false;
    // Whatever was waiting to be routed is still unrouted in the store: the next start reads it.
    m_routeQueue.clear();
    m_routeHeld.clear();
    m_timer.stop();
    m_leaseTimer.stop();
    // First: the aborts below answer at once, and those answers are not attempts. The leases
    // stay; the next start takes them back and sends again (at least once).
    m_inFlight.clear();
    m_http->abortAll();
}

void Dispatcher::wake()
{
    // Callable from any thread: dispatchDue runs on ours and checks m_running there.
    QMetaObject::invokeMethod(this, &Dispatcher::dispatchDue, Qt::QueuedConnection);
}

void Dispatcher::postDispatch()
{
    // Many outcomes and routings arrive together: one look at the store for all of them.
    if (!m_running || m_dispatchPosted)
        return;
    m_dispatchPosted = true;
    QMetaObject::invokeMethod(this, &Dispatcher::dispatchDue, Qt::QueuedConnection);
}

void Dispatcher::onAppended(const QList<AppendResult> &results)
{
    if (!m_running)
        return;
    QList<QUuid> stored;
    QList<DeliveryQueue::RoutedEvent> noRule;
    for (const AppendResult &result : results) {
        if (result.status != AppendStatus::Stored)
            continue;
        if (result.summary.state == QLatin1String("routed"))
            continue; // stored as routed: no rule listens to its source
        // No rule listens to this source: nothing to read, it is routed as it is.
        const QString &source = result.summary.source;
        if (source != m_statusSource && m_workspace.rulesFor(source).isEmpty()) {
            noRule.append({result.id, {}, {}});
            continue;
        }
        stored.append(result.id);
        if (result.event && m_routeHeld.size() < routeHeldLimit)
            m_routeHeld.insert(result.id, *result.event);
    }
    if (!noRule.isEmpty()) {
        m_deliveries->insertRoutedAsync(
            noRule, this, [this, noRule](const Result<QStringList> &marked) {
                if (!marked) {
                    qCWarning(lcDispatch).noquote()
                        << "routing could not be stored:" << marked.error();
                    m_routingBacklog = true;
                    return;
                }
                QList<QUuid> ids;
                for (const DeliveryQueue::RoutedEvent &event : noRule)
                    ids.append(event.eventId);
                Q_EMIT eventsRouted(ids);
            });
    }
    if (stored.isEmpty())
        return;
    // Routed in slices from the event loop, so that a burst of events never keeps the HTTP and
    // OpenText calls of this thread from their sockets for long.
    m_routeQueue += stored;
    if (!m_routePosted) {
        m_routePosted = true;
        QMetaObject::invokeMethod(this, &Dispatcher::routeQueued, Qt::QueuedConnection);
    }
}

void Dispatcher::routeQueued()
{
    m_routePosted = false;
    if (!m_running || m_routeQueue.isEmpty())
        return;
    const qsizetype slice = std::min<qsizetype>(routeSlice, m_routeQueue.size());
    const QList<QUuid> ids = m_routeQueue.mid(0, slice);
    m_routeQueue.remove(0, slice);
    routeEvents(ids);
    if (!m_routeQueue.isEmpty()) {
        m_routePosted = true;
        QMetaObject::invokeMethod(this, &Dispatcher::routeQueued, Qt::QueuedConnection);
    }
}

void Dispatcher::routeEvents(const QList<QUuid> &ids, bool wait)
{
    QList<Event> events;
    events.reserve(ids.size());
    for (const QUuid &id : ids) {
        if (const auto held = m_routeHeld.constFind(id); held != m_routeHeld.cend()) {
            events.append(*held);
            m_routeHeld.erase(held);
            continue;
        }
        std::optional<Event> event = m_events->event(id);
        if (!event) {
            m_routingBacklog = true; // not readable now: routeUnrouted() finds it later
            continue;
        }
        events.append(std::move(*event));
    }
    routeEvents(events, wait);
}

void Dispatcher::routeEvents(const QList<Event> &events, bool wait)
{
    const QDateTime routedAt = now();
    QList<DeliveryQueue::RoutedEvent> batch;
    batch.reserve(events.size());
    for (const Event &event : events) {
        if (!m_statusSource.isEmpty() && event.source == m_statusSource && m_openText) {
            if (auto status = m_openText->acceptStatusDocument(event.body); !status)
                qCWarning(lcDispatch).noquote()
                    << "a pushed OpenText status could not be read:" << status.error();
        }
        batch.append(routeEvent(m_workspace, event, m_context, routedAt));
    }
    // The states pushed in these events commit no later than the events are marked routed: a
    // crash in between cannot lose them.
    flushStatuses();
    if (batch.isEmpty())
        return;
    if (wait) {
        onRouted(batch, m_deliveries->insertRouted(batch));
        return;
    }
    m_deliveries->insertRoutedAsync(
        batch, this,
        [this, batch](const Result<QStringList> &inserted) { onRouted(batch, inserted); });
}

void Dispatcher::onRouted(const QList<DeliveryQueue::RoutedEvent> &batch,
                          const Result<QStringList> &inserted)
{
    if (!inserted) {
        // The events stay unrouted; the next wake routes them again.
        qCWarning(lcDispatch).noquote() << "routing could not be stored:" << inserted.error();
        m_routingBacklog = true;
        return;
    }
    QList<QUuid> routedIds;
    routedIds.reserve(batch.size());
    for (const DeliveryQueue::RoutedEvent &event : batch)
        routedIds.append(event.eventId);
    Q_EMIT eventsRouted(routedIds);
    // Deliveries that could not even be rendered are dead from the start: say so. (The others
    // are pending; their first attempt reports them.)
    QSet<QString> renderFailed;
    for (const DeliveryQueue::RoutedEvent &event : batch) {
        for (const NewDelivery &delivery : event.deliveries) {
            if (!delivery.renderError.isEmpty())
                renderFailed.insert(delivery.id);
        }
    }
    for (const QString &id : inserted.value()) {
        if (!renderFailed.contains(id))
            continue;
        const std::optional<DeliveryRecord> record = m_deliveries->delivery(id);
        if (!record)
            continue;
        noteUpdated(*record);
        if (record->state == DeliveryState::Dead) {
            const std::optional<Event> event = m_events->event(record->eventId);
            if (!event || InternalEvent::isInternal(event->source))
                continue;
            raise(QLatin1String(InternalEvent::deliveryDead),
                  record->id + QStringLiteral(":dead:0"),
                  {{QStringLiteral("event"), QLatin1String(InternalEvent::deliveryDead)},
                   {QStringLiteral("delivery"), deliveryJson(*record)},
                   {QStringLiteral("original_event"), originalJson(event)},
                   {QStringLiteral("original"), eventBodyJson(*event)}});
        }
    }
    if (!inserted->isEmpty())
        postDispatch();
}

void Dispatcher::routeStoredElsewhere(const QList<QUuid> &ids)
{
    if (m_running && !ids.isEmpty())
        routeEvents(ids);
}

void Dispatcher::routeUnrouted()
{
    // Bounded: each pass routes what it took, so the list shrinks; stop after the backlog a
    // store can plausibly hold rather than loop on a store that refuses to mark events routed.
    for (int pass = 0; pass < 100000; ++pass) {
        auto ids = m_deliveries->unroutedEvents(routeChunk);
        if (!ids) {
            qCWarning(lcDispatch).noquote() << "cannot read unrouted events:" << ids.error();
            return;
        }
        if (ids->isEmpty())
            return;
        if (pass == 0)
            qCInfo(lcDispatch) << "routing events stored before the last stop";
        routeEvents(ids.value(), true);
        if (ids->size() < routeChunk)
            return;
    }
}

void Dispatcher::keepWork()
{
    if (!m_running)
        return;
    if (!m_inFlight.isEmpty())
        m_deliveries->renewLeasesAsync(m_inFlight.keys(), now(), m_leaseSeconds);
    if (!m_routeQueue.isEmpty())
        return;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-unroutedAfterMs);
    auto ids = m_deliveries->unroutedEvents(routeChunk, before);
    if (!ids) {
        qCWarning(lcDispatch).noquote() << "cannot read unrouted events:" << ids.error();
        return;
    }
    if (ids->isEmpty())
        return;
    qCInfo(lcDispatch) << "routing" << ids->size()
                       << "events stored more than 15 s ago by a node that did not route them";
    routeEvents(ids.value());
}

void Dispatcher::dispatchDue()
{
    m_dispatchPosted = false;
    if (!m_running)
        return;
    if (m_routingBacklog) {
        m_routingBacklog = false;
        routeUnrouted();
    }
    if (m_leasing) {
        m_dispatchAgain = true; // the lease on its way may not have seen what woke us
        return;
    }
    const int room = maxInFlight - int(m_inFlight.size());
    const QDateTime at = now();
    if (room <= 0) {
        fireEscalations(at);
        fireDigests(at);
        schedule();
        return;
    }
    // One write leases a batch; its answer comes back through the event loop, so outcomes and
    // routing keep flowing while the writer commits.
    m_leasing = true;
    m_dispatchAgain = false;
    m_deliveries->leaseDueAsync(
        at, std::min(leaseBatch, room), m_leaseSeconds, this,
        [this, at](const Result<QList<DeliveryRecord>> &due) { onLeased(at, due); });
}

void Dispatcher::onLeased(const QDateTime &at, const Result<QList<DeliveryRecord>> &due)
{
    m_leasing = false;
    if (!m_running)
        return; // the leases run out; the next start sends them (at least once)
    if (!due) {
        qCWarning(lcDispatch).noquote() << "cannot lease deliveries:" << due.error();
        // A store that fails fast must not make this a busy loop.
        m_timer.start(idleWakeMs);
        return;
    }
    // Targets refused in this batch: the rest of their batch waits with them, in one statement.
    QHash<QString, QDateTime> refused;
    QHash<QString, QStringList> held;
    bool progress = false;
    for (const DeliveryRecord &record : due.value()) {
        // Ours and under way (a long call outlived its lease): leasing it again renewed the
        // lease; never send it twice.
        if (m_inFlight.contains(record.id))
            continue;
        if (refused.contains(record.target)) {
            held[record.target].append(record.id);
            continue;
        }
        QDateTime until;
        switch (send(record, &until)) {
        case SendResult::Sent:
            progress = true;
            break;
        case SendResult::Waiting:
            break;
        case SendResult::Refused:
            refused.insert(record.target, until);
            held[record.target].append(record.id);
            break;
        }
    }
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        m_deliveries->deferTargetAsync(it.key(), it.value(), at, held.value(it.key()));
    // A full batch that went out: there may be more due right now.
    if ((progress && due->size() >= leaseBatch) || m_dispatchAgain) {
        m_dispatchAgain = false;
        postDispatch();
    }
    fireEscalations(now());
    fireDigests(now());
    schedule();
}

void Dispatcher::schedule()
{
    if (!m_running)
        return;
    const QDateTime at = now();
    qint64 waitMs = idleWakeMs;
    if (m_inFlight.size() < maxInFlight) {
        for (const QDateTime &next : {m_deliveries->nextDueAt(), m_deliveries->nextEscalationAt(),
                                      m_deliveries->nextDigestAt()})
            if (next.isValid())
                waitMs = std::min(waitMs, std::max<qint64>(0, at.msecsTo(next)));
    }
    m_timer.start(int(waitMs));
}

CircuitBreaker &Dispatcher::breaker(const QString &target)
{
    auto it = m_breakers.find(target);
    if (it == m_breakers.end()) {
        const DeliveryPolicy policy = m_workspace.deliveryPolicy(target);
        it = m_breakers.insert(
            target,
            CircuitBreaker(
                policy.breakerFailures,
                std::max(1, int(std::lround(policy.breakerOpenSeconds * m_context.delayScale)))));
    }
    return it.value();
}

RateLimiter &Dispatcher::limiter(const QString &target)
{
    auto it = m_limiters.find(target);
    if (it == m_limiters.end()) {
        const DeliveryPolicy policy = m_workspace.deliveryPolicy(target);
        it = m_limiters.insert(target, RateLimiter(policy.ratePerSecond, policy.rateBurst));
    }
    return it.value();
}

QString Dispatcher::localProblem(const DeliveryRecord &record, HttpRequestSpec *request,
                                 HttpSendOptions *options, qint64 *waitMs) const
{
    *waitMs = 0;
    const QString &target = record.target;
    if (!record.requestError.isEmpty())
        return tr("the stored request cannot be read: %1").arg(record.requestError);

    if (record.request.kind == DeliveryRequest::Kind::OpenText) {
        if (!m_openText)
            return tr("no OpenText client is running");
        const OpenTextTarget *configured = m_workspace.openTextTarget();
        if (configured && configured->name != target)
            return tr("OpenText target '%1' is not the one this bridge talks to ('%2'); one "
                      "OpenText target per workspace is supported")
                .arg(target, configured->name);
        if (m_openText->isWaiting())
            *waitMs = 1000;
        return {};
    }

    const HttpTargetConfig *config = m_workspace.httpTarget(target);
    if (!config)
        return tr("the workspace has no HTTP target '%1' any more").arg(target);
    *request = record.request.http;
    if (request->url.scheme() == QLatin1String("sandbox")) {
        if (m_sandboxUrl.isEmpty()) {
            *waitMs = 1000; // the built-in sandbox is starting
            return {};
        }
        request->url = resolveSandboxUrl(request->url, m_sandboxUrl);
    }
    options->timeoutMs = config->timeoutMs;
    options->idempotencyKey = config->idempotencyKey;
    QString problem;
    const auto secret = [&](const QString &ref, QString *value) {
        const auto error = m_secretErrors.constFind(ref);
        if (error != m_secretErrors.constEnd()) {
            problem = tr("the secret \"%1\" of target '%2' could not be read: %3")
                          .arg(ref, target, error.value());
            return false;
        }
        const auto it = m_secrets.constFind(ref);
        if (it == m_secrets.constEnd()) {
            *waitMs = 1000; // still being read
            return false;
        }
        *value = it.value();
        return true;
    };
    if (!config->signingSecretRef.isEmpty()) {
        QString value;
        if (!secret(config->signingSecretRef, &value))
            return problem;
        auto key = StandardWebhooks::decodeSecret(value);
        if (!key)
            return tr("the signing secret of target '%1' is not a Standard Webhooks secret: %2")
                .arg(target, key.error());
        options->signingKey = key.value();
    }
    if (config->auth != HttpTargetConfig::Auth::None) {
        QString value;
        if (!secret(config->authSecretRef, &value))
            return problem;
        switch (config->auth) {
        case HttpTargetConfig::Auth::Basic:
            options->authorization
                = "Basic " + (config->authUser + QLatin1Char(':') + value).toUtf8().toBase64();
            break;
        case HttpTargetConfig::Auth::Bearer:
            options->authorization = "Bearer " + value.toUtf8();
            break;
        case HttpTargetConfig::Auth::Header:
            options->authHeaderName = config->authHeader;
            options->authHeaderValue = value.toUtf8();
            break;
        case HttpTargetConfig::Auth::None:
            break;
        }
    }
    return {};
}

Dispatcher::SendResult Dispatcher::send(const DeliveryRecord &record, QDateTime *refusedUntil)
{
    const QDateTime at = now();
    const QString &target = record.target;

    // What is wrong on our side is settled first: it is no news about the target.
    HttpRequestSpec request;
    HttpSendOptions options;
    qint64 waitMs = 0;
    const QString problem = localProblem(record, &request, &options, &waitMs);
    if (problem.isEmpty() && waitMs > 0) {
        // Not an attempt: a secret or the sandbox is on its way.
        m_deliveries->releaseAsync(record.id, at.addMSecs(waitMs));
        return SendResult::Waiting;
    }
    if (!problem.isEmpty()) {
        InFlight &flight = m_inFlight[record.id];
        flight.record = record;
        flight.startedAt = at;
        flight.timer.start();
        finish(record.id, Verdict::Permanent, 0, {}, problem, {}, {}, false);
        return SendResult::Sent;
    }

    // The limiter first: a refused token costs nothing, a half-open breaker's one trial would.
    RateLimiter &targetLimiter = limiter(target);
    if (!targetLimiter.tryAcquire(m_clock.elapsed())) {
        *refusedUntil = at.addMSecs(std::max<qint64>(1, targetLimiter.waitMs(m_clock.elapsed())));
        return SendResult::Refused;
    }
    CircuitBreaker &targetBreaker = breaker(target);
    if (!targetBreaker.allow(at)) {
        // The target is resting: wait until the breaker lets a trial through.
        QDateTime retryAt = targetBreaker.retryAt();
        if (!retryAt.isValid() || retryAt <= at)
            retryAt = at.addMSecs(100); // a trial is under way: look again soon
        *refusedUntil = retryAt;
        return SendResult::Refused;
    }

    InFlight &flight = m_inFlight[record.id];
    flight.record = record;
    flight.startedAt = at;
    flight.timer.start();
    if (record.request.kind == DeliveryRequest::Kind::OpenText) {
        // A split fan-out that failed part way resumes after the jobs already accepted.
        const QStringList accepted
            = record.openTextJobId.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_openText->submit(record.id, record.request.message, int(accepted.size()));
    } else {
        m_http->send(record.id, request, options);
    }
    return SendResult::Sent;
}

void Dispatcher::onOpenTextSubmitted(const QString &deliveryId, const SubmitOutcome &outcome)
{
    auto it = m_inFlight.constFind(deliveryId);
    if (it == m_inFlight.constEnd())
        return;
    QStringList jobIds = it->record.openTextJobId.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    jobIds += outcome.jobIds;
    switch (outcome.kind) {
    case SubmitOutcome::Kind::Accepted:
        for (const QString &job : outcome.jobIds)
            m_openText->poll(it->record.request.message.channel, job);
        finish(deliveryId, Verdict::Delivered, outcome.httpStatus, {}, {}, {}, jobIds);
        return;
    case SubmitOutcome::Kind::RetryLater:
        finish(deliveryId, Verdict::Retry, outcome.httpStatus, outcome.retryAfterSeconds,
               outcome.error, {}, jobIds);
        return;
    case SubmitOutcome::Kind::PermanentFailure:
        finish(deliveryId, Verdict::Permanent, outcome.httpStatus, {}, outcome.error, {}, jobIds);
        return;
    }
}

void Dispatcher::onHttpSent(const QString &deliveryId, const HttpOutcome &outcome)
{
    const QString response = QString::fromUtf8(outcome.responseBody.left(2048));
    switch (outcome.kind) {
    case HttpOutcome::Kind::Delivered:
        finish(deliveryId, Verdict::Delivered, outcome.httpStatus, {}, {}, response, {});
        return;
    case HttpOutcome::Kind::RetryLater:
        finish(deliveryId, Verdict::Retry, outcome.httpStatus, outcome.retryAfterSeconds,
               outcome.error, response, {});
        return;
    case HttpOutcome::Kind::PermanentFailure:
        finish(deliveryId, Verdict::Permanent, outcome.httpStatus, {}, outcome.error, response, {});
        return;
    }
}

void Dispatcher::finish(const QString &deliveryId, Verdict verdict, int httpStatus,
                        std::optional<int> retryAfterSeconds, const QString &error,
                        const QString &response, const QStringList &jobIds, bool reachedTarget)
{
    auto it = m_inFlight.find(deliveryId);
    if (it == m_inFlight.end())
        return;
    const InFlight flight = it.value();
    m_inFlight.erase(it);
    const DeliveryRecord &record = flight.record;
    const QDateTime at = now();
    const int attempts = record.attempts + 1;

    DeliveryAttempt attempt;
    attempt.number = attempts;
    attempt.startedAt = flight.startedAt;
    attempt.durationMs = flight.timer.elapsed();
    attempt.httpStatus = httpStatus;
    attempt.error = error;
    attempt.response = response;

    DeliveryState state = DeliveryState::Delivered;
    QDateTime next;
    CircuitBreaker &targetBreaker = breaker(record.target);
    switch (verdict) {
    case Verdict::Delivered:
        attempt.outcome = QStringLiteral("delivered");
        if (reachedTarget)
            targetBreaker.recordSuccess();
        break;
    case Verdict::Permanent:
        // The target answered: it is up, our request is what it refused.
        attempt.outcome = QStringLiteral("failed");
        if (reachedTarget)
            targetBreaker.recordSuccess();
        state = DeliveryState::Dead;
        break;
    case Verdict::Retry: {
        attempt.outcome = QStringLiteral("retry");
        if (reachedTarget)
            targetBreaker.recordFailure(at);
        const DeliveryPolicy policy = m_workspace.deliveryPolicy(record.target);
        const std::optional<QDateTime> scheduled
            = policy.nextAttempt(attempts, at, retryAfterSeconds);
        if (scheduled) {
            state = DeliveryState::Retrying;
            next = at.addMSecs(
                qint64(std::llround(double(at.msecsTo(*scheduled)) * m_context.delayScale)));
        } else {
            state = DeliveryState::Dead;
            attempt.outcome = QStringLiteral("failed");
        }
        break;
    }
    }

    QString lastError = error;
    if (state == DeliveryState::Dead && verdict == Verdict::Retry)
        lastError = tr("gave up after attempt %1: %2").arg(attempts).arg(error);
    DeliveryQueue::FollowUp followUp;
    if (state == DeliveryState::Dead) {
        // delivery.dead commits with the outcome that raises it: a crash cannot lose the alert.
        const qint64 atMs = at.toMSecsSinceEpoch();
        followUp = [deliveryId, atMs](WriteContext &write,
                                      const DeliveryRecord &updated) -> Result<void> {
            const std::optional<Event> event = write.event(updated.eventId);
            // An alert about an alert that failed would feed itself: those are only logged.
            if (!event || InternalEvent::isInternal(event->source)) {
                qCWarning(lcDispatch).noquote()
                    << "delivery" << deliveryId << "is dead:" << updated.lastError;
                return {};
            }
            return write.appendEvent(internalEvent(
                QLatin1String(InternalEvent::deliveryDead),
                QStringLiteral("%1:dead:%2").arg(deliveryId).arg(atMs),
                {{QStringLiteral("event"), QLatin1String(InternalEvent::deliveryDead)},
                 {QStringLiteral("delivery"), deliveryJson(updated)},
                 {QStringLiteral("original_event"), originalJson(event)},
                 {QStringLiteral("original"), eventBodyJson(*event)}}));
        };
    }
    m_deliveries->recordAttemptAsync(
        deliveryId, attempt, state, next, lastError, jobIds, std::move(followUp), this,
        [this](const Result<DeliveryRecord> &recorded) {
            if (!recorded) {
                // The lease runs out and the delivery is tried again: at least once, never lost.
                qCWarning(lcDispatch).noquote() << "cannot record an attempt:" << recorded.error();
                return;
            }
            noteUpdated(recorded.value());
            Q_EMIT attemptRecorded(recorded.value());
        });
    postDispatch();
}

void Dispatcher::onOpenTextStatus(const OpenTextJobStatus &status)
{
    if (!m_running)
        return;
    QString error;
    QString destination;
    const QString state = openTextStateOf(status, &error, &destination);
    DeliveryQueue::FollowUp followUp;
    const bool failed = state == QLatin1String("failed");
    const bool final = failed || state == QLatin1String("delivered");
    // A confirmation for every message would double the store for nothing: only when a rule
    // wants it. Failures are always kept, for the console.
    if (final
        && (failed
            || !m_workspace.rulesFor(QLatin1String(InternalEvent::openTextDeliveryConfirmed))
                    .isEmpty())) {
        const QString jobId = status.jobId;
        // The internal event commits with the state that raises it (an outbox).
        followUp = [jobId, state, failed, error, destination](
                       WriteContext &write, const DeliveryRecord &record) -> Result<void> {
            const std::optional<Event> event = write.event(record.eventId);
            if (!event || InternalEvent::isInternal(event->source))
                return {};
            const QLatin1String name(failed ? InternalEvent::openTextDeliveryFailed
                                            : InternalEvent::openTextDeliveryConfirmed);
            QJsonObject body {{QStringLiteral("event"), name},
                              {QStringLiteral("job_id"), jobId},
                              {QStringLiteral("delivery"), deliveryJson(record)},
                              {QStringLiteral("original_event"), originalJson(event)},
                              {QStringLiteral("original"), eventBodyJson(*event)}};
            if (failed) {
                body.insert(QStringLiteral("destination"), destination);
                body.insert(QStringLiteral("error"), error);
            }
            return write.appendEvent(internalEvent(name, jobId + QLatin1Char(':') + state, body));
        };
    }
    m_statusQueue.append({status.jobId, state, error, std::move(followUp)});
    // Pushed ones are written before their events are marked routed (routeEvents); polled
    // ones once this turn of the event loop is over, with whatever else came meanwhile.
    if (!m_statusPosted) {
        m_statusPosted = true;
        QMetaObject::invokeMethod(this, &Dispatcher::flushStatuses, Qt::QueuedConnection);
    }
}

void Dispatcher::noteUpdated(const DeliveryRecord &record)
{
    if (const auto it = m_updatedIndex.constFind(record.id); it != m_updatedIndex.cend()) {
        m_updated[*it] = record;
        return;
    }
    m_updatedIndex.insert(record.id, m_updated.size());
    m_updated.append(record);
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void Dispatcher::flushUpdated()
{
    m_updateTimer.stop();
    m_updatedIndex.clear();
    if (!m_updated.isEmpty())
        Q_EMIT deliveriesUpdated(std::exchange(m_updated, {}));
}

void Dispatcher::flushStatuses()
{
    m_statusPosted = false;
    if (m_statusQueue.isEmpty())
        return;
    m_deliveries->setOpenTextStatesAsync(
        std::exchange(m_statusQueue, {}), this,
        [this](const Result<DeliveryQueue::OpenTextStatesWritten> &written) {
            if (!written) {
                qCWarning(lcDispatch).noquote()
                    << "cannot record OpenText states:" << written.error();
                return;
            }
            for (const QString &error : written->errors)
                qCWarning(lcDispatch).noquote() << "cannot record an OpenText state:" << error;
            bool failed = false;
            for (const DeliveryRecord &record : written->updated) {
                noteUpdated(record);
                failed = failed || record.openTextState == QLatin1String("failed");
            }
            // A failed delivery's fallback was inserted with its state: send it now.
            if (failed)
                postDispatch();
        });
}

void Dispatcher::fireEscalations(const QDateTime &at)
{
    auto due = m_deliveries->dueEscalations(at, 32);
    if (!due) {
        qCWarning(lcDispatch).noquote() << "cannot read escalations:" << due.error();
        return;
    }
    for (const EscalationRecord &tier : due.value()) {
        const std::optional<Event> event = m_events->event(tier.eventId);
        const Rule *rule = m_workspace.rule(tier.rule);
        if (!event || !rule || !rule->escalation()
            || tier.tier > rule->escalation()->tiers.size()) {
            // The rule (or its tier) was removed by a reload: the tier can no longer fire.
            qCWarning(lcDispatch).noquote()
                << "escalation tier" << tier.tier << "of rule" << tier.rule
                << "is cancelled: the rule or its event is gone";
            if (auto cancelled = m_deliveries->cancelEscalation(tier); !cancelled)
                qCWarning(lcDispatch).noquote() << cancelled.error();
            continue;
        }
        const QList<NewDelivery> deliveries
            = renderEscalationTier(m_workspace, *rule, tier.tier, *event, m_context, at);
        // escalation.fired commits with the tier it reports (an outbox).
        std::optional<Event> firedEvent;
        if (!InternalEvent::isInternal(event->source))
            firedEvent = internalEvent(
                QLatin1String(InternalEvent::escalationFired),
                QStringLiteral("%1:%2:%3")
                    .arg(tier.eventId.toString(QUuid::WithoutBraces), tier.rule)
                    .arg(tier.tier),
                {{QStringLiteral("event"), QLatin1String(InternalEvent::escalationFired)},
                 {QStringLiteral("rule"), tier.rule},
                 {QStringLiteral("tier"), tier.tier},
                 {QStringLiteral("original_event"), originalJson(event)},
                 {QStringLiteral("original"), eventBodyJson(*event)}});
        bool fired = false;
        auto inserted = m_deliveries->fireEscalation(tier, deliveries, at, &fired, firedEvent);
        if (!inserted) {
            qCWarning(lcDispatch).noquote() << "cannot fire an escalation:" << inserted.error();
            continue;
        }
        if (!fired)
            continue; // acknowledged (or fired) in the meantime
        for (const QString &id : inserted.value())
            if (const auto record = m_deliveries->delivery(id))
                noteUpdated(*record);
    }
}

void Dispatcher::fireDigests(const QDateTime &at)
{
    auto due = m_deliveries->dueDigests(at, 32);
    if (!due) {
        qCWarning(lcDispatch).noquote() << due.error();
        return;
    }
    for (const DigestRecord &digest : due.value()) {
        const Rule *rule = m_workspace.rule(digest.rule);
        QList<Event> events;
        for (const QUuid &id : digest.events) {
            if (std::optional<Event> event = m_events->event(id))
                events.append(std::move(*event));
        }
        QList<NewDelivery> deliveries;
        if (rule && rule->digest)
            deliveries = renderDigest(m_workspace, *rule, digest, events, m_context, at);
        else
            // The rule (or its digest) was removed by a reload: nothing to render it with.
            qCWarning(lcDispatch).noquote() << "digest" << digest.id << "of rule" << digest.rule
                                            << "is dropped: the rule or its digest step is gone";
        bool fired = false;
        auto inserted = m_deliveries->fireDigest(digest, deliveries, at, &fired);
        if (!inserted) {
            // Most often an event joined while it was rendered: the next pass renders it again.
            qCInfo(lcDispatch).noquote() << inserted.error();
            continue;
        }
        for (const QString &id : inserted.value())
            if (const auto record = m_deliveries->delivery(id))
                noteUpdated(*record);
        if (!inserted->isEmpty())
            postDispatch();
    }
}

void Dispatcher::raise(const QString &name, const QString &dedupKey, const QJsonObject &body)
{
    // A confirmation for every message would double the store for nothing: only when a rule
    // wants it. Failures are always kept, for the console.
    if (name == QLatin1String(InternalEvent::openTextDeliveryConfirmed)
        && m_workspace.rulesFor(name).isEmpty())
        return;
    m_events->append(internalEvent(name, dedupKey, body));
}

Event Dispatcher::internalEvent(const QString &name, const QString &dedupKey,
                                const QJsonObject &body)
{
    Event event;
    event.id = createUuidV7();
    event.source = name;
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    event.contentType = "application/json";
    event.dedupKey = dedupKey.left(256);
    event.peer = QStringLiteral("otbridge");
    return event;
}

QList<TargetHealth> Dispatcher::targetHealth() const
{
    QStringList targets;
    for (const OpenTextTarget &target : m_workspace.openTextTargets())
        targets.append(target.name);
    for (const HttpTargetConfig &target : m_workspace.httpTargets())
        targets.append(target.name);
    QList<TargetHealth> health;
    const QDateTime at = now();
    for (const QString &target : std::as_const(targets)) {
        TargetHealth entry;
        entry.target = target;
        const auto breakerIt = m_breakers.constFind(target);
        entry.breaker
            = circuitStateName(breakerIt == m_breakers.constEnd() ? CircuitBreaker::State::Closed
                                                                  : breakerIt->state(at));
        entry.consecutiveFailures
            = breakerIt == m_breakers.constEnd() ? 0 : breakerIt->consecutiveFailures();
        const QHash<QString, qint64> counts = m_deliveries->countByState(target);
        entry.dead = counts.value(QStringLiteral("dead"));
        entry.waiting
            = counts.value(QStringLiteral("pending")) + counts.value(QStringLiteral("retrying"));
        health.append(entry);
    }
    return health;
}

QList<TargetBreaker> Dispatcher::breakerStates() const
{
    QList<TargetBreaker> states;
    const QDateTime at = now();
    const auto add = [&](const QString &target) {
        TargetBreaker entry;
        entry.target = target;
        if (const auto it = m_breakers.constFind(target); it != m_breakers.constEnd()) {
            entry.state = it->state(at);
            entry.consecutiveFailures = it->consecutiveFailures();
        }
        states.append(entry);
    };
    for (const OpenTextTarget &target : m_workspace.openTextTargets())
        add(target.name);
    for (const HttpTargetConfig &target : m_workspace.httpTargets())
        add(target.name);
    return states;
}

} // namespace OtBridge
