// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpclient.h"
#include "selfsignedcertificate.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <deque>
#include <optional>

using namespace OtBridge;

namespace {

// A real HTTP/1.1 server on 127.0.0.1 that answers each request with the next raw answer of
// its script (bytes as they go on the wire), so the client meets every framing a server may
// use. It counts connections and requests.
class ScriptedServer final : public QObject
{
public:
    struct Answer
    {
        QByteArray bytes; // empty: never answer
        bool closeAfter = false;
    };

    explicit ScriptedServer(QTcpServer *server = nullptr)
        : m_server(server ? server : new QTcpServer(this))
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                ++open;
                maxOpen = qMax(maxOpen, open);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --open;
                    socket->deleteLater();
                });
            }
        });
        if (!m_server->listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    QUrl url(const QString &path = QStringLiteral("/hook"),
             const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(scheme + QStringLiteral("://127.0.0.1:")
                    + QString::number(m_server->serverPort()) + path);
    }
    void script(Answer answer) { m_script.push_back(std::move(answer)); }

    int connections = 0;
    int open = 0;
    int maxOpen = 0;
    QList<QByteArray> requests; // each request's head and body as received

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            requests.append(buffer.left(end + 4 + length));
            buffer.remove(0, end + 4 + length);
            const Answer answer = m_script.empty() ? Answer {okAnswer("{}")} : m_script.front();
            if (!m_script.empty())
                m_script.pop_front();
            if (answer.bytes.isEmpty())
                continue;
            socket->write(answer.bytes);
            if (answer.closeAfter)
                socket->disconnectFromHost();
        }
    }

public:
    static QByteArray okAnswer(const QByteArray &body, int status = 200)
    {
        return "HTTP/1.1 " + QByteArray::number(status)
            + " OK\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    QTcpServer *m_server;
    std::deque<Answer> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Outcome
{
    std::optional<HttpResponse> response;
};

HttpClient::Done into(Outcome &outcome)
{
    return [&outcome](const HttpResponse &response) {
        outcome.response = response;
    };
}

HttpRequest post(const QUrl &url, const QByteArray &body = "{\"a\":1}", int timeoutMs = 5000)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}, {"X-Test", "yes"}};
    request.body = body;
    request.timeoutMs = timeoutMs;
    return request;
}

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheRequestAsWritten();
    void eachUrlGetsItsOwnTargetAndHost();
    void keepsTheConnectionAlive();
    void readsEveryFraming_data();
    void readsEveryFraming();
    void connectionCloseIsHonoured();
    void resendsOnceWhenAKeptConnectionWasClosed();
    void doesNotResendWhenTheAnswerHadBegun();
    void limitsConnectionsPerOrigin();
    void timesOutWhenNoAnswerComes();
    void wholeExchangeDeadlineIgnoresATrickle();
    void keepsOnlyTheFirstBytes_data();
    void keepsOnlyTheFirstBytes();
    void refusedConnectionIsAnError();
    void malformedAnswersAreProtocolErrors_data();
    void malformedAnswersAreProtocolErrors();
    void abortAllEndsEveryRequest();
    void callbackMaySendAgain();
    void httpsVerifiesThePeer();
};

void tst_HttpClient::sendsTheRequestAsWritten()
{
    ScriptedServer server;
    HttpClient client;
    Outcome outcome;
    HttpRequest request = post(server.url(QStringLiteral("/a%20b?x=1&y=%C3%A9")));
    client.send(request, into(outcome));
    QVERIFY(!outcome.response); // never from inside send()
    QTRY_VERIFY(outcome.response);
    QCOMPARE(outcome.response->failure, HttpResponse::Failure::None);
    QCOMPARE(outcome.response->status, 200);
    QCOMPARE(outcome.response->body, QByteArray("{}"));
    QCOMPARE(outcome.response->header("content-type"), QByteArray("application/json"));
    QCOMPARE(server.requests.size(), 1);
    const QByteArray sent = server.requests.first();
    QVERIFY2(sent.startsWith("POST /a%20b?x=1&y=%C3%A9 HTTP/1.1\r\n"), sent.constData());
    QVERIFY(sent.contains("\r\nHost: 127.0.0.1:"));
    QVERIFY(sent.contains("\r\nX-Test: yes\r\n"));
    QVERIFY(sent.contains("\r\nContent-Length: 7\r\n"));
    QVERIFY(sent.contains("\r\nUser-Agent: otbridge/"));
    QVERIFY(sent.endsWith("\r\n\r\n{\"a\":1}"));
}

