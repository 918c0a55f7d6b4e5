// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsetup.h"
#include "command.h"
#include "commandline.h"
#include "exitcode.h"
#include "headlessrun.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "uisettings.h"
#include "unixsignalwatcher.h"
#include "workspacefile.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

using OtBridge::Face;

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--headless", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runDesktop(int argc, char **argv)
{
    if (!haveDisplay()) {
        std::fprintf(stderr,
                     "otbridge: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "To run without a window, use the server, otbridged:\n"
                     "  otbridged --listen 127.0.0.1:%u --data-dir ~/.local/share/otbridge\n"
                     "(or otbridge --headless --listen 127.0.0.1:%u with the same options)\n",
                     OtBridge::defaultListenPort, OtBridge::defaultListenPort);
        return OtBridge::ExitUsage;
    }
    QApplication app(argc, argv);
    OtBridge::setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("OT Bridge"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.otbridge.OTBridge"));
    // The window's settings first; the command line, read after them, wins.
    const OtBridge::UiSettings settings;
    const QLocale locale = OtBridge::localeForLanguage(settings.language());
    QLocale::setDefault(locale);
    OtBridge::installTranslations(app, locale);
    OtBridge::StartOptions options = OtBridge::defaultStartOptions();
    settings.applyTo(options.engine);
    if (const auto exitNow = OtBridge::parseCommandLine(app.arguments(), Face::Desktop, options))
        return *exitNow;

    // The window saves an edited built-in workspace to the default location; open it from there.
    const QString saved = OtBridge::WorkspaceFile::defaultPath();
    if (options.engine.workspacePath.isEmpty() && QFile::exists(saved))
        options.engine.workspacePath = saved;

    // A second window on the same data directory shows the first one instead (a window opened
    // twice is common; two engines on one store are not allowed).
    OtBridge::SingleInstance instance(options.engine.dataDir);
    if (instance.askRunningWindowToShow()) {
        std::fprintf(stdout, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main",
                                    "OT Bridge is already open on %1: its window was "
                                    "brought to the front.")
                                    .arg(QDir::toNativeSeparators(options.engine.dataDir))));
        return OtBridge::ExitOk;
    }
    if (!instance.listen())
        std::fprintf(stderr, "otbridge: a second start cannot find this window: %s\n",
                     qPrintable(instance.errorString()));

    // Watched from before the engine starts: a SIGTERM that comes while it starts is handled
    // (below) once the event loop runs, instead of killing the process half started.
    UnixSignalWatcher signalWatcher;
    OtBridge::Engine engine(options.engine.database);
    auto window = std::make_unique<OtBridge::MainWindow>(&engine);
    window->startEngine(options.engine);
    window->show();
    QObject::connect(&instance, &OtBridge::SingleInstance::showRequested, window.get(), [&window] {
        std::fprintf(stdout, "otbridge: another start asked for this window\n");
        std::fflush(stdout);
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->show();
        window->raise();
        window->activateWindow();
    });
    // SIGTERM and SIGINT close the window as Quit does (its settings saved), and the engine
    // then stops cleanly: exit status 0, not 143.
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, window.get(),
                     [&window] {
                         window->close();
                         QCoreApplication::quit();
                     });
    const int status = app.exec();
    // The window goes without waiting for its requests; engine.stop() waits for them (its
    // export stops, unwritten) before the stores close.
    window.reset();
    engine.stop();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    OtBridge::keepOpenSslStateUntilExit();
    OtBridge::runWorkerThreadsOnPlainEventLoops();
    if (const auto status = OtBridge::runCommand(argc, argv, Face::Desktop))
        return *status;
    return wantsHeadless(argc, argv) ? OtBridge::runHeadless(argc, argv, Face::Desktop)
                                     : runDesktop(argc, argv);
}
