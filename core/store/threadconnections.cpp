// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/threadconnections.h"

#include <QHash>
#include <QThread>

#include <atomic>

namespace OtBridge {

// One generation of connections: reopen() starts a new one, and a connection of the old one is
// never handed out again.
struct ThreadConnections::Registry
{
    Registry(Open open, const QString &closedFailure)
        : open(std::move(open))
        , closedFailure(closedFailure)
    { }

    const Open open;
    const QString closedFailure;
    QMutex mutex; // guards what follows
    QHash<QThread *, QString> names;
    bool isOpen = true;
};

ThreadConnections::ThreadConnections(const QString &prefix, Open open, const QString &closedFailure)
    : m_prefix(prefix)
    , m_registry(std::make_shared<Registry>(std::move(open), closedFailure))
{ }

ThreadConnections::~ThreadConnections()
{
    close();
}

std::shared_ptr<ThreadConnections::Registry> ThreadConnections::registry() const
{
    QMutexLocker locker(&m_mutex);
    return m_registry;
}

Result<QSqlDatabase> ThreadConnections::forThisThread() const
{
    const std::shared_ptr<Registry> registry = this->registry();
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&registry->mutex);
    if (!registry->isOpen)
        return Result<QSqlDatabase>::failure(registry->closedFailure);
    if (const auto it = registry->names.constFind(thread); it != registry->names.constEnd())
        return QSqlDatabase::database(*it, false);
    locker.unlock();

    // A process-wide serial: a store reopened, or a new one at a reused address, never collides
    // with a connection a pool thread still holds.
    static std::atomic<quint64> serial {0};
    const QString name = m_prefix + QString::number(++serial);
    Result<QSqlDatabase> db = registry->open(name);
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
    {
        const std::shared_ptr<Registry> registry = this->registry();
        QMutexLocker locker(&registry->mutex);
        registry->isOpen = false;
    }
    dropForThisThread();
}

void ThreadConnections::dropForThisThread()
{
    const std::shared_ptr<Registry> registry = this->registry();
    QMutexLocker locker(&registry->mutex);
    const QString own = registry->names.take(QThread::currentThread());
    locker.unlock();
    if (!own.isEmpty()) {
        QSqlDatabase::database(own, false).close();
        QSqlDatabase::removeDatabase(own);
    }
}

void ThreadConnections::reopen(Open open, const QString &closedFailure)
{
    close();
    QMutexLocker locker(&m_mutex);
    m_registry = std::make_shared<Registry>(std::move(open), closedFailure);
}

bool ThreadConnections::isOpen() const
{
    const std::shared_ptr<Registry> registry = this->registry();
    QMutexLocker locker(&registry->mutex);
    return registry->isOpen;
}

} // namespace OtBridge
