// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/uuidv7.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "store/schemaversion.h"
#include "store/sql/sqldialect.h"
#include "store/sql/sqleventrepository.h"
#include "storebackend.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>

using namespace OtBridge;

class tst_EventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { StoreBackend::addRows(); }
    void init();
    void appendCommitsAndReadsBack();
    void groupCommitBatchesConcurrentAppends();
    void everyAppendAnsweredExactlyOnce();
    void walStartsOverUnderSteadyWrites();
    void duplicatesWithinOneBatch();
    void headersRoundTrip();
    void survivesReopen();
    void crashSnapshotKeepsCommittedEvents();
    void migratesEmptyDatabase();
    void migratesVersion1Database();
    void refusesNewerSchema();
    void appendAfterCloseFails();
    void failedCommitLosesNothingStored();
    void queryFiltersHistory_data();
    void queryFiltersHistory();
    void queryPagesOlderWithoutGapsOrOverlap();
    void queryEscapesLikeWildcards();
    void queryOn100kEvents();
    void queryTellsOutcomeRulesAndType();
    void rerunsAreLinked();

private:
    void refusesNewerPostgresqlSchema();
    void failedPostgresqlCommitLosesNothingStored();
    // A store of `count` events made by queryFixture(i) below, with its deliveries and
    // acknowledgements written straight into the same file.
    void fillQueryFixture(EventStore &store, int count);
    static Event makeEvent(const QByteArray &body, const QString &dedup = {});
    // holdWriter: the writer waits (in a job of its own) until every event is queued, so that
    // they commit as one batch; otherwise it may take the first ones before the rest arrive.
    QList<AppendResult> appendAndWait(EventStore &store, QList<Event> events,
                                      Store *holdWriter = nullptr);
    QString dbPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("events.sqlite")); }
    StoreOptions options() const { return StoreBackend::options(m_dir.path()); }

    QTemporaryDir m_dir;
};

void tst_EventStore::init()
{
    QVERIFY(m_dir.isValid());
    const QString reset = StoreBackend::reset();
    QVERIFY2(reset.isEmpty(), qPrintable(reset));
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

QList<AppendResult> tst_EventStore::appendAndWait(EventStore &store, QList<Event> events,
                                                  Store *holdWriter)
{
    QSemaphore holding;
    QSemaphore queued;
    QFuture<Result<void>> held;
    if (holdWriter) {
        held = QtConcurrent::run([holdWriter, &holding, &queued] {
            return holdWriter->write([&holding, &queued](SqlWriteContext &) {
                holding.release();
                queued.acquire();
                return Result<void>();
            });
        });
        if (!holding.tryAcquire(1, 10000))
            qWarning("the writer did not take the hold");
    }
    QList<AppendResult> results;
    QSet<quint64> tickets;
    auto connection = connect(&store, &EventStore::appended, this,
                              [&results](const QList<AppendResult> &batch) { results += batch; });
    for (Event &event : events)
        tickets.insert(store.append(std::move(event)));
    if (holdWriter) {
        queued.release();
        if (!held.result())
            qWarning("the writer's hold failed: %s", qPrintable(held.result().error()));
    }
    if (!QTest::qWaitFor([&] { return results.size() >= tickets.size(); }, 10000))
        qWarning("appends not answered in time");
    disconnect(connection);
    return results;
}

void tst_EventStore::appendCommitsAndReadsBack()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
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

    if (StoreBackend::current() != QLatin1String("sqlite"))
        return;
    // The durability settings are what docs/architecture.md promises (Storage).
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
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
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
    StoreOptions small = options();
    small.maxBatch = 7; // small batches: many commits
    const auto storeStorage = StoreBackend::open(small);
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
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

// SQLite starts the WAL over only when a write begins with all of it copied into the database
// file; under commits back to back the checkpointer never gets there on its own and the WAL
// grew for as long as the load lasted (3.6 GB in a 20 s burst). Here a thread keeps the writer
// busy while another reads, and the WAL must start over (its header's salt changes) again and
// again, losing nothing.
void tst_EventStore::walStartsOverUnderSteadyWrites()
{
    if (StoreBackend::current() != QLatin1String("sqlite"))
        QSKIP("the write-ahead log is SQLite's");
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    std::atomic<qint64> answered {0};
    std::atomic<qint64> stored {0};
    connect(
        &store, &EventStore::appended, this,
        [&](const QList<AppendResult> &batch) {
            for (const AppendResult &result : batch)
                stored += result.status == AppendStatus::Stored ? 1 : 0;
            answered += batch.size();
        },
        Qt::DirectConnection);

    const QByteArray body = "{\"padding\":\"" + QByteArray(1500, 'x') + "\"}";
    std::atomic_bool stop {false};
    QFuture<qint64> producer = QtConcurrent::run([&] {
        qint64 sent = 0;
        while (!stop) {
            // Always some queued, so the writer never idles, but never an unbounded queue.
            if (sent - answered < 400) {
                store.append(makeEvent(body));
                ++sent;
            } else {
                QThread::yieldCurrentThread();
            }
        }
        return sent;
    });

    const auto salt = [this] {
        QFile wal(dbPath() + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) && wal.seek(16) ? wal.read(8) : QByteArray();
    };
    const auto walBytes = [this] {
        return QFileInfo(dbPath() + QStringLiteral("-wal")).size();
    };
    constexpr qint64 enough = 512 * 1024 * 1024; // a WAL that never starts over got there in 5 s
    QSet<QByteArray> salts;
    QElapsedTimer clock;
    clock.start();
    // Not QTRY_*: the producer must be stopped before the test may end; the checks below say
    // how the wait ended.
    (void)QTest::qWaitFor(
        [&] {
            store.recent(5); // a reader on a snapshot of its own now and then
            if (const QByteArray now = salt(); now.size() == 8)
                salts.insert(now);
            return salts.size() >= 4 || walBytes() >= enough;
        },
        30000);
    stop = true;
    const qint64 sent = producer.result();
    QTRY_COMPARE_WITH_TIMEOUT(answered.load(), sent, 20000);
    qInfo("%lld events in %lld ms, %lld WAL salts, WAL file %lld bytes", sent,
          qint64(clock.elapsed()), qint64(salts.size()), walBytes());
    QVERIFY2(salts.size() >= 4, qPrintable(QString::number(salts.size())));
    QCOMPARE(stored.load(), sent);
    QCOMPARE(store.count(), sent);
}

void tst_EventStore::duplicatesWithinOneBatch()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
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
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
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
        const auto storeStorage = StoreBackend::open(options());
        QVERIFY(storeStorage);
        EventStore &store = *storeStorage->events();
        QList<Event> events;
        for (int i = 0; i < 50; ++i) {
            events.append(makeEvent("{}"));
            ids.append(events.last().id);
        }
        appendAndWait(store, events);
    }
    const auto reopenedStorage = StoreBackend::open(options());
    QVERIFY(reopenedStorage);
    EventStore &reopened = *reopenedStorage->events();
    QCOMPARE(reopened.count(), 50);
    for (const QUuid &id : std::as_const(ids))
        QVERIFY(reopened.event(id));
    QCOMPARE(reopened.health().schemaVersion, currentSchemaVersion);
}

