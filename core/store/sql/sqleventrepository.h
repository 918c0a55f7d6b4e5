// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"
#include "store/eventstore.h"
#include "store/sql/sqldialect.h"
#include "store/storejob.h"

#include <QPair>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace OtBridge {

// The events table and its re-run links (reruns): what the writer inserts, what
// routing and acknowledgements mark, and the history the console and the API read. Writes run
// in the writer's transaction (SqlWriteContext); reads on the caller's connection.
class SqlEventRepository final
{
public:
    // Inserts the event (a duplicate of an earlier one by its dedup key is not stored again,
    // and the result names the first), with its re-run link.
    static Result<AppendResult> insert(SqlWriteContext &write, const Event &event, quint64 ticket);
    // Marks the event routed; false when it was routed already (by this node or another), so
    // that its routing stores nothing twice. An event not in the store counts as not routed.
    static Result<bool> markRouted(SqlWriteContext &write, const QUuid &id);
    static Result<void> markAcknowledged(SqlWriteContext &write, const QUuid &id);
    static Result<bool> exists(SqlWriteContext &write, const QUuid &id);

    static std::optional<Event> find(const QSqlDatabase &db, const QUuid &id);
    // The newest `limit` events, oldest first.
    static QList<EventSummary> recent(const QSqlDatabase &db, int limit);
    static qint64 count(const QSqlDatabase &db);
    static Result<EventPage> query(const QSqlDatabase &db, const EventQuery &query);
    // The SQL and bound values query() runs, for EXPLAIN QUERY PLAN in tests and benchmarks.
    static QPair<QString, QVariantList> querySql(const EventQuery &query,
                                                 const SqlDialect &dialect = sqliteDialect());
    static QList<QUuid> reruns(const QSqlDatabase &db, const QUuid &id);
    // Events stored but not routed yet, oldest first.
    static Result<QList<QUuid>> unrouted(const QSqlDatabase &db, int limit,
                                         const QDateTime &receivedBefore = {});

    // The console's row for an event as appended (before the rules ran).
    static EventSummary summaryOf(const Event &event);
};

} // namespace OtBridge
