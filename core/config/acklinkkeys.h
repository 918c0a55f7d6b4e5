// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/acklink.h"
#include "result.h"

#include <functional>

class QObject;

namespace OtBridge {

class SecretStore;

// Reads the keys acknowledgement links are signed with (AckLink::secretKey(): the environment's
// OTBRIDGE_SECRET_ACK_LINK_KEY, else the keychain). A keychain that has none yet gets a new
// random key first, so a desktop needs no setup; a server without a keychain sets the
// variable ('otbridged ack-key --print'). done runs on context's thread with the keys, or with
// why there are none; the words never hold a key.
void readAckLinkKeys(SecretStore *secrets, const QObject *context,
                     std::function<void(const Result<AckLink::Keys> &keys)> done);

} // namespace OtBridge
