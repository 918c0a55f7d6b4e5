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

struct EventRecord;

// Everything the detail pane shows of one stored event, prepared off the GUI thread: the event
// read from the store, its body already decoded and pretty-printed, and what became of it:
// every delivery with its attempts, the acknowledgement and the escalation tiers.
struct EventDetail
{
    enum class BodyFormat { Empty, Json, Text, Hex };

    // A body shown two ways: as it was received, and formatted for reading.
    struct BodyView
    {
        BodyFormat format = BodyFormat::Empty;
        QString raw; // the bytes as received (UTF-8 text), or a hex dump of binary ones
        // JSON indented with its members in the order they came and every value as written;
        // other text as it is; a hex dump.
        QString pretty;
        QJsonDocument json; // parsed when format is Json
    };

    QUuid id;
    bool found = false;
    Event event;
    BodyFormat bodyFormat = BodyFormat::Empty;
    QString rawText; // see BodyView
    QString bodyText; // the formatted view
    QJsonDocument json; // parsed body when bodyFormat is Json
    QList<QUuid> reruns; // this event's re-runs, first first
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

    // The record as the pane shows it, its body decoded and formatted: slow for a large body,
    // so the console calls it off the GUI thread.
    static EventDetail fromRecord(const EventRecord &record);
    static void formatBody(EventDetail &detail);
    static BodyView viewOf(const QByteArray &body);
    // JSON text indented two spaces a level, without re-ordering members or rewriting values
    // (numbers, escapes stay as sent). Text that is not JSON comes back as it was.
    static QString indentJson(const QString &json);
    // Hex dumps stop here: a megabyte of hex helps nobody and costs a long layout.
    static constexpr qsizetype maxHexBytes = 64 * 1024;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::EventDetail)
