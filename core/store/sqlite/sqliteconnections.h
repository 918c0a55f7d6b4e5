// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace OtBridge {

struct SqliteConnectionOptions
{
    QString path;
    int busyTimeoutMs = 2000;
    bool readOnly = false;
    QStringList pragmas; // run once the connection is open ("PRAGMA synchronous=FULL")
    // In the caller's words: "cannot open the event store %1: %2" (path, why), and what a read
    // after close() answers.
    QString openFailure;
    QString closedFailure;
};

// Connections to one SQLite file, one per thread that asks: a QSqlDatabase may only be used,
// and removed, by the thread that opened it, so each reader gets its own, removed when its
// thread finishes (which may be after this object is gone). Thread-safe.
class SqliteConnections final
{
    Q_DISABLE_COPY_MOVE(SqliteConnections)

public:
    explicit SqliteConnections(const SqliteConnectionOptions &options);
    // Closes the calling thread's connection; the others go when their threads finish.
    ~SqliteConnections();

    // Opens a connection under name with these options (pragmas run); removed again on failure.
    static Result<QSqlDatabase> open(const QString &name, const SqliteConnectionOptions &options);

    // The calling thread's connection, opened on first use; fails once closed.
    Result<QSqlDatabase> forThisThread() const;
    // From now on no thread gets a connection; closes the calling thread's.
    void close();
    // Open again (on these options), with fresh connections: a thread still holding one from
    // before keeps it until it finishes, and never mixes it up with the new ones.
    void reopen(const SqliteConnectionOptions &options);
    bool isOpen() const;

private:
    struct Registry;

    std::shared_ptr<Registry> registry() const;

    mutable QMutex m_mutex; // guards m_options and m_registry
    SqliteConnectionOptions m_options;
    std::shared_ptr<Registry> m_registry;
};

} // namespace OtBridge
