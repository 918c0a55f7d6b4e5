// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "httptestclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;
using TestHttp::Response;

// The listener over TLS, in-process, against certificates openssl makes for each run (no key
// is ever committed): webhooks over HTTPS, a renewed certificate picked up without a restart,
// a broken renewal refused with the old certificate still serving, and clients that do not
// speak TLS or never finish the handshake dropped without hurting anyone else.
class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptsWebhookOverTls();
    void rsaCertificateWorksToo();
    void reloadsRenewedCertificate();
    void keepsCertificateWhenRenewalDoesNotMatch();
    void refusesToStartWithMismatchedPair_data();
    void refusesToStartWithMismatchedPair();
    void warnsAboutKeyReadableByEveryone();
    void plainHttpOnTlsPortFailsCleanly();
    void unfinishedHandshakeIsDroppedAtTheDeadline();

private:
    struct Pair
    {
        QString certificate;
        QString key;
        QByteArray digest; // SHA-256 of the DER certificate, hex
    };
    Pair makePair(const QString &name, const QString &keyType);
    void startEngine(const Pair &pair, const ListenerLimits &limits = {});
    // One request over a fresh TLS connection that trusts only `trusted`.
    Response tlsExchange(const QByteArray &request, const Pair &trusted, QByteArray *peerDigest);
    static void replaceFile(const QString &from, const QString &to);
    quint16 port() const { return quint16(m_engine->url().port()); }

    QTemporaryDir m_keys;
    Pair m_a, m_b, m_rsa;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    Pair m_live; // the files the engine was given
};

tst_Tls::Pair tst_Tls::makePair(const QString &name, const QString &keyType)
{
    Pair pair;
    pair.certificate = m_keys.filePath(name + QStringLiteral(".crt"));
    pair.key = m_keys.filePath(name + QStringLiteral(".key"));
    QStringList arguments {QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey"), keyType};
    if (keyType == QLatin1String("ec"))
        arguments << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:prime256v1");
    arguments << QStringLiteral("-nodes") << QStringLiteral("-days") << QStringLiteral("2")
              << QStringLiteral("-subj") << QStringLiteral("/CN=127.0.0.1")
              << QStringLiteral("-addext") << QStringLiteral("subjectAltName=IP:127.0.0.1")
              << QStringLiteral("-keyout") << pair.key << QStringLiteral("-out")
              << pair.certificate;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        qFatal("openssl req failed: %s", openssl.readAll().constData());
    QFile::setPermissions(pair.key, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(pair.certificate);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(pair.certificate));
    pair.digest
        = QSslCertificate(file.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256).toHex();
    return pair;
}

void tst_Tls::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "openssl is not installed (packaging/debian-test-packages.txt lists it)");
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    QVERIFY(m_keys.isValid());
    m_a = makePair(QStringLiteral("a"), QStringLiteral("ec"));
    m_b = makePair(QStringLiteral("b"), QStringLiteral("ec"));
    m_rsa = makePair(QStringLiteral("rsa"), QStringLiteral("rsa:2048"));
    QVERIFY(m_a.digest != m_b.digest);
}

void tst_Tls::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Tls::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

void tst_Tls::replaceFile(const QString &from, const QString &to)
{
    // As certbot and editors do: write beside, then rename over.
    const QString temporary = to + QStringLiteral(".new");
    QFile::remove(temporary);
    QVERIFY(QFile::copy(from, temporary));
    QFile::setPermissions(temporary, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(to).constData())
            == 0);
}

void tst_Tls::startEngine(const Pair &pair, const ListenerLimits &limits)
{
    // The engine watches its own copies, which the tests then replace.
    m_live.certificate = m_dir->filePath(QStringLiteral("live.crt"));
    m_live.key = m_dir->filePath(QStringLiteral("live.key"));
    replaceFile(pair.certificate, m_live.certificate);
    replaceFile(pair.key, m_live.key);
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.limits = limits;
    options.tlsCertificatePath = m_live.certificate;
    options.tlsKeyPath = m_live.key;
    m_engine = std::make_unique<Engine>();
    const auto url = m_engine->start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QCOMPARE(url->scheme(), QStringLiteral("https"));
}

