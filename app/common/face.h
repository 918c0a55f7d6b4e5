// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OtBridge {

// Which executable is running: the window (which also runs --headless) or the daemon, which
// never links a widget. Messages and --version carry the executable's own name.
enum class Face { Desktop, Daemon };

inline QString programName(Face face)
{
    return face == Face::Daemon ? QStringLiteral("otbridged") : QStringLiteral("otbridge");
}

} // namespace OtBridge
