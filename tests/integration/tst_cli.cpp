// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/secretstore.h"
#include "config/workspace.h"
#include "event/acklink.h"
#include "httptestclient.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include <unistd.h>

using namespace OtBridge;

// Both executables as an operator meets them: --version, --help, the api-token command, and
// every refusal at start with its own exit code and a message that says the fix.
class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data();
    void versionAndHelp();
    void daemonSpeaksTheLanguage_data();
    void daemonSpeaksTheLanguage();
    void refusesAtStart_data();
    void refusesAtStart();
    void refusesBadCommandLine_data();
    void refusesBadCommandLine();
    void daemonServesHealthAndStopsOnSigterm_data();
    void daemonServesHealthAndStopsOnSigterm();
    void checkCommand_data();
    void checkCommand();
    void apiTokenPrint_data();
    void apiTokenPrint();
    void apiTokenWantsPrintOrStore();
    void apiTokenStoreReachesTheEngine();
    void ackKeyPrintAndRotate();
    void ackKeyRotateInTheKeychain();
    void publicUrlMakesItsKeyInTheKeychain();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static void addBinaries();
    static QString binary(const QString &name);
    static Run run(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment
                   = QProcessEnvironment::systemEnvironment());
};

QString tst_Cli::binary(const QString &name)
{
    return qEnvironmentVariable(name == QLatin1String("otbridged") ? "OTBRIDGED_BINARY"
                                                                   : "OTBRIDGE_BINARY");
}

void tst_Cli::addBinaries()
{
    QTest::addColumn<QString>("program");
    QTest::addRow("otbridge") << QStringLiteral("otbridge");
    QTest::addRow("otbridged") << QStringLiteral("otbridged");
}

