// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace OtBridge {

// The table nodes (schema versions 5 and 6), the same SQL on SQLite and PostgreSQL. Times a
// node is judged by (last seen, and so live or gone) are the database's clock, not the node's:
// nodes on several machines agree on who is gone however their clocks drift.
class NodeRepository final
{
public:
    // Writes node's row: inserted at its first beat, updated at every other; last_seen_at is
    // the database's now. live and self are not stored.
    static Result<void> beat(const QSqlDatabase &db, const ClusterNode &node);
    // Every node, oldest start first; live when seen within three of its own intervals.
    static Result<QList<ClusterNode>> nodes(const QSqlDatabase &db);
    // Removes the row of a node that stopped cleanly: it holds no work any more.
    static Result<void> remove(const QSqlDatabase &db, const QString &id);
    // Removes nodes not seen for goneForMs (the list would grow by one a restart); returns how
    // many.
    static Result<int> forgetGone(const QSqlDatabase &db, qint64 goneForMs);

    // The database's now in milliseconds since the epoch (UTC), as an SQL expression for db's
    // kind; and the condition "the node in this row is gone" in the same terms (what a lease
    // taken over from a gone holder is judged by).
    static QString nowSql(const QSqlDatabase &db);
    static QString goneSql(const QSqlDatabase &db);
};

} // namespace OtBridge
