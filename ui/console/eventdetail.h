// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace OtBridge {

// Everything the detail pane shows of one stored event, prepared off the GUI thread: the event
// with what became of it as the engine read it (EventRecord: every delivery with its attempts,
// the acknowledgement, the escalation tiers, the status GET /api/v1/events/{id} answers, so the
// console and the API never disagree), and its body already decoded and pretty-printed.
struct EventDetail : EventRecord
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
    bool found = false; // false: the store no longer holds it (the record is empty)
    BodyFormat bodyFormat = BodyFormat::Empty;
    QString rawText; // see BodyView
    QString bodyText; // the formatted view
    QJsonDocument json; // parsed body when bodyFormat is Json

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