Response tst_Tls::tlsExchange(const QByteArray &request, const Pair &trusted,
                              QByteArray *peerDigest)
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(trusted.certificate));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
    if (!socket.waitForEncrypted(5000)) {
        qInfo() << "TLS handshake failed:" << socket.errorString() << socket.sslHandshakeErrors();
        return {};
    }
    if (peerDigest)
        *peerDigest = socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
    socket.write(request);
    QByteArray buffer;
    Response response;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        buffer += socket.readAll();
        if (TestHttp::parseResponse(buffer, response) > 0 && response.status != 100)
            return response;
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.waitForReadyRead(100);
    }
    return {};
}

void tst_Tls::acceptsWebhookOverTls()
{
    startEngine(m_a);
    QByteArray digest;
    const Response response
        = tlsExchange(TestHttp::request("POST", "/hooks/test", R"({"over":"tls"})"), m_a, &digest);
    QCOMPARE(response.status, 202);
    QCOMPARE(digest, m_a.digest);
    QCOMPARE(m_engine->store()->count(), 1);
    // A client that trusts another certificate refuses ours: the handshake is real.
    QCOMPARE(tlsExchange(TestHttp::request("GET", "/health", {}, {}), m_b, nullptr).status, 0);
}

void tst_Tls::rsaCertificateWorksToo()
{
    startEngine(m_rsa);
    QByteArray digest;
    QCOMPARE(tlsExchange(TestHttp::request("POST", "/hooks/test", "{}"), m_rsa, &digest).status,
             202);
    QCOMPARE(digest, m_rsa.digest);
}

void tst_Tls::reloadsRenewedCertificate()
{
    startEngine(m_a);
    // A kept-alive connection from before the renewal.
    QSslSocket early;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_a.certificate));
    early.setSslConfiguration(configuration);
    early.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
    QVERIFY2(early.waitForEncrypted(5000), qPrintable(early.errorString()));

    replaceFile(m_b.key, m_live.key);
    replaceFile(m_b.certificate, m_live.certificate);
    QElapsedTimer waited;
    waited.start();
    QByteArray digest;
    Response response;
    while (waited.elapsed() < 10000) {
        // Trusting only the new certificate: this succeeds once the listener serves it.
        response = tlsExchange(TestHttp::request("POST", "/hooks/test", "{}"), m_b, &digest);
        if (response.status == 202)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(response.status, 202);
    QCOMPARE(digest, m_b.digest);
    qInfo("new certificate served %lld ms after the files were replaced", waited.elapsed());

    // The connection from before keeps its session and its certificate.
    QCOMPARE(early.peerCertificate().digest(QCryptographicHash::Sha256).toHex(), m_a.digest);
    early.write(TestHttp::request("POST", "/hooks/test", "{}"));
    QByteArray buffer;
    Response kept;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && TestHttp::parseResponse(buffer, kept) == 0) {
        early.waitForReadyRead(100);
        buffer += early.readAll();
    }
    QCOMPARE(kept.status, 202);
}

