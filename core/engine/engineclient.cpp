// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineclient.h"

#include "api/eventexport.h"
#include "api/eventjson.h"
#include "engine/engine.h"
#include "rules/router.h"
#include "runasync.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace OtBridge {

namespace {

QString noEvent(const QUuid &id)
{
    return EngineClient::tr("there is no event %1 in the store")
        .arg(id.toString(QUuid::WithoutBraces));
}

} // namespace

EngineClient::EngineClient(Engine *engine, EventStore *store, DeliveryStore *deliveries)
    : m_engine(engine)
    , m_store(store)
    , m_deliveries(deliveries)
{
    // Reads wait on SQLite, not on the CPU: a few more threads than cores keep the console's
    // reads going while an export or a replay takes one.
    m_pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("otbridge-engine-jobs"));
}

EngineClient::~EngineClient()
{
    shutDown();
}

template<typename T, typename Work>
QFuture<void> EngineClient::submit(QObject *receiver, Work work, Reply<T> reply)
{
    QMutexLocker locker(&m_mutex);
    const bool accepting = m_accepting;
    return runAsync(
        &m_pool, receiver,
        [this, accepting, work = std::move(work)](const AsyncJob &job) mutable -> Result<T> {
            if (!accepting)
                return Result<T>::failure(tr("the engine is stopping"));
            if (!m_store->isOpen())
                return Result<T>::failure(tr("the event store is closed"));
            return work(job);
        },
        std::move(reply));
}

void EngineClient::queryEvents(const QList<EventQuery> &queries, QObject *receiver,
                               Reply<QList<EventPage>> reply)
{
    submit(
        receiver,
        [this, queries](const AsyncJob &) -> Result<QList<EventPage>> {
            QList<EventPage> pages;
            pages.reserve(queries.size());
            for (const EventQuery &query : queries) {
                Result<EventPage> page = m_store->query(query);
                if (!page)
                    return Result<QList<EventPage>>::failure(page.errorDetail());
                pages.append(std::move(page).value());
            }
            return pages;
        },
        std::move(reply));
}

void EngineClient::eventRecord(const QUuid &id, QObject *receiver, Reply<EventRecord> reply)
{
    submit(
        receiver,
        [this, id](const AsyncJob &) -> Result<EventRecord> {
            std::optional<Event> event = m_store->event(id);
            if (!event)
                return Result<EventRecord>::failure(noEvent(id));
            EventRecord record;
            record.event = std::move(*event);
            if (m_deliveries->isOpen()) {
                record.deliveries = m_deliveries->deliveriesForEvent(id);
                for (const DeliveryRecord &delivery : std::as_const(record.deliveries))
                    record.attempts.insert(delivery.id, m_deliveries->attempts(delivery.id));
                record.acknowledgement = m_deliveries->acknowledgement(id);
                record.escalations = m_deliveries->escalations(id);
            }
            record.status = eventStatusToJson(record.event, record.deliveries,
                                              record.acknowledgement, record.escalations);
            record.reruns = m_store->reruns(id);
            return record;
        },
        std::move(reply));
}

void EngineClient::event(const QUuid &id, QObject *receiver, Reply<Event> reply)
{
    submit(
        receiver,
        [this, id](const AsyncJob &) -> Result<Event> {
            std::optional<Event> event = m_store->event(id);
            if (!event)
                return Result<Event>::failure(noEvent(id));
            return std::move(*event);
        },
        std::move(reply));
}

