// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresqltestserver.h"
#include "store/store.h"

#include <QDir>
#include <QString>
#include <QTest>

#include <memory>

// The backends the store's test suites run against. A suite adds them as global data, so that
// every test function runs once per backend, starts each test from an empty store (reset()),
// and opens its store through the factory (createStore) on the current row's backend:
//
//     void initTestCase_data() { StoreBackend::addRows(); }
//     void init() { QVERIFY2(StoreBackend::reset().isEmpty(), …); … }
//     ...
//     auto storage = StoreBackend::open(StoreBackend::options(m_dir.path()));
//
// SQLite keeps its file in the test's directory. PostgreSQL is the suite's server
// (tests/postgresql-cluster.sh; the suite is registered POSTGRESQL in CMake): one database per
// test program, emptied by reset(), so a row fails, never skips, when there is no server. A test
// that reads or writes the SQLite file itself (schema versions, pragmas, a crash snapshot)
// starts with STORE_REQUIRE_SQLITE(why).
namespace StoreBackend {

inline void addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// The current row's backend (in a suite that added the rows).
inline QString current()
{
    QFETCH_GLOBAL(QString, backend);
    return backend;
}

inline bool isPostgresql()
{
    return current() == QLatin1String("postgresql");
}

// This test program's database in the suite's PostgreSQL server, made on first use. Kept to
// the end of the run (the server goes with the fixture).
inline PostgresqlTestDatabase &postgresqlDatabase()
{
    static auto *database = new PostgresqlTestDatabase;
    return *database;
}

// Empties the current row's store: PostgreSQL's schema dropped with everything in it (the next
// open migrates again); SQLite's file is the test's directory's, which the suite empties.
// Returns what went wrong; empty when nothing did.
inline QString reset()
{
    if (!isPostgresql())
        return {};
    PostgresqlTestDatabase &database = postgresqlDatabase();
    if (!database.errorString().isEmpty())
        return database.errorString();
    const QString name = QStringLiteral("otbridge-test-reset");
    QString error;
    {
        QSqlDatabase db = database.connect(name);
        QSqlQuery query(db);
        if (!db.isOpen())
            error = db.lastError().text();
        else if (!query.exec(QStringLiteral("DROP SCHEMA public CASCADE"))
                 || !query.exec(QStringLiteral("CREATE SCHEMA public")))
            error = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A fresh store's options in dir, on the current backend.
inline OtBridge::StoreOptions options(const QString &dir,
                                      const QString &name = QStringLiteral("events.sqlite"))
{
    OtBridge::StoreOptions options;
    options.path = QDir(dir).filePath(name);
    if (isPostgresql()) {
        const PostgresqlTestDatabase &database = postgresqlDatabase();
        if (const auto url = OtBridge::DatabaseUrl::parse(database.url()))
            options.database = url.value();
        options.password = database.password();
    }
    return options;
}

// The store, opened; null (with the reason in the log) when it cannot be.
inline std::unique_ptr<OtBridge::Store> open(const OtBridge::StoreOptions &options)
{
    OtBridge::Result<std::unique_ptr<OtBridge::Store>> opened = OtBridge::openStore(options);
    if (!opened) {
        qWarning("cannot open the store: %s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

// A connection named name straight to the current row's database, past the store (a test
// that writes its fixture rows or reads what the store wrote): the SQLite file options.path, or
// the PostgreSQL database. Check isOpen(); QSqlDatabase::removeDatabase(name) when done.
inline QSqlDatabase connect(const QString &name, const OtBridge::StoreOptions &options)
{
    if (isPostgresql())
        return postgresqlDatabase().connect(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(options.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

} // namespace StoreBackend

// For a test that works on the SQLite file itself: the other backends' rows skip it, saying why
// (where PostgreSQL's side of it is proved instead).
#define STORE_REQUIRE_SQLITE(why)                                                                  \
    do {                                                                                           \
        if (StoreBackend::current() != QLatin1String("sqlite"))                                    \
            QSKIP(why);                                                                            \
    } while (false)
