// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestclient.h"
#include "otbridgeprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using TestHttp::Response;

// Under AddressSanitizer (the asan preset builds the server too) resident memory is mostly the
// allocator's quarantine and shadow, not what the server keeps: the memory bounds are checked
// in the other builds only; answers and descriptors are checked in every build.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool checksResidentMemory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool checksResidentMemory = false;
#else
constexpr bool checksResidentMemory = true;
#endif
#else
constexpr bool checksResidentMemory = true;
#endif

// docs/architecture.md, guarantee 2: bad input gets a clear error and "never crashes, blocks other
// requests, or grows memory without bound." Each case drives a real `otbridge --headless` over
// loopback with the listener's default limits (10 s per request, 64 connections per address,
// 4096 in all, 16 KiB of head, 1 MiB of body) and checks the exact answers, the server's
// resident memory and its open descriptors. Loopback has all of 127.0.0.0/8, so a crowd of
// clients can come from many addresses, as a botnet would, without tripping the per-address
// cap meant for one abusive client.
class tst_Torture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void slowlorisLeavesNormalTrafficAlone();
    void oneGibibyteBodyIsRefusedUnread();
    void tenThousandConnectionsOpenedAndDropped();
    void malformedRequests_data();
    void malformedRequests();

private:
    // One client among many, driven by the event loop.
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray received;
        qint64 startedMs = -1; // first byte sent
        qint64 answeredMs = -1;
        bool closed = false;
    };

    std::unique_ptr<Client> connectFrom(const QHostAddress &from);
    qint64 serverRssKiB() const;
    int serverDescriptors() const;
    int serverConnections(); // as /metrics says, not counting the connection that asks
    qint64 answered(int status); // requests answered with status, as /metrics counts them
    // One webhook, then a pause: the store's and the metrics sampler's lazily opened files are
    // open before descriptors and memory are counted.
    void warmUp();
    void stopServer();
    quint16 port() const { return m_process->port(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OtBridgeProcess> m_process;
    QElapsedTimer m_clock;
};

namespace {

constexpr int requestTimeoutMs = 10'000; // ListenerLimits::requestTimeoutMs
constexpr int maxBodyBytes = 1024 * 1024; // ListenerLimits::maxBodyBytes

QByteArray errorBody(const QByteArray &message)
{
    return "{\"error\":\"" + message + "\"}";
}

QHostAddress loopback(int a, int b, int c)
{
    return QHostAddress(QStringLiteral("127.%1.%2.%3").arg(a).arg(b).arg(c));
}

} // namespace

void tst_Torture::initTestCase()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    // 2,000 clients and the server's 2,000 ends need more than the usual 1,024 descriptors; the
    // server inherits this limit (and raises its own to the hard limit).
    rlimit limit {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_cur < 5000)
        QSKIP(qPrintable(QStringLiteral("the hard descriptor limit is %1; this test needs 5000")
                             .arg(limit.rlim_cur)));
    m_clock.start();
}

void tst_Torture::init()
{
    if (m_process)
        return; // the rows of the malformed table share one server
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_process = std::make_unique<OtBridgeProcess>();
    QVERIFY2(m_process->start(m_dir->path()), m_process->output().constData());
}

void tst_Torture::cleanup()
{
    if (QTest::currentTestFunction() != QLatin1String("malformedRequests")
        || QTest::currentTestFailed())
        stopServer();
}

void tst_Torture::cleanupTestCase()
{
    stopServer();
}

void tst_Torture::stopServer()
{
    if (!m_process)
        return;
    int exitCode = -1;
    // However it was treated, it still stops cleanly.
    const bool stopped = m_process->terminate(15000, &exitCode);
    m_process.reset();
    m_dir.reset();
    QVERIFY(stopped);
    QCOMPARE(exitCode, 0);
}

void tst_Torture::warmUp()
{
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
    QTest::qWait(1500);
}

qint64 tst_Torture::answered(int status)
{
    const QByteArray prefix
        = "otbridge_listener_requests_total{code=\"" + QByteArray::number(status) + "\"} ";
    const Response metrics = TestHttp::get(port(), "/metrics");
    for (const QByteArray &line : metrics.body.split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toLongLong();
    }
    return 0;
}

