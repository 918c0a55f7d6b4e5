// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqlitebackend.h"

#include "store/eventstore.h"
#include "store/sql/sqllogging.h"
#include "store/sqlerror.h"
#include "store/sqlite/sqliteconnections.h"
#include "store/sqlite/sqliteschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace OtBridge {

namespace {

SqliteConnectionOptions connectionOptions(const StoreOptions &options)
{
    SqliteConnectionOptions connection;
    connection.path = options.path;
    connection.busyTimeoutMs = options.busyTimeoutMs;
    connection.openFailure = QObject::tr("cannot open the event store %1: %2");
    connection.closedFailure = EventStore::tr("the event store is closed");
    return connection;
}

// Copies the WAL back into the database file four times a second on its own connection and
// thread, so no commit waits for it. PASSIVE never blocks the writer.
//
// SQLite starts the WAL over only when a write transaction begins with all of it copied. Under
// a steady stream of commits the checkpointer never catches up with the writer, so the WAL
// would grow for as long as the load lasts (3.6 GB in a 20 s burst of webhooks, for a 100 MB
// database): the disk fills, and every commit appends to a longer file. So once a checkpoint
// has copied everything it found, the writer copies the little written meanwhile itself,
// between two transactions (afterCommit), and its next transaction starts the WAL over
// (docs/architecture.md, "Storage").
class SqliteCheckpointer final : public SqlCompanion
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteCheckpointer)

public:
    static constexpr int intervalMs = 250;
    // SQLite's own default for wal_autocheckpoint: 4 MB of 4 KiB pages.
    static constexpr int restartFrames = 1000;
    // Passes in a row once one copied all it found: each copies what committed during the last.
    static constexpr int maxPasses = 3;

    explicit SqliteCheckpointer(const StoreOptions &options)
        : m_options(options)
        , m_timer(this)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &SqliteCheckpointer::checkpoint);
    }

    void start() override
    {
        m_connectionName = QStringLiteral("otbridge-checkpointer-%1").arg(quintptr(this), 0, 16);
        auto db = SqliteConnections::open(m_connectionName, connectionOptions(m_options));
        if (!db) {
            qCWarning(lcStore) << "checkpoints will run on close only:" << db.error();
            return;
        }
        m_db = db.value();
        m_timer.start();
    }

    void stop() override
    {
        m_timer.stop();
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    void afterCommit(const QSqlDatabase &writer) override
    {
        if (!m_catchUp.exchange(false, std::memory_order_relaxed))
            return;
        // Copies what was committed since the checkpointer's pass. A reader still on an older
        // snapshot may keep part of it back; then the next pass asks again.
        passive(writer);
    }

private:
    struct Checkpoint
    {
        bool ok = false;
        int walFrames = 0;
        int copiedFrames = 0;
    };

    // PRAGMA wal_checkpoint answers busy (1 when a writer or reader stopped it early), the
    // WAL's frames and how many of them are in the database file now.
    static Checkpoint passive(const QSqlDatabase &db)
    {
        Checkpoint done;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
            qCDebug(lcStore) << "checkpoint deferred:" << sqlError(query.lastError());
            return done;
        }
        done.ok = query.value(0).toInt() == 0;
        done.walFrames = query.value(1).toInt();
        done.copiedFrames = query.value(2).toInt();
        return done;
    }

    void checkpoint()
    {
        Checkpoint done = passive(m_db);
        if (!copiedAll(done))
            return;
        // What the writer committed during that pass is copied again here, so that the stretch
        // left for the writer (which it copies between two of its transactions, and fsyncs) is
        // what commits during a short pass only. The writer is asked either way: a later pass
        // held back by a reader only leaves it more to copy.
        for (int pass = 1; pass < maxPasses; ++pass) {
            const int before = done.walFrames;
            done = passive(m_db);
            if (!copiedAll(done) || done.walFrames == before)
                break;
        }
        m_catchUp.store(true, std::memory_order_relaxed);
    }

    static bool copiedAll(const Checkpoint &done)
    {
        return done.ok && done.walFrames >= restartFrames && done.copiedFrames == done.walFrames;
    }

    StoreOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;
    // Set here, taken by the writer's thread in afterCommit().
    std::atomic_bool m_catchUp = false;
};

} // namespace

Result<void> SqliteBackend::prepare(const StoreOptions &options) const
{
    const QFileInfo info(options.path);
    if (!QDir().mkpath(info.absolutePath()))
        return Result<void>::failure(
            EventStore::tr("cannot create the data directory %1").arg(info.absolutePath()));
    return {};
}

Result<QSqlDatabase> SqliteBackend::openWriter(const QString &name,
                                               const StoreOptions &options) const
{
    Result<QSqlDatabase> opened = SqliteConnections::open(name, connectionOptions(options));
    if (!opened)
        return opened;
    QSqlDatabase db = opened.value();
    const auto fail = [&db, &name](const QString &why) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<QSqlDatabase>::failure(why);
    };
    // WAL lets the console and the API read while a commit is being fsync'd; FULL makes every
    // commit durable before the listener answers 2xx. Checkpoints run on their own thread
    // (SqliteCheckpointer): inside a commit they put up to 120 ms on the p99 of ingest.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA wal_autocheckpoint=0",
          // What a burst left of the WAL file is cut back to this when the WAL starts over.
          "PRAGMA journal_size_limit=67108864"}) {
        if (auto ok = execSql(db, QString::fromLatin1(pragma)); !ok)
            return fail(QObject::tr("cannot configure the event store: %1").arg(ok.error()));
    }
    if (options.maxSizeBytes > 0) {
        QSqlQuery pageSize(QStringLiteral("PRAGMA page_size"), db);
        const qint64 page = pageSize.next() ? pageSize.value(0).toLongLong() : 4096;
        pageSize.finish();
        // SQLite answers SQLITE_FULL ("database or disk is full") past this page count: the same
        // path a full disk takes.
        const qint64 pages = qMax<qint64>(1, options.maxSizeBytes / page);
        if (auto ok = execSql(db, QStringLiteral("PRAGMA max_page_count=%1").arg(pages)); !ok)
            return fail(ok.error());
    }
    if (auto migrated = SqliteSchema::migrate(db, options.path); !migrated)
        return fail(migrated.error());
    return db;
}

void SqliteBackend::closingWriter(const QSqlDatabase &db) const
{
    // Fold the WAL back so the file a user copies is complete on its own.
    if (auto ok = execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ok)
        qCWarning(lcStore) << "checkpoint on close failed:" << ok.error();
}

ThreadConnections::Open SqliteBackend::readers(const StoreOptions &options) const
{
    SqliteConnectionOptions readers = connectionOptions(options);
    readers.readOnly = true;
    return [readers](const QString &name) {
        return SqliteConnections::open(name, readers);
    };
}

std::unique_ptr<SqlCompanion> SqliteBackend::companion(const StoreOptions &options) const
{
    return std::make_unique<SqliteCheckpointer>(options);
}

} // namespace OtBridge

#include "sqlitebackend.moc"
