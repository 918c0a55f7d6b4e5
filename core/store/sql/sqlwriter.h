// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"
#include "store/eventstore.h"
#include "store/storejob.h"
#include "store/storeoptions.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QSemaphore>
#include <QSet>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace OtBridge {

class JobContext;
class SqlBackend;
class SqlCompanion;
class WriterConnection;

// The one connection that writes a store, on a thread of its own (otbridge-store): SQLite in
// WAL mode with synchronous=FULL, or a PostgreSQL server (the backend opens it). Appends and
// jobs are group-committed: everything queued while a commit is being made durable becomes the
// next transaction, each job under a savepoint of its own, so throughput grows with load while
// each caller still hears back only once its write is durable (docs/architecture.md,
// "Storage"). The backend's companion (SQLite's checkpointer) runs on a thread of its own.
// Thread-safe.
class SqlWriter final
{
    Q_DISABLE_COPY_MOVE(SqlWriter)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    using AppendedHandler = std::function<void(const QList<AppendResult> &)>;

    struct Ticket
    {
        quint64 number = 0;
        bool accepted = false; // false: the writer is closed, nothing was queued
    };
    struct Health
    {
        bool open = false;
        bool writable = false;
        QString path;
        QString lastError;
        qint64 committedEvents = 0;
        qint64 pendingAppends = 0;
    };

    // appended: called on the writer's thread once per commit with its appends' results. The
    // backend outlives the writer.
    SqlWriter(const SqlBackend *backend, AppendedHandler appended);
    ~SqlWriter();

    // Prepares and opens the database through the backend (configured, its schema brought up
    // to date), then starts the writer and the backend's companion.
    Result<void> open(const StoreOptions &options);
    // Commits everything queued, checkpoints, then stops. Writes after it fail.
    void close();
    bool isOpen() const;

    // Queues the event, moved from, when the writer is open; otherwise leaves it alone.
    Ticket append(Event &event);
    // Runs job in the next transaction; a closed writer calls its done() with closedError at
    // once.
    void submit(StoreJob job, const QString &closedError);
    // Blocks until every job submitted before this call has run and its done() was called.
    // Not on the writer's thread.
    void waitForWrites();
    void setSourcesToRoute(const std::optional<QSet<QString>> &sources);
    Health health() const;
    // The node this writer writes for (StoreOptions::nodeId, or the one made at open).
    QString nodeId() const;

    // Runs work in the writer's next transaction and waits for its commit.
    template<typename T>
    Result<T> write(const std::function<Result<T>(SqlWriteContext &)> &work,
                    const QString &closedError);
    // The same without waiting: then gets the outcome on context's thread after the commit (on
    // the writer's thread when context is null).
    template<typename T>
    void writeAsync(std::function<Result<T>(SqlWriteContext &)> work, QObject *context,
                    Callback<T> then, const QString &closedError);

private:
    friend class JobContext;
    friend class WriterConnection;
    struct PendingAppend
    {
        quint64 ticket;
        Event event;
    };

    // Marks an event from a source no rule listens to as routed already. m_mutex held.
    void skipRoutingIfUnheard(Event &event) const;
    std::deque<PendingAppend> takeBatch(int maxBatch, std::deque<StoreJob> *jobs);

    const SqlBackend *m_backend;
    AppendedHandler m_appended;
    StoreOptions m_options;
    QThread m_writerThread;
    WriterConnection *m_connection = nullptr;
    QThread m_companionThread;
    SqlCompanion *m_companion = nullptr;

    mutable QMutex m_mutex; // guards everything below
    std::deque<PendingAppend> m_pending;
    std::deque<StoreJob> m_jobs;
    std::optional<QSet<QString>> m_sourcesToRoute;
    quint64 m_nextTicket = 1;
    bool m_flushPosted = false;
    bool m_accepting = false;
    QString m_path;
    QString m_lastError;
    qint64 m_committed = 0;
    bool m_writable = false;
    bool m_eventsFailing = false; // the last commit with events failed
    bool m_jobsFailing = false; // the last commit with other writes failed
};

template<typename T>
Result<T> SqlWriter::write(const std::function<Result<T>(SqlWriteContext &)> &work,
                           const QString &closedError)
{
    if (!isOpen())
        return Result<T>::failure(closedError);
    std::optional<Result<T>> outcome;
    QSemaphore finished;
    StoreJob job;
    job.work = [&work, &outcome](SqlWriteContext &context) {
        outcome.emplace(work(context));
        return outcome->ok() ? Result<void>() : Result<void>::failure(outcome->error());
    };
    job.done = [&outcome, &finished](const QString &error) {
        if (!error.isEmpty() && (!outcome || outcome->ok()))
            outcome.emplace(Result<T>::failure(error));
        finished.release();
    };
    submit(std::move(job), closedError);
    finished.acquire();
    return std::move(*outcome);
}

template<typename T>
void SqlWriter::writeAsync(std::function<Result<T>(SqlWriteContext &)> work, QObject *context,
                           Callback<T> then, const QString &closedError)
{
    const auto deliver = [context, then](Result<T> outcome) {
        if (!then)
            return;
        if (!context) {
            then(outcome);
            return;
        }
        QMetaObject::invokeMethod(
            context, [then, outcome = std::move(outcome)] { then(outcome); }, Qt::QueuedConnection);
    };
    if (!isOpen()) {
        deliver(Result<T>::failure(closedError));
        return;
    }
    auto outcome = std::make_shared<std::optional<Result<T>>>();
    StoreJob job;
    job.work = [work = std::move(work), outcome](SqlWriteContext &context) {
        outcome->emplace(work(context));
        return (*outcome)->ok() ? Result<void>() : Result<void>::failure((*outcome)->error());
    };
    job.done = [outcome, deliver](const QString &error) {
        if (!error.isEmpty() && (!*outcome || (*outcome)->ok()))
            outcome->emplace(Result<T>::failure(error));
        deliver(std::move(**outcome));
    };
    submit(std::move(job), closedError);
}

} // namespace OtBridge