void EngineClient::capturedEvents(int scan, int limit, QObject *receiver,
                                  Reply<QList<CapturedEvent>> reply)
{
    submit(
        receiver,
        [this, scan, limit](const AsyncJob &job) -> Result<QList<CapturedEvent>> {
            const QList<EventSummary> recent = m_store->recent(scan);
            QList<CapturedEvent> captured;
            QHash<QString, int> seen; // source + body hash → index in captured
            for (auto it = recent.crbegin(); it != recent.crend(); ++it) { // newest first
                if (job.isCanceled() || stopping())
                    break;
                if (it->rejected || it->id.isNull())
                    continue;
                const std::optional<Event> event = m_store->event(it->id);
                if (!event)
                    continue;
                const QString key
                    = event->source + QLatin1Char('\n')
                    + QString::fromLatin1(
                          QCryptographicHash::hash(event->body, QCryptographicHash::Sha1).toHex());
                if (const auto found = seen.constFind(key); found != seen.constEnd()) {
                    ++captured[*found].copies;
                    continue;
                }
                if (captured.size() >= limit)
                    continue;
                CapturedEvent entry;
                entry.id = event->id;
                entry.source = event->source;
                entry.receivedAt = event->receivedAt;
                const QJsonObject body = eventBodyJson(*event).toObject();
                for (const char *name : {"event", "type"}) {
                    if (body.value(QLatin1String(name)).isString()) {
                        entry.kind = body.value(QLatin1String(name)).toString();
                        break;
                    }
                }
                seen.insert(key, int(captured.size()));
                captured.append(entry);
            }
            return captured;
        },
        std::move(reply));
}

void EngineClient::acknowledge(const QUuid &eventId, const QString &by, QObject *receiver,
                               Reply<Acknowledgement> reply)
{
    Engine *engine = m_engine;
    submit(
        receiver,
        [engine, eventId, by](const AsyncJob &) { return engine->acknowledge(eventId, by); },
        std::move(reply));
}

void EngineClient::replay(const QStringList &deliveryIds, QObject *receiver, Reply<int> reply)
{
    Engine *engine = m_engine;
    submit(
        receiver, [engine, deliveryIds](const AsyncJob &) { return engine->replay(deliveryIds); },
        std::move(reply));
}

void EngineClient::replayDeadLetters(const QString &target, int limit, QObject *receiver,
                                     Reply<int> reply)
{
    Engine *engine = m_engine;
    submit(
        receiver,
        [this, engine, target, limit](const AsyncJob &) -> Result<int> {
            if (!m_deliveries->isOpen())
                return Result<int>::failure(tr("the delivery store is closed"));
            QStringList ids;
            for (const DeliveryRecord &record : m_deliveries->deadLetters(target, {}, limit))
                ids.append(record.id);
            return engine->replay(ids);
        },
        std::move(reply));
}

void EngineClient::rerun(const QUuid &eventId, QObject *receiver, Reply<QUuid> reply)
{
    Engine *engine = m_engine;
    submit(
        receiver, [engine, eventId](const AsyncJob &) { return engine->rerun(eventId); },
        std::move(reply));
}

QFuture<void> EngineClient::exportEvents(const QList<QUuid> &ids, const QString &path,
                                         QObject *receiver, Reply<int> reply)
{
    return submit(
        receiver,
        [this, ids, path](const AsyncJob &job) {
            const auto canceled = [this, &job] {
                return job.isCanceled() || stopping();
            };
            Result<int> written
                = exportEventsAsJsonLines(m_store, m_deliveries, ids, path, canceled);
            // Whoever asked may be gone (the window closed): the log says what became of it.
            if (!written && canceled())
                qCInfo(lcEngine).noquote() << written.error();
            return written;
        },
        std::move(reply));
}

bool EngineClient::shutDown(int timeoutMs)
{
    {
        QMutexLocker locker(&m_mutex);
        m_accepting = false;
    }
    m_stopping.store(true, std::memory_order_relaxed);
    if (m_pool.waitForDone(timeoutMs))
        return true;
    qCWarning(lcEngine).noquote()
        << tr("jobs of the window still read the store after %1 s; waiting for them to end")
               .arg(timeoutMs / 1000);
    m_pool.waitForDone();
    return false;
}

void EngineClient::resume()
{
    QMutexLocker locker(&m_mutex);
    m_accepting = true;
    m_stopping.store(false, std::memory_order_relaxed);
}

} // namespace OtBridge
