// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "event/webhooksignature.h"
#include "httptestclient.h"
#include "store/schemaversion.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;
using TestHttp::Response;

namespace {
// Fake, and listed in tests/secrets.txt so the secret scan looks for it in what tests leave.
constexpr char apiToken[] = "listener-test-api-token-7d2e";
constexpr char guardedSourceToken[] = "listener-test-source-token-41b9";
} // namespace

// Every row of the listener's bad-input table, over real loopback sockets, against a real engine
// (listener on its ingest thread, SQLite store on its writer thread).
class tst_WebhookListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signedSourceVerifiesBeforeStoring();
    void refusesToListenBeyondLoopbackWithoutAuth();
    void apiKeyInACustomHeaderIsNotStored();

    void acceptsAndStoresAnEvent();
    void redactsSecretHeaders();
    void duplicateKeyAnswersFirstId_data();
    void duplicateKeyAnswersFirstId();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void refusesOversizedBodyBeforeReadingIt();
    void refusesOversizedHeaders();
    void acceptsChunkedBody();
    void keepsConnectionAliveAcrossRequests();
    void closesSlowClientWithoutHurtingOthers();
    void capsConnectionsPerPeer();
    void answers503WhenStoreIsFull();
    void answers503WhenStoreIsLocked();
    void healthReportsStore();
    void rejectionsReachTheConsoleFeed();
    void apiNeedsTheToken_data();
    void apiNeedsTheToken();
    void apiWithoutConfiguredTokenSaysHowToSetOne();
    void operationalEndpointAccess_data();
    void operationalEndpointAccess();
    void metricsCountAnswers();
    void authRefusalsReachTheConsoleAsRejected();
    void capsBytesHeldForUnfinishedRequests();

private:
    void startEngine(const EngineOptions &options = {});
    qint64 storedCount() { return m_engine->store()->count(); }
    quint16 port() const { return quint16(m_engine->url().port()); }
    Response apiGet(const QByteArray &path)
    {
        return TestHttp::exchange(
            port(),
            TestHttp::request("GET", path, {},
                              {{"Authorization", QByteArray("Bearer ") + apiToken}}));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
};

void tst_WebhookListener::initTestCase()
{
    qputenv("OTBRIDGE_SECRET_API_TOKEN", apiToken);
}

void tst_WebhookListener::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_WebhookListener::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

void tst_WebhookListener::startEngine(const EngineOptions &given)
{
    EngineOptions options = given;
    options.dataDir = m_dir->path();
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    m_engine = std::make_unique<Engine>();
    const auto url = m_engine->start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
}

void tst_WebhookListener::signedSourceVerifiesBeforeStoring()
{
    qputenv("OTBRIDGE_SECRET_ORDERS_SIGNING", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "orders", "auth":
        {"type": "standard-webhooks", "secret": "orders-signing"}}]})");
    file.close();
    EngineOptions options;
    options.workspacePath = path;
    startEngine(options);

    const QByteArray key
        = StandardWebhooks::decodeSecret(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
              .value();
    const QByteArray body = R"({"order": 7})";
    const auto signedHeaders = [&](const QByteArray &id, qint64 at, const QByteArray &signedBody) {
        return QList<QPair<QByteArray, QByteArray>> {
            {"webhook-id", id},
            {"webhook-timestamp", QByteArray::number(at)},
            {"webhook-signature", StandardWebhooks::sign(key, id, at, signedBody)}};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The secret is read asynchronously: until then the source answers 503 (and stores
    // nothing).
    Response first;
    for (int attempt = 0; attempt < 100; ++attempt) {
        first = TestHttp::post(port(), "/hooks/orders", body, signedHeaders("msg_1", now, body));
        if (first.status != 503)
            break;
        QTest::qWait(50);
    }
    QCOMPARE(first.status, 202);
    QCOMPARE(storedCount(), 1);

    const Response tampered = TestHttp::post(port(), "/hooks/orders", R"({"order": 8})",
                                             signedHeaders("msg_2", now, body));
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.json().value(QLatin1String("error")).toString(),
             QStringLiteral("signature mismatch"));
    const Response stale
        = TestHttp::post(port(), "/hooks/orders", body, signedHeaders("msg_3", now - 600, body));
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.json().value(QLatin1String("error")).toString(),
             QStringLiteral("timestamp outside tolerance"));
    const Response unsigned_ = TestHttp::post(port(), "/hooks/orders", body);
    QCOMPARE(unsigned_.status, 401);
    // Nothing refused was stored; the first event is still there.
    QCOMPARE(storedCount(), 1);
    qunsetenv("OTBRIDGE_SECRET_ORDERS_SIGNING");
}

