// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestclient.h"
#include "loadgenerator.h"
#include "otbridgeprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The headless face as an operator meets it: flags, the ready line, clean stop on SIGTERM.
class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void printsListeningLineWhenReady();
    void healthReportsTheClusterNodes();
    void rejectsBadListenAddress();
    void reportsPortInUse();
    void sigtermAnswersInFlightThenExits();
    void withoutDisplaySaysHowToRunHeadless();
    void loadsWorkspaceFile();
    void reloadsWorkspaceWhenItChanges();
    void deliveryYieldsTheCpuToIngest();

private:
    static QProcess *run(const QStringList &arguments,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

QProcess *tst_Headless::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    auto *process = new QProcess;
    process->setProcessEnvironment(env);
    process->start(OtBridgeProcess::binary(), arguments);
    process->waitForFinished(10000);
    return process;
}

void tst_Headless::versionAndHelp()
{
    std::unique_ptr<QProcess> version(run({QStringLiteral("--version")}));
    QCOMPARE(version->exitCode(), 0);
    QCOMPARE(version->readAllStandardOutput().trimmed(), QByteArray("otbridge " OTBRIDGE_VERSION));

    std::unique_ptr<QProcess> help(run({QStringLiteral("--help")}));
    QCOMPARE(help->exitCode(), 0);
    const QByteArray text = help->readAllStandardOutput();
    for (const char *option :
         {"--headless", "--listen", "--data-dir", "--workspace", "--max-body-bytes"})
        QVERIFY2(text.contains(option), option);
}

void tst_Headless::printsListeningLineWhenReady()
{
    QTemporaryDir dir;
    OtBridgeProcess process;
    QVERIFY2(process.start(dir.path()), process.output().constData());
    qInfo("cold start to 'listening': %lld ms", process.startupMs());
    // The line is the whole of stdout: scripts wait for it.
    QCOMPARE(
        process.output(),
        QByteArray("listening on http://127.0.0.1:" + QByteArray::number(process.port()) + "\n"));
    QCOMPARE(TestHttp::post(process.port(), "/hooks/test", "{}").status, 202);
    int exitCode = -1;
    QVERIFY(process.terminate(5000, &exitCode));
    QCOMPARE(exitCode, 0);
}

void tst_Headless::healthReportsTheClusterNodes()
{
    // With SQLite the cluster is this one node: its heartbeat is in the file, and /health says
    // what every node of a PostgreSQL cluster says, from the same table.
    QTemporaryDir dir;
    OtBridgeProcess process;
    QVERIFY2(process.start(dir.path()), process.output().constData());
    QJsonObject cluster;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(cluster = TestHttp::get(process.port(), "/health").json().value("cluster").toObject())
             .isEmpty(),
        10'000);
    QCOMPARE(cluster.value("live").toInt(), 1);
    const QJsonArray nodes = cluster.value("nodes").toArray();
    QCOMPARE(nodes.size(), 1);
    const QJsonObject node = nodes.first().toObject();
    QCOMPARE(node.value("id").toString(), cluster.value("self").toString());
    // A UUIDv7 (Qt 6.4's QUuid::version() knows versions up to 5 only).
    const QString id = node.value("id").toString();
    QVERIFY2(!QUuid::fromString(id).isNull() && id.size() == 36 && id.at(14) == QLatin1Char('7'),
             qPrintable(id));
    QCOMPARE(node.value("self").toBool(), true);
    QCOMPARE(node.value("live").toBool(), true);
    QCOMPARE(node.value("address").toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(process.port()));
    QCOMPARE(node.value("version").toString(), QStringLiteral(OTBRIDGE_VERSION));
    QCOMPARE(node.value("host").toString(), QSysInfo::machineHostName());
    QVERIFY(node.value("load").toObject().contains("backlog"));
    QVERIFY(!cluster.contains("error"));
    int exitCode = -1;
    QVERIFY(process.terminate(5000, &exitCode));
    QCOMPARE(exitCode, 0);

    // The interval tests and demos shorten, refused out of range.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OTBRIDGE_HEARTBEAT_INTERVAL_MS"), QStringLiteral("50"));
    std::unique_ptr<QProcess> refused(
        run({QStringLiteral("--headless"), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path()},
            environment));
    QCOMPARE(refused->exitCode(), 2);
    QCOMPARE(refused->readAllStandardError(),
             QByteArray("otbridge: OTBRIDGE_HEARTBEAT_INTERVAL_MS wants milliseconds from 100 to "
                        "3600000\n"));

    // A clean stop leaves no heartbeat behind: the next start is a new node, alone.
    QVERIFY2(process.start(dir.path()), process.output().constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        !(cluster = TestHttp::get(process.port(), "/health").json().value("cluster").toObject())
             .isEmpty(),
        10'000);
    QCOMPARE(cluster.value("nodes").toArray().size(), 1);
    QVERIFY(cluster.value("self").toString() != node.value("id").toString());
}

void tst_Headless::rejectsBadListenAddress()
{
    QTemporaryDir dir;
    std::unique_ptr<QProcess> process(
        run({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("nowhere"),
             QStringLiteral("--data-dir"), dir.path()}));
    QCOMPARE(process->exitCode(), 2);
    QCOMPARE(
        process->readAllStandardError().trimmed(),
        QByteArray("otbridge: --listen wants address:port, such as 127.0.0.1:8787, not 'nowhere'"));
}

void tst_Headless::reportsPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    std::unique_ptr<QProcess> process(
        run({QStringLiteral("--headless"), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort()),
             QStringLiteral("--data-dir"), dir.path()}));
    // Refused before the engine starts, with an exit code of its own and the fix (tst_cli has
    // every refusal of both executables).
    QCOMPARE(process->exitCode(), 3);
    const QByteArray error = process->readAllStandardError();
    const QByteArray where = "127.0.0.1:" + QByteArray::number(occupier.serverPort());
    QCOMPARE(error,
             "otbridge: " + where
                 + " is in use (by another otbridge?); choose another with --listen "
                   "127.0.0.1:PORT, or stop what listens there\n");
}

