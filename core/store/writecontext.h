// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "result.h"

#include <QUuid>

#include <optional>

namespace OtBridge {

// What a follow-up (DeliveryQueue::FollowUp) sees of the store's open write transaction,
// whichever database it runs on (docs/architecture.md, "Storage").
class WriteContext
{
public:
    virtual ~WriteContext() = default;
    // A stored event as this transaction sees it.
    virtual std::optional<Event> event(const QUuid &id) = 0;
    // Stores an event in this transaction: an internal event (delivery.dead, …) commits with
    // the outcome that raised it or not at all (an outbox). It is routed after the commit like
    // any appended event.
    virtual Result<void> appendEvent(Event event) = 0;
};

} // namespace OtBridge
