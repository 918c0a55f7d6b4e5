// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/workspacerepository.h"
#include "store/storenotification.h"
#include "store/threadconnections.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>

namespace OtBridge {

struct ClusterWorkspaceOptions
{
    QString node; // this node's id: its own saves' notifications name it
    // The safety net under the notifications: how often the stored version is read anyway.
    int pollIntervalMs = 30'000;
};

// The one workspace of a cluster, stored in its database (README, "Running a cluster"): load
// and save from any thread (each on a connection of that thread), and, on the thread it lives
// on, following it: when a node saves, the others hear it (handleNotification, from a
// PostgresqlNotifier) or find it at the next poll, load it and say workspaceSaved(), once per
// version they did not have.
class ClusterWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterWorkspace)

public:
    // open: opens a read-write connection under the name given.
    ClusterWorkspace(ThreadConnections::Open open, const ClusterWorkspaceOptions &options,
                     QObject *parent = nullptr);
    ~ClusterWorkspace() override;

    // Thread-safe. The stored workspace, nullopt when none was ever saved.
    Result<std::optional<StoredWorkspace>> load() const;
    // Thread-safe. Saves over the version save.basedOn (WorkspaceRepository::save); once saved,
    // that version counts as applied here, so this node does not hear its own save as news.
    Result<StoredWorkspace> save(const WorkspaceSave &save);
    // Thread-safe. The version this node runs (after it loaded or saved one); 0 for none.
    qint64 appliedVersion() const;
    void setAppliedVersion(qint64 version);

    // On its thread: reads the stored version now, then at every poll.
    void start();
    void stop();
    // On its thread: a workspace notification means another save; a reconnection of the
    // notifier (listening()) means some may have been missed. Either way, check().
    void handleNotification(const OtBridge::StoreNotification &notification);
    void check();

Q_SIGNALS:
    // A version newer than the applied one is stored: the node should use it (and then
    // setAppliedVersion). Said once per version.
    void workspaceSaved(const OtBridge::StoredWorkspace &stored);
    // Checking failed; the next notification or poll tries again.
    void checkFailed(const QString &error);

private:
    // Runs work on the calling thread's connection, dropped after a failure.
    template<typename T>
    Result<T> withConnection(const std::function<Result<T>(const QSqlDatabase &)> &work) const;

    ClusterWorkspaceOptions m_options;
    mutable ThreadConnections m_connections;
    QTimer m_poll;
    mutable QMutex m_mutex; // guards what follows
    qint64 m_applied = 0;
    qint64 m_announced = 0; // the newest version said by workspaceSaved
};

} // namespace OtBridge
