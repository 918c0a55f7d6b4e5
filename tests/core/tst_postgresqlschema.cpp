// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqltestserver.h"
#include "store/postgresql/postgresqlconnections.h"
#include "store/postgresql/postgresqlschema.h"
#include "store/schemaversion.h"
#include "store/sqlerror.h"
#include "store/sqlite/sqliteschema.h"

#include <QMap>
#include <QMutex>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace OtBridge;

namespace {

// Every message logged while one lives, from any thread.
class LogCapture final
{
    Q_DISABLE_COPY_MOVE(LogCapture)

public:
    LogCapture()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) {
                QMutexLocker locker(&s_current->m_mutex);
                s_current->m_lines.append(message);
            });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker locker(&m_mutex);
        return m_lines;
    }

private:
    static inline LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

// A table's columns as both databases can say them: name, kind (integer, text, bytes), NOT NULL,
// and the default in SQLite's spelling.
using Columns = QStringList;
using Schema = QMap<QString, Columns>;

} // namespace

// The PostgreSQL migrator against the suite's real server: the same tables, columns and indexes
// as SQLite's at the same version, each version once however many nodes start together, an
// older database upgraded with its rows, a newer one refused with the words SQLite uses, sslmode
// honoured, and no password in any error or log line.
class tst_PostgresqlSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void freshDatabaseGetsTheSameSchemaAsSqlite();
    void migratingAgainChangesNothing();
    void nodesStartingTogetherMigrateOnce();
    void upgradesAnOlderDatabaseKeepingItsRows();
    void newerSchemaIsRefused();
    void passwordIsInNoErrorAndNoLogLine();
    void sslmodeIsHonoured();
    void unreachableServerIsNamed();

private:
    PostgresqlConnectionOptions options(const QString &query = {}) const;
    // Opens a connection of the test's own, named name.
    QSqlDatabase open(const QString &name);
    static Schema describeSqlite(const QSqlDatabase &db, QStringList &indexes);
    static Schema describePostgresql(const QSqlDatabase &db, QStringList &indexes);
    static int count(const QSqlDatabase &db, const QString &sql);

    std::unique_ptr<PostgresqlTestDatabase> m_database;
    QStringList m_connections;
};

void tst_PostgresqlSchema::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)");
    const PostgresqlTestServer server = PostgresqlTestServer::fromEnvironment();
    QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
}

void tst_PostgresqlSchema::init()
{
    m_database = std::make_unique<PostgresqlTestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
}

void tst_PostgresqlSchema::cleanup()
{
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_database.reset();
}

PostgresqlConnectionOptions tst_PostgresqlSchema::options(const QString &query) const
{
    PostgresqlConnectionOptions options;
    options.url = DatabaseUrl::parse(m_database->url() + query).value();
    options.password = m_database->password();
    return options;
}

QSqlDatabase tst_PostgresqlSchema::open(const QString &name)
{
    const Result<QSqlDatabase> db = PostgresqlConnections::open(name, options());
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return {};
    }
    m_connections.append(name);
    return db.value();
}

int tst_PostgresqlSchema::count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

Schema tst_PostgresqlSchema::describeSqlite(const QSqlDatabase &db, QStringList &indexes)
{
    Schema schema;
    QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name"),
                     db);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery info(QStringLiteral("PRAGMA table_info(%1)").arg(table), db);
        Columns columns;
        while (info.next()) {
            const QString type = info.value(2).toString().toUpper();
            const QString kind = type == QLatin1String("INTEGER") ? QStringLiteral("integer")
                : type == QLatin1String("BLOB")                   ? QStringLiteral("bytes")
                                                                  : type.toLower();
            // A primary key is never NULL in either (SQLite's INTEGER PRIMARY KEY says 0).
            const bool notNull = info.value(3).toBool() || info.value(5).toInt() > 0;
            columns.append(QStringLiteral("%1 %2%3 default %4")
                               .arg(info.value(1).toString(), kind,
                                    notNull ? QStringLiteral(" not null") : QString(),
                                    info.value(4).toString()));
        }
        columns.sort();
        schema.insert(table, columns);
    }
    QSqlQuery index(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                   "name NOT LIKE 'sqlite_autoindex_%' ORDER BY name"),
                    db);
    while (index.next())
        indexes.append(index.value(0).toString());
    return schema;
}

