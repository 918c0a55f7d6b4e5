// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace OtBridge {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The first value of the header called name (case-insensitive), or an empty array.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

// What became of an event. Ingest only ever writes Received; later stages move it on.
enum class EventState { Received, Routed, Delivered, Failed, Acknowledged };

QString eventStateName(EventState state);
EventState eventStateFromName(const QString &name, bool *ok = nullptr);

// One stored webhook event, exactly as it was committed.
struct Event
{
    QUuid id;
    QString source;
    QDateTime receivedAt;
    HeaderList headers; // already redacted: secrets never reach the store
    QByteArray body;
    QByteArray contentType;
    QString dedupKey;
    QString peer;
    EventState state = EventState::Received;
    // Set on a re-run (Engine::rerun): the event whose stored request this one repeats through
    // the rules as they are now, and which re-run of it this is (1, 2, …).
    QUuid rerunOf;
    int rerunNumber = 0;
};

// A row of the live console: an accepted event or a refused request.
struct EventSummary
{
    QUuid id; // null for a rejected request
    QString source;
    QDateTime receivedAt;
    qint64 bodySize = 0;
    QString peer;
    int httpStatus = 0;
    QString state; // event state name, or "rejected"
    QString detail; // the reason a request was rejected, or a short note
    bool rejected = false;
    bool duplicate = false;

    // What the store says became of a stored event (EventStore::query), for the console.
    QString eventType; // the payload's "type" (or "event", "event_type"); empty when none
    QStringList rules; // the rules that matched: those with deliveries or escalation tiers
    // "received" (the rules have not run yet), "no rule", "pending", "delivered", "failing"
    // (a delivery waits for its next attempt), "dead", "waiting" (for an acknowledgement, with
    // nothing to deliver yet) or "acknowledged"; empty when not known yet.
    QString outcome;
    bool escalates = false; // an escalation exists for it: it can be acknowledged
    QUuid rerunOf; // see Event::rerunOf
    int rerunNumber = 0;

    // A refused request, kept for diagnosis (never stored): what was asked, its headers
    // (redacted) and the first maxRejectedBodyBytes of its body as they had arrived.
    QByteArray method;
    QByteArray target; // path and query
    HeaderList requestHeaders;
    QByteArray body;
    bool bodyTruncated = false; // more of the body arrived (or was announced) than is kept
    static constexpr qsizetype maxRejectedBodyBytes = 64 * 1024;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::Event)
Q_DECLARE_METATYPE(OtBridge::EventSummary)