tst_Cli::Run tst_Cli::run(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary(program), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "did not finish within 30 s";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A started server: waits on its one stdout line, not on time.
class Server
{
public:
    Server(const QString &binary, const QStringList &arguments,
           const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, arguments);
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(Server)

    quint16 waitForPort()
    {
        static const QRegularExpression line(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(int(qMax<qint64>(1, 15000 - timer.elapsed())));
            out += m_process.readAllStandardOutput();
            const auto match = line.match(QString::fromUtf8(out));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        qWarning("no 'listening on' line; stdout was: %s", out.constData());
        return 0;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

void tst_Cli::versionAndHelp_data()
{
    addBinaries();
}

void tst_Cli::versionAndHelp()
{
    QFETCH(QString, program);
    const Run version = run(program, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, program.toLatin1() + " " OTBRIDGE_VERSION "\n");

    const Run help = run(program, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QByteArray text = help.out;
    const QByteArray usage = "Usage: " + program.toLatin1() + " [options]\n";
    QVERIFY2(text.startsWith(usage), text.constData());
    for (const char *expected : {"--listen",
                                 "--data-dir",
                                 "--database",
                                 "OTBRIDGE_SECRET_DATABASE_PASSWORD",
                                 "--workspace",
                                 "--max-body-bytes",
                                 "--max-connections-per-peer",
                                 "--tls-cert",
                                 "--tls-key",
                                 "--health",
                                 "--metrics",
                                 "--version",
                                 "--help",
                                 "api-token --print",
                                 "api-token --store",
                                 "--public-url",
                                 "--ack-link-validity",
                                 "ack-key --print",
                                 "ack-key --rotate",
                                 "Exit codes:",
                                 "  3  the listen address is in use",
                                 "  4  the data directory",
                                 "  5  the workspace file",
                                 "  6  another OT Bridge runs on the same data directory",
                                 "  7  the database cannot be used (--database)"})
        QVERIFY2(text.contains(expected), expected);
    // otbridged takes --headless but never opens a window, so its help does not offer it.
    QCOMPARE(text.contains("\n  --headless"), program == QLatin1String("otbridge"));
}

void tst_Cli::daemonSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("de") << QStringLiteral("de_DE.UTF-8")
                        << QStringLiteral("verbindet HTTP-Webhooks und OpenText Notifications");
    QTest::addRow("fr") << QStringLiteral("fr_FR.UTF-8")
                        << QStringLiteral("Adresse et port de l'écouteur de webhooks");
}

// The translations come with otbridged without the ui library (otbridge_language).
void tst_Cli::daemonSpeaksTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    const Run help = run(QStringLiteral("otbridged"), {QStringLiteral("--help")}, environment);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(expected), help.out.constData());
}

void tst_Cli::refusesAtStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("refusal");
    for (const char *program : {"otbridge", "otbridged"}) {
        for (const char *refusal : {"port in use", "data dir under a file", "data dir is a file",
                                    "data dir read-only", "workspace not JSON", "workspace invalid",
                                    "workspace missing", "database unreachable"})
            QTest::addRow("%s: %s", program, refusal)
                << QString::fromLatin1(program) << QString::fromLatin1(refusal);
    }
}

void tst_Cli::refusesAtStart()
{
    QFETCH(QString, program);
    QFETCH(QString, refusal);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString dataDir = dir.filePath(QStringLiteral("data"));
    QString listen = QStringLiteral("127.0.0.1:0");
    QStringList extra;
    int expectedCode = -1;
    QString expected;
    QTcpServer occupier;
    const auto writeFile = [](const QString &path, const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };

    if (refusal == QLatin1String("port in use")) {
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        listen = QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort());
        expectedCode = 3;
        expected = QStringLiteral("%1 is in use (by another otbridge?); choose another with "
                                  "--listen 127.0.0.1:PORT, or stop what listens there")
                       .arg(listen);
    } else if (refusal == QLatin1String("data dir under a file")) {
        const QString file = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(file, "x"));
        dataDir = file + QStringLiteral("/data");
        expectedCode = 4;
        expected = QStringLiteral("cannot create the data directory %1: %2 is not a directory; "
                                  "create it for this user, or choose another with --data-dir DIR")
                       .arg(dataDir, file);
    } else if (refusal == QLatin1String("data dir is a file")) {
        dataDir = dir.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(dataDir, "x"));
        expectedCode = 4;
        expected = QStringLiteral("the data directory %1 is not a directory; choose another with "
                                  "--data-dir DIR")
                       .arg(dataDir);
    } else if (refusal == QLatin1String("data dir read-only")) {
        if (::geteuid() == 0)
            QSKIP("root writes into a read-only directory; the other data directory rows run");
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner));
        expectedCode = 4;
        expected
            = QStringLiteral("the data directory %1 is not writable by this user (").arg(dataDir);
    } else if (refusal == QLatin1String("database unreachable")) {
        // Nothing listens on port 1: the store cannot open, in libpq's words after ours.
        extra = QStringList {QStringLiteral("--database"),
                             QStringLiteral("postgresql://otbridge@127.0.0.1:1/otbridge")};
        expectedCode = 7;
        expected = QStringLiteral(
            "cannot connect to the database postgresql://otbridge@127.0.0.1:1/otbridge: "
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused");
    } else {
        const QString workspace = dir.filePath(QStringLiteral("workspace.json"));
        if (refusal == QLatin1String("workspace not JSON"))
            QVERIFY(writeFile(workspace, R"({"version": 1, "sources": [)"));
        else if (refusal == QLatin1String("workspace invalid"))
            QVERIFY(writeFile(workspace, R"({"version": 1, "sources": [{"name": "Bad Name"}]})"));
        extra = QStringList {QStringLiteral("--workspace"), workspace};
        expectedCode = 5;
        // The workspace's own words, with its place, then the fix.
        const Result<Workspace> loaded = Workspace::load(workspace);
        QVERIFY(!loaded.ok());
        expected = loaded.error()
            + QStringLiteral("; fix the file ('%1 check %2' lists every problem), or start "
                             "without --workspace to use the built-in workspace")
                  .arg(program, workspace);
    }

    const Run refused = run(program,
                            QStringList {QStringLiteral("--headless"), QStringLiteral("--listen"),
                                         listen, QStringLiteral("--data-dir"), dataDir}
                                + extra);
    const QByteArray said = refused.err;
    QCOMPARE(refused.exitCode, expectedCode);
    QVERIFY2(refused.out.isEmpty(), refused.out.constData()); // never "listening on"
    const QByteArray line = program.toUtf8() + ": " + expected.toUtf8();
    if (refusal == QLatin1String("data dir read-only"))
        QVERIFY2(said.startsWith(line), said.constData());
    else if (refusal == QLatin1String("database unreachable"))
        // The last line: the keychain, asked for the password first, may have logged its own.
        QVERIFY2(said.startsWith(line) || said.contains(QByteArray('\n' + line)), said.constData());
    else
        QCOMPARE(said, line + '\n');
}