Schema tst_PostgresqlSchema::describePostgresql(const QSqlDatabase &db, QStringList &indexes)
{
    Schema schema;
    QSqlQuery columns(db);
    if (!columns.exec(
            QStringLiteral("SELECT table_name, column_name, data_type, is_nullable, column_default "
                           "FROM information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name <> 'schema_version' ORDER BY table_name")))
        qWarning("%s", qPrintable(columns.lastError().text()));
    while (columns.next()) {
        const QString type = columns.value(2).toString();
        const QString kind = type == QLatin1String("integer") || type == QLatin1String("bigint")
            ? QStringLiteral("integer")
            : type == QLatin1String("bytea") ? QStringLiteral("bytes")
                                             : type;
        QString defaultValue = columns.value(4).toString();
        defaultValue.remove(QStringLiteral("::text"));
        if (defaultValue.startsWith(QLatin1String("nextval(")))
            defaultValue.clear(); // bigserial: SQLite's AUTOINCREMENT has no default either
        schema[columns.value(0).toString()].append(
            QStringLiteral("%1 %2%3 default %4")
                .arg(columns.value(1).toString(), kind,
                     columns.value(3).toString() == QLatin1String("NO")
                         ? QStringLiteral(" not null")
                         : QString(),
                     defaultValue));
    }
    for (Columns &list : schema)
        list.sort();
    // Less the indexes of primary keys and UNIQUE constraints, which SQLite makes unnamed.
    QSqlQuery index(QStringLiteral("SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = "
                                   "current_schema() AND i.tablename <> 'schema_version' AND NOT "
                                   "EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = "
                                   "i.indexname) ORDER BY i.indexname"),
                    db);
    while (index.next())
        indexes.append(index.value(0).toString());
    return schema;
}

void tst_PostgresqlSchema::freshDatabaseGetsTheSameSchemaAsSqlite()
{
    QSqlDatabase db = open(QStringLiteral("fresh"));
    QVERIFY(db.isOpen());
    QCOMPARE(PostgresqlSchema::version(db), 0);
    const Result<void> migrated = PostgresqlSchema::migrate(db, m_database->url());
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    QCOMPARE(PostgresqlSchema::version(db), currentSchemaVersion);
    QCOMPARE(currentSchemaVersion, 7);
    QSqlQuery versions(QStringLiteral("SELECT version, what FROM schema_version ORDER BY version"),
                       db);
    for (const SchemaVersion &step : schemaVersions()) {
        QVERIFY(versions.next());
        QCOMPARE(versions.value(0).toInt(), step.version);
        QCOMPARE(versions.value(1).toString(), QString::fromUtf8(step.what));
    }
    QVERIFY(!versions.next());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList sqliteIndexes;
    Schema sqlite;
    {
        QSqlDatabase file
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sqlite-twin"));
        file.setDatabaseName(dir.filePath(QStringLiteral("events.sqlite")));
        QVERIFY(file.open());
        QVERIFY(SqliteSchema::migrate(file, file.databaseName()).ok());
        sqlite = describeSqlite(file, sqliteIndexes);
    }
    m_connections.append(QStringLiteral("sqlite-twin"));
    QStringList postgresqlIndexes;
    const Schema postgresql = describePostgresql(db, postgresqlIndexes);
    QVERIFY(sqlite.contains(QStringLiteral("nodes")));
    QVERIFY(sqlite.contains(QStringLiteral("workspace")));
    QCOMPARE(postgresql.keys(), sqlite.keys());
    for (auto it = sqlite.constBegin(); it != sqlite.constEnd(); ++it)
        QCOMPARE(postgresql.value(it.key()), it.value());
    QCOMPARE(postgresqlIndexes, sqliteIndexes);
}

void tst_PostgresqlSchema::migratingAgainChangesNothing()
{
    QSqlDatabase db = open(QStringLiteral("again"));
    QVERIFY(db.isOpen());
    QVERIFY(PostgresqlSchema::migrate(db, m_database->url()).ok());
    const QString relations
        = QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                         "n.oid = c.relnamespace WHERE n.nspname = current_schema()");
    const int before = count(db, relations);
    QVERIFY(before > 20);
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM schema_version"))
            == currentSchemaVersion);

    LogCapture log;
    const Result<void> again = PostgresqlSchema::migrate(db, m_database->url());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(count(db, relations), before);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM schema_version")),
             currentSchemaVersion);
    QVERIFY2(log.lines().isEmpty(), qPrintable(log.lines().join(QLatin1Char('\n'))));
}

