// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqlstore.h"

#include "store/sql/sqlbackend.h"
#include "store/sql/sqldeliverystore.h"
#include "store/sql/sqleventstore.h"
#include "store/sql/sqlwriter.h"
#include "store/threadconnections.h"

namespace OtBridge {

namespace {
QString closedError()
{
    return EventStore::tr("the event store is closed");
}
} // namespace

SqlStore::SqlStore(std::unique_ptr<SqlBackend> backend)
    : m_backend(std::move(backend))
{
    // The writer hands each commit's appends to the event side, which signals them.
    m_writer
        = std::make_unique<SqlWriter>(m_backend.get(), [this](const QList<AppendResult> &results) {
              m_events->handleCommitted(results);
          });
    const QString closed = closedError();
    m_readers = std::make_shared<ThreadConnections>(
        QStringLiteral("otbridge-reader-"),
        [closed](const QString &) { return Result<QSqlDatabase>::failure(closed); }, closed);
    m_readers->close();
    m_events = std::make_unique<SqlEventStore>(m_writer.get(), m_readers);
    m_deliveries = std::make_unique<SqlDeliveryStore>(m_writer.get(), m_readers);
}

SqlStore::~SqlStore()
{
    close();
}

Result<void> SqlStore::open(const StoreOptions &options)
{
    if (auto opened = m_writer->open(options); !opened)
        return opened;
    m_readers->reopen(m_backend->readers(options), closedError());
    return {};
}

void SqlStore::close()
{
    m_writer->close();
    m_readers->close();
}

bool SqlStore::isOpen() const
{
    return m_writer->isOpen();
}

EventStore *SqlStore::events()
{
    return m_events.get();
}

DeliveryStore *SqlStore::deliveries()
{
    return m_deliveries.get();
}

Result<void> SqlStore::write(const std::function<Result<void>(SqlWriteContext &)> &work)
{
    return m_writer->write<void>(work, closedError());
}

} // namespace OtBridge
