// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statementcache.h"

#include "store/sqlerror.h"
#include "store/sqlite/sqlitestatement.h"

#include <QSqlQuery>

namespace OtBridge {

// A prepared statement of either kind: run, then read as SqlRows.
class StatementCache::Statement
{
public:
    virtual ~Statement() = default;
    virtual Result<SqlRows *> run(const QVariantList &values) = 0;
    virtual void finish() = 0;
};

// Through Qt SQL (PostgreSQL).
class StatementCache::QtStatement final : public Statement, public SqlRows
{
public:
    explicit QtStatement(const QSqlDatabase &db)
        : m_query(db)
    {
        // Rows are read once, in order. A scrollable query makes Qt's result cache room for
        // 128 rows of every column at each exec.
        m_query.setForwardOnly(true);
    }

    Result<void> prepare(const QString &sql)
    {
        if (!m_query.prepare(sql))
            return Result<void>::failure(sqlError(m_query));
        return {};
    }

    Result<SqlRows *> run(const QVariantList &values) override
    {
        m_query.finish();
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (!m_query.exec())
            return Result<SqlRows *>::failure(sqlError(m_query));
        return static_cast<SqlRows *>(this);
    }

    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    int numRowsAffected() const override { return m_query.numRowsAffected(); }
    void finish() override { m_query.finish(); }

private:
    QSqlQuery m_query;
};

// Through SQLite's own API.
class StatementCache::SqliteRun final : public Statement
{
public:
    explicit SqliteRun(std::unique_ptr<SqliteStatement> statement)
        : m_statement(std::move(statement))
    { }

    Result<SqlRows *> run(const QVariantList &values) override
    {
        if (auto ran = m_statement->exec(values); !ran)
            return Result<SqlRows *>::failure(ran.error());
        return static_cast<SqlRows *>(m_statement.get());
    }
    void finish() override { m_statement->finish(); }

private:
    std::unique_ptr<SqliteStatement> m_statement;
};

StatementCache::StatementCache() = default;

StatementCache::StatementCache(const QSqlDatabase &db)
{
    setDatabase(db);
}

StatementCache::~StatementCache() = default;

void StatementCache::setDatabase(const QSqlDatabase &db)
{
    clear();
    m_db = db;
    m_sqlite = SqliteStatement::handle(db);
}

Result<SqlRows *> StatementCache::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        std::unique_ptr<Statement> statement;
        if (m_sqlite) {
            auto prepared = SqliteStatement::prepare(m_sqlite, sql);
            if (!prepared)
                return Result<SqlRows *>::failure(prepared.error());
            statement = std::make_unique<SqliteRun>(std::move(prepared).value());
        } else {
            auto query = std::make_unique<QtStatement>(m_db);
            if (auto prepared = query->prepare(sql); !prepared)
                return Result<SqlRows *>::failure(prepared.error());
            statement = std::move(query);
        }
        it = m_statements.emplace(sql, std::move(statement)).first;
    }
    return it->second->run(values);
}

void StatementCache::finishAll()
{
    for (auto &[sql, statement] : m_statements)
        statement->finish();
}

void StatementCache::clear()
{
    m_statements.clear();
    m_sqlite = nullptr;
    m_db = QSqlDatabase(); // nor the connection: it may be closed and removed now
}

} // namespace OtBridge
