// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace OtBridge {

// Organization and application "otbridge" for both executables, so that otbridge --headless and
// otbridged share the default data directory; the version for --version.
void setApplicationNames();

// The program's translation for locale, from the resources both executables link.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// Every connection the listener holds is a descriptor, and its limit (4096 connections) is
// above the usual soft limit of 1024: use what the hard limit allows.
void raiseDescriptorLimit();

} // namespace OtBridge
