// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace OtBridge {

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

// The event side of the store (docs/architecture.md, "Storage"): durable appends, group-committed
// by the store's one writer so that throughput grows with load while each caller still hears
// back only once its event is on disk, and the reads of the history the console, the API and
// the dispatcher make. Every method is thread-safe; reads run on a connection of the calling
// thread's. The SQLite store is SqlEventStore (core/store/sqlite/); Store owns it.
class EventStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    ~EventStore() override;

    virtual bool isOpen() const = 0;

    // The result arrives through appended() once the commit is durable (or has failed).
    virtual quint64 append(Event event) = 0;
    // Blocks until every write queued before this call has been committed (or has failed) and
    // its caller told. Not on the writer's thread.
    virtual void waitForWrites() = 0;
    // The sources whose events the router must see (those some rule listens to). Events from
    // any other source are stored as routed already, so routing writes nothing for them.
    // nullopt (the default): every event waits for routing.
    virtual void setSourcesToRoute(const std::optional<QSet<QString>> &sources) = 0;

    // QObject's event(QEvent *) stays in sight beside this one (clang: -Woverloaded-virtual).
    using QObject::event;
    virtual std::optional<Event> event(const QUuid &id) const = 0;
    // The newest `limit` events, oldest first.
    virtual QList<EventSummary> recent(int limit) const = 0;
    virtual qint64 count() const = 0; // -1 when it cannot be read
    // The console's history: newest matching events first in the store, returned oldest first.
    virtual Result<EventPage> query(const EventQuery &query) const = 0;
    // The re-runs of an event (Engine::rerun), first first.
    virtual QList<QUuid> reruns(const QUuid &id) const = 0;
    virtual StoreHealth health() const = 0;

Q_SIGNALS:
    // Emitted on the writer's thread, once per commit, with every append of that commit.
    void appended(const QList<OtBridge::AppendResult> &results);

protected:
    explicit EventStore(QObject *parent = nullptr);
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::AppendResult)
Q_DECLARE_METATYPE(OtBridge::EventQuery)
Q_DECLARE_METATYPE(OtBridge::EventPage)
