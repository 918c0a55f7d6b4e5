// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsink.h"
#include "httptestclient.h"
#include "otbridgeprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// docs/architecture.md, guarantee 1, for deliveries: a headless otbridge killed by SIGKILL while it
// is dispatching loses no delivery and creates none twice. Requests that were on the wire at
// the kill may reach the target again after the restart (at-least-once), always with the same
// Idempotency-Key and body.
class tst_DeliveryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineDuringDispatch();
    void killNineRepeatedUnderLoad();
    void secondProcessOnTheSameDataDirIsRefused();
};

namespace {

// One source, "orders", whose events each go to the sink as one HTTP request.
QString writeWorkspace(const QTemporaryDir &dir, const HttpSink &sink)
{
    const QJsonObject workspace = ordersToSinkWorkspace(sink, QStringLiteral("crash test"));
    const QString workspacePath = dir.filePath(QStringLiteral("workspace.json"));
    QFile file(workspacePath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(workspace).toJson());
    return workspacePath;
}

// Two sources: "orders" go to `sink`; "doomed" go to `refusing`, which answers 400, so each
// dies at once and raises delivery.dead, which a rule sends on to `alerts`.
QString writeAlertingWorkspace(const QTemporaryDir &dir, const HttpSink &sink,
                               const HttpSink &refusing, const HttpSink &alerts)
{
    const auto target = [](const char *name, const HttpSink &to) {
        return QJsonObject {{"name", name},
                            {"type", "http"},
                            {"url", QString::fromLatin1(to.url("/in"))},
                            {"delivery", QJsonObject {{"retry_schedule", QJsonArray {0, 1}}}}};
    };
    const auto rule = [](const char *name, const QJsonObject &trigger, const char *target,
                         const char *body) {
        return QJsonObject {
            {"name", name},
            {"trigger", trigger},
            {"actions",
             QJsonArray {QJsonObject {{"type", "http"}, {"target", target}, {"body", body}}}}};
    };
    const QJsonObject workspace {
        {"version", 1},
        {"name", "repeated crash test"},
        {"sources",
         QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}},
                     QJsonObject {{"name", "doomed"}, {"format", "json"}}}},
        {"targets",
         QJsonArray {target("sink", sink), target("refusing", refusing), target("alerts", alerts)}},
        {"rules",
         QJsonArray {rule("orders-to-sink", {{"sources", QJsonArray {"orders"}}}, "sink",
                          R"({"order": {{order}}, "event": "{{event.id}}"})"),
                     rule("doomed-to-refusing", {{"sources", QJsonArray {"doomed"}}}, "refusing",
                          R"({"order": {{order}}, "event": "{{event.id}}"})"),
                     rule("dead-to-alerts", {{"events", QJsonArray {"delivery.dead"}}}, "alerts",
                          R"({"dead": "{{original_event.id}}"})")}},
        {"roles", QJsonArray {}},
    };
    const QString workspacePath = dir.filePath(QStringLiteral("workspace.json"));
    QFile file(workspacePath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(workspace).toJson());
    return workspacePath;
}

// The value of `key` in each request's JSON body, and how many requests carried it.
QHash<QString, int> bodyValues(const HttpSink &sink, const char *key)
{
    QHash<QString, int> seen;
    for (const HttpSink::Request &request : sink.requests())
        ++seen[QJsonDocument::fromJson(request.body).object().value(QLatin1String(key)).toString()];
    return seen;
}

// Every repeat of a request carries the same Idempotency-Key and body; returns how many
// distinct keys there were.
qsizetype distinctKeys(const HttpSink &sink)
{
    QHash<QByteArray, QByteArray> bodyByKey;
    for (const HttpSink::Request &request : sink.requests()) {
        const QByteArray key = request.header("Idempotency-Key");
        if (key.isEmpty())
            return -1;
        const auto it = bodyByKey.constFind(key);
        if (it != bodyByKey.constEnd() && it.value() != request.body)
            return -1;
        bodyByKey.insert(key, request.body);
    }
    return bodyByKey.size();
}

} // namespace

