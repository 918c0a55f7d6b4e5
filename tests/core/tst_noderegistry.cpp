// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/noderegistry.h"
#include "cluster/noderepository.h"
#include "clustertestdatabase.h"
#include "store/store.h"
#include "store/storejob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace OtBridge;

namespace {

// Short enough for tests to see a node go, long enough for a slow machine to beat in time.
constexpr int testIntervalMs = 300;

ClusterNode makeNode(const QString &id, const QString &address = {})
{
    ClusterNode node;
    node.id = id;
    node.host = QStringLiteral("host-") + id;
    node.address
        = address.isEmpty() ? QStringLiteral("http://127.0.0.1:8%1").arg(id.size()) : address;
    node.version = QStringLiteral("9.9.9");
    node.startedAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    return node;
}

NodeRegistryOptions options(const ClusterNode &node, int intervalMs = testIntervalMs)
{
    NodeRegistryOptions options;
    options.node = node;
    options.intervalMs = intervalMs;
    return options;
}

} // namespace

// NodeRegistry and NodeRepository on both backends: a node's heartbeat row and the cluster's
// nodes as each node sees them, live or gone by the database's clock, a clean stop leaving no
// row, long-gone nodes forgotten; on PostgreSQL a lost connection reported and recovered.
class tst_NodeRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void aNodeListsItself();
    void loadAndAddressAreCarried();
    void nodesSeeEachOther();
    void aNodeThatStopsBeatingIsGoneAfterThreeIntervals();
    void aCleanStopRemovesTheRow();
    void longGoneNodesAreForgotten();
    void viewToJson();
    void aLostConnectionIsReportedAndRecovered();
    void heartbeatsGoThroughABusyWriter();

private:
    int rowCount(const QString &where = {});

    std::unique_ptr<ClusterTestDatabase> m_db;
};

void tst_NodeRegistry::initTestCase_data()
{
    ClusterTestDatabase::addRows();
}

void tst_NodeRegistry::init()
{
    m_db = std::make_unique<ClusterTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorString()));
}

void tst_NodeRegistry::cleanup()
{
    m_db.reset();
}

