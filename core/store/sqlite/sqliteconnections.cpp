// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqliteconnections.h"

#include "store/sqlerror.h"

#include <QSqlError>

namespace OtBridge {

SqliteConnections::SqliteConnections(const SqliteConnectionOptions &options)
    : m_connections(QStringLiteral("otbridge-sqlite-"), opener(options), options.closedFailure)
{ }

ThreadConnections::Open SqliteConnections::opener(const SqliteConnectionOptions &options)
{
    return [options](const QString &name) {
        return open(name, options);
    };
}

void SqliteConnections::reopen(const SqliteConnectionOptions &options)
{
    m_connections.reopen(opener(options), options.closedFailure);
}

Result<QSqlDatabase> SqliteConnections::open(const QString &name,
                                             const SqliteConnectionOptions &options)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(options.path);
        QString connectOptions
            = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            const Result<void> ran = execSql(db, options.pragmas);
            if (ran)
                return db;
            error = ran.error();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return Result<QSqlDatabase>::failure(options.openFailure.arg(options.path, error));
}

} // namespace OtBridge