void tst_Cli::refusesBadCommandLine_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    for (const char *name : {"otbridge", "otbridged"}) {
        const QString program = QString::fromLatin1(name);
        QTest::addRow("%s: unknown option", name)
            << program << QStringList {QStringLiteral("--headless"), QStringLiteral("--nope")}
            << QStringLiteral("Unknown option 'nope'. ('%1 --help' lists every option)")
                   .arg(program);
        QTest::addRow("%s: stray argument", name)
            << program << QStringList {QStringLiteral("--headless"), QStringLiteral("serve")}
            << QStringLiteral("unexpected argument 'serve'; the commands are ack-key, api-token "
                              "and check");
        QTest::addRow("%s: bad public URL", name)
            << program
            << QStringList {QStringLiteral("--headless"), QStringLiteral("--public-url"),
                            QStringLiteral("alerts.example.com")}
            << QStringLiteral("--public-url: 'alerts.example.com' is not a public URL for links "
                              "in messages: it must start with https:// (or http://)");
        QTest::addRow("%s: bad link validity", name)
            << program
            << QStringList {QStringLiteral("--headless"), QStringLiteral("--ack-link-validity"),
                            QStringLiteral("forever")}
            << QStringLiteral("--ack-link-validity: 'forever' is not a link validity: give a time "
                              "from 1s to 366d, such as 7d, 12h, 30m or 45s");
        QTest::addRow("%s: database URL with a password", name)
            << program
            << QStringList {QStringLiteral("--headless"), QStringLiteral("--database"),
                            QStringLiteral("postgresql://otbridge:cli-db-password@db/otbridge")}
            << QStringLiteral("--database: the database URL must not hold the password (it "
                              "would be kept in files and shown in process lists): store it in "
                              "the keychain from Settings, or give it to a server in the "
                              "environment variable OTBRIDGE_SECRET_DATABASE_PASSWORD");
        QTest::addRow("%s: not a database", name)
            << program
            << QStringList {QStringLiteral("--headless"), QStringLiteral("--database"),
                            QStringLiteral("/var/lib/otbridge/events.sqlite")}
            << QStringLiteral("--database: a database is sqlite or a URL that starts with "
                              "postgresql://, such as "
                              "postgresql://otbridge@db.example.com:5432/otbridge");
        QTest::addRow("%s: bad listen", name)
            << program
            << QStringList {QStringLiteral("--headless"), QStringLiteral("--listen"),
                            QStringLiteral("nowhere")}
            << QStringLiteral("--listen wants address:port, such as 127.0.0.1:8787, not 'nowhere'");
        QTest::addRow("%s: attach headless", name)
            << program
            << QStringList {QStringLiteral("--headless"), QStringLiteral("--database"),
                            QStringLiteral("postgresql://otbridge@127.0.0.1:1/otbridge"),
                            QStringLiteral("--attach")}
            << QStringLiteral("--attach is for the window: a headless process on the cluster's "
                              "database is a node (leave --attach out)");
    }
    // The window's own: attaching needs the cluster's database (checked before any window).
    QTest::addRow("otbridge: attach without a cluster database")
        << QStringLiteral("otbridge") << QStringList {QStringLiteral("--attach")}
        << QStringLiteral("--attach needs --database postgresql://USER@HOST:PORT/DATABASE, the "
                          "database the cluster's nodes share");
}

void tst_Cli::refusesBadCommandLine()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run refused = run(program, arguments);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, program.toUtf8() + ": " + expected.toUtf8() + '\n');
}

void tst_Cli::daemonServesHealthAndStopsOnSigterm_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("otbridged") << QStringList();
    QTest::addRow("otbridged --headless") << QStringList {QStringLiteral("--headless")};
}

