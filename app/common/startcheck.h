// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "exitcode.h"
#include "face.h"

#include <QString>

#include <optional>

namespace OtBridge {

// Why a headless run will not start, with its exit code; the message says what to do about it.
struct StartRefusal
{
    ExitCode exitCode = ExitFailed;
    QString message;
};

// The refusals an operator meets most, told apart before the engine starts so each has its own
// exit code and fix: a data directory that cannot be written, a database that cannot be used,
// a workspace that does not load, a listen address that is taken. Whatever the engine refuses
// beyond these is ExitFailed.
std::optional<StartRefusal> checkBeforeStart(const EngineOptions &options, Face face);

} // namespace OtBridge
