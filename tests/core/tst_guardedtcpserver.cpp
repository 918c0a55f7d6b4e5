// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/guardedtcpserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace OtBridge;

// The listener's guard on its own, over loopback: each limit it enforces before QHttpServer
// sees a byte answers with its exact status and words, and tells the console
// (requestRejected). Allowed requests are the listener's business (tst_webhooklistener).
class tst_GuardedTcpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerFieldsTooLarge();
    void bodyTooLarge();
    void malformedRequestLine();
    void headCheckAnswers();
    void requestNotCompleteInTime();
    void tooManyConnectionsFromOnePeer();

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

QTEST_GUILESS_MAIN(tst_GuardedTcpServer)
#include "tst_guardedtcpserver.moc"
