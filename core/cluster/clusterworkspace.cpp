// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterworkspace.h"

#include "cluster/clusterlogging.h"

namespace OtBridge {

ClusterWorkspace::ClusterWorkspace(ThreadConnections::Open open,
                                   const ClusterWorkspaceOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connections(QStringLiteral("otbridge-workspace-"), std::move(open),
                    tr("the cluster's workspace is closed"))
    , m_poll(this)
{
    qRegisterMetaType<StoredWorkspace>();
    m_poll.setInterval(options.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ClusterWorkspace::check);
}

ClusterWorkspace::~ClusterWorkspace() = default;

template<typename T>
Result<T>
ClusterWorkspace::withConnection(const std::function<Result<T>(const QSqlDatabase &)> &work) const
{
    Result<T> outcome = [&] {
        const Result<QSqlDatabase> db = m_connections.forThisThread();
        return db ? work(db.value()) : Result<T>::failure(db.error());
    }();
    // A failure may have broken the connection (a server restart, a network cut): the next
    // call connects afresh. A stale save is an answer, not a failure of the connection.
    if (!outcome && outcome.errorDetail().kind != Error::Kind::Stale)
        m_connections.dropForThisThread();
    return outcome;
}

Result<std::optional<StoredWorkspace>> ClusterWorkspace::load() const
{
    return withConnection<std::optional<StoredWorkspace>>(
        [](const QSqlDatabase &db) { return WorkspaceRepository::load(db); });
}

Result<StoredWorkspace> ClusterWorkspace::save(const WorkspaceSave &save)
{
    WorkspaceSave named = save;
    if (named.node.isEmpty())
        named.node = m_options.node;
    Result<StoredWorkspace> saved = withConnection<StoredWorkspace>(
        [&named](const QSqlDatabase &db) { return WorkspaceRepository::save(db, named); });
    if (saved) {
        QMutexLocker locker(&m_mutex);
        m_applied = std::max(m_applied, saved->version);
        m_announced = std::max(m_announced, saved->version);
    }
    return saved;
}

qint64 ClusterWorkspace::appliedVersion() const
{
    QMutexLocker locker(&m_mutex);
    return m_applied;
}

void ClusterWorkspace::setAppliedVersion(qint64 version)
{
    QMutexLocker locker(&m_mutex);
    m_applied = version;
    m_announced = std::max(m_announced, version);
}

void ClusterWorkspace::start()
{
    check();
    m_poll.start();
}

void ClusterWorkspace::stop()
{
    m_poll.stop();
    m_connections.close();
}

void ClusterWorkspace::handleNotification(const StoreNotification &notification)
{
    if (notification.channel == StoreNotification::Channel::Workspace)
        check();
}

void ClusterWorkspace::check()
{
    const qint64 announced = [this] {
        QMutexLocker locker(&m_mutex);
        return m_announced;
    }();
    // Only the version, unless it is news.
    const Result<std::optional<StoredWorkspace>> stored
        = withConnection<std::optional<StoredWorkspace>>(
            [announced](const QSqlDatabase &db) -> Result<std::optional<StoredWorkspace>> {
                const Result<qint64> version = WorkspaceRepository::version(db);
                if (!version)
                    return Result<std::optional<StoredWorkspace>>::failure(version.error());
                if (version.value() <= announced)
                    return std::optional<StoredWorkspace>();
                return WorkspaceRepository::load(db);
            });
    if (!stored) {
        qCWarning(lcCluster).noquote() << "cannot read the cluster's workspace:" << stored.error();
        Q_EMIT checkFailed(stored.error());
        return;
    }
    if (!stored.value())
        return;
    {
        QMutexLocker locker(&m_mutex);
        if (stored.value()->version <= m_announced)
            return;
        m_announced = stored.value()->version;
    }
    Q_EMIT workspaceSaved(*stored.value());
}

} // namespace OtBridge
