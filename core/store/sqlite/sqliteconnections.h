// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/threadconnections.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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

// Connections to one SQLite file, one per thread that asks (ThreadConnections): a
// QSqlDatabase may only be used, and removed, by the thread that opened it, so each reader gets
// its own, removed when its thread finishes (which may be after this object is gone).
// Thread-safe.
class SqliteConnections final
{
    Q_DISABLE_COPY_MOVE(SqliteConnections)

public:
    explicit SqliteConnections(const SqliteConnectionOptions &options);

    // Opens a connection under name with these options (pragmas run); removed again on failure.
    static Result<QSqlDatabase> open(const QString &name, const SqliteConnectionOptions &options);

    // The calling thread's connection, opened on first use; fails once closed.
    Result<QSqlDatabase> forThisThread() const { return m_connections.forThisThread(); }
    // From now on no thread gets a connection; closes the calling thread's.
    void close() { m_connections.close(); }
    // Open again (on these options), with fresh connections: a thread still holding one from
    // before keeps it until it finishes, and never mixes it up with the new ones.
    void reopen(const SqliteConnectionOptions &options);
    bool isOpen() const { return m_connections.isOpen(); }

private:
    static ThreadConnections::Open opener(const SqliteConnectionOptions &options);

    ThreadConnections m_connections;
};

} // namespace OtBridge
