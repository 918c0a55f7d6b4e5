// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "face.h"

#include <optional>

namespace OtBridge {

// The commands both executables take as their first argument (`api-token`, `check`), run
// without a window or a listener. Nothing when the first argument is not a command.
std::optional<int> runCommand(int argc, char **argv, Face face);

} // namespace OtBridge