void tst_WebhookListener::apiKeyInACustomHeaderIsNotStored()
{
    // A header name the generic redaction cannot guess: the source's auth names it.
    qputenv("OTBRIDGE_SECRET_PARTNER_KEY", "partner-api-key-8c3f");
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "partner", "auth":
        {"type": "api-key", "header": "X-Partner-Pass", "secret": "partner-key"}}]})");
    file.close();
    EngineOptions options;
    options.workspacePath = path;
    startEngine(options);

    Response accepted;
    for (int attempt = 0; attempt < 100; ++attempt) {
        accepted = TestHttp::post(port(), "/hooks/partner", "{}",
                                  {{"X-Partner-Pass", "partner-api-key-8c3f"}});
        if (accepted.status != 503)
            break;
        QTest::qWait(50);
    }
    QCOMPARE(accepted.status, 202);
    const std::optional<Event> stored = m_engine->store()->event(
        QUuid::fromString(accepted.json().value(QLatin1String("id")).toString()));
    QVERIFY(stored);
    QCOMPARE(headerValue(stored->headers, "x-partner-pass"), QByteArray("[redacted]"));
    qunsetenv("OTBRIDGE_SECRET_PARTNER_KEY");
}

void tst_WebhookListener::refusesToListenBeyondLoopbackWithoutAuth()
{
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    m_engine = std::make_unique<Engine>();
    const auto url = m_engine->start(options);
    QVERIFY(!url.ok());
    QVERIFY2(url.error().startsWith(QStringLiteral(
                 "source 'test' has no authentication, and 0.0.0.0 is reachable beyond this "
                 "machine: give the source an \"auth\" in the workspace")),
             qPrintable(url.error()));
    QVERIFY(!m_engine->isRunning());
}

