// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/httpsender.h"
#include "event/webhooksignature.h"
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace OtBridge;

namespace {

// A loopback HTTP/1.1 peer that answers from a script, for what the sandbox's /capture never
// does (it always answers 200): other statuses, Retry-After, redirects, silence, resets and
// huge answers. It runs on the test's thread: the sender is asynchronous, so both make
// progress while the test waits.
class Responder : public QObject
{
public:
    enum class Action { Answer, Hang, Reset };
    struct Step
    {
        Action action = Action::Answer;
        QByteArray response;
    };

    Responder()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }

    void setSteps(const QList<Step> &steps) { m_steps = steps; }
    void answerAlways(const QByteArray &response) { m_steps = {{Action::Answer, response}}; }
    const QList<QByteArray> &requests() const { return m_requests; }
    int connections() const { return m_connections; }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body = {},
                               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto &[name, value] : headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
        return bytes;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        m_requests.append(buffer.left(headEnd + 4 + length));
        buffer.clear();
        // The last step repeats.
        const Step step = m_steps.size() > 1 ? m_steps.takeFirst() : m_steps.value(0);
        switch (step.action) {
        case Action::Answer:
            socket->write(step.response);
            socket->disconnectFromHost();
            break;
        case Action::Hang:
            break;
        case Action::Reset:
            socket->abort();
            break;
        }
    }

    QTcpServer m_server;
    QList<Step> m_steps;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

QByteArray headerValue(const QJsonArray &headers, const QByteArray &name)
{
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return pair.at(1).toString().toUtf8();
    }
    return {};
}

bool hasHeader(const QJsonArray &headers, const QByteArray &name)
{
    for (const QJsonValue &header : headers) {
        if (header.toArray().at(0).toString().compare(QLatin1String(name), Qt::CaseInsensitive)
            == 0)
            return true;
    }
    return false;
}

HttpRequestSpec post(const QUrl &url, const QByteArray &body = "{\"text\":\"hello\"}")
{
    HttpRequestSpec spec;
    spec.url = url;
    spec.headers = {{"Content-Type", "application/json"}};
    spec.body = body;
    return spec;
}

} // namespace

// The sender against the real sandbox's /capture endpoint (what arrives: method, path, headers,
// signature, body) and against a scripted loopback peer (how every kind of answer is judged).
class tst_HttpSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capturedRequestIsSignedAndComplete();
    void idempotencyKeyIsStableAcrossSends();
    void binaryBodyAndApiKeyHeader();
    void unsignedRequestHasNoSignatureHeaders();
    void templateHeadersCannotReplaceTheBridgesOwn();
    void successStatusesAreDelivered_data();
    void successStatusesAreDelivered();
    void retryableStatuses_data();
    void retryableStatuses();
    void badRequestIsPermanentWithTheBodyText();
    void longErrorBodyIsCut();
    void redirectIsNotFollowed();
    void timeoutIsRetryLaterInWords();
    void resetConnectionIsRetryLater();
    void refusedConnectionIsRetryLater();
    void responseBodyIsCappedAt64KiB();
    void abortAllEndsEveryRequest();
    void secretsNeverReachTheError();
    void invalidUrlFailsLater();

private:
    static HttpOutcome sendAndWait(HttpSender &sender, const QString &id,
                                   const HttpRequestSpec &request,
                                   const HttpSendOptions &options = {});
    QJsonArray captures();

    SandboxProcess m_sandbox;
    qint64 m_seenSeq = 0;
};

void tst_HttpSender::initTestCase()
{
    QVERIFY2(m_sandbox.start(), m_sandbox.output().constData());
}

HttpOutcome tst_HttpSender::sendAndWait(HttpSender &sender, const QString &id,
                                        const HttpRequestSpec &request,
                                        const HttpSendOptions &options)
{
    QSignalSpy spy(&sender, &HttpSender::sent);
    sender.send(id, request, options);
    if (!spy.wait(15000) || spy.size() != 1) {
        HttpOutcome none;
        none.error = QStringLiteral("no sent() signal");
        return none;
    }
    const QList<QVariant> arguments = spy.takeFirst();
    if (arguments.at(0).toString() != id) {
        HttpOutcome wrong;
        wrong.error = QStringLiteral("sent() for another delivery");
        return wrong;
    }
    return arguments.at(1).value<HttpOutcome>();
}

