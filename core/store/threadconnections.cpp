// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/threadconnections.h"

#include <QHash>
#include <QMutex>
#include <QThread>

#include <atomic>

namespace OtBridge {

struct ThreadConnections::Registry
{
    QMutex mutex;
    QHash<QThread *, QString> names;
    bool open = true;
};

ThreadConnections::ThreadConnections(const QString &prefix, Open open, const QString &closedFailure)
    : m_prefix(prefix)
    , m_open(std::move(open))
    , m_closedFailure(closedFailure)
    , m_registry(std::make_shared<Registry>())
{ }

ThreadConnections::~ThreadConnections()
{
    close();
}

Result<QSqlDatabase> ThreadConnections::forThisThread() const
{
    const std::shared_ptr<Registry> registry = m_registry;
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&registry->mutex);
    if (!registry->open)
        return Result<QSqlDatabase>::failure(m_closedFailure);
    if (const auto it = registry->names.constFind(thread); it != registry->names.constEnd())
        return QSqlDatabase::database(*it, false);
    locker.unlock();

    // A process-wide serial: a store reopened, or a new one at a reused address, never collides
    // with a connection a pool thread still holds.
    static std::atomic<quint64> serial {0};
    const QString name = m_prefix + QString::number(++serial);
    Result<QSqlDatabase> db = m_open(name);
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

void ThreadConnections::close()
{
    QMutexLocker locker(&m_registry->mutex);
    m_registry->open = false;
    const QString own = m_registry->names.take(QThread::currentThread());
    locker.unlock();
    if (!own.isEmpty()) {
        QSqlDatabase::database(own, false).close();
        QSqlDatabase::removeDatabase(own);
    }
}

bool ThreadConnections::isOpen() const
{
    QMutexLocker locker(&m_registry->mutex);
    return m_registry->open;
}

} // namespace OtBridge
