// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessrun.h"

#include "appsetup.h"
#include "commandline.h"
#include "exitcode.h"
#include "startcheck.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

namespace OtBridge {

int runHeadless(int argc, char **argv, Face face)
{
    raiseDescriptorLimit();
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    const QByteArray program = programName(face).toLocal8Bit();
    StartOptions options = defaultStartOptions();
    if (const auto exitNow = parseCommandLine(app.arguments(), face, options))
        return *exitNow;

    // A server picks up an edited workspace without a restart; an invalid edit is refused
    // (logged) and the running one stays.
    options.engine.watchWorkspace = true;
    if (qEnvironmentVariableIsSet("OTBRIDGE_DELAY_SCALE")) {
        bool ok = false;
        const double scale = qEnvironmentVariable("OTBRIDGE_DELAY_SCALE").toDouble(&ok);
        if (!ok || scale <= 0 || scale > 1) {
            std::fprintf(stderr, "%s: OTBRIDGE_DELAY_SCALE wants a number in (0, 1]\n",
                         program.constData());
            return ExitUsage;
        }
        options.engine.delayScale = scale;
    }
    // Tests and demos: heartbeats more often than every 5 s, so that a killed node is gone
    // (three intervals unseen) sooner.
    if (qEnvironmentVariableIsSet("OTBRIDGE_HEARTBEAT_INTERVAL_MS")) {
        bool ok = false;
        const int interval = qEnvironmentVariableIntValue("OTBRIDGE_HEARTBEAT_INTERVAL_MS", &ok);
        if (!ok || interval < 100 || interval > 3'600'000) {
            std::fprintf(stderr,
                         "%s: OTBRIDGE_HEARTBEAT_INTERVAL_MS wants milliseconds from 100 to "
                         "3600000\n",
                         program.constData());
            return ExitUsage;
        }
        options.engine.heartbeatIntervalMs = interval;
    }
    // Tests and demos: the dispatcher's clock starts at this ISO 8601 time and runs on.
    if (qEnvironmentVariableIsSet("OTBRIDGE_CLOCK_START")) {
        const QDateTime start
            = QDateTime::fromString(qEnvironmentVariable("OTBRIDGE_CLOCK_START"), Qt::ISODate);
        if (!start.isValid() || start.timeSpec() == Qt::LocalTime) {
            std::fprintf(stderr,
                         "%s: OTBRIDGE_CLOCK_START wants an ISO 8601 time with its offset, such "
                         "as 2026-11-23T06:59:55Z\n",
                         program.constData());
            return ExitUsage;
        }
        options.engine.clockStart = start;
    }

    if (const auto refused = checkBeforeStart(options.engine, face)) {
        std::fprintf(stderr, "%s: %s\n", program.constData(), qPrintable(refused->message));
        return refused->exitCode;
    }
    Engine engine(options.engine.database);
    const auto url = engine.start(options.engine);
    if (!url) {
        std::fprintf(stderr, "%s: %s\n", program.constData(), qPrintable(url.error()));
        if (engine.dataDirInUse())
            return ExitDataDirInUse;
        return engine.databaseRefused() ? ExitDatabaseRefused : ExitFailed;
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
        std::fprintf(stderr, "%s: OpenText sandbox on %s (inbox: %s/admin/inbox)\n",
                     program.constData(), qPrintable(engine.sandboxUrl().toString()),
                     qPrintable(engine.sandboxUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}

} // namespace OtBridge
