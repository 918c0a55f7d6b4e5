// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqltestserver.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

#include <memory>

// The suite's own PostgreSQL server (tests/postgresql-cluster.sh) through Qt's QPSQL driver, and
// what the PostgreSQL store is built on: a database per test, notifications, FOR UPDATE SKIP
// LOCKED and advisory locks. Without a server these fail: a PostgreSQL test that quietly skips
// is what they are here to catch.
class tst_PostgresqlServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void serverIsPostgresql15OrNewer();
    void serverHasTheSuiteSettings();
    void eachTestDatabaseIsItsOwn();
    void notificationsReachASubscribedConnection();
    void skipLockedPassesOverARowAnotherHolds();
    void advisoryLockIsHeldUntilTheTransactionEnds();

private:
    QSqlDatabase connect(const QString &name);

    std::unique_ptr<PostgresqlTestDatabase> m_database;
    QStringList m_connections;
};

void tst_PostgresqlServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
    m_database = std::make_unique<PostgresqlTestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
}

void tst_PostgresqlServer::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

void tst_PostgresqlServer::cleanupTestCase()
{
    m_database.reset();
}

QSqlDatabase tst_PostgresqlServer::connect(const QString &name)
{
    m_connections.append(name);
    return m_database->connect(name);
}

void tst_PostgresqlServer::serverIsPostgresql15OrNewer()
{
    QSqlDatabase db = connect(QStringLiteral("version"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("SHOW server_version_num")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toInt() >= 150000, qPrintable(query.value(0).toString()));
    for (const auto feature : {QSqlDriver::Transactions, QSqlDriver::PreparedQueries,
                               QSqlDriver::BLOB, QSqlDriver::EventNotifications})
        QVERIFY2(db.driver()->hasFeature(feature), QByteArray::number(feature).constData());
}

void tst_PostgresqlServer::serverHasTheSuiteSettings()
{
    // What tests/postgresql-cluster.sh gives the server: room for the suite's tests at once, and
    // no fsync (the suite tests behaviour, not durability). pg_ctl -o once passed only the first
    // line of these, so the server ran with PostgreSQL's defaults instead.
    QSqlDatabase db = connect(QStringLiteral("settings"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral(
                 "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings "
                 "WHERE name IN ('fsync', 'full_page_writes', 'max_connections', "
                 "'synchronous_commit')")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("fsync=off full_page_writes=off max_connections=200 "
                            "synchronous_commit=off"));
}

void tst_PostgresqlServer::eachTestDatabaseIsItsOwn()
{
    const PostgresqlTestDatabase other;
    QVERIFY2(other.errorString().isEmpty(), qPrintable(other.errorString()));
    QVERIFY(other.name() != m_database->name());
    QSqlDatabase mine = connect(QStringLiteral("mine"));
    QVERIFY2(mine.isOpen(), qPrintable(mine.lastError().text()));
    QSqlQuery create(mine);
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE only_here (x int)")),
             qPrintable(create.lastError().text()));

    m_connections.append(QStringLiteral("theirs"));
    QSqlDatabase theirs = other.connect(QStringLiteral("theirs"));
    QVERIFY2(theirs.isOpen(), qPrintable(theirs.lastError().text()));
    QSqlQuery look(theirs);
    QVERIFY(look.exec(QStringLiteral("SELECT to_regclass('only_here') IS NULL")));
    QVERIFY(look.next());
    QCOMPARE(look.value(0).toBool(), true);
    theirs.close();
}

void tst_PostgresqlServer::notificationsReachASubscribedConnection()
{
    QSqlDatabase listener = connect(QStringLiteral("listener"));
    QSqlDatabase sender = connect(QStringLiteral("sender"));
    QVERIFY2(listener.isOpen() && sender.isOpen(), qPrintable(listener.lastError().text()));
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("otbridge_test")));
    QSignalSpy spy(listener.driver(),
                   qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                       &QSqlDriver::notification));
    QSqlQuery notify(sender);
    QVERIFY2(notify.exec(QStringLiteral("NOTIFY otbridge_test, 'due'")),
             qPrintable(notify.lastError().text()));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.constFirst().at(0).toString(), QStringLiteral("otbridge_test"));
    QCOMPARE(spy.constFirst().at(1).value<QSqlDriver::NotificationSource>(),
             QSqlDriver::OtherSource);
    QCOMPARE(spy.constFirst().at(2).toString(), QStringLiteral("due"));
}

void tst_PostgresqlServer::skipLockedPassesOverARowAnotherHolds()
{
    QSqlDatabase first = connect(QStringLiteral("first"));
    QSqlDatabase second = connect(QStringLiteral("second"));
    QVERIFY2(first.isOpen() && second.isOpen(), qPrintable(first.lastError().text()));
    QSqlQuery setup(first);
    QVERIFY(setup.exec(QStringLiteral("CREATE TABLE work (id int PRIMARY KEY)")));
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO work VALUES (1), (2)")));

    const QString take
        = QStringLiteral("SELECT id FROM work ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
    QVERIFY(first.transaction());
    QSqlQuery firstTakes(first);
    QVERIFY2(firstTakes.exec(take), qPrintable(firstTakes.lastError().text()));
    QVERIFY(firstTakes.next());
    QCOMPARE(firstTakes.value(0).toInt(), 1);

    QVERIFY(second.transaction());
    QSqlQuery secondTakes(second);
    QVERIFY2(secondTakes.exec(take), qPrintable(secondTakes.lastError().text()));
    QVERIFY(secondTakes.next());
    QCOMPARE(secondTakes.value(0).toInt(), 2);
    QVERIFY(second.rollback());
    QVERIFY(first.rollback());
}

void tst_PostgresqlServer::advisoryLockIsHeldUntilTheTransactionEnds()
{
    QSqlDatabase holder = connect(QStringLiteral("holder"));
    QSqlDatabase other = connect(QStringLiteral("other"));
    QVERIFY2(holder.isOpen() && other.isOpen(), qPrintable(holder.lastError().text()));
    const auto tryLock = [](QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(4242)")) && query.next()
            && query.value(0).toBool();
    };
    QVERIFY(holder.transaction());
    QVERIFY(tryLock(holder));
    QVERIFY(other.transaction());
    QVERIFY(!tryLock(other));
    QVERIFY(other.rollback());
    QVERIFY(holder.commit());
    QVERIFY(other.transaction());
    QVERIFY(tryLock(other));
    QVERIFY(other.commit());
}

QTEST_GUILESS_MAIN(tst_PostgresqlServer)
#include "tst_postgresqlserver.moc"
