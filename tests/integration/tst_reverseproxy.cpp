// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestclient.h"
#include "otbridgeprocess.h"
#include "selfsignedcertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using TestHttp::Response;

// packaging/nginx-otbridge.conf as shipped, with only its ports and certificate paths
// changed, in front of a real headless otbridge: nginx accepts it (`nginx -t`), and it
// exposes what it says it does: webhooks, acknowledgement links and /health through TLS, not
// the API from outside the internal networks, not /metrics, bodies over otbridge's limit
// refused at the edge, the client's address passed on, plain HTTP redirected.
class tst_ReverseProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sampleConfigurationLoads();
    void exposesWebhooksAndHealthOverTls();
    void keepsApiAndMetricsInside();
    void exposesAckLinks();
    void refusesOversizedBodyAtTheEdge();
    void redirectsPlainHttp();

private:
    Response viaProxy(const QByteArray &request);
    static quint16 freePort();

    QTemporaryDir m_dir;
    QString m_nginx;
    QString m_prefix;
    QSslCertificate m_certificate;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    OtBridgeProcess m_otbridge;
    QProcess m_proxy;
};

quint16 tst_ReverseProxy::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void tst_ReverseProxy::initTestCase()
{
    m_nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (m_nginx.isEmpty())
        m_nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    QVERIFY2(!m_nginx.isEmpty(),
             "nginx not found; packaging/bootstrap.sh test installs nginx-light");
    QVERIFY(m_dir.isValid());
    m_prefix = m_dir.filePath(QStringLiteral("nginx"));
    QVERIFY(QDir().mkpath(m_prefix + QStringLiteral("/temp")));

    const QString failed = makeSelfSignedCertificate(m_prefix + QStringLiteral("/cert.pem"),
                                                     m_prefix + QStringLiteral("/key.pem"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_certificate = QSslCertificate::fromPath(m_prefix + QStringLiteral("/cert.pem")).value(0);
    QVERIFY(!m_certificate.isNull());

    QVERIFY2(m_otbridge.start(m_dir.filePath(QStringLiteral("data"))),
             m_otbridge.output().constData());
    m_httpsPort = freePort();
    m_httpPort = freePort();

    QFile sample(QStringLiteral(OTBRIDGE_SOURCE_DIR "/packaging/nginx-otbridge.conf"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray site = sample.readAll();
    const auto replace = [&site](const QByteArray &from, const QByteArray &to) {
        QVERIFY2(site.contains(from), from.constData());
        site.replace(from, to);
    };
    replace("server 127.0.0.1:8787 ",
            "server 127.0.0.1:" + QByteArray::number(m_otbridge.port()) + ' ');
    replace("listen 443 ssl http2;",
            "listen 127.0.0.1:" + QByteArray::number(m_httpsPort) + " ssl http2;");
    replace("listen [::]:443 ssl http2;", "");
    replace("listen 80;", "listen 127.0.0.1:" + QByteArray::number(m_httpPort) + ';');
    replace("listen [::]:80;", "");
    replace("/etc/ssl/certs/otbridge.example.com.pem", QFile::encodeName(m_prefix) + "/cert.pem");
    replace("/etc/ssl/private/otbridge.example.com.key", QFile::encodeName(m_prefix) + "/key.pem");
    QFile siteFile(m_prefix + QStringLiteral("/site.conf"));
    QVERIFY(siteFile.open(QIODevice::WriteOnly));
    siteFile.write(site);
    siteFile.close();

    // What /etc/nginx/nginx.conf would give it, kept inside the scratch directory.
    const QByteArray prefix = QFile::encodeName(m_prefix);
    QByteArray main = "pid " + prefix + "/nginx.pid;\nerror_log stderr;\n";
    if (::geteuid() == 0)
        main += "user root;\n"; // else the workers run as nobody and cannot read the key
    main += "events {}\nhttp {\n    access_log off;\n";
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        main += QByteArray("    ") + temp + "_temp_path " + prefix + "/temp/" + temp + ";\n";
    main += "    include " + prefix + "/site.conf;\n}\n";
    QFile mainFile(m_prefix + QStringLiteral("/nginx.conf"));
    QVERIFY(mainFile.open(QIODevice::WriteOnly));
    mainFile.write(main);
}

void tst_ReverseProxy::cleanupTestCase()
{
    if (m_proxy.state() != QProcess::NotRunning) {
        m_proxy.terminate();
        if (!m_proxy.waitForFinished(5000))
            m_proxy.kill();
    }
}

void tst_ReverseProxy::sampleConfigurationLoads()
{
    const QStringList common {QStringLiteral("-p"), m_prefix,
                              QStringLiteral("-e"), QStringLiteral("stderr"),
                              QStringLiteral("-c"), m_prefix + QStringLiteral("/nginx.conf")};
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(m_nginx, QStringList {QStringLiteral("-t"), QStringLiteral("-q")} + common);
    QVERIFY(check.waitForFinished(10000));
    const QByteArray said = check.readAll();
    QVERIFY2(check.exitCode() == 0, said.constData());
    // nginx -t exits 0 on warnings too (a duplicate option, an ignored directive).
    QVERIFY2(said.trimmed().isEmpty(), said.constData());

    m_proxy.setProcessChannelMode(QProcess::ForwardedChannels);
    m_proxy.start(m_nginx,
                  common + QStringList {QStringLiteral("-g"), QStringLiteral("daemon off;")});
    QVERIFY(m_proxy.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(viaProxy(TestHttp::request("GET", "/health", {}, {})).status == 200,
                             10000);
}

Response tst_ReverseProxy::viaProxy(const QByteArray &request)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_certificate});
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_httpsPort);
    if (!socket.waitForEncrypted(3000))
        return {};
    socket.write(request);
    QByteArray buffer;
    Response response;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && TestHttp::parseResponse(buffer, response) == 0) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(100);
        buffer += socket.readAll();
    }
    return response;
}

