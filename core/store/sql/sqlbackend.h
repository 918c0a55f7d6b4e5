// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/storeoptions.h"
#include "store/threadconnections.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace OtBridge {

// Work that runs beside a store's writer on a thread of its own while the store is open
// (SQLite's checkpointer).
class SqlCompanion : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    // On the writer's thread with its connection, after each commit and its callers were told,
    // outside any transaction: what only the writer can finish (SQLite: starting the WAL over).
    // Runs beside start() and stop() on the companion's own thread, and after stop() while the
    // writer commits what was left; cheap when there is nothing to do.
    virtual void afterCommit(const QSqlDatabase &writer) { Q_UNUSED(writer) }
};

// What one kind of database gives the Qt SQL store of core/store/sql/ (SqlStore): how its
// connections open, how its schema is brought up to date, where it is. The SQL the
// repositories run is the same for every kind but for a few fragments (SqlDialect).
class SqlBackend
{
public:
    virtual ~SqlBackend() = default;

    // What must exist before anything opens (SQLite: the data directory).
    virtual Result<void> prepare(const StoreOptions &options) const = 0;
    // Opens the writer's connection under name, configured for writing, its schema brought up
    // to date or refused; on the writer's thread.
    virtual Result<QSqlDatabase> openWriter(const QString &name,
                                            const StoreOptions &options) const = 0;
    // On the writer's thread, before its connection closes.
    virtual void closingWriter(const QSqlDatabase &db) const = 0;
    // How each reading thread's connection opens.
    virtual ThreadConnections::Open readers(const StoreOptions &options) const = 0;
    // Started with the writer and stopped before it; null for none.
    virtual std::unique_ptr<SqlCompanion> companion(const StoreOptions &options) const = 0;
    // Where the store is, as health() and messages say it: the file, or the URL.
    virtual QString location(const StoreOptions &options) const = 0;
};

} // namespace OtBridge
