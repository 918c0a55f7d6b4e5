// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "event/acklink.h"
#include "exitcode.h"
#include "ingest/listenaddress.h"
#include "store/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace OtBridge {

namespace {

int refuseUsage(Face face, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(programName(face)), qPrintable(message));
    return ExitUsage;
}

} // namespace

QString helpTextFor(const QCommandLineParser &parser, const QString &usage)
{
    // Qt's usage line names the executable by the path it was started with.
    QString text = parser.helpText();
    const QString started = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst();
    if (text.startsWith(started))
        text.replace(0, started.size(), QStringLiteral("Usage: ") + usage);
    return text;
}

StartOptions defaultStartOptions()
{
    StartOptions options;
    options.engine.port = defaultListenPort;
    options.engine.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return options;
}

QString commandsAndExitCodesHelp(Face face)
{
    const QString program = programName(face);
    QString text;
    if (face == Face::Desktop)
        text += QStringLiteral("Without --headless, otbridge opens its window; otbridged is the\n"
                               "same server without the window.\n\n");
    else
        text
            += QStringLiteral("otbridged never opens a window (--headless is accepted and changes\n"
                              "nothing); otbridge is the desktop application.\n\n");
    text += QStringLiteral("Commands:\n"
                           "  %1 check FILE         Validate a workspace file and run the\n"
                           "      fixtures beside it ('%1 check --help').\n"
                           "  %1 api-token --print  Print a new random API token, to give as\n"
                           "      OTBRIDGE_SECRET_API_TOKEN.\n"
                           "  %1 api-token --store  Store a new random API token in the\n"
                           "      keychain (shown once).\n"
                           "  %1 ack-key --print    Print a new key for acknowledgement\n"
                           "      links, to give as OTBRIDGE_SECRET_ACK_LINK_KEY; with\n"
                           "      --rotate, rotate the one given there.\n"
                           "  %1 ack-key --rotate   Rotate the key in the keychain; links\n"
                           "      already sent keep working.\n\n")
                .arg(program);
    text += QStringLiteral(
        "Exit codes:\n"
        "  0  stopped cleanly (SIGTERM or SIGINT), or the command succeeded\n"
        "  1  failed for another reason; the message says why\n"
        "  2  the command line is wrong\n"
        "  3  the listen address is in use or cannot be bound (--listen)\n"
        "  4  the data directory cannot be created or written (--data-dir)\n"
        "  5  the workspace file cannot be read or is not valid (--workspace)\n"
        "  6  another OT Bridge runs on the same data directory (--data-dir)\n"
        "  7  the database cannot be used (--database)\n"
        "check exits 0 when all passed, 1 when a fixture failed, 2 when the workspace\n"
        "or a fixture is not valid.\n");
    return text;
}

