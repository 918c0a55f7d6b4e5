// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace OtBridge {

// What a job started by runAsync() knows of itself: whether whoever started it has cancelled
// it (the QFuture runAsync returned). A long job asks between its steps and stops early,
// returning a result that says so; a short one need not ask.
class AsyncJob final
{
public:
    explicit AsyncJob(const QPromise<void> &promise)
        : m_promise(promise)
    { }

    bool isCanceled() const { return m_promise.isCanceled(); }

private:
    const QPromise<void> &m_promise;
};

namespace AsyncDetail {

template<typename Work> auto invoke(Work &work, const AsyncJob &job)
{
    if constexpr (std::is_invocable_v<Work &, const AsyncJob &>)
        return work(job);
    else
        return work();
}

} // namespace AsyncDetail

// What work returns: the value its receiver is handed.
template<typename Work>
using AsyncResultOf
    = decltype(AsyncDetail::invoke(std::declval<Work &>(), std::declval<const AsyncJob &>()));

// Runs work on pool, off the calling thread, and hands what it returns to onResult on
// receiver's thread, once, if receiver still exists then (Qt Creator's onResultReady idea;
// docs/architecture.md, "Threads"). Call it on receiver's thread. Nothing here blocks:
// deleting receiver while work runs drops the result (onResult is never called) without waiting
// for the work, which runs to its end on its own. So work must not touch receiver: it gets
// values and objects that outlive it (the engine's stores; the engine's pool waits for its
// jobs before they close). work takes no argument or a const AsyncJob &, to see whether the
// returned future was cancelled; a cancelled job that returns still hands its result over.
// A job the pool never runs (a pool destroyed after clear()) hands nothing over.
template<typename Work, typename OnResult>
QFuture<void> runAsync(QThreadPool *pool, QObject *receiver, Work work, OnResult onResult)
{
    using T = AsyncResultOf<Work>;
    static_assert(!std::is_void_v<T>, "work returns what the receiver is to learn");
    Q_ASSERT(pool && receiver);
    Q_ASSERT(receiver->thread() == QThread::currentThread());

    // The job and the watcher share this; whichever goes last frees it. The result is written
    // before finish() and read after the watcher heard of it: the future's own lock orders the
    // two.
    struct State
    {
        QPromise<void> promise;
        std::optional<T> result;
    };
    auto state = std::make_shared<State>();
    // A child of receiver, so it goes with it: its destructor unhooks it from the future under
    // the future's lock, and a job that finishes later finds nobody to tell.
    auto *watcher = new QFutureWatcher<void>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, state, onResult = std::move(onResult)]() mutable {
                         watcher->deleteLater();
                         if (state->result)
                             onResult(std::move(*state->result));
                     });
    QFuture<void> future = state->promise.future();
    state->promise.start();
    watcher->setFuture(future);
    pool->start([state, work = std::move(work)]() mutable {
        const AsyncJob job(state->promise);
        state->result.emplace(AsyncDetail::invoke(work, job));
        state->promise.finish();
    });
    return future;
}

} // namespace OtBridge
