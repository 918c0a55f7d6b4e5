// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqleventstore.h"

#include "store/schemaversion.h"
#include "store/sql/sqleventrepository.h"
#include "store/sql/sqllogging.h"
#include "store/sql/sqlwriter.h"
#include "store/threadconnections.h"

namespace OtBridge {

SqlEventStore::SqlEventStore(SqlWriter *writer, std::shared_ptr<ThreadConnections> readers)
    : m_writer(writer)
    , m_readers(std::move(readers))
{ }

SqlEventStore::~SqlEventStore() = default;

bool SqlEventStore::isOpen() const
{
    return m_writer->isOpen();
}

quint64 SqlEventStore::append(Event event)
{
    const SqlWriter::Ticket ticket = m_writer->append(event);
    if (!ticket.accepted) {
        AppendResult result;
        result.ticket = ticket.number;
        result.status = AppendStatus::Failed;
        result.error = EventStore::tr("the event store is closed");
        result.summary = SqlEventRepository::summaryOf(event);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT appended({result}); }, Qt::QueuedConnection);
    }
    return ticket.number;
}

void SqlEventStore::handleCommitted(const QList<AppendResult> &results)
{
    Q_EMIT appended(results);
}

void SqlEventStore::waitForWrites()
{
    m_writer->waitForWrites();
}

void SqlEventStore::setSourcesToRoute(const std::optional<QSet<QString>> &sources)
{
    m_writer->setSourcesToRoute(sources);
}

QSqlDatabase SqlEventStore::reader() const
{
    Result<QSqlDatabase> db = m_readers->forThisThread();
    if (!db) {
        if (m_readers->isOpen())
            qCWarning(lcStore) << db.error();
        return {};
    }
    return db.value();
}

std::optional<Event> SqlEventStore::event(const QUuid &id) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return std::nullopt;
    return SqlEventRepository::find(db, id);
}

QList<EventSummary> SqlEventStore::recent(int limit) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return {};
    return SqlEventRepository::recent(db, limit);
}

qint64 SqlEventStore::count() const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return -1;
    return SqlEventRepository::count(db);
}

Result<EventPage> SqlEventStore::query(const EventQuery &query) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return Result<EventPage>::failure(EventStore::tr("the event store is closed"));
    return SqlEventRepository::query(db, query);
}

QList<QUuid> SqlEventStore::reruns(const QUuid &id) const
{
    const QSqlDatabase db = reader();
    if (!db.isValid())
        return {};
    return SqlEventRepository::reruns(db, id);
}

StoreHealth SqlEventStore::health() const
{
    const SqlWriter::Health writer = m_writer->health();
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