std::optional<int> parseCommandLine(const QStringList &arguments, Face face, StartOptions &options)
{
    const QString program = programName(face);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "OT Bridge: bridge HTTP webhooks and OpenText Notifications, both ways."));
    const QCommandLineOption help = parser.addHelpOption();
    // Our own --version: Qt's prints the application name, which stays "otbridge" for both
    // executables because the data directory is named after it.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Displays version information."));
    QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Run without a window (servers, containers, CI)."));
    if (face == Face::Daemon)
        headless.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main",
                                    "Address and port of the webhook listener "
                                    "(default 127.0.0.1:%1).")
            .arg(defaultListenPort),
        QStringLiteral("address:port"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory of the event store (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("dir"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("main",
                                    "Where events and deliveries are stored: sqlite (default: "
                                    "events.sqlite in the data directory) or "
                                    "postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE], one "
                                    "database several servers share. Its password comes from "
                                    "the keychain or OTBRIDGE_SECRET_DATABASE_PASSWORD, never "
                                    "from the URL."),
        QStringLiteral("url"));
    QCommandLineOption attach(
        QStringLiteral("attach"),
        QCoreApplication::translate("main",
                                    "Open the window attached to the cluster on the --database "
                                    "PostgreSQL database: every node's events live, no listener "
                                    "or delivery of its own."));
    if (face == Face::Daemon)
        attach.setFlags(QCommandLineOption::HiddenFromHelp);
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
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QCoreApplication::translate("main",
                                    "Where people reach this listener from outside, such as "
                                    "https://alerts.example.com: messages then carry signed "
                                    "acknowledgement links (<url>/ack/...). Default: none, and "
                                    "no links."),
        QStringLiteral("url"));
    const QCommandLineOption ackLinkValidity(
        QStringLiteral("ack-link-validity"),
        QCoreApplication::translate("main",
                                    "How long an acknowledgement link works after its message "
                                    "is sent: 7d, 12h, 30m, 45s (default 7d)."),
        QStringLiteral("time"));
    parser.addOptions({version, headless, listen, dataDir, database, attach, workspace, maxBody,
                       maxPerPeer, tlsCert, tlsKey, health, metrics, publicUrl, ackLinkValidity});

    if (!parser.parse(arguments))
        return refuseUsage(
            face,
            QStringLiteral("%1 ('%2 --help' lists every option)").arg(parser.errorText(), program));
    if (parser.isSet(help)) {
        std::printf("%s\n%s", qPrintable(helpTextFor(parser, program)),
                    qPrintable(commandsAndExitCodesHelp(face)));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(program), OTBRIDGE_VERSION);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuseUsage(
            face,
            QStringLiteral(
                "unexpected argument '%1'; the commands are ack-key, api-token and check")
                .arg(parser.positionalArguments().constFirst()));

    options.headless = face == Face::Daemon || parser.isSet(headless);
    if (parser.isSet(listen)) {
        const auto address = parseListenAddress(parser.value(listen));
        if (!address)
            return refuseUsage(
                face,
                QStringLiteral("--listen wants address:port, such as 127.0.0.1:%1, not '%2'")
                    .arg(defaultListenPort)
                    .arg(parser.value(listen)));
        options.engine.address = address->address;
        options.engine.port = address->port;
    }
    if (parser.isSet(dataDir))
        options.engine.dataDir = parser.value(dataDir);
    if (parser.isSet(database)) {
        const Result<DatabaseUrl> url = DatabaseUrl::parse(parser.value(database));
        if (!url)
            return refuseUsage(face, QStringLiteral("--database: %1").arg(url.error()));
        options.engine.database = url.value();
    }
    if (parser.isSet(attach)) {
        if (options.headless)
            return refuseUsage(face,
                               QStringLiteral("--attach is for the window: a headless process on "
                                              "the cluster's database is a node (leave --attach "
                                              "out)"));
        if (!options.engine.database.isPostgresql())
            return refuseUsage(face,
                               QStringLiteral("--attach needs --database postgresql://USER@HOST:"
                                              "PORT/DATABASE, the database the cluster's nodes "
                                              "share"));
        options.engine.attach = true;
    }
    // What the window's settings put into the options stays unless the command line says.
    if (parser.isSet(workspace))
        options.engine.workspacePath = parser.value(workspace);
    if (parser.isSet(maxBody)) {
        bool ok = false;
        options.engine.limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
        if (!ok || options.engine.limits.maxBodyBytes < 1)
            return refuseUsage(face, QStringLiteral("--max-body-bytes wants a positive number"));
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return refuseUsage(face, QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert)) {
        options.engine.tlsCertificatePath = parser.value(tlsCert);
        options.engine.tlsKeyPath = parser.value(tlsKey);
    }
    for (const QCommandLineOption *option : {&health, &metrics}) {
        if (!parser.isSet(*option))
            continue;
        const auto parsed = parseEndpointAccess(parser.value(*option));
        if (!parsed)
            return refuseUsage(face,
                               QStringLiteral("--%1 wants off, open or token, not '%2'")
                                   .arg(option->names().constFirst(), parser.value(*option)));
        if (option == &health)
            options.engine.healthAccess = *parsed;
        else
            options.engine.metricsAccess = *parsed;
    }
    if (parser.isSet(publicUrl)) {
        const Result<QUrl> url = AckLink::checkPublicUrl(parser.value(publicUrl));
        if (!url)
            return refuseUsage(face, QStringLiteral("--public-url: %1").arg(url.error()));
        options.engine.publicUrl = url.value();
    }
    if (parser.isSet(ackLinkValidity)) {
        const Result<qint64> seconds = AckLink::parseValidity(parser.value(ackLinkValidity));
        if (!seconds)
            return refuseUsage(face,
                               QStringLiteral("--ack-link-validity: %1").arg(seconds.error()));
        options.engine.ackLinkValiditySeconds = seconds.value();
    }
    if (parser.isSet(maxPerPeer)) {
        bool ok = false;
        options.engine.limits.maxConnectionsPerPeer = parser.value(maxPerPeer).toInt(&ok);
        if (!ok || options.engine.limits.maxConnectionsPerPeer < 1)
            return refuseUsage(
                face, QStringLiteral("--max-connections-per-peer wants a positive number"));
    }
    return std::nullopt;
}

} // namespace OtBridge