void tst_EventStore::crashSnapshotKeepsCommittedEvents()
{
    STORE_REQUIRE_SQLITE("copies SQLite's files as a crash leaves them; PostgreSQL's commits are "
                         "durable on its server");
    // Copy the files while the store is open and busy, as they lie on disk at that moment:
    // what a kill -9 or a power cut leaves behind. Every event already answered must be in it.
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
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

    const auto recoveredStorage
        = StoreBackend::open({crash.filePath(QStringLiteral("events.sqlite"))});
    QVERIFY(recoveredStorage);
    EventStore &recovered = *recoveredStorage->events();
    for (const AppendResult &result : results)
        QVERIFY(recovered.event(result.id));
    QVERIFY(recovered.count() >= 200);
}

void tst_EventStore::migratesEmptyDatabase()
{
    // A database that holds something else already gets the store's tables beside it.
    {
        QSqlDatabase db = StoreBackend::connect(QStringLiteral("empty"), options());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery create(db);
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE unrelated (x integer)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty"));

    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    QCOMPARE(appendAndWait(store, {makeEvent("{}")}).first().status, AppendStatus::Stored);
    storeStorage->close();

    QSqlDatabase db = StoreBackend::connect(QStringLiteral("version"), options());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery version(StoreBackend::isPostgresql()
                          ? QStringLiteral("SELECT max(version) FROM schema_version")
                          : QStringLiteral("PRAGMA user_version"),
                      db);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), currentSchemaVersion);
    version.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
}

