// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

#include <QJsonDocument>

namespace OtBridge {

class EventStore;

// Everything the detail pane shows of one stored event, prepared off the GUI thread: the event
// read from the store and its body already decoded and pretty-printed.
struct EventDetail
{
    enum class BodyFormat { Empty, Json, Text, Hex };

    QUuid id;
    bool found = false;
    Event event;
    BodyFormat bodyFormat = BodyFormat::Empty;
    QString bodyText;
    QJsonDocument json; // parsed body when bodyFormat is Json

    // Thread-safe; blocks on the store's read connection of the calling thread.
    static EventDetail load(const EventStore *store, const QUuid &id);
    static void formatBody(EventDetail &detail);
    // Hex dumps stop here: a megabyte of hex helps nobody and costs a long layout.
    static constexpr qsizetype maxHexBytes = 64 * 1024;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::EventDetail)
