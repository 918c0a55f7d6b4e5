// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sandboxchannel.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace OtBridge {

// Checks a submit body against the OpenText contract. The error starts with the JSON path of
// what is wrong, e.g. "destinations[1].email: 'x' is not an email address".
Result<void> validateSubmit(SandboxSubmitKind kind, const QJsonObject &body);

// Standard base64 with padding, nothing else: OpenText's "data" fields are decoded strictly,
// so a client sending base64url or stray characters must hear about it here.
bool isStrictBase64(QByteArrayView text);
bool isPlausibleEmailAddress(const QString &address);
// Digits with an optional leading +; spaces and dashes between them are allowed.
bool isPlausiblePhoneNumber(const QString &number);

} // namespace OtBridge
