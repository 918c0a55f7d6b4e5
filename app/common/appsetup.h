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

// Threads started from now on run Qt's plain event loop (QEventDispatcherUNIX) instead of GLib's;
// the main thread keeps GLib's, which the desktop's integration uses. Call early in main(),
// while the process has one thread. GLib wakes its loop (a write to an eventfd) each time a
// socket notifier is switched on or off, even from its own thread: twice per webhook on the
// ingest thread, more syscalls than the webhook's own read and write (docs/architecture.md,
// "Threads"). A QT_NO_THREADED_GLIB the user set is left as it is. Programs started from here
// (xdg-open, for Open folder) inherit the variable: their worker threads, if Qt's, go the same way.
void runWorkerThreadsOnPlainEventLoops();

} // namespace OtBridge
