// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"
#include "store/schemaversion.h"
#include "store/storejob.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include <deque>
#include <memory>
#include <optional>

namespace OtBridge {

class JobContext;
class SqliteConnections;
class StoreCheckpointer;
class StoreWriter;

struct StoreOptions
{
    QString path; // SQLite database file
    int maxBatch = 1024; // events in one group-commit transaction, at most
    qint64 maxSizeBytes = 0; // refuse new events once the database reaches this; 0: no cap
    int busyTimeoutMs = 2000; // how long a commit waits for another process's lock
};

enum class AppendStatus { Stored, Duplicate, Failed };

// What the console asks of the stored history. Every criterion narrows; empty ones are ignored.
struct EventQuery
{
    QStringList sources; // any of these sources
    QStringList excludeSources; // none of these (the console hides internal traffic so)
    // Any of these states, as the status API words them: "received", "routed", "delivered",
    // "failed", "acknowledged" (delivered and failed are worked out from the deliveries).
    QStringList states;
    QString rule; // events with at least one delivery from this rule
    QString text; // case-insensitive (ASCII) substring of the source, peer, id or body
    QDateTime from; // received at or after; invalid: no lower bound
    QDateTime to; // received before; invalid: no upper bound
    QList<QUuid> ids; // only these events (live rows checked against the other criteria)
    int limit = 500;
    qint64 beforeSeq = 0; // paging cursor: events stored before this one; 0: the newest
};

// One page of an EventQuery, oldest first; states as EventQuery words them.
struct EventPage
{
    QList<EventSummary> events;
    qint64 oldestSeq = 0; // the cursor for the next older page
    bool more = false; // an older page may exist
};

// The answer to one append, delivered after the commit that holds it is durable (or failed).
struct AppendResult
{
    quint64 ticket = 0;
    AppendStatus status = AppendStatus::Failed;
    QUuid id; // the stored id; for a duplicate, the first event's id
    QString error; // why the commit failed, in words
    EventSummary summary;
    // The stored event itself (Stored only), so that routing need not read it back. Its body
    // is shared, not copied, by everyone who holds the result.
    std::optional<Event> event;
};

struct StoreHealth
{
    bool open = false;
    bool writable = false;
    QString path;
    QString lastError;
    int schemaVersion = 0;
    qint64 committedEvents = 0; // since this process opened the store
    qint64 pendingAppends = 0;
};

// Durable, append-mostly store of webhook events (SQLite in WAL mode, synchronous=FULL).
// Appends are group-committed on a writer thread: every append that arrives while a commit is
// being fsync'd joins the next transaction, so throughput grows with load while each caller
// still hears back only once its event is on disk. Reads are thread-safe: each thread that
// reads gets its own connection.
class EventStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    static constexpr int schemaVersion = currentSchemaVersion;

    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override;

    Result<void> open(const StoreOptions &options);
    // Commits everything already appended, then stops the writer. Appends after close() fail.
    void close();
    bool isOpen() const;

    // Thread-safe. The result arrives through appended() once the commit is durable.
    quint64 append(Event event);
    // Thread-safe: runs job on the writer thread in the next group-commit transaction, with
    // the appends queued beside it. Every write to the store goes through here, so no write
    // waits for another connection's lock or for an fsync of its own.
    void submit(StoreJob job);
    // Blocks until every job submitted before this call has run and its done() was called.
    // Not on the writer thread.
    void waitForWrites();
    // The sources whose events the router must see (those some rule listens to). Events from
    // any other source are stored as routed already, so routing writes nothing for them.
    // nullopt (the default): every event waits for routing.
    void setSourcesToRoute(const std::optional<QSet<QString>> &sources);

    std::optional<Event> event(const QUuid &id) const;
    // The same read on a connection of the caller's (a write job's, inside its transaction).
    static std::optional<Event> readEvent(const QSqlDatabase &db, const QUuid &id);
    // The newest `limit` events, oldest first.
    QList<EventSummary> recent(int limit) const;
    qint64 count() const;
    // Thread-safe: runs on the calling thread's read connection (the console calls it from a
    // worker). Newest matching events first in the store, returned oldest first.
    Result<EventPage> query(const EventQuery &query) const;
    // The SQL and bound values query() runs, for EXPLAIN QUERY PLAN in tests and benchmarks.
    static QPair<QString, QVariantList> querySql(const EventQuery &query);
    // The re-runs of an event (Engine::rerun), first first.
    QList<QUuid> reruns(const QUuid &id) const;
    StoreHealth health() const;
    QString path() const;

Q_SIGNALS:
    // Emitted on the writer thread, once per commit, with every append of that commit.
    void appended(const QList<OtBridge::AppendResult> &results);

private:
    friend class StoreWriter;
    friend class JobContext;
    struct PendingAppend
    {
        quint64 ticket;
        Event event;
    };

    // The calling thread's read connection; invalid once closed.
    QSqlDatabase reader() const;
    // Marks an event from a source no rule listens to as routed already. m_mutex held.
    void skipRoutingIfUnheard(Event &event) const;
    std::deque<PendingAppend> takeBatch(int maxBatch, std::deque<StoreJob> *jobs);

    StoreOptions m_options;
    QThread m_writerThread;
    StoreWriter *m_writer = nullptr;
    QThread m_checkpointThread;
    StoreCheckpointer *m_checkpointer = nullptr;

    mutable QMutex m_mutex; // guards everything below
    std::deque<PendingAppend> m_pending;
    std::deque<StoreJob> m_jobs;
    std::optional<QSet<QString>> m_sourcesToRoute;
    quint64 m_nextTicket = 1;
    bool m_flushPosted = false;
    bool m_accepting = false;
    QString m_lastError;
    qint64 m_committed = 0;
    bool m_writable = false;
    std::shared_ptr<SqliteConnections> m_readers;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::AppendResult)
Q_DECLARE_METATYPE(OtBridge::EventQuery)
Q_DECLARE_METATYPE(OtBridge::EventPage)
