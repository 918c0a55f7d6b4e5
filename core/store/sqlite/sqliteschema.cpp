// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqliteschema.h"

#include "store/schemaversion.h"
#include "store/sql/sqllogging.h"
#include "store/sqlerror.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace OtBridge {

int SqliteSchema::version(const QSqlDatabase &db)
{
    QSqlQuery query(QStringLiteral("PRAGMA user_version"), db);
    return query.next() ? query.value(0).toInt() : -1;
}

Result<void> SqliteSchema::migrate(QSqlDatabase &db, const QString &path)
{
    const int current = qMax(0, version(db));
    if (current > currentSchemaVersion) {
        return Result<void>::failure(
            QObject::tr("the event store %1 has schema version %2, newer than this OT Bridge "
                        "understands (%3): use a newer OT Bridge or another data directory")
                .arg(path)
                .arg(current)
                .arg(currentSchemaVersion));
    }
    for (const SchemaVersion &step : schemaVersions()) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return Result<void>::failure(sqlError(db.lastError()));
        for (const QString &statement : step.sqlite) {
            if (auto ok = execSql(db, statement); !ok) {
                db.rollback();
                return Result<void>::failure(
                    QObject::tr("cannot upgrade the event store from schema version %1: %2")
                        .arg(step.version - 1)
                        .arg(ok.error()));
            }
        }
        if (auto ok = execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(step.version));
            !ok) {
            db.rollback();
            return Result<void>::failure(ok.error());
        }
        if (!db.commit())
            return Result<void>::failure(sqlError(db.lastError()));
        qCInfo(lcStore) << "event store migrated to schema version" << step.version << "("
                        << step.what << ")";
    }
    for (const QString &statement : sqliteUnversioned()) {
        if (auto ok = execSql(db, statement); !ok)
            return Result<void>::failure(
                QObject::tr("cannot index the event store: %1").arg(ok.error()));
    }
    return {};
}

} // namespace OtBridge
