// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventstore.h"

#include <QSqlDatabase>

#include <memory>

namespace OtBridge {

class ThreadConnections;
class SqlWriter;

// EventStore on Qt SQL: appends go to the store's SqlWriter, reads to the calling thread's
// connection (SqlEventRepository). SqlStore owns it and opens it.
class SqlEventStore final : public EventStore
{
    Q_DISABLE_COPY_MOVE(SqlEventStore)

public:
    SqlEventStore(SqlWriter *writer, std::shared_ptr<ThreadConnections> readers);
    ~SqlEventStore() override;

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

    SqlWriter *m_writer;
    std::shared_ptr<ThreadConnections> m_readers;
};

} // namespace OtBridge