// The captures that arrived since the last call, oldest first.
QJsonArray tst_HttpSender::captures()
{
    const TestHttp::Response response
        = TestHttp::get(m_sandbox.port(), "/admin/inbox?since=" + QByteArray::number(m_seenSeq));
    const QJsonArray newestFirst = response.json().value(QLatin1String("messages")).toArray();
    QJsonArray oldestFirst;
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i) {
        const QJsonObject capture = newestFirst.at(i).toObject();
        oldestFirst.append(capture);
        m_seenSeq = qMax(m_seenSeq, qint64(capture.value(QLatin1String("seq")).toDouble()));
    }
    return oldestFirst;
}

void tst_HttpSender::capturedRequestIsSignedAndComplete()
{
    HttpSender sender;
    const QByteArray key = QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    HttpSendOptions options;
    options.signingKey = key;
    options.authorization = "Bearer sekret-token-123";
    HttpRequestSpec request
        = post(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/capture/slack?team=ops"))),
               QStringLiteral("{\"text\":\"Vertrag “bereit” ✓\"}").toUtf8());
    request.headers.append(qMakePair(QByteArray("X-Custom"), QByteArray("yes")));
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpOutcome outcome = sendAndWait(sender, id, request, options);
    QVERIFY2(outcome.kind == HttpOutcome::Kind::Delivered, qPrintable(outcome.error));
    QCOMPARE(outcome.httpStatus, 200);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(outcome.responseBody).object().value("captured"),
             QJsonValue(true));
    QCOMPARE(sender.inFlight(), 0);

    const QJsonArray arrived = captures();
    QCOMPARE(arrived.size(), 1);
    const QJsonObject capture = arrived.at(0).toObject();
    QCOMPARE(capture.value("name").toString(), QStringLiteral("slack"));
    QCOMPARE(capture.value("method").toString(), QStringLiteral("POST"));
    QCOMPARE(capture.value("path").toString(), QStringLiteral("/capture/slack"));
    QCOMPARE(capture.value("query").toString(), QStringLiteral("team=ops"));
    QCOMPARE(capture.value("body_encoding").toString(), QStringLiteral("text"));
    QCOMPARE(capture.value("body").toString().toUtf8(), request.body);

    const QJsonArray headers = capture.value("headers").toArray();
    QCOMPARE(headerValue(headers, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(headerValue(headers, "X-Custom"), QByteArray("yes"));
    QCOMPARE(headerValue(headers, "Authorization"), QByteArray("Bearer sekret-token-123"));
    QCOMPARE(headerValue(headers, "User-Agent"), QByteArray("otbridge/" OTBRIDGE_VERSION));
    QCOMPARE(headerValue(headers, "Idempotency-Key"), id.toUtf8());
    QCOMPARE(headerValue(headers, "webhook-id"), id.toUtf8());
    const QByteArray timestamp = headerValue(headers, "webhook-timestamp");
    QVERIFY(timestamp.toLongLong() >= before.toSecsSinceEpoch());
    QVERIFY(timestamp.toLongLong() <= QDateTime::currentSecsSinceEpoch());
    const QByteArray signature = headerValue(headers, "webhook-signature");
    QVERIFY2(signature.startsWith("v1,"), signature.constData());
    QCOMPARE(StandardWebhooks::verify(key, id.toUtf8(), timestamp, signature, request.body,
                                      QDateTime::currentDateTimeUtc()),
             StandardWebhooks::Verdict::Valid);
    // The signature covers the body: another body does not verify.
    QCOMPARE(StandardWebhooks::verify(key, id.toUtf8(), timestamp, signature, "{}",
                                      QDateTime::currentDateTimeUtc()),
             StandardWebhooks::Verdict::SignatureMismatch);
}

void tst_HttpSender::idempotencyKeyIsStableAcrossSends()
{
    HttpSender sender;
    HttpSendOptions options;
    options.signingKey = "0123456789abcdef";
    const HttpRequestSpec request
        = post(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/capture/retry"))));
    const QString id = QStringLiteral("delivery-7");
    captures();
    for (int i = 0; i < 2; ++i) {
        const HttpOutcome outcome = sendAndWait(sender, id, request, options);
        QVERIFY2(outcome.kind == HttpOutcome::Kind::Delivered, qPrintable(outcome.error));
    }
    const HttpOutcome other = sendAndWait(sender, QStringLiteral("delivery-8"), request, options);
    QVERIFY2(other.kind == HttpOutcome::Kind::Delivered, qPrintable(other.error));

    const QJsonArray arrived = captures();
    QCOMPARE(arrived.size(), 3);
    QList<QByteArray> keys, ids;
    for (const QJsonValue &capture : arrived) {
        const QJsonArray headers = capture.toObject().value("headers").toArray();
        keys.append(headerValue(headers, "Idempotency-Key"));
        ids.append(headerValue(headers, "webhook-id"));
    }
    QCOMPARE(keys, (QList<QByteArray> {"delivery-7", "delivery-7", "delivery-8"}));
    QCOMPARE(ids, keys);
}

void tst_HttpSender::binaryBodyAndApiKeyHeader()
{
    HttpSender sender;
    HttpSendOptions options;
    options.authHeaderName = "X-Api-Key";
    options.authHeaderValue = "key-abcdef-123456";
    HttpRequestSpec request;
    request.method = "PUT";
    request.url = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/capture/bin")));
    request.headers = {{"Content-Type", "application/octet-stream"}};
    for (int i = 0; i < 1024; ++i)
        request.body.append(char(i % 256));
    captures();
    const HttpOutcome outcome = sendAndWait(sender, QStringLiteral("bin-1"), request, options);
    QVERIFY2(outcome.kind == HttpOutcome::Kind::Delivered, qPrintable(outcome.error));

    const QJsonArray arrived = captures();
    QCOMPARE(arrived.size(), 1);
    const QJsonObject capture = arrived.at(0).toObject();
    QCOMPARE(capture.value("method").toString(), QStringLiteral("PUT"));
    QCOMPARE(capture.value("body_encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(capture.value("body").toString().toLatin1()), request.body);
    const QJsonArray headers = capture.value("headers").toArray();
    QCOMPARE(headerValue(headers, "X-Api-Key"), QByteArray("key-abcdef-123456"));
    QCOMPARE(headerValue(headers, "Content-Type"), QByteArray("application/octet-stream"));
    QVERIFY(!hasHeader(headers, "Authorization"));
}

void tst_HttpSender::unsignedRequestHasNoSignatureHeaders()
{
    HttpSender sender;
    HttpSendOptions options;
    options.idempotencyKey = false;
    HttpRequestSpec request;
    request.url = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/capture/plain")));
    request.body = "{\"a\":1}"; // no Content-Type given: JSON is labelled as JSON
    captures();
    const HttpOutcome outcome = sendAndWait(sender, QStringLiteral("plain-1"), request, options);
    QVERIFY2(outcome.kind == HttpOutcome::Kind::Delivered, qPrintable(outcome.error));
    const QJsonArray arrived = captures();
    QCOMPARE(arrived.size(), 1);
    const QJsonArray headers = arrived.at(0).toObject().value("headers").toArray();
    for (const QByteArray name : {"webhook-id", "webhook-timestamp", "webhook-signature",
                                  "Idempotency-Key", "Authorization"})
        QVERIFY2(!hasHeader(headers, name), name.constData());
    QCOMPARE(headerValue(headers, "Content-Type"), QByteArray("application/json"));
}

void tst_HttpSender::templateHeadersCannotReplaceTheBridgesOwn()
{
    HttpSender sender;
    HttpSendOptions options;
    options.signingKey = "0123456789abcdef";
    options.authorization = "Basic dXNlcjpwYXNz";
    HttpRequestSpec request
        = post(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/capture/h"))));
    request.headers += {{"webhook-id", "forged"},
                        {"Idempotency-Key", "forged"},
                        {"Authorization", "Bearer forged"},
                        {"Content-Length", "3"}};
    captures();
    const HttpOutcome outcome = sendAndWait(sender, QStringLiteral("real-id"), request, options);
    QVERIFY2(outcome.kind == HttpOutcome::Kind::Delivered, qPrintable(outcome.error));
    const QJsonArray arrived = captures();
    QCOMPARE(arrived.size(), 1);
    const QJsonObject capture = arrived.at(0).toObject();
    const QJsonArray headers = capture.value("headers").toArray();
    QCOMPARE(headerValue(headers, "webhook-id"), QByteArray("real-id"));
    QCOMPARE(headerValue(headers, "Idempotency-Key"), QByteArray("real-id"));
    QCOMPARE(headerValue(headers, "Authorization"), QByteArray("Basic dXNlcjpwYXNz"));
    QCOMPARE(capture.value("body").toString().toUtf8(), request.body);
}

void tst_HttpSender::successStatusesAreDelivered_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("200") << 200 << QByteArray("ok");
    QTest::addRow("201") << 201 << QByteArray("{\"id\":\"INC0010001\"}");
    QTest::addRow("202") << 202 << QByteArray();
    QTest::addRow("204") << 204 << QByteArray();
}

void tst_HttpSender::successStatusesAreDelivered()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    Responder responder;
    QVERIFY(responder.listen());
    responder.answerAlways(Responder::response(status, "Fine", body));
    HttpSender sender;
    const HttpOutcome outcome
        = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/hook"))));
    QVERIFY2(outcome.kind == HttpOutcome::Kind::Delivered, qPrintable(outcome.error));
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.responseBody, body);
    QVERIFY(!outcome.retryAfterSeconds);
    QCOMPARE(responder.requests().size(), 1);
    QVERIFY(responder.requests().first().startsWith("POST /hook HTTP/1.1\r\n"));
}

void tst_HttpSender::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<int>("highest");
    const QByteArray inThirtySeconds
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(30), "ddd, dd MMM yyyy HH:mm:ss")
              .toLatin1()
        + " GMT";
    QTest::addRow("503 retry after 7") << 503 << QByteArray("7") << 7 << 7;
    QTest::addRow("429 retry after a date") << 429 << inThirtySeconds << 27 << 30;
    QTest::addRow("408") << 408 << QByteArray() << -1 << -1;
    QTest::addRow("500") << 500 << QByteArray() << -1 << -1;
    QTest::addRow("502 unreadable retry after") << 502 << QByteArray("later") << -1 << -1;
}

