// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "event/eventstore.h"

#include <QJsonObject>

namespace OtBridge {

// The documented JSON shapes of GET /api/v1/events/{id} and GET /health.
QJsonObject eventToJson(const Event &event);
QJsonObject healthToJson(const StoreHealth &store, int connections);

} // namespace OtBridge
