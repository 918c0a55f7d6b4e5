// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitokencommand.h"

#include "commandline.h"
#include "config/secretstore.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace OtBridge {

namespace {

const QString tokenKey = apiTokenKey();

// A keychain that never answers (a hung D-Bus service) must not hang the command.
constexpr int keychainTimeoutMs = 60000;

Result<void> storeInKeychain(const QString &token)
{
    // The command says what happened in its own words; the store's log lines would repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("otbridge.secrets=false"));
    SecretStore store;
    QEventLoop loop;
    Result<void> result = Result<void>::failure(
        QStringLiteral("the keychain did not answer within %1 s").arg(keychainTimeoutMs / 1000));
    store.write(tokenKey, token, &loop, [&](const Result<void> &written) {
        result = written;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

} // namespace

int runApiTokenCommand(const QStringList &arguments, Face face)
{
    const QByteArray command = (programName(face) + QStringLiteral(" api-token")).toLocal8Bit();
    const QString variable = SecretStore::environmentVariable(tokenKey);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Makes a new random token for the API (/api/v1, and /health or /metrics "
                       "where they need the token). Clients send it as "
                       "\"Authorization: Bearer TOKEN\"."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption print(
        QStringLiteral("print"),
        QStringLiteral("Print a new token without storing it, to give to the server as %1 (for "
                       "the systemd unit: in /etc/default/otbridge).")
            .arg(variable));
    const QCommandLineOption store(
        QStringLiteral("store"),
        QStringLiteral("Store a new token in the keychain under \"%1\" (service \"%2\"), where "
                       "otbridge reads it when it starts, and print it once.")
            .arg(tokenKey, SecretStore::serviceName()));
    parser.addOptions({print, store});

    QStringList withCommand = arguments;
    withCommand.prepend(QString::fromLocal8Bit(command)); // parse() skips the first
    if (!parser.parse(withCommand)) {
        std::fprintf(stderr, "%s: %s ('%s --help' says more)\n", command.constData(),
                     qPrintable(parser.errorText()), command.constData());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(helpTextFor(parser, QString::fromLocal8Bit(command))));
        std::printf("\nExit codes: 0 done, 1 the keychain refused (the message says why), 2 the "
                    "command line is wrong.\n");
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty() || parser.isSet(print) == parser.isSet(store)) {
        std::fprintf(stderr,
                     "%s: say --print (print a new token to set as %s) or --store (store a new "
                     "token in the keychain)\n",
                     command.constData(), qPrintable(variable));
        return ExitUsage;
    }

    const QString token = generateApiToken();
    if (parser.isSet(print)) {
        std::printf("%s\n", qPrintable(token));
        std::fflush(stdout);
        std::fprintf(stderr, "%s: not stored; give it to the server as %s=TOKEN\n",
                     command.constData(), qPrintable(variable));
        return ExitOk;
    }

    const Result<void> stored = storeInKeychain(token);
    if (!stored) {
        std::fprintf(stderr,
                     "%s: %s\n%s: where there is no keychain (a server), use '%s --print' and set "
                     "%s instead\n",
                     command.constData(), qPrintable(stored.error()), command.constData(),
                     command.constData(), qPrintable(variable));
        return ExitFailed;
    }
    std::printf("%s\n", qPrintable(token));
    std::fflush(stdout);
    std::fprintf(stderr,
                 "%s: stored in the keychain as \"%s\"; copy it now, it is not shown again. A "
                 "running otbridge reads it when it starts: restart it.\n",
                 command.constData(), qPrintable(tokenKey));
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        std::fprintf(stderr, "%s: %s is set here, and wins over the keychain\n",
                     command.constData(), qPrintable(variable));
    return ExitOk;
}

} // namespace OtBridge
