// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QDir>
#include <QString>
#include <QTest>

#include <memory>

// The backends the store's test suites run against. A suite adds them as global data, so that
// every test function runs once per backend, and opens its store through the factory
// (createStore) on the current row's backend:
//
//     void initTestCase_data() { StoreBackend::addRows(); }
//     ...
//     auto storage = StoreBackend::open(StoreBackend::options(m_dir.path()));
//
// SQLite is the only row so far; the PostgreSQL store (issue 13) adds its row here, with a
// database per test. A test that reads or writes the SQLite file itself (schema versions,
// pragmas, a crash snapshot) starts with StoreBackend::requireSqlite().
namespace StoreBackend {

inline void addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

// The current row's backend (in a suite that added the rows).
inline QString current()
{
    QFETCH_GLOBAL(QString, backend);
    return backend;
}

// A fresh store's options in dir, on the current backend.
inline OtBridge::StoreOptions options(const QString &dir,
                                      const QString &name = QStringLiteral("events.sqlite"))
{
    OtBridge::StoreOptions options;
    options.path = QDir(dir).filePath(name);
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

} // namespace StoreBackend

// For a test that works on the SQLite file itself: the other backends' rows skip it, saying so.
#define STORE_REQUIRE_SQLITE()                                                                     \
    do {                                                                                           \
        if (StoreBackend::current() != QLatin1String("sqlite"))                                    \
            QSKIP("works on the SQLite file itself");                                              \
    } while (false)
