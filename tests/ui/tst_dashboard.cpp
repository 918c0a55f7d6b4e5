// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardpage.h"
#include "dashboard/nodetablemodel.h"
#include "dashboard/sparklinechart.h"
#include "dashboard/targetmetricsmodel.h"
#include "datetimetext.h"
#include "engine/engine.h"
#include "httpsink.h"
#include "httptestclient.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace OtBridge;

namespace {

// One source; every event goes to two HTTP targets on loopback sinks: "good", which takes it,
// and "bad", which answers 503 until its two attempts are spent (dead) and its breaker,
// opened by those two failures, holds everything after back for two minutes.
QByteArray workspaceJson(const QByteArray &goodUrl, const QByteArray &badUrl)
{
    const auto target = [](const char *name, const QByteArray &url, const QJsonObject &delivery) {
        return QJsonObject {{"name", name},
                            {"type", "http"},
                            {"url", QString::fromLatin1(url)},
                            {"delivery", delivery}};
    };
    const auto action = [](const char *target) {
        return QJsonObject {
            {"type", "http"}, {"target", target}, {"body", R"({"order": "{{order.id}}"})"}};
    };
    QJsonObject workspace {
        {"version", 1},
        {"name", "dashboard test"},
        {"sources", QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}}}},
        {"targets",
         QJsonArray {target("good", goodUrl, {}),
                     target("bad", badUrl,
                            {{"retry_schedule", QJsonArray {0, 0}},
                             {"breaker", QJsonObject {{"failures", 2}, {"open_seconds", 120}}}})}},
        {"rules",
         QJsonArray {QJsonObject {{"name", "orders-everywhere"},
                                  {"trigger", QJsonObject {{"sources", QJsonArray {"orders"}}}},
                                  {"actions", QJsonArray {action("good"), action("bad")}}}}},
        {"roles", QJsonArray {}},
    };
    return QJsonDocument(workspace).toJson();
}

} // namespace

// The dashboard against a real engine on 127.0.0.1: webhooks in, deliveries out to loopback
// sinks, and the figures the engine samples shown in the charts and the target table; the
// cluster's nodes (with SQLite the engine alone) in the nodes table.
class tst_Dashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void metricsCountEventsDeadLettersAndBreakers();
    void replayMakesDeadLettersPendingAgain();
    void targetModelPassesTheTester();
    void chartHasATimeAxisAndUnits();
    void chartKeepsItsWindowAndGaps();
    void nodesListTheEngineItself();
    void nodeModelPassesTheTester();
    void chartPaintsWithThePalette();

private:
    bool startEngine();
    QString post(const QByteArray &body);
    const TargetMetrics *target(const char *name) const
    {
        return m_page->lastMetrics().target(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpSink> m_good;
    std::unique_ptr<HttpSink> m_bad;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DashboardPage> m_page;
};

void tst_Dashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Dashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_good = std::make_unique<HttpSink>();
    m_bad = std::make_unique<HttpSink>();
    QVERIFY(m_good->listen());
    QVERIFY(m_bad->listen());
    m_bad->setDefault({503, {}, "{\"error\":\"down\"}"});
}

void tst_Dashboard::cleanup()
{
    m_page.reset();
    m_engine.reset();
    m_good.reset();
    m_bad.reset();
    m_dir.reset();
}

bool tst_Dashboard::startEngine()
{
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    const QByteArray workspace = workspaceJson(m_good->url("/good"), m_bad->url("/bad"));
    if (!file.open(QIODevice::WriteOnly) || file.write(workspace) != workspace.size())
        return false;
    file.close();
    m_engine = std::make_unique<Engine>();
    m_page = std::make_unique<DashboardPage>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.workspacePath = path;
    // The nodes table shows the load as of the last heartbeat: beat often enough to see an
    // event's rate while it lasts (EngineMetrics::rateWindowMs).
    options.heartbeatIntervalMs = 300;
    const auto url = m_engine->start(options);
    if (!url) {
        qWarning().noquote() << url.error();
        return false;
    }
    m_page->resize(1000, 700);
    m_page->show();
    return QTest::qWaitForWindowExposed(m_page.get());
}

QString tst_Dashboard::post(const QByteArray &body)
{
    const TestHttp::Response response = TestHttp::exchange(
        quint16(m_engine->url().port()),
        TestHttp::request("POST", "/hooks/orders", body, {{"Content-Type", "application/json"}}));
    return response.status == 202 ? response.json().value("id").toString() : QString();
}

