// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <memory>

namespace OtBridge {

class SqlBackend;
class SqlDeliveryStore;
class SqlEventStore;
class SqlWriter;
class ThreadConnections;

// A store on Qt SQL: one writer thread that group-commits every write, and a read connection
// per thread that reads (docs/architecture.md, "Storage"). The backend says which database:
// SQLite (SqliteBackend, the embedded default) or PostgreSQL (PostgresqlBackend).
class SqlStore final : public Store
{
    Q_DISABLE_COPY_MOVE(SqlStore)

public:
    explicit SqlStore(std::unique_ptr<SqlBackend> backend);
    ~SqlStore() override;

    Result<void> open(const StoreOptions &options) override;
    void close() override;
    bool isOpen() const override;
    EventStore *events() override;
    DeliveryStore *deliveries() override;
    Result<void> write(const std::function<Result<void>(SqlWriteContext &)> &work) override;

private:
    std::unique_ptr<SqlBackend> m_backend;
    std::unique_ptr<SqlWriter> m_writer;
    std::shared_ptr<ThreadConnections> m_readers;
    std::unique_ptr<SqlEventStore> m_events;
    std::unique_ptr<SqlDeliveryStore> m_deliveries;
};

} // namespace OtBridge
