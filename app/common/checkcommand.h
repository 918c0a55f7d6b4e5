// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace OtBridge {

// Exit codes of `otbridge check`, for CI.
enum CheckExitCode : int {
    CheckPassed = 0, // the workspace is valid and every fixture passed
    CheckFailed = 1, // a fixture's expectation is broken
    CheckError = 2, // usage error, invalid workspace, unreadable or malformed fixture
};

// `otbridge check [--fixtures DIR] [--format text|junit] FILE`: validates the workspace FILE and
// runs the fixtures stored beside it (docs/workspace-check.md). arguments are the ones after
// the word "check". The report goes to standard output, errors to standard error; returns a
// CheckExitCode. Needs only QtCore: the GUI-less daemon links it too.
int runCheckCommand(const QStringList &arguments);

// The same, writing to the given streams (tests run it in-process).
int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace OtBridge
