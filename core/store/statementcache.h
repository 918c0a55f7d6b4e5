// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/sqlrows.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace OtBridge {

// The SQL statements of one connection, each prepared once and kept: the store's writer runs
// the same dozen statements for every delivery, and preparing them anew each time (SQLite
// parses and plans the text) was a quarter of the writer's time. On SQLite they run through
// SQLite's own API (SqliteStatement), elsewhere through Qt SQL. Use it from the thread that
// owns the connection, and clear() it before the connection closes.
class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    StatementCache();
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();

    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }

    // Binds the values in order and runs the statement for sql (prepared at its first run; one
    // that cannot be prepared is not kept). Its rows are read from what it returns, which stays
    // valid until clear(); the next run of the same sql starts them over.
    Result<SqlRows *> run(const QString &sql, const QVariantList &values = {});
    // Resets every statement: none holds a read cursor across a COMMIT.
    void finishAll();
    // Drops the statements and the connection handle; setDatabase() before the next use.
    void clear();

private:
    class Statement;
    class QtStatement;
    class SqliteRun;

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr; // m_db's own handle, when its statements go through SQLite's API
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
};

} // namespace OtBridge
