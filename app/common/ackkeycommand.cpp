// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackkeycommand.h"

#include "commandline.h"
#include "config/secretstore.h"
#include "event/acklink.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

namespace OtBridge {

namespace {

// A keychain that never answers (a hung D-Bus service) must not hang the command.
constexpr int keychainTimeoutMs = 60000;

// Runs one keychain call to its end (or the timeout) and gives its result.
template<typename T, typename Call> Result<T> waitFor(Call call)
{
    QEventLoop loop;
    Result<T> result = Result<T>::failure(
        QStringLiteral("the keychain did not answer within %1 s").arg(keychainTimeoutMs / 1000));
    call(&loop, [&](const Result<T> &answer) {
        result = answer;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

} // namespace

int runAckKeyCommand(const QStringList &arguments, Face face)
{
    const QByteArray command = (programName(face) + QStringLiteral(" ack-key")).toLocal8Bit();
    const QString key = AckLink::secretKey();
    const QString variable = SecretStore::environmentVariable(key);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The key that signs acknowledgement links in messages (with "
                       "--public-url). otbridge makes one in the keychain by itself; a server "
                       "without a keychain takes it from %1.")
            .arg(variable));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption print(
        QStringLiteral("print"),
        QStringLiteral("Print a new key without storing it, to give to the server as %1 (for the "
                       "systemd unit: in /etc/default/otbridge).")
            .arg(variable));
    const QCommandLineOption rotate(
        QStringLiteral("rotate"),
        QStringLiteral("Replace the key with a new one, keeping the old one valid for the links "
                       "already sent: in the keychain under \"%1\" (service \"%2\"), or with "
                       "--print, the key in %3, printed.")
            .arg(key, SecretStore::serviceName(), variable));
    parser.addOptions({print, rotate});

    QStringList withCommand = arguments;
    withCommand.prepend(QString::fromLocal8Bit(command)); // parse() skips the first
    if (!parser.parse(withCommand)) {
        std::fprintf(stderr, "%s: %s ('%s --help' says more)\n", command.constData(),
                     qPrintable(parser.errorText()), command.constData());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(helpTextFor(parser, QString::fromLocal8Bit(command))));
        std::printf("\nExit codes: 0 done, 1 the keychain refused or the key in %s is not "
                    "valid (the message says why), 2 the command line is wrong.\n",
                    qPrintable(variable));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()
        || (!parser.isSet(print) && !parser.isSet(rotate))) {
        std::fprintf(stderr,
                     "%s: say --print (a new key to set as %s), --print --rotate (rotate the "
                     "key set there) or --rotate (rotate the key in the keychain)\n",
                     command.constData(), qPrintable(variable));
        return ExitUsage;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString kept = QStringLiteral(
        "links already sent keep working for as long as links live (--ack-link-validity, "
        "7 days by default)");

    if (parser.isSet(print)) {
        AckLink::Keys keys = AckLink::Keys::generate();
        if (parser.isSet(rotate)) {
            if (!qEnvironmentVariableIsSet(qPrintable(variable))) {
                std::fprintf(stderr,
                             "%s: --rotate with --print rotates the key in %s, which is "
                             "not set here\n",
                             command.constData(), qPrintable(variable));
                return ExitUsage;
            }
            const auto current = AckLink::Keys::parse(qEnvironmentVariable(qPrintable(variable)));
            if (!current) {
                std::fprintf(stderr, "%s: %s: %s\n", command.constData(), qPrintable(variable),
                             qPrintable(current.error()));
                return ExitFailed;
            }
            keys = current->rotated(now);
        }
        std::printf("%s\n", qPrintable(keys.toSecret()));
        std::fflush(stdout);
        std::fprintf(stderr, "%s: not stored; give it to the server as %s=\"KEY\"%s\n",
                     command.constData(), qPrintable(variable),
                     parser.isSet(rotate) ? qPrintable(QStringLiteral(" and restart it; ") + kept)
                                          : "");
        return ExitOk;
    }

    // The command says what happened in its own words; the store's log lines would repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("otbridge.secrets=false"));
    SecretStore store;
    // The keychain's own entry, even where the environment would win for the server.
    const Result<QString> stored = waitFor<QString>([&](QObject *context, auto done) {
        const QByteArray name = variable.toLatin1();
        const QByteArray saved = qgetenv(name.constData());
        const bool wasSet = qEnvironmentVariableIsSet(name.constData());
        qunsetenv(name.constData());
        store.read(key, context, done);
        if (wasSet)
            qputenv(name.constData(), saved);
    });
    AckLink::Keys keys;
    if (stored) {
        const auto current = AckLink::Keys::parse(stored.value());
        if (!current) {
            std::fprintf(stderr, "%s: the key in the keychain: %s\n", command.constData(),
                         qPrintable(current.error()));
            return ExitFailed;
        }
        keys = current->rotated(now);
    } else if (stored.error() == SecretStore::notFoundError(key)) {
        keys = AckLink::Keys::generate(); // nothing to rotate: the first key
    } else {
        std::fprintf(stderr,
                     "%s: %s\n%s: where there is no keychain (a server), use '%s --print' and "
                     "set %s instead\n",
                     command.constData(), qPrintable(stored.error()), command.constData(),
                     command.constData(), qPrintable(variable));
        return ExitFailed;
    }
    const Result<void> written = waitFor<void>(
        [&](QObject *context, auto done) { store.write(key, keys.toSecret(), context, done); });
    if (!written) {
        std::fprintf(stderr, "%s: %s\n", command.constData(), qPrintable(written.error()));
        return ExitFailed;
    }
    std::fprintf(stderr,
                 "%s: %s in the keychain (\"%s\")%s. A running otbridge reads it "
                 "when it starts: restart it.\n",
                 command.constData(),
                 keys.previous.isEmpty() ? "stored a new key" : "rotated the key", qPrintable(key),
                 keys.previous.isEmpty() ? "" : qPrintable(QStringLiteral("; ") + kept));
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        std::fprintf(stderr, "%s: %s is set here, and wins over the keychain\n",
                     command.constData(), qPrintable(variable));
    return ExitOk;
}

} // namespace OtBridge
