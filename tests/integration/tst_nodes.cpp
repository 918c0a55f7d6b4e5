// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsink.h"
#include "httptestclient.h"
#include "otbridgeprocess.h"
#include "postgresqltestserver.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// otbridged nodes on one PostgreSQL database (README, "Running a cluster"; docs/architecture.md,
// "Work shared by nodes"), as an operator runs them: real processes started with --database,
// their password in OTBRIDGE_SECRET_DATABASE_PASSWORD, the suite's own PostgreSQL server (a
// database per test), a real otbridge-sandbox as the OpenText account and a real HTTP endpoint
// on loopback as a target.
class tst_Nodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nodeDeliversThroughOpenTextAndReports();
    void twoNodesDeliverEachEventOnce();
    void threeNodesLoseNothingWhenOneIsKilled();

private:
    // A node on m_database with its own data directory; port 0: any free one.
    std::unique_ptr<OtBridgeProcess> startNode(const QString &name, const QString &workspace,
                                               quint16 port = 0);
    // The number the database answers to sql (one value), or -1 with a warning.
    qint64 count(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresqlTestDatabase> m_database;
};

namespace {

// The sandbox account's client secret, given to the nodes through the environment as a server
// would get it; listed in tests/secrets.txt.
constexpr char sandboxSecret[] = "nodes-sandbox-secret-5b7e";

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &json)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(json).toJson());
    return path;
}

// Use case 1 as shipped (the contract-review rule and the roles of resources/workspace/
// default.json), its OpenText target the sandbox process, and its job status pushed to
// /hooks/opentext-status.
QJsonObject openTextWorkspace(const SandboxProcess &sandbox)
{
    QFile shipped(QStringLiteral(OTBRIDGE_SOURCE_DIR "/resources/workspace/default.json"));
    if (!shipped.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject defaults = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonArray sources;
    for (const QJsonValue &source : defaults.value("sources").toArray()) {
        const QString name = source.toObject().value("name").toString();
        if (name == QLatin1String("contract-review") || name == QLatin1String("opentext-status"))
            sources.append(source);
    }
    QJsonArray rules;
    for (const QJsonValue &rule : defaults.value("rules").toArray()) {
        if (rule.toObject().value("name").toString() == QLatin1String("contract-review"))
            rules.append(rule);
    }
    const QString base = sandbox.baseUrl().toString();
    const QJsonObject account {{"name", "opentext"},
                               {"type", "opentext"},
                               {"messaging_url", QString(base + QStringLiteral("/mra/v1"))},
                               {"auth_url", base},
                               {"tenant_id", "acme"},
                               {"client_id", "otbridge-nodes"},
                               {"secret_ref", "opentext/nodes"}};
    return {{"version", 1},       {"name", "nodes on PostgreSQL"},
            {"sources", sources}, {"targets", QJsonArray {account}},
            {"rules", rules},     {"roles", defaults.value("roles")}};
}

// Orders to one HTTP endpoint: each event one request with the event's id in its body.
QJsonObject httpWorkspace(const HttpSink &sink)
{
    return ordersToSinkWorkspace(sink, QStringLiteral("nodes on PostgreSQL"));
}

// Orders to a slow endpoint (each one request with the event's id in its body), and alerts that
// nobody acknowledges: their escalation's one tier pages another endpoint 20 s after routing (at
// OTBRIDGE_DELAY_SCALE's pace).
QJsonObject clusterWorkspace(const HttpSink &sink, const HttpSink &pager)
{
    const QJsonObject page {{"type", "http"},
                            {"target", "pager"},
                            {"body", R"({"event": "{{event.id}}", "tier": {{escalation.tier}}})"}};
    return {
        {"version", 1},
        {"name", "three nodes"},
        {"sources",
         QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}},
                     QJsonObject {{"name", "alerts"}, {"format", "json"}}}},
        {"targets",
         QJsonArray {sinkTarget("sink", sink, "/orders", 7),
                     sinkTarget("pager", pager, "/page", 7)}},
        {"rules",
         QJsonArray {
             ordersToSinkRule(),
             QJsonObject {
                 {"name", "alerts-escalate"},
                 {"trigger", QJsonObject {{"sources", QJsonArray {"alerts"}}}},
                 {"actions",
                  QJsonArray {QJsonObject {
                      {"type", "escalate"},
                      {"within_seconds", 20},
                      {"tiers", QJsonArray {QJsonObject {{"actions", QJsonArray {page}}}}}}}}}}},
        {"roles", QJsonArray {}},
    };
}

