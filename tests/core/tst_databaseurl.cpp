// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaseurl.h"

#include <QTest>

using namespace OtBridge;

// --database and Settings' database: SQLite by default, a PostgreSQL URL read into its parts
// and back, and every refusal with its exact words. A password never rides in the URL, and a
// refusal never repeats one.
class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteIsTheDefault_data();
    void sqliteIsTheDefault();
    void postgresqlUrl_data();
    void postgresqlUrl();
    void connectOptionsAreQuotedForLibpq();
    void passwordIsRefused_data();
    void passwordIsRefused();
    void refusals_data();
    void refusals();
};

void tst_DatabaseUrl::sqliteIsTheDefault_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("blank") << QStringLiteral("  ");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("SQLite:") << QStringLiteral(" SQLite: ");
}

void tst_DatabaseUrl::sqliteIsTheDefault()
{
    QFETCH(QString, text);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QVERIFY(!url->isPostgresql());
    QCOMPARE(url->toString(), QStringLiteral("sqlite"));
    QCOMPARE(url.value(), DatabaseUrl());
}

void tst_DatabaseUrl::postgresqlUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("shown");

    QTest::addRow("all parts")
        << QStringLiteral("postgresql://otbridge@db.example.com:5433/alerts?sslmode=verify-full")
        << QStringLiteral("db.example.com") << 5433 << QStringLiteral("otbridge")
        << QStringLiteral("alerts") << QStringLiteral("verify-full")
        << QStringLiteral("postgresql://otbridge@db.example.com:5433/alerts?sslmode=verify-full");
    QTest::addRow("default port, postgres://")
        << QStringLiteral("postgres://otbridge@db/otbridge") << QStringLiteral("db") << 5432
        << QStringLiteral("otbridge") << QStringLiteral("otbridge") << QString()
        << QStringLiteral("postgresql://otbridge@db:5432/otbridge");
    QTest::addRow("IPv6 host")
        << QStringLiteral("postgresql://otbridge@[::1]:6000/otbridge") << QStringLiteral("::1")
        << 6000 << QStringLiteral("otbridge") << QStringLiteral("otbridge") << QString()
        << QStringLiteral("postgresql://otbridge@[::1]:6000/otbridge");
    QTest::addRow("percent-encoded names")
        << QStringLiteral("postgresql://ops%40acme@db:5432/alerts%20prod?application_name=node%201")
        << QStringLiteral("db") << 5432 << QStringLiteral("ops@acme")
        << QStringLiteral("alerts prod") << QString()
        << QStringLiteral("postgresql://ops%40acme@db:5432/alerts%20prod?application_name=node%201");
    QTest::addRow("spaces around")
        << QStringLiteral("  postgresql://u@h/d?sslmode=disable  ") << QStringLiteral("h") << 5432
        << QStringLiteral("u") << QStringLiteral("d") << QStringLiteral("disable")
        << QStringLiteral("postgresql://u@h:5432/d?sslmode=disable");
}

void tst_DatabaseUrl::postgresqlUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, sslmode);
    QFETCH(QString, shown);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QVERIFY(url->isPostgresql());
    QCOMPARE(url->host, host);
    QCOMPARE(int(url->port), port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->database, database);
    QCOMPARE(url->parameter(QStringLiteral("sslmode")), sslmode);
    QCOMPARE(url->toString(), shown);
    // What is shown and saved reads back to the same.
    const Result<DatabaseUrl> again = DatabaseUrl::parse(url->toString());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), url.value());
}

void tst_DatabaseUrl::connectOptionsAreQuotedForLibpq()
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(
        QStringLiteral("postgresql://u@h/d?sslmode=require&application_name=it%27s%20a%5Cnode"
                       "&connect_timeout=5&sslrootcert=%2Fetc%2Fssl%2Fdb%20ca.pem"));
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QCOMPARE(url->connectOptions(),
             QStringLiteral("sslmode='require';application_name='it\\'s a\\\\node';"
                            "connect_timeout='5';sslrootcert='/etc/ssl/db ca.pem'"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d"))->connectOptions(), QString());
}

void tst_DatabaseUrl::passwordIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("user:password@")
        << QStringLiteral("postgresql://otbridge:hunter2-db-pass@db:5432/otbridge");
    QTest::addRow("empty password") << QStringLiteral("postgresql://otbridge:@db/otbridge");
    QTest::addRow("password with @ and /")
        << QStringLiteral("postgresql://otbridge:hunter2@db/pass@db.example.com/otbridge");
    QTest::addRow("password parameter")
        << QStringLiteral("postgresql://otbridge@db/otbridge?password=hunter2-db-pass");
    QTest::addRow("sslpassword parameter")
        << QStringLiteral("postgresql://otbridge@db/otbridge?sslmode=verify-full&sslpassword=hunter2");
}

