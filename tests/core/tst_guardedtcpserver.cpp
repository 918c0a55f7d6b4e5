// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/guardedtcpserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace OtBridge;

// The listener's HTTP server on its own, over loopback: each limit it enforces before its
// handler sees a request answers with its exact status and words, and tells the console
// (requestRejected); an allowed request reaches the handler whole (body decoded, pipelined
// requests one by one, answered in order) and respond() writes the exact reply. What the
// listener does with requests is tst_webhooklistener's.
class tst_GuardedTcpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerFieldsTooLarge();
    void bodyTooLarge();
    void malformedRequestLine();
    void headCheckAnswers();
    void refusalOfAHeadHasNoBody();
    void requestNotCompleteInTime();
    void tooManyConnectionsFromOnePeer();
    void handsOverTheWholeRequest();
    void decodesChunkedBodies_data();
    void decodesChunkedBodies();
    void answersPipelinedRequestsInOrder();
    void absoluteFormAndASplitHead();
    void expectContinue_data();
    void expectContinue();
    void closesWhenAsked_data();
    void closesWhenAsked();
    void replyFraming_data();
    void replyFraming();
    void servesManyConnectionsInTurn();

private:
    // A client that keeps every byte the server sends until it closes.
    struct Client
    {
        QByteArray received;
        bool closed = false;
        // Last, so it goes first: closing it may still call the slots that fill the above.
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    };
    static std::unique_ptr<Client> connectTo(const GuardedTcpServer &server);
    static int statusOf(const QByteArray &response);
    static QString errorOf(const QByteArray &response);

    static ListenerLimits smallLimits()
    {
        ListenerLimits limits;
        limits.maxHeaderBytes = 1024;
        limits.maxBodyBytes = 1000;
        limits.requestTimeoutMs = 300;
        limits.lingerMs = 200;
        limits.maxConnectionsPerPeer = 2;
        return limits;
    }
};

std::unique_ptr<tst_GuardedTcpServer::Client>
tst_GuardedTcpServer::connectTo(const GuardedTcpServer &server)
{
    auto client = std::make_unique<Client>();
    Client *raw = client.get();
    QObject::connect(raw->socket.get(), &QTcpSocket::readyRead, raw->socket.get(),
                     [raw] { raw->received += raw->socket->readAll(); });
    QObject::connect(raw->socket.get(), &QTcpSocket::disconnected, raw->socket.get(),
                     [raw] { raw->closed = true; });
    raw->socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
    return client;
}

int tst_GuardedTcpServer::statusOf(const QByteArray &response)
{
    // "HTTP/1.1 431 Request Header Fields Too Large\r\n…"
    return response.mid(9, 3).toInt();
}

QString tst_GuardedTcpServer::errorOf(const QByteArray &response)
{
    const qsizetype body = response.indexOf("\r\n\r\n");
    return QJsonDocument::fromJson(response.mid(body + 4))
        .object()
        .value(QLatin1String("error"))
        .toString();
}

