// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"
#include "event/event.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"

#include <QJsonObject>

namespace OtBridge {

// The documented JSON shapes of GET /api/v1/events/{id} and GET /health.
QJsonObject eventToJson(const Event &event);
// cluster: the nodes as this one last read them; left out before the first read.
QJsonObject healthToJson(const StoreHealth &store, int connections,
                         const ClusterView &cluster = {});

// GET /api/v1/events/{id} once deliveries exist: the event (as eventToJson), its state
// worked out from its deliveries ("received", "routed", "delivered", "failed",
// "acknowledged"), the acknowledgement, every delivery and the escalation state. This is how a
// calling system reads back what became of its event (resources/openapi.yaml, EventStatus).
QJsonObject eventStatusToJson(const Event &event, const QList<DeliveryRecord> &deliveries,
                              const std::optional<Acknowledgement> &ack,
                              const QList<EscalationRecord> &escalations);
QJsonObject deliveryToJson(const DeliveryRecord &delivery);

} // namespace OtBridge