void tst_DeliveryCrash::killNineDuringDispatch()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.setDefault({200, {}, "{}", 100}); // slow enough that the kill lands mid-dispatch

    const QString workspacePath = writeWorkspace(dir, sink);
    QVERIFY(!workspacePath.isEmpty());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QStringList args {QStringLiteral("--workspace"), workspacePath};

    constexpr int events = 300;
    QSet<QString> accepted;
    {
        OtBridgeProcess process;
        QVERIFY2(process.start(dataDir, args), process.output().constData());
        TestHttp::Connection connection;
        QVERIFY(connection.open(process.port()));
        for (int i = 0; i < events; ++i) {
            connection.send(TestHttp::request("POST", "/hooks/orders",
                                              QByteArray::number(i).prepend("{\"order\": ") + "}",
                                              {{"Content-Type", "application/json"}}));
            const TestHttp::Response response = connection.read();
            QCOMPARE(response.status, 202);
            accepted.insert(response.json().value("id").toString());
        }
        // Let dispatch get going, then pull the plug.
        QTRY_VERIFY_WITH_TIMEOUT(sink.count() >= 40, 20000);
        process.kill();
    }
    const qsizetype beforeRestart = sink.count();
    QVERIFY2(beforeRestart < events, "everything was delivered before the kill; nothing tested");

    OtBridgeProcess process;
    QVERIFY2(process.start(dataDir, args), process.output().constData());
    // Every accepted event reaches the target.
    const auto deliveredEvents = [&] {
        QSet<QString> seen;
        for (const HttpSink::Request &request : sink.requests())
            seen.insert(QJsonDocument::fromJson(request.body).object().value("event").toString());
        return seen;
    };
    QTRY_COMPARE_WITH_TIMEOUT(deliveredEvents().size(), accepted.size(), 60000);
    QCOMPARE(deliveredEvents(), accepted);

    // One delivery per event (no job created twice); repeats are the same request.
    QHash<QByteArray, QByteArray> bodyByKey;
    int repeats = 0;
    for (const HttpSink::Request &request : sink.requests()) {
        const QByteArray key = request.header("Idempotency-Key");
        QVERIFY(!key.isEmpty());
        auto it = bodyByKey.constFind(key);
        if (it != bodyByKey.constEnd()) {
            QCOMPARE(request.body, it.value());
            ++repeats;
        } else {
            bodyByKey.insert(key, request.body);
        }
    }
    QCOMPARE(bodyByKey.size(), qsizetype(events));
    qInfo("delivered %d events; %d requests were on the wire at the kill and went again", events,
          repeats);
    QVERIFY(repeats <= 128); // at most what was in flight (Dispatcher::maxInFlight)

    // The status API agrees: each event has exactly one delivery, delivered.
    TestHttp::Connection connection;
    QVERIFY(connection.open(process.port()));
    for (const QString &id : std::as_const(accepted)) {
        QJsonArray deliveries;
        for (int poll = 0; poll < 100; ++poll) {
            connection.send(TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                              {OtBridgeProcess::authorization()}));
            deliveries = connection.read().json().value("deliveries").toArray();
            if (deliveries.size() == 1
                && deliveries.at(0).toObject().value("state").toString() == "delivered")
                break;
            QTest::qWait(50);
        }
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.at(0).toObject().value("state").toString(),
                 QStringLiteral("delivered"));
    }
}

