// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginemetrics.h"

#include <QByteArray>

namespace OtBridge {

// An EngineMetrics sample in Prometheus' text exposition format 0.0.4, for /metrics (after the
// listener's own figures).
QByteArray prometheusText(const EngineMetrics &metrics);

} // namespace OtBridge
