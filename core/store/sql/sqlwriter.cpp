// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/sqlwriter.h"

#include "event/uuidv7.h"
#include "store/sql/sqlbackend.h"
#include "store/sql/sqldialect.h"
#include "store/sql/sqleventrepository.h"
#include "store/sql/sqllogging.h"
#include "store/sqlerror.h"
#include "store/statementcache.h"

#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "otbridge.store")
Q_LOGGING_CATEGORY(lcDeliveryStore, "otbridge.deliverystore")

namespace OtBridge {

namespace {

// Adds ids to the notification of channel and kind in to, or a new one: one per channel and
// kind in a transaction.
void add(QList<StoreNotification> &to, StoreNotification::Channel channel, const QString &kind,
         const QStringList &ids)
{
    for (StoreNotification &existing : to) {
        if (existing.channel == channel && existing.kind == kind) {
            existing.ids += ids;
            return;
        }
    }
    StoreNotification notification;
    notification.channel = channel;
    notification.kind = kind;
    notification.ids = ids;
    to.append(std::move(notification));
}

} // namespace

// Owns the single writing connection; lives on the writer's thread.
class WriterConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriterConnection)

public:
    explicit WriterConnection(SqlWriter *writer)
        : m_writer(writer)
    { }

    Result<void> open(const StoreOptions &options);
    void flush();
    void close();

private:
    friend class JobContext;
    Result<void> commit(std::deque<SqlWriter::PendingAppend> &batch, std::deque<StoreJob> &jobs,
                        QList<AppendResult> &results, QStringList &jobErrors);
    // SAVEPOINT and its kin: prepared once where the database lets them be (SQLite), run as
    // they are where it does not (PostgreSQL).
    Result<void> command(const QString &sql);
    // Sends what the transaction's jobs announced, and its stored events, before it commits.
    Result<void> notify(const QList<AppendResult> &results);

    SqlWriter *m_writer;
    QString m_connectionName;
    QSqlDatabase m_db;
    // Prepared once: preparing per batch cost a tenth of the writer's time in SQLite's parser.
    StatementCache m_statements;
    StoreOptions m_options;
    // The dialect's NOTIFY; empty where nobody else listens (SQLite).
    QString m_notifySql;
    // What the transaction's committed jobs announced (JobContext::announce), by channel and
    // kind.
    QList<StoreNotification> m_announced;
};

// A job's view of the writer's transaction.
class JobContext final : public SqlWriteContext
{
public:
    JobContext(WriterConnection *connection, QList<AppendResult> &results, qint64 &stored)
        : m_connection(connection)
        , m_results(results)
        , m_stored(stored)
    { }

    QSqlDatabase database() const override { return m_connection->m_db; }
    Result<SqlRows *> run(const QString &sql, const QVariantList &values) override
    {
        return m_connection->m_statements.run(sql, values);
    }
    Result<void> command(const QString &sql) override { return m_connection->command(sql); }
    void announce(StoreNotification::Channel channel, const QString &kind,
                  const QStringList &ids) override
    {
        if (m_connection->m_notifySql.isEmpty())
            return;
        add(m_jobAnnounced, channel, kind, ids);
    }
    // The job's announcements join the transaction's (its savepoint was released), or are
    // forgotten with its writes.
    void finishJob(bool done)
    {
        if (done) {
            for (const StoreNotification &announced : std::as_const(m_jobAnnounced))
                add(m_connection->m_announced, announced.channel, announced.kind, announced.ids);
        }
        m_jobAnnounced.clear();
    }
    std::optional<Event> event(const QUuid &id) override
    {
        return SqlEventRepository::find(m_connection->m_db, id);
    }
    Result<void> appendEvent(Event event) override
    {
        // The writer's own appends are routed like the listener's (see SqlWriter::append).
        {
            QMutexLocker locker(&m_connection->m_writer->m_mutex);
            m_connection->m_writer->skipRoutingIfUnheard(event);
        }
        return insert(event, 0);
    }

    // Inserts one event; the outcome goes to results.
    Result<void> insert(const Event &event, quint64 ticket)
    {
        Result<AppendResult> inserted = SqlEventRepository::insert(*this, event, ticket);
        if (!inserted)
            return Result<void>::failure(inserted.error());
        if (inserted.value().status == AppendStatus::Stored)
            ++m_stored;
        m_results.append(std::move(inserted).value());
        return {};
    }

private:
    WriterConnection *m_connection;
    QList<AppendResult> &m_results;
    qint64 &m_stored;
    QList<StoreNotification> m_jobAnnounced;
};