// The event ids the endpoint was asked about, each with how many requests carried it.
QHash<QString, int> eventsSeen(const HttpSink &sink)
{
    QHash<QString, int> seen;
    for (const HttpSink::Request &request : sink.requests())
        ++seen[QJsonDocument::fromJson(request.body).object().value("event").toString()];
    return seen;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QJsonObject status(quint16 port, const QString &id)
{
    return TestHttp::exchange(port,
                              TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                                {OtBridgeProcess::authorization()}))
        .json();
}

} // namespace

void tst_Nodes::init()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<PostgresqlTestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
}

void tst_Nodes::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<OtBridgeProcess> tst_Nodes::startNode(const QString &name, const QString &workspace,
                                                      quint16 port)
{
    auto node = std::make_unique<OtBridgeProcess>();
    node->setProgram(qEnvironmentVariable("OTBRIDGED_BINARY"));
    node->setPort(port);
    node->setEnvironmentValue(QStringLiteral("OTBRIDGE_SECRET_DATABASE_PASSWORD"),
                              m_database->password());
    node->setEnvironmentValue(QStringLiteral("OTBRIDGE_SECRET_OPENTEXT_NODES"),
                              QString::fromLatin1(sandboxSecret));
    if (!node->start(m_dir->filePath(name),
                     {QStringLiteral("--database"), m_database->url(),
                      QStringLiteral("--workspace"), workspace},
                     30000)) {
        qWarning("node %s did not start: %s", qPrintable(name), node->output().constData());
        return nullptr;
    }
    return node;
}

qint64 tst_Nodes::count(const QString &sql, const QVariantList &values) const
{
    const QString connection = QStringLiteral("tst_nodes-count");
    qint64 answer = -1;
    {
        QSqlDatabase db = m_database->connect(connection);
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec() && query.next())
            answer = query.value(0).toLongLong();
        else
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return answer;
}

void tst_Nodes::nodeDeliversThroughOpenTextAndReports()
{
    // One node on PostgreSQL, end to end: a contract webhook stored, routed to an OpenText
    // email, submitted to the sandbox, its job status pushed back and recorded, and the status
    // API saying so; everything in the database, nothing in a SQLite file.
    QVERIFY2(!SandboxProcess::binary().isEmpty(), "OTBRIDGE_SANDBOX_BINARY is not set");
    const quint16 port = freePort();
    QVERIFY(port != 0);
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--client-id"), QStringLiteral("otbridge-nodes"),
                            QStringLiteral("--client-secret"), QString::fromLatin1(sandboxSecret),
                            QStringLiteral("--sent-after-ms"), QStringLiteral("100"),
                            QStringLiteral("--confirmed-after-ms"), QStringLiteral("300"),
                            QStringLiteral("--status-webhook"),
                            QStringLiteral("http://127.0.0.1:%1/hooks/opentext-status").arg(port)}),
             sandbox.output().constData());
    const QString workspace
        = writeJson(*m_dir, QStringLiteral("workspace.json"), openTextWorkspace(sandbox));
    QVERIFY(!workspace.isEmpty());
    const std::unique_ptr<OtBridgeProcess> node
        = startNode(QStringLiteral("node"), workspace, port);
    QVERIFY(node);

    QFile sample(QStringLiteral(OTBRIDGE_SOURCE_DIR "/resources/samples/01-contract-ready.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const TestHttp::Response accepted
        = TestHttp::post(node->port(), "/hooks/contract-review", sample.readAll());
    QCOMPARE(accepted.status, 202);
    const QString id = accepted.json().value("id").toString();
    QVERIFY(!id.isEmpty());

    QJsonObject report;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (report = status(node->port(), id)).value("state") == QLatin1String("delivered")
            && report.value("deliveries").toArray().first().toObject().value("opentext_state")
                == QLatin1String("delivered"),
        QJsonDocument(report).toJson().constData(), 30000);
    const QJsonArray deliveries = report.value("deliveries").toArray();
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject delivery = deliveries.first().toObject();
    QCOMPARE(delivery.value("kind").toString(), QStringLiteral("opentext"));
    QCOMPARE(delivery.value("attempts").toInt(), 1);

    // The sandbox got one email, for legal, about this contract.
    const QJsonArray inbox
        = TestHttp::get(sandbox.port(), "/admin/inbox").json().value("messages").toArray();
    QCOMPARE(inbox.size(), 1);
    const QJsonObject email = inbox.first().toObject().value("email").toObject();
    QVERIFY2(email.value("subject").toString().startsWith(QStringLiteral("Legal review: CTR-")),
             QJsonDocument(email).toJson().constData());
    QCOMPARE(inbox.first().toObject().value("job_id").toString(),
             delivery.value("opentext_job_id").toString());

    // Stored in PostgreSQL: the event, its delivery (the lease ended with the attempt) and the
    // status pushes, which are events of their own; no SQLite file in the data directory.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE id = ?"), {id}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deliveries WHERE event_id = ? "
                                  "AND state = 'delivered' AND opentext_state = 'delivered' "
                                  "AND lease_until IS NULL AND lease_holder = ''"),
                   {id}),
             1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM events WHERE source = 'opentext-status'"))
            >= 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("node/events.sqlite"))));
    int exitCode = -1;
    QVERIFY(node->terminate(10000, &exitCode));
    QCOMPARE(exitCode, 0);
}

