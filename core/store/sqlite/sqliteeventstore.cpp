// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqliteeventstore.h"

#include "store/schemaversion.h"
#include "store/sqlite/sqliteconnections.h"
#include "store/sqlite/sqliteeventrepository.h"
#include "store/sqlite/sqlitelogging.h"
#include "store/sqlite/sqlitewriter.h"

namespace OtBridge {

SqliteEventStore::SqliteEventStore(SqliteWriter *writer, std::shared_ptr<SqliteConnections> readers)
    : m_writer(writer)
    , m_readers(std::move(readers))
{ }

SqliteEventStore::~SqliteEventStore() = default;

bool SqliteEventStore::isOpen() const
{
    return m_writer->isOpen();
}

quint64 SqliteEventStore::append(Event event)
{
    const SqliteWriter::Ticket ticket = m_writer->append(event);
    if (!ticket.accepted) {
        AppendResult result;
        result.ticket = ticket.number;
        result.status = AppendStatus::Failed;
        result.error = EventStore::tr("the event store is closed");
        result.summary = SqliteEventRepository::summaryOf(event);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT appended({result}); }, Qt::QueuedConnection);
    }
    return ticket.number;
}

void SqliteEventStore::handleCommitted(const QList<AppendResult> &results)
{
    Q_EMIT appended(results);
}

void SqliteEventStore::waitForWrites()
{
    m_writer->waitForWrites();
}

void SqliteEventStore::setSourcesToRoute(const std::optional<QSet<QString>> &sources)
{
    m_writer->setSourcesToRoute(sources);
}

QSqlDatabase SqliteEventStore::reader() const
{
    Result<QSqlDatabase> db = m_readers->forThisThread();
    if (!db) {
        if (m_readers->isOpen())
            qCWarning(lcStore) << db.error();
        return {};
    }
    return db.value();
}

std::optional<Event> SqliteEventStore::event(const QUuid &id) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return std::nullopt;
    return SqliteEventRepository::find(db, id);
}

QList<EventSummary> SqliteEventStore::recent(int limit) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return {};
    return SqliteEventRepository::recent(db, limit);
}

qint64 SqliteEventStore::count() const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return -1;
    return SqliteEventRepository::count(db);
}

Result<EventPage> SqliteEventStore::query(const EventQuery &query) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return Result<EventPage>::failure(EventStore::tr("the event store is closed"));
    return SqliteEventRepository::query(db, query);
}

QList<QUuid> SqliteEventStore::reruns(const QUuid &id) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return {};
    return SqliteEventRepository::reruns(db, id);
}

StoreHealth SqliteEventStore::health() const
{
    const SqliteWriter::Health writer = m_writer->health();
    StoreHealth health;
    health.path = writer.path;
    health.schemaVersion = currentSchemaVersion;
    health.open = writer.open;
    health.writable = writer.writable;
    health.lastError = writer.lastError;
    health.committedEvents = writer.committedEvents;
    health.pendingAppends = writer.pendingAppends;
    return health;
}

} // namespace OtBridge