void tst_HttpSender::retryableStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, lowest);
    QFETCH(int, highest);
    Responder responder;
    QVERIFY(responder.listen());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    responder.answerAlways(Responder::response(status, "Busy", "try later, please", headers));
    HttpSender sender;
    const HttpOutcome outcome
        = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/hook"))));
    QVERIFY2(outcome.kind == HttpOutcome::Kind::RetryLater, qPrintable(outcome.error));
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(
        outcome.error,
        QStringLiteral("HTTP %1 from %2: try later, please").arg(status).arg(responder.host()));
    if (lowest < 0) {
        QVERIFY(!outcome.retryAfterSeconds);
    } else {
        QVERIFY(outcome.retryAfterSeconds);
        QVERIFY2(*outcome.retryAfterSeconds >= lowest && *outcome.retryAfterSeconds <= highest,
                 qPrintable(QString::number(*outcome.retryAfterSeconds)));
    }
    QCOMPARE(responder.requests().size(), 1); // the sender never retries on its own
}

void tst_HttpSender::badRequestIsPermanentWithTheBodyText()
{
    const QList<QPair<int, QByteArray>> cases
        = {{400, "{\"error\": \"field 'summary' is required\"}"},
           {401, "bad token"},
           {404, "no such hook"},
           {410, "gone"}};
    for (const auto &[status, body] : cases) {
        Responder responder;
        QVERIFY(responder.listen());
        responder.answerAlways(Responder::response(status, "No", body));
        HttpSender sender;
        const HttpOutcome outcome
            = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/x"))));
        QVERIFY2(outcome.kind == HttpOutcome::Kind::PermanentFailure, qPrintable(outcome.error));
        QCOMPARE(outcome.httpStatus, status);
        QCOMPARE(outcome.error,
                 QStringLiteral("HTTP %1 from %2: %3")
                     .arg(status)
                     .arg(responder.host(), QString::fromUtf8(body)));
        QCOMPARE(outcome.responseBody, body);
    }
}