int tst_NodeRegistry::rowCount(const QString &where)
{
    int count = -1;
    {
        QSqlDatabase db = m_db->connect(QStringLiteral("count"));
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM nodes ") + where) && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

void tst_NodeRegistry::aNodeListsItself()
{
    const ClusterNode node = makeNode(QStringLiteral("a"));
    NodeRegistry registry(m_db->opener(), options(node));
    QSignalSpy viewed(&registry, &NodeRegistry::viewChanged);
    QCOMPARE(registry.view().self, node.id);
    QVERIFY(registry.view().nodes.isEmpty());
    QVERIFY(!registry.view().readAt.isValid());

    registry.start();
    QCOMPARE(viewed.size(), 1); // the first beat is at once
    const ClusterView view = registry.view();
    QVERIFY2(view.error.isEmpty(), qPrintable(view.error));
    QVERIFY(view.readAt.isValid());
    QCOMPARE(view.nodes.size(), 1);
    const ClusterNode &self = view.nodes.first();
    QCOMPARE(self.id, node.id);
    QCOMPARE(self.host, node.host);
    QCOMPARE(self.address, node.address);
    QCOMPARE(self.version, node.version);
    QCOMPARE(self.startedAt, node.startedAt);
    QCOMPARE(self.beatIntervalMs, testIntervalMs);
    QVERIFY(self.live);
    QVERIFY(self.self);
    // Last seen by the database's clock, which is this machine's here.
    QVERIFY(qAbs(self.lastSeenAt.msecsTo(QDateTime::currentDateTimeUtc())) < 5'000);
    QCOMPARE(view.liveCount(), 1);
    QCOMPARE(viewed.first().first().value<ClusterView>().nodes, view.nodes);

    // It beats again by itself, moving last seen on.
    QVERIFY(viewed.wait(5'000));
    QTRY_VERIFY_WITH_TIMEOUT(registry.view().nodes.value(0).lastSeenAt > self.lastSeenAt, 5'000);
    QCOMPARE(rowCount(), 1);
}

void tst_NodeRegistry::loadAndAddressAreCarried()
{
    NodeRegistry registry(m_db->opener(), options(makeNode(QStringLiteral("a")), 60'000));
    registry.start();
    NodeLoad load;
    load.eventsPerSecond = 125.5;
    load.deliveriesPerSecond = 97.25;
    load.backlog = 4'321;
    registry.setLoad(load);
    registry.setAddress(QStringLiteral("https://node-a.example:8443"));
    QCOMPARE(registry.view().nodes.value(0).load, NodeLoad());
    registry.beat();
    const ClusterNode self = registry.view().nodes.value(0);
    QCOMPARE(self.load, load);
    QCOMPARE(self.address, QStringLiteral("https://node-a.example:8443"));

    // As stored: the load a JSON object other versions can read.
    QSqlDatabase db = m_db->connect(QStringLiteral("raw"));
    {
        QSqlQuery query(QStringLiteral("SELECT load FROM nodes"), db);
        QVERIFY(query.next());
        const QJsonObject stored = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        QCOMPARE(stored.value(QLatin1String("events_per_second")).toDouble(), 125.5);
        QCOMPARE(stored.value(QLatin1String("deliveries_per_second")).toDouble(), 97.25);
        QCOMPARE(stored.value(QLatin1String("backlog")).toInt(), 4'321);
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void tst_NodeRegistry::nodesSeeEachOther()
{
    NodeRegistry first(m_db->opener(), options(makeNode(QStringLiteral("a"))));
    ClusterNode second = makeNode(QStringLiteral("bb"));
    second.startedAt = second.startedAt.addSecs(60);
    NodeRegistry other(m_db->opener(), options(second));
    first.start();
    other.start();
    // The first saw only itself at its first beat; its next one sees both.
    QTRY_COMPARE_WITH_TIMEOUT(first.view().nodes.size(), 2, 5'000);
    for (NodeRegistry *registry : {&first, &other}) {
        const ClusterView view = registry->view();
        QCOMPARE(view.nodes.size(), 2);
        // Oldest start first.
        QCOMPARE(view.nodes.at(0).id, QStringLiteral("a"));
        QCOMPARE(view.nodes.at(1).id, QStringLiteral("bb"));
        QCOMPARE(view.nodes.at(1).host, QStringLiteral("host-bb"));
        QCOMPARE(view.liveCount(), 2);
        QCOMPARE(view.node(view.self)->self, true);
        QCOMPARE(int(std::count_if(view.nodes.cbegin(), view.nodes.cend(),
                                   [](const ClusterNode &node) { return node.self; })),
                 1);
    }
    QCOMPARE(first.view().self, QStringLiteral("a"));
    QCOMPARE(other.view().self, QStringLiteral("bb"));
}

void tst_NodeRegistry::aNodeThatStopsBeatingIsGoneAfterThreeIntervals()
{
    NodeRegistry watcher(m_db->opener(), options(makeNode(QStringLiteral("a"))));
    watcher.start();
    QElapsedTimer sinceLastBeat;
    {
        // Killed: its row stays, nobody removes it.
        NodeRegistry killed(m_db->opener(), options(makeNode(QStringLiteral("k"))));
        killed.start();
        sinceLastBeat.start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(watcher.view().nodes.size(), 2, 5'000);
    const ClusterNode *seen = watcher.view().node(QStringLiteral("k"));
    QVERIFY(seen);
    if (sinceLastBeat.elapsed() < 2 * testIntervalMs)
        QVERIFY(seen->live); // not before three of its intervals
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.view().node(QStringLiteral("k"))->live, 10'000);
    QVERIFY2(sinceLastBeat.elapsed() >= 3 * testIntervalMs,
             qPrintable(QString::number(sinceLastBeat.elapsed())));
    QVERIFY(watcher.view().node(QStringLiteral("a"))->live);
    QCOMPARE(watcher.view().liveCount(), 1);
    // Gone, the same condition in SQL for whoever judges a node from its row (leases).
    QSqlDatabase db = m_db->connect(QStringLiteral("gone"));
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM nodes WHERE ")
                           + NodeRepository::goneSql(db)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("k"));
        QVERIFY(!query.next());
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("gone"));
}

void tst_NodeRegistry::aCleanStopRemovesTheRow()
{
    NodeRegistry watcher(m_db->opener(), options(makeNode(QStringLiteral("a"))));
    NodeRegistry leaving(m_db->opener(), options(makeNode(QStringLiteral("l"))));
    watcher.start();
    leaving.start();
    QCOMPARE(rowCount(), 2);
    leaving.stop();
    QCOMPARE(rowCount(QStringLiteral("WHERE id = 'l'")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.view().nodes.size(), 1, 5'000);
    QCOMPARE(watcher.view().nodes.first().id, QStringLiteral("a"));
    // Stopped means stopped: no beat brings the row back.
    QSignalSpy beats(&watcher, &NodeRegistry::viewChanged);
    QVERIFY(beats.wait(5'000));
    QVERIFY(beats.wait(5'000));
    QCOMPARE(rowCount(QStringLiteral("WHERE id = 'l'")), 0);
}

void tst_NodeRegistry::longGoneNodesAreForgotten()
{
    QSqlDatabase db = m_db->connect(QStringLiteral("old"));
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO nodes (id, host, version, started_at, last_seen_at) VALUES (?, 'h', "
            "'1', ?, ?)")));
        for (const auto &[id, seen] :
             {std::pair {QStringLiteral("two-days"), now - 48 * 3'600'000LL},
              std::pair {QStringLiteral("an-hour"), now - 3'600'000LL}}) {
            query.addBindValue(id);
            query.addBindValue(seen - 1000);
            query.addBindValue(seen);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    NodeRegistry registry(m_db->opener(), options(makeNode(QStringLiteral("a"))));
    registry.start();
    // A day without a beat: forgotten. An hour: still listed, as gone.
    QCOMPARE(rowCount(QStringLiteral("WHERE id = 'two-days'")), 0);
    QCOMPARE(rowCount(QStringLiteral("WHERE id = 'an-hour'")), 1);
    QVERIFY(registry.view().node(QStringLiteral("an-hour")));
    QVERIFY(!registry.view().node(QStringLiteral("an-hour"))->live);
    // The row written by hand has the default interval of schema version 6.
    QCOMPARE(registry.view().node(QStringLiteral("an-hour"))->beatIntervalMs, 5'000);
}

void tst_NodeRegistry::viewToJson()
{
    NodeRegistry registry(m_db->opener(), options(makeNode(QStringLiteral("a"))));
    NodeLoad load;
    load.eventsPerSecond = 3;
    load.backlog = 7;
    registry.setLoad(load);
    registry.start();
    const QJsonObject json = registry.view().toJson();
    QCOMPARE(json.value(QLatin1String("self")).toString(), QStringLiteral("a"));
    QCOMPARE(json.value(QLatin1String("live")).toInt(), 1);
    QVERIFY(!json.contains(QLatin1String("error")));
    const QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
    QCOMPARE(nodes.size(), 1);
    const QJsonObject node = nodes.first().toObject();
    QCOMPARE(node.value(QLatin1String("id")).toString(), QStringLiteral("a"));
    QCOMPARE(node.value(QLatin1String("host")).toString(), QStringLiteral("host-a"));
    QCOMPARE(node.value(QLatin1String("version")).toString(), QStringLiteral("9.9.9"));
    QCOMPARE(node.value(QLatin1String("started_at")).toString(),
             QStringLiteral("2027-01-15T08:00:00.000Z"));
    QVERIFY(node.value(QLatin1String("last_seen_at")).isString());
    QCOMPARE(node.value(QLatin1String("live")).toBool(), true);
    QCOMPARE(node.value(QLatin1String("self")).toBool(), true);
    QCOMPARE(node.value(QLatin1String("load")).toObject(), load.toJson());
}

void tst_NodeRegistry::aLostConnectionIsReportedAndRecovered()
{
    if (!m_db->isPostgresql()) {
        // SQLite has no connection to lose; its failure is the file's (a full disk), which
        // tst_eventstore covers for the store. Checked here: a file that cannot be opened.
        ClusterTestDatabase *db = m_db.get();
        StoreOptions missing = db->storeOptions();
        missing.path = QStringLiteral("/nonexistent-dir/events.sqlite");
        NodeRegistry registry(Cluster::opener(missing), options(makeNode(QStringLiteral("a"))));
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("cannot write this node's heartbeat: "
                                              "cannot open the event store")));
        registry.start();
        QVERIFY(registry.view().error.startsWith(
            QStringLiteral("cannot write this node's heartbeat: cannot open the event store "
                           "/nonexistent-dir/events.sqlite: ")));
        QVERIFY(registry.view().nodes.isEmpty());
        return;
    }
    NodeRegistry registry(m_db->opener(), options(makeNode(QStringLiteral("a")), 60'000));
    registry.start();
    QCOMPARE(registry.view().nodes.size(), 1);
    // Cut its connection from the server's side.
    {
        QSqlDatabase admin = m_db->postgresql()->connect(QStringLiteral("admin"));
        QSqlQuery query(admin);
        QVERIFY(query.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                          "pg_stat_activity WHERE application_name = "
                                          "'otbridge-cluster' AND datname = current_database()")));
        QVERIFY(query.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^cannot write this node's heartbeat: ")));
    registry.beat();
    const ClusterView failed = registry.view();
    QVERIFY2(failed.error.startsWith(QStringLiteral("cannot write this node's heartbeat: ")),
             qPrintable(failed.error));
    // The last nodes read stay in the view.
    QCOMPARE(failed.nodes.size(), 1);
    QCOMPARE(failed.toJson().value(QLatin1String("error")).toString(), failed.error);
    // The next beat connects again.
    registry.beat();
    QVERIFY2(registry.view().error.isEmpty(), qPrintable(registry.view().error));
    QCOMPARE(registry.view().nodes.size(), 1);
}

// The engine's way on SQLite (NodeRegistryOptions::writeThrough): the heartbeat is one more job
// of the store's writer. Two threads keep that writer busy without a break, each of its
// transactions holding the file's write lock while it counts to 200,000; a heartbeat on a
// connection of its own would wait out its busy timeout for a lock that is free only between
// commits, and fail "database is locked". Through the writer every beat lands.
void tst_NodeRegistry::heartbeatsGoThroughABusyWriter()
{
    auto storage = openStore(m_db->storeOptions());
    QVERIFY2(storage, qPrintable(storage.error()));
    Store *store = storage.value().get();
    std::atomic<bool> busy {true};
    std::atomic<int> jobs {0};
    const auto hog = [store, &busy, &jobs] {
        while (busy) {
            (void)store->write([](SqlWriteContext &write) {
                const auto counted = write.run(
                    QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                   "WHERE x < 200000) SELECT count(*) FROM c"));
                if (counted)
                    counted.value()->finish();
                return counted ? Result<void>() : Result<void>::failure(counted.error());
            });
            ++jobs;
        }
    };
    std::unique_ptr<QThread> first(QThread::create(hog));
    std::unique_ptr<QThread> second(QThread::create(hog));
    const auto stopHogs = qScopeGuard([&] {
        busy = false;
        first->wait();
        second->wait();
    });
    first->start();
    second->start();
    QTRY_VERIFY(jobs >= 4);

    const ClusterNode node = makeNode(QStringLiteral("a"));
    NodeRegistryOptions through = options(node);
    through.writeThrough = [store](const auto &work) {
        return store->write([&work](SqlWriteContext &write) { return work(write.database()); });
    };
    NodeRegistry registry(m_db->opener(), through);
    const int before = jobs;
    for (int beat = 0; beat < 3; ++beat) {
        registry.beat();
        const ClusterView view = registry.view();
        QVERIFY2(view.error.isEmpty(), qPrintable(view.error));
        QCOMPARE(view.nodes.size(), 1);
        QCOMPARE(view.nodes.first().id, node.id);
    }
    QVERIFY(jobs > before); // the writer was busy all along
    QCOMPARE(rowCount(), 1);
    // Its clean stop removes the row the same way.
    registry.stop();
    QCOMPARE(rowCount(), 0);
    QVERIFY(jobs > before);
}

QTEST_GUILESS_MAIN(tst_NodeRegistry)
#include "tst_noderegistry.moc"
