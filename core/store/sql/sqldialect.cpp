// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqldialect.h"

namespace OtBridge {

namespace {

// The first key of the digest windows' advisory locks ("ot" in ASCII).
constexpr int digestLockClass = 0x6f74;

} // namespace

const SqlDialect &sqliteDialect()
{
    static const SqlDialect dialect {
        QStringLiteral(
            "CASE WHEN length(e.body) <= 65536 AND json_valid(CAST(e.body AS TEXT)) THEN "
            "(SELECT j.value FROM json_each(CAST(e.body AS TEXT)) j WHERE j.type = 'text' "
            "AND j.key IN ('type', 'event_type', 'eventType', 'event') "
            "ORDER BY CASE j.key WHEN 'type' THEN 0 WHEN 'event_type' THEN 1 "
            "WHEN 'eventType' THEN 2 ELSE 3 END LIMIT 1) END"),
        QStringLiteral("group_concat(m.rule, char(10))"),
        // The body is a BLOB, which LIKE never matches: it is read as text. SQLite's LIKE
        // ignores ASCII case.
        QStringLiteral("CAST(e.body AS TEXT) LIKE ? ESCAPE '\\'"),
        QStringLiteral("%1 LIKE ? ESCAPE '\\'"),
        QStringLiteral("json_extract(%1, '$.kind')"),
        QString(),
        // The write lock from the start: a transaction that read first and then wants to write
        // while another connection writes the file gets "database is locked" at once, without
        // the busy timeout's wait (a second store on the file: a test, a tool).
        QStringLiteral("BEGIN IMMEDIATE"),
        true,
        false,
        QString(),
        QString(),
    };
    return dialect;
}

const SqlDialect &postgresqlDialect()
{
    static const SqlDialect dialect {
        // otbridge_json_event_type: SQLite's json_valid has no PostgreSQL twin that does not
        // raise on a body that is not JSON, so a function (PostgresqlSchema's) answers NULL.
        QStringLiteral("CASE WHEN length(e.body) <= 65536 THEN otbridge_event_type(e.body) END"),
        QStringLiteral("string_agg(m.rule, E'\\n' ORDER BY m.rule)"),
        // A body that is not UTF-8 is searched in escape form, where ASCII still matches.
        // Collation "C" folds ASCII case only, as SQLite's LIKE does, and spares ILIKE the
        // locale's lower() of every body (on 100k bodies: 110 ms instead of 180 ms).
        QStringLiteral("encode(e.body, 'escape') COLLATE \"C\" ILIKE ? ESCAPE '\\'"),
        QStringLiteral("%1 COLLATE \"C\" ILIKE ? ESCAPE '\\'"),
        // json, not jsonb: checked and read, never converted.
        QStringLiteral("%1::json->>'kind'"),
        QStringLiteral(" FOR UPDATE SKIP LOCKED"),
        QString(),
        // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES.
        false,
        true,
        // Advisory locks of two int4 keys never meet the migration's one bigint key.
        QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(?))").arg(digestLockClass),
        QStringLiteral("SELECT pg_notify(?, ?)"),
    };
    return dialect;
}

const SqlDialect &sqlDialect(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgresqlDialect() : sqliteDialect();
}

} // namespace OtBridge
