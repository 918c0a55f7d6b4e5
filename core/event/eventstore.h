// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "result.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>

#include <deque>
#include <memory>
#include <optional>

namespace OtBridge {

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

// The answer to one append, delivered after the commit that holds it is durable (or failed).
struct AppendResult
{
    quint64 ticket = 0;
    AppendStatus status = AppendStatus::Failed;
    QUuid id; // the stored id; for a duplicate, the first event's id
    QString error; // why the commit failed, in words
    EventSummary summary;
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
    static constexpr int schemaVersion = 2;

    explicit EventStore(QObject *parent = nullptr);
    ~EventStore() override;

    Result<void> open(const StoreOptions &options);
    // Commits everything already appended, then stops the writer. Appends after close() fail.
    void close();
    bool isOpen() const;

    // Thread-safe. The result arrives through appended() once the commit is durable.
    quint64 append(Event event);
    // The sources whose events the router must see (those some rule listens to). Events from
    // any other source are stored as routed already, so routing writes nothing for them.
    // nullopt (the default): every event waits for routing.
    void setSourcesToRoute(const std::optional<QSet<QString>> &sources);

    std::optional<Event> event(const QUuid &id) const;
    // The newest `limit` events, oldest first.
    QList<EventSummary> recent(int limit) const;
    qint64 count() const;
    StoreHealth health() const;
    QString path() const;

Q_SIGNALS:
    // Emitted on the writer thread, once per commit, with every append of that commit.
    void appended(const QList<OtBridge::AppendResult> &results);

private:
    friend class StoreWriter;
    struct PendingAppend
    {
        quint64 ticket;
        Event event;
    };

    QString readConnectionName() const;
    std::deque<PendingAppend> takeBatch(int maxBatch);

    StoreOptions m_options;
    QThread m_writerThread;
    StoreWriter *m_writer = nullptr;
    QThread m_checkpointThread;
    StoreCheckpointer *m_checkpointer = nullptr;

    mutable QMutex m_mutex; // guards everything below
    std::deque<PendingAppend> m_pending;
    std::optional<QSet<QString>> m_sourcesToRoute;
    quint64 m_nextTicket = 1;
    bool m_flushPosted = false;
    bool m_accepting = false;
    QString m_lastError;
    qint64 m_committed = 0;
    bool m_writable = false;
    mutable QHash<QThread *, QString> m_readConnections;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::AppendResult)
