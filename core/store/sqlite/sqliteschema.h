// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace OtBridge {

// Brings a SQLite file to currentSchemaVersion through schemaVersions() (PRAGMA user_version
// holds where it stands), each version in a transaction of its own, then creates what sits
// beside the versioned schema. A file at a newer version than this build knows is refused.
class SqliteSchema final
{
public:
    // The file's version; -1 when it cannot be read.
    static int version(const QSqlDatabase &db);
    static Result<void> migrate(QSqlDatabase &db, const QString &path);
};

} // namespace OtBridge