void tst_DatabaseUrl::passwordIsRefused()
{
    QFETCH(QString, text);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error(),
             QStringLiteral("the database URL must not hold the password (it would be kept in "
                            "files and shown in process lists): store it in the keychain from "
                            "Settings, or give it to a server in the environment variable "
                            "OTBRIDGE_SECRET_DATABASE_PASSWORD"));
    QVERIFY(!url.error().contains(QLatin1String("hunter2")));
}

void tst_DatabaseUrl::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString example = QStringLiteral("postgresql://otbridge@db.example.com:5432/otbridge");
    QTest::addRow("sqlite with a path")
        << QStringLiteral("sqlite:///var/lib/otbridge/events.sqlite")
        << QStringLiteral("SQLite takes no path: its store is events.sqlite in the data "
                          "directory (--data-dir); give sqlite alone, or no database at all");
    QTest::addRow("another database")
        << QStringLiteral("mysql://root:toor@db/otbridge")
        << QStringLiteral("a database is sqlite or a URL that starts with postgresql://, such as %1")
               .arg(example);
    QTest::addRow("a host alone")
        << QStringLiteral("db.example.com")
        << QStringLiteral("a database is sqlite or a URL that starts with postgresql://, such as %1")
               .arg(example);
    QTest::addRow("no user") << QStringLiteral("postgresql://db.example.com/otbridge")
                             << QStringLiteral("the database URL names no user: write it as "
                                               "USER@ before the host, such as %1")
                                    .arg(example);
    QTest::addRow("no host") << QStringLiteral("postgresql://otbridge@/otbridge")
                             << QStringLiteral("the database URL names no host, such as %1")
                                    .arg(example);
    for (const char *noDatabase :
         {"postgresql://otbridge@db", "postgresql://otbridge@db:5432/", "postgresql://u@db/a/b"})
        QTest::addRow("no database: %s", noDatabase)
            << QString::fromLatin1(noDatabase)
            << QStringLiteral("the database URL names no database: write it after the host and "
                              "port and one /, such as %1")
                   .arg(example);
    QTest::addRow("port out of range")
        << QStringLiteral("postgresql://otbridge@db:99999/otbridge")
        << QStringLiteral("the database URL is not one: write it as "
                          "postgresql://USER@HOST:PORT/DATABASE, the port a number from 1 to "
                          "65535, and an @, /, ? or # inside a name percent-encoded");
    QTest::addRow("port 0") << QStringLiteral("postgresql://otbridge@db:0/otbridge")
                            << QStringLiteral("the database URL's port is not a number from 1 "
                                              "to 65535");
    QTest::addRow("fragment") << QStringLiteral("postgresql://otbridge@db/otbridge#main")
                              << QStringLiteral("the database URL has a # part, which means "
                                                "nothing to a database; percent-encode a # "
                                                "inside a name");
    QTest::addRow("unknown parameter")
        << QStringLiteral("postgresql://u@db/d?sslmode=require&target_session_attrs=any")
        << QStringLiteral("the database URL has a parameter OT Bridge does not know, "
                          "'target_session_attrs'; it takes sslmode, sslrootcert, sslcert, "
                          "sslkey, sslcrl, application_name, connect_timeout");
    QTest::addRow("twice") << QStringLiteral("postgresql://u@db/d?sslmode=require&sslmode=disable")
                           << QStringLiteral("the database URL gives sslmode twice");
    QTest::addRow("no value") << QStringLiteral("postgresql://u@db/d?sslmode=")
                              << QStringLiteral("the database URL gives sslmode without a value");
    QTest::addRow("bad sslmode")
        << QStringLiteral("postgresql://u@db/d?sslmode=on")
        << QStringLiteral("the database URL's sslmode is on; it is one of disable, allow, prefer, "
                          "require, verify-ca, verify-full");
    QTest::addRow("bad timeout")
        << QStringLiteral("postgresql://u@db/d?connect_timeout=soon")
        << QStringLiteral("the database URL's connect_timeout is a number of seconds, not soon");
    QTest::addRow("semicolon")
        << QStringLiteral("postgresql://u@db/d?application_name=a%3Bsslmode%3Ddisable")
        << QStringLiteral("the database URL's application_name holds a ;, which cannot be passed "
                          "on");
}

void tst_DatabaseUrl::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error(), expected);
    QVERIFY(!url.error().contains(QLatin1String("toor")));
}

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
