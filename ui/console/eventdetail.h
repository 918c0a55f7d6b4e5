// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deliverystore.h"
#include "event/event.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace OtBridge {

class EventStore;

// Everything the detail pane shows of one stored event, prepared off the GUI thread: the event
// read from the store, its body already decoded and pretty-printed, and what became of it:
// every delivery with its attempts, the acknowledgement and the escalation tiers.
struct EventDetail
{
    enum class BodyFormat { Empty, Json, Text, Hex };

    QUuid id;
    bool found = false;
    Event event;
    BodyFormat bodyFormat = BodyFormat::Empty;
    QString bodyText;
    QJsonDocument json; // parsed body when bodyFormat is Json
    QList<DeliveryRecord> deliveries;
    QHash<QString, QList<DeliveryAttempt>> attempts; // by delivery id, oldest first
    std::optional<Acknowledgement> acknowledgement;
    QList<EscalationRecord> escalations;
    // GET /api/v1/events/{id} for this event: the state and escalation state come from here, so
    // the console and the API never disagree.
    QJsonObject status;

    QString state() const; // "routed", "failed", … as the status API says it
    QString escalationState() const; // "none", "waiting", "acknowledged", "exhausted"
    // Dead deliveries that have been tried: what Replay sends again.
    QStringList replayableDeliveryIds() const;

    // Thread-safe; blocks on the stores' read connections of the calling thread. deliveries
    // may be null (no delivery information then).
    static EventDetail load(const EventStore *store, const DeliveryStore *deliveries,
                            const QUuid &id);
    static void formatBody(EventDetail &detail);
    // Hex dumps stop here: a megabyte of hex helps nobody and costs a long layout.
    static constexpr qsizetype maxHexBytes = 64 * 1024;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::EventDetail)
