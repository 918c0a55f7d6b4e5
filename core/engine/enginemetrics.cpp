// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginemetrics.h"

namespace OtBridge {

const TargetMetrics *EngineMetrics::target(const QString &name) const
{
    for (const TargetMetrics &entry : targets) {
        if (entry.target == name)
            return &entry;
    }
    return nullptr;
}

} // namespace OtBridge
