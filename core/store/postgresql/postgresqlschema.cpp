// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgresql/postgresqlschema.h"

#include "store/schemaversion.h"
#include "store/sqlerror.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPostgresql, "otbridge.store.postgresql")

namespace OtBridge {

namespace {

// The version a connection inside the migration's transaction sees; -1 on an error.
int versionIn(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
        || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

int PostgresqlSchema::version(const QSqlDatabase &db)
{
    return versionIn(db);
}

Result<void> PostgresqlSchema::migrate(QSqlDatabase &db, const QString &label)
{
    const auto fail = [&db](const QString &why) {
        db.rollback();
        return Result<void>::failure(why);
    };
    // One version a round: each commit releases the lock, and a node that waited for it then
    // finds the work done.
    for (;;) {
        if (!db.transaction())
            return Result<void>::failure(sqlError(db.lastError()));
        if (auto locked
            = execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLock));
            !locked)
            return fail(locked.error());
        const int current = versionIn(db);
        if (current < 0)
            return fail(tr("cannot read the schema version of the database %1: %2")
                            .arg(label, sqlError(db.lastError())));
        if (current > currentSchemaVersion)
            return fail(tr("the database %1 has schema version %2, newer than this OT Bridge "
                           "understands (%3): use a newer OT Bridge or another database")
                            .arg(label)
                            .arg(current)
                            .arg(currentSchemaVersion));
        if (current == currentSchemaVersion) {
            for (const QString &statement : postgresqlUnversioned()) {
                if (auto ok = execSql(db, statement); !ok)
                    return fail(tr("cannot index the database %1: %2").arg(label, ok.error()));
            }
            if (!db.commit())
                return fail(sqlError(db.lastError()));
            return {};
        }

        const SchemaVersion &step = schemaVersions().at(current);
        Q_ASSERT(step.version == current + 1);
        QStringList statements;
        if (current == 0)
            statements.append(QStringLiteral("CREATE TABLE schema_version ("
                                             " version integer PRIMARY KEY,"
                                             " what text NOT NULL,"
                                             " migrated_at bigint NOT NULL)"));
        statements += step.postgresql;
        for (const QString &statement : std::as_const(statements)) {
            if (auto ok = execSql(db, statement); !ok)
                return fail(tr("cannot upgrade the database %1 from schema version %2: %3")
                                .arg(label)
                                .arg(current)
                                .arg(ok.error()));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, what, migrated_at) VALUES (?, ?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(QString::fromUtf8(step.what));
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!record.exec())
            return fail(sqlError(record));
        if (!db.commit())
            return fail(sqlError(db.lastError()));
        qCInfo(lcPostgresql).noquote() << "database" << label << "migrated to schema version"
                                       << step.version << "(" << step.what << ")";
    }
}

} // namespace OtBridge
