// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <atomic>

#include <unistd.h>

// The suite's throwaway PostgreSQL server: tests/postgresql-cluster.sh starts it as the CTest
// fixture "postgresql" and writes where it listens to the file OTBRIDGE_TEST_POSTGRESQL names
// (tests/CMakeLists.txt, otbridge_add_test(... POSTGRESQL)). A test that needs it fails, never
// skips, when there is none.
struct PostgresqlTestServer
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString error; // why there is no server; empty when there is one

    static PostgresqlTestServer fromEnvironment()
    {
        PostgresqlTestServer server;
        const QString path = qEnvironmentVariable("OTBRIDGE_TEST_POSTGRESQL");
        if (path.isEmpty()) {
            server.error = QStringLiteral(
                "OTBRIDGE_TEST_POSTGRESQL is not set: run this test through ctest, which starts "
                "the suite's PostgreSQL server (tests/postgresql-cluster.sh) first");
            return server;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            server.error = QStringLiteral("no PostgreSQL server for the tests: %1 is missing (%2), "
                                          "so the fixture test postgresql-cluster-start failed or "
                                          "did not run; its output says why")
                               .arg(path, file.errorString());
            return server;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            const QString key = line.left(equals);
            const QString value = line.mid(equals + 1);
            if (key == QLatin1String("PGHOST"))
                server.host = value;
            else if (key == QLatin1String("PGPORT"))
                server.port = value.toInt();
            else if (key == QLatin1String("PGUSER"))
                server.user = value;
            else if (key == QLatin1String("PGPASSWORD"))
                server.password = value;
        }
        if (server.host.isEmpty() || server.port <= 0 || server.user.isEmpty())
            server.error = QStringLiteral("%1 does not say where the server is").arg(path);
        return server;
    }

    // An opened QPSQL connection named name to database; check isOpen() and lastError().
    QSqlDatabase connect(const QString &name, const QString &database) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        db.open();
        return db;
    }
};

// A database of this test's own in the suite's server, made by the constructor and dropped,
// with whatever connections are still on it, by the destructor: tests that run at the same
// time never see each other's tables. Check errorString() (empty when it was made).
class PostgresqlTestDatabase final
{
    Q_DISABLE_COPY_MOVE(PostgresqlTestDatabase)

public:
    PostgresqlTestDatabase()
        : m_server(PostgresqlTestServer::fromEnvironment())
    {
        if (!m_server.error.isEmpty()) {
            m_error = m_server.error;
            return;
        }
        static std::atomic<int> serial {0};
        m_name = QStringLiteral("otbridge_test_%1_%2").arg(::getpid()).arg(++serial);
        m_error = admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        if (!m_error.isEmpty())
            m_name.clear();
    }
    ~PostgresqlTestDatabase()
    {
        if (!m_name.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    QString errorString() const { return m_error; }
    const PostgresqlTestServer &server() const { return m_server; }
    QString name() const { return m_name; }
    // How OT Bridge is told where it is (--database); the password goes separately.
    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(m_server.user, m_server.host)
            .arg(m_server.port)
            .arg(m_name);
    }
    QString password() const { return m_server.password; }
    // An opened connection named name to this database, as the superuser.
    QSqlDatabase connect(const QString &name) const { return m_server.connect(name, m_name); }

private:
    // Runs sql on the server's postgres database; returns the error, empty when it ran.
    QString admin(const QString &sql) const
    {
        static std::atomic<int> serial {0};
        const QString connection = QStringLiteral("otbridge-test-admin-%1").arg(++serial);
        QString error;
        {
            QSqlDatabase db = m_server.connect(connection, QStringLiteral("postgres"));
            if (!db.isOpen()) {
                error = QStringLiteral("cannot reach the tests' PostgreSQL server at %1:%2: %3")
                            .arg(m_server.host)
                            .arg(m_server.port)
                            .arg(db.lastError().text());
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    PostgresqlTestServer m_server;
    QString m_name;
    QString m_error;
};
