// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rules/routedevent.h"
#include "store/deliveryrecord.h"
#include "store/storejob.h"

#include <QSqlDatabase>

namespace OtBridge {

// The notification steps (README, "Notification steps"): fallbacks armed with their
// original (fallbacks), digest windows and their events (digests, digest_events), and a later
// event's cancels of held messages. Writes run in the writer's transaction (SqlWriteContext);
// reads on the caller's connection.
class SqlStepRepository final
{
public:
    // What routing stores besides the deliveries: a later event's cancels, fallbacks armed,
    // and the event's place in its rule's digest (the first event of a digest that sends it at
    // once is inserted with it).
    static Result<void> apply(SqlWriteContext &write, const RoutedEvent &event, qint64 now,
                              QStringList &inserted);
    // A delivery that died or that OpenText reports failed sends its fallback, once: inserted
    // (due at once) in the transaction that records the failure.
    static Result<void> releaseFallback(SqlWriteContext &write, const QString &deliveryId,
                                        qint64 now);
    // Marks the digest sent and inserts its deliveries; refused, changing nothing, when it holds
    // other events than digest.events. *sent: whether this call sent it.
    static Result<QStringList> fireDigest(SqlWriteContext &write, const DigestRecord &digest,
                                          const QList<NewDelivery> &deliveries,
                                          const QDateTime &now, bool *sent);

    // Fills in DeliveryRecord::steps of an event's deliveries.
    static void readSteps(const QSqlDatabase &db, const QUuid &eventId,
                          QList<DeliveryRecord> &records);
    static Result<QList<DigestRecord>> dueDigests(const QSqlDatabase &db, const QDateTime &now,
                                                  int limit);
    static QDateTime nextDigestAt(const QSqlDatabase &db); // invalid when no digest is open
};

} // namespace OtBridge
