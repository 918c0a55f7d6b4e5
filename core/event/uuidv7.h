// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>

namespace OtBridge {

// RFC 9562 version 7 UUID: 48-bit Unix milliseconds, then random bits. Ids sort by arrival,
// which keeps the store's index append-mostly and the console's order natural.
QUuid createUuidV7();

} // namespace OtBridge