void tst_Cli::daemonServesHealthAndStopsOnSigterm()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    Server server(binary(QStringLiteral("otbridged")),
                  arguments
                      + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                     QStringLiteral("--data-dir"), dir.path()},
                  QProcessEnvironment::systemEnvironment());
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    QCOMPARE(TestHttp::get(port, "/health").status, 200);
    QCOMPARE(TestHttp::post(port, "/hooks/test", "{}").status, 202);
    server.process().terminate();
    QVERIFY(server.process().waitForFinished(10000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
}

void tst_Cli::checkCommand_data()
{
    addBinaries();
}

// Both executables hand "check" to the workspace check (its own tests cover what it reports).
void tst_Cli::checkCommand()
{
    QFETCH(QString, program);
    const QString shipped = QStringLiteral(OTBRIDGE_SOURCE_DIR "/resources/workspace/default.json");
    const Run passed = run(program, {QStringLiteral("check"), shipped});
    QVERIFY2(passed.exitCode == 0, passed.err.constData());
    QVERIFY2(passed.out.contains("is valid"), passed.out.constData());

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "Bad Name"}]})");
    file.close();
    const Run refused = run(program, {QStringLiteral("check"), broken});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("Bad Name"), refused.err.constData());
}

void tst_Cli::apiTokenPrint_data()
{
    addBinaries();
}

void tst_Cli::apiTokenPrint()
{
    QFETCH(QString, program);
    const Run first = run(program, {QStringLiteral("api-token"), QStringLiteral("--print")});
    const Run second = run(program, {QStringLiteral("api-token"), QStringLiteral("--print")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.exitCode, 0);
    static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9_-]{43}\\n$"));
    QVERIFY2(format.match(QString::fromLatin1(first.out)).hasMatch(), first.out.constData());
    QVERIFY2(format.match(QString::fromLatin1(second.out)).hasMatch(), second.out.constData());
    QVERIFY(first.out != second.out);
    QCOMPARE(first.err,
             program.toUtf8()
                 + " api-token: not stored; give it to the server as "
                   "OTBRIDGE_SECRET_API_TOKEN=TOKEN\n");

    // The token works as given: a server with it in its environment lets its holder in.
    const QByteArray token = first.out.trimmed();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OTBRIDGE_SECRET_API_TOKEN"), QString::fromLatin1(token));
    QTemporaryDir dir;
    Server server(binary(QStringLiteral("otbridged")),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--metrics"),
                   QStringLiteral("token")},
                  environment);
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    QCOMPARE(TestHttp::get(port, "/metrics").status, 401);
    QCOMPARE(
        TestHttp::exchange(
            port, TestHttp::request("GET", "/metrics", {}, {{"Authorization", "Bearer " + token}}))
            .status,
        200);
}

void tst_Cli::apiTokenWantsPrintOrStore()
{
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("api-token")},
          QStringList {QStringLiteral("api-token"), QStringLiteral("--print"),
                       QStringLiteral("--store")}}) {
        const Run refused = run(QStringLiteral("otbridged"), arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.err,
                 QByteArray("otbridged api-token: say --print (print a new token to set as "
                            "OTBRIDGE_SECRET_API_TOKEN) or --store (store a new token in the "
                            "keychain)\n"));
    }
    const Run unknown
        = run(QStringLiteral("otbridge"), {QStringLiteral("api-token"), QStringLiteral("--nope")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err,
             QByteArray("otbridge api-token: Unknown option 'nope'. ('otbridge api-token --help' "
                        "says more)\n"));
}