qint64 tst_Torture::serverRssKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process->process().processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int tst_Torture::serverDescriptors() const
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(m_process->process().processId()))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                   .size());
}

int tst_Torture::serverConnections()
{
    const Response metrics = TestHttp::get(port(), "/metrics");
    for (const QByteArray &line : metrics.body.split('\n')) {
        if (line.startsWith("otbridge_listener_connections "))
            return line.mid(30).toInt() - 1;
    }
    return -1;
}

std::unique_ptr<tst_Torture::Client> tst_Torture::connectFrom(const QHostAddress &from)
{
    auto client = std::make_unique<Client>();
    client->socket = std::make_unique<QTcpSocket>();
    QTcpSocket *socket = client->socket.get();
    Client *raw = client.get();
    if (!socket->bind(from, 0))
        qFatal("cannot bind to %s: %s", qPrintable(from.toString()),
               qPrintable(socket->errorString()));
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, raw] {
        raw->received += raw->socket->readAll();
        if (raw->answeredMs < 0 && raw->received.contains("\r\n\r\n"))
            raw->answeredMs = m_clock.elapsed();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [raw] {
        if (raw->socket->isOpen())
            raw->received += raw->socket->readAll();
        raw->closed = true;
    });
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port());
    return client;
}

// 2,000 clients from 40 addresses (50 each, under the 64 per address) each send part of a head
// and then a byte every half second, forever. While they hold their connections, 50 ordinary
// webhooks from another address are all stored and answered at the usual speed; the slow ones
// get exactly 408 once their 10 s are up, and their connections close.
void tst_Torture::slowlorisLeavesNormalTrafficAlone()
{
    warmUp();
    const qint64 rssBefore = serverRssKiB();
    const int fdsBefore = serverDescriptors();
    constexpr int addresses = 40, perAddress = 50;
    std::vector<std::unique_ptr<Client>> slow;
    for (int a = 0; a < addresses; ++a) {
        for (int i = 0; i < perAddress; ++i)
            slow.push_back(connectFrom(loopback(1, 0, a + 1)));
    }
    QElapsedTimer phase;
    phase.start();
    const auto connected = [&] {
        return std::count_if(slow.cbegin(), slow.cend(), [](const auto &client) {
            return client->socket->state() == QAbstractSocket::ConnectedState;
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(int(connected()), addresses * perAddress, 20000);
    for (auto &client : slow) {
        client->socket->write("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/"
                              "json\r\nX-Slow: ");
        client->startedMs = m_clock.elapsed();
    }
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&slow] {
        for (auto &client : slow) {
            if (client->answeredMs < 0 && !client->closed)
                client->socket->write("a");
        }
    });
    drip.start(500);
    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(), addresses * perAddress, 10000);
    qInfo("%d slow connections held by the server after %lld ms", addresses * perAddress,
          phase.elapsed());

    // Normal traffic meanwhile, one at a time so each answer's time is its own.
    qint64 slowest = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Response response = TestHttp::post(port(), "/hooks/test", R"({"normal":true})");
        QCOMPARE(response.status, 202);
        slowest = qMax(slowest, timer.elapsed());
        QCoreApplication::processEvents();
    }
    qInfo("50 webhooks among 2000 slow connections: slowest answer %lld ms", slowest);
    QVERIFY2(slowest < 1000, qPrintable(QString::number(slowest)));
    for (const auto &client : slow)
        QCOMPARE(client->answeredMs, -1); // none was answered before its time

    // Then every slow one gets its 408, at its deadline, and is closed.
    const auto finished = [&] {
        return std::count_if(slow.cbegin(), slow.cend(),
                             [](const auto &client) { return client->closed; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(int(finished()), addresses * perAddress, requestTimeoutMs + 15000);
    qint64 earliest = std::numeric_limits<qint64>::max(), latest = 0;
    for (const auto &client : slow) {
        Response response;
        QVERIFY(TestHttp::parseResponse(client->received, response) > 0);
        QCOMPARE(response.status, 408);
        QCOMPARE(response.body, errorBody("request not complete within 10000 ms"));
        QCOMPARE(response.header("connection"), QByteArray("close"));
        const qint64 after = client->answeredMs - client->startedMs;
        earliest = qMin(earliest, after);
        latest = qMax(latest, after);
    }
    qInfo("408s came %lld to %lld ms after the first byte", earliest, latest);
    QVERIFY(earliest >= requestTimeoutMs - 100);
    QVERIFY2(latest < requestTimeoutMs + 5000, qPrintable(QString::number(latest)));
    drip.stop();
    slow.clear();

    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(), 0, 10000);
    const qint64 rssAfter = serverRssKiB();
    qInfo("server RSS %lld KiB before, %lld KiB after; descriptors %d before, %d after", rssBefore,
          rssAfter, fdsBefore, serverDescriptors());
    if (checksResidentMemory)
        QVERIFY2(rssAfter - rssBefore < 64 * 1024,
                 qPrintable(QString::number(rssAfter - rssBefore)));
    QTRY_VERIFY_WITH_TIMEOUT(serverDescriptors() <= fdsBefore + 2, 5000);

    // One address alone is held to 64: the 65th is refused at once with 503.
    std::vector<std::unique_ptr<Client>> greedy;
    for (int i = 0; i < 70; ++i)
        greedy.push_back(connectFrom(loopback(2, 0, 1)));
    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(), 64, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(int(std::count_if(greedy.cbegin(), greedy.cend(),
                                                [](const auto &client) { return client->closed; })),
                              6, 10000);
    for (const auto &client : greedy) {
        if (!client->closed)
            continue;
        Response response;
        QVERIFY(TestHttp::parseResponse(client->received, response) > 0);
        QCOMPARE(response.status, 503);
        QCOMPARE(response.body, errorBody("too many connections from 127.2.0.1 (limit 64)"));
        QCOMPARE(response.header("retry-after"), QByteArray("1"));
    }
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
}

// Content-Length: 1 GiB is refused from the head alone, before a body byte is sent; a client
// that pushes its body anyway is drained and cut off, and the server's memory does not move.
// Chunked bodies are counted as they arrive and refused as soon as they pass the limit.
void tst_Torture::oneGibibyteBodyIsRefusedUnread()
{
    warmUp();
    const qint64 rssBefore = serverRssKiB();
    QElapsedTimer timer;
    timer.start();
    TestHttp::Connection big;
    QVERIFY(big.open(port()));
    big.send("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             "Content-Length: 1073741824\r\n\r\n");
    const Response refused = big.read(2000);
    const qint64 answeredMs = timer.elapsed();
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.body,
             errorBody("request body of 1073741824 bytes exceeds the limit of 1048576 bytes"));
    qInfo("413 for a declared 1 GiB body after %lld ms, no body byte sent", answeredMs);
    QVERIFY2(answeredMs < 1000, qPrintable(QString::number(answeredMs)));

    // A careless client sends its body anyway, without reading. A plain socket, because
    // QTcpSocket closes itself when the server shuts down its side after the 413.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in server {};
    server.sin_family = AF_INET;
    server.sin_port = htons(port());
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server), 0);
    QByteArray pushedHead = "POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: "
                            "application/json\r\nContent-Length: 1073741824\r\n\r\n";
    QCOMPARE(::send(fd, pushedHead.constData(), size_t(pushedHead.size()), MSG_NOSIGNAL),
             ssize_t(pushedHead.size()));
    const QByteArray block(256 * 1024, 'x');
    qint64 pushed = 0;
    qint64 answeredAfter = -1;
    QByteArray answer;
    int error = 0;
    timer.restart();
    while (pushed < 1024LL * 1024 * 1024 && timer.elapsed() < 15000) {
        pollfd events {fd, POLLOUT | POLLIN, 0};
        ::poll(&events, 1, 50);
        if (events.revents & POLLIN) {
            char buffer[4096];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (got > 0) {
                answer.append(buffer, got);
                if (answeredAfter < 0)
                    answeredAfter = pushed;
            }
        }
        if (events.revents & (POLLERR | POLLHUP))
            break;
        if (events.revents & POLLOUT) {
            const ssize_t sent
                = ::send(fd, block.constData(), size_t(block.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (sent < 0 && errno != EAGAIN) {
                error = errno;
                break;
            }
            pushed += qMax<ssize_t>(0, sent);
        }
    }
    ::close(fd);
    Response pushedAnswer;
    QVERIFY(TestHttp::parseResponse(answer, pushedAnswer) > 0);
    QCOMPARE(pushedAnswer.status, 413);
    qInfo("a client pushing the body anyway: 413 after %lld KiB of it, cut off after %lld MiB "
          "and %lld ms (%s)",
          answeredAfter >> 10, pushed >> 20, timer.elapsed(), error ? strerror(error) : "no error");
    // The server drains for its linger time (2 s) or 16 MiB, whichever comes first, then
    // resets; what the kernel's buffers took on top is far from the whole GiB.
    QVERIFY2(pushed < 128LL * 1024 * 1024, qPrintable(QString::number(pushed)));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    const qint64 rssPushed = serverRssKiB();

    // Chunked: no length to judge by, so it is counted; refused once past 1 MiB.
    TestHttp::Connection chunked;
    QVERIFY(chunked.open(port()));
    chunked.send("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
    Response chunkedAnswer;
    qint64 sent = 0;
    timer.restart();
    while (chunkedAnswer.status == 0 && sent < 8 * maxBodyBytes && timer.elapsed() < 10000) {
        chunked.socket().write(chunk);
        chunked.socket().waitForBytesWritten(1000);
        sent += 0x10000;
        if (chunked.socket().waitForReadyRead(5))
            chunkedAnswer = chunked.read(10);
    }
    if (chunkedAnswer.status == 0)
        chunkedAnswer = chunked.read(3000);
    QCOMPARE(chunkedAnswer.status, 413);
    QCOMPARE(chunkedAnswer.body, errorBody("request body exceeds the limit of 1048576 bytes"));
    qInfo("chunked body refused with 413 after %lld KiB sent", sent >> 10);
    QVERIFY(sent > maxBodyBytes);
    QVERIFY2(sent <= 2 * maxBodyBytes, qPrintable(QString::number(sent)));

    const qint64 rssAfter = serverRssKiB();
    qInfo("server RSS %lld KiB before, %lld KiB after the 1 GiB push, %lld KiB at the end",
          rssBefore, rssPushed, rssAfter);
    if (checksResidentMemory)
        QVERIFY2(rssPushed - rssBefore < 50 * 1024,
                 qPrintable(QString::number(rssPushed - rssBefore)));
    if (checksResidentMemory)
        QVERIFY2(rssAfter - rssBefore < 50 * 1024,
                 qPrintable(QString::number(rssAfter - rssBefore)));
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
}

// 10,000 connections in batches of 500, from 250 addresses: a third closed at once, a third
// reset (RST) halfway through a head, a third closed halfway through a body. Afterwards the
// server holds no connection and no descriptor more than before, and answers as usual.
void tst_Torture::tenThousandConnectionsOpenedAndDropped()
{
    warmUp();
    const qint64 rssBefore = serverRssKiB();
    const int fdsBefore = serverDescriptors();
    QElapsedTimer timer;
    timer.start();
    constexpr int total = 10'000, batch = 500;
    int connectedCount = 0;
    for (int first = 0; first < total; first += batch) {
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = first; i < first + batch; ++i)
            clients.push_back(connectFrom(loopback(3, (i / 250) % 250, i % 250 + 1)));
        QElapsedTimer waited;
        waited.start();
        const auto pending = [&] {
            return std::count_if(clients.cbegin(), clients.cend(), [](const auto &client) {
                return client->socket->state() == QAbstractSocket::ConnectingState
                    || client->socket->state() == QAbstractSocket::HostLookupState;
            });
        };
        while (pending() > 0 && waited.elapsed() < 10000)
            QTest::qWait(5);
        for (int i = 0; i < batch; ++i) {
            QTcpSocket *socket = clients[i]->socket.get();
            if (socket->state() != QAbstractSocket::ConnectedState)
                continue;
            ++connectedCount;
            switch ((first + i) % 3) {
            case 0:
                socket->disconnectFromHost();
                break;
            case 1: {
                socket->write("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Ty");
                socket->flush();
                // SO_LINGER 0: close() sends RST, as a crashed client's kernel would.
                const linger reset {1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                             sizeof reset);
                socket->abort();
                break;
            }
            case 2:
                socket->write("POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: "
                              "application/json\r\nContent-Length: 100\r\n\r\n{\"half\": ");
                socket->flush();
                socket->disconnectFromHost();
                break;
            }
        }
        QTest::qWait(1);
    }
    qInfo("%d of %d connections made and dropped in %lld ms", connectedCount, total,
          timer.elapsed());
    QCOMPARE(connectedCount, total);

    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(serverDescriptors() <= fdsBefore + 2, 5000);
    const qint64 rssAfter = serverRssKiB();
    qInfo("server RSS %lld KiB before, %lld KiB after; descriptors %d before, %d after", rssBefore,
          rssAfter, fdsBefore, serverDescriptors());
    if (checksResidentMemory)
        QVERIFY2(rssAfter - rssBefore < 50 * 1024,
                 qPrintable(QString::number(rssAfter - rssBefore)));
    // Nothing half-sent was stored, and the listener serves, from an address it saw dropped too.
    QCOMPARE(TestHttp::post(port(), "/hooks/test", "{}").status, 202);
    auto again = connectFrom(loopback(3, 0, 2));
    QTRY_COMPARE(again->socket->state(), QAbstractSocket::ConnectedState);
    again->socket->write(TestHttp::request("GET", "/health", {}, {}));
    QTRY_VERIFY(again->answeredMs >= 0);
    Response health;
    QVERIFY(TestHttp::parseResponse(again->received, health) > 0);
    QCOMPARE(health.status, 200);
    QCOMPARE(answered(202), 2); // the warm-up and the one just now
}

void tst_Torture::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QByteArray post
        = "POST /hooks/test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    QTest::addRow("no method") << QByteArray("/hooks/test HTTP/1.1\r\n\r\n") << 400
                               << errorBody("malformed request line");
    QTest::addRow("garbage line") << QByteArray("GARBAGE\r\n\r\n") << 400
                                  << errorBody("malformed request line");
    QTest::addRow("HTTP/0.9 request")
        << QByteArray("GET /health\r\n\r\n") << 400 << errorBody("malformed request line");
    QTest::addRow("HTTP/0.9 version") << QByteArray("GET /health HTTP/0.9\r\n\r\n") << 400
                                      << errorBody("unsupported HTTP version HTTP/0.9");
    QTest::addRow("HTTP/2 in plain text") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400
                                          << errorBody("unsupported HTTP version HTTP/2.0");
    QTest::addRow("bad method") << QByteArray("G(ET /health HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                << errorBody("malformed request method");
    QTest::addRow("two spaces in target") << QByteArray("GET /hea lth HTTP/1.1\r\nHost: x\r\n\r\n")
                                          << 400 << errorBody("malformed request target");
    // Sized by the literal (34 bytes): a hand-counted 36 read past its end (ASan).
    static constexpr char nulInTarget[] = "GET /hea\0lth HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::addRow("NUL in target") << QByteArray(nulInTarget, sizeof nulInTarget - 1) << 400
                                   << errorBody("malformed request target");
    QTest::addRow("header without colon")
        << QByteArray(post + "NoColonHere\r\nContent-Length: 2\r\n\r\n{}") << 400
        << errorBody("malformed header line");
    QTest::addRow("space in header name")
        << QByteArray(post + "Bad Name: x\r\nContent-Length: 2\r\n\r\n{}") << 400
        << errorBody("malformed header line");
    QTest::addRow("space before colon") << QByteArray(post + "Content-Length : 2\r\n\r\n{}") << 400
                                        << errorBody("malformed header line");
    QTest::addRow("folded header")
        << QByteArray(post + "X-A: one\r\n two\r\nContent-Length: 2\r\n\r\n{}") << 400
        << errorBody("obsolete header line folding is not accepted");
    QTest::addRow("NUL in header value")
        << QByteArray(post + QByteArray("X-A: a\0b\r\nContent-Length: 2\r\n\r\n{}", 32)) << 400
        << errorBody("invalid character in header field value");
    QTest::addRow("CR in header value")
        << QByteArray(post + "X-A: a\rContent-Length: 0\r\nContent-Length: 2\r\n\r\n{}") << 400
        << errorBody("invalid character in header field value");
    QTest::addRow("bare LF line endings")
        << QByteArray("POST /hooks/test HTTP/1.1\nHost: x\nContent-Length: 2\n\n{}") << 400
        << errorBody("line ending without CR (a bare LF)");
    QTest::addRow("Content-Length not a number") << QByteArray(post + "Content-Length: ten\r\n\r\n")
                                                 << 400 << errorBody("invalid Content-Length");
    QTest::addRow("Content-Length negative") << QByteArray(post + "Content-Length: -1\r\n\r\n")
                                             << 400 << errorBody("invalid Content-Length");
    QTest::addRow("Content-Length with sign") << QByteArray(post + "Content-Length: +2\r\n\r\n{}")
                                              << 400 << errorBody("invalid Content-Length");
    QTest::addRow("Content-Length overflowing")
        << QByteArray(post + "Content-Length: 99999999999999999999\r\n\r\n") << 400
        << errorBody("invalid Content-Length");
    QTest::addRow("Content-Length list") << QByteArray(post + "Content-Length: 2, 2\r\n\r\n{}")
                                         << 400 << errorBody("invalid Content-Length");
    QTest::addRow("two Content-Lengths")
        << QByteArray(post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{} ") << 400
        << errorBody("conflicting Content-Length headers");
    QTest::addRow("Content-Length and Transfer-Encoding")
        << QByteArray(
               post + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
        << 400 << errorBody("both Content-Length and Transfer-Encoding given");
    QTest::addRow("Transfer-Encoding gzip")
        << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n") << 400
        << errorBody("unsupported Transfer-Encoding");
    QTest::addRow("chunk size not hex")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n") << 400
        << errorBody("malformed chunked request body");
    QTest::addRow("chunk size overflowing")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n") << 400
        << errorBody("malformed chunked request body");
    QTest::addRow("chunk without CRLF")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n") << 400
        << errorBody("malformed chunked request body");
    QTest::addRow("overlong header line")
        << QByteArray(post + "X-Long: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n") << 431
        << errorBody("request header fields exceed 16384 bytes");
    QTest::addRow("overlong request line")
        << QByteArray("GET /" + QByteArray(20 * 1024, 'a') + " HTTP/1.1\r\n\r\n") << 431
        << errorBody("request header fields exceed 16384 bytes");
    QTest::addRow("too many headers")
        << QByteArray(post + QByteArray("X-A: b\r\n").repeated(3000) + "\r\n") << 431
        << errorBody("request header fields exceed 16384 bytes");
    QTest::addRow("body over the limit declared")
        << QByteArray(post + "Content-Length: 1048577\r\n\r\n") << 413
        << errorBody("request body of 1048577 bytes exceeds the limit of 1048576 bytes");
    QTest::addRow("binary junk") << QByteArray::fromHex("16030100a5010000a10303") + "\r\n\r\n"
                                 << 400 << errorBody("malformed request line");
}

// Each malformed request gets exactly its answer, the connection is closed, nothing is
// stored, and the next client is served.
void tst_Torture::malformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    const qint64 storedBefore = answered(202);
    QElapsedTimer timer;
    timer.start();
    TestHttp::Connection connection;
    QVERIFY(connection.open(port()));
    connection.send(request);
    const Response response = connection.read(3000);
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    QCOMPARE(response.header("connection"), QByteArray("close"));
    QVERIFY(connection.waitForClose(3000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    // Nothing of it was stored; the next request is.
    QCOMPARE(answered(202), storedBefore);
    QCOMPARE(TestHttp::post(port(), "/hooks/test", R"({"after":1})").status, 202);
    QCOMPARE(answered(202), storedBefore + 1);
}

QTEST_GUILESS_MAIN(tst_Torture)
#include "tst_torture.moc"