void tst_Headless::sigtermAnswersInFlightThenExits()
{
    QTemporaryDir dir;
    OtBridgeProcess process;
    QVERIFY2(process.start(dir.path()), process.output().constData());
    LoadGenerator load(process.port(), 16, 100000);
    QTest::qWait(400);
    int exitCode = -1;
    process.process().terminate();
    // Keep reading replies while it shuts down.
    QVERIFY(
        QTest::qWaitFor([&] { return process.process().state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(process.process().exitStatus(), QProcess::NormalExit);
    exitCode = process.process().exitCode();
    QCOMPARE(exitCode, 0);
    QTest::qWait(50);
    load.stop();
    QCOMPARE(load.errors(), 0);
    const QSet<QString> acknowledged = load.acknowledged();
    QVERIFY(!acknowledged.isEmpty());

    OtBridgeProcess again;
    QVERIFY2(again.start(dir.path()), again.output().constData());
    TestHttp::Connection connection;
    QVERIFY(connection.open(again.port()));
    for (const QString &id : acknowledged) {
        connection.send(TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                          {OtBridgeProcess::authorization()}));
        QCOMPARE(connection.read().status, 200);
    }
}

void tst_Headless::withoutDisplaySaysHowToRunHeadless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    std::unique_ptr<QProcess> process(run({}, env));
    QCOMPARE(process->exitCode(), 2);
    const QByteArray error = process->readAllStandardError();
    QVERIFY2(error.contains("no display found"), error.constData());
    // The server without the window first; --headless still works.
    QVERIFY2(error.contains("otbridged --listen 127.0.0.1:8787"), error.constData());
    QVERIFY2(error.contains("otbridge --headless --listen 127.0.0.1:8787"), error.constData());
}

void tst_Headless::loadsWorkspaceFile()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("workspace.json"));
    QFile file(workspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "only-this"}]})");
    file.close();

    OtBridgeProcess process;
    QVERIFY2(process.start(dir.filePath(QStringLiteral("data")),
                           {QStringLiteral("--workspace"), workspace}),
             process.output().constData());
    QCOMPARE(TestHttp::post(process.port(), "/hooks/only-this", "{}").status, 202);
    QCOMPARE(TestHttp::post(process.port(), "/hooks/test", "{}").status, 404);

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"version": 1, "sources": [{"name": "Bad Name"}]})");
    broken.close();
    std::unique_ptr<QProcess> refused(
        run({QStringLiteral("--headless"), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path(),
             QStringLiteral("--workspace"), broken.fileName()}));
    QCOMPARE(refused->exitCode(), 5);
    QVERIFY(refused->readAllStandardError().contains("source 1: name 'Bad Name' must be"));
}

