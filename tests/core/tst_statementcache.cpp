// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqlitestatement.h"
#include "store/statementcache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

// The writer's statements on SQLite go through SQLite's own API (SqliteStatement): what they
// store and read must be what Qt's SQLite driver would have stored and read, value for value,
// on a real database file; errors come in SQLite's words.
class tst_StatementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theWriterUsesSqlitesOwnApi();
    void storesWhatQtWouldStore_data();
    void storesWhatQtWouldStore();
    void readsWhatQtWouldRead();
    void returningRowsAndRowsAffected();
    void aStatementRunsAgainFromTheStart();
    void errorsInSqlitesWords();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void tst_StatementCache::init()
{
    QVERIFY(m_dir.isValid());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cache"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery create(m_db);
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, v)")));
}

void tst_StatementCache::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("cache"));
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

void tst_StatementCache::theWriterUsesSqlitesOwnApi()
{
    // Debian's Qt loads the system's libsqlite3, the one this program links: the fast path is
    // taken. (Were it not, the writer would still work, on Qt SQL, a third slower.)
    QVERIFY(SqliteStatement::handle(m_db) != nullptr);
    QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
    QVERIFY(SqliteStatement::handle(closed) == nullptr);
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
}

void tst_StatementCache::storesWhatQtWouldStore_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << QVariant(QStringLiteral("Supply agreement"));
    QTest::newRow("non-ASCII text") << QVariant(QStringLiteral("Vertrag für Zürich – 契約 🚀"));
    QTest::newRow("empty text") << QVariant(QStringLiteral(""));
    QTest::newRow("null text") << QVariant(QString());
    QTest::newRow("typed null") << QVariant(QMetaType::fromType<qlonglong>());
    QTest::newRow("invalid") << QVariant();
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("negative long long") << QVariant(qlonglong(-1'700'000'000'000));
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("double") << QVariant(2.5);
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01{\"a\":1}", 9));
    QTest::newRow("null bytes") << QVariant(QByteArray());
}

void tst_StatementCache::storesWhatQtWouldStore()
{
    QFETCH(QVariant, value);
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)");
    StatementCache cache(m_db);
    QVERIFY2(cache.run(insert, {QStringLiteral("ours"), value}), "insert through the cache");
    QSqlQuery qt(m_db);
    QVERIFY(qt.prepare(insert));
    qt.bindValue(0, QStringLiteral("qt"));
    qt.bindValue(1, value);
    QVERIFY(qt.exec());
    cache.clear();

    // SQLite's own view of both: the storage class and the exact bytes.
    QSqlQuery stored(QStringLiteral("SELECT id, typeof(v), quote(v) FROM t ORDER BY id"), m_db);
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("ours"));
    const QString ourType = stored.value(1).toString();
    const QString ourValue = stored.value(2).toString();
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("qt"));
    QCOMPARE(ourType, stored.value(1).toString());
    QCOMPARE(ourValue, stored.value(2).toString());
}

void tst_StatementCache::readsWhatQtWouldRead()
{
    QSqlQuery fill(m_db);
    QVERIFY(fill.exec(QStringLiteral(
        "INSERT INTO t (id, v) VALUES ('a', 'Zürich 🚀'), ('b', 7), ('c', NULL), ('d', 1.25), "
        "('e', x'00ff'), ('f', '')")));
    const QString select = QStringLiteral("SELECT id, v FROM t ORDER BY id");
    StatementCache cache(m_db);
    auto ours = cache.run(select);
    QVERIFY2(ours, qPrintable(ours.error()));
    QSqlQuery qt(select, m_db);
    int rows = 0;
    while (qt.next()) {
        QVERIFY(ours.value()->next());
        ++rows;
        const QString id = qt.value(0).toString();
        const QVariant theirs = qt.value(1);
        const QVariant mine = ours.value()->value(1);
        QCOMPARE(ours.value()->value(0).toString(), id);
        QCOMPARE(mine.isNull(), theirs.isNull());
        QCOMPARE(mine.toString(), theirs.toString());
        QCOMPARE(mine.toLongLong(), theirs.toLongLong());
        QCOMPARE(mine.toByteArray(), theirs.toByteArray());
        QCOMPARE(mine.toDouble(), theirs.toDouble());
    }
    QCOMPARE(rows, 6);
    QVERIFY(!ours.value()->next());
    QVERIFY(!ours.value()->next()); // and stays at the end
}

