// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/databaseurl.h"
#include "store/threadconnections.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace OtBridge {

struct PostgresqlConnectionOptions
{
    DatabaseUrl url;
    // From the keychain or OTBRIDGE_SECRET_DATABASE_PASSWORD; empty when the server asks for
    // none (trust, peer, a client certificate). Never in an error or a log line.
    QString password;
    // What pg_stat_activity shows for the connection where the URL names none.
    QString applicationName = QStringLiteral("otbridge");
    // Seconds to wait for the server where the URL gives no connect_timeout: a node that
    // cannot reach its database says so instead of hanging at start (libpq waits forever).
    int connectTimeoutSeconds = 10;
    // Run once the connection is open, after the session's own settings.
    QStringList setup;
};

// Connections to one PostgreSQL database through Qt's QPSQL driver (libpq), one per thread that
// asks (ThreadConnections). Every connection reports only warnings and errors to the client
// (client_min_messages), so that the IF NOT EXISTS of every start prints nothing. Thread-safe.
class PostgresqlConnections final
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::PostgresqlConnections)
    Q_DISABLE_COPY_MOVE(PostgresqlConnections)

public:
    explicit PostgresqlConnections(const PostgresqlConnectionOptions &options);

    // Opens a connection under name with these options; removed again on failure, with words
    // that name the database (never its password) and say what the server answered.
    static Result<QSqlDatabase> open(const QString &name,
                                     const PostgresqlConnectionOptions &options);

    // The calling thread's connection, opened on first use; fails once closed.
    Result<QSqlDatabase> forThisThread() const { return m_connections.forThisThread(); }
    // From now on no thread gets a connection; closes the calling thread's.
    void close() { m_connections.close(); }
    bool isOpen() const { return m_connections.isOpen(); }
    const PostgresqlConnectionOptions &options() const { return m_options; }

private:
    PostgresqlConnectionOptions m_options;
    ThreadConnections m_connections;
};

} // namespace OtBridge
