// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/eventstore.h"
#include "event/uuidv7.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace OtBridge;

class tst_EventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendCommitsAndReadsBack();
    void groupCommitBatchesConcurrentAppends();
    void everyAppendAnsweredExactlyOnce();
    void duplicatesWithinOneBatch();
    void headersRoundTrip();
    void survivesReopen();
    void crashSnapshotKeepsCommittedEvents();
    void migratesEmptyDatabase();
    void migratesVersion1Database();
    void refusesNewerSchema();
    void appendAfterCloseFails();
    void failedCommitLosesNothingStored();

private:
    static Event makeEvent(const QByteArray &body, const QString &dedup = {});
    QList<AppendResult> appendAndWait(EventStore &store, QList<Event> events);
    QString dbPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("events.sqlite")); }

    QTemporaryDir m_dir;
};

void tst_EventStore::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(QDir(m_dir.path()).filePath(name));
}

Event tst_EventStore::makeEvent(const QByteArray &body, const QString &dedup)
{
    Event event;
    event.id = createUuidV7();
    event.source = QStringLiteral("test");
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.headers = {{"Content-Type", "application/json"}, {"X-Trace", "abc"}};
    event.body = body;
    event.contentType = "application/json";
    event.dedupKey = dedup;
    event.peer = QStringLiteral("127.0.0.1");
    return event;
}

QList<AppendResult> tst_EventStore::appendAndWait(EventStore &store, QList<Event> events)
{
    QList<AppendResult> results;
    QSet<quint64> tickets;
    auto connection = connect(&store, &EventStore::appended, this,
                              [&results](const QList<AppendResult> &batch) { results += batch; });
    for (Event &event : events)
        tickets.insert(store.append(std::move(event)));
    if (!QTest::qWaitFor([&] { return results.size() >= tickets.size(); }, 10000))
        qWarning("appends not answered in time");
    disconnect(connection);
    return results;
}

void tst_EventStore::appendCommitsAndReadsBack()
{
    EventStore store;
    QVERIFY(store.open({dbPath()}).ok());
    const Event event = makeEvent(R"({"a":1})");
    const auto results = appendAndWait(store, {event});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, AppendStatus::Stored);
    QCOMPARE(results.first().id, event.id);
    QCOMPARE(results.first().summary.source, QStringLiteral("test"));

    const std::optional<Event> read = store.event(event.id);
    QVERIFY(read);
    QCOMPARE(read->body, event.body);
    QCOMPARE(read->headers, event.headers);
    QCOMPARE(read->receivedAt.toMSecsSinceEpoch(), event.receivedAt.toMSecsSinceEpoch());
    QCOMPARE(read->state, EventState::Received);
    QCOMPARE(read->peer, QStringLiteral("127.0.0.1"));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.recent(10).size(), 1);
    QCOMPARE(store.recent(10).first().id, event.id);
    QVERIFY(!store.event(createUuidV7()));

    // The durability settings are what DESIGN.md promises.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    QSqlQuery mode(QStringLiteral("PRAGMA journal_mode"), db);
    QVERIFY(mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    mode.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void tst_EventStore::groupCommitBatchesConcurrentAppends()
{
    EventStore store;
    QVERIFY(store.open({dbPath()}).ok());
    std::atomic<int> commits {0};
    std::atomic<int> answered {0};
    connect(
        &store, &EventStore::appended, this,
        [&](const QList<AppendResult> &batch) {
            ++commits;
            answered += int(batch.size());
        },
        Qt::DirectConnection);

    constexpr int threads = 4;
    constexpr int perThread = 500;
    QList<QFuture<void>> futures;
    for (int t = 0; t < threads; ++t) {
        futures.append(QtConcurrent::run([&store] {
            for (int i = 0; i < perThread; ++i)
                store.append(makeEvent(QByteArray::number(i).prepend('[').append(']')));
        }));
    }
    for (QFuture<void> &future : futures)
        future.waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(answered.load(), threads * perThread, 20000);
    QCOMPARE(store.count(), threads * perThread);
    // One fsync'd transaction per event would make these equal; group commit makes them far apart.
    qInfo("%d events in %d commits", threads * perThread, commits.load());
    QVERIFY2(commits.load() < threads * perThread / 4, qPrintable(QString::number(commits.load())));
}

void tst_EventStore::everyAppendAnsweredExactlyOnce()
{
    EventStore store;
    QVERIFY(store.open({dbPath(), 7}).ok()); // small batches: many commits
    QList<Event> events;
    for (int i = 0; i < 100; ++i)
        events.append(makeEvent("[" + QByteArray::number(i) + "]"));
    const auto results = appendAndWait(store, events);
    QSet<quint64> tickets;
    QSet<QUuid> ids;
    for (const AppendResult &result : results) {
        QCOMPARE(result.status, AppendStatus::Stored);
        tickets.insert(result.ticket);
        ids.insert(result.id);
    }
    QCOMPARE(tickets.size(), 100);
    QCOMPARE(ids.size(), 100);
}

void tst_EventStore::duplicatesWithinOneBatch()
{
    EventStore store;
    QVERIFY(store.open({dbPath()}).ok());
    const Event first = makeEvent("[1]", QStringLiteral("same"));
    const Event second = makeEvent("[2]", QStringLiteral("same"));
    const Event other = makeEvent("[3]", QStringLiteral("other"));
    const auto results = appendAndWait(store, {first, second, other});
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].status, AppendStatus::Stored);
    QCOMPARE(results[1].status, AppendStatus::Duplicate);
    QCOMPARE(results[1].id, first.id);
    QCOMPARE(results[2].status, AppendStatus::Stored);
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.event(first.id)->body, QByteArray("[1]"));
    QVERIFY(!store.event(second.id));
}