void tst_HttpSender::longErrorBodyIsCut()
{
    Responder responder;
    QVERIFY(responder.listen());
    const QByteArray body = QByteArray("line one\n\n   line two ") + QByteArray(500, 'x');
    responder.answerAlways(Responder::response(422, "Unprocessable", body));
    HttpSender sender;
    const HttpOutcome outcome
        = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/x"))));
    QVERIFY(outcome.kind == HttpOutcome::Kind::PermanentFailure);
    const QString prefix = QStringLiteral("HTTP 422 from %1: ").arg(responder.host());
    QVERIFY2(outcome.error.startsWith(prefix + QStringLiteral("line one line two xxx")),
             qPrintable(outcome.error));
    QCOMPARE(outcome.error.size(), prefix.size() + 200 + 1);
    QVERIFY(outcome.error.endsWith(QStringLiteral("x…")));
    QCOMPARE(outcome.responseBody, body);
}

void tst_HttpSender::redirectIsNotFollowed()
{
    Responder elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.answerAlways(Responder::response(200, "OK"));
    Responder responder;
    QVERIFY(responder.listen());
    responder.answerAlways(Responder::response(
        301, "Moved Permanently", "moved",
        {{"Location", elsewhere.url(QStringLiteral("/new/secret-path")).toString().toLatin1()}}));
    HttpSender sender;
    const HttpOutcome outcome
        = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/old"))));
    QVERIFY2(outcome.kind == HttpOutcome::Kind::PermanentFailure, qPrintable(outcome.error));
    QCOMPARE(outcome.httpStatus, 301);
    QCOMPARE(outcome.error,
             QStringLiteral("HTTP 301 from %1: a redirect to http://%2, not followed (a webhook "
                            "receiver should answer directly)")
                 .arg(responder.host(), elsewhere.host()));
    QCOMPARE(responder.requests().size(), 1);
    // Give a followed redirect every chance to show up before concluding it did not.
    QTest::qWait(200);
    QCOMPARE(elsewhere.connections(), 0);
}