void tst_Dashboard::metricsCountEventsDeadLettersAndBreakers()
{
    QVERIFY(startEngine());
    // Before anything happens: both targets listed, breakers closed, nothing counted.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->lastMetrics().sampledAt.isValid(), 5000);
    QVERIFY(target("good"));
    QVERIFY(target("bad"));
    QCOMPARE(target("bad")->breaker, CircuitBreaker::State::Closed);
    QCOMPARE(m_page->lastMetrics().eventsTotal, 0);

    // One event first, so its two failed attempts at "bad" are the only ones: dead, and the
    // breaker open.
    QVERIFY(!post(R"({"order": {"id": "D-1"}})").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(target("bad") && target("bad")->dead == 1
                                 && target("bad")->breaker == CircuitBreaker::State::Open,
                             10000);
    QCOMPARE(m_bad->count(), 2);
    // Two more: "good" takes them; "bad" is not called while open, they wait.
    QVERIFY(!post(R"({"order": {"id": "D-2"}})").isEmpty());
    QVERIFY(!post(R"({"order": {"id": "D-3"}})").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->lastMetrics().deliveredTotal == 3 && target("bad")->pending == 2, 10000);

    const EngineMetrics metrics = m_page->lastMetrics();
    QCOMPARE(metrics.eventsTotal, 3); // delivery.dead, the bridge's own event, not counted
    QCOMPARE(metrics.failuresTotal, 2);
    QCOMPARE(metrics.latencySamples, 3);
    QVERIFY(metrics.latencyP50Ms >= 0);
    QVERIFY(metrics.latencyP99Ms >= metrics.latencyP50Ms);
    QVERIFY(metrics.eventsPerSecond > 0); // all three within the last five seconds
    QCOMPARE(m_good->count(), 3);
    QCOMPARE(m_bad->count(), 2);
    const TargetMetrics *good = metrics.target(QStringLiteral("good"));
    const TargetMetrics *bad = metrics.target(QStringLiteral("bad"));
    QCOMPARE(good->breaker, CircuitBreaker::State::Closed);
    QCOMPARE(good->dead, 0);
    QCOMPARE(good->pending + good->retrying, 0);
    QCOMPARE(bad->breaker, CircuitBreaker::State::Open);
    QCOMPARE(bad->consecutiveFailures, 2);
    QCOMPARE(bad->dead, 1);
    QCOMPARE(bad->pending, 2);
    // Per target since the start: what each took, what failed, and when last.
    QCOMPARE(good->delivered, 3);
    QCOMPARE(good->failedAttempts, 0);
    QVERIFY(good->lastSuccessAt.isValid());
    QVERIFY(!good->lastErrorAt.isValid());
    QCOMPARE(bad->delivered, 0);
    QCOMPARE(bad->failedAttempts, 2);
    QVERIFY(!bad->lastSuccessAt.isValid());
    QVERIFY(bad->lastErrorAt.isValid());
    QVERIFY2(bad->lastError.contains(QStringLiteral("503")), qPrintable(bad->lastError));
    // The store agrees with the sample.
    QCOMPARE(
        m_engine->deliveries()->countByState(QStringLiteral("bad")).value(QStringLiteral("dead")),
        1);

    // The widgets show that very sample.
    QCOMPARE(m_page->eventsChart()->latestValue(), metrics.eventsPerSecond);
    QCOMPARE(m_page->deliveriesChart()->latestValue(), metrics.deliveriesPerSecond);
    QCOMPARE(m_page->failuresChart()->latestValue(), metrics.failuresPerSecond);
    if (metrics.deliveriesPerSecond > 0) {
        QCOMPARE(m_page->latencyP50Chart()->latestValue(), metrics.latencyP50Ms);
        QCOMPARE(m_page->latencyP99Chart()->latestValue(), metrics.latencyP99Ms);
    }
    QVERIFY(m_page->eventsChart()->count() >= 2); // one value a sample
    QVERIFY(m_page->eventsChart()->accessibleDescription().contains(
        m_page->eventsChart()->format(metrics.eventsPerSecond)));

    const QAbstractItemModel *model = m_page->targetView()->model();
    QCOMPARE(model, m_page->targetModel());
    const int row = m_page->targetModel()->rowOf(QStringLiteral("bad"));
    QVERIFY(row >= 0);
    const auto cell = [&](int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(TargetMetricsModel::TargetColumn), QStringLiteral("bad"));
    QCOMPARE(cell(TargetMetricsModel::BreakerColumn), QStringLiteral("Open"));
    QCOMPARE(cell(TargetMetricsModel::FailuresColumn), QStringLiteral("2"));
    QCOMPARE(cell(TargetMetricsModel::PendingColumn), QStringLiteral("2"));
    QCOMPARE(cell(TargetMetricsModel::DeadColumn), QStringLiteral("1"));
    QCOMPARE(cell(TargetMetricsModel::DeliveredColumn), QStringLiteral("0"));
    QCOMPARE(cell(TargetMetricsModel::FailedAttemptsColumn), QStringLiteral("2"));
    QCOMPARE(cell(TargetMetricsModel::LastSuccessColumn), QStringLiteral("none yet"));
    QCOMPARE(
        cell(TargetMetricsModel::LastErrorColumn),
        QStringLiteral("%1: %2").arg(DateTimeText::shortText(bad->lastErrorAt), bad->lastError));
    const int goodRow = m_page->targetModel()->rowOf(QStringLiteral("good"));
    QCOMPARE(model->index(goodRow, TargetMetricsModel::BreakerColumn).data().toString(),
             QStringLiteral("Closed"));
    QCOMPARE(model->index(goodRow, TargetMetricsModel::DeliveredColumn).data().toString(),
             QStringLiteral("3"));
    QCOMPARE(model->index(goodRow, TargetMetricsModel::LastSuccessColumn).data().toString(),
             DateTimeText::shortText(good->lastSuccessAt));
    QCOMPARE(model->index(goodRow, TargetMetricsModel::LastSuccessColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             DateTimeText::isoText(good->lastSuccessAt));
    QCOMPARE(model->index(goodRow, TargetMetricsModel::LastErrorColumn).data().toString(),
             QStringLiteral("none"));
    auto *totals = m_page->findChild<QLabel *>(QStringLiteral("totalsLabel"));
    QVERIFY(totals);
    QVERIFY2(totals->text().contains(QStringLiteral("Events stored: 3\n")),
             qPrintable(totals->text()));
    QVERIFY2(totals->text().contains(QStringLiteral("Dead letters: 1\n")),
             qPrintable(totals->text()));

#ifdef OTBRIDGE_SCREENSHOT_DIR
    // Under xvfb-run a real screenshot of the figures above.
    QDir().mkpath(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR));
    QVERIFY(m_page->grab().save(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR "/dashboard-live.png")));
#endif

    // Traffic stopped ("bad" is held back by its open breaker): once the rate window has
    // passed, the rates read zero and the latency figure no value, not the last one.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->deliveriesChart()->latestValue() == 0.0
                                 && m_page->eventsChart()->latestValue() == 0.0
                                 && std::isnan(m_page->latencyP50Chart()->latestValue())
                                 && std::isnan(m_page->latencyP99Chart()->latestValue()),
                             15000);
    QCOMPARE(m_page->latencyP50Chart()->format(m_page->latencyP50Chart()->latestValue()),
             QStringLiteral("–"));
    QCOMPARE(m_page->eventsChart()->format(m_page->eventsChart()->latestValue()),
             QStringLiteral("0/s"));
    // The last minute's latency is still what /metrics serves.
    QVERIFY(m_page->lastMetrics().hasLatency());
}

