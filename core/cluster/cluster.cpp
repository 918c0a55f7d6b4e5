// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/cluster.h"

#include "cluster/clusterworkspace.h"
#include "cluster/noderegistry.h"
#include "store/postgresql/postgresqlconnections.h"
#include "store/postgresql/postgresqlnotifier.h"
#include "store/sqlite/sqliteconnections.h"

namespace OtBridge {

Cluster::Cluster(const ClusterOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<ClusterView>();
    qRegisterMetaType<StoreNotification>();
    qRegisterMetaType<StoredWorkspace>();
    m_thread.setObjectName(QStringLiteral("otbridge-cluster"));
}

Cluster::~Cluster()
{
    stop();
}

ThreadConnections::Open Cluster::opener(const StoreOptions &options)
{
    if (options.database.isPostgresql()) {
        PostgresqlConnectionOptions connection;
        connection.url = options.database;
        connection.password = options.password;
        connection.applicationName = QStringLiteral("otbridge-cluster");
        return [connection](const QString &name) {
            return PostgresqlConnections::open(name, connection);
        };
    }
    SqliteConnectionOptions connection;
    connection.path = options.path;
    connection.busyTimeoutMs = options.busyTimeoutMs;
    connection.pragmas = {QStringLiteral("PRAGMA synchronous=NORMAL")};
    connection.openFailure = tr("cannot open the event store %1: %2");
    connection.closedFailure = tr("the event store is closed");
    return [connection](const QString &name) {
        return SqliteConnections::open(name, connection);
    };
}

void Cluster::start()
{
    if (m_running)
        return;
    m_running = true;
    const ThreadConnections::Open open = opener(m_options.store);

    NodeRegistryOptions registryOptions;
    registryOptions.node = m_options.node;
    registryOptions.intervalMs = m_options.heartbeatIntervalMs;
    registryOptions.observer = m_options.observer;
    registryOptions.writeThrough = m_options.writeThrough;
    m_registry = new NodeRegistry(open, registryOptions);
    m_registry->moveToThread(&m_thread);
    connect(m_registry, &NodeRegistry::viewChanged, this, &Cluster::viewChanged);

    if (isPostgresql()) {
        PostgresqlNotifierOptions notifierOptions;
        notifierOptions.connection.url = m_options.store.database;
        notifierOptions.connection.password = m_options.store.password;
        notifierOptions.checkIntervalMs = m_options.notifierCheckIntervalMs;
        m_notifier = new PostgresqlNotifier(notifierOptions);
        m_notifier->moveToThread(&m_thread);
        ClusterWorkspaceOptions workspaceOptions;
        workspaceOptions.node = m_options.node.id;
        workspaceOptions.pollIntervalMs = m_options.workspacePollIntervalMs;
        m_workspace = new ClusterWorkspace(open, workspaceOptions);
        m_workspace->setAppliedVersion(m_options.workspaceVersion);
        m_workspace->moveToThread(&m_thread);
        connect(m_notifier, &PostgresqlNotifier::notificationReceived, this,
                &Cluster::notificationReceived);
        connect(m_notifier, &PostgresqlNotifier::listening, this, &Cluster::listening);
        // On the cluster's thread, where both live.
        connect(m_notifier, &PostgresqlNotifier::notificationReceived, m_workspace,
                &ClusterWorkspace::handleNotification);
        connect(m_notifier, &PostgresqlNotifier::listening, m_workspace, &ClusterWorkspace::check);
        connect(m_workspace, &ClusterWorkspace::workspaceSaved, this, &Cluster::workspaceSaved);
    }

    m_thread.start();
    NodeRegistry *registry = m_registry;
    QMetaObject::invokeMethod(registry, [registry] { registry->start(); });
    if (PostgresqlNotifier *notifier = m_notifier)
        QMetaObject::invokeMethod(notifier, [notifier] { notifier->start(); });
    if (ClusterWorkspace *workspace = m_workspace)
        QMetaObject::invokeMethod(workspace, [workspace] { workspace->start(); });
}

void Cluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    NodeRegistry *registry = m_registry;
    PostgresqlNotifier *notifier = m_notifier;
    ClusterWorkspace *workspace = m_workspace;
    QMetaObject::invokeMethod(
        registry,
        [registry, notifier, workspace] {
            registry->stop();
            delete registry;
            if (notifier) {
                notifier->stop();
                delete notifier;
            }
            if (workspace) {
                workspace->stop();
                delete workspace;
            }
        },
        Qt::BlockingQueuedConnection);
    m_registry = nullptr;
    m_notifier = nullptr;
    m_workspace = nullptr;
    m_thread.quit();
    m_thread.wait();
}

ClusterView Cluster::view() const
{
    if (!m_registry) {
        ClusterView view;
        view.self = m_options.node.id;
        return view;
    }
    return m_registry->view();
}

void Cluster::setLoad(const NodeLoad &load)
{
    if (m_registry)
        m_registry->setLoad(load);
}

} // namespace OtBridge
