// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgresql/postgresqlconnections.h"

#include "store/sqlerror.h"

#include <QSqlError>

namespace OtBridge {

namespace {

// The server's words. libpq never repeats a password in them; this holds even if a future one
// did, for a password long enough to be told from ordinary words.
QString withoutPassword(QString text, const QString &password)
{
    if (password.size() >= 4)
        text.replace(password, QStringLiteral("(password)"));
    return text;
}

} // namespace

PostgresqlConnections::PostgresqlConnections(const PostgresqlConnectionOptions &options)
    : m_options(options)
    , m_connections(
          QStringLiteral("otbridge-postgresql-"),
          [options](const QString &name) { return open(name, options); },
          tr("the database %1 is closed").arg(options.url.toString()))
{ }

Result<QSqlDatabase> PostgresqlConnections::open(const QString &name,
                                                 const PostgresqlConnectionOptions &options)
{
    const DatabaseUrl &url = options.url;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            error = tr("Qt's PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)");
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setDatabaseName(url.database);
            db.setPassword(options.password);
            QStringList connectOptions;
            if (const QString given = url.connectOptions(); !given.isEmpty())
                connectOptions.append(given);
            if (url.parameter(QStringLiteral("application_name")).isEmpty()) {
                DatabaseUrl named;
                named.parameters = {{QStringLiteral("application_name"), options.applicationName}};
                connectOptions.append(named.connectOptions());
            }
            if (url.parameter(QStringLiteral("connect_timeout")).isEmpty())
                connectOptions.append(
                    QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSeconds));
            db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
            if (!db.open()) {
                error = sqlError(db.lastError());
            } else {
                // No JIT: the store's statements are short, and compiling them cost more than
                // running them (measured on the console's history of 100k events: 1.9 s of JIT
                // for a query that runs in 0.3 s).
                const QStringList setup
                    = QStringList {QStringLiteral("SET client_min_messages = warning"),
                                   QStringLiteral("SET jit = off")}
                    + options.setup;
                const Result<void> ran = execSql(db, setup);
                if (ran)
                    return db;
                error = ran.error();
                db.close();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return Result<QSqlDatabase>::failure(
        tr("cannot connect to the database %1: %2")
            .arg(url.toString(), withoutPassword(error, options.password).simplified()));
}

} // namespace OtBridge
