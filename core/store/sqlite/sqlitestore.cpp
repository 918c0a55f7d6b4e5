// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqlitestore.h"

#include "store/sqlite/sqliteconnections.h"
#include "store/sqlite/sqlitedeliverystore.h"
#include "store/sqlite/sqliteeventstore.h"
#include "store/sqlite/sqlitewriter.h"

namespace OtBridge {

SqliteStore::SqliteStore()
{
    // The writer hands each commit's appends to the event side, which signals them.
    m_writer = std::make_unique<SqliteWriter>(
        [this](const QList<AppendResult> &results) { m_events->handleCommitted(results); });
    m_readers = std::make_shared<SqliteConnections>(SqliteConnectionOptions());
    m_readers->close();
    m_events = std::make_unique<SqliteEventStore>(m_writer.get(), m_readers);
    m_deliveries = std::make_unique<SqliteDeliveryStore>(m_writer.get(), m_readers);
}

SqliteStore::~SqliteStore()
{
    close();
}

Result<void> SqliteStore::open(const StoreOptions &options)
{
    if (auto opened = m_writer->open(options); !opened)
        return opened;
    SqliteConnectionOptions readers;
    readers.path = options.path;
    readers.busyTimeoutMs = options.busyTimeoutMs;
    readers.readOnly = true;
    readers.openFailure = QObject::tr("cannot open the event store %1: %2");
    readers.closedFailure = EventStore::tr("the event store is closed");
    m_readers->reopen(readers);
    return {};
}

void SqliteStore::close()
{
    m_writer->close();
    m_readers->close();
}

bool SqliteStore::isOpen() const
{
    return m_writer->isOpen();
}

EventStore *SqliteStore::events()
{
    return m_events.get();
}

DeliveryStore *SqliteStore::deliveries()
{
    return m_deliveries.get();
}

} // namespace OtBridge