// Requests to one URL over and over reuse what its first one worked out (origin and target):
// a URL that differs in anything, in between or after, still goes where it says.
void tst_HttpClient::eachUrlGetsItsOwnTargetAndHost()
{
    ScriptedServer first;
    ScriptedServer second;
    HttpClient client;
    const QList<QUrl> urls = {
        first.url(),
        first.url(),
        QUrl(first.url().toString()), // equal, made apart
        first.url(QStringLiteral("/hook?x=1")),
        first.url(QStringLiteral("/hook?x=2")),
        first.url(QStringLiteral("/other")),
        second.url(),
        QUrl(QStringLiteral("ftp://127.0.0.1/x")),
        second.url(),
        QUrl(second.url().toString().replace(QStringLiteral("127.0.0.1"),
                                             QStringLiteral("localhost"))),
        first.url(),
    };
    // What each server is to see: its request line and Host.
    QList<QByteArray> toFirst;
    QList<QByteArray> toSecond;
    for (const QUrl &url : urls) {
        Outcome outcome;
        client.send(post(url), into(outcome));
        QTRY_VERIFY(outcome.response);
        if (url.scheme() == QLatin1String("ftp")) {
            QCOMPARE(outcome.response->failure, HttpResponse::Failure::Protocol);
            continue;
        }
        QCOMPARE(outcome.response->status, 200);
        const QByteArray expected = "POST " + url.path(QUrl::FullyEncoded).toLatin1()
            + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray())
            + " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port())
            + "\r\n";
        (url.port() == first.url().port() ? toFirst : toSecond).append(expected);
    }
    QCOMPARE(first.requests.size(), toFirst.size());
    QCOMPARE(second.requests.size(), toSecond.size());
    for (qsizetype i = 0; i < toFirst.size(); ++i)
        QVERIFY2(first.requests.at(i).startsWith(toFirst.at(i)), first.requests.at(i).constData());
    for (qsizetype i = 0; i < toSecond.size(); ++i)
        QVERIFY2(second.requests.at(i).startsWith(toSecond.at(i)),
                 second.requests.at(i).constData());
    QCOMPARE(toSecond.size(), 3);
    QVERIFY(toSecond.last().contains("Host: localhost:"));
}

void tst_HttpClient::keepsTheConnectionAlive()
{
    ScriptedServer server;
    HttpClient client;
    for (int i = 0; i < 20; ++i) {
        Outcome outcome;
        client.send(post(server.url()), into(outcome));
        QTRY_VERIFY(outcome.response);
        QCOMPARE(outcome.response->status, 200);
    }
    QCOMPARE(server.requests.size(), 20);
    QCOMPARE(server.connections, 1);
    QCOMPARE(client.connectionsOpened(), 1);
}

void tst_HttpClient::readsEveryFraming_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("reusable");

    QTest::addRow("content-length") << ScriptedServer::okAnswer("hello", 201) << QByteArray("POST")
                                    << 201 << QByteArray("hello") << true;
    QTest::addRow("chunked, extensions and trailers")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5;name=x\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << QByteArray("POST") << 200 << QByteArray("hello, world") << true;
    QTest::addRow("chunked, no trailers")
        << QByteArray("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        << QByteArray("POST") << 200 << QByteArray("abc") << true;
    QTest::addRow("204 without a body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n")
                                        << QByteArray("POST") << 204 << QByteArray() << true;
    QTest::addRow("HEAD with a length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n") << QByteArray("HEAD") << 200
        << QByteArray() << true;
    QTest::addRow("100 Continue first")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") + ScriptedServer::okAnswer("{\"job_id\":1}")
        << QByteArray("POST") << 200 << QByteArray("{\"job_id\":1}") << true;
    QTest::addRow("HTTP/1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok")
        << QByteArray("GET") << 200 << QByteArray("ok") << true;
}