void tst_GuardedTcpServer::headerFieldsTooLarge()
{
    GuardedTcpServer server(smallLimits());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy rejected(&server, &GuardedTcpServer::requestRejected);
    auto client = connectTo(server);
    client->socket->write(
        "POST /hooks/orders HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
    QCOMPARE(statusOf(client->received), 431);
    QCOMPARE(errorOf(client->received), QStringLiteral("request header fields exceed 1024 bytes"));
    QVERIFY(client->received.contains("Connection: close\r\n"));
    QCOMPARE(rejected.size(), 1);
    const EventSummary summary = rejected.first().at(0).value<EventSummary>();
    QCOMPARE(summary.httpStatus, 431);
    QVERIFY(summary.rejected);
    QVERIFY(summary.source.isEmpty()); // a head too large to read names no source
    QCOMPARE(summary.peer, QStringLiteral("127.0.0.1"));
}

void tst_GuardedTcpServer::bodyTooLarge()
{
    GuardedTcpServer server(smallLimits());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write("POST /hooks/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
    QCOMPARE(statusOf(client->received), 413);
    QCOMPARE(errorOf(client->received),
             QStringLiteral("request body of 2000 bytes exceeds the limit of 1000 bytes"));
}

void tst_GuardedTcpServer::malformedRequestLine()
{
    GuardedTcpServer server(smallLimits());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write("HELLO\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
    QCOMPARE(statusOf(client->received), 400);
    QVERIFY(!errorOf(client->received).isEmpty());
}

void tst_GuardedTcpServer::headCheckAnswers()
{
    GuardedTcpServer server(smallLimits());
    QByteArray seenPath;
    server.setHeadCheck([&seenPath](const RequestHead &head) -> std::optional<Rejection> {
        seenPath = head.path;
        return Rejection {401, QStringLiteral("no token"), {{"WWW-Authenticate", "Bearer"}}};
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write("GET /api/v1/events HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
    QCOMPARE(seenPath, QByteArray("/api/v1/events"));
    QCOMPARE(statusOf(client->received), 401);
    QCOMPARE(errorOf(client->received), QStringLiteral("no token"));
    QVERIFY(client->received.contains("WWW-Authenticate: Bearer\r\n"));
}

// A reply to HEAD has no body, a refusal's neither (RFC 9110, section 9.3.2); and a HEAD
// answered earlier on the connection does not take the body of the next request's refusal.
void tst_GuardedTcpServer::refusalOfAHeadHasNoBody()
{
    GuardedTcpServer server(smallLimits());
    server.setHeadCheck([](const RequestHead &head) -> std::optional<Rejection> {
        if (head.path == "/refused")
            return Rejection {401, QStringLiteral("no token"), {}};
        return std::nullopt;
    });
    server.setRequestHandler([&server](const IncomingRequest &, QTcpSocket *socket) {
        server.respond(socket, 200, {}, "ok");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray refusal = R"({"error":"no token"})";

    auto head = connectTo(server);
    head->socket->write("HEAD /refused HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(head->closed, 5000);
    QCOMPARE(head->received,
             "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(refusal.size()) + "\r\nConnection: close\r\n\r\n");

    auto then = connectTo(server);
    then->socket->write("HEAD /ok HTTP/1.1\r\nHost: x\r\n\r\n"
                        "POST /refused HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(then->closed, 5000);
    QVERIFY2(then->received.startsWith("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nHTTP/1.1 401"),
             then->received.constData());
    const QByteArray refusalEnd = "\r\n\r\n" + refusal;
    QVERIFY2(then->received.endsWith(refusalEnd), then->received.constData());
}

void tst_GuardedTcpServer::requestNotCompleteInTime()
{
    GuardedTcpServer server(smallLimits());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy rejected(&server, &GuardedTcpServer::requestRejected);
    auto client = connectTo(server);
    client->socket->write("POST /hooks/orders HTTP/1.1\r\nHost: x\r\n"); // the head never ends
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
    QCOMPARE(statusOf(client->received), 408);
    QCOMPARE(errorOf(client->received), QStringLiteral("request not complete within 300 ms"));
    QCOMPARE(rejected.size(), 1);
}

void tst_GuardedTcpServer::tooManyConnectionsFromOnePeer()
{
    GuardedTcpServer server(smallLimits());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto first = connectTo(server);
    auto second = connectTo(server);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
    auto third = connectTo(server);
    QTRY_VERIFY_WITH_TIMEOUT(third->closed, 5000);
    QCOMPARE(statusOf(third->received), 503);
    QCOMPARE(errorOf(third->received),
             QStringLiteral("too many connections from 127.0.0.1 (limit 2)"));
    QVERIFY(third->received.contains("Retry-After: 1\r\n"));
    // The two within the limit are still open, and counted.
    QCOMPARE(server.connectionCount(), 2);
    QVERIFY(!first->closed);
    QVERIFY(!second->closed);
}

void tst_GuardedTcpServer::handsOverTheWholeRequest()
{
    GuardedTcpServer server(smallLimits());
    QList<IncomingRequest> seen;
    server.setRequestHandler([&](const IncomingRequest &request, QTcpSocket *socket) {
        seen.append(request);
        server.respond(socket, 202, {{"Content-Type", "application/json"}, {"X-Seen", "1"}},
                       "{\"id\":\"a\"}");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    // The body comes in a second segment, after the head.
    client->socket->write("POST /hooks/a%20b?x=1&y=%C3%A9 HTTP/1.1\r\nHost: x\r\n"
                          "Content-Type: application/json\r\nX-Two: one\r\nX-Two: two\r\n"
                          "Content-Length: 11\r\n\r\n{\"a\":");
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 5000);
    QTest::qWait(50);
    QVERIFY(seen.isEmpty()); // not complete yet
    client->socket->write("[1,2]}");
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 5000);
    const IncomingRequest &request = seen.first();
    QCOMPARE(request.method(), IncomingRequest::Method::Post);
    QCOMPARE(request.methodName(), QByteArray("POST"));
    QCOMPARE(request.target(), QByteArray("/hooks/a%20b?x=1&y=%C3%A9"));
    QCOMPARE(request.encodedPath(), QByteArray("/hooks/a%20b"));
    QCOMPARE(request.path(), QStringLiteral("/hooks/a b"));
    QCOMPARE(request.query().queryItemValue(QStringLiteral("y"), QUrl::FullyDecoded),
             QStringLiteral("\u00e9"));
    QCOMPARE(request.body(), QByteArray("{\"a\":[1,2]}"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers().mid(2, 2),
             (HeaderList {{"X-Two", "one"}, {"X-Two", "two"}})); // both, in order
    QCOMPARE(request.remoteAddress(), QHostAddress(QHostAddress::LocalHost));
    const QByteArray expected = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                                "X-Seen: 1\r\nContent-Length: 10\r\n\r\n{\"id\":\"a\"}";
    QTRY_COMPARE_WITH_TIMEOUT(client->received, expected, 5000);
    QVERIFY(!client->closed); // kept alive
}

void tst_GuardedTcpServer::decodesChunkedBodies_data()
{
    QTest::addColumn<QList<QByteArray>>("segments");
    QTest::addColumn<QByteArray>("body");
    const QByteArray head
        = "POST /hooks/a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::addRow("at once") << QList<QByteArray> {head + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"}
                             << QByteArray("hello world");
    QTest::addRow("split inside chunks")
        << QList<QByteArray> {head + "5\r\nhe", "llo\r\n6;ext=1\r", "\n wor", "ld\r\n0\r\n",
                              "Trailer: t\r\n\r\n"}
        << QByteArray("hello world");
    QTest::addRow("empty") << QList<QByteArray> {head + "0\r\n\r\n"} << QByteArray();
}

void tst_GuardedTcpServer::decodesChunkedBodies()
{
    QFETCH(QList<QByteArray>, segments);
    QFETCH(QByteArray, body);
    GuardedTcpServer server(smallLimits());
    QList<QByteArray> bodies;
    server.setRequestHandler([&](const IncomingRequest &request, QTcpSocket *socket) {
        bodies.append(request.body());
        server.respond(socket, 204, {}, {});
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    for (const QByteArray &segment : std::as_const(segments)) {
        client->socket->write(segment);
        QVERIFY(client->socket->waitForBytesWritten(5000)); // each segment on its own
    }
    QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 1, 5000);
    QCOMPARE(bodies.first(), body);
    // 204: neither a body nor a Content-Length.
    QTRY_COMPARE_WITH_TIMEOUT(client->received, QByteArray("HTTP/1.1 204 No Content\r\n\r\n"),
                              5000);
}

void tst_GuardedTcpServer::answersPipelinedRequestsInOrder()
{
    GuardedTcpServer server(smallLimits());
    QList<QByteArray> paths;
    server.setRequestHandler([&](const IncomingRequest &request, QTcpSocket *socket) {
        paths.append(request.encodedPath());
        const QByteArray body = request.encodedPath() + ':' + request.body();
        if (request.encodedPath() == "/slow") {
            // Answered later, as a webhook is once its commit is durable.
            QTimer::singleShot(100, &server,
                               [&server, socket = QPointer<QTcpSocket>(socket), body] {
                                   server.respond(socket, 200, {}, body);
                               });
        } else {
            server.respond(socket, 200, {}, body);
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write("POST /slow HTTP/1.1\r\nContent-Length: 1\r\n\r\n1"
                          // chunked: its end, not the buffer's, is where the next begins
                          "POST /fast HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "1\r\n2\r\n0\r\n\r\n"
                          "GET /last HTTP/1.1\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(paths.size(), 3, 5000);
    QCOMPARE(paths, (QList<QByteArray> {"/slow", "/fast", "/last"}));
    const QByteArray expected = "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n/slow:1"
                                "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n/fast:2"
                                "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n/last:";
    QTRY_COMPARE_WITH_TIMEOUT(client->received, expected, 5000);
}

void tst_GuardedTcpServer::absoluteFormAndASplitHead()
{
    GuardedTcpServer server(smallLimits());
    QList<IncomingRequest> seen;
    server.setRequestHandler([&](const IncomingRequest &request, QTcpSocket *socket) {
        seen.append(request);
        server.respond(socket, 200, {}, "ok");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    // The empty line that ends the head comes in two segments.
    client->socket->write("GET http://example.com:8080/abs%20x?q=1 HTTP/1.1\r\nHost: x\r\n\r");
    QVERIFY(client->socket->waitForBytesWritten(5000));
    QTest::qWait(50);
    QVERIFY(seen.isEmpty());
    client->socket->write("\n");
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 5000);
    QCOMPARE(seen.first().target(), QByteArray("http://example.com:8080/abs%20x?q=1"));
    QCOMPARE(seen.first().encodedPath(), QByteArray("/abs%20x"));
    QCOMPARE(seen.first().path(), QStringLiteral("/abs x"));
    QCOMPARE(seen.first().query().queryItemValue(QStringLiteral("q")), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(client->received.endsWith("\r\n\r\nok"), 5000);
}

void tst_GuardedTcpServer::expectContinue_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("interim");
    QTest::addRow("HTTP/1.1") << QByteArray("HTTP/1.1") << true;
    QTest::addRow("HTTP/1.0: no interim reply") << QByteArray("HTTP/1.0") << false;
}

void tst_GuardedTcpServer::expectContinue()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, interim);
    GuardedTcpServer server(smallLimits());
    QList<QByteArray> bodies;
    server.setRequestHandler([&](const IncomingRequest &request, QTcpSocket *socket) {
        bodies.append(request.body());
        server.respond(socket, 200, {}, "done");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write("POST /x " + version
                          + "\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    const QByteArray continueLine = "HTTP/1.1 100 Continue\r\n\r\n";
    // Without an interim reply nothing comes before the final one (checked at the end).
    if (interim)
        QTRY_COMPARE_WITH_TIMEOUT(client->received, continueLine, 5000);
    client->socket->write("body");
    QTRY_COMPARE_WITH_TIMEOUT(bodies, QList<QByteArray> {"body"}, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(client->received.endsWith("\r\n\r\ndone"), 5000);
    QCOMPARE(client->received.startsWith(continueLine), interim);
}

void tst_GuardedTcpServer::closesWhenAsked_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("closes");
    QTest::addRow("HTTP/1.1") << QByteArray("GET /x HTTP/1.1\r\nHost: x\r\n\r\n") << false;
    QTest::addRow("HTTP/1.1, Connection: close")
        << QByteArray("GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << true;
    QTest::addRow("HTTP/1.0") << QByteArray("GET /x HTTP/1.0\r\n\r\n") << true;
    QTest::addRow("HTTP/1.0, keep-alive")
        << QByteArray("GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
}

void tst_GuardedTcpServer::closesWhenAsked()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, closes);
    GuardedTcpServer server(smallLimits());
    server.setRequestHandler([&](const IncomingRequest &, QTcpSocket *socket) {
        server.respond(socket, 200, {}, "ok");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write(request);
    QTRY_VERIFY_WITH_TIMEOUT(client->received.endsWith("\r\n\r\nok"), 5000);
    QCOMPARE(client->received.contains("Connection: close\r\n"), closes);
    // An HTTP/1.0 client keeps the connection only when told so.
    QCOMPARE(client->received.contains("Connection: keep-alive\r\n"),
             !closes && request.contains("HTTP/1.0"));
    if (closes) {
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 5000);
    } else {
        QTest::qWait(100);
        QVERIFY(!client->closed);
    }
}

void tst_GuardedTcpServer::replyFraming_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("GET 200") << QByteArray("GET") << 200
                             << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody");
    // The length of what a GET would get, without it.
    QTest::addRow("HEAD 200") << QByteArray("HEAD") << 200
                              << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n");
    QTest::addRow("GET 304") << QByteArray("GET") << 304
                             << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
    QTest::addRow("GET 429") << QByteArray("GET") << 429
                             << QByteArray("HTTP/1.1 429 Too Many Requests\r\n"
                                           "Content-Length: 4\r\n\r\nbody");
    QTest::addRow("GET 599") << QByteArray("GET") << 599
                             << QByteArray("HTTP/1.1 599 Error\r\nContent-Length: 4\r\n\r\nbody");
}

void tst_GuardedTcpServer::replyFraming()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    GuardedTcpServer server(smallLimits());
    server.setRequestHandler([&](const IncomingRequest &, QTcpSocket *socket) {
        server.respond(socket, status, {}, "body");
        server.respond(socket, 500, {}, "again"); // answered already: ignored
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto client = connectTo(server);
    client->socket->write(method + " /x HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client->received, expected, 5000);
    QTest::qWait(50);
    QCOMPARE(client->received, expected);
}

void tst_GuardedTcpServer::servesManyConnectionsInTurn()
{
    // More connections, one after the other, than QTcpServer's maxPendingConnections (30): the
    // guard serves them itself and never leaves them in QTcpServer's pending list.
    ListenerLimits limits = smallLimits();
    limits.maxConnectionsPerPeer = 100;
    GuardedTcpServer server(limits);
    int handled = 0;
    server.setRequestHandler([&](const IncomingRequest &, QTcpSocket *socket) {
        ++handled;
        server.respond(socket, 200, {}, "ok");
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 40; ++i) {
        clients.push_back(connectTo(server));
        clients.back()->socket->write("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(clients.back()->received.endsWith("\r\n\r\nok"), 5000);
    }
    QCOMPARE(handled, 40);
    QCOMPARE(server.connectionCount(), 40);
}

QTEST_GUILESS_MAIN(tst_GuardedTcpServer)
#include "tst_guardedtcpserver.moc"
