// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace OtBridge {

// Connections to one database, one per thread that asks: a QSqlDatabase may only be used, and
// removed, by the thread that opened it, so each thread gets its own, opened on first use and
// removed when its thread finishes (which may be after this object is gone). What a connection
// is, and how it opens, is the caller's (SqliteConnections, PostgresqlConnections). Thread-safe.
class ThreadConnections final
{
    Q_DISABLE_COPY_MOVE(ThreadConnections)

public:
    // Opens a connection under name; on failure it has removed it again.
    using Open = std::function<Result<QSqlDatabase>(const QString &name)>;

    // prefix starts every connection's name; closedFailure is what a thread that asks after
    // close() is told.
    ThreadConnections(const QString &prefix, Open open, const QString &closedFailure);
    // Closes the calling thread's connection; the others go when their threads finish.
    ~ThreadConnections();

    // The calling thread's connection, opened on first use; fails once closed.
    Result<QSqlDatabase> forThisThread() const;
    // From now on no thread gets a connection; closes the calling thread's.
    void close();
    // Closes the calling thread's connection; its next forThisThread() opens a new one (after
    // a failure that may have broken it: a server that restarted, a dropped network).
    void dropForThisThread();
    // Open again, opening connections so from now on: a thread still holding one from before
    // keeps it until it finishes, and never mixes it up with the new ones.
    void reopen(Open open, const QString &closedFailure);
    bool isOpen() const;

private:
    struct Registry;

    std::shared_ptr<Registry> registry() const;

    QString m_prefix;
    mutable QMutex m_mutex; // guards the registry in use
    std::shared_ptr<Registry> m_registry;
};

} // namespace OtBridge