void tst_HttpClient::readsEveryFraming()
{
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, method);
    ScriptedServer server;
    server.script({answer});
    HttpClient client;
    Outcome outcome;
    HttpRequest request = post(server.url());
    request.method = method;
    if (method != "POST")
        request.body.clear();
    client.send(request, into(outcome));
    QTRY_VERIFY(outcome.response);
    QCOMPARE(outcome.response->failure, HttpResponse::Failure::None);
    QTEST(outcome.response->status, "status");
    QTEST(outcome.response->body, "body");
    // The connection is reused for the next request when the framing allows it.
    Outcome next;
    client.send(post(server.url()), into(next));
    QTRY_VERIFY(next.response);
    QCOMPARE(next.response->status, 200);
    QFETCH(bool, reusable);
    QCOMPARE(server.connections, reusable ? 1 : 2);
}

void tst_HttpClient::connectionCloseIsHonoured()
{
    ScriptedServer server;
    server.script({"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"});
    server.script({"HTTP/1.1 200 OK\r\n\r\nuntil the end", true}); // close-delimited body
    HttpClient client;
    Outcome first;
    client.send(post(server.url()), into(first));
    QTRY_VERIFY(first.response);
    QCOMPARE(first.response->body, QByteArray("ok"));
    Outcome second;
    client.send(post(server.url()), into(second));
    QTRY_VERIFY(second.response);
    QCOMPARE(second.response->failure, HttpResponse::Failure::None);
    QCOMPARE(second.response->body, QByteArray("until the end"));
    Outcome third;
    client.send(post(server.url()), into(third));
    QTRY_VERIFY(third.response);
    QCOMPARE(third.response->status, 200);
    QCOMPARE(server.connections, 3);
}

void tst_HttpClient::resendsOnceWhenAKeptConnectionWasClosed()
{
    // The server answers with keep-alive, then closes the connection (an idle timeout); the
    // next request, written to the dead connection, goes again on a new one: once.
    ScriptedServer server;
    server.script({ScriptedServer::okAnswer("first"), true});
    HttpClient client;
    Outcome first;
    client.send(post(server.url()), into(first));
    QTRY_VERIFY(first.response);
    QCOMPARE(first.response->body, QByteArray("first"));
    Outcome second;
    client.send(post(server.url(), "{\"n\":2}"), into(second));
    QTRY_VERIFY(second.response);
    QCOMPARE(second.response->failure, HttpResponse::Failure::None);
    QCOMPARE(second.response->body, QByteArray("{}"));
    QCOMPARE(server.connections, 2);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.last().endsWith("{\"n\":2}"));
}

void tst_HttpClient::doesNotResendWhenTheAnswerHadBegun()
{
    // Half an answer, then the connection drops: the server acted on the request, so it is an
    // error for the caller to judge, never sent twice.
    ScriptedServer server;
    server.script({ScriptedServer::okAnswer("first")});
    server.script({"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\npartial", true});
    HttpClient client;
    Outcome first;
    client.send(post(server.url()), into(first));
    QTRY_VERIFY(first.response);
    Outcome second;
    client.send(post(server.url()), into(second));
    QTRY_VERIFY(second.response);
    QCOMPARE(second.response->failure, HttpResponse::Failure::Connection);
    QCOMPARE(second.response->status, 0);
    QCOMPARE(second.response->error,
             QStringLiteral("the server closed the connection in the middle of its answer"));
    QCOMPARE(server.requests.size(), 2);
}

void tst_HttpClient::limitsConnectionsPerOrigin()
{
    ScriptedServer server;
    HttpClient client;
    client.setMaxConnectionsPerOrigin(3);
    QList<Outcome> outcomes(10);
    for (Outcome &outcome : outcomes)
        client.send(post(server.url()), into(outcome));
    QTRY_VERIFY(std::all_of(outcomes.cbegin(), outcomes.cend(),
                            [](const Outcome &o) { return o.response.has_value(); }));
    for (const Outcome &outcome : std::as_const(outcomes))
        QCOMPARE(outcome.response->status, 200);
    QCOMPARE(server.requests.size(), 10);
    QCOMPARE(server.connections, 3);
    QVERIFY(server.maxOpen <= 3);
}

void tst_HttpClient::timesOutWhenNoAnswerComes()
{
    ScriptedServer server;
    server.script({QByteArray()}); // reads the request, never answers
    HttpClient client;
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    client.send(post(server.url(), "{}", 300), into(outcome));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.response, 5000);
    QCOMPARE(outcome.response->failure, HttpResponse::Failure::Timeout);
    QCOMPARE(outcome.response->error, QStringLiteral("no answer within 300 ms"));
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(client.connectionCount(), 0); // a timed-out connection is not reused
    QTRY_COMPARE(server.open, 0);
}

