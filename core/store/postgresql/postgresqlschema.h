// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace OtBridge {

// Brings a PostgreSQL database to currentSchemaVersion through the postgresql statements of
// schemaVersions(), the same versions SQLite goes through; the table schema_version holds one
// row per version applied. Each version is a transaction of its own holding an advisory lock,
// so that nodes starting at once migrate once: the others wait, then find it done. Then it
// creates what sits beside the versioned schema. A database at a newer version than this build
// knows is refused.
class PostgresqlSchema final
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::PostgresqlSchema)

public:
    // The key of the advisory lock every OT Bridge takes to migrate a database.
    static constexpr qint64 migrationLock = 0x6f74627269646765; // "otbridge" in ASCII

    // The database's version: 0 before the first migration, -1 when it cannot be read.
    static int version(const QSqlDatabase &db);
    // label names the database in errors, such as the URL (never with a password).
    static Result<void> migrate(QSqlDatabase &db, const QString &label);
};

} // namespace OtBridge
