// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/workspace.h"
#include "delivery/circuitbreaker.h"
#include "delivery/httpsender.h"
#include "delivery/opentextclient.h"
#include "delivery/ratelimiter.h"
#include "event/clock.h"
#include "rules/router.h"
#include "store/deliveryqueue.h"
#include "store/eventstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace OtBridge {

// A target's health for the dashboard: its breaker and its dead letters.
struct TargetHealth
{
    QString target;
    QString breaker; // "closed", "open", "half_open"
    int consecutiveFailures = 0;
    qint64 dead = 0;
    qint64 waiting = 0; // pending or retrying
};

// A target's circuit breaker as it stands, without touching the store (metrics, every second).
struct TargetBreaker
{
    QString target;
    CircuitBreaker::State state = CircuitBreaker::State::Closed;
    int consecutiveFailures = 0;
};

// docs/architecture.md, data flow steps 3 to 6: routes every stored event through the rules
// (and, at start, whatever was stored but not routed before a crash), leases due deliveries
// and hands them to the OpenText client or the HTTP sender through each target's circuit
// breaker and rate limiter, records each outcome with the next attempt on the target's
// schedule, raises the internal events (delivery.dead, opentext.delivery.failed/confirmed,
// escalation.fired) as events of their own, and fires escalation tiers that come due.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    static constexpr int maxInFlight = 128;
    static constexpr int leaseBatch = 64; // deliveries leased in one write, at most
    // A lease runs this long unless renewed; the node renews those it works on every
    // leaseRenewMs, so a node that stops (killed, cut off) leaves its deliveries to the others
    // within leaseSeconds, while a live node's are never due elsewhere however long a call
    // takes (docs/architecture.md, "Work shared by nodes").
    static constexpr int leaseSeconds = 30;
    static constexpr int leaseRenewMs = 10 * 1000;

    Dispatcher(EventStore *events, DeliveryQueue *deliveries, OpenTextClient *openText,
               QObject *parent = nullptr);
    ~Dispatcher() override;

    // The rules and targets to use from now on, and the HTTP targets' secrets by keychain
    // reference (a reference missing here makes that target's deliveries wait).
    void setWorkspace(const Workspace &workspace);
    // errors: references whose read failed, with why; their deliveries fail with that reason.
    // A reference in neither is still being read: its deliveries wait without an attempt.
    void setSecrets(const QHash<QString, QString> &secrets,
                    const QHash<QString, QString> &errors = {});
    void setRoutingContext(const RoutingContext &context) { m_context = context; }
    // Where "sandbox:" target URLs point (the built-in sandbox's base URL).
    void setSandboxUrl(const QUrl &url) { m_sandboxUrl = url; }
    // The source OpenText pushes job status to: its events also go to the OpenText client.
    void setStatusSource(const QString &source) { m_statusSource = source; }
    // For tests: leases of this length, renewed this often (instead of the constants above).
    void setLeaseTiming(int leaseSeconds, int renewMs);
    // For tests: attempts are paced on this multiple of the real schedule.
    void setDelayScale(double scale) { m_context.delayScale = scale; }
    // The wall clock routing, leases, escalations, delays, digests and quiet hours read.
    void setClock(const Clock &clock) { m_wallClock = clock; }

    // Routes what an earlier run left unrouted, then starts dispatching.
    void start();
    void stop();
    // Something changed outside (a replay, an acknowledgement): look again now.
    void wake();

    // Connected to EventStore::appended (queued to this thread).
    void onAppended(const QList<OtBridge::AppendResult> &results);
    // Routes events another process stored and does not route (a window attached to the
    // cluster); routing stores nothing for an event that was routed already.
    void routeStoredElsewhere(const QList<QUuid> &ids);

    QList<TargetHealth> targetHealth() const;
    // Every workspace target's breaker, in the workspace's order (closed when never used).
    QList<TargetBreaker> breakerStates() const;

Q_SIGNALS:
    // Deliveries changed state (attempts recorded, OpenText states), for the console: each
    // delivery once, as it last stood, at most every updateIntervalMs. One queued signal per
    // batch instead of one per change keeps the window's event loop free at thousands a second.
    void deliveriesUpdated(const QList<OtBridge::DeliveryRecord> &deliveries);
    // An attempt's outcome was recorded: delivered, retrying or dead. Once per attempt (unlike
    // deliveriesUpdated, which OpenText job status repeats), for the metrics.
    void attemptRecorded(const OtBridge::DeliveryRecord &delivery);
    // The rules ran over these events (whether or not one matched) and the outcome is stored.
    void eventsRouted(const QList<QUuid> &ids);