// An answer that comes a byte every 50 ms never lets an idle deadline run out; a deadline for
// the whole exchange (a webhook target's) ends it all the same, and the idle one does not.
void tst_HttpClient::wholeExchangeDeadlineIgnoresATrickle()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            });
        }
    });
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&] {
        for (QTcpSocket *socket : std::as_const(sockets)) {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write("x");
        }
    });
    trickle.start(50);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/slow").arg(server.serverPort()));

    HttpClient client;
    Outcome whole;
    HttpRequest request = post(url, "{}", 400);
    request.wholeExchangeDeadline = true;
    QElapsedTimer timer;
    timer.start();
    client.send(request, into(whole));
    Outcome idle;
    client.send(post(url, "{}", 400), into(idle));
    QTRY_VERIFY_WITH_TIMEOUT(whole.response, 5000);
    QCOMPARE(whole.response->failure, HttpResponse::Failure::Timeout);
    QCOMPARE(whole.response->error, QStringLiteral("no answer within 400 ms"));
    QVERIFY(timer.elapsed() >= 400);
    // Sent at the same moment with the same 400 ms, the idle one is still going: every byte
    // moved its deadline on (both are checked by the same pass of the timeout timer).
    QVERIFY(!idle.response);
    client.abortAll();
    QTRY_VERIFY(idle.response);
    QCOMPARE(idle.response->failure, HttpResponse::Failure::Aborted);
}

void tst_HttpClient::keepsOnlyTheFirstBytes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("truncated");

    QTest::addRow("content-length, longer")
        << ScriptedServer::okAnswer("0123456789", 503) << QByteArray("012345") << true;
    QTest::addRow("content-length, exactly")
        << ScriptedServer::okAnswer("012345") << QByteArray("012345") << false;
    QTest::addRow("chunked, longer")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "4\r\n0123\r\n4\r\n4567\r\n0\r\n\r\n")
        << QByteArray("012345") << true;
    QTest::addRow("close-delimited, longer")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\n0123456789") << QByteArray("012345") << true;
}

void tst_HttpClient::keepsOnlyTheFirstBytes()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, truncated);
    ScriptedServer server;
    server.script({answer});
    HttpClient client;
    client.setMaxResponseBytes(4); // keepFirstBytes replaces the limit: no Protocol error
    Outcome outcome;
    HttpRequest request = post(server.url());
    request.keepFirstBytes = 6;
    client.send(request, into(outcome));
    QTRY_VERIFY(outcome.response);
    QCOMPARE(outcome.response->failure, HttpResponse::Failure::None);
    QTEST(outcome.response->body, "body");
    QCOMPARE(outcome.response->truncated, truncated);
    // The rest of a cut answer is still on the wire: that connection is not used again.
    Outcome next;
    client.send(post(server.url()), into(next));
    QTRY_VERIFY(next.response);
    QCOMPARE(next.response->status, 200);
    const bool closeDelimited = !answer.contains("Length") && !answer.contains("chunked");
    QCOMPARE(server.connections, truncated || closeDelimited ? 2 : 1);
}

void tst_HttpClient::refusedConnectionIsAnError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HttpClient client;
    Outcome outcome;
    client.send(post(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))), into(outcome));
    QTRY_VERIFY(outcome.response);
    QCOMPARE(outcome.response->failure, HttpResponse::Failure::Connection);
    QCOMPARE(outcome.response->error, QStringLiteral("Connection refused"));

    Outcome bad;
    client.send(post(QUrl(QStringLiteral("ftp://127.0.0.1/x"))), into(bad));
    QVERIFY(!bad.response);
    QTRY_VERIFY(bad.response);
    QCOMPARE(bad.response->failure, HttpResponse::Failure::Protocol);
    QCOMPARE(bad.response->error,
             QStringLiteral("cannot send to 'ftp://127.0.0.1/x': not an http or https URL"));
}

