// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sql/sqlbackend.h"

namespace OtBridge {

// The embedded store's database: one SQLite file (StoreOptions::path) in WAL mode with
// synchronous=FULL, its schema brought up to date by SqliteSchema, read-only connections for
// the readers, and a checkpointer that copies the WAL back every second.
class SqliteBackend final : public SqlBackend
{
public:
    Result<void> prepare(const StoreOptions &options) const override;
    Result<QSqlDatabase> openWriter(const QString &name,
                                    const StoreOptions &options) const override;
    void closingWriter(const QSqlDatabase &db) const override;
    ThreadConnections::Open readers(const StoreOptions &options) const override;
    std::unique_ptr<SqlCompanion> companion(const StoreOptions &options) const override;
    QString location(const StoreOptions &options) const override { return options.path; }
};

} // namespace OtBridge
