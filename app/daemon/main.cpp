// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// otbridged: the server without the window. It links Qt Core, Network and Sql (and
// QtKeychain) only, so it installs and runs where no desktop is.
#include "appsetup.h"
#include "command.h"
#include "headlessrun.h"

int main(int argc, char **argv)
{
    OtBridge::keepOpenSslStateUntilExit();
    OtBridge::runWorkerThreadsOnPlainEventLoops();
    if (const auto status = OtBridge::runCommand(argc, argv, OtBridge::Face::Daemon))
        return *status;
    return OtBridge::runHeadless(argc, argv, OtBridge::Face::Daemon);
}
