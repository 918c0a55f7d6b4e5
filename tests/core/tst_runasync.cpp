// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runasync.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace OtBridge;

// runAsync: the result reaches a live receiver on its thread, and is dropped without a call
// (and without a wait) when the receiver went while the work ran. The suite also runs under
// ASan+UBSan: a result handed to a deleted receiver would show there.
class tst_RunAsync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resultReachesLiveReceiverOnItsThread();
    void resultIsMovedNotCopied();
    void receiverDeletedWhileWorkRunsGetsNothing();
    void receiverDeletedBeforeWorkStartsGetsNothing();
    void cancelledWorkStopsAndStillAnswers();
    void manyReceiversComeAndGo();

private:
    std::unique_ptr<QThreadPool> m_pool;
};

void tst_RunAsync::init()
{
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(2);
}

void tst_RunAsync::cleanup()
{
    QVERIFY(m_pool->waitForDone(10000));
    m_pool.reset();
}

void tst_RunAsync::resultReachesLiveReceiverOnItsThread()
{
    QObject receiver;
    std::atomic<QThread *> workThread {nullptr};
    QThread *resultThread = nullptr;
    int result = 0;
    int calls = 0;
    runAsync(
        m_pool.get(), &receiver,
        [&workThread] {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            result = value;
            resultThread = QThread::currentThread();
            ++calls;
        });
    QCOMPARE(calls, 0); // never in the call itself, even when the work is quick
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result, 42);
    QCOMPARE(resultThread, QThread::currentThread());
    QVERIFY(workThread.load() != nullptr);
    QVERIFY(workThread.load() != QThread::currentThread());
    // Once: nothing more comes later.
    QVERIFY(m_pool->waitForDone(10000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(calls, 1);
    // The watcher it used is gone with its answer.
    QTRY_COMPARE(receiver.children().size(), 0);
}

void tst_RunAsync::resultIsMovedNotCopied()
{
    QObject receiver;
    std::unique_ptr<int> received;
    runAsync(
        m_pool.get(), &receiver, [] { return std::make_unique<int>(7); },
        [&received](std::unique_ptr<int> value) { received = std::move(value); });
    QTRY_VERIFY(received != nullptr);
    QCOMPARE(*received, 7);
}

void tst_RunAsync::receiverDeletedWhileWorkRunsGetsNothing()
{
    auto *receiver = new QObject;
    QSemaphore started;
    QSemaphore gate;
    std::atomic<bool> workEnded {false};
    bool called = false;
    runAsync(
        m_pool.get(), receiver,
        [&] {
            started.release();
            gate.acquire();
            workEnded = true;
            return QByteArray(1 << 20, 'x'); // a result that owns memory: ASan sees a leak
        },
        [&called](const QByteArray &) { called = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    // The work is held at the gate: a delete that waited for it would never return here.
    delete receiver;
    QVERIFY(!workEnded);
    gate.release();
    QVERIFY(m_pool->waitForDone(10000));
    QVERIFY(workEnded);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void tst_RunAsync::receiverDeletedBeforeWorkStartsGetsNothing()
{
    // Both threads of the pool busy: the job waits in the queue while its receiver goes.
    QSemaphore busy;
    QSemaphore gate;
    for (int i = 0; i < 2; ++i) {
        m_pool->start([&] {
            busy.release();
            gate.acquire();
        });
    }
    QVERIFY(busy.tryAcquire(2, 10000));
    auto *receiver = new QObject;
    std::atomic<bool> ran {false};
    bool called = false;
    runAsync(
        m_pool.get(), receiver,
        [&ran] {
            ran = true;
            return 1;
        },
        [&called](int) { called = true; });
    delete receiver;
    gate.release(2);
    QVERIFY(m_pool->waitForDone(10000));
    QVERIFY(ran); // the work still runs: it may be a write someone asked for
    QCoreApplication::sendPostedEvents();
    QVERIFY(!called);
}

void tst_RunAsync::cancelledWorkStopsAndStillAnswers()
{
    QObject receiver;
    QSemaphore started;
    int steps = -1;
    QFuture<void> future = runAsync(
        m_pool.get(), &receiver,
        [&started](const AsyncJob &job) {
            started.release();
            // Bounded: without the cancel it ends by itself after ten seconds' worth of steps.
            int step = 0;
            for (; step < 10000 && !job.isCanceled(); ++step)
                QThread::usleep(1000);
            return step;
        },
        [&steps](int value) { steps = value; });
    QVERIFY(started.tryAcquire(1, 10000));
    future.cancel();
    QTRY_VERIFY(steps >= 0);
    QVERIFY(steps < 10000);
    QVERIFY(future.isCanceled());
    QVERIFY(future.isFinished());
}

void tst_RunAsync::manyReceiversComeAndGo()
{
    // Receivers deleted at every point of their jobs' lives: before, during and after; the
    // ones still alive hear back once each, the deleted ones never after they went.
    constexpr int count = 200;
    std::vector<QObject *> receivers;
    std::vector<int> calls(count, 0);
    std::vector<bool> deleted(count, false);
    int callsAfterDeletion = 0;
    for (int i = 0; i < count; ++i) {
        receivers.push_back(new QObject);
        runAsync(
            m_pool.get(), receivers.back(),
            [i] {
                QThread::usleep(100 * (i % 7));
                return i;
            },
            [&](int value) {
                ++calls[size_t(value)];
                if (deleted[size_t(value)])
                    ++callsAfterDeletion;
            });
    }
    for (int i = 0; i < count; i += 2) {
        delete receivers[size_t(i)];
        receivers[size_t(i)] = nullptr;
        deleted[size_t(i)] = true;
        if (i % 10 == 0)
            QCoreApplication::processEvents(); // some answers come before their receiver goes
    }
    QVERIFY(m_pool->waitForDone(10000));
    const auto allLiveAnswered = [&] {
        for (int i = 1; i < count; i += 2) {
            if (calls[size_t(i)] != 1)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(allLiveAnswered());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(callsAfterDeletion, 0);
    for (int i = 0; i < count; ++i)
        QVERIFY(calls[size_t(i)] <= 1);
    for (QObject *receiver : receivers)
        delete receiver;
}

QTEST_GUILESS_MAIN(tst_RunAsync)
#include "tst_runasync.moc"
