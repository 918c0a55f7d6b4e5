// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"
#include "result.h"
#include "store/threadconnections.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace OtBridge {

// Runs a write on the connection it hands over (the store's writer, in its transaction) and
// waits for its commit.
using WriteThrough
    = std::function<Result<void>(const std::function<Result<void>(const QSqlDatabase &)> &)>;

struct NodeRegistryOptions
{
    ClusterNode node; // this node: id, host, address, version, startedAt
    int intervalMs = 5'000; // how often it beats (and reads the others)
    // A node not seen for this long is forgotten: its row goes.
    qint64 forgetAfterMs = 24LL * 3600 * 1000;
    // Reads the nodes without being one: no row of its own (a window attached to the cluster).
    bool observer = false;
    // Writes this node's row (and removes rows) through the store's writer rather than the
    // registry's own connection: on SQLite, whose file takes one writer at a time and whose
    // store writer under load lets go of the lock only between commits, a heartbeat of its own
    // waited out its busy timeout and failed ("database is locked"). Reads stay on the
    // registry's connection.
    WriteThrough writeThrough = {};
};

// This node's heartbeat and its view of the cluster (docs/architecture.md, "Cluster"): every
// interval it writes its row of the table nodes (id, host, address, version, started, last
// seen, load) and reads every node's, live or gone. The same on SQLite (one node: itself) and
// PostgreSQL. Lives on the thread it is moved to; a failing database is retried at the next
// beat with a new connection, and the view keeps the last nodes read, with the error.
class NodeRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeRegistry)

public:
    // open: opens this registry's own connection (read-write) under the name given.
    NodeRegistry(ThreadConnections::Open open, const NodeRegistryOptions &options,
                 QObject *parent = nullptr);
    ~NodeRegistry() override;

    // On its thread: beats now, then every interval.
    void start();
    // On its thread: stops beating and removes this node's row, as a node that stopped cleanly
    // holds no work (a node that was killed stays, and is gone three intervals later).
    void stop();
    // Beats now, outside the interval (a test, or the address changed). On its thread.
    void beat();

    // Thread-safe: carried by the next beat.
    void setLoad(const NodeLoad &load);
    void setAddress(const QString &address);
    // Thread-safe: the last view read.
    ClusterView view() const;
    QString nodeId() const { return m_options.node.id; }

Q_SIGNALS:
    // After each beat: the cluster as read (or the last one read, with the error).
    void viewChanged(const OtBridge::ClusterView &view);

private:
    // This registry's connection, opened when there is none.
    Result<QSqlDatabase> connection();
    void dropConnection();
    // Runs work through options.writeThrough, or on own.
    Result<void> write(const QSqlDatabase &own,
                       const std::function<Result<void>(const QSqlDatabase &)> &work);
    // Writes node's row and reads every node's into nodes; the error in words, empty if none.
    QString beatAndRead(const ClusterNode &node, QList<ClusterNode> &nodes);

    ThreadConnections::Open m_open;
    NodeRegistryOptions m_options;
    QString m_connectionName; // empty while there is no connection
    QTimer m_timer;
    QString m_lastError; // logged once until it changes
    QElapsedTimer m_forgotten; // since rows of nodes long gone were last removed
    mutable QMutex m_mutex; // guards what follows
    NodeLoad m_load;
    QString m_address;
    ClusterView m_view;
};

} // namespace OtBridge