private:
    struct InFlight
    {
        DeliveryRecord record;
        QDateTime startedAt;
        QElapsedTimer timer;
    };

    // Routes the events and stores the outcome through the writer; wait: block until it is
    // committed (routing what an earlier run left, which must not be read again as unrouted).
    void routeEvents(const QList<QUuid> &ids, bool wait = false);
    void routeEvents(const QList<Event> &events, bool wait = false);
    void onRouted(const QList<OtBridge::DeliveryQueue::RoutedEvent> &batch,
                  const Result<QStringList> &inserted);
    void onLeased(const QDateTime &at, const Result<QList<DeliveryRecord>> &due);
    void routeQueued();
    void routeUnrouted();
    // Every leaseRenewMs: renews the leases of what is under way, and routes events a gone
    // node stored but never routed.
    void keepWork();
    void dispatchDue();
    // On this thread: one dispatchDue() queued, however many ask before it runs.
    void postDispatch();
    void fireEscalations(const QDateTime &now);
    // Digests whose window ended: rendered over their events and sent (README, "Notification
    // steps").
    void fireDigests(const QDateTime &now);
    void schedule();
    enum class SendResult { Sent, Waiting, Refused };
    // Refused: the target's breaker or rate limiter said no until *refusedUntil.
    SendResult send(const DeliveryRecord &record, QDateTime *refusedUntil);
    // Why we cannot send this delivery as it is (nothing to do with the target's health), or
    // empty; *waitMs > 0 instead: not yet (a secret or the sandbox is on its way).
    QString localProblem(const DeliveryRecord &record, HttpRequestSpec *request,
                         HttpSendOptions *options, qint64 *waitMs) const;
    void onOpenTextSubmitted(const QString &deliveryId, const OtBridge::SubmitOutcome &outcome);
    void onHttpSent(const QString &deliveryId, const OtBridge::HttpOutcome &outcome);
    void onOpenTextStatus(const OtBridge::OpenTextJobStatus &status);
    void flushStatuses();
    // Queues a changed delivery for the next deliveriesUpdated().
    void noteUpdated(const DeliveryRecord &record);
    void flushUpdated();
    enum class Verdict { Delivered, Retry, Permanent };
    // reachedTarget: false for a failure found here before any call, which says nothing about
    // the target's health, so its breaker is left alone.
    void finish(const QString &deliveryId, Verdict verdict, int httpStatus,
                std::optional<int> retryAfterSeconds, const QString &error, const QString &response,
                const QStringList &jobIds, bool reachedTarget = true);
    void raise(const QString &name, const QString &dedupKey, const QJsonObject &body);
    // The internal event raise() stores; also stored by write jobs, in their transaction.
    static Event internalEvent(const QString &name, const QString &dedupKey,
                               const QJsonObject &body);
    CircuitBreaker &breaker(const QString &target);
    RateLimiter &limiter(const QString &target);
    QDateTime now() const { return m_wallClock.now(); }

    EventStore *m_events;
    DeliveryQueue *m_deliveries;
    OpenTextClient *m_openText;
    HttpSender *m_http;
    Workspace m_workspace;
    QHash<QString, QString> m_secrets;
    QHash<QString, QString> m_secretErrors;
    bool m_routingBacklog = false; // routing failed: route what is unrouted on the next wake
    bool m_dispatchPosted = false; // a dispatchDue() is queued already
    bool m_leasing = false; // a lease is on its way to the writer and back
    bool m_dispatchAgain = false; // look again once it is back
    QList<QUuid> m_routeQueue; // stored events waiting for routeQueued()
    // The first of them as the writer stored them, so that routing need not read them back;
    // bounded, so that a burst's backlog is not all held in memory (the rest is read).
    QHash<QUuid, Event> m_routeHeld;
    // OpenText states waiting for one write (flushStatuses()): pushes come in bursts.
    QList<DeliveryQueue::OpenTextStateChange> m_statusQueue;
    bool m_statusPosted = false;
    QList<DeliveryRecord> m_updated; // for deliveriesUpdated(), each delivery once
    QHash<QString, qsizetype> m_updatedIndex; // delivery id -> its place in m_updated
    QTimer m_updateTimer {this}; // a child: it moves to the delivery thread with us
    bool m_routePosted = false;
    RoutingContext m_context;
    QUrl m_sandboxUrl;
    QString m_statusSource;
    QTimer m_timer;
    QTimer m_leaseTimer {this};
    int m_leaseSeconds = leaseSeconds;
    QElapsedTimer m_clock; // the rate limiters' monotonic time
    Clock m_wallClock;
    bool m_running = false;
    QHash<QString, InFlight> m_inFlight;
    QHash<QString, CircuitBreaker> m_breakers;
    QHash<QString, RateLimiter> m_limiters;
};

} // namespace OtBridge
