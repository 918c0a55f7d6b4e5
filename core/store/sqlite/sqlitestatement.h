// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/sqlrows.h"

#include <QByteArrayList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace OtBridge {

// One prepared statement run through SQLite's own API on the handle of a Qt connection
// (QSqlDriver::handle()). Qt SQL costs as much again as SQLite's own work on a statement of the
// writer: binding builds a placeholder name per value, and every exec builds a record of the
// result's columns. Values bind and read as Qt's SQLite driver binds and reads them (a null
// QString or QByteArray is NULL). Use from the connection's thread only.
class SqliteStatement final : public SqlRows
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    ~SqliteStatement() override;

    // The connection's sqlite3 handle, when db is a QSQLITE connection on the same SQLite
    // library this program links (else nullptr: the caller stays on Qt SQL).
    static sqlite3 *handle(const QSqlDatabase &db);
    // Prepares sql once, to be run many times; the error in SQLite's words.
    static Result<std::unique_ptr<SqliteStatement>> prepare(sqlite3 *db, const QString &sql);

    // Binds the values in order (as many as the statement has placeholders) and runs it up to
    // its first row; the rows are then read with next().
    Result<void> exec(const QVariantList &values);

    bool next() override;
    QVariant value(int column) const override;
    int numRowsAffected() const override;
    void finish() override;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    QString error() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QByteArrayList m_bound; // the text and blobs bound, alive until the next exec
    enum class Position { Done, BeforeFirst, OnRow } m_position = Position::Done;
};

} // namespace OtBridge