void tst_EventStore::migratesVersion1Database()
{
    STORE_REQUIRE_SQLITE(
        "SQLite's schema version 1 as it shipped; tst_postgresqlschema upgrades an "
        "older PostgreSQL database");
    QCOMPARE(currentSchemaVersion, 7);
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

    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    QCOMPARE(store.event(old.id)->body, old.body);
    QCOMPARE(store.event(old.id)->state, EventState::Received);
    // The old dedup key still answers with the old event.
    const auto duplicate = appendAndWait(store, {makeEvent("{}", QStringLiteral("old-1"))});
    QCOMPARE(duplicate.first().status, AppendStatus::Duplicate);
    QCOMPARE(duplicate.first().id, old.id);
    const Event fresh = makeEvent("{}");
    QCOMPARE(appendAndWait(store, {fresh}).first().status, AppendStatus::Stored);
    storeStorage->close();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 7);
        // Version 3: how each acknowledgement came ("link", "api", "console").
        QVERIFY(query.exec(QStringLiteral("SELECT via FROM acknowledgements")));
        // Version 4: notification steps (held deliveries, fallbacks, digests).
        QVERIFY(
            query.exec(QStringLiteral("SELECT kind, hold_key, release_at FROM held_deliveries")));
        QVERIFY(query.exec(QStringLiteral("SELECT fallback_id, state FROM fallbacks")));
        QVERIFY(query.exec(QStringLiteral("SELECT digest_key, closes_at FROM digests")));
        QVERIFY(query.exec(QStringLiteral("SELECT digest_id, sent_at_once FROM digest_events")));
        // Version 5: the nodes' heartbeats.
        QVERIFY(query.exec(QStringLiteral("SELECT host, last_seen_at, load FROM nodes")));
        // Version 6: the cluster's workspace, and how often each node beats.
        QVERIFY(query.exec(
            QStringLiteral("SELECT version, document, saved_by, saved_on FROM workspace")));
        QVERIFY(query.exec(QStringLiteral("SELECT beat_interval_ms FROM nodes")));
        // Version 7: who holds a lease.
        QVERIFY(query.exec(QStringLiteral("SELECT lease_holder FROM deliveries")));
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
    if (StoreBackend::isPostgresql()) {
        refusesNewerPostgresqlSchema();
        return;
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery(QStringLiteral("PRAGMA user_version=99"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    const auto opened = openStore(options());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(),
             QStringLiteral("the event store %1 has schema version 99, newer than this OT Bridge "
                            "understands (%2): use a newer OT Bridge or another data directory")
                 .arg(dbPath())
                 .arg(currentSchemaVersion));
}

void tst_EventStore::refusesNewerPostgresqlSchema()
{
    QVERIFY(StoreBackend::open(options()));
    {
        QSqlDatabase db = StoreBackend::connect(QStringLiteral("future"), options());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery future(db);
        QVERIFY(future.exec(QStringLiteral("INSERT INTO schema_version (version, what, "
                                           "migrated_at) VALUES (99, 'the future', 0)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    const auto opened = openStore(options());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(),
             QStringLiteral("the database %1 has schema version 99, newer than this OT Bridge "
                            "understands (%2): use a newer OT Bridge or another database")
                 .arg(options().database.toString())
                 .arg(currentSchemaVersion));
}

void tst_EventStore::appendAfterCloseFails()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    storeStorage->close();
    const auto results = appendAndWait(store, {makeEvent("{}")});
    QCOMPARE(results.first().status, AppendStatus::Failed);
    QCOMPARE(results.first().error, QStringLiteral("the event store is closed"));
}

void tst_EventStore::failedCommitLosesNothingStored()
{
    if (StoreBackend::isPostgresql()) {
        failedPostgresqlCommitLosesNothingStored();
        return;
    }
    StoreOptions capped = options();
    // Room for the schema (version 2 has some twenty tables and indexes, a page each) and a
    // little more.
    capped.maxSizeBytes = 256 * 1024;
    const auto storeStorage = StoreBackend::open(capped);
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    const auto small = appendAndWait(store, {makeEvent("[1]"), makeEvent("[2]")});
    QCOMPARE(small.size(), 2);

    // One batch that cannot fit fails whole, and says why. Held until all eight are queued:
    // a writer that took the first ones alone could store a last few that fit, and the store
    // would rightly be writable again.
    QList<Event> big;
    for (int i = 0; i < 8; ++i)
        big.append(makeEvent("\"" + QByteArray(40 * 1024, 'x') + "\""));
    const auto failed = appendAndWait(store, big, storeStorage.get());
    QCOMPARE(failed.size(), big.size());
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

    // Other writes that still fit (routing, outcomes) do not make the store healthy again:
    // only events that commit do.
    QVERIFY(storeStorage->deliveries()->setOpenTextState(QStringLiteral("JOB-X"),
                                                         QStringLiteral("failed")));
    QVERIFY(!store.health().writable);
    QCOMPARE(store.health().lastError, QStringLiteral("database or disk is full"));
    const auto fits = appendAndWait(store, {makeEvent("[3]")});
    QCOMPARE(fits.first().status, AppendStatus::Stored);
    QVERIFY(store.health().writable);
    QVERIFY(store.health().lastError.isEmpty());
}

// PostgreSQL's twin of the full disk above: a commit the server refuses (a deferred trigger
// raises at COMMIT, as a full disk or a lost connection would fail it) fails its whole batch
// with the server's words, and what was stored before is still there.
void tst_EventStore::failedPostgresqlCommitLosesNothingStored()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    const auto small = appendAndWait(store, {makeEvent("[1]"), makeEvent("[2]")});
    QCOMPARE(small.size(), 2);
    {
        QSqlDatabase db = StoreBackend::connect(QStringLiteral("refuse"), options());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery sql(db);
        QVERIFY2(sql.exec(QStringLiteral(
                     "CREATE FUNCTION refuse_big() RETURNS trigger LANGUAGE plpgsql AS $$ "
                     "BEGIN IF length(NEW.body) > 30000 THEN "
                     "RAISE EXCEPTION 'no room for this event'; END IF; RETURN NULL; END $$")),
                 qPrintable(sql.lastError().text()));
        QVERIFY2(sql.exec(QStringLiteral(
                     "CREATE CONSTRAINT TRIGGER refuse_big AFTER INSERT ON events "
                     "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_big()")),
                 qPrintable(sql.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refuse"));

    QList<Event> big;
    for (int i = 0; i < 8; ++i)
        big.append(makeEvent("\"" + QByteArray(40 * 1024, 'x') + "\""));
    const auto failed = appendAndWait(store, big);
    QCOMPARE(failed.size(), big.size());
    for (const AppendResult &result : failed) {
        QCOMPARE(result.status, AppendStatus::Failed);
        QVERIFY2(result.error.contains(QLatin1String("no room for this event")),
                 qPrintable(result.error));
        QVERIFY(!store.event(result.summary.id));
    }
    QVERIFY(!store.health().writable);
    QVERIFY(store.health().lastError.contains(QLatin1String("no room for this event")));
    QVERIFY(store.event(small[0].id));
    QVERIFY(store.event(small[1].id));
    QCOMPARE(store.count(), 2);
    // The connection is still good: the next commit that the server takes goes through.
    const auto after = appendAndWait(store, {makeEvent("[3]")});
    QCOMPARE(after.constFirst().status, AppendStatus::Stored);
    QVERIFY(store.health().writable);
}

namespace {

const QDateTime fixtureStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

// Event i of the query fixture. Sources: every 10th "contracts", i % 1000 == 7 "rare", else
// "orders". Deliveries: contracts have a delivered "legal-review"; every 100th also a dead
// "escalate" (failed), every 5000th is acknowledged; rare ones a retrying "rare-rule". The last
// 100 events are not routed yet (received). One body holds "needle-unique".
Event fixtureEvent(int i, int count)
{
    Event event;
    event.id = createUuidV7();
    event.source = i % 10 == 0 ? QStringLiteral("contracts")
        : i % 1000 == 7        ? QStringLiteral("rare")
                               : QStringLiteral("orders");
    event.receivedAt = fixtureStart.addSecs(i);
    event.headers = {{"Content-Type", "application/json"}};
    event.body
        = QStringLiteral(R"({"n":%1,"customer":"cust-%2","note":"%3"%4})")
              .arg(i)
              .arg(i % 500)
              .arg(QString(200, QLatin1Char('x')))
              .arg(i == 54321 % count ? QStringLiteral(R"(,"tag":"needle-unique")") : QString())
              .toUtf8();
    event.contentType = "application/json";
    event.peer = QStringLiteral("10.0.0.%1").arg(i % 250);
    event.state = i >= count - 100 ? EventState::Received : EventState::Routed;
    return event;
}

} // namespace

void tst_EventStore::fillQueryFixture(EventStore &store, int count)
{
    QList<QUuid> ids;
    ids.reserve(count);
    constexpr int batch = 5000;
    for (int first = 0; first < count; first += batch) {
        QList<Event> events;
        for (int i = first; i < std::min(count, first + batch); ++i) {
            events.append(fixtureEvent(i, count));
            ids.append(events.constLast().id);
        }
        const auto results = appendAndWait(store, events);
        QCOMPARE(results.size(), events.size());
    }
    QCOMPARE(store.count(), count);

    QSqlDatabase db = StoreBackend::connect(QStringLiteral("fill"), options());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    {
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO deliveries (id, event_id, rule, action_index, target, state, created_at, "
            "updated_at, request) VALUES (?, ?, ?, 0, 'sandbox', ?, 0, 0, '{}')")));
        const auto addDelivery = [&](int i, const QString &rule, const QString &state) {
            insert.bindValue(0, QStringLiteral("%1-%2").arg(i).arg(rule));
            insert.bindValue(1, ids.at(i).toString(QUuid::WithoutBraces));
            insert.bindValue(2, rule);
            insert.bindValue(3, state);
            return insert.exec();
        };
        QSqlQuery ack(db);
        QVERIFY(
            ack.prepare(QStringLiteral("UPDATE events SET state = 'acknowledged' WHERE id = ?")));
        QSqlQuery ackRecord(db);
        QVERIFY(ackRecord.prepare(QStringLiteral(
            "INSERT INTO acknowledgements (event_id, at, by) VALUES (?, 0, 'test')")));
        for (int i = 0; i < count; ++i) {
            if (i % 10 == 0)
                QVERIFY(
                    addDelivery(i, QStringLiteral("legal-review"), QStringLiteral("delivered")));
            if (i % 100 == 0)
                QVERIFY(addDelivery(i, QStringLiteral("escalate"), QStringLiteral("dead")));
            if (i % 1000 == 7)
                QVERIFY(addDelivery(i, QStringLiteral("rare-rule"), QStringLiteral("retrying")));
            if (i % 5000 == 0) {
                ack.bindValue(0, ids.at(i).toString(QUuid::WithoutBraces));
                QVERIFY(ack.exec());
                ackRecord.bindValue(0, ids.at(i).toString(QUuid::WithoutBraces));
                QVERIFY(ackRecord.exec());
            }
        }
        QVERIFY(db.commit());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

namespace {

QList<EventSummary> allPages(const EventStore &store, EventQuery query, int *pages = nullptr)
{
    QList<QList<EventSummary>> newestFirst;
    for (;;) {
        const Result<EventPage> page = store.query(query);
        if (!page) {
            qWarning() << page.error();
            return {};
        }
        newestFirst.append(page->events);
        if (!page->more)
            break;
        query.beforeSeq = page->oldestSeq;
    }
    if (pages)
        *pages = int(newestFirst.size());
    QList<EventSummary> all;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        all += *it;
    return all;
}

} // namespace

void tst_EventStore::queryFiltersHistory_data()
{
    QTest::addColumn<EventQuery>("query");
    QTest::addColumn<QList<int>>("expected"); // fixture indexes, oldest first
    const auto range = [](int from, int to, const std::function<bool(int)> &keep) {
        QList<int> list;
        for (int i = from; i < to; ++i) {
            if (keep(i))
                list.append(i);
        }
        return list;
    };
    constexpr int n = 1200;
    EventQuery query;
    QTest::addRow("everything") << query << range(0, n, [](int) { return true; });
    query = {};
    query.sources = {QStringLiteral("rare")};
    QTest::addRow("one source") << query << QList<int> {7, 1007};
    query.sources = {QStringLiteral("rare"), QStringLiteral("contracts")};
    QTest::addRow("two sources") << query
                                 << range(0, n, [](int i) { return i % 10 == 0 || i % 1000 == 7; });
    query = {};
    query.states = {QStringLiteral("failed")};
    QTest::addRow("failed") << query
                            << QList<int> {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100};
    query.states = {QStringLiteral("acknowledged")};
    QTest::addRow("acknowledged") << query << QList<int> {0};
    query.states = {QStringLiteral("delivered")};
    QTest::addRow("delivered") << query
                               << range(0, n, [](int i) { return i % 10 == 0 && i % 100 != 0; });
    query.states = {QStringLiteral("received")};
    QTest::addRow("received (not routed yet)")
        << query << range(n - 100, n, [](int i) { return i % 10 != 0 && i % 1000 != 7; });
    query.states = {QStringLiteral("routed"), QStringLiteral("acknowledged")};
    QTest::addRow("routed or acknowledged") << query << range(0, n, [](int i) {
        return i == 0 || i % 1000 == 7 || (i % 10 != 0 && i < n - 100);
    });
    query = {};
    query.rule = QStringLiteral("rare-rule");
    QTest::addRow("rule") << query << QList<int> {7, 1007};
    query.rule = QStringLiteral("no-such-rule");
    QTest::addRow("rule nobody has") << query << QList<int> {};
    query = {};
    query.text = QStringLiteral(R"("customer":"CUST-7")");
    QTest::addRow("text in the body, any case") << query << QList<int> {7, 507, 1007};
    query.text = QStringLiteral("10.0.0.249");
    QTest::addRow("text in the peer") << query << QList<int> {249, 499, 749, 999};
    query.text = QStringLiteral("needle-unique");
    QTest::addRow("text in one body") << query << QList<int> {54321 % n};
    query = {};
    query.from = fixtureStart.addSecs(100);
    query.to = fixtureStart.addSecs(110);
    QTest::addRow("time range") << query << range(100, 110, [](int) { return true; });
    query = {};
    query.sources = {QStringLiteral("contracts")};
    query.states = {QStringLiteral("failed")};
    query.rule = QStringLiteral("legal-review");
    query.to = fixtureStart.addSecs(650);
    query.text = QStringLiteral("cust-");
    QTest::addRow("everything at once") << query << QList<int> {100, 200, 300, 400, 500, 600};
}

void tst_EventStore::queryFiltersHistory()
{
    QFETCH(EventQuery, query);
    QFETCH(QList<int>, expected);
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    constexpr int n = 1200;
    fillQueryFixture(store, n);
    const QList<EventSummary> recentRows = store.recent(n);

    // Pages of 7 so every filter crosses page boundaries.
    query.limit = 7;
    const QList<EventSummary> found = allPages(store, query);
    QList<int> indexes;
    for (const EventSummary &summary : found)
        indexes.append(int(fixtureStart.secsTo(summary.receivedAt)));
    QCOMPARE(indexes, expected);
    for (int k = 0; k < found.size(); ++k) {
        QCOMPARE(found.at(k).id, recentRows.at(expected.at(k)).id);
        QCOMPARE(found.at(k).httpStatus, 202);
    }

    // The same ids, asked for by id, come back through every other criterion too.
    if (!found.isEmpty() && found.size() < 20) {
        EventQuery byId = query;
        byId.ids = {found.constFirst().id, recentRows.at(3).id};
        byId.limit = 100;
        const Result<EventPage> page = store.query(byId);
        QVERIFY(page);
        QCOMPARE(page->events.constFirst().id, found.constFirst().id);
        QCOMPARE(page->events.size(), expected.contains(3) && expected.constFirst() != 3 ? 2 : 1);
    }
}

void tst_EventStore::queryPagesOlderWithoutGapsOrOverlap()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    fillQueryFixture(store, 1200);
    EventQuery query;
    query.sources = {QStringLiteral("orders")};
    query.limit = 500;
    Result<EventPage> newest = store.query(query);
    QVERIFY(newest);
    QCOMPARE(newest->events.size(), 500);
    QVERIFY(newest->more);
    QCOMPARE(newest->events.constLast().receivedAt, fixtureStart.addSecs(1199));
    query.beforeSeq = newest->oldestSeq;
    Result<EventPage> older = store.query(query);
    QVERIFY(older);
    QCOMPARE(older->events.size(), 500);
    QVERIFY(older->events.constLast().receivedAt < newest->events.constFirst().receivedAt);
    query.beforeSeq = older->oldestSeq;
    Result<EventPage> oldest = store.query(query);
    QVERIFY(oldest);
    QVERIFY(!oldest->more);
    // 1200 minus 120 contracts minus 2 rare
    QCOMPARE(oldest->events.size(), 1200 - 120 - 2 - 1000);
    QCOMPARE(oldest->events.constFirst().receivedAt, fixtureStart.addSecs(1));
    QCOMPARE(oldest->events.constFirst().state, QStringLiteral("routed"));

    // A closed store says so in words.
    storeStorage->close();
    const Result<EventPage> closed = store.query(query);
    QVERIFY(!closed);
    QCOMPARE(closed.error(), QStringLiteral("the event store is closed"));
}

void tst_EventStore::queryEscapesLikeWildcards()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    appendAndWait(store,
                  {makeEvent(R"({"p":"100%"})"), makeEvent(R"({"p":"1000"})"),
                   makeEvent(R"({"p":"a_b"})"), makeEvent(R"({"p":"axb"})")});
    EventQuery query;
    query.text = QStringLiteral("100%");
    QCOMPARE(store.query(query)->events.size(), 1);
    query.text = QStringLiteral("a_b");
    QCOMPARE(store.query(query)->events.size(), 1);
    QCOMPARE(store.query(query)->events.constFirst().bodySize, qint64(11));
}

// The console's proof: every filter on 100,000 stored events answers exactly, with the plan
// the database chose and the time it took printed (timings are figures, not assertions).
void tst_EventStore::queryOn100kEvents()
{
    constexpr int n = 100000;
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    QElapsedTimer fill;
    fill.start();
    fillQueryFixture(store, n);
    qInfo("filled %d events and %d deliveries in %lld ms", n, n / 10 + n / 100 + n / 1000,
          fill.elapsed());
    // For EXPLAIN QUERY PLAN by hand: OTBRIDGE_KEEP_QUERY_STORE=/tmp/q.sqlite keeps a copy.
    if (const QString keep = qEnvironmentVariable("OTBRIDGE_KEEP_QUERY_STORE");
        !keep.isEmpty() && !StoreBackend::isPostgresql()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(dbPath(), keep));
    }

    struct Case
    {
        const char *name;
        EventQuery query;
        int total; // matching events in the whole store
    };
    QList<Case> cases;
    EventQuery q;
    cases.append({"no filter", q, n});
    q.sources = {QStringLiteral("rare")};
    cases.append({"source rare (0.1 %)", q, 100});
    q.sources = {QStringLiteral("contracts")};
    cases.append({"source contracts (10 %)", q, 10000});
    q = {};
    q.states = {QStringLiteral("failed")};
    cases.append({"state failed (1 %)", q, 980});
    q.states = {QStringLiteral("acknowledged")};
    cases.append({"state acknowledged (0.02 %)", q, 20});
    q.states = {QStringLiteral("received")};
    cases.append({"state received (newest 0.09 %)", q, 90});
    q = {};
    q.rule = QStringLiteral("rare-rule");
    cases.append({"rule rare-rule (0.1 %)", q, 100});
    q.rule = QStringLiteral("legal-review");
    cases.append({"rule legal-review (10 %)", q, 10000});
    q = {};
    q.text = QStringLiteral("needle-unique");
    cases.append({"text in one body", q, 1});
    q.text = QStringLiteral(R"("customer":"cust-7")");
    cases.append({"text in 0.2 % of bodies", q, 200});
    q = {};
    q.from = fixtureStart.addSecs(1000);
    q.to = fixtureStart.addSecs(2000);
    cases.append({"time range (1 %)", q, 1000});
    q = {};
    q.sources = {QStringLiteral("contracts")};
    q.states = {QStringLiteral("failed")};
    q.to = fixtureStart.addSecs(50000);
    cases.append({"source + state + time", q, 490});

    for (Case &c : cases) {
        c.query.limit = 500;
        QElapsedTimer timer;
        timer.start();
        const Result<EventPage> first = store.query(c.query);
        const qint64 firstMs = timer.nsecsElapsed() / 1000;
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->events.size(), std::min(500, c.total));
        QCOMPARE(first->more, c.total > 500);
        timer.restart();
        int pages = 0;
        const QList<EventSummary> all = allPages(store, c.query, &pages);
        const qint64 allMs = timer.elapsed();
        QCOMPARE(all.size(), c.total);
        for (qsizetype k = 1; k < all.size(); ++k)
            QVERIFY(all.at(k - 1).receivedAt < all.at(k).receivedAt);
        qInfo("%-32s first page of %3lld in %7.1f ms; all %6d in %3d pages, %6lld ms", c.name,
              qlonglong(first->events.size()), firstMs / 1000.0, c.total, pages, allMs);
    }

    // The plans: a source filter walks its own index, a rule filter its deliveries index, and
    // neither scans every event.
    QSqlDatabase db = StoreBackend::connect(QStringLiteral("plan"), options());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const bool postgresql = StoreBackend::isPostgresql();
    const auto plan = [&db, postgresql](const EventQuery &query) {
        const auto [sql, values] = SqlEventRepository::querySql(
            query, postgresql ? postgresqlDialect() : sqliteDialect());
        QSqlQuery explain(db);
        if (postgresql) {
            // PostgreSQL prepares no EXPLAIN: the values go in as literals.
            QString literal;
            qsizetype value = 0;
            for (const QChar c : sql) {
                if (c != QLatin1Char('?')) {
                    literal += c;
                    continue;
                }
                QSqlField field(QString(), values.at(value).metaType());
                field.setValue(values.at(value++));
                literal += db.driver()->formatValue(field);
            }
            explain.exec(QStringLiteral("EXPLAIN ") + literal);
        } else {
            explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            for (int i = 0; i < values.size(); ++i)
                explain.bindValue(i, values.at(i));
            explain.exec();
        }
        QStringList lines;
        while (explain.next())
            lines << explain.value(postgresql ? 0 : 3).toString().trimmed();
        if (lines.isEmpty())
            lines << explain.lastError().text();
        return lines.join(QStringLiteral("; "));
    };
    const QLatin1String scansEvents(postgresql ? "Seq Scan on events" : "SCAN e");
    // The newest page probes each of its events' deliveries, never reads them all.
    const QString newestPlan = plan(EventQuery());
    QVERIFY2(!newestPlan.contains(postgresql ? QLatin1String("Seq Scan on deliveries")
                                             : QLatin1String("SCAN d")),
             qPrintable(newestPlan));
    EventQuery source;
    source.sources = {QStringLiteral("rare")};
    const QString sourcePlan = plan(source);
    qInfo("plan, source: %s", qPrintable(sourcePlan));
    QVERIFY2(sourcePlan.contains(QLatin1String("events_source_seq")), qPrintable(sourcePlan));
    EventQuery rule;
    rule.rule = QStringLiteral("rare-rule");
    const QString rulePlan = plan(rule);
    qInfo("plan, rule: %s", qPrintable(rulePlan));
    QVERIFY2(rulePlan.contains(postgresql ? QLatin1String("deliveries_rule_event")
                                          : QLatin1String("deliveries_rule_event (rule=?)"))
                 && !rulePlan.contains(scansEvents),
             qPrintable(rulePlan));
    EventQuery acknowledged;
    acknowledged.states = {QStringLiteral("acknowledged"), QStringLiteral("failed")};
    const QString statePlan = plan(acknowledged);
    qInfo("plan, states: %s", qPrintable(statePlan));
    QVERIFY2(!statePlan.contains(scansEvents), qPrintable(statePlan));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
}

void tst_EventStore::queryTellsOutcomeRulesAndType()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    QList<Event> events;
    const QList<QByteArray> bodies = {
        R"({"type":"contract.ready"})",
        R"({"event":"job.failed"})",
        R"({"type":5,"event_type":"y"})",
        "not json at all",
        R"({"n":1})",
        R"({"n":2})",
        R"({"n":3})",
        R"({"n":4})",
        R"({"job_id":"J-1"})",
    };
    for (const QByteArray &body : bodies)
        events.append(makeEvent(body));
    events[8].source = QStringLiteral("opentext-status");
    QCOMPARE(appendAndWait(store, events).size(), events.size());

    QSqlDatabase db = StoreBackend::connect(QStringLiteral("fate"), options());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    {
        QSqlQuery sql(db);
        const auto run = [&sql](const QString &statement, const QVariantList &values) {
            if (!sql.prepare(statement))
                return false;
            for (int i = 0; i < values.size(); ++i)
                sql.bindValue(i, values.at(i));
            return sql.exec();
        };
        const auto id = [&events](int i) {
            return events.at(i).id.toString(QUuid::WithoutBraces);
        };
        const auto delivery = [&](int i, const QString &name, const QString &rule,
                                  const QString &state) {
            return run(QStringLiteral("INSERT INTO deliveries (id, event_id, rule, action_index, "
                                      "target, state, created_at, updated_at, request) "
                                      "VALUES (?, ?, ?, 0, 'hook', ?, 0, 0, '{}')"),
                       {name, id(i), rule, state});
        };
        // 0 waits for the rules; every other one has been routed.
        for (int i = 1; i < events.size(); ++i)
            QVERIFY(
                run(QStringLiteral("UPDATE events SET routed = 1, state = 'routed' WHERE id = ?"),
                    {id(i)}));
        QVERIFY(
            delivery(2, QStringLiteral("d2"), QStringLiteral("r1"), QStringLiteral("delivered")));
        QVERIFY(
            delivery(3, QStringLiteral("d3"), QStringLiteral("r1"), QStringLiteral("retrying")));
        QVERIFY(
            delivery(4, QStringLiteral("d4a"), QStringLiteral("r2"), QStringLiteral("pending")));
        QVERIFY(
            delivery(4, QStringLiteral("d4b"), QStringLiteral("r1"), QStringLiteral("delivered")));
        QVERIFY(delivery(5, QStringLiteral("d5"), QStringLiteral("r1"), QStringLiteral("dead")));
        QVERIFY(run(QStringLiteral("INSERT INTO escalations (event_id, rule, tier, due_at) "
                                   "VALUES (?, 'esc', 1, 0)"),
                    {id(6)}));
        QVERIFY(
            run(QStringLiteral("UPDATE events SET state = 'acknowledged' WHERE id = ?"), {id(7)}));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fate"));

    EventQuery query;
    for (const Event &event : events)
        query.ids.append(event.id);
    const Result<EventPage> page = store.query(query);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->events.size(), events.size());
    QHash<QUuid, EventSummary> byId;
    for (const EventSummary &summary : page->events)
        byId.insert(summary.id, summary);
    const auto of = [&](int i) {
        return byId.value(events.at(i).id);
    };
    const QStringList outcomes = {"received", "no rule", "delivered",    "failing", "pending",
                                  "dead",     "waiting", "acknowledged", "no rule"};
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(of(i).outcome, outcomes.at(i));
    QCOMPARE(of(0).eventType, QStringLiteral("contract.ready"));
    QCOMPARE(of(1).eventType, QStringLiteral("job.failed"));
    QCOMPARE(of(2).eventType, QStringLiteral("y")); // "type" is not a string here
    QCOMPARE(of(3).eventType, QString());
    QCOMPARE(of(2).rules, QStringList {QStringLiteral("r1")});
    QCOMPARE(of(4).rules, (QStringList {QStringLiteral("r1"), QStringLiteral("r2")}));
    QCOMPARE(of(6).rules, QStringList {QStringLiteral("esc")});
    QCOMPARE(of(1).rules, QStringList());
    QVERIFY(of(6).escalates);
    QVERIFY(!of(2).escalates);

    // Leaving sources out: the console's internal traffic.
    query.excludeSources = {QStringLiteral("opentext-status")};
    const Result<EventPage> without = store.query(query);
    QVERIFY(without);
    QCOMPARE(without->events.size(), events.size() - 1);
    for (const EventSummary &summary : without->events)
        QVERIFY(summary.source != QLatin1String("opentext-status"));
}

