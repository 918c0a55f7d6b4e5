// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rules/routedevent.h"
#include "store/deliveryrecord.h"
#include "store/storejob.h"

#include <QSqlDatabase>

#include <optional>

namespace OtBridge {

// Escalation tiers and acknowledgements (escalations, acknowledgements): the timers
// routing schedules, their firing and cancelling, and the first acknowledgement of an event.
// Writes run in the writer's transaction (SqlWriteContext); reads on the caller's connection.
class SqlEscalationRepository final
{
public:
    static Result<void> schedule(SqlWriteContext &write, const QUuid &eventId,
                                 const QList<EscalationRecord> &tiers);
    // Marks a scheduled tier fired; false when it was not scheduled (cancelled by an
    // acknowledgement, or fired already).
    static Result<bool> markFired(SqlWriteContext &write, const EscalationRecord &tier, qint64 at);
    static Result<void> cancel(SqlWriteContext &write, const EscalationRecord &tier);
    // Every scheduled tier of the event (it was acknowledged).
    static Result<void> cancelScheduled(SqlWriteContext &write, const QUuid &eventId);
    // Stores the acknowledgement unless the event has one; true when this one is the first.
    static Result<bool> acknowledge(SqlWriteContext &write, const QUuid &eventId,
                                    const Acknowledgement &ack);
    static Result<Acknowledgement> acknowledgement(SqlWriteContext &write, const QUuid &eventId);

    static std::optional<Acknowledgement> acknowledgement(const QSqlDatabase &db,
                                                          const QUuid &eventId);
    static QList<EscalationRecord> forEvent(const QSqlDatabase &db, const QUuid &eventId);
    // Scheduled tiers due at or before now, oldest first, of events not acknowledged.
    static Result<QList<EscalationRecord>> due(const QSqlDatabase &db, const QDateTime &now,
                                               int limit);
    static QDateTime nextAt(const QSqlDatabase &db); // invalid when none is scheduled
};

} // namespace OtBridge
