// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "ingest/listenaddress.h"
#include "mainwindow.h"
#include "settings/languagesetting.h"
#include "targets/opentexttargetpage.h"
#include "uisettings.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include <sys/resource.h>

namespace {

constexpr quint16 defaultPort = 8787;

struct Options
{
    bool headless = false;
    OtBridge::EngineOptions engine;
};

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--help" || arg == "-h" || arg == "--help-all"
            || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

// Parses the command line; on a usage error prints why and returns false.
bool parseOptions(const QCoreApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "OT Bridge: bridge HTTP webhooks and OpenText Notifications, both ways."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Run without a window (servers, containers, CI)."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main",
                                    "Address and port of the webhook listener "
                                    "(default 127.0.0.1:%1).")
            .arg(defaultPort),
        QStringLiteral("address:port"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory of the event store (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("dir"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Workspace file (default: the built-in workspace)."),
        QStringLiteral("file"));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QCoreApplication::translate("main", "Largest request body accepted (default %1).")
            .arg(options.engine.limits.maxBodyBytes),
        QStringLiteral("bytes"));
    const QCommandLineOption maxPerPeer(
        QStringLiteral("max-connections-per-peer"),
        QCoreApplication::translate("main", "Connections one client address may hold (default %1).")
            .arg(options.engine.limits.maxConnectionsPerPeer),
        QStringLiteral("count"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("main",
                                    "Serve HTTPS with this PEM certificate (chain); reloaded when "
                                    "it changes. Needs --tls-key."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("main", "The unencrypted PEM private key of --tls-cert."),
        QStringLiteral("file"));
    const QCommandLineOption health(
        QStringLiteral("health"),
        QCoreApplication::translate("main", "/health: off, open or token (default open)."),
        QStringLiteral("access"));
    const QCommandLineOption metrics(
        QStringLiteral("metrics"),
        QCoreApplication::translate("main",
                                    "/metrics: off, open or token (default: open on a loopback "
                                    "address, token beyond it)."),
        QStringLiteral("access"));
    parser.addOptions({headless, listen, dataDir, workspace, maxBody, maxPerPeer, tlsCert, tlsKey,
                       health, metrics});
    parser.process(app);

    options.headless = parser.isSet(headless);
    if (parser.isSet(listen)) {
        const auto address = OtBridge::parseListenAddress(parser.value(listen));
        if (!address) {
            std::fprintf(
                stderr, "otbridge: --listen wants address:port, such as 127.0.0.1:8787, not '%s'\n",
                qPrintable(parser.value(listen)));
            return false;
        }
        options.engine.address = address->address;
        options.engine.port = address->port;
    }
    if (parser.isSet(dataDir))
        options.engine.dataDir = parser.value(dataDir);
    options.engine.workspacePath = parser.value(workspace);
    if (parser.isSet(maxBody)) {
        bool ok = false;
        options.engine.limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
        if (!ok || options.engine.limits.maxBodyBytes < 1) {
            std::fprintf(stderr, "otbridge: --max-body-bytes wants a positive number\n");
            return false;
        }
    }
    options.engine.tlsCertificatePath = parser.value(tlsCert);
    options.engine.tlsKeyPath = parser.value(tlsKey);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        std::fprintf(stderr, "otbridge: --tls-cert and --tls-key go together\n");
        return false;
    }
    for (const QCommandLineOption *option : {&health, &metrics}) {
        if (!parser.isSet(*option))
            continue;
        const auto parsed = OtBridge::parseEndpointAccess(parser.value(*option));
        if (!parsed) {
            std::fprintf(stderr, "otbridge: --%s wants off, open or token, not '%s'\n",
                         qPrintable(option->names().first()), qPrintable(parser.value(*option)));
            return false;
        }
        if (option == &health)
            options.engine.healthAccess = *parsed;
        else
            options.engine.metricsAccess = *parsed;
    }
    if (parser.isSet(maxPerPeer)) {
        bool ok = false;
        options.engine.limits.maxConnectionsPerPeer = parser.value(maxPerPeer).toInt(&ok);
        if (!ok || options.engine.limits.maxConnectionsPerPeer < 1) {
            std::fprintf(stderr, "otbridge: --max-connections-per-peer wants a positive number\n");
            return false;
        }
    }
    return true;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("otbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OTBRIDGE_VERSION));
}

// What a run uses where neither the window's settings nor the command line say otherwise.
// (After setApplicationNames: the data directory is named after the application.)
Options defaultOptions()
{
    Options options;
    options.engine.port = defaultPort;
    options.engine.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return options;
}

void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale())
{
    auto *translator = new QTranslator(&app);
    if (OtBridge::loadTranslation(*translator, locale))
        QCoreApplication::installTranslator(translator);
}

// Every connection the listener holds is a descriptor, and its limit (4096 connections) is
// above the usual soft limit of 1024: use what the hard limit allows.
void raiseDescriptorLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int runHeadless(int argc, char **argv)
{
    raiseDescriptorLimit();
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    Options options = defaultOptions();
    if (!parseOptions(app, options))
        return 2;

    // A server picks up an edited workspace without a restart; an invalid edit is refused
    // (logged) and the running one stays.
    options.engine.watchWorkspace = true;
    if (qEnvironmentVariableIsSet("OTBRIDGE_DELAY_SCALE")) {
        bool ok = false;
        const double scale = qEnvironmentVariable("OTBRIDGE_DELAY_SCALE").toDouble(&ok);
        if (!ok || scale <= 0 || scale > 1) {
            std::fprintf(stderr, "otbridge: OTBRIDGE_DELAY_SCALE wants a number in (0, 1]\n");
            return 2;
        }
        options.engine.delayScale = scale;
    }

    OtBridge::Engine engine;
    const auto url = engine.start(options.engine);
    if (!url) {
        std::fprintf(stderr, "otbridge: %s\n", qPrintable(url.error()));
        return 1;
    }
    // Watch for SIGTERM before saying we are ready: a supervisor may stop us right after.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, [&](int) {
        engine.stop(); // answers every request already read, after its commit
        app.quit();
    });
    std::printf("listening on %s\n", qPrintable(url->toString()));
    // stdout holds exactly the one line above, which scripts wait for.
    if (!engine.sandboxUrl().isEmpty())
        std::fprintf(stderr, "otbridge: OpenText sandbox on %s (inbox: %s/admin/inbox)\n",
                     qPrintable(engine.sandboxUrl().toString()),
                     qPrintable(engine.sandboxUrl().toString()));
    std::fflush(stdout);
    return app.exec();
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
        std::fprintf(
            stderr,
            "otbridge: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "To run without a window:\n"
            "  otbridge --headless --listen 127.0.0.1:%u --data-dir ~/.local/share/otbridge\n",
            defaultPort);
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("OT Bridge"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.otbridge.OTBridge"));
    // The window's settings first; the command line, read after them, wins.
    const OtBridge::UiSettings settings;
    const QLocale locale = OtBridge::localeForLanguage(settings.language());
    QLocale::setDefault(locale);
    installTranslations(app, locale);
    Options options = defaultOptions();
    settings.applyTo(options.engine);
    if (!parseOptions(app, options))
        return 2;

    // The window saves an edited built-in workspace to the default location; open it from there.
    const QString saved = OtBridge::OpenTextTargetPage::defaultWorkspacePath();
    if (options.engine.workspacePath.isEmpty() && QFile::exists(saved))
        options.engine.workspacePath = saved;

    OtBridge::Engine engine;
    auto window = std::make_unique<OtBridge::MainWindow>(&engine);
    window->startEngine(options.engine);
    window->show();
    const int status = app.exec();
    window.reset(); // its pending store reads end before the store closes
    engine.stop();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    return wantsHeadless(argc, argv) ? runHeadless(argc, argv) : runDesktop(argc, argv);
}