void tst_WebhookListener::acceptsAndStoresAnEvent()
{
    startEngine();
    const Response response = TestHttp::post(port(), "/hooks/test", R"({"hello":"world","n":3})");
    QCOMPARE(response.status, 202);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    const QString id = response.json().value(QLatin1String("id")).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(QUuid::fromString(id).toRfc4122().at(6) >> 4, 7); // Qt 6.4 predates v7

    // 202 means committed: the event is readable at once, by another connection.
    QCOMPARE(storedCount(), 1);
    const Response stored = apiGet("/api/v1/events/" + id.toLatin1());
    QCOMPARE(stored.status, 200);
    const QJsonObject event = stored.json();
    QCOMPARE(event.value(QLatin1String("id")).toString(), id);
    QCOMPARE(event.value(QLatin1String("source")).toString(), QStringLiteral("test"));
    // Routing runs right after the commit (no rule matches this source): either state is true.
    const QString state = event.value(QLatin1String("state")).toString();
    QVERIFY2(state == QLatin1String("received") || state == QLatin1String("routed"),
             qPrintable(state));
    QCOMPARE(event.value(QLatin1String("body")).toObject().value(QLatin1String("hello")).toString(),
             QStringLiteral("world"));
    QVERIFY(QDateTime::fromString(event.value(QLatin1String("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

    QCOMPARE(
        apiGet("/api/v1/events/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1())
            .status,
        404);
}

void tst_WebhookListener::redactsSecretHeaders()
{
    startEngine();
    const Response response = TestHttp::post(port(), "/hooks/test", "{}",
                                             {{"Authorization", "Bearer s3cr3t-token"},
                                              {"Cookie", "session=s3cr3t-cookie"},
                                              {"webhook-signature", "v1,s3cr3t-signature"},
                                              {"X-Hub-Signature-256", "sha256=s3cr3t-hmac"},
                                              {"X-Request-Id", "visible-42"}});
    QCOMPARE(response.status, 202);
    const QByteArray id = response.json().value(QLatin1String("id")).toString().toLatin1();
    const Response stored = apiGet("/api/v1/events/" + id);
    QCOMPARE(stored.status, 200);
    QVERIFY2(!stored.body.contains("s3cr3t"), stored.body.constData());
    QHash<QString, QString> headers;
    for (const QJsonValue &header : stored.json().value(QLatin1String("headers")).toArray())
        headers.insert(header[QLatin1String("name")].toString().toLower(),
                       header[QLatin1String("value")].toString());
    QCOMPARE(headers.value(QStringLiteral("authorization")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("cookie")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("webhook-signature")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("x-hub-signature-256")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("x-request-id")), QStringLiteral("visible-42"));

    // Nor does the secret sit anywhere in the database files.
    m_engine->stop();
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(QDir(m_dir->path()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("s3cr3t"), qPrintable(name));
    }
}

void tst_WebhookListener::duplicateKeyAnswersFirstId_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addRow("Idempotency-Key") << QByteArray("Idempotency-Key");
    QTest::addRow("webhook-id") << QByteArray("webhook-id");
}

void tst_WebhookListener::duplicateKeyAnswersFirstId()
{
    QFETCH(QByteArray, header);
    startEngine();
    const Response first = TestHttp::post(port(), "/hooks/test", R"({"n":1})", {{header, "key-1"}});
    QCOMPARE(first.status, 202);
    const Response again = TestHttp::post(port(), "/hooks/test", R"({"n":2})", {{header, "key-1"}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("id")), first.json().value(QLatin1String("id")));
    QCOMPARE(again.json().value(QLatin1String("duplicate")).toBool(), true);
    QCOMPARE(storedCount(), 1);
    // The first body is what stays.
    const Response stored
        = apiGet("/api/v1/events/" + first.json().value(QLatin1String("id")).toString().toLatin1());
    QCOMPARE(
        stored.json().value(QLatin1String("body")).toObject().value(QLatin1String("n")).toInt(), 1);

    // The same key from another source is another event.
    QCOMPARE(TestHttp::post(port(), "/hooks/approvals", R"({"n":3})", {{header, "key-1"}}).status,
             202);
    QCOMPARE(storedCount(), 2);
}

void tst_WebhookListener::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("allow");

    QTest::addRow("unknown source")
        << TestHttp::request("POST", "/hooks/no-such-source", "{}") << 404
        << QStringLiteral("unknown source 'no-such-source'") << QByteArray();
    QTest::addRow("not JSON") << TestHttp::request("POST", "/hooks/test", R"({"a": tru})") << 400
                              << QStringLiteral(
                                     "the body is not valid JSON: illegal value at offset 7")
                              << QByteArray();
    QTest::addRow("truncated JSON")
        << TestHttp::request("POST", "/hooks/test", R"({"a": [1, 2)") << 400
        << QStringLiteral("the body is not valid JSON: invalid termination by number at offset 11")
        << QByteArray();
    QTest::addRow("empty body") << TestHttp::request("POST", "/hooks/test", "") << 400
                                << QStringLiteral("the body is empty; source 'test' expects JSON")
                                << QByteArray();
    QTest::addRow("text/plain")
        << TestHttp::request("POST", "/hooks/test", "{}", {{"Content-Type", "text/plain"}}) << 415
        << QStringLiteral("source 'test' accepts application/json, not text/plain") << QByteArray();
    QTest::addRow("no Content-Type")
        << TestHttp::request("POST", "/hooks/test", "{}", {}) << 415
        << QStringLiteral(
               "source 'test' accepts application/json, not a request without Content-Type")
        << QByteArray();
    QTest::addRow("GET on a hook")
        << TestHttp::request("GET", "/hooks/test", {}, {}) << 405
        << QStringLiteral("method GET is not allowed here; use POST") << QByteArray("POST");
    QTest::addRow("PUT on a hook")
        << TestHttp::request("PUT", "/hooks/test", "{}") << 405
        << QStringLiteral("method PUT is not allowed here; use POST") << QByteArray("POST");
    QTest::addRow("DELETE on an event")
        << TestHttp::request("DELETE", "/api/v1/events/x", {}, {}) << 405
        << QStringLiteral("method DELETE is not allowed here; use GET") << QByteArray("GET");
    QTest::addRow("unknown path") << TestHttp::request("GET", "/admin", {}, {}) << 404
                                  << QStringLiteral("no endpoint at /admin") << QByteArray();
    QTest::addRow("malformed request line")
        << QByteArray("POST /hooks/test\r\n\r\n") << 400 << QStringLiteral("malformed request line")
        << QByteArray();
    QTest::addRow("smuggling shape")
        << TestHttp::request(
               "POST", "/hooks/test", "{}",
               {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}})
        << 400 << QStringLiteral("both Content-Length and Transfer-Encoding given") << QByteArray();
}

void tst_WebhookListener::rejectsBadInput()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, allow);

    startEngine();
    QCOMPARE(TestHttp::post(port(), "/hooks/test", R"({"kept":true})").status, 202);

    const Response response = TestHttp::exchange(port(), request);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    QCOMPARE(response.json().value(QLatin1String("error")).toString(), error);
    QCOMPARE(response.header("allow"), allow);
    // Nothing new stored, nothing stored lost.
    QCOMPARE(storedCount(), 1);
    // And the listener still serves.
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
}

void tst_WebhookListener::refusesOversizedBodyBeforeReadingIt()
{
    EngineOptions options;
    options.limits.maxBodyBytes = 64 * 1024;
    startEngine(options);

    // Only the head is sent: the answer must come without the body ever arriving.
    TestHttp::Connection connection;
    QVERIFY(connection.open(port()));
    connection.send("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 65537\r\n\r\n");
    const Response response = connection.read(3000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.json().value(QLatin1String("error")).toString(),
             QStringLiteral("request body of 65537 bytes exceeds the limit of 65536 bytes"));
    QVERIFY(connection.waitForClose(3000));

    // Exactly at the limit is fine.
    QByteArray body = R"({"pad":")" + QByteArray(64 * 1024 - 10, 'x') + R"("})";
    QCOMPARE(body.size(), 64 * 1024);
    QCOMPARE(TestHttp::post(port(), "/hooks/test", body).status, 202);
    QCOMPARE(storedCount(), 1);

    // A client that sends a big body anyway still gets its 413, not a reset.
    const Response pushed = TestHttp::post(port(), "/hooks/test", QByteArray(200 * 1024, ' '));
    QCOMPARE(pushed.status, 413);
    QCOMPARE(storedCount(), 1);
}

