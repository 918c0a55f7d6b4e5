// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace OtBridge {

QString sqlError(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text().trimmed() : database;
}

QString sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

Result<void> execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Result<void>::failure(sqlError(query));
    return {};
}

Result<void> execSql(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto ok = execSql(db, sql); !ok)
            return ok;
    }
    return {};
}

} // namespace OtBridge