void tst_Tls::keepsCertificateWhenRenewalDoesNotMatch()
{
    startEngine(m_a);
    // A renewal gone wrong: B's certificate with A's key still in place.
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(
            QStringLiteral("^keeping the TLS certificate in use \\(SHA-256 %1\\): the private "
                           "key in .*live\\.key does not belong to the certificate in "
                           ".*live\\.crt$")
                .arg(QString::fromLatin1(m_a.digest))));
    replaceFile(m_b.certificate, m_live.certificate);
    // The reload waits half a second for the other file; give it time to decide.
    QTest::qWait(1500);
    QByteArray digest;
    QCOMPARE(tlsExchange(TestHttp::request("POST", "/hooks/test", "{}"), m_a, &digest).status, 202);
    QCOMPARE(digest, m_a.digest);

    // Garbage in the certificate file: refused the same way.
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(
            QStringLiteral("^keeping the TLS certificate in use \\(SHA-256 %1\\): .*live\\.crt "
                           "holds no PEM certificate")
                .arg(QString::fromLatin1(m_a.digest))));
    {
        QFile broken(m_dir->filePath(QStringLiteral("broken.crt")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    }
    replaceFile(m_dir->filePath(QStringLiteral("broken.crt")), m_live.certificate);
    QTest::qWait(1500);
    QCOMPARE(tlsExchange(TestHttp::request("POST", "/hooks/test", "{}"), m_a, &digest).status, 202);
    QCOMPARE(digest, m_a.digest);

    // Once the pair is right again, it is taken.
    replaceFile(m_b.key, m_live.key);
    replaceFile(m_b.certificate, m_live.certificate);
    QTRY_COMPARE_WITH_TIMEOUT(
        tlsExchange(TestHttp::request("GET", "/health", {}, {}), m_b, &digest).status, 200, 10000);
    QCOMPARE(digest, m_b.digest);
}

void tst_Tls::refusesToStartWithMismatchedPair_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("error");
    QTest::addRow("EC key of another certificate")
        << m_a.certificate << m_b.key
        << QStringLiteral("the private key in %1 does not belong to the certificate in %2")
               .arg(m_b.key, m_a.certificate);
    QTest::addRow("EC key for an RSA certificate")
        << m_rsa.certificate << m_a.key
        << QStringLiteral("the private key in %1 is an EC key, but the certificate in %2 has an "
                          "RSA key: they are not a pair")
               .arg(m_a.key, m_rsa.certificate);
    QTest::addRow("key file as certificate")
        << m_a.key << m_a.key
        << QStringLiteral("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")")
               .arg(m_a.key);
    QTest::addRow("certificate as key")
        << m_a.certificate << m_a.certificate
        << QStringLiteral("%1 holds no PEM private key that can be read (RSA or EC, unencrypted)")
               .arg(m_a.certificate);
    QTest::addRow("missing key") << m_a.certificate << m_a.key + QStringLiteral(".gone")
                                 << QStringLiteral("cannot read the key file %1.gone: No such file "
                                                   "or directory")
                                        .arg(m_a.key);
}

void tst_Tls::refusesToStartWithMismatchedPair()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, error);
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.tlsCertificatePath = certificate;
    options.tlsKeyPath = key;
    Engine engine;
    const auto url = engine.start(options);
    QVERIFY(!url.ok());
    QCOMPARE(url.error(), error);
    QVERIFY(!engine.isRunning());
}

void tst_Tls::warnsAboutKeyReadableByEveryone()
{
    const QString key = m_dir->filePath(QStringLiteral("open.key"));
    QVERIFY(QFile::copy(m_a.key, key));
    QVERIFY(QFile::setPermissions(
        key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QTest::ignoreMessage(
        QtWarningMsg,
        qPrintable(QStringLiteral("the private key %1 can be read by every user of "
                                  "this machine; chmod 600 it")
                       .arg(key)));
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.tlsCertificatePath = m_a.certificate;
    options.tlsKeyPath = key;
    m_engine = std::make_unique<Engine>();
    QVERIFY(m_engine->start(options).ok());
}

void tst_Tls::plainHttpOnTlsPortFailsCleanly()
{
    startEngine(m_a);
    QElapsedTimer timer;
    timer.start();
    TestHttp::Connection plain;
    QVERIFY(plain.open(port()));
    plain.send(TestHttp::request("POST", "/hooks/test", "{}"));
    // No HTTP answer (the bytes are not a TLS handshake), and the connection ends promptly.
    const Response response = plain.read(5000);
    QCOMPARE(response.status, 0);
    QVERIFY(plain.waitForClose(5000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_engine->store()->count(), 0);
    QCOMPARE(tlsExchange(TestHttp::request("POST", "/hooks/test", "{}"), m_a, nullptr).status, 202);
}

void tst_Tls::unfinishedHandshakeIsDroppedAtTheDeadline()
{
    ListenerLimits limits;
    limits.requestTimeoutMs = 800;
    startEngine(m_a, limits);
    QElapsedTimer timer;
    timer.start();
    // The first bytes of a ClientHello record, then nothing: slowloris during the handshake.
    TestHttp::Connection stalled;
    QVERIFY(stalled.open(port()));
    stalled.send(QByteArray::fromHex("160301"));
    TestHttp::Connection silent;
    QVERIFY(silent.open(port()));
    // Meanwhile, others are served.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(tlsExchange(TestHttp::request("POST", "/hooks/test", "{}"), m_a, nullptr).status,
                 202);
    QVERIFY(stalled.waitForClose(5000));
    QVERIFY(silent.waitForClose(5000));
    QVERIFY2(timer.elapsed() >= 700 && timer.elapsed() < 4000,
             qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_engine->store()->count(), 3);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
