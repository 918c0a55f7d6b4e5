// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"
#include "cluster/noderegistry.h"
#include "cluster/workspacerepository.h"
#include "store/storenotification.h"
#include "store/storeoptions.h"
#include "store/threadconnections.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace OtBridge {

class ClusterWorkspace;
class NodeRegistry;
class PostgresqlNotifier;

struct ClusterOptions
{
    // The store's database (with its password): the cluster's tables are in it (SQLite: one
    // node, itself).
    StoreOptions store;
    // This node: id (made at start), host, listener address, version, started.
    ClusterNode node;
    int heartbeatIntervalMs = 5'000;
    // PostgreSQL: how often the listening connection is proven alive, and how often the
    // workspace's version is read whatever the notifications say.
    int notifierCheckIntervalMs = 2'000;
    int workspacePollIntervalMs = 30'000;
    // PostgreSQL: the version of the cluster's workspace the node runs as it starts.
    qint64 workspaceVersion = 0;
    // A window attached to the cluster (EngineOptions::attach): it reads the nodes and writes
    // no heartbeat, being none of them.
    bool observer = false;
    // SQLite: the heartbeat's writes go through the store's writer (NodeRegistryOptions).
    WriteThrough writeThrough = {};
};

// This node's part in a cluster (docs/architecture.md, "Cluster"), on a thread of its own
// (otbridge-cluster): its heartbeat and view of the nodes (NodeRegistry), and with PostgreSQL
// the notifications of the other nodes (PostgresqlNotifier) and the cluster's workspace
// (ClusterWorkspace). The engine owns one while it runs; its signals arrive on the thread that
// created it.
class Cluster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cluster)

public:
    explicit Cluster(const ClusterOptions &options, QObject *parent = nullptr);
    // Stops it if it runs.
    ~Cluster() override;

    // How the cluster's services connect to options' database: connections of their own that
    // may write (a SQLite one that does not wait for an fsync: a lost heartbeat costs nothing).
    static ThreadConnections::Open opener(const StoreOptions &options);

    // Starts the thread: the first heartbeat, listening, following the workspace.
    void start();
    // Removes this node's heartbeat (it stopped cleanly and holds nothing), stops listening,
    // and stops the thread. Blocks until done.
    void stop();

    bool isPostgresql() const { return m_options.store.database.isPostgresql(); }
    QString nodeId() const { return m_options.node.id; }
    // Thread-safe: the nodes as last read.
    ClusterView view() const;
    // Thread-safe: carried by the next heartbeat.
    void setLoad(const NodeLoad &load);
    // The cluster's workspace; null on SQLite, where the workspace is a file. Thread-safe.
    ClusterWorkspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    // After each heartbeat: every node, live or gone.
    void viewChanged(const OtBridge::ClusterView &view);
    // PostgreSQL: another node's (or this one's) notification.
    void notificationReceived(const OtBridge::StoreNotification &notification);
    // PostgreSQL: the notifications are heard again after a gap (or for the first time): what
    // was notified meanwhile was missed.
    void listening();
    // PostgreSQL: a version of the workspace this node does not run yet was saved.
    void workspaceSaved(const OtBridge::StoredWorkspace &stored);

private:
    ClusterOptions m_options;
    QThread m_thread;
    NodeRegistry *m_registry = nullptr; // on m_thread
    PostgresqlNotifier *m_notifier = nullptr; // on m_thread; PostgreSQL only
    ClusterWorkspace *m_workspace = nullptr; // on m_thread; PostgreSQL only
    bool m_running = false;
};

} // namespace OtBridge
