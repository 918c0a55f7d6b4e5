// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <optional>

namespace OtBridge {

class Engine;

// Everything stored about one event: what the console's detail pane shows and
// GET /api/v1/events/{id} answers (status).
struct EventRecord
{
    Event event;
    QList<QUuid> reruns; // its re-runs, first first
    QList<DeliveryRecord> deliveries;
    QHash<QString, QList<DeliveryAttempt>> attempts; // by delivery id, oldest first
    std::optional<Acknowledgement> acknowledgement;
    QList<EscalationRecord> escalations;
    QJsonObject status; // eventStatusToJson
};

// One of the newest stored events, standing for every event from its source with the same
// body (a status callback repeated 30 times is one sample, not 30).
struct CapturedEvent
{
    QUuid id;
    QString source;
    QDateTime receivedAt;
    QString kind; // the body's own "event" or "type", when it names one
    int copies = 1; // events from the same source with the same body, this one the newest
};

// The window's one way into the engine's stores (docs/architecture.md, "The window and the
// engine"): requests in, value snapshots out. Every method is thread-safe and returns at once;
// the work runs on the engine's own pool of threads, and the answer comes to reply on
// receiver's thread, once, if receiver still exists (runAsync). Call each on receiver's thread.
// Deleting receiver never waits for its requests: reads and writes run to their end and their
// answer is dropped; an export is cancelled only through the future exportEvents returns.
// Engine::stop() refuses new requests, cancels exports and waits for the pool before it
// closes the stores, so no job ever reads a closed store.
class EngineClient final
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::EngineClient)
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    template<typename T> using Reply = std::function<void(Result<T>)>;

    EngineClient(Engine *engine, EventStore *store, DeliveryStore *deliveries);
    ~EngineClient();

    // Each query's page, in the order asked: the console reads its history, older pages and
    // the state of live rows so, several statements in one request.
    void queryEvents(const QList<EventQuery> &queries, QObject *receiver,
                     Reply<QList<EventPage>> reply);
    // The event with its deliveries, their attempts, acknowledgement, escalation and re-runs.
    void eventRecord(const QUuid &id, QObject *receiver, Reply<EventRecord> reply);
    // The event alone, body and all.
    void event(const QUuid &id, QObject *receiver, Reply<Event> reply);
    // Of the newest `scan` stored events, one per source and body, newest first, at most
    // `limit`: the rule designer's captured samples.
    void capturedEvents(int scan, int limit, QObject *receiver, Reply<QList<CapturedEvent>> reply);

    // Engine::acknowledge, via "console".
    void acknowledge(const QUuid &eventId, const QString &by, QObject *receiver,
                     Reply<Acknowledgement> reply);
    // Engine::replay: how many dead deliveries are pending again.
    void replay(const QStringList &deliveryIds, QObject *receiver, Reply<int> reply);
    // The same for a target's newest `limit` dead deliveries (the dashboard's Replay).
    void replayDeadLetters(const QString &target, int limit, QObject *receiver, Reply<int> reply);
    // Engine::rerun: the new event's id.
    void rerun(const QUuid &eventId, QObject *receiver, Reply<QUuid> reply);
    // Writes the events as JSON Lines to path (exportEventsAsJsonLines): how many were
    // written. Cancelling the returned future stops it at the next event; the file is then not
    // written at all (a file already there stays as it was) and reply hears why.
    QFuture<void> exportEvents(const QList<QUuid> &ids, const QString &path, QObject *receiver,
                               Reply<int> reply);

    // For Engine::stop(): answers new requests with an error, cancels exports and waits for
    // every job. Returns false when the jobs did not end within timeoutMs (and then waits on:
    // a job may be inside one long SQL statement, and the stores must not close under it).
    bool shutDown(int timeoutMs = shutdownTimeoutMs);
    // For Engine::start(): takes requests again.
    void resume();
    // Waits until no job runs or waits (tests: what a deleted receiver left running ended).
    bool waitForDone(int timeoutMs) { return m_pool.waitForDone(timeoutMs); }

    static constexpr int shutdownTimeoutMs = 10'000;

private:
    template<typename T, typename Work>
    QFuture<void> submit(QObject *receiver, Work work, Reply<T> reply);
    // Whether a long job should stop: the engine is stopping.
    bool stopping() const { return m_stopping.load(std::memory_order_relaxed); }

    Engine *m_engine;
    EventStore *m_store;
    DeliveryStore *m_deliveries;
    QMutex m_mutex; // guards m_accepting against a request from another thread during stop()
    bool m_accepting = true;
    std::atomic<bool> m_stopping {false};
    QThreadPool m_pool; // last: its destructor waits for the jobs that use the rest
};

} // namespace OtBridge