// Needs the test session's Secret Service (packaging/bootstrap.sh test runs ctest inside it).
void tst_Cli::apiTokenStoreReachesTheEngine()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OTBRIDGE_SECRET_API_TOKEN"));
    const Run stored = run(QStringLiteral("otbridged"),
                           {QStringLiteral("api-token"), QStringLiteral("--store")}, environment);
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9_-]{43}\\n$"));
    QVERIFY2(format.match(QString::fromLatin1(stored.out)).hasMatch(), stored.out.constData());
    const QByteArray token = stored.out.trimmed();
    QVERIFY2(stored.err.startsWith("otbridged api-token: stored in the keychain as \"api-token\"; "
                                   "copy it now, it is not shown again."),
             stored.err.constData());

    // The entry the engine reads: the keychain has it ...
    qunsetenv("OTBRIDGE_SECRET_API_TOKEN");
    SecretStore secrets;
    QEventLoop loop;
    QString read;
    secrets.read(QStringLiteral("api-token"), &loop, [&](const Result<QString> &secret) {
        read = secret.ok() ? secret.value() : QStringLiteral("error: ") + secret.error();
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(read.toLatin1(), token);

    // ... and a server started without the variable lets the token in once it has read it.
    QTemporaryDir dir;
    Server server(binary(QStringLiteral("otbridged")),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--metrics"),
                   QStringLiteral("token")},
                  environment);
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    const QByteArray withToken
        = TestHttp::request("GET", "/metrics", {}, {{"Authorization", "Bearer " + token}});
    // 503 while the keychain is read, then 200.
    QTRY_COMPARE_WITH_TIMEOUT(TestHttp::exchange(port, withToken).status, 200, 10000);
    QCOMPARE(
        TestHttp::exchange(
            port, TestHttp::request("GET", "/metrics", {}, {{"Authorization", "Bearer wrong"}}))
            .status,
        401);

    QEventLoop removed;
    secrets.remove(QStringLiteral("api-token"), &removed,
                   [&](const Result<void> &) { removed.quit(); });
    QTimer::singleShot(30000, &removed, &QEventLoop::quit);
    removed.exec();
}

void tst_Cli::ackKeyPrintAndRotate()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OTBRIDGE_SECRET_ACK_LINK_KEY"));
    const Run printed = run(QStringLiteral("otbridged"),
                            {QStringLiteral("ack-key"), QStringLiteral("--print")}, environment);
    QCOMPARE(printed.exitCode, 0);
    static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9_-]{43}\\n$"));
    QVERIFY2(format.match(QString::fromLatin1(printed.out)).hasMatch(), printed.out.constData());
    const QString key = QString::fromLatin1(printed.out.trimmed());
    QVERIFY(AckLink::Keys::parse(key));
    QCOMPARE(printed.err,
             QByteArray("otbridged ack-key: not stored; give it to the server as "
                        "OTBRIDGE_SECRET_ACK_LINK_KEY=\"KEY\"\n"));

    // Rotating what the environment holds: a new key first, the old one after it, with when.
    QCOMPARE(run(QStringLiteral("otbridged"),
                 {QStringLiteral("ack-key"), QStringLiteral("--print"), QStringLiteral("--rotate")},
                 environment)
                 .exitCode,
             2);
    environment.insert(QStringLiteral("OTBRIDGE_SECRET_ACK_LINK_KEY"), key);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Run rotated
        = run(QStringLiteral("otbridge"),
              {QStringLiteral("ack-key"), QStringLiteral("--print"), QStringLiteral("--rotate")},
              environment);
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    const auto keys = AckLink::Keys::parse(QString::fromLatin1(rotated.out.trimmed()));
    QVERIFY2(keys, rotated.out.constData());
    QCOMPARE(keys->previous, AckLink::Keys::parse(key)->current);
    QVERIFY(keys->current != keys->previous);
    QVERIFY(keys->rotatedAt >= before && keys->rotatedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY2(rotated.err.contains("links already sent keep working"), rotated.err.constData());

    environment.insert(QStringLiteral("OTBRIDGE_SECRET_ACK_LINK_KEY"), QStringLiteral("nonsense"));
    const Run invalid
        = run(QStringLiteral("otbridged"),
              {QStringLiteral("ack-key"), QStringLiteral("--print"), QStringLiteral("--rotate")},
              environment);
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY2(invalid.err.startsWith("otbridged ack-key: OTBRIDGE_SECRET_ACK_LINK_KEY: the "
                                    "acknowledgement link key must be"),
             invalid.err.constData());

    const Run neither = run(QStringLiteral("otbridged"), {QStringLiteral("ack-key")}, environment);
    QCOMPARE(neither.exitCode, 2);
    QCOMPARE(neither.err,
             QByteArray("otbridged ack-key: say --print (a new key to set as "
                        "OTBRIDGE_SECRET_ACK_LINK_KEY), --print --rotate (rotate the key set "
                        "there) or --rotate (rotate the key in the keychain)\n"));
}