void tst_WebhookListener::refusesOversizedHeaders()
{
    startEngine();
    const QByteArray big(17 * 1024, 'a');
    const Response response = TestHttp::exchange(
        port(),
        TestHttp::request("POST", "/hooks/test", "{}",
                          {{"Content-Type", "application/json"}, {"X-Big", big}}));
    QCOMPARE(response.status, 431);
    QCOMPARE(response.json().value(QLatin1String("error")).toString(),
             QStringLiteral("request header fields exceed 16384 bytes"));

    // The guard answers even if the empty line never comes.
    TestHttp::Connection endless;
    QVERIFY(endless.open(port()));
    endless.send("POST /hooks/test HTTP/1.1\r\nX-Flood: " + QByteArray(20 * 1024, 'b'));
    QCOMPARE(endless.read(3000).status, 431);
    QCOMPARE(storedCount(), 0);

    // Just under the limit passes.
    const QByteArray fits(15 * 1024, 'c');
    QCOMPARE(TestHttp::exchange(
                 port(),
                 TestHttp::request("POST", "/hooks/test", "{}",
                                   {{"Content-Type", "application/json"}, {"X-Fits", fits}}))
                 .status,
             202);
}

void tst_WebhookListener::acceptsChunkedBody()
{
    startEngine();
    const QByteArray request
        = "POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          "Transfer-Encoding: chunked\r\n\r\n"
          "7\r\n{\"a\": 1\r\n"
          "1;ext=1\r\n}\r\n"
          "0\r\n\r\n";
    const Response response = TestHttp::exchange(port(), request);
    QCOMPARE(response.status, 202);
    const Response stored = apiGet(
        "/api/v1/events/" + response.json().value(QLatin1String("id")).toString().toLatin1());
    QCOMPARE(
        stored.json().value(QLatin1String("body")).toObject().value(QLatin1String("a")).toInt(), 1);

    EngineOptions small;
    small.limits.maxBodyBytes = 100;
    m_engine.reset();
    startEngine(small);
    QByteArray tooBig = "POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 5; ++i)
        tooBig += "20\r\n" + QByteArray(32, ' ') + "\r\n";
    tooBig += "0\r\n\r\n";
    QCOMPARE(TestHttp::exchange(port(), tooBig).status, 413);
}

void tst_WebhookListener::keepsConnectionAliveAcrossRequests()
{
    startEngine();
    TestHttp::Connection connection;
    QVERIFY(connection.open(port()));
    QSet<QString> ids;
    for (int i = 0; i < 20; ++i) {
        connection.send(TestHttp::request("POST", "/hooks/test",
                                          QByteArray::number(i).prepend("[").append("]")));
        const Response response = connection.read();
        QCOMPARE(response.status, 202);
        ids.insert(response.json().value(QLatin1String("id")).toString());
    }
    // A 400 keeps the connection too: only guard-level refusals close it.
    connection.send(TestHttp::request("POST", "/hooks/test", "{"));
    QCOMPARE(connection.read().status, 400);
    connection.send(TestHttp::request("GET", "/health", {}, {}));
    QCOMPARE(connection.read().status, 200);

    // Two requests in one write (pipelining) are answered in order.
    connection.send(TestHttp::request("POST", "/hooks/test", "[100]")
                    + TestHttp::request("POST", "/hooks/test", "[101]"));
    const Response first = connection.read();
    const Response second = connection.read();
    QCOMPARE(first.status, 202);
    QCOMPARE(second.status, 202);
    ids.insert(first.json().value(QLatin1String("id")).toString());
    ids.insert(second.json().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 22);
    QCOMPARE(storedCount(), 22);
    QVERIFY(first.json().value(QLatin1String("id")).toString()
            < second.json().value(QLatin1String("id")).toString());
}

