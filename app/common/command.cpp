// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "ackkeycommand.h"
#include "apitokencommand.h"
#include "appsetup.h"
#include "checkcommand.h"

#include <QCoreApplication>

#include <cstring>

namespace OtBridge {

std::optional<int> runCommand(int argc, char **argv, Face face)
{
    if (argc < 2)
        return std::nullopt;
    const bool apiToken = std::strcmp(argv[1], "api-token") == 0;
    const bool check = std::strcmp(argv[1], "check") == 0;
    const bool ackKey = std::strcmp(argv[1], "ack-key") == 0;
    if (!apiToken && !check && !ackKey)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    const QStringList arguments = app.arguments().mid(2);
    if (ackKey)
        return runAckKeyCommand(arguments, face);
    return check ? runCheckCommand(arguments) : runApiTokenCommand(arguments, face);
}

} // namespace OtBridge
