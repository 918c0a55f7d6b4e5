// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What both executables set up in main() before anything else (app/common/appsetup.h).
#include "appsetup.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QTest>
#include <QThread>

namespace {

// The class of the event dispatcher a thread started now makes for itself.
QByteArray dispatcherOfANewThread()
{
    QThread thread;
    QByteArray name;
    QObject::connect(&thread, &QThread::started, [&name] {
        name = QThread::currentThread()->eventDispatcher()->metaObject()->className();
    });
    thread.start();
    thread.quit();
    thread.wait();
    return name;
}

} // namespace

class TestAppSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerThreadsRunOnPlainEventLoops();
};

void TestAppSetup::workerThreadsRunOnPlainEventLoops()
{
    const QByteArray mainThread = QCoreApplication::eventDispatcher()->metaObject()->className();
    // The suite runs with the variable set, as the executables do; without it Debian's Qt gives
    // every thread GLib's loop.
    qunsetenv("QT_NO_THREADED_GLIB");
    QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherGlib"));

    OtBridge::runWorkerThreadsOnPlainEventLoops();
    QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("1"));
    QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherUNIX"));
    // The main thread's loop stays the one it has.
    QCOMPARE(QByteArray(QCoreApplication::eventDispatcher()->metaObject()->className()),
             mainThread);

    // A value the user set is theirs: an empty one keeps GLib in every thread.
    qputenv("QT_NO_THREADED_GLIB", "");
    OtBridge::runWorkerThreadsOnPlainEventLoops();
    QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherGlib"));
    qputenv("QT_NO_THREADED_GLIB", "1");
}

QTEST_GUILESS_MAIN(TestAppSetup)
#include "tst_appsetup.moc"