void tst_HttpSender::timeoutIsRetryLaterInWords()
{
    Responder responder;
    QVERIFY(responder.listen());
    responder.setSteps({{Responder::Action::Hang, {}}});
    HttpSender sender;
    HttpSendOptions options;
    options.timeoutMs = 300;
    const HttpOutcome outcome = sendAndWait(sender, QStringLiteral("d"),
                                            post(responder.url(QStringLiteral("/slow"))), options);
    QVERIFY(outcome.kind == HttpOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, 0);
    QCOMPARE(outcome.error,
             QStringLiteral("no answer from %1 within 300 ms").arg(responder.host()));
    QVERIFY2(outcome.elapsedMs >= 290 && outcome.elapsedMs < 5000,
             qPrintable(QString::number(outcome.elapsedMs)));
    QCOMPARE(responder.requests().size(), 1);
    QCOMPARE(sender.inFlight(), 0);
}

void tst_HttpSender::resetConnectionIsRetryLater()
{
    Responder responder;
    QVERIFY(responder.listen());
    responder.setSteps({{Responder::Action::Reset, {}}});
    HttpSender sender;
    const HttpOutcome outcome
        = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/reset"))));
    QVERIFY(outcome.kind == HttpOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY2(outcome.error.startsWith(QStringLiteral("cannot reach %1: ").arg(responder.host())),
             qPrintable(outcome.error));
    QVERIFY2(!outcome.error.contains(QLatin1String("/reset")), qPrintable(outcome.error));
}

void tst_HttpSender::refusedConnectionIsRetryLater()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    HttpSender sender;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/capture/x").arg(port));
    const HttpOutcome outcome = sendAndWait(sender, QStringLiteral("d"), post(url));
    QVERIFY(outcome.kind == HttpOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, 0);
    QCOMPARE(outcome.error,
             QStringLiteral("cannot reach 127.0.0.1:%1: Connection refused").arg(port));
}

