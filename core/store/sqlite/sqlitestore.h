// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <memory>

namespace OtBridge {

class SqliteConnections;
class SqliteDeliveryStore;
class SqliteEventStore;
class SqliteWriter;

// The embedded store: one SQLite file (WAL, synchronous=FULL) with one writer thread that
// group-commits every write, and a read connection per thread that reads
// (docs/architecture.md, "Storage").
class SqliteStore final : public Store
{
    Q_DISABLE_COPY_MOVE(SqliteStore)

public:
    SqliteStore();
    ~SqliteStore() override;

    Result<void> open(const StoreOptions &options) override;
    void close() override;
    bool isOpen() const override;
    EventStore *events() override;
    DeliveryStore *deliveries() override;

private:
    std::unique_ptr<SqliteWriter> m_writer;
    std::shared_ptr<SqliteConnections> m_readers;
    std::unique_ptr<SqliteEventStore> m_events;
    std::unique_ptr<SqliteDeliveryStore> m_deliveries;
};

} // namespace OtBridge
