// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A worker thread that started OpenSSL, still ending while the process exits: what otbridge's
// ingest thread does when SIGTERM stops the server (its GuardedTcpServer starts Qt's TLS backend
// there). QThread::wait() returns once the thread said it finished; OpenSSL's per-thread
// destructor runs after that, on the thread, and its atexit() handler freed the same state
// meanwhile unless the executable called keepOpenSslStateUntilExit(). Under ASan that was a rare
// "attempting double-free in thread T3 (otbridge-ingest)", or LeakSanitizer's report of
// OpenSSL's allocations at exit; here the child makes the late thread certain. Without a
// sanitizer the child exits cleanly either way: the asan preset is where this test bites.
#include "appsetup.h"
#include "ingest/guardedtcpserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#if defined(__SANITIZE_ADDRESS__)
#define OTBRIDGE_LEAK_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OTBRIDGE_LEAK_SANITIZER 1
#endif
#endif

namespace {

constexpr char childOption[] = "--child";

std::atomic<bool> threadMayEnd {false};
std::atomic<bool> threadEnding {false};

// Holds the worker's end after QThread::wait() returned and before the system runs the
// thread's destructors (OpenSSL's among them): C++ thread_local objects go first.
struct HeldThreadEnd
{
    ~HeldThreadEnd()
    {
        threadEnding = true;
        while (!threadMayEnd)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
};

qsizetype threadCount()
{
    return QDir(QStringLiteral("/proc/self/task"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
        .size();
}

// Registered before anything starts OpenSSL, so it runs after OpenSSL's own atexit() handler.
void letTheThreadEnd()
{
    threadMayEnd = true;
    for (int i = 0; i < 5000 && threadCount() > 1; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::printf("threads at exit: %lld\n", static_cast<long long>(threadCount()));
    std::fflush(stdout);
}

int childMain(int argc, char **argv, bool keep)
{
    std::atexit(letTheThreadEnd);
    if (keep)
        OtBridge::keepOpenSslStateUntilExit();
    QCoreApplication app(argc, argv);
    QThread thread;
    QObject::connect(&thread, &QThread::started, [] {
        static thread_local HeldThreadEnd held;
        (void)held;
        // The ingest thread's first act: its server's QSslConfiguration starts OpenSSL here.
        OtBridge::GuardedTcpServer server {OtBridge::ListenerLimits()};
        QThread::currentThread()->quit();
    });
    thread.start();
    thread.wait();
    while (!threadEnding)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 0; // the worker is still ending
}

} // namespace

class tst_OpenSslExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadEndingAtExitKeepsOpenSslState();
    void withoutItOpenSslStateIsLost();

private:
    struct Child
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    static Child runChild(const QString &mode, const QString &asanOptions = {});
};

tst_OpenSslExit::Child tst_OpenSslExit::runChild(const QString &mode, const QString &asanOptions)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The suite's suppressions must not hide what this test looks for.
    environment.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("print_suppressions=0"));
    if (!asanOptions.isEmpty())
        environment.insert(QStringLiteral("ASAN_OPTIONS"), asanOptions);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(),
                  {QString::fromLatin1(childOption), mode});
    Child child;
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit)
        return child;
    child.exitCode = process.exitCode();
    child.output = process.readAllStandardOutput();
    child.errors = process.readAllStandardError();
    return child;
}

void tst_OpenSslExit::threadEndingAtExitKeepsOpenSslState()
{
    const Child child = runChild(QStringLiteral("keep"));
    QVERIFY2(!child.errors.contains("Sanitizer"), child.errors.constData());
    QCOMPARE(child.exitCode, 0);
    // The worker did end before the process: the order this test is about did happen.
    QCOMPARE(child.output, QByteArray("threads at exit: 1\n"));
}

void tst_OpenSslExit::withoutItOpenSslStateIsLost()
{
#ifndef OTBRIDGE_LEAK_SANITIZER
    QSKIP("only LeakSanitizer sees OpenSSL's per-thread state freed by nobody");
#endif
    // The child above would fail the same way without keepOpenSslStateUntilExit().
    const Child child
        = runChild(QStringLiteral("default"), QStringLiteral("detect_leaks=1:exitcode=23"));
    QCOMPARE(child.output, QByteArray("threads at exit: 1\n"));
    QVERIFY2(child.errors.contains("LeakSanitizer: detected memory leaks")
                 && child.errors.contains("libcrypto"),
             child.errors.left(4000).constData());
    QCOMPARE(child.exitCode, 23);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], childOption) == 0)
        return childMain(argc, argv, qstrcmp(argv[2], "keep") == 0);
    QCoreApplication app(argc, argv);
    tst_OpenSslExit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_opensslexit.moc"
