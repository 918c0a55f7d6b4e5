// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolepage.h"
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"
#include "enginenode.h"
#include "httpsink.h"
#include "httptestclient.h"
#include "postgresqltestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;

namespace {

// Orders to one HTTP endpoint, each event one request (an answer 400 is final: the delivery is
// dead, and only a replay sends it again).
QByteArray ordersWorkspace(const HttpSink &sink)
{
    return QJsonDocument(ordersToSinkWorkspace(sink, QStringLiteral("orders"))).toJson();
}

// The requests the sink took for event.
int requestsFor(const HttpSink &sink, const QUuid &event)
{
    const QByteArray id = event.toString(QUuid::WithoutBraces).toLatin1();
    int count = 0;
    for (const HttpSink::Request &request : sink.requests())
        count += request.body.contains(id) ? 1 : 0;
    return count;
}

} // namespace

// The desktop console attached to a cluster (README, "Running a cluster"): a window started
// with --attach on the PostgreSQL database its nodes share runs no listener, no delivery and
// no heartbeat of its own; it shows the events every node takes as they are stored (their
// notifications), and its acknowledgements, re-runs and replays are written to the database,
// where a node acts on them at once (a re-run is routed without waiting for the 15 s sweep of
// unrouted events). Against the suite's real PostgreSQL server, with a real node (an engine
// with its listener) and real HTTP.
class tst_ClusterConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void attachingNeedsPostgresql();
    void attachingBeforeAnyNodeIsRefused();
    void theConsoleShowsEveryNodesEventsLive();
    void theConsoleAcknowledgesRerunsAndReplays();

private:
    std::unique_ptr<Engine> startNode(const QString &name, const QByteArray &workspace);
    std::unique_ptr<Engine> attach(QString *error = nullptr);
    QUuid post(const Engine &node, const QByteArray &body);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresqlTestDatabase> m_database;
};

void tst_ClusterConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString error = EngineNode::useServerPassword();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ClusterConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<PostgresqlTestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
}

void tst_ClusterConsole::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<Engine> tst_ClusterConsole::startNode(const QString &name,
                                                      const QByteArray &workspace)
{
    return EngineNode::start(*m_dir, name, workspace, m_database->url());
}

std::unique_ptr<Engine> tst_ClusterConsole::attach(QString *error)
{
    const DatabaseUrl database = DatabaseUrl::parse(m_database->url()).value();
    auto engine = std::make_unique<Engine>(database);
    EngineOptions options;
    options.database = database;
    // The data directory a node may be using: attached, the window stores nothing there.
    options.dataDir = m_dir->filePath(QStringLiteral("node"));
    options.attach = true;
    const auto url = engine->start(options);
    if (!url) {
        if (error)
            *error = url.error();
        return nullptr;
    }
    return engine;
}

QUuid tst_ClusterConsole::post(const Engine &node, const QByteArray &body)
{
    const TestHttp::Response response
        = TestHttp::post(quint16(node.url().port()), "/hooks/orders", body);
    if (response.status != 202)
        return {};
    return QUuid::fromString(
        QJsonDocument::fromJson(response.body).object().value("id").toString());
}

void tst_ClusterConsole::attachingNeedsPostgresql()
{
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("window"));
    options.attach = true;
    const auto refused = engine.start(options);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("attaching to a cluster needs the PostgreSQL database its nodes share "
                            "(--database postgresql://USER@HOST:PORT/DB): sqlite is this "
                            "machine's own store"));
    QVERIFY(!engine.isRunning());
    // Nothing was made in the data directory.
    QVERIFY(!QFileInfo::exists(options.dataDir));
}

void tst_ClusterConsole::attachingBeforeAnyNodeIsRefused()
{
    QString error;
    QVERIFY(!attach(&error));
    QCOMPARE(error,
             QStringLiteral("no node has run on %1 yet (it holds no cluster workspace): start a "
                            "node there first (otbridged --database %1)")
                 .arg(DatabaseUrl::parse(m_database->url())->toString()));
}