void tst_WebhookListener::closesSlowClientWithoutHurtingOthers()
{
    EngineOptions options;
    options.limits.requestTimeoutMs = 800;
    startEngine(options);

    QElapsedTimer timer;
    timer.start();
    TestHttp::Connection slow;
    QVERIFY(slow.open(port()));
    slow.send("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: "
              "application/json\r\nContent-Length: 10\r\n\r\n{\"a\"");

    // While it dawdles, others are served: none of them waits for it.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
    if (timer.elapsed() < 700) { // on a loaded machine the deadline may already have passed
        QCOMPARE(slow.socket().state(), QAbstractSocket::ConnectedState);
        QCOMPARE(slow.socket().bytesAvailable(), 0);
    }

    const Response response = slow.read(3000);
    QCOMPARE(response.status, 408);
    QCOMPARE(response.json().value(QLatin1String("error")).toString(),
             QStringLiteral("request not complete within 800 ms"));
    QVERIFY(slow.waitForClose(3000));
    QVERIFY2(timer.elapsed() >= 700, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(storedCount(), 5);

    // A connection that never says anything is closed quietly.
    TestHttp::Connection silent;
    QVERIFY(silent.open(port()));
    QVERIFY(silent.waitForClose(3000));
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
}

void tst_WebhookListener::capsConnectionsPerPeer()
{
    EngineOptions options;
    options.limits.maxConnectionsPerPeer = 4;
    startEngine(options);

    std::vector<std::unique_ptr<TestHttp::Connection>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<TestHttp::Connection>());
        QVERIFY(held.back()->open(port()));
        // An answer proves the listener accepted this one before the next arrives.
        held.back()->send(TestHttp::request("GET", "/health", {}, {}));
        QCOMPARE(held.back()->read().status, 200);
    }

    TestHttp::Connection extra;
    QVERIFY(extra.open(port()));
    extra.send(TestHttp::request("POST", "/hooks/test", "{}"));
    const Response refused = extra.read(3000);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("too many connections from 127.0.0.1 (limit 4)"));
    QVERIFY(extra.waitForClose(3000));

    // The four already connected are unaffected.
    for (auto &connection : held) {
        connection->send(TestHttp::request("POST", "/hooks/test", "{}"));
        QCOMPARE(connection->read().status, 202);
    }
    QCOMPARE(storedCount(), 4);

    // Once one goes, a new one is welcome.
    held.pop_back();
    QList<int> answers;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15000) {
        const Response response = TestHttp::post(port(), "/hooks/test", "{}");
        answers.append(response.closed ? -1 : response.status);
        if (response.status == 202)
            break;
        QTest::qWait(50);
    }
    // QTest::toString hands over a new[] string; owned here so the check does not leak it.
    const std::unique_ptr<char[]> seen(QTest::toString(answers));
    QVERIFY2(answers.last() == 202, seen.get());
}

void tst_WebhookListener::answers503WhenStoreIsFull()
{
    EngineOptions options;
    options.maxStoreBytes = 256 * 1024; // the empty schema takes about 100 KiB
    startEngine(options);

    const QByteArray body = R"({"pad":")" + QByteArray(20 * 1024, 'x') + R"("})";
    QStringList accepted;
    Response full;
    for (int i = 0; i < 20; ++i) {
        const Response response = TestHttp::post(port(), "/hooks/test", body);
        if (response.status == 202) {
            accepted.append(response.json().value(QLatin1String("id")).toString());
            continue;
        }
        full = response;
        break;
    }
    QVERIFY(!accepted.isEmpty());
    QCOMPARE(full.status, 503);
    QCOMPARE(full.header("retry-after"), QByteArray("5"));
    QVERIFY2(
        full.json()
            .value(QLatin1String("error"))
            .toString()
            .startsWith(QLatin1String("the event store cannot commit: database or disk is full")),
        full.body.constData());

    // Everything answered 2xx is still there, and nothing else.
    QCOMPARE(storedCount(), accepted.size());
    for (const QString &id : std::as_const(accepted))
        QCOMPARE(apiGet("/api/v1/events/" + id.toLatin1()).status, 200);
    const Response health = TestHttp::get(port(), "/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
    QCOMPARE(health.json()
                 .value(QLatin1String("store"))
                 .toObject()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("failing"));

    // Once there is room again (here: a larger cap, as when a disk is cleared), the same store
    // takes webhooks again with everything it had. Whether a tiny event still fits into a full
    // store depends on how SQLite laid out its last pages, so that is not asserted.
    m_engine.reset();
    options.maxStoreBytes = 4 * 1024 * 1024;
    startEngine(options);
    const Response small = TestHttp::post(port(), "/hooks/test", "{}");
    QVERIFY2(small.status == 202, small.body.constData());
    QCOMPARE(storedCount(), accepted.size() + 1);
    for (const QString &id : std::as_const(accepted))
        QCOMPARE(apiGet("/api/v1/events/" + id.toLatin1()).status, 200);
}

void tst_WebhookListener::answers503WhenStoreIsLocked()
{
    EngineOptions options;
    options.storeBusyTimeoutMs = 300;
    startEngine(options);
    QCOMPARE(TestHttp::post(port(), "/hooks/test", R"({"before":1})").status, 202);

    // Another process holds the write lock, as a backup tool or a stuck second instance might.
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(QDir(m_dir->path()).filePath(Engine::storeFileName()));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        const Response response = TestHttp::post(port(), "/hooks/test", R"({"during":1})");
        QCOMPARE(response.status, 503);
        QCOMPARE(response.header("retry-after"), QByteArray("5"));
        QVERIFY2(response.json()
                     .value(QLatin1String("error"))
                     .toString()
                     .contains(QLatin1String("locked")),
                 response.body.constData());

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));

    QCOMPARE(TestHttp::post(port(), "/hooks/test", R"({"after":1})").status, 202);
    QCOMPARE(storedCount(), 2);
}