void tst_ReverseProxy::exposesWebhooksAndHealthOverTls()
{
    const Response accepted = viaProxy(TestHttp::request(
        "POST", "/hooks/test", R"({"through":"nginx"})",
        {{"Content-Type", "application/json"}, {"X-Forwarded-For", "203.0.113.9"}}));
    QCOMPARE(accepted.status, 202);
    const QByteArray id = accepted.json().value(QLatin1String("id")).toString().toLatin1();
    QVERIFY(!id.isEmpty());
    QCOMPARE(viaProxy(TestHttp::request("GET", "/health", {}, {})).status, 200);

    // What otbridge stored says where the request came from: the client nginx saw, appended.
    const Response stored = TestHttp::exchange(
        m_otbridge.port(),
        TestHttp::request("GET", "/api/v1/events/" + id, {}, {OtBridgeProcess::authorization()}));
    QCOMPARE(stored.status, 200);
    QString forwarded;
    for (const QJsonValue &header : stored.json().value(QLatin1String("headers")).toArray()) {
        if (header[QLatin1String("name")].toString().compare(QLatin1String("x-forwarded-for"),
                                                             Qt::CaseInsensitive)
            == 0)
            forwarded = header[QLatin1String("value")].toString();
    }
    QCOMPARE(forwarded, QStringLiteral("203.0.113.9, 127.0.0.1"));
}

void tst_ReverseProxy::keepsApiAndMetricsInside()
{
    // 127.0.0.1 is not one of the internal networks the sample lets reach the API.
    const Response api = viaProxy(
        TestHttp::request("GET", "/api/v1/events/x", {}, {OtBridgeProcess::authorization()}));
    QCOMPARE(api.status, 403);
    QVERIFY(!api.body.contains("\"error\"")); // nginx's refusal, not otbridge's
    QCOMPARE(viaProxy(TestHttp::request("GET", "/metrics", {}, {})).status, 404);
    QCOMPARE(viaProxy(TestHttp::request("GET", "/", {}, {})).status, 404);
    // otbridge itself still serves them on loopback.
    QCOMPARE(TestHttp::get(m_otbridge.port(), "/metrics").status, 200);
}

void tst_ReverseProxy::exposesAckLinks()
{
    // Acknowledgement links reach otbridge from outside (this one makes none: it has no public
    // URL, and says so on its own page), with the client's address for its rate limit.
    const Response page = viaProxy(TestHttp::request("GET", "/ack/" + QByteArray(40, 'A'), {}, {}));
    QCOMPARE(page.status, 404);
    QVERIFY2(page.body.contains("<h1>Acknowledgement links are switched off</h1>"),
             page.body.constData());
    QCOMPARE(viaProxy(TestHttp::request("POST", "/ack/" + QByteArray(40, 'A'), {}, {})).status,
             404);
    // The API stays inside, whatever the path looks like.
    QCOMPARE(viaProxy(TestHttp::request("POST", "/api/v1/events/x/ack", {}, {})).status, 403);
}

void tst_ReverseProxy::refusesOversizedBodyAtTheEdge()
{
    const QByteArray head = "POST /hooks/test HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                            "application/json\r\nContent-Length: 2097152\r\n\r\n";
    const Response refused = viaProxy(head);
    QCOMPARE(refused.status, 413);
    // Within the limit, through.
    QCOMPARE(viaProxy(TestHttp::request("POST", "/hooks/test",
                                        R"({"pad":")" + QByteArray(900 * 1024, 'x') + R"("})"))
                 .status,
             202);
}

void tst_ReverseProxy::redirectsPlainHttp()
{
    const Response redirect
        = TestHttp::exchange(m_httpPort, TestHttp::request("POST", "/hooks/test", "{}"));
    QCOMPARE(redirect.status, 301);
    QCOMPARE(redirect.header("location"), QByteArray("https://127.0.0.1/hooks/test"));
}

QTEST_GUILESS_MAIN(tst_ReverseProxy)
#include "tst_reverseproxy.moc"
