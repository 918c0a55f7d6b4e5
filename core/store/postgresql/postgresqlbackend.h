// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sql/sqlbackend.h"

namespace OtBridge {

// A store on a PostgreSQL server (StoreOptions::database and ::password): QPSQL connections
// (PostgresqlConnections), the schema brought up to date by PostgresqlSchema under its advisory
// lock. Durability is the server's: a commit returns once its WAL is flushed there.
class PostgresqlBackend final : public SqlBackend
{
public:
    Result<void> prepare(const StoreOptions &options) const override;
    Result<QSqlDatabase> openWriter(const QString &name,
                                    const StoreOptions &options) const override;
    void closingWriter(const QSqlDatabase &) const override { }
    ThreadConnections::Open readers(const StoreOptions &options) const override;
    std::unique_ptr<SqlCompanion> companion(const StoreOptions &) const override { return nullptr; }
    QString location(const StoreOptions &options) const override
    {
        return options.database.toString();
    }
};

} // namespace OtBridge