void tst_WebhookListener::healthReportsStore()
{
    startEngine();
    const Response health = TestHttp::get(port(), "/health");
    QCOMPARE(health.status, 200);
    const QJsonObject json = health.json();
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QLatin1String("store")).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(json.value(QLatin1String("store"))
                 .toObject()
                 .value(QLatin1String("schema_version"))
                 .toInt(),
             currentSchemaVersion);
}

void tst_WebhookListener::rejectionsReachTheConsoleFeed()
{
    startEngine();
    QList<EventSummary> seen;
    connect(m_engine.get(), &Engine::activity, this,
            [&seen](const QList<EventSummary> &batch) { seen += batch; });

    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
    QCOMPARE(TestHttp::post(port(), "/hooks/nope", "{}").status, 404);
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "nope").status, 400);
    QTRY_COMPARE(seen.size(), 3);

    QCOMPARE(seen.at(0).rejected, false);
    QCOMPARE(seen.at(0).httpStatus, 202);
    QCOMPARE(seen.at(0).source, QStringLiteral("test"));
    QVERIFY(!seen.at(0).id.isNull());
    QCOMPARE(seen.at(1).rejected, true);
    QCOMPARE(seen.at(1).httpStatus, 404);
    QCOMPARE(seen.at(1).source, QStringLiteral("nope"));
    QCOMPARE(seen.at(1).detail, QStringLiteral("unknown source 'nope'"));
    QCOMPARE(seen.at(2).rejected, true);
    QCOMPARE(seen.at(2).httpStatus, 400);
    QVERIFY(seen.at(2).id.isNull());
    QCOMPARE(storedCount(), 1);
}

void tst_WebhookListener::apiNeedsTheToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString missing = QStringLiteral("this endpoint needs \"Authorization: Bearer <token>\"");
    const QString invalid = QStringLiteral("the API token is not valid");
    for (const auto &[method, path] :
         {std::pair<QByteArray, QByteArray>("GET",
                                            "/api/v1/events/0190a0b2-0000-7000-8000-000000000000"),
          std::pair<QByteArray, QByteArray>(
              "POST", "/api/v1/events/0190a0b2-0000-7000-8000-000000000000/ack"),
          std::pair<QByteArray, QByteArray>(
              "POST", "/api/v1/events/0190a0b2-0000-7000-8000-000000000000/retry"),
          std::pair<QByteArray, QByteArray>("POST", "/api/v1/deliveries/replay")}) {
        const QByteArray name = method + ' ' + path.left(28);
        QTest::addRow("%s: none", name.constData())
            << method << path << QByteArray() << 401 << missing;
        QTest::addRow("%s: wrong", name.constData())
            << method << path << QByteArray("Bearer not-the-token") << 401 << invalid;
        QTest::addRow("%s: basic", name.constData())
            << method << path << QByteArray("Basic dXNlcjpwYXNz") << 401 << invalid;
        QTest::addRow("%s: prefix", name.constData())
            << method << path << QByteArray("Bearer ") + QByteArray(apiToken).chopped(1) << 401
            << invalid;
    }
    // With the token the request gets through to the endpoint itself.
    QTest::addRow("GET with token")
        << QByteArray("GET") << QByteArray("/api/v1/events/0190a0b2-0000-7000-8000-000000000000")
        << QByteArray("Bearer ") + apiToken << 404
        << QStringLiteral("no event 0190a0b2-0000-7000-8000-000000000000");
    QTest::addRow("GET with token, scheme in capitals")
        << QByteArray("GET") << QByteArray("/api/v1/events/0190a0b2-0000-7000-8000-000000000000")
        << QByteArray("BEARER ") + apiToken << 404
        << QStringLiteral("no event 0190a0b2-0000-7000-8000-000000000000");
    QTest::addRow("replay with token")
        << QByteArray("POST") << QByteArray("/api/v1/deliveries/replay")
        << QByteArray("Bearer ") + apiToken << 400
        << QStringLiteral("send {\"ids\": [\"…\"]} or {\"target\": \"name\", \"since\": "
                          "\"2026-11-29T08:00:00Z\"}");
}

void tst_WebhookListener::apiNeedsTheToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, error);

    startEngine();
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Response response
        = TestHttp::exchange(port(), TestHttp::request(method, path, {}, headers));
    QCOMPARE(response.status, status);
    QCOMPARE(response.json().value(QLatin1String("error")).toString(), error);
    QCOMPARE(response.header("www-authenticate"),
             status == 401 ? QByteArray("Bearer") : QByteArray());
}