// Needs the test session's Secret Service (packaging/bootstrap.sh test runs ctest inside it).
void tst_Cli::ackKeyRotateInTheKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OTBRIDGE_SECRET_ACK_LINK_KEY"));
    const auto readKeychain = [] {
        SecretStore secrets;
        QEventLoop loop;
        Result<QString> read = Result<QString>::failure(QStringLiteral("no answer"));
        secrets.read(QStringLiteral("ack-link-key"), &loop, [&](const Result<QString> &secret) {
            read = secret;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        return read;
    };
    qunsetenv("OTBRIDGE_SECRET_ACK_LINK_KEY");
    SecretStore secrets;
    QEventLoop removed;
    secrets.remove(QStringLiteral("ack-link-key"), &removed,
                   [&](const Result<void> &) { removed.quit(); });
    QTimer::singleShot(30000, &removed, &QEventLoop::quit);
    removed.exec();

    // Nothing there yet: the first key.
    const Run first = run(QStringLiteral("otbridged"),
                          {QStringLiteral("ack-key"), QStringLiteral("--rotate")}, environment);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.isEmpty()); // a key is never printed from the keychain
    QVERIFY2(first.err.startsWith("otbridged ack-key: stored a new key in the keychain "
                                  "(\"ack-link-key\")."),
             first.err.constData());
    const Result<QString> stored = readKeychain();
    QVERIFY2(stored, qPrintable(stored.error()));
    const auto firstKeys = AckLink::Keys::parse(stored.value());
    QVERIFY(firstKeys && firstKeys->previous.isEmpty());

    // Then a rotation: the old key kept beside the new one.
    const Run second = run(QStringLiteral("otbridged"),
                           {QStringLiteral("ack-key"), QStringLiteral("--rotate")}, environment);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.err.startsWith("otbridged ack-key: rotated the key in the keychain "
                                   "(\"ack-link-key\"); links already sent keep working"),
             second.err.constData());
    const auto secondKeys = AckLink::Keys::parse(readKeychain().value());
    QVERIFY(secondKeys);
    QCOMPARE(secondKeys->previous, firstKeys->current);
    QVERIFY(secondKeys->current != firstKeys->current);

    QEventLoop cleaned;
    secrets.remove(QStringLiteral("ack-link-key"), &cleaned,
                   [&](const Result<void> &) { cleaned.quit(); });
    QTimer::singleShot(30000, &cleaned, &QEventLoop::quit);
    cleaned.exec();
}

// Needs the test session's Secret Service. A desktop (or a server with a keychain) needs no
// setup: the first start with a public URL makes the key and keeps it there.
void tst_Cli::publicUrlMakesItsKeyInTheKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OTBRIDGE_SECRET_ACK_LINK_KEY"));
    qunsetenv("OTBRIDGE_SECRET_ACK_LINK_KEY");
    SecretStore secrets;
    const auto call = [](const std::function<void(QEventLoop *)> &start) {
        QEventLoop loop;
        start(&loop);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    call([&](QEventLoop *loop) {
        secrets.remove(QStringLiteral("ack-link-key"), loop,
                       [loop](const Result<void> &) { loop->quit(); });
    });

    QTemporaryDir dir;
    Server server(binary(QStringLiteral("otbridged")),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--public-url"),
                   QStringLiteral("https://alerts.example.com")},
                  environment);
    const quint16 port = server.waitForPort();
    QVERIFY(port != 0);
    // 503 while the key is read (and made), then links are checked: a made-up one is refused.
    QTRY_COMPARE_WITH_TIMEOUT(TestHttp::get(port, "/ack/" + QByteArray(40, 'A')).status, 403,
                              15000);
    QString stored;
    call([&](QEventLoop *loop) {
        secrets.read(QStringLiteral("ack-link-key"), loop, [&, loop](const Result<QString> &key) {
            stored = key ? key.value() : QString();
            loop->quit();
        });
    });
    QVERIFY2(AckLink::Keys::parse(stored), "no usable key in the keychain");
    QCOMPARE(AckLink::Keys::parse(stored)->current.size(), 32);

    call([&](QEventLoop *loop) {
        secrets.remove(QStringLiteral("ack-link-key"), loop,
                       [loop](const Result<void> &) { loop->quit(); });
    });
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
