// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace OtBridge {

// The SQL statements of one connection, each prepared once and kept: the store's writer runs
// the same dozen statements for every delivery, and preparing them anew each time (SQLite
// parses and plans the text) was a quarter of the writer's time. Use it from the thread that
// owns the connection, and clear() it before the connection closes.
class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    StatementCache() = default;
    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db)
    { }

    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }

    // The statement for sql, reset (a previous run's rows are gone) and ready to bind. The
    // pointer stays valid until clear(); a statement that cannot be prepared is not kept.
    Result<QSqlQuery *> prepared(const QString &sql);
    // Binds the values in order and runs the statement; its rows are read from the query.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    // Resets every statement: none holds a read cursor across a COMMIT.
    void finishAll();
    // Drops the statements and the connection handle; setDatabase() before the next use.
    void clear();

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace OtBridge
