// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace OtBridge {

// One step of the store's schema: what takes a database from version - 1 to version. The
// numbers are the store's, not one database's: SQLite and PostgreSQL each have a column of
// statements here and go through the same versions to the same tables, columns and indexes
// (docs/architecture.md, "Storage"; tst_postgresqlschema compares them).
struct SchemaVersion
{
    int version = 0;
    const char *what = ""; // for the log
    QStringList sqlite; // in one transaction, in order
    // The same step in PostgreSQL's types: INTEGER PRIMARY KEY AUTOINCREMENT is bigserial, BLOB
    // bytea, an integer that may outgrow 32 bits (times in milliseconds since the epoch, UTC,
    // sizes) bigint; flags stay integers 0/1, as the queries compare them.
    QStringList postgresql;
};

// The schema version this build writes; a database at a higher one is refused.
inline constexpr int currentSchemaVersion = 7;

// Every version, oldest first, the last one currentSchemaVersion. Never edit a shipped entry:
// add a new one.
const QList<SchemaVersion> &schemaVersions();

// Indexes and a table beside the versioned schema, created if missing at every start: a build
// without them reads the file the same, so they never make one refuse it.
const QStringList &sqliteUnversioned();
const QStringList &postgresqlUnversioned();

} // namespace OtBridge
