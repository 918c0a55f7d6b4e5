// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/cluster.h"
#include "postgresqltestserver.h"
#include "store/postgresql/postgresqlschema.h"
#include "store/sqlite/sqliteschema.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A database at the current schema on one backend, for the cluster's tests (NodeRegistry,
// ClusterWorkspace) that run every test function once per backend:
//
//     void initTestCase_data() { ClusterTestDatabase::addRows(); }
//     void init() { m_db = std::make_unique<ClusterTestDatabase>(); QVERIFY2(m_db->ok(), …); }
//
// SQLite: a file in a temporary directory; PostgreSQL: a database of the suite's server of the
// test's own (PostgresqlTestDatabase). Connections open the way a node's cluster services open
// them (Cluster::opener).
class ClusterTestDatabase final
{
    Q_DISABLE_COPY_MOVE(ClusterTestDatabase)

public:
    static void addRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // On the current row's backend.
    ClusterTestDatabase()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        if (backend == QLatin1String("postgresql")) {
            m_postgresql = std::make_unique<PostgresqlTestDatabase>();
            m_error = m_postgresql->errorString();
            if (!m_error.isEmpty())
                return;
            auto url = OtBridge::DatabaseUrl::parse(m_postgresql->url());
            m_options.database = url.value();
            m_options.password = m_postgresql->password();
        } else if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return;
        } else {
            m_options.path = QDir(m_dir.path()).filePath(QStringLiteral("events.sqlite"));
        }
        const QString name = QStringLiteral("cluster-test-migrate");
        {
            auto db = opener()(name);
            if (!db) {
                m_error = db.error();
                return;
            }
            QSqlDatabase handle = db.value();
            const auto migrated = isPostgresql()
                ? OtBridge::PostgresqlSchema::migrate(handle, m_options.database.toString())
                : OtBridge::SqliteSchema::migrate(handle, m_options.path);
            if (!migrated)
                m_error = migrated.error();
            handle.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool isPostgresql() const { return m_backend == QLatin1String("postgresql"); }
    const OtBridge::StoreOptions &storeOptions() const { return m_options; }
    QString password() const { return m_options.password; }
    OtBridge::ThreadConnections::Open opener() const
    {
        return OtBridge::Cluster::opener(m_options);
    }
    // A connection of the test's own, named name (remove it with QSqlDatabase::removeDatabase).
    QSqlDatabase connect(const QString &name) const
    {
        auto db = opener()(name);
        if (!db)
            qWarning("%s", qPrintable(db.error()));
        return db ? db.value() : QSqlDatabase();
    }
    // PostgreSQL only: the suite's test database, for a superuser's connection.
    const PostgresqlTestDatabase *postgresql() const { return m_postgresql.get(); }

private:
    QString m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresqlTestDatabase> m_postgresql;
    OtBridge::StoreOptions m_options;
    QString m_error;
};