void tst_EventStore::rerunsAreLinked()
{
    const auto storeStorage = StoreBackend::open(options());
    QVERIFY(storeStorage);
    EventStore &store = *storeStorage->events();
    const Event original = makeEvent(R"({"id":"C-1"})", QStringLiteral("dedup-1"));
    QCOMPARE(appendAndWait(store, {original}).constFirst().status, AppendStatus::Stored);
    QList<Event> runs;
    for (int i = 0; i < 2; ++i) {
        Event run = original;
        run.id = createUuidV7();
        run.dedupKey.clear();
        run.rerunOf = original.id;
        runs.append(run);
    }
    const QList<AppendResult> first = appendAndWait(store, {runs[0]});
    const QList<AppendResult> second = appendAndWait(store, {runs[1]});
    QCOMPARE(first.constFirst().status, AppendStatus::Stored);
    QCOMPARE(first.constFirst().summary.rerunNumber, 1);
    QCOMPARE(first.constFirst().event->rerunNumber, 1);
    QCOMPARE(second.constFirst().summary.rerunNumber, 2);
    QCOMPARE(second.constFirst().summary.rerunOf, original.id);

    const std::optional<Event> read = store.event(runs[1].id);
    QVERIFY(read);
    QCOMPARE(read->rerunOf, original.id);
    QCOMPARE(read->rerunNumber, 2);
    QCOMPARE(read->body, original.body);
    QVERIFY(store.event(original.id)->rerunOf.isNull());
    QCOMPARE(store.reruns(original.id), (QList<QUuid> {runs[0].id, runs[1].id}));
    QCOMPARE(store.reruns(runs[0].id), QList<QUuid>());

    EventQuery query;
    query.ids = {runs[0].id};
    const Result<EventPage> page = store.query(query);
    QVERIFY(page);
    QCOMPARE(page->events.constFirst().rerunOf, original.id);
    QCOMPARE(page->events.constFirst().rerunNumber, 1);
}

QTEST_GUILESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