void tst_Headless::reloadsWorkspaceWhenItChanges()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("workspace.json"));
    const auto write = [&](const QByteArray &json) {
        // As editors and Workspace::save() do: a new file renamed over the old one.
        QFile file(workspace + QStringLiteral(".new"));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return false;
        file.close();
        QFile::remove(workspace);
        return QFile::rename(file.fileName(), workspace);
    };
    QVERIFY(write(R"({"version": 1, "sources": [{"name": "first"}]})"));

    OtBridgeProcess process;
    QVERIFY2(process.start(dir.filePath(QStringLiteral("data")),
                           {QStringLiteral("--workspace"), workspace}),
             process.output().constData());
    QCOMPARE(TestHttp::post(process.port(), "/hooks/first", "{}").status, 202);
    QCOMPARE(TestHttp::post(process.port(), "/hooks/second", "{}").status, 404);

    // A valid edit is picked up without a restart.
    QVERIFY(write(R"({"version": 1, "sources": [{"name": "first"}, {"name": "second"}]})"));
    QTRY_COMPARE_WITH_TIMEOUT(TestHttp::post(process.port(), "/hooks/second", "{}").status, 202,
                              5000);

    // An invalid edit is refused and the running workspace stays.
    QVERIFY(write(R"({"version": 1, "sources": [{"name": "Bad Name"}]})"));
    QTest::qWait(1000);
    QCOMPARE(TestHttp::post(process.port(), "/hooks/second", "{}").status, 202);
    QCOMPARE(TestHttp::post(process.port(), "/hooks/first", "{}").status, 202);

    // And a later valid one is taken again.
    QVERIFY(write(R"({"version": 1, "sources": [{"name": "third"}]})"));
    QTRY_COMPARE_WITH_TIMEOUT(TestHttp::post(process.port(), "/hooks/third", "{}").status, 202,
                              5000);
    QCOMPARE(TestHttp::post(process.port(), "/hooks/first", "{}").status, 404);
    int exitCode = -1;
    QVERIFY(process.terminate(5000, &exitCode));
    QCOMPARE(exitCode, 0);
}

// Under a burst, accepting webhooks comes before sending them on: the delivery and sandbox
// threads run five nice levels below the rest (core/engine/threadpriority.h), ingest and the
// store's writer at the process's own.
void tst_Headless::deliveryYieldsTheCpuToIngest()
{
    QTemporaryDir dir;
    OtBridgeProcess process;
    QVERIFY2(process.start(dir.path()), process.output().constData());
    const qint64 pid = process.process().processId();
    // /proc/PID/task/TID/stat: the name in parentheses, then field 19 is the nice value.
    auto niceOf = [pid](const QByteArray &name) -> std::optional<int> {
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
            if (open < 0 || close < open || line.mid(open + 1, close - open - 1) != name)
                continue;
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            return fields.value(16).toInt(); // field 19 counts from the pid
        }
        return std::nullopt;
    };
    // Thread names are cut to 15 bytes by the kernel. The sandbox thread starts with the
    // default workspace's built-in sandbox.
    QTRY_VERIFY(niceOf("otbridge-delive").has_value());
    QTRY_VERIFY(niceOf("otbridge-sandbo").has_value());
    const std::optional<int> ingest = niceOf("otbridge-ingest");
    QVERIFY(ingest.has_value());
    const int lower = qMin(19, *ingest + 5); // 19 is the lowest there is
    QCOMPARE(*niceOf("otbridge-delive"), lower);
    QCOMPARE(*niceOf("otbridge-sandbo"), lower);
    QCOMPARE(niceOf("otbridge-store").value_or(-100), *ingest);
    int exitCode = -1;
    QVERIFY(process.terminate(5000, &exitCode));
    QCOMPARE(exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
