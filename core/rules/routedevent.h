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

// What routing makes of one event: the deliveries to insert and the escalation timers to
// schedule, which a DeliveryQueue stores in one transaction.
struct RoutedEvent
{
    QUuid eventId;
    QList<NewDelivery> deliveries;
    QList<EscalationRecord> escalations;
};

} // namespace OtBridge
