// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "face.h"

namespace OtBridge {

// The server without a window, as otbridged and otbridge --headless run it: reads the command
// line, refuses what cannot work with an exit code of its own (see exitcode.h), prints one line
// "listening on URL" on stdout when ready, and stops cleanly on SIGTERM or SIGINT. Creates the
// QCoreApplication; returns the exit code.
int runHeadless(int argc, char **argv, Face face);

} // namespace OtBridge