Result<void> WriterConnection::open(const StoreOptions &options)
{
    m_options = options;
    m_connectionName = QStringLiteral("otbridge-writer-%1").arg(quintptr(this), 0, 16);
    auto db = m_writer->m_backend->openWriter(m_connectionName, options);
    if (!db)
        return Result<void>::failure(db.error());
    m_db = db.value();
    m_statements.setDatabase(m_db);
    m_notifySql = sqlDialect(m_db).notify;
    return {};
}

void WriterConnection::flush()
{
    // Keep committing while appends and jobs keep arriving: whatever queued up during one fsync
    // becomes the next transaction. That is the whole group-commit mechanism.
    for (;;) {
        std::deque<StoreJob> jobs;
        std::deque<SqlWriter::PendingAppend> batch = m_writer->takeBatch(m_options.maxBatch, &jobs);
        if (batch.empty() && jobs.empty())
            return;
        QList<AppendResult> results;
        results.reserve(int(batch.size()));
        QStringList jobErrors;
        const Result<void> committed = commit(batch, jobs, results, jobErrors);
        {
            QMutexLocker locker(&m_writer->m_mutex);
            // A commit of writes alone (routing, outcomes) proves nothing about room for
            // events: after a refused event (a full store) the store stays failing until
            // events commit again, however much routing succeeds meanwhile.
            const bool events = !batch.empty();
            if (committed) {
                m_writer->m_jobsFailing = false;
                if (events)
                    m_writer->m_eventsFailing = false;
            } else {
                m_writer->m_jobsFailing = m_writer->m_jobsFailing || !jobs.empty();
                m_writer->m_eventsFailing = m_writer->m_eventsFailing || events;
                m_writer->m_lastError = committed.error();
            }
            m_writer->m_writable = !m_writer->m_eventsFailing && !m_writer->m_jobsFailing;
            if (m_writer->m_writable)
                m_writer->m_lastError.clear();
        }
        if (!committed) {
            qCWarning(lcStore) << "commit of" << batch.size() << "events and" << jobs.size()
                               << "writes failed:" << committed.error();
            results.clear();
            for (SqlWriter::PendingAppend &pending : batch) {
                AppendResult result;
                result.ticket = pending.ticket;
                result.status = AppendStatus::Failed;
                result.error = committed.error();
                result.summary = SqlEventRepository::summaryOf(pending.event);
                results.append(result);
            }
            jobErrors.fill(committed.error(), qsizetype(jobs.size()));
        }
        if (!results.isEmpty() && m_writer->m_appended)
            m_writer->m_appended(results);
        for (size_t i = 0; i < jobs.size(); ++i) {
            if (jobs[i].done)
                jobs[i].done(jobErrors.value(qsizetype(i)));
        }
        // Set before the writer accepted anything, deleted after its thread finished.
        if (committed && m_writer->m_companion)
            m_writer->m_companion->afterCommit(m_db);
    }
}

Result<void> WriterConnection::command(const QString &sql)
{
    if (!sqlDialect(m_db).preparedSavepoints)
        return execSql(m_db, sql);
    if (auto ran = m_statements.run(sql); !ran)
        return Result<void>::failure(ran.error());
    return {};
}