void tst_EventStore::headersRoundTrip()
{
    EventStore store;
    QVERIFY(store.open({dbPath()}).ok());
    Event event = makeEvent("{}");
    event.headers = {{"X-Quote", "say \"hi\" \\ back"},
                     {"X-Control", "tab\there\x01"},
                     {"X-Utf8",
                      "gr\xc3\xbc\xc3\x9f"
                      "e"},
                     {"X-Broken",
                      "a\xff"
                      "b"},
                     {"X-Empty", ""}};
    QCOMPARE(appendAndWait(store, {event}).first().status, AppendStatus::Stored);
    const HeaderList read = store.event(event.id)->headers;
    QCOMPARE(read.size(), 5);
    QCOMPARE(read[0].second, QByteArray("say \"hi\" \\ back"));
    QCOMPARE(read[1].second, QByteArray("tab\there\x01"));
    QCOMPARE(read[2].second,
             QByteArray("gr\xc3\xbc\xc3\x9f"
                        "e"));
    QCOMPARE(read[3].second,
             QByteArray("a\xef\xbf\xbd"
                        "b")); // invalid UTF-8 becomes U+FFFD
    QCOMPARE(read[4].second, QByteArray(""));
    QCOMPARE(read[0].first, QByteArray("X-Quote"));
}

void tst_EventStore::survivesReopen()
{
    QList<QUuid> ids;
    {
        EventStore store;
        QVERIFY(store.open({dbPath()}).ok());
        QList<Event> events;
        for (int i = 0; i < 50; ++i) {
            events.append(makeEvent("{}"));
            ids.append(events.last().id);
        }
        appendAndWait(store, events);
    }
    EventStore reopened;
    QVERIFY(reopened.open({dbPath()}).ok());
    QCOMPARE(reopened.count(), 50);
    for (const QUuid &id : std::as_const(ids))
        QVERIFY(reopened.event(id));
    QCOMPARE(reopened.health().schemaVersion, EventStore::schemaVersion);
}

void tst_EventStore::crashSnapshotKeepsCommittedEvents()
{
    // Copy the files while the store is open and busy, as they lie on disk at that moment:
    // what a kill -9 or a power cut leaves behind. Every event already answered must be in it.
    EventStore store;
    QVERIFY(store.open({dbPath()}).ok());
    QList<Event> events;
    for (int i = 0; i < 200; ++i)
        events.append(makeEvent("[" + QByteArray::number(i) + "]"));
    const auto results = appendAndWait(store, events);
    store.append(makeEvent("[\"in flight\"]")); // may or may not make it: either is fine

    QTemporaryDir crash;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(dbPath() + suffix))
            QVERIFY(QFile::copy(dbPath() + suffix,
                                crash.filePath(QStringLiteral("events.sqlite")) + suffix));
    }
    QVERIFY2(QFile::exists(dbPath() + QStringLiteral("-wal")), "events should still be in the WAL");

    EventStore recovered;
    QVERIFY(recovered.open({crash.filePath(QStringLiteral("events.sqlite"))}).ok());
    for (const AppendResult &result : results)
        QVERIFY(recovered.event(result.id));
    QVERIFY(recovered.count() >= 200);
}

void tst_EventStore::migratesEmptyDatabase()
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery(QStringLiteral("CREATE TABLE unrelated (x)"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty"));

    EventStore store;
    const auto opened = store.open({dbPath()});
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(appendAndWait(store, {makeEvent("{}")}).first().status, AppendStatus::Stored);
    store.close();

    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    QSqlQuery version(QStringLiteral("PRAGMA user_version"), db);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), EventStore::schemaVersion);
    version.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
}

