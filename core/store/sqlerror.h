// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace OtBridge {

// A failure in words: the database's own text when there is one ("database or disk is full"),
// else Qt's, without the driver's "Unable to fetch row".
QString sqlError(const QSqlError &error);
QString sqlError(const QSqlQuery &query);

// Runs one statement that returns no rows the caller needs (a pragma, DDL).
Result<void> execSql(const QSqlDatabase &db, const QString &sql);
// Runs each in order; stops at the first that fails, with its error.
Result<void> execSql(const QSqlDatabase &db, const QStringList &statements);

} // namespace OtBridge
