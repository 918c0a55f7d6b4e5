// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace OtBridge {

// What otbridge and otbridged exit with; the manual pages and --help list the same numbers, and
// scripts and systemd (RestartPreventExitStatus) may rely on them.
enum ExitCode : int {
    ExitOk = 0, // stopped cleanly (SIGTERM, SIGINT, the window closed), or a command succeeded
    ExitFailed = 1, // anything else that went wrong; the message says what
    ExitUsage = 2, // the command line is wrong
    ExitListenRefused = 3, // the listen address is in use or cannot be bound
    ExitDataDirRefused = 4, // the data directory cannot be created or written
    ExitWorkspaceRefused = 5, // the workspace file cannot be read or is not valid
    ExitDataDirInUse = 6, // another OT Bridge runs on the same data directory
    ExitDatabaseRefused = 7, // the database cannot be used (--database)
};

} // namespace OtBridge
