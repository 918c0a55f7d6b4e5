// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventstore.h"

#include <QDateTime>
#include <QStringList>

namespace OtBridge {

// What the console's filter bar asks for. The same filter judges stored history (in SQL,
// through toQuery()) and rows in memory (EventFilterProxyModel), so both agree on a row.
struct EventFilter
{
    QStringList sources; // empty: every source
    // Stored events' states as the status API words them ("received", "routed", "delivered",
    // "failed", "acknowledged"), plus "rejected" and "duplicate" for requests never stored.
    QStringList states;
    QString rule; // events with a delivery from this rule
    QString text; // source, peer or id of any row, body of a stored event, reason of a refusal
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound
    // OpenText's status callbacks and internal events, which outnumber webhooks; a source
    // chosen in `sources` shows whatever this says.
    bool showInternal = false;

    bool isEmpty() const;
    // Only the store can say whether a stored event matches: its body or its deliveries.
    bool needsStore() const { return !rule.isEmpty() || !text.trimmed().isEmpty(); }
    // Whether stored events can match at all (a states filter of only "rejected" cannot).
    bool matchesStoredEvents() const;
    EventQuery toQuery(int limit) const;

    bool operator==(const EventFilter &other) const;
    bool operator!=(const EventFilter &other) const { return !(*this == other); }

    static QStringList storedStates(); // "received", "routed", "delivered", "failed", …
    // Whether a row of this source is shown as far as internal traffic goes.
    bool showsSource(const QString &source) const;
};

} // namespace OtBridge
