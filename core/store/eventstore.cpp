// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/eventstore.h"

namespace OtBridge {

EventStore::EventStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AppendResult>();
    qRegisterMetaType<QList<AppendResult>>();
}

EventStore::~EventStore() = default;

} // namespace OtBridge
