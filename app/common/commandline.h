// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "face.h"

#include <QStringList>

class QCommandLineParser;

#include <optional>

namespace OtBridge {

constexpr quint16 defaultListenPort = 8787;

// What one run of otbridge or otbridged is asked to do.
struct StartOptions
{
    bool headless = false;
    EngineOptions engine;
};

// What a run uses where neither the window's settings nor the command line say otherwise
// (after setApplicationNames(): the data directory is named after the application).
StartOptions defaultStartOptions();

// Reads the options both executables share (arguments as QCoreApplication::arguments() gives
// them) into options. Returns an exit code when the run ends here: after printing --help or
// --version (ExitOk) or why the command line is wrong (ExitUsage); nothing to go on.
std::optional<int> parseCommandLine(const QStringList &arguments, Face face, StartOptions &options);

// The parser's help text with usage (such as "otbridged api-token") in its usage line.
QString helpTextFor(const QCommandLineParser &parser, const QString &usage);

// The commands and exit codes, as --help lists them after the options.
QString commandsAndExitCodesHelp(Face face);

} // namespace OtBridge