void tst_Nodes::twoNodesDeliverEachEventOnce()
{
    // Two nodes, webhooks spread over both listeners: every event reaches the target exactly
    // once, whichever node stored it and whichever sent it.
    HttpSink sink;
    QVERIFY(sink.listen());
    const QString workspace
        = writeJson(*m_dir, QStringLiteral("workspace.json"), httpWorkspace(sink));
    QVERIFY(!workspace.isEmpty());
    const std::unique_ptr<OtBridgeProcess> first = startNode(QStringLiteral("first"), workspace);
    const std::unique_ptr<OtBridgeProcess> second = startNode(QStringLiteral("second"), workspace);
    QVERIFY(first && second);

    constexpr int events = 200;
    QSet<QString> accepted;
    TestHttp::Connection connections[2];
    QVERIFY(connections[0].open(first->port()));
    QVERIFY(connections[1].open(second->port()));
    for (int i = 0; i < events; ++i) {
        TestHttp::Connection &connection = connections[i % 2];
        connection.send(TestHttp::request("POST", "/hooks/orders",
                                          QByteArray::number(i).prepend("{\"order\": ") + "}"));
        const TestHttp::Response response = connection.read();
        QCOMPARE(response.status, 202);
        accepted.insert(response.json().value("id").toString());
    }
    QCOMPARE(accepted.size(), events);

    const auto delivered = [&sink] {
        QSet<QString> seen;
        for (const HttpSink::Request &request : sink.requests())
            seen.insert(QJsonDocument::fromJson(request.body).object().value("event").toString());
        return seen;
    };
    QTRY_COMPARE_WITH_TIMEOUT(delivered().size(), qsizetype(events), 60000);
    QCOMPARE(delivered(), accepted);
    // Exactly once: as many requests as events, each Idempotency-Key once.
    QSet<QByteArray> keys;
    for (const HttpSink::Request &request : sink.requests())
        keys.insert(request.header("Idempotency-Key"));
    QCOMPARE(sink.count(), qsizetype(events));
    QCOMPARE(keys.size(), qsizetype(events));
    // Each attempt is recorded once its answer is in: a moment after the request.
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM deliveries "
                                                   "WHERE state = 'delivered' AND attempts = 1")),
                              qint64(events), 20000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM delivery_attempts")), qint64(events));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE routed = 0")), 0);
}

