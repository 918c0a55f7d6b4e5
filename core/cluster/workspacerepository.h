// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace OtBridge {

// The cluster's workspace as the database holds it (table workspace, schema version 6).
struct StoredWorkspace
{
    QByteArray document; // what a workspace file would hold (Workspace::toJson): no secret
    qint64 version = 0; // 1 for the first save, one more for each
    QString savedBy; // who: a user's name, or the headless node's
    QString savedOn; // from where: the machine, and the node when it was one
    QDateTime savedAt; // by the database's clock
};

struct WorkspaceSave
{
    QByteArray document;
    // The version the edit started from; 0 when nothing was stored yet.
    qint64 basedOn = 0;
    QString by;
    QString on;
    QString node; // the saving node's id, for the notification
};

// Reads and saves the one workspace of a cluster, the same SQL on SQLite and PostgreSQL. A
// save names the version it was based on and is refused when another save came first, so two
// people editing at once never silently undo each other's work; on PostgreSQL the same
// transaction notifies every node (StoreNotification::Channel::Workspace), delivered on commit.
class WorkspaceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::WorkspaceRepository)

public:
    // The stored workspace; nullopt when none was ever saved.
    static Result<std::optional<StoredWorkspace>> load(const QSqlDatabase &db);
    // Its version alone, 0 when none was saved: what a node checks to know whether to load.
    static Result<qint64> version(const QSqlDatabase &db);
    // Stores save.document as version basedOn + 1, if the stored version is still basedOn. A
    // stale save changes nothing and fails with kind Error::Kind::Stale, in staleWords().
    static Result<StoredWorkspace> save(const QSqlDatabase &db, const WorkspaceSave &save);

    // "the workspace was saved by alice on desk-2 at 2026-12-07 10:00:00 UTC (version 8) after
    // this one was loaded (version 7): nothing was saved; load the current one and make the
    // change again".
    static QString staleWords(const StoredWorkspace &current, qint64 basedOn);
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::StoredWorkspace)
