// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace OtBridge {

class DeliveryStore;
class EventStore;

// One line per stored event, in the order given: the compact JSON GET /api/v1/events/{id}
// answers (event, state, deliveries, acknowledgement, escalation), written atomically through
// QSaveFile. Ids the store no longer holds are skipped. Returns how many lines were written.
// canceled, asked before each event, stops it: then nothing is written at path (a file already
// there keeps its content) and the error says so. Thread-safe (the stores' reads are).
Result<int> exportEventsAsJsonLines(const EventStore *store, const DeliveryStore *deliveries,
                                    const QList<QUuid> &ids, const QString &path,
                                    const std::function<bool()> &canceled = {});

} // namespace OtBridge
