// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqliteconnections.h"

#include "store/sqlerror.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace OtBridge {

struct SqliteConnections::Registry
{
    QMutex mutex;
    QHash<QThread *, QString> names;
    bool open = true;
};

SqliteConnections::SqliteConnections(const SqliteConnectionOptions &options)
    : m_options(options)
    , m_registry(std::make_shared<Registry>())
{ }

SqliteConnections::~SqliteConnections()
{
    close();
}

Result<QSqlDatabase> SqliteConnections::open(const QString &name,
                                             const SqliteConnectionOptions &options)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(options.path);
        QString connectOptions
            = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &pragma : options.pragmas) {
                if (auto ok = execSql(db, pragma); !ok) {
                    error = ok.error();
                    break;
                }
            }
            if (error.isEmpty())
                return db;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return Result<QSqlDatabase>::failure(options.openFailure.arg(options.path, error));
}

Result<QSqlDatabase> SqliteConnections::forThisThread() const
{
    QMutexLocker optionsLocker(&m_mutex);
    const std::shared_ptr<Registry> registry = m_registry;
    optionsLocker.unlock();
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&registry->mutex);
    if (!registry->open) {
        optionsLocker.relock();
        return Result<QSqlDatabase>::failure(m_options.closedFailure);
    }
    if (const auto it = registry->names.constFind(thread); it != registry->names.constEnd())
        return QSqlDatabase::database(*it, false);
    locker.unlock();
    optionsLocker.relock();
    const SqliteConnectionOptions options = m_options;
    optionsLocker.unlock();

    // A process-wide serial: a store reopened, or a new one at a reused address, never collides
    // with a connection a pool thread still holds.
    static std::atomic<quint64> serial {0};
    const QString name = QStringLiteral("otbridge-sqlite-%1").arg(++serial);
    Result<QSqlDatabase> db = open(name, options);
    if (!db)
        return db;

    locker.relock();
    registry->names.insert(thread, name);
    locker.unlock();
    // The handler holds the registry, not this object, so it may outlive it.
    auto handle = std::make_shared<QMetaObject::Connection>();
    *handle = QObject::connect(
        thread, &QThread::finished, thread,
        [registry, thread, name, handle] {
            QSqlDatabase::removeDatabase(name);
            QMutexLocker locker(&registry->mutex);
            if (registry->names.value(thread) == name)
                registry->names.remove(thread);
            locker.unlock();
            QObject::disconnect(*handle);
        },
        Qt::DirectConnection);
    return db;
}

std::shared_ptr<SqliteConnections::Registry> SqliteConnections::registry() const
{
    QMutexLocker locker(&m_mutex);
    return m_registry;
}

void SqliteConnections::reopen(const SqliteConnectionOptions &options)
{
    close();
    QMutexLocker locker(&m_mutex);
    m_options = options;
    m_registry = std::make_shared<Registry>();
}

void SqliteConnections::close()
{
    const std::shared_ptr<Registry> registry = this->registry();
    QMutexLocker locker(&registry->mutex);
    registry->open = false;
    const QString own = registry->names.take(QThread::currentThread());
    locker.unlock();
    if (!own.isEmpty()) {
        QSqlDatabase::database(own, false).close();
        QSqlDatabase::removeDatabase(own);
    }
}

bool SqliteConnections::isOpen() const
{
    const std::shared_ptr<Registry> registry = this->registry();
    QMutexLocker locker(&registry->mutex);
    return registry->open;
}

} // namespace OtBridge
