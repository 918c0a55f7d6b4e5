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

// Leaves OpenSSL's state to the end of the process instead of its atexit() handler. Call first in
// main(), before anything starts OpenSSL (Qt's TLS backend starts it on the first thread that
// makes a QSslConfiguration: the ingest thread's GuardedTcpServer does). QThread::wait() returns
// once the thread has said it finished, while its OS thread may still be running OpenSSL's
// per-thread destructor; the atexit() handler freed the same state meanwhile: a double free on
// that thread, or its state never freed (LeakSanitizer: OpenSSL's allocations at exit).
void keepOpenSslStateUntilExit();

} // namespace OtBridge
