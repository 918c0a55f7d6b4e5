// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/storeoptions.h"

#include <functional>
#include <memory>

namespace OtBridge {

class DeliveryStore;
class EventStore;
class SqlWriteContext;

// One database as the engine sees it (docs/architecture.md, "Storage"): its event side and its
// delivery side, opened and closed together, both committed by one writer. events() and
// deliveries() live as long as the Store, open or not; what they are asked while closed fails.
class Store
{
public:
    virtual ~Store() = default;

    // Creates or upgrades the schema (a database newer than this build is refused), then starts
    // the writer.
    virtual Result<void> open(const StoreOptions &options) = 0;
    // Commits everything already queued, then stops the writer; writes after this fail.
    virtual void close() = 0;
    virtual bool isOpen() const = 0;

    virtual EventStore *events() = 0;
    virtual DeliveryStore *deliveries() = 0;

    // Runs work in the writer's next transaction and waits for its commit: for a write of a
    // table neither side owns (the cluster's heartbeat on SQLite, whose file has one writer).
    // Not on the writer's thread.
    virtual Result<void> write(const std::function<Result<void>(SqlWriteContext &)> &work) = 0;
};

// The store options.database names, not opened yet: SQLite in options.path, or the PostgreSQL
// server the URL names (with options.password).
Result<std::unique_ptr<Store>> createStore(const StoreOptions &options);
// The same, opened.
Result<std::unique_ptr<Store>> openStore(const StoreOptions &options);

} // namespace OtBridge
