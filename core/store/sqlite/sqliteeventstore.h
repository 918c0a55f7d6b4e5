// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventstore.h"

#include <QSqlDatabase>

#include <memory>

namespace OtBridge {

class SqliteConnections;
class SqliteWriter;

// EventStore on SQLite: appends go to the store's SqliteWriter, reads to the calling thread's
// connection (SqliteEventRepository). SqliteStore owns it and opens it.
class SqliteEventStore final : public EventStore
{
    Q_DISABLE_COPY_MOVE(SqliteEventStore)

public:
    SqliteEventStore(SqliteWriter *writer, std::shared_ptr<SqliteConnections> readers);
    ~SqliteEventStore() override;

    bool isOpen() const override;
    quint64 append(Event event) override;
    void waitForWrites() override;
    void setSourcesToRoute(const std::optional<QSet<QString>> &sources) override;
    std::optional<Event> event(const QUuid &id) const override;
    QList<EventSummary> recent(int limit) const override;
    qint64 count() const override;
    Result<EventPage> query(const EventQuery &query) const override;
    QList<QUuid> reruns(const QUuid &id) const override;
    StoreHealth health() const override;

    // Called by the writer once per commit, on its thread.
    void handleCommitted(const QList<AppendResult> &results);

private:
    // The calling thread's read connection; invalid once closed.
    QSqlDatabase reader() const;

    SqliteWriter *m_writer;
    std::shared_ptr<SqliteConnections> m_readers;
};

} // namespace OtBridge