void tst_StatementCache::returningRowsAndRowsAffected()
{
    StatementCache cache(m_db);
    for (const char *id : {"a", "b", "c"})
        QVERIFY(cache.run(QStringLiteral("INSERT INTO t (id, v) VALUES (?, 0)"),
                          {QString::fromLatin1(id)}));
    auto updated = cache.run(QStringLiteral("UPDATE t SET v = v + 1 WHERE id <> ? RETURNING id, v"),
                             {QStringLiteral("b")});
    QVERIFY2(updated, qPrintable(updated.error()));
    QStringList ids;
    while (updated.value()->next()) {
        ids.append(updated.value()->value(0).toString());
        QCOMPARE(updated.value()->value(1).toLongLong(), 1);
    }
    ids.sort();
    QCOMPARE(ids, (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(updated.value()->numRowsAffected(), 2);
    auto none = cache.run(QStringLiteral("DELETE FROM t WHERE id = ?"), {QStringLiteral("zz")});
    QVERIFY(none);
    QCOMPARE(none.value()->numRowsAffected(), 0);
    QVERIFY(!none.value()->next());
}

void tst_StatementCache::aStatementRunsAgainFromTheStart()
{
    QSqlQuery fill(m_db);
    QVERIFY(fill.exec(QStringLiteral("INSERT INTO t (id, v) VALUES ('a', 1), ('b', 2)")));
    StatementCache cache(m_db);
    const QString select = QStringLiteral("SELECT v FROM t WHERE v >= ? ORDER BY v");
    auto first = cache.run(select, {1});
    QVERIFY(first);
    QVERIFY(first.value()->next());
    QCOMPARE(first.value()->value(0).toInt(), 1);
    // Run again with new values before the rows were read to the end: a fresh start.
    auto second = cache.run(select, {2});
    QVERIFY(second);
    QCOMPARE(second.value(), first.value()); // the same statement, kept
    QVERIFY(second.value()->next());
    QCOMPARE(second.value()->value(0).toInt(), 2);
    QVERIFY(!second.value()->next());
    // finish() lets go of the rows; a COMMIT then finds no statement reading.
    auto third = cache.run(select, {0});
    QVERIFY(third);
    cache.finishAll();
    QVERIFY(!third.value()->next());
    QVERIFY(!third.value()->value(0).isValid());
}

void tst_StatementCache::errorsInSqlitesWords()
{
    StatementCache cache(m_db);
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (?, ?)");
    QVERIFY(cache.run(insert, {QStringLiteral("a"), 1}));
    auto twice = cache.run(insert, {QStringLiteral("a"), 2});
    QVERIFY(!twice);
    QCOMPARE(twice.error(), QStringLiteral("UNIQUE constraint failed: t.id"));
    // The statement is still good for the next values, and nothing of the failed one stayed.
    QVERIFY(cache.run(insert, {QStringLiteral("b"), 2}));
    QSqlQuery count(QStringLiteral("SELECT count(*), sum(v) FROM t"), m_db);
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 2);
    QCOMPARE(count.value(1).toInt(), 3);

    auto mismatch = cache.run(insert, {QStringLiteral("c")});
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error(), QStringLiteral("Parameter count mismatch"));

    for (int i = 0; i < 2; ++i) { // a statement that cannot be prepared is not kept
        auto bad = cache.run(QStringLiteral("SELECT x FROM nowhere"));
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("no such table: nowhere"));
    }
}

QTEST_GUILESS_MAIN(tst_StatementCache)
#include "tst_statementcache.moc"