void tst_WebhookListener::apiWithoutConfiguredTokenSaysHowToSetOne()
{
    qunsetenv("OTBRIDGE_SECRET_API_TOKEN");
    startEngine();
    qputenv("OTBRIDGE_SECRET_API_TOKEN", apiToken);
    const QString howTo = QStringLiteral(
        "this endpoint needs an API token: set OTBRIDGE_SECRET_API_TOKEN, or store one under "
        "\"api-token\" in the keychain, and send it as \"Authorization: Bearer <token>\"");
    // The keychain is asked first (and has nothing, or is not there): 503 until it answers.
    Response read;
    QElapsedTimer waited;
    waited.start();
    do {
        read = TestHttp::exchange(
            port(),
            TestHttp::request("GET", "/api/v1/events/0190a0b2-0000-7000-8000-000000000000", {},
                              {}));
        if (read.status != 503)
            break;
        QCOMPARE(read.header("retry-after"), QByteArray("1"));
        QTest::qWait(50);
    } while (waited.elapsed() < 30000);
    QCOMPARE(read.status, 403);
    QCOMPARE(read.json().value(QLatin1String("error")).toString(), howTo);
    // Reading is no more open than writing; a token sent anyway changes nothing.
    const Response ack = TestHttp::exchange(
        port(),
        TestHttp::request("POST", "/api/v1/events/0190a0b2-0000-7000-8000-000000000000/ack", {},
                          {{"Authorization", QByteArray("Bearer ") + apiToken}}));
    QCOMPARE(ack.status, 403);
    QCOMPARE(ack.json().value(QLatin1String("error")).toString(), howTo);
    // Webhooks are not the API: they still go in.
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
}

void tst_WebhookListener::operationalEndpointAccess_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("access");
    QTest::addColumn<int>("withoutToken");
    QTest::addColumn<int>("withToken");

    for (const char *name : {"/health", "/metrics"}) {
        const QByteArray path(name);
        QTest::addRow("%s off", path.constData()) << path << QStringLiteral("off") << 404 << 404;
        QTest::addRow("%s open", path.constData()) << path << QStringLiteral("open") << 200 << 200;
        QTest::addRow("%s token", path.constData())
            << path << QStringLiteral("token") << 401 << 200;
    }
    // Unset: health open; metrics open because the listener is on loopback.
    QTest::addRow("defaults /health") << QByteArray("/health") << QString() << 200 << 200;
    QTest::addRow("defaults /metrics") << QByteArray("/metrics") << QString() << 200 << 200;
}

void tst_WebhookListener::operationalEndpointAccess()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, access);
    QFETCH(int, withoutToken);
    QFETCH(int, withToken);

    EngineOptions options;
    if (!access.isEmpty()) {
        const EndpointAccess parsed = parseEndpointAccess(access).value();
        // The other endpoint stays open, to show the setting is per endpoint.
        if (path == "/health")
            options.healthAccess = parsed;
        else
            options.metricsAccess = parsed;
    }
    startEngine(options);
    const Response anonymous = TestHttp::exchange(port(), TestHttp::request("GET", path, {}, {}));
    QCOMPARE(anonymous.status, withoutToken);
    const Response authorized = TestHttp::exchange(
        port(),
        TestHttp::request("GET", path, {}, {{"Authorization", QByteArray("Bearer ") + apiToken}}));
    QCOMPARE(authorized.status, withToken);
    if (withoutToken == 404)
        QCOMPARE(anonymous.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("no endpoint at ") + QString::fromLatin1(path));
    if (withoutToken == 401)
        QCOMPARE(anonymous.header("www-authenticate"), QByteArray("Bearer"));
    if (withToken == 200 && path == "/metrics") {
        QCOMPARE(authorized.header("content-type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY2(authorized.body.contains("\notbridge_listener_connections "),
                 authorized.body.constData());
    }
    const QByteArray other = path == "/health" ? "/metrics" : "/health";
    QCOMPARE(TestHttp::exchange(port(), TestHttp::request("GET", other, {}, {})).status, 200);
    // Only GET.
    const Response post = TestHttp::exchange(port(), TestHttp::request("POST", path, "{}"));
    QCOMPARE(post.status, withoutToken == 404 ? 404 : 405);
}

