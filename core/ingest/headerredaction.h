// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

namespace OtBridge {

inline constexpr char redactedValue[] = "[redacted]";

// True for headers that carry credentials or signatures: their values never reach the store,
// the console, a log line or an export.
bool isSecretHeader(QByteArrayView name);

// alsoSecret: header names a source's configuration makes secret (an API key's own header).
HeaderList redactHeaders(const HeaderList &headers, const QList<QByteArray> &alsoSecret = {});

} // namespace OtBridge
