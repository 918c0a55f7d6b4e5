// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/storenotification.h"
#include "store/writecontext.h"

#include "store/sqlrows.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

namespace OtBridge {

// The writer's transaction as the SQL repositories see it (docs/architecture.md, "Storage").
class SqlWriteContext : public WriteContext
{
public:
    // The writer's connection, inside the open transaction.
    virtual QSqlDatabase database() const = 0;
    // Runs sql with the values bound in order, as a statement the writer prepares once and
    // keeps (StatementCache); its rows are read from the query, until the next run of the
    // same sql.
    virtual Result<SqlRows *> run(const QString &sql, const QVariantList &values = {}) = 0;
    // Runs a statement with no values and no rows that not every database prepares: SAVEPOINT,
    // ROLLBACK TO and RELEASE (PostgreSQL refuses them as prepared statements).
    virtual Result<void> command(const QString &sql) = 0;
    // Tells the cluster's other nodes and attached consoles what this transaction changed
    // (StoreNotification): sent inside it, so heard on its commit only, and never for a job
    // whose savepoint was rolled back. The same channel and kind from several jobs go as one
    // notification. Nothing is sent where no other process can hear (SQLite).
    virtual void announce(StoreNotification::Channel channel, const QString &kind,
                          const QStringList &ids = {})
        = 0;
};

// One unit of work for the store's writer thread. Everything queued while a commit is being
// fsync'd runs in the next transaction, each job under a savepoint of its own: a job that
// fails rolls back only what it wrote.
struct StoreJob
{
    std::function<Result<void>(SqlWriteContext &)> work;
    // On the writer thread, once the transaction is durable (error empty) or has failed.
    std::function<void(const QString &error)> done;
};

} // namespace OtBridge
