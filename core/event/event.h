// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
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
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::Event)
Q_DECLARE_METATYPE(OtBridge::EventSummary)