Result<void> WriterConnection::commit(std::deque<SqlWriter::PendingAppend> &batch,
                                      std::deque<StoreJob> &jobs, QList<AppendResult> &results,
                                      QStringList &jobErrors)
{
    if (const QString &begin = sqlDialect(m_db).beginWrite; !begin.isEmpty()) {
        if (auto begun = execSql(m_db, begin); !begun)
            return begun;
    } else if (!m_db.transaction()) {
        return Result<void>::failure(sqlError(m_db.lastError()));
    }

    m_announced.clear();
    qint64 stored = 0;
    JobContext context(this, results, stored);
    for (SqlWriter::PendingAppend &pending : batch) {
        if (auto inserted = context.insert(pending.event, pending.ticket); !inserted) {
            m_statements.finishAll();
            m_db.rollback();
            return inserted;
        }
    }

    // Each job under a savepoint: one that fails takes back only its own writes (and the
    // events it appended), never its neighbours'.
    const auto savepoint = [this](const QString &sql) {
        return command(sql);
    };
    for (StoreJob &job : jobs) {
        const qsizetype resultsBefore = results.size();
        const qint64 storedBefore = stored;
        if (auto begun = savepoint(QStringLiteral("SAVEPOINT job")); !begun) {
            m_db.rollback();
            return begun;
        }
        Result<void> done = job.work ? job.work(context) : Result<void>();
        if (!done) {
            if (auto undone = savepoint(QStringLiteral("ROLLBACK TO job")); !undone) {
                m_db.rollback();
                return undone;
            }
            results.resize(resultsBefore);
            stored = storedBefore;
        }
        if (auto released = savepoint(QStringLiteral("RELEASE job")); !released) {
            m_db.rollback();
            return released;
        }
        context.finishJob(done.ok());
        jobErrors.append(done ? QString() : done.error());
    }
    if (auto notified = notify(results); !notified) {
        m_statements.finishAll();
        m_db.rollback();
        return notified;
    }
    m_statements.finishAll();
    if (!m_db.commit()) {
        const QString error = sqlError(m_db.lastError());
        m_db.rollback();
        return Result<void>::failure(error);
    }
    QMutexLocker locker(&m_writer->m_mutex);
    m_writer->m_committed += stored;
    return {};
}

Result<void> WriterConnection::notify(const QList<AppendResult> &results)
{
    const QList<StoreNotification> byJobs = std::exchange(m_announced, {});
    if (m_notifySql.isEmpty())
        return {};
    // Consoles attached to the cluster list the events as they are stored, before what became
    // of them.
    QStringList events;
    for (const AppendResult &result : results) {
        if (result.status == AppendStatus::Stored)
            events.append(result.summary.id.toString(QUuid::WithoutBraces));
    }
    QList<StoreNotification> announced;
    if (!events.isEmpty()) {
        add(announced, StoreNotification::Channel::Activity, StoreNotification::eventsStored(),
            events);
        if (m_options.routedElsewhere)
            add(announced, StoreNotification::Channel::Work, StoreNotification::workRoute(),
                events);
    }
    announced += byJobs;
    for (StoreNotification &notification : announced) {
        notification.node = m_options.nodeId;
        notification.ids.removeDuplicates();
        const Result<SqlRows *> sent = m_statements.run(
            m_notifySql,
            {StoreNotification::channelName(notification.channel), notification.payload()});
        if (!sent)
            return Result<void>::failure(sent.error());
    }
    return {};
}

