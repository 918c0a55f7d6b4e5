// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/listenaddress.h"
#include "sandbox/opentextsandbox.h"
#include "unixsignalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

namespace {

constexpr quint16 defaultPort = 8090;

// What the command line asked for, or nothing after a usage error was printed.
struct Invocation
{
    OtBridge::SandboxOptions sandbox;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = defaultPort;
    bool defaultCredentials = false;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("otbridge-sandbox", text);
}

void usageError(const QString &message)
{
    std::fprintf(stderr, "otbridge-sandbox: %s\n%s\n", qPrintable(message),
                 qPrintable(tr("Try 'otbridge-sandbox --help'.")));
}

std::optional<int> parseWholeNumber(const QString &text, int lowest)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < lowest)
        return std::nullopt;
    return value;
}

std::optional<Invocation> parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local OpenText Notifications: OAuth2 tokens, submits for email, SMS, fax and "
           "WhatsApp, job status over time, status pushes, fault injection, an inbox at "
           "/admin/inbox and /capture/{name} to record any request."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const auto option = [](const char *name, const char *description, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), tr(description),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), tr(description));
    };
    const QCommandLineOption listen = option(
        "listen", "Address and port to serve on (default 127.0.0.1:8090; port 0: any free one).",
        "address:port");
    const QCommandLineOption clientId = option("client-id", "OAuth2 client id accepted.", "id");
    const QCommandLineOption clientSecret
        = option("client-secret", "OAuth2 client secret accepted.", "secret");
    const QCommandLineOption user = option("user", "HTTP Basic user accepted.", "name");
    const QCommandLineOption password
        = option("password", "HTTP Basic password accepted.", "password");
    const QCommandLineOption statusWebhook
        = option("status-webhook", "POST every job status change to this URL.", "url");
    const QCommandLineOption errorPattern = option(
        "error-pattern", "Destinations matching this regular expression end in Error.", "regex");
    const QCommandLineOption jobPrefix
        = option("job-prefix", "Job ids look like PREFIX-1234567890 (default xsi).", "prefix");
    const QCommandLineOption sentAfter
        = option("sent-after-ms", "A job is Sent this long after its submit (default 1000).", "ms");
    const QCommandLineOption confirmedAfter = option(
        "confirmed-after-ms", "A job is Complete this long after its submit (default 3000).", "ms");
    const QCommandLineOption adminToken = option(
        "admin-token", "Bearer token /admin requires; needed to listen on anything but loopback.",
        "token");
    const QCommandLineOption errorRate = option(
        "error-rate", "Share of API requests answered with --error-status (0..1).", "rate");
    const QCommandLineOption errorStatus
        = option("error-status", "Status of injected errors (default 503).", "status");
    const QCommandLineOption rateLimitRate
        = option("rate-limit-rate", "Share of API requests answered 429 (0..1).", "rate");
    const QCommandLineOption retryAfter
        = option("retry-after", "Retry-After of a 429, in seconds (default 1).", "seconds");
    const QCommandLineOption latency
        = option("latency-ms", "Delay added before every API answer.", "ms");
    const QCommandLineOption dropRate = option(
        "drop-rate", "Share of API requests whose connection is closed unanswered (0..1).", "rate");
    const QCommandLineOption tokenLifetime
        = option("token-lifetime", "Lifetime of an access token (default 900).", "seconds");
    const QCommandLineOption noExpiresIn
        = option("no-expires-in", "Leave expires_in out of token answers.");
    parser.addOptions({listen, clientId, clientSecret, user, password, statusWebhook, errorPattern,
                       jobPrefix, sentAfter, confirmedAfter, adminToken, errorRate, errorStatus,
                       rateLimitRate, retryAfter, latency, dropRate, tokenLifetime, noExpiresIn});

    // parse(), not process(): a usage error exits 2 here, where process() would exit 1.
    if (!parser.parse(app.arguments())) {
        usageError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return std::nullopt;
    }

    Invocation invocation;
    OtBridge::SandboxOptions &options = invocation.sandbox;
    if (parser.isSet(listen)) {
        const auto address = OtBridge::parseListenAddress(parser.value(listen));
        if (!address) {
            usageError(tr("--listen wants address:port, such as 127.0.0.1:8090, not '%1'")
                           .arg(parser.value(listen)));
            return std::nullopt;
        }
        invocation.address = address->address;
        invocation.port = address->port;
    }
    if (parser.isSet(clientId) != parser.isSet(clientSecret)) {
        usageError(tr("--client-id and --client-secret go together"));
        return std::nullopt;
    }
    if (parser.isSet(user) != parser.isSet(password)) {
        usageError(tr("--user and --password go together"));
        return std::nullopt;
    }
    invocation.defaultCredentials = !parser.isSet(clientId) && !parser.isSet(user);
    if (invocation.defaultCredentials) {
        options.clientId = QStringLiteral("sandbox");
        options.clientSecret = QStringLiteral("sandbox-secret");
        options.user = QStringLiteral("sandbox");
        options.password = QStringLiteral("sandbox-password");
    } else {
        options.clientId = parser.value(clientId);
        options.clientSecret = parser.value(clientSecret);
        options.user = parser.value(user);
        options.password = parser.value(password);
    }
    if (parser.isSet(statusWebhook)) {
        options.statusWebhook = QUrl(parser.value(statusWebhook), QUrl::StrictMode);
        const QString scheme = options.statusWebhook.scheme();
        if (!options.statusWebhook.isValid() || options.statusWebhook.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            usageError(tr("--status-webhook wants an http or https URL, not '%1'")
                           .arg(parser.value(statusWebhook)));
            return std::nullopt;
        }
    }
    if (parser.isSet(errorPattern)) {
        const QRegularExpression pattern(parser.value(errorPattern));
        if (!pattern.isValid()) {
            usageError(
                tr("--error-pattern is not a regular expression: %1").arg(pattern.errorString()));
            return std::nullopt;
        }
        options.errorAddressPattern = parser.value(errorPattern);
    }
    if (parser.isSet(jobPrefix)) {
        static const QRegularExpression prefix(QStringLiteral("^[A-Za-z0-9]+$"));
        if (!prefix.match(parser.value(jobPrefix)).hasMatch()) {
            usageError(tr("--job-prefix wants letters and digits, such as xsi"));
            return std::nullopt;
        }
        options.jobIdPrefix = parser.value(jobPrefix);
    }
    for (const auto &[flag, target] : {std::pair {&sentAfter, &options.sentAfterMs},
                                       std::pair {&confirmedAfter, &options.confirmedAfterMs}}) {
        if (!parser.isSet(*flag))
            continue;
        const std::optional<int> value = parseWholeNumber(parser.value(*flag), 0);
        if (!value) {
            usageError(tr("--%1 wants a number of milliseconds").arg(flag->names().first()));
            return std::nullopt;
        }
        *target = *value;
    }
    options.adminToken = parser.value(adminToken);

    // The fault flags go through the same checks as PUT /admin/faults.
    QJsonObject faults;
    const auto number = [&](const QCommandLineOption &flag, const char *field) {
        if (!parser.isSet(flag))
            return true;
        bool ok = false;
        const double value = parser.value(flag).toDouble(&ok);
        if (!ok) {
            usageError(
                tr("--%1 wants a number, not '%2'").arg(flag.names().first(), parser.value(flag)));
            return false;
        }
        faults.insert(QString::fromLatin1(field), value);
        return true;
    };
    if (!number(errorRate, "error_rate") || !number(errorStatus, "error_status")
        || !number(rateLimitRate, "rate_limit_rate") || !number(retryAfter, "retry_after_seconds")
        || !number(latency, "latency_ms") || !number(dropRate, "drop_rate")
        || !number(tokenLifetime, "token_lifetime_seconds"))
        return std::nullopt;
    if (parser.isSet(noExpiresIn))
        faults.insert(QStringLiteral("send_expires_in"), false);
    if (const OtBridge::Result<void> merged = options.faults.merge(faults); !merged) {
        usageError(merged.error());
        return std::nullopt;
    }
    return invocation;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("otbridge-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OTBRIDGE_VERSION));

    const std::optional<Invocation> invocation = parseCommandLine(app);
    if (!invocation)
        return 2;

    // Watching before "listening on" is printed: whoever reads that line may stop us at once.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app,
                     [&app](int) { app.quit(); });

    OtBridge::OpenTextSandbox sandbox(invocation->sandbox);
    const OtBridge::Result<quint16> port = sandbox.listen(invocation->address, invocation->port);
    if (!port) {
        std::fprintf(stderr, "otbridge-sandbox: %s\n", qPrintable(port.error()));
        return 1;
    }
    if (invocation->defaultCredentials) {
        const OtBridge::SandboxOptions &options = invocation->sandbox;
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("otbridge-sandbox: no credentials given, accepting client id "
                                   "'%1' with secret '%2' and user '%3' with password '%4'")
                                    .arg(options.clientId, options.clientSecret, options.user,
                                         options.password)));
    }
    std::printf("listening on %s\n", qPrintable(sandbox.baseUrl().toString()));
    std::fflush(stdout);

    return app.exec();
}