void tst_ClusterConsole::theConsoleShowsEveryNodesEventsLive()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    const auto node = startNode(QStringLiteral("node"), ordersWorkspace(sink));
    QVERIFY(node);
    const auto window = attach();
    QVERIFY(window);
    QVERIFY(window->isRunning());
    QVERIFY(window->isAttached());
    QVERIFY(window->url().isEmpty());
    QCOMPARE(window->workspace().name(), QStringLiteral("orders"));
    QCOMPARE(window->sharedWorkspace().version, node->sharedWorkspace().version);

    QSignalSpy heard(window.get(), &Engine::clusterHeardAgain);
    ConsolePage page(window.get());
    page.loadHistory();
    QSignalSpy delivered(window.get(), &Engine::deliveryUpdated);
    // From now on the window hears the node (what came before, its history shows).
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10'000);

    QList<QUuid> events;
    for (int i = 0; i < 3; ++i) {
        const QUuid id = post(*node, QStringLiteral(R"({"order": %1})").arg(i).toUtf8());
        QVERIFY(!id.isNull());
        events.append(id);
    }
    // Each row shows up in the attached console, read from the database as stored.
    QTRY_COMPARE_WITH_TIMEOUT(page.proxyModel()->rowCount(), 3, 10'000);
    for (const QUuid &id : events) {
        const int row = page.model()->rowForId(id);
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->summary(row).source, QStringLiteral("orders"));
    }
    // And what became of their deliveries, as the node delivered them.
    QTRY_COMPARE_WITH_TIMEOUT(sink.requests().size(), 3, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSet<QUuid> done;
            for (const QList<QVariant> &signal : std::as_const(delivered)) {
                const auto record = signal.first().value<DeliveryRecord>();
                if (record.state == DeliveryState::Delivered)
                    done.insert(record.eventId);
            }
            return done == QSet<QUuid>(events.cbegin(), events.cend());
        }(),
        10'000);

    // The window is no node: the cluster lists the one node, and no heartbeat of the window.
    QSqlDatabase db = m_database->connect(QStringLiteral("nodes"));
    QSqlQuery nodes(db);
    QVERIFY(nodes.exec(QStringLiteral("SELECT id FROM nodes")));
    QVERIFY(nodes.next());
    QCOMPARE(nodes.value(0).toString(), node->nodeId());
    QVERIFY(!nodes.next());
    nodes.finish();
    db.close();
    QSqlDatabase::removeDatabase(QStringLiteral("nodes"));
}

void tst_ClusterConsole::theConsoleAcknowledgesRerunsAndReplays()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    const auto node = startNode(QStringLiteral("node"), ordersWorkspace(sink));
    QVERIFY(node);
    const auto window = attach();
    QVERIFY(window);
    // The node's own window, if it had one, hears what the attached one does.
    QSignalSpy changedOnNode(node.get(), &Engine::eventsChanged);

    // The first request fails for good: its delivery is dead.
    sink.script({{400, {}, R"({"error":"not yet"})"}});
    const QUuid order = post(*node, R"({"order": 1})");
    QVERIFY(!order.isNull());
    QString deliveryId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<DeliveryRecord> deliveries
                = window->deliveries()->deliveriesForEvent(order);
            if (deliveries.size() != 1 || deliveries.first().state != DeliveryState::Dead)
                return false;
            deliveryId = deliveries.first().id;
            return true;
        }(),
        10'000);
    QCOMPARE(requestsFor(sink, order), 1);

    // Replayed from the attached console: the node sends it again, now taken.
    QCOMPARE(window->replay({deliveryId}).value(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(requestsFor(sink, order), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(node->deliveries()->delivery(deliveryId)->state,
                              DeliveryState::Delivered, 10'000);

    // Acknowledged there: stored once, for every node, and the node says so to its window.
    const auto ack = window->acknowledge(order, QStringLiteral("carol"), QStringLiteral("seen"));
    QVERIFY2(ack, qPrintable(ack.error()));
    QCOMPARE(node->deliveries()->acknowledgement(order)->by, QStringLiteral("carol"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changedOnNode.cbegin(), changedOnNode.cend(),
                                         [&](const QList<QVariant> &signal) {
                                             return signal.first().value<QList<QUuid>>().contains(
                                                 order);
                                         }),
                             10'000);

    // Re-run there: stored by the window, routed by the node at once (the sweep of events
    // nobody routed waits 15 s), and delivered.
    QSignalSpy rerunStored(window.get(), &Engine::rerunStored);
    QElapsedTimer timer;
    timer.start();
    const auto rerun = window->rerun(order);
    QVERIFY2(rerun, qPrintable(rerun.error()));
    QTRY_COMPARE_WITH_TIMEOUT(rerunStored.size(), 1, 10'000);
    QCOMPARE(rerunStored.first().at(2).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(requestsFor(sink, rerun.value()), 1, 10'000);
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(node->deliveries()->deliveriesForEvent(rerun.value()).size(), 1);
}

QTEST_MAIN(tst_ClusterConsole)
#include "tst_clusterconsole.moc"