void tst_HttpSender::responseBodyIsCappedAt64KiB()
{
    for (const int status : {200, 503}) {
        Responder responder;
        QVERIFY(responder.listen());
        const QByteArray huge(1024 * 1024, 'a');
        responder.answerAlways(Responder::response(status, "Big", huge));
        HttpSender sender;
        const HttpOutcome outcome
            = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/big"))));
        QCOMPARE(outcome.httpStatus, status);
        QCOMPARE(outcome.kind,
                 status == 200 ? HttpOutcome::Kind::Delivered : HttpOutcome::Kind::RetryLater);
        QCOMPARE(outcome.responseBody.size(), 64 * 1024);
        QCOMPARE(outcome.responseBody, huge.left(64 * 1024));
    }
    // Exactly the cap is kept whole.
    Responder responder;
    QVERIFY(responder.listen());
    const QByteArray exact(64 * 1024, 'b');
    responder.answerAlways(Responder::response(200, "OK", exact));
    HttpSender sender;
    const HttpOutcome outcome
        = sendAndWait(sender, QStringLiteral("d"), post(responder.url(QStringLiteral("/big"))));
    QVERIFY(outcome.kind == HttpOutcome::Kind::Delivered);
    QCOMPARE(outcome.responseBody, exact);
}

void tst_HttpSender::abortAllEndsEveryRequest()
{
    Responder responder;
    QVERIFY(responder.listen());
    responder.setSteps({{Responder::Action::Hang, {}}});
    HttpSender sender;
    QSignalSpy spy(&sender, &HttpSender::sent);
    for (int i = 0; i < 3; ++i)
        sender.send(QStringLiteral("d%1").arg(i), post(responder.url(QStringLiteral("/hang"))), {});
    QCOMPARE(sender.inFlight(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(responder.requests().size(), 3, 10000);
    QCOMPARE(spy.size(), 0);
    sender.abortAll();
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 5000);
    QCOMPARE(sender.inFlight(), 0);
    QStringList ids;
    for (const QList<QVariant> &arguments : spy) {
        ids.append(arguments.at(0).toString());
        const HttpOutcome outcome = arguments.at(1).value<HttpOutcome>();
        QVERIFY(outcome.kind == HttpOutcome::Kind::RetryLater);
        QCOMPARE(outcome.error,
                 QStringLiteral("cancelled before %1 answered").arg(responder.host()));
    }
    ids.sort();
    QCOMPARE(ids, (QStringList {"d0", "d1", "d2"}));
}

void tst_HttpSender::secretsNeverReachTheError()
{
    // A receiver that echoes the request back in its error, as debugging endpoints do.
    Responder responder;
    QVERIFY(responder.listen());
    responder.answerAlways(Responder::response(
        400, "Bad Request",
        "you sent Authorization: Bearer tok-SECRET-42 and X-Api-Key: apikey-SECRET-7"));
    HttpSender sender;
    HttpSendOptions options;
    options.authorization = "Bearer tok-SECRET-42";
    options.authHeaderName = "X-Api-Key";
    options.authHeaderValue = "apikey-SECRET-7";
    options.signingKey = "signing-key-bytes";
    const HttpOutcome outcome = sendAndWait(sender, QStringLiteral("d"),
                                            post(responder.url(QStringLiteral("/echo"))), options);
    QVERIFY(outcome.kind == HttpOutcome::Kind::PermanentFailure);
    QVERIFY2(!outcome.error.contains(QLatin1String("SECRET")), qPrintable(outcome.error));
    QCOMPARE(outcome.error,
             QStringLiteral("HTTP 400 from %1: you sent Authorization: [redacted] and "
                            "X-Api-Key: [redacted]")
                 .arg(responder.host()));
}

void tst_HttpSender::invalidUrlFailsLater()
{
    HttpSender sender;
    QSignalSpy spy(&sender, &HttpSender::sent);
    HttpRequestSpec request = post(QUrl(QStringLiteral("/relative/only")));
    sender.send(QStringLiteral("d"), request, {});
    QCOMPARE(spy.size(), 0); // never from inside send(): the caller is still setting up
    QVERIFY(spy.wait(5000));
    const HttpOutcome outcome = spy.first().at(1).value<HttpOutcome>();
    QVERIFY(outcome.kind == HttpOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.error,
             QStringLiteral("the target's URL is not an absolute http or https URL"));
}

QTEST_GUILESS_MAIN(tst_HttpSender)
#include "tst_httpsender.moc"
