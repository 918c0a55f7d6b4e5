// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgresql/postgresqlbackend.h"

#include "store/postgresql/postgresqlconnections.h"
#include "store/postgresql/postgresqlschema.h"

namespace OtBridge {

namespace {

PostgresqlConnectionOptions connectionOptions(const StoreOptions &options)
{
    PostgresqlConnectionOptions connection;
    connection.url = options.database;
    connection.password = options.password;
    return connection;
}

} // namespace

Result<void> PostgresqlBackend::prepare(const StoreOptions &options) const
{
    if (!options.database.isPostgresql())
        return Result<void>::failure(
            QStringLiteral("%1 is not a PostgreSQL database").arg(options.database.toString()));
    return {};
}

Result<QSqlDatabase> PostgresqlBackend::openWriter(const QString &name,
                                                   const StoreOptions &options) const
{
    Result<QSqlDatabase> opened = PostgresqlConnections::open(name, connectionOptions(options));
    if (!opened)
        return opened;
    QSqlDatabase db = opened.value();
    if (auto migrated = PostgresqlSchema::migrate(db, options.database.toString()); !migrated) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<QSqlDatabase>::failure(migrated.error());
    }
    return db;
}

ThreadConnections::Open PostgresqlBackend::readers(const StoreOptions &options) const
{
    const PostgresqlConnectionOptions readers = connectionOptions(options);
    return [readers](const QString &name) {
        return PostgresqlConnections::open(name, readers);
    };
}

} // namespace OtBridge