void tst_Dashboard::replayMakesDeadLettersPendingAgain()
{
    QVERIFY(startEngine());
    QVERIFY(!post(R"({"order": {"id": "R-1"}})").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(target("bad") && target("bad")->dead == 1, 10000);
    auto *replay = m_page->findChild<QPushButton *>(QStringLiteral("replayDeadLettersButton"));
    QVERIFY(replay);
    QVERIFY(!replay->isEnabled()); // nothing selected
    m_page->targetView()->selectRow(m_page->targetModel()->rowOf(QStringLiteral("good")));
    QVERIFY(!replay->isEnabled()); // "good" has no dead letters
    m_page->targetView()->selectRow(m_page->targetModel()->rowOf(QStringLiteral("bad")));
    QVERIFY(replay->isEnabled());

    // The keyboard way: Ctrl+Shift+R.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("replayStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text() == QStringLiteral("Dead letters of bad pending again: 1"), 5000);
    // Pending again (the breaker still holds it back), and the next sample says so.
    QTRY_VERIFY_WITH_TIMEOUT(target("bad")->dead == 0 && target("bad")->pending == 1, 5000);
    QCOMPARE(
        m_engine->deliveries()->countByState(QStringLiteral("bad")).value(QStringLiteral("dead")),
        0);
    QTRY_VERIFY(!replay->isEnabled());
}

void tst_Dashboard::targetModelPassesTheTester()
{
    TargetMetricsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TargetMetrics a;
    a.target = QStringLiteral("a");
    TargetMetrics b;
    b.target = QStringLiteral("b");
    model.setTargets({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TargetMetricsModel::ColumnCount));

    // Same targets: only the changed row is reported.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    b.dead = 7;
    b.breaker = CircuitBreaker::State::HalfOpen;
    model.setTargets({a, b});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(1, TargetMetricsModel::DeadColumn)
                 .data(TargetMetricsModel::ValueRole)
                 .toLongLong(),
             7);
    QCOMPARE(model.index(1, TargetMetricsModel::BreakerColumn).data().toString(),
             QStringLiteral("Half-open"));
    model.setTargets({a, b}); // nothing new: nothing said
    QCOMPARE(changed.size(), 1);

    // Another set of targets (a reloaded workspace): reset.
    TargetMetrics c;
    c.target = QStringLiteral("c");
    model.setTargets({c});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
    model.setTargets({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(TargetMetricsModel::DeadColumn, Qt::Horizontal).toString(),
             QStringLiteral("Dead letters"));
}

void tst_Dashboard::nodesListTheEngineItself()
{
    QVERIFY(startEngine());
    // The first heartbeat is written as the engine starts; the page hears it a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->nodeModel()->rowCount(), 1, 10'000);
    const NodeTableModel *model = m_page->nodeModel();
    const ClusterNode node = model->nodes().first();
    QVERIFY(node.self);
    QVERIFY(node.live);
    QCOMPARE(node.address, m_engine->url().toString());
    QCOMPARE(node.version, QStringLiteral(OTBRIDGE_VERSION));
    QCOMPARE(node.id, m_engine->clusterView().self);
    QCOMPARE(model->index(0, NodeTableModel::StateColumn).data().toString(),
             QStringLiteral("Live"));
    QCOMPARE(model->index(0, NodeTableModel::HostColumn).data().toString(),
             QStringLiteral("%1 (this one)").arg(node.host));
    QCOMPARE(model->index(0, NodeTableModel::AddressColumn).data().toString(),
             m_engine->url().toString());
    QCOMPARE(m_page->nodesStatus()->text(), QStringLiteral("Live: 1 of 1"));
    QVERIFY(m_page->nodeView()->isVisible());

    // The load it reports follows the engine's figures: one event in, delivered to "good".
    QVERIFY(!post(R"({"order": {"id": "n-1"}})").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->nodeModel()->nodes().value(0).load.eventsPerSecond > 0,
                             20'000);
    QVERIFY(m_page->nodeModel()
                ->index(0, NodeTableModel::EventsColumn)
                .data()
                .toString()
                .endsWith(QLatin1String("/s")));

    // Stopped, the engine's node leaves the table the window shows at the next start.
    m_engine->stop();
    QVERIFY(m_engine->clusterView().nodes.isEmpty());
}

void tst_Dashboard::nodeModelPassesTheTester()
{
    NodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClusterNode a;
    a.id = QStringLiteral("a");
    a.host = QStringLiteral("node-a");
    a.address = QStringLiteral("http://node-a:8080");
    a.live = true;
    a.self = true;
    a.beatIntervalMs = 5'000;
    a.startedAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    a.lastSeenAt = a.startedAt.addSecs(60);
    ClusterNode b = a;
    b.id = QStringLiteral("b");
    b.host = QStringLiteral("node-b");
    b.self = false;
    b.load.backlog = 1'234;
    model.setNodes({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(NodeTableModel::ColumnCount));
    QCOMPARE(model.index(0, NodeTableModel::HostColumn).data().toString(),
             QStringLiteral("node-a (this one)"));
    QCOMPARE(model.index(1, NodeTableModel::HostColumn).data().toString(),
             QStringLiteral("node-b"));
    QCOMPARE(model.index(1, NodeTableModel::HostColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Node b"));
    QCOMPARE(model.index(0, NodeTableModel::StartedColumn).data().toString(),
             DateTimeText::shortText(a.startedAt));
    QCOMPARE(model.index(0, NodeTableModel::LastSeenColumn).data(NodeTableModel::ValueRole),
             QVariant(a.lastSeenAt));

    // Node b goes: only its row is reported.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    b.live = false;
    model.setNodes({a, b});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(1, NodeTableModel::StateColumn).data().toString(), QStringLiteral("Gone"));
    QCOMPARE(model.index(1, NodeTableModel::StateColumn).data(NodeTableModel::ValueRole),
             QVariant(false));
    QVERIFY(model.index(1, NodeTableModel::StateColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(
        model.index(1, NodeTableModel::BacklogColumn).data(NodeTableModel::ValueRole).toLongLong(),
        1'234);
    model.setNodes({a, b}); // nothing new: nothing said
    QCOMPARE(changed.size(), 1);

    // A node joins: reset.
    ClusterNode c = a;
    c.id = QStringLiteral("c");
    c.self = false;
    model.setNodes({a, b, c});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
    model.setNodes({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(NodeTableModel::DeliveriesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Deliveries out"));

    // The page's words for the view.
    Engine engine;
    DashboardPage page(&engine);
    QCOMPARE(page.nodesStatus()->text(), QStringLiteral("Waiting for the first heartbeat…"));
    ClusterView view;
    view.self = QStringLiteral("a");
    view.readAt = QDateTime::currentDateTimeUtc();
    view.nodes = {a, b};
    page.handleClusterViewChanged(view);
    QCOMPARE(page.nodesStatus()->text(), QStringLiteral("Live: 1 of 2"));
    QCOMPARE(page.nodeModel()->rowCount(), 2);
    view.error = QStringLiteral("cannot read the cluster's nodes: connection refused");
    page.handleClusterViewChanged(view);
    QCOMPARE(page.nodesStatus()->text(),
             QStringLiteral("As read %1; the last read failed: cannot read the cluster's nodes: "
                            "connection refused")
                 .arg(DateTimeText::shortText(view.readAt)));
}

void tst_Dashboard::chartHasATimeAxisAndUnits()
{
    SparklineChart chart(QStringLiteral("Deliveries (per second)"));
    // Two minutes of one value a second: the axis counts back from now.
    QCOMPARE(chart.capacity(), 121);
    QCOMPARE(
        chart.timeAxisLabels(),
        (QStringList {QStringLiteral("−2 min"), QStringLiteral("−1 min"), QStringLiteral("now")}));
    chart.setCapacity(61);
    chart.setSampleInterval(500);
    QCOMPARE(
        chart.timeAxisLabels(),
        (QStringList {QStringLiteral("−30 s"), QStringLiteral("−15 s"), QStringLiteral("now")}));
    // The page's charts name their unit.
    QVERIFY(startEngine());
    QCOMPARE(m_page->eventsChart()->title(), QStringLiteral("Events received (per second)"));
    QCOMPARE(m_page->latencyP50Chart()->title(), QStringLiteral("Delivery latency, median (ms)"));
}

void tst_Dashboard::chartKeepsItsWindowAndGaps()
{
    SparklineChart chart(QStringLiteral("Latency"));
    chart.setFormatter([](double v) { return QStringLiteral("%1 ms").arg(v); });
    QVERIFY(std::isnan(chart.latestValue()));
    QCOMPARE(chart.format(chart.latestValue()), QStringLiteral("–"));
    chart.setCapacity(3);
    for (double value : {5.0, 1.0, 9.0, 4.0})
        chart.addValue(value);
    QCOMPARE(chart.count(), 3); // the 5 went
    QCOMPARE(chart.minimum(), 1.0);
    QCOMPARE(chart.maximum(), 9.0);
    chart.addValue(std::nan("")); // no value this second: a gap
    QVERIFY(std::isnan(chart.latestValue()));
    QCOMPARE(chart.minimum(), 4.0);
    QCOMPARE(chart.maximum(), 9.0);
    QCOMPARE(chart.summary(), QStringLiteral("Latency: – (min 4 ms, max 9 ms)"));
    QCOMPARE(chart.accessibleName(), QStringLiteral("Latency"));
    QCOMPARE(chart.accessibleDescription(), chart.summary());
}

void tst_Dashboard::chartPaintsWithThePalette()
{
    // Dark and light themes alike: the chart's ground is the palette's Base, its line the
    // Highlight.
    for (const QColor &base : {QColor(Qt::white), QColor(0x20, 0x20, 0x24)}) {
        SparklineChart chart(QStringLiteral("Events"));
        QPalette palette = chart.palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, base.lightness() > 128 ? Qt::black : Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x00, 0x99, 0x33));
        chart.setPalette(palette);
        chart.resize(300, 140);
        for (int i = 0; i < 30; ++i)
            chart.addValue(i % 2 ? 10 : 100);
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
        // Inside the frame, away from the text: the ground.
        QCOMPARE(image.pixelColor(image.width() / 2, 14).rgb() & 0xffffff, base.rgb() & 0xffffff);
        bool lineDrawn = false;
        for (int y = 0; y < image.height() && !lineDrawn; ++y) {
            for (int x = 0; x < image.width() && !lineDrawn; ++x)
                lineDrawn = image.pixelColor(x, y) == QColor(0x00, 0x99, 0x33);
        }
        QVERIFY(lineDrawn);
    }
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