// Issue 12: kill -9 again and again while events come in and deliveries go out. Every event
// acknowledged with 202 reaches its target at least once, repeats carry the same key and body,
// no delivery is created twice, and every delivery that died raised its delivery.dead alert,
// which reached its own target: the outbox loses nothing either.
void tst_DeliveryCrash::killNineRepeatedUnderLoad()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HttpSink sink;
    HttpSink refusing;
    HttpSink alerts;
    QVERIFY(sink.listen() && refusing.listen() && alerts.listen());
    sink.setDefault({200, {}, "{}", 20});
    refusing.setDefault({400, {}, R"({"error":"no"})", 20});
    alerts.setDefault({200, {}, "{}", 20});
    const QString workspacePath = writeAlertingWorkspace(dir, sink, refusing, alerts);
    QVERIFY(!workspacePath.isEmpty());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QStringList args {QStringLiteral("--workspace"), workspacePath};

    constexpr int rounds = 4;
    constexpr int perRound = 120; // one in six doomed
    QSet<QString> orders;
    QSet<QString> doomed;
    int order = 0;
    for (int round = 0; round < rounds; ++round) {
        OtBridgeProcess process;
        QVERIFY2(process.start(dataDir, args), process.output().constData());
        const qsizetype before = sink.count() + refusing.count() + alerts.count();
        TestHttp::Connection connection;
        QVERIFY(connection.open(process.port()));
        for (int i = 0; i < perRound; ++i, ++order) {
            const bool doom = order % 6 == 0;
            connection.send(TestHttp::request("POST", doom ? "/hooks/doomed" : "/hooks/orders",
                                              "{\"order\": " + QByteArray::number(order) + "}",
                                              {{"Content-Type", "application/json"}}));
            const TestHttp::Response response = connection.read();
            QCOMPARE(response.status, 202);
            (doom ? doomed : orders).insert(response.json().value("id").toString());
            // Deliveries are under way while the rest of the round comes in; the kill lands
            // mid-round, with requests on the wire and events still arriving.
            if (i == perRound / 2)
                QTRY_VERIFY_WITH_TIMEOUT(sink.count() + refusing.count() + alerts.count() > before,
                                         20000);
        }
        process.kill();
    }

    OtBridgeProcess process;
    QVERIFY2(process.start(dataDir, args), process.output().constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        QSet<QString>(bodyValues(sink, "event").keyBegin(), bodyValues(sink, "event").keyEnd())
                .contains(orders)
            && QSet<QString>(bodyValues(alerts, "dead").keyBegin(),
                             bodyValues(alerts, "dead").keyEnd())
                   .contains(doomed),
        120000);

    // Everything arrived, nothing arrived that was not sent, and nothing twice under two keys.
    const QHash<QString, int> delivered = bodyValues(sink, "event");
    QCOMPARE(QSet<QString>(delivered.keyBegin(), delivered.keyEnd()), orders);
    const QHash<QString, int> refused = bodyValues(refusing, "event");
    QCOMPARE(QSet<QString>(refused.keyBegin(), refused.keyEnd()), doomed);
    const QHash<QString, int> raised = bodyValues(alerts, "dead");
    QCOMPARE(QSet<QString>(raised.keyBegin(), raised.keyEnd()), doomed);
    QCOMPARE(distinctKeys(sink), orders.size());
    QCOMPARE(distinctKeys(refusing), doomed.size());
    // One alert per dead delivery: the dead state and its internal event commit together.
    QCOMPARE(distinctKeys(alerts), doomed.size());
    qInfo("%d rounds killed with -9: %lld orders and %lld doomed; %lld, %lld and %lld requests "
          "reached the sink, the refusing target and the alerts",
          rounds, qlonglong(orders.size()), qlonglong(doomed.size()), qlonglong(sink.count()),
          qlonglong(refusing.count()), qlonglong(alerts.count()));
}

void tst_DeliveryCrash::secondProcessOnTheSameDataDirIsRefused()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.setDefault({200, {}, "{}", 0});
    const QString workspacePath = writeWorkspace(dir, sink);
    QVERIFY(!workspacePath.isEmpty());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QStringList args {QStringLiteral("--workspace"), workspacePath};

    OtBridgeProcess first;
    QVERIFY2(first.start(dataDir, args), first.output().constData());
    TestHttp::Connection connection;
    QVERIFY(connection.open(first.port()));
    const auto post = [&](int order) {
        connection.send(TestHttp::request("POST", "/hooks/orders",
                                          "{\"order\": " + QByteArray::number(order) + "}",
                                          {{"Content-Type", "application/json"}}));
        return connection.read().status;
    };
    for (int i = 0; i < 20; ++i)
        QCOMPARE(post(i), 202);
    QTRY_COMPARE_WITH_TIMEOUT(sink.count(), qsizetype(20), 20000);

    // The second one, as an operator would start it by mistake: refused before it opens the
    // store, with who holds the directory.
    QProcess second;
    second.setProgram(OtBridgeProcess::binary());
    second.setArguments(QStringList {QStringLiteral("--headless"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                                     dataDir}
                        + args);
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start();
    QVERIFY(second.waitForFinished(10000));
    const QByteArray said = second.readAll();
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 6, said.constData()); // ExitDataDirInUse
    const QByteArray holder = "is in use by another OT Bridge (pid "
        + QByteArray::number(first.process().processId()) + " on ";
    QVERIFY2(said.contains(holder), said.constData());
    QVERIFY2(!said.contains("listening on"), said.constData());

    // The first one is untouched: it takes the next event, and nothing went out twice.
    QCOMPARE(post(20), 202);
    QTRY_COMPARE_WITH_TIMEOUT(sink.count(), qsizetype(21), 20000);
    QSet<QByteArray> keys;
    for (const HttpSink::Request &request : sink.requests())
        keys.insert(request.header("Idempotency-Key"));
    QCOMPARE(keys.size(), qsizetype(21));

    // Once the first has stopped, the directory is free again.
    int exitCode = -1;
    QVERIFY(first.terminate(10000, &exitCode));
    QCOMPARE(exitCode, 0);
    OtBridgeProcess third;
    QVERIFY2(third.start(dataDir, args), third.output().constData());
}

QTEST_MAIN(tst_DeliveryCrash)
#include "tst_deliverycrash.moc"
