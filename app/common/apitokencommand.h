// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitoken.h"
#include "face.h"

#include <QString>
#include <QStringList>

namespace OtBridge {

// `otbridge api-token` / `otbridged api-token` with the arguments after "api-token":
// --print prints a new token for OTBRIDGE_SECRET_API_TOKEN without storing it; --store writes
// one to the keychain entry the engine reads ("api-token") and prints it once. Needs a running
// QCoreApplication; returns the exit code.
int runApiTokenCommand(const QStringList &arguments, Face face);

} // namespace OtBridge