void tst_HttpClient::malformedAnswersAreProtocolErrors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    QTest::addRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                              << QStringLiteral("not an HTTP/1.x answer: SSH-2.0-OpenSSH_9.2");
    QTest::addRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n")
                                << QStringLiteral("an HTTP answer without a valid status code");
    QTest::addRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n")
                                << QStringLiteral("a Content-Length that is not a number");
    QTest::addRow("bad chunk") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                               << QStringLiteral("a malformed chunk size");
    QTest::addRow("too large") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n")
                               << QStringLiteral("the answer is larger than 1024 bytes");
}

void tst_HttpClient::malformedAnswersAreProtocolErrors()
{
    QFETCH(QByteArray, answer);
    ScriptedServer server;
    server.script({answer});
    HttpClient client;
    client.setMaxResponseBytes(1024);
    Outcome outcome;
    client.send(post(server.url()), into(outcome));
    QTRY_VERIFY(outcome.response);
    QCOMPARE(outcome.response->failure, HttpResponse::Failure::Protocol);
    QTEST(outcome.response->error, "error");
    QCOMPARE(client.connectionCount(), 0);
    // The client goes on with a new connection.
    Outcome next;
    client.send(post(server.url()), into(next));
    QTRY_VERIFY(next.response);
    QCOMPARE(next.response->status, 200);
}

void tst_HttpClient::abortAllEndsEveryRequest()
{
    ScriptedServer server;
    for (int i = 0; i < 4; ++i)
        server.script({QByteArray()});
    HttpClient client;
    client.setMaxConnectionsPerOrigin(2);
    QList<Outcome> outcomes(4); // two on the wire, two waiting for a connection
    for (Outcome &outcome : outcomes)
        client.send(post(server.url()), into(outcome));
    QTRY_COMPARE(server.requests.size(), 2);
    client.abortAll();
    for (const Outcome &outcome : std::as_const(outcomes)) {
        QVERIFY(outcome.response);
        QCOMPARE(outcome.response->failure, HttpResponse::Failure::Aborted);
    }
    QCOMPARE(client.connectionCount(), 0);
}

void tst_HttpClient::callbackMaySendAgain()
{
    // Chained requests from inside the callbacks (as a status push queue does).
    ScriptedServer server;
    HttpClient client;
    int answered = 0;
    std::function<void(const HttpResponse &)> next = [&](const HttpResponse &response) {
        QCOMPARE(response.status, 200);
        if (++answered < 5)
            client.send(post(server.url()), next);
    };
    client.send(post(server.url()), next);
    QTRY_COMPARE(answered, 5);
    QCOMPARE(server.connections, 1);
}

void tst_HttpClient::httpsVerifiesThePeer()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "openssl is not installed (packaging/debian-test-packages.txt lists it)");
    QTemporaryDir keys;
    const QString certificatePath = keys.filePath(QStringLiteral("c.crt"));
    const QString keyPath = keys.filePath(QStringLiteral("c.key"));
    const QString failed = makeSelfSignedCertificate(certificatePath, keyPath);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!certificate.isNull() && !key.isNull());

    auto *tls = new QSslServer;
    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    serverConfiguration.setLocalCertificate(certificate);
    serverConfiguration.setPrivateKey(key);
    serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls->setSslConfiguration(serverConfiguration);
    ScriptedServer server(tls);
    const QUrl url = server.url(QStringLiteral("/secure"), QStringLiteral("https"));

    // Not trusted by default: a TLS error in words, nothing sent.
    HttpClient strict;
    Outcome refused;
    strict.send(post(url), into(refused));
    QTRY_VERIFY_WITH_TIMEOUT(refused.response, 10000);
    QCOMPARE(refused.response->failure, HttpResponse::Failure::Tls);
    QVERIFY2(refused.response->error.startsWith(QStringLiteral("TLS: ")),
             qPrintable(refused.response->error));
    QVERIFY2(refused.response->error.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(refused.response->error));
    QCOMPARE(server.requests.size(), 0);

    // Trusted as a CA: the request goes, and the connection is kept.
    HttpClient trusting;
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.addCaCertificate(certificate);
    trusting.setSslConfiguration(clientConfiguration);
    for (int i = 0; i < 3; ++i) {
        Outcome outcome;
        trusting.send(post(url), into(outcome));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.response, 10000);
        QCOMPARE(outcome.response->failure, HttpResponse::Failure::None);
        QCOMPARE(outcome.response->status, 200);
    }
    QCOMPARE(trusting.connectionsOpened(), 1);
    QCOMPARE(server.requests.size(), 3);
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