void tst_PostgresqlSchema::nodesStartingTogetherMigrateOnce()
{
    constexpr int nodes = 4;
    LogCapture log;
    const PostgresqlConnectionOptions connection = options();
    const QString label = m_database->url();
    QStringList errors;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < nodes; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString name = QStringLiteral("node-%1").arg(i);
            {
                Result<QSqlDatabase> db = PostgresqlConnections::open(name, connection);
                QString error = db ? QString() : db.error();
                if (db) {
                    QSqlDatabase handle = db.value();
                    if (auto migrated = PostgresqlSchema::migrate(handle, label); !migrated)
                        error = migrated.error();
                    handle.close();
                }
                if (!error.isEmpty()) {
                    QMutexLocker locker(&mutex);
                    errors.append(error);
                }
            }
            QSqlDatabase::removeDatabase(name);
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    QSqlDatabase db = open(QStringLiteral("after"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM schema_version")),
             currentSchemaVersion);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT version) FROM schema_version")),
             currentSchemaVersion);
    // Each version was applied by one of them, once.
    QCOMPARE(log.lines().filter(QStringLiteral("migrated to schema version")).size(),
             currentSchemaVersion);
}

void tst_PostgresqlSchema::upgradesAnOlderDatabaseKeepingItsRows()
{
    QSqlDatabase db = open(QStringLiteral("older"));
    QVERIFY(db.isOpen());
    // What a build of schema version 3 left: its tables, one event and its acknowledgement.
    QVERIFY(execSql(db,
                    QStringLiteral("CREATE TABLE schema_version (version integer PRIMARY "
                                   "KEY, what text NOT NULL, migrated_at bigint NOT NULL)"))
                .ok());
    for (const SchemaVersion &step : schemaVersions()) {
        if (step.version > 3)
            break;
        for (const QString &statement : step.postgresql)
            QVERIFY2(execSql(db, statement).ok(), qPrintable(statement));
        QVERIFY(execSql(db,
                        QStringLiteral("INSERT INTO schema_version VALUES (%1, 'old', 0)")
                            .arg(step.version))
                    .ok());
    }
    QVERIFY(execSql(db,
                    QStringLiteral("INSERT INTO events (id, source, received_at, headers, "
                                   "body, routed) VALUES ('e1', 'legacy', 1, '{}', "
                                   "'\\x7b7d', 1)"))
                .ok());
    QVERIFY(execSql(db,
                    QStringLiteral("INSERT INTO acknowledgements (event_id, at, by, via) "
                                   "VALUES ('e1', 2, 'ops', 'api')"))
                .ok());
    QCOMPARE(PostgresqlSchema::version(db), 3);

    const Result<void> migrated = PostgresqlSchema::migrate(db, m_database->url());
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    QCOMPARE(PostgresqlSchema::version(db), currentSchemaVersion);
    QSqlQuery event(QStringLiteral("SELECT e.source, e.body, a.by, a.via FROM events e JOIN "
                                   "acknowledgements a ON a.event_id = e.id"),
                    db);
    QVERIFY(event.next());
    QCOMPARE(event.value(0).toString(), QStringLiteral("legacy"));
    QCOMPARE(event.value(1).toByteArray(), QByteArray("{}"));
    QCOMPARE(event.value(2).toString(), QStringLiteral("ops"));
    QCOMPARE(event.value(3).toString(), QStringLiteral("api"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM nodes")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workspace")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM held_deliveries")), 0);
}

void tst_PostgresqlSchema::newerSchemaIsRefused()
{
    QSqlDatabase db = open(QStringLiteral("newer"));
    QVERIFY(db.isOpen());
    QVERIFY(PostgresqlSchema::migrate(db, m_database->url()).ok());
    QVERIFY(execSql(db,
                    QStringLiteral("INSERT INTO events (id, source, received_at, headers, "
                                   "body) VALUES ('kept', 's', 1, '{}', '\\x00')"))
                .ok());
    QVERIFY(execSql(db,
                    QStringLiteral("INSERT INTO schema_version VALUES (%1, 'from a newer "
                                   "OT Bridge', 0)")
                        .arg(currentSchemaVersion + 1))
                .ok());
    const QString label = DatabaseUrl::parse(m_database->url())->toString();
    const Result<void> refused = PostgresqlSchema::migrate(db, label);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             QStringLiteral("the database %1 has schema version %2, newer than this OT Bridge "
                            "understands (%3): use a newer OT Bridge or another database")
                 .arg(label)
                 .arg(currentSchemaVersion + 1)
                 .arg(currentSchemaVersion));
    QCOMPARE(PostgresqlSchema::version(db), currentSchemaVersion + 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM events WHERE id = 'kept'")), 1);
    // The refusal left no transaction open on the connection.
    QVERIFY(db.transaction());
    QVERIFY(db.rollback());
}

void tst_PostgresqlSchema::passwordIsInNoErrorAndNoLogLine()
{
    static constexpr char wrongPassword[] = "wrong-db-password-5d2a";
    const QString password = m_database->password();
    QVERIFY(password.size() >= 16);
    LogCapture log;

    PostgresqlConnectionOptions wrong = options();
    wrong.password = QString::fromLatin1(wrongPassword);
    const Result<QSqlDatabase> refused
        = PostgresqlConnections::open(QStringLiteral("wrong"), wrong);
    QVERIFY(!refused.ok());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("wrong")));
    const QString prefix
        = QStringLiteral("cannot connect to the database %1: ").arg(wrong.url.toString());
    QVERIFY2(refused.error().startsWith(prefix), qPrintable(refused.error()));
    QVERIFY2(
        refused.error().contains(QStringLiteral("password authentication failed for user \"%1\"")
                                     .arg(m_database->server().user)),
        qPrintable(refused.error()));

    QSqlDatabase db = open(QStringLiteral("right"));
    QVERIFY(db.isOpen());
    QVERIFY(PostgresqlSchema::migrate(db, wrong.url.toString()).ok());
    PostgresqlConnections connections(options());
    const Result<QSqlDatabase> pooled = connections.forThisThread();
    QVERIFY2(pooled.ok(), qPrintable(pooled.error()));
    connections.close();
    QCOMPARE(connections.forThisThread().error(),
             QStringLiteral("the database %1 is closed").arg(wrong.url.toString()));

    QStringList said = log.lines();
    said.append(refused.error());
    QVERIFY(!said.filter(QStringLiteral("migrated to schema version")).isEmpty());
    for (const QString &line : std::as_const(said)) {
        QVERIFY2(!line.contains(QLatin1String(wrongPassword)), qPrintable(line));
        QVERIFY2(!line.contains(password), qPrintable(line));
    }
}

