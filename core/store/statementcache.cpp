// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statementcache.h"

#include <QSqlError>

namespace OtBridge {

void StatementCache::setDatabase(const QSqlDatabase &db)
{
    clear();
    m_db = db;
}

Result<QSqlQuery *> StatementCache::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        // Rows are read once, in order. A scrollable query makes Qt's result cache room for 128
        // rows of every column at each exec: 27k instructions a statement, a tenth of the
        // writer's work (docs/architecture.md, "Storage").
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Result<QSqlQuery *>::failure(sqlError(*query));
        it = m_statements.emplace(sql, std::move(query)).first;
    } else {
        it->second->finish();
    }
    return it->second.get();
}

Result<QSqlQuery *> StatementCache::run(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> statement = prepared(sql);
    if (!statement)
        return statement;
    QSqlQuery *query = statement.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec())
        return Result<QSqlQuery *>::failure(sqlError(*query));
    return query;
}

void StatementCache::finishAll()
{
    for (auto &[sql, query] : m_statements)
        query->finish();
}

void StatementCache::clear()
{
    m_statements.clear();
    m_db = QSqlDatabase(); // nor the connection: it may be closed and removed now
}

} // namespace OtBridge
