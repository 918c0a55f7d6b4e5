// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "store/deliverystore.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace OtBridge {

// What the console's Copy as curl does, as plain functions the page runs and the tests call
// with exact expectations (Export: core/api/eventexport.h).

// The event as it was received: POST {listener}/hooks/{source} with its stored headers (secrets
// already redacted by the listener, so they read "[redacted]") and its exact body.
QString eventCurlCommand(const Event &event, const QUrl &listenerUrl);

// What the delivery sends: an HTTP target's stored request as it is; an OpenText message as
// its submit to {messagingUrl}{submitPath} (JSON body, no Authorization: the token is never
// copied). openTextMessagingUrl: the OpenText target's messaging URL (…/mra/v1).
QString deliveryCurlCommand(const DeliveryRecord &delivery, const QUrl &openTextMessagingUrl);

} // namespace OtBridge
