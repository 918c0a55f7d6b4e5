// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "face.h"

#include <QStringList>

namespace OtBridge {

// `otbridge ack-key` / `otbridged ack-key` with the arguments after "ack-key": the key that
// signs acknowledgement links (docs/architecture.md, "Acknowledgement links").
//   --print           a new key for OTBRIDGE_SECRET_ACK_LINK_KEY, not stored anywhere;
//   --print --rotate  the rotation of the key in OTBRIDGE_SECRET_ACK_LINK_KEY: a new key, with
//                     the old one kept valid for the links already sent;
//   --rotate          the same for the key in the keychain ("ack-link-key"), stored there.
// Needs a running QCoreApplication; returns the exit code.
int runAckKeyCommand(const QStringList &arguments, Face face);

} // namespace OtBridge