void tst_PostgresqlSchema::sslmodeIsHonoured()
{
    // The suite's server speaks no TLS: required, the connection is refused; disabled, it is
    // made in the clear.
    const Result<QSqlDatabase> required = PostgresqlConnections::open(
        QStringLiteral("require"), options(QStringLiteral("?sslmode=require")));
    QVERIFY(!required.ok());
    QVERIFY2(required.error().contains(QStringLiteral("server does not support SSL, but SSL was "
                                                      "required")),
             qPrintable(required.error()));

    const Result<QSqlDatabase> plain = PostgresqlConnections::open(
        QStringLiteral("disable"), options(QStringLiteral("?sslmode=disable")));
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    m_connections.append(QStringLiteral("disable"));
    QSqlQuery ssl(plain.value());
    QVERIFY(ssl.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(ssl.next());
    QCOMPARE(ssl.value(0).toBool(), false);
    QSqlQuery name(QStringLiteral("SHOW application_name"), plain.value());
    QVERIFY(name.next());
    QCOMPARE(name.value(0).toString(), QStringLiteral("otbridge"));
}

void tst_PostgresqlSchema::unreachableServerIsNamed()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    PostgresqlConnectionOptions nowhere = options();
    nowhere.url.port = port;
    const Result<QSqlDatabase> refused
        = PostgresqlConnections::open(QStringLiteral("nowhere"), nowhere);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(
                 QStringLiteral("cannot connect to the database %1: ").arg(nowhere.url.toString())),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("Connection refused")),
             qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(tst_PostgresqlSchema)
#include "tst_postgresqlschema.moc"
