// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/deliveryrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace OtBridge {

// A delivery job the router wants to exist. Its id is deterministic (event id, rule, action
// index, and the escalation tier for escalation actions), so routing the same event twice
// inserts nothing new.
struct NewDelivery
{
    QString id;
    QString rule;
    int actionIndex = 0;
    int tier = 0; // 0: the rule's own actions; n: escalation tier n
    DeliveryRequest request; // the rendered message or request
    QDateTime dueAt; // first attempt
    // A render error ("…: no value for {{contract.id}}"): the delivery is stored dead with it.
    QString renderError;
    // Why it waits until dueAt (README, "Notification steps"): "delay" (a delay step; a later
    // event or an acknowledgement may cancel it), "quiet" (a recipient's quiet hours),
    // "digest" (sent when a digest's window ended); empty: it goes at once. holdKey: the
    // delay step's key as rendered, or the digest's number.
    QString hold = {};
    QString holdKey = {};
};

struct EscalationRecord
{
    QUuid eventId;
    QString rule;
    int tier = 0; // 1, 2, …
    QDateTime dueAt;
    QString state; // "scheduled", "fired", "cancelled"
    QDateTime firedAt;
};

// A later event that cancels a delay step's held deliveries of (rule, key).
struct StepCancel
{
    QString rule;
    QString key;
};

// The event joins the rule's open digest for key, or opens one closing at closesAt; the one
// that opens it also inserts `first` (a digest that sends its first event at once).
struct DigestEntry
{
    QString rule;
    QString key;
    QDateTime routedAt; // on the dispatcher's clock, as closesAt
    QDateTime closesAt;
    QList<NewDelivery> first;
};

// Stored armed with its original, inserted (due at once) the first time the original dies or
// OpenText reports it failed; its id is the original's with ".fallback".
struct FallbackEntry
{
    QString originalId;
    NewDelivery fallback;
};

// What routing makes of one event: the deliveries to insert, the escalation timers to
// schedule, and the notification steps' cancels, digest entries and armed fallbacks, which a
// DeliveryQueue stores in one transaction.
struct RoutedEvent
{
    QUuid eventId;
    QList<NewDelivery> deliveries;
    QList<EscalationRecord> escalations;
    // (Initialised, so that the many {id, deliveries, escalations} in tests stay valid.)
    QList<StepCancel> cancels = {}; // applied before the deliveries are inserted
    QList<DigestEntry> digests = {};
    QList<FallbackEntry> fallbacks = {};
};

// A digest window (README, "Notification steps"): the events of one rule with one key.
struct DigestRecord
{
    qint64 id = 0;
    QString rule;
    QString key;
    QDateTime openedAt;
    QDateTime closesAt;
    QString state; // "open", "sent"
    QList<QUuid> events; // the digested events, in order (not one sent at once)
};

} // namespace OtBridge