void tst_EventStore::migratesVersion1Database()
{
    QCOMPARE(EventStore::schemaVersion, 2);
    const Event old = makeEvent(R"({"old":true})", QStringLiteral("old-1"));
    {
        // The schema version 1 shipped, exactly, with one event stored under it.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
            " source TEXT NOT NULL, received_at INTEGER NOT NULL, headers TEXT NOT NULL,"
            " body BLOB NOT NULL, content_type TEXT NOT NULL DEFAULT '', dedup_key TEXT,"
            " peer TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'received',"
            " UNIQUE (source, dedup_key))")));
        QVERIFY(
            query.exec(QStringLiteral("CREATE INDEX events_received_at ON events (received_at)")));
        QVERIFY(query.prepare(
            QStringLiteral("INSERT INTO events (id, source, received_at, "
                           "headers, body, dedup_key) VALUES (?, ?, ?, '[]', ?, ?)")));
        query.bindValue(0, old.id.toString(QUuid::WithoutBraces));
        query.bindValue(1, old.source);
        query.bindValue(2, old.receivedAt.toMSecsSinceEpoch());
        query.bindValue(3, old.body);
        query.bindValue(4, old.dedupKey);
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    EventStore store;
    const auto opened = store.open({dbPath()});
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(store.event(old.id)->body, old.body);
    QCOMPARE(store.event(old.id)->state, EventState::Received);
    // The old dedup key still answers with the old event.
    const auto duplicate = appendAndWait(store, {makeEvent("{}", QStringLiteral("old-1"))});
    QCOMPARE(duplicate.first().status, AppendStatus::Duplicate);
    QCOMPARE(duplicate.first().id, old.id);
    const Event fresh = makeEvent("{}");
    QCOMPARE(appendAndWait(store, {fresh}).first().status, AppendStatus::Stored);
    store.close();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        // Events stored before deliveries existed count as routed; new ones wait for routing.
        QVERIFY(query.exec(QStringLiteral("SELECT id, routed FROM events ORDER BY seq")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), old.id.toString(QUuid::WithoutBraces));
        QCOMPARE(query.value(1).toInt(), 1);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), fresh.id.toString(QUuid::WithoutBraces));
        QCOMPARE(query.value(1).toInt(), 0);
        for (const char *table : {"deliveries", "delivery_attempts", "opentext_jobs",
                                  "acknowledgements", "escalations"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                         && query.next(),
                     table);
            QCOMPARE(query.value(0).toInt(), 0);
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
}

void tst_EventStore::refusesNewerSchema()
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery(QStringLiteral("PRAGMA user_version=99"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    EventStore store;
    const auto opened = store.open({dbPath()});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(),
             QStringLiteral("the event store %1 has schema version 99, newer than this OT Bridge "
                            "understands (%2): use a newer OT Bridge or another data directory")
                 .arg(dbPath())
                 .arg(EventStore::schemaVersion));
    QVERIFY(!store.isOpen());
}

void tst_EventStore::appendAfterCloseFails()
{
    EventStore store;
    QVERIFY(store.open({dbPath()}).ok());
    store.close();
    const auto results = appendAndWait(store, {makeEvent("{}")});
    QCOMPARE(results.first().status, AppendStatus::Failed);
    QCOMPARE(results.first().error, QStringLiteral("the event store is closed"));
}

void tst_EventStore::failedCommitLosesNothingStored()
{
    StoreOptions options {dbPath()};
    // Room for the schema (version 2 has some twenty tables and indexes, a page each) and a
    // little more.
    options.maxSizeBytes = 256 * 1024;
    EventStore store;
    QVERIFY(store.open(options).ok());
    const auto small = appendAndWait(store, {makeEvent("[1]"), makeEvent("[2]")});
    QCOMPARE(small.size(), 2);

    // One batch that cannot fit fails whole, and says why.
    QList<Event> big;
    for (int i = 0; i < 8; ++i)
        big.append(makeEvent("\"" + QByteArray(40 * 1024, 'x') + "\""));
    const auto failed = appendAndWait(store, big);
    bool anyFailed = false;
    for (const AppendResult &result : failed) {
        if (result.status == AppendStatus::Failed) {
            anyFailed = true;
            QCOMPARE(result.error, QStringLiteral("database or disk is full"));
        }
    }
    QVERIFY(anyFailed);
    QVERIFY(!store.health().writable);
    QCOMPARE(store.health().lastError, QStringLiteral("database or disk is full"));
    QVERIFY(store.event(small[0].id));
    QVERIFY(store.event(small[1].id));
}

QTEST_GUILESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
