// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestclient.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

// Issue 12: one window per data directory. A second `otbridge` window on the same data
// directory brings the first to the front and exits 0 instead of opening; a window that crashed
// leaves nothing that keeps the next one from opening.
class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondWindowShowsTheFirst();
    void aCrashedWindowDoesNotBlockTheNext();

private:
    // Each test's data directory and a free port for its first window; `up` started there and
    // answering.
    void startFirst(QProcess &up);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    quint16 m_port = 0;
};

namespace {

QString binary()
{
    return qEnvironmentVariable("OTBRIDGE_BINARY");
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// A window (offscreen) on dataDir, listening on port.
void startWindow(QProcess &process, const QString &dataDir, quint16 port)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProgram(binary());
    process.setArguments({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(port)});
    process.start();
}

// Its listener answers: the window is up (it listens for a second start before it starts its
// engine).
bool answersHealth(quint16 port, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (TestHttp::get(port, "/health").status == 200)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!process.waitForFinished(15000))
        process.kill();
    process.waitForFinished(5000);
}

} // namespace

void tst_SingleInstance::init()
{
    QVERIFY2(!binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    m_port = freePort();
    QVERIFY(m_port != 0);
}

void tst_SingleInstance::startFirst(QProcess &up)
{
    startWindow(up, m_dataDir, m_port);
    QVERIFY2(answersHealth(m_port), up.readAllStandardError().constData());
}

void tst_SingleInstance::secondWindowShowsTheFirst()
{
    QProcess first;
    startFirst(first);
    if (QTest::currentTestFailed())
        return;
    const quint16 port = m_port;

    // The same directory written differently is the same directory.
    QProcess second;
    startWindow(second, m_dir->path() + QStringLiteral("/./data/"), freePort());
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    const QByteArray said = second.readAllStandardOutput();
    QVERIFY2(said.contains("OT Bridge is already open on"), said.constData());

    QByteArray firstSaid;
    QTRY_VERIFY_WITH_TIMEOUT((firstSaid += first.readAllStandardOutput())
                                 .contains("another start asked for this window"),
                             10000);
    // The first window is still there, and still serves.
    QCOMPARE(first.state(), QProcess::Running);
    QCOMPARE(TestHttp::get(port, "/health").status, 200);

    // SIGTERM closes the window cleanly.
    stop(first);
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
}

void tst_SingleInstance::aCrashedWindowDoesNotBlockTheNext()
{
    QProcess crashed;
    startFirst(crashed);
    if (QTest::currentTestFailed())
        return;
    crashed.kill(); // SIGKILL: its socket file and lock file stay behind
    QVERIFY(crashed.waitForFinished(5000));

    QProcess next;
    startFirst(next);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(next.state(), QProcess::Running);
    stop(next);
    QCOMPARE(next.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