void tst_Nodes::threeNodesLoseNothingWhenOneIsKilled()
{
    // The issue's proof: webhooks spread over the listeners of nodes A and B; kill -9 of A in the
    // middle of delivering; node C joins after the kill and takes webhooks too. Every event
    // accepted is delivered; a request goes twice only if it was on the wire from A at the kill
    // (same Idempotency-Key, same body), and the other nodes send it again within A's lease of
    // 30 s; the escalation of every alert fires once; C's joining repeats nothing.
    HttpSink sink;
    HttpSink pager;
    QVERIFY(sink.listen());
    QVERIFY(pager.listen());
    // Slow enough that A has requests on the wire when it is killed.
    sink.setDefault({200, {}, "{}", 300});
    const QString workspace
        = writeJson(*m_dir, QStringLiteral("workspace.json"), clusterWorkspace(sink, pager));
    QVERIFY(!workspace.isEmpty());
    // Escalations 20 s after routing at a tenth of the pace: 2 s.
    qputenv("OTBRIDGE_DELAY_SCALE", "0.1");
    std::unique_ptr<OtBridgeProcess> a = startNode(QStringLiteral("a"), workspace);
    const std::unique_ptr<OtBridgeProcess> b = startNode(QStringLiteral("b"), workspace);
    QVERIFY(a && b);

    QSet<QString> orders;
    QSet<QString> alerts;
    const auto post = [](quint16 port, const QByteArray &path, int i) {
        const TestHttp::Response response
            = TestHttp::post(port, path, QByteArray::number(i).prepend("{\"order\": ") + "}");
        return response.status == 202 ? response.json().value("id").toString() : QString();
    };
    for (int i = 0; i < 300; ++i) {
        const QString id = post(i % 2 ? b->port() : a->port(), "/hooks/orders", i);
        QVERIFY2(!id.isEmpty(), "an order was not accepted");
        orders.insert(id);
        if (i % 10 == 0) {
            const QString alert = post(i % 20 ? b->port() : a->port(), "/hooks/alerts", i);
            QVERIFY2(!alert.isEmpty(), "an alert was not accepted");
            alerts.insert(alert);
        }
    }
    // In the middle of delivering: some requests answered, A's others on the wire.
    QTRY_VERIFY_WITH_TIMEOUT(sink.count() >= 60, 30000);
    a->kill();
    const qint64 killedAtMs = sink.elapsedMs();
    const qsizetype beforeKill = sink.count();
    QVERIFY2(eventsSeen(sink).size() < orders.size(),
             "everything was delivered before the kill; nothing tested");

    // C joins, and takes its share of new webhooks with B.
    const std::unique_ptr<OtBridgeProcess> c = startNode(QStringLiteral("c"), workspace);
    QVERIFY(c);
    const qint64 joinedAtMs = sink.elapsedMs();
    for (int i = 300; i < 450; ++i) {
        const QString id = post(i % 2 ? c->port() : b->port(), "/hooks/orders", i);
        QVERIFY2(!id.isEmpty(), "an order was not accepted");
        orders.insert(id);
    }

    // Every accepted event delivered, every alert paged: A's work taken over within its lease.
    QTRY_COMPARE_WITH_TIMEOUT(qsizetype(eventsSeen(sink).size()), orders.size(), 90000);
    QCOMPARE(QSet<QString>(eventsSeen(sink).keyBegin(), eventsSeen(sink).keyEnd()), orders);
    QTRY_COMPARE_WITH_TIMEOUT(qsizetype(eventsSeen(pager).size()), alerts.size(), 60000);
    QCOMPARE(QSet<QString>(eventsSeen(pager).keyBegin(), eventsSeen(pager).keyEnd()), alerts);

    // Repeats: only requests whose first copy reached the sink before the kill, with the same
    // key and body, sent again within A's lease (30 s) and the second a dispatcher waits.
    QHash<QByteArray, HttpSink::Request> firstByKey;
    int repeats = 0;
    qint64 lastRepeatMs = killedAtMs;
    for (const HttpSink::Request &request : sink.requests()) {
        const QByteArray key = request.header("Idempotency-Key");
        QVERIFY(!key.isEmpty());
        const auto first = firstByKey.constFind(key);
        if (first == firstByKey.constEnd()) {
            firstByKey.insert(key, request);
            continue;
        }
        ++repeats;
        QCOMPARE(request.body, first->body);
        QVERIFY2(first->atMs <= killedAtMs,
                 qPrintable(QStringLiteral("a request first sent %1 ms after the kill went again")
                                .arg(first->atMs - killedAtMs)));
        lastRepeatMs = std::max(lastRepeatMs, request.atMs);
    }
    QCOMPARE(firstByKey.size(), orders.size()); // one delivery per event
    const qint64 takeoverMs = lastRepeatMs - killedAtMs;
    qInfo("%lld orders and %lld alerts; %lld requests before the kill, %d sent again after it, "
          "the last %lld ms after it; C joined %lld ms after it",
          qlonglong(orders.size()), qlonglong(alerts.size()), qlonglong(beforeKill), repeats,
          takeoverMs, joinedAtMs - killedAtMs);
    QVERIFY2(takeoverMs <= 32000, qPrintable(QString::number(takeoverMs)));
    QVERIFY(repeats <= 128); // at most what A had in flight (Dispatcher::maxInFlight)

    // Each alert's tier fired once: one page delivery each, one escalation.fired event each;
    // pages themselves repeat only as A's orders do.
    QHash<QByteArray, int> pageKeys;
    for (const HttpSink::Request &request : pager.requests())
        ++pageKeys[request.header("Idempotency-Key")];
    QCOMPARE(pageKeys.size(), alerts.size());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM escalations WHERE state = 'fired'")),
             qint64(alerts.size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deliveries WHERE tier = 1")),
             qint64(alerts.size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE source = 'escalation.fired'")),
             qint64(alerts.size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE routed = 0")), 0);
    qunsetenv("OTBRIDGE_DELAY_SCALE");
}

QTEST_GUILESS_MAIN(tst_Nodes)
#include "tst_nodes.moc"