void tst_WebhookListener::metricsCountAnswers()
{
    startEngine();
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
    QCOMPARE(TestHttp::post(port(), "/hooks/none", "{}").status, 404);
    const Response metrics = TestHttp::get(port(), "/metrics");
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("\notbridge_listener_requests_total{code=\"202\"} 2\n"),
             metrics.body.constData());
    QVERIFY2(metrics.body.contains("\notbridge_listener_requests_total{code=\"404\"} 1\n"),
             metrics.body.constData());
    QVERIFY2(metrics.body.contains("# TYPE otbridge_listener_requests_total counter\n"),
             metrics.body.constData());
    // The engine's figures follow, from its sample about once a second.
    QTRY_VERIFY_WITH_TIMEOUT(
        TestHttp::get(port(), "/metrics").body.contains("\notbridge_events_received_total 2\n"),
        5000);
    const QByteArray engine = TestHttp::get(port(), "/metrics").body;
    QVERIFY2(engine.contains("# TYPE otbridge_events_per_second gauge\n"), engine.constData());
    QVERIFY2(engine.contains("\notbridge_deliveries_delivered_total "), engine.constData());
}

void tst_WebhookListener::authRefusalsReachTheConsoleAsRejected()
{
    qputenv("OTBRIDGE_SECRET_GUARDED_TOKEN", guardedSourceToken);
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "guarded", "auth":
        {"type": "bearer", "secret": "guarded-token"}}]})");
    file.close();
    EngineOptions options;
    options.workspacePath = path;
    startEngine(options);
    QList<EventSummary> seen;
    connect(m_engine.get(), &Engine::activity, this,
            [&seen](const QList<EventSummary> &batch) { seen += batch; });

    // The source's secret is read asynchronously (503 until then).
    QTRY_COMPARE_WITH_TIMEOUT(
        TestHttp::post(port(), "/hooks/guarded", "{}", {{"Authorization", "Bearer wrong"}}).status,
        401, 10000);
    QCOMPARE(TestHttp::post(port(), "/hooks/guarded", "{}",
                            {{"Authorization", QByteArray("Bearer ") + guardedSourceToken}})
                 .status,
             202);
    QCOMPARE(apiGet("/api/v1/deliveries/replay").status, 405);
    QCOMPARE(TestHttp::exchange(port(),
                                TestHttp::request("GET", "/api/v1/events/x", {},
                                                  {{"Authorization", "Bearer not-the-api-token"}}))
                 .status,
             401);

    QTRY_VERIFY(!seen.isEmpty() && seen.last().httpStatus == 401 && seen.last().source.isEmpty());
    const auto refusal = std::find_if(seen.cbegin(), seen.cend(), [](const EventSummary &s) {
        return s.source == QLatin1String("guarded") && s.httpStatus == 401;
    });
    QVERIFY(refusal != seen.cend());
    QVERIFY(refusal->rejected);
    QCOMPARE(refusal->state, QStringLiteral("rejected"));
    QCOMPARE(refusal->detail, QStringLiteral("the credentials are not valid"));
    QCOMPARE(refusal->peer, QStringLiteral("127.0.0.1"));
    const EventSummary &api = seen.last();
    QVERIFY(api.rejected);
    QCOMPARE(api.state, QStringLiteral("rejected"));
    QCOMPARE(api.detail, QStringLiteral("the API token is not valid"));
    // What the console shows never carries the secrets that were sent.
    for (const EventSummary &summary : std::as_const(seen)) {
        QVERIFY(!summary.detail.contains(QLatin1String(guardedSourceToken)));
        QVERIFY(!summary.detail.contains(QLatin1String("not-the-api-token")));
    }
    qunsetenv("OTBRIDGE_SECRET_GUARDED_TOKEN");
}

void tst_WebhookListener::capsBytesHeldForUnfinishedRequests()
{
    EngineOptions options;
    options.limits.maxBodyBytes = 64 * 1024;
    options.limits.maxBufferedBytes = 100 * 1024;
    startEngine(options);
    const QByteArray head = "POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: "
                            "application/json\r\nContent-Length: 65536\r\n\r\n";
    const QByteArray body = R"({"pad":")" + QByteArray(64 * 1024 - 10, 'x') + R"("})";

    // Two bodies, each a little short of complete, are more than the listener will hold.
    TestHttp::Connection first;
    QVERIFY(first.open(port()));
    first.send(head + body.left(60 * 1024));
    QTRY_COMPARE(TestHttp::get(port(), "/health").status, 200); // the first is read by now
    TestHttp::Connection second;
    QVERIFY(second.open(port()));
    second.send(head + body.left(60 * 1024));
    const Response refused = second.read(3000);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("retry-after"), QByteArray("1"));
    QCOMPARE(refused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("the listener holds 102400 bytes of unfinished requests, its limit; "
                            "try again shortly"));
    QVERIFY(second.waitForClose(3000));

    // The first completes; once it is answered its bytes are free again.
    first.send(body.mid(60 * 1024));
    QCOMPARE(first.read().status, 202);
    QCOMPARE(TestHttp::post(port(), "/hooks/test", body).status, 202);
    QCOMPARE(storedCount(), 2);
}

QTEST_GUILESS_MAIN(tst_WebhookListener)
#include "tst_webhooklistener.moc"