void WriterConnection::close()
{
    flush();
    m_statements.clear();
    if (m_db.isOpen()) {
        m_writer->m_backend->closingWriter(m_db);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

SqlWriter::SqlWriter(const SqlBackend *backend, AppendedHandler appended)
    : m_backend(backend)
    , m_appended(std::move(appended))
{
    m_writerThread.setObjectName(QStringLiteral("otbridge-store"));
    m_companionThread.setObjectName(QStringLiteral("otbridge-checkpoint"));
}

SqlWriter::~SqlWriter()
{
    close();
}

Result<void> SqlWriter::open(const StoreOptions &options)
{
    if (isOpen())
        return Result<void>::failure(EventStore::tr("the event store is already open"));
    {
        QMutexLocker locker(&m_mutex);
        m_options = options;
        if (m_options.nodeId.isEmpty())
            m_options.nodeId = createUuidV7().toString(QUuid::WithoutBraces);
    }
    if (auto prepared = m_backend->prepare(options); !prepared)
        return prepared;

    m_connection = new WriterConnection(this);
    m_connection->moveToThread(&m_writerThread);
    m_writerThread.start();

    Result<void> opened;
    QMetaObject::invokeMethod(
        m_connection, [this, &opened] { opened = m_connection->open(m_options); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        QMetaObject::invokeMethod(
            m_connection, [this] { m_connection->close(); }, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
        delete m_connection;
        m_connection = nullptr;
        return opened;
    }
    if (std::unique_ptr<SqlCompanion> companion = m_backend->companion(m_options)) {
        m_companion = companion.release();
        m_companion->moveToThread(&m_companionThread);
        m_companionThread.start();
        QMetaObject::invokeMethod(m_companion, &SqlCompanion::start, Qt::QueuedConnection);
    }

    QMutexLocker locker(&m_mutex);
    m_accepting = true;
    m_writable = true;
    m_eventsFailing = false;
    m_jobsFailing = false;
    m_path = m_backend->location(options);
    m_lastError.clear();
    m_committed = 0;
    return {};
}

void SqlWriter::close()
{
    if (!m_connection)
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_accepting = false;
    }
    if (m_companion) {
        QMetaObject::invokeMethod(
            m_companion, [this] { m_companion->stop(); }, Qt::BlockingQueuedConnection);
        m_companionThread.quit();
        m_companionThread.wait();
    }
    QMetaObject::invokeMethod(
        m_connection, [this] { m_connection->close(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
    delete m_connection;
    m_connection = nullptr;
    // The writer's last commits still called its afterCommit().
    delete m_companion;
    m_companion = nullptr;
}

bool SqlWriter::isOpen() const
{
    QMutexLocker locker(&m_mutex);
    return m_accepting;
}

void SqlWriter::setSourcesToRoute(const std::optional<QSet<QString>> &sources)
{
    QMutexLocker locker(&m_mutex);
    m_sourcesToRoute = sources;
}

SqlWriter::Ticket SqlWriter::append(Event &event)
{
    QMutexLocker locker(&m_mutex);
    Ticket ticket {m_nextTicket++, m_accepting};
    if (!m_accepting)
        return ticket;
    skipRoutingIfUnheard(event);
    m_pending.push_back({ticket.number, std::move(event)});
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(m_connection, &WriterConnection::flush, Qt::QueuedConnection);
    }
    return ticket;
}

void SqlWriter::skipRoutingIfUnheard(Event &event) const
{
    // A source no rule listens to needs no routing: stored as routed, nobody writes it again.
    if (m_sourcesToRoute && event.state == EventState::Received
        && !m_sourcesToRoute->contains(event.source))
        event.state = EventState::Routed;
}

std::deque<SqlWriter::PendingAppend> SqlWriter::takeBatch(int maxBatch, std::deque<StoreJob> *jobs)
{
    QMutexLocker locker(&m_mutex);
    std::deque<PendingAppend> batch;
    if (m_pending.empty() && m_jobs.empty()) {
        m_flushPosted = false;
        return batch;
    }
    if (int(m_pending.size()) <= maxBatch) {
        batch.swap(m_pending);
    } else {
        auto end = m_pending.begin() + maxBatch;
        std::move(m_pending.begin(), end, std::back_inserter(batch));
        m_pending.erase(m_pending.begin(), end);
    }
    if (int(m_jobs.size()) <= maxBatch) {
        jobs->swap(m_jobs);
    } else {
        auto end = m_jobs.begin() + maxBatch;
        std::move(m_jobs.begin(), end, std::back_inserter(*jobs));
        m_jobs.erase(m_jobs.begin(), end);
    }
    return batch;
}

void SqlWriter::submit(StoreJob job, const QString &closedError)
{
    QMutexLocker locker(&m_mutex);
    if (!m_accepting) {
        locker.unlock();
        if (job.done)
            job.done(closedError);
        return;
    }
    m_jobs.push_back(std::move(job));
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(m_connection, &WriterConnection::flush, Qt::QueuedConnection);
    }
}

void SqlWriter::waitForWrites()
{
    Q_ASSERT(QThread::currentThread() != &m_writerThread);
    QSemaphore finished;
    StoreJob marker;
    marker.done = [&finished](const QString &) {
        finished.release();
    };
    submit(std::move(marker), QString());
    finished.acquire();
}

QString SqlWriter::nodeId() const
{
    QMutexLocker locker(&m_mutex);
    return m_options.nodeId;
}

SqlWriter::Health SqlWriter::health() const
{
    QMutexLocker locker(&m_mutex);
    Health health;
    health.open = m_accepting;
    health.writable = m_accepting && m_writable;
    health.path = m_path;
    health.lastError = m_lastError;
    health.committedEvents = m_committed;
    health.pendingAppends = qint64(m_pending.size());
    return health;
}

} // namespace OtBridge

#include "sqlwriter.moc"
