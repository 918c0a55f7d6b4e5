// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextsandbox.h"

#include "event/event.h"
#include "inboxdecoding.h"
#include "ingest/guardedtcpserver.h"
#include "sandboxjob.h"
#include "submitvalidation.h"

#include "net/httpclient.h"
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

Q_LOGGING_CATEGORY(lcSandbox, "otbridge.sandbox")

namespace OtBridge {

namespace {

// The contract names no limit; 10 MiB holds any fax a test sends and stops a runaway client.
constexpr qint64 maxBodyBytes = 10 * 1024 * 1024;
constexpr int maxInboxMessages = 1000;
// 1000 messages of up to 10 MiB each would be 10 GB: the oldest also go past this many bytes.
constexpr qint64 maxInboxBytes = 256 * 1024 * 1024;
constexpr int maxJobs = 10'000;
constexpr int maxTokens = 10'000;
constexpr int pushTimeoutMs = 5000;
constexpr qint64 firstJobNumberLow = 1'000'000'000;
constexpr qint64 firstJobNumberHigh = 8'000'000'000; // leaves a billion ids of ten digits
constexpr qint64 keepExpiredTokensMs = 3600 * 1000; // so they still answer "expired"

const QString messagingPrefix = QStringLiteral("/mra/v1");

struct Reply
{
    int status = 200;
    QByteArray body;
    HeaderList headers;
};

Reply jsonReply(int status, const QJsonObject &object, HeaderList headers = {})
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), std::move(headers)};
}

Reply errorReply(int status, const QString &code, const QString &message, HeaderList headers = {})
{
    return jsonReply(status,
                     {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
                     std::move(headers));
}

Reply invalidRequest(const QString &message)
{
    return errorReply(400, QStringLiteral("invalid_request"), message);
}

// The API gateway's own error shape, as OpenText's token and expiry answers use it.
Reply gatewayFault(const QString &faultString, const QString &errorCode)
{
    return jsonReply(401,
                     {{QStringLiteral("fault"),
                       QJsonObject {{QStringLiteral("faultstring"), faultString},
                                    {QStringLiteral("detail"),
                                     QJsonObject {{QStringLiteral("errorcode"), errorCode}}}}}});
}

Reply notFound(const QString &path)
{
    return errorReply(404, QStringLiteral("not_found"),
                      QStringLiteral("no endpoint at %1").arg(path));
}

Reply methodNotAllowed(const IncomingRequest &request, const QString &path, const QString &allow)
{
    return errorReply(405, QStringLiteral("method_not_allowed"),
                      QStringLiteral("%1 is not allowed on %2; use %3")
                          .arg(QString::fromLatin1(request.methodName()), path, allow),
                      {{QByteArrayLiteral("Allow"), allow.toLatin1()}});
}

// The body as a JSON object, or the 400 that says why it is not one.
std::optional<Reply> parseObject(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty())
        return invalidRequest(QStringLiteral("the body is empty; send a JSON object"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalidRequest(QStringLiteral("the body is not valid JSON: %1 at offset %2")
                                  .arg(error.errorString())
                                  .arg(error.offset));
    if (!document.isObject())
        return invalidRequest(QStringLiteral("the body must be a JSON object"));
    *out = document.object();
    return std::nullopt;
}

// user and password of an "Authorization: Basic …" header; nullopt if it is not one.
std::optional<QPair<QString, QString>> basicCredentials(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return QPair<QString, QString>(QString::fromUtf8(decoded), QString());
    return QPair<QString, QString>(QString::fromUtf8(decoded.left(colon)),
                                   QString::fromUtf8(decoded.mid(colon + 1)));
}

QString isoNow()
{
    return sandboxIsoTime(QDateTime::currentDateTimeUtc());
}

// {"job_id":"…"}, as QJsonDocument writes it. An id of printable ASCII without quote or
// backslash (the sandbox's own are prefix-number) is written as it is, without a QJsonObject
// and a QJsonDocument per submit; anything else goes through them.
QByteArray jobIdReplyBody(const QString &jobId)
{
    const bool plain = std::all_of(jobId.cbegin(), jobId.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (!plain) {
        return QJsonDocument(QJsonObject {{QStringLiteral("job_id"), jobId}})
            .toJson(QJsonDocument::Compact);
    }
    QByteArray body;
    body.reserve(jobId.size() + 13);
    body.append("{\"job_id\":\"").append(jobId.toLatin1()).append("\"}");
    return body;
}

std::optional<SandboxSubmitKind> submitKindFor(const QString &path)
{
    if (path == QLatin1String("/outbound/emails"))
        return SandboxSubmitKind::Email;
    if (path == QLatin1String("/outbound/sms"))
        return SandboxSubmitKind::Sms;
    if (path == QLatin1String("/outbound/faxes"))
        return SandboxSubmitKind::Fax;
    if (path == QLatin1String("/outbound/whatsapp"))
        return SandboxSubmitKind::WhatsAppMessage;
    if (path == QLatin1String("/outbound/whatsapp/template_message"))
        return SandboxSubmitKind::WhatsAppTemplate;
    return std::nullopt;
}

SandboxChannel channelForStatusSegment(const QString &segment)
{
    if (segment == QLatin1String("emails"))
        return SandboxChannel::Email;
    if (segment == QLatin1String("sms"))
        return SandboxChannel::Sms;
    if (segment == QLatin1String("faxes"))
        return SandboxChannel::Fax;
    return SandboxChannel::WhatsApp;
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool rolls(double rate)
{
    return rate > 0 && QRandomGenerator::global()->generateDouble() < rate;
}

} // namespace

class OpenTextSandbox::Private
{
public:
    enum class Injected { None, Drop, RateLimit, Error };
    struct FaultDecision
    {
        Injected injected = Injected::None;
        int latencyMs = 0;
        int errorStatus = 503;
        int retryAfterSeconds = 1;
    };
    struct InboxEntry
    {
        qint64 seq = 0;
        QString jobId; // empty for a capture
        // A capture's message, whole. A submit's is made from the fields below when the inbox
        // is read, and kept: decoding each submit's content, and the message's QJsonObject,
        // for an inbox nobody may read were a fifth of a submit's instructions.
        mutable QJsonObject message;
        SandboxChannel channel = SandboxChannel::Email;
        QString receivedAt;
        QString submitId;
        QJsonObject request;
        std::optional<QJsonObject> decoded; // decodedSubmit(), if it was needed already
        qint64 bytes = 0;
    };
    struct DelayedReply
    {
        QPointer<QTcpSocket> socket;
        Reply reply;
    };

    Private(OpenTextSandbox *owner, const SandboxOptions &sandboxOptions);

    void handle(const IncomingRequest &request, QTcpSocket *socket);
    void answer(QTcpSocket *socket, Reply reply, int latencyMs = 0);
    void write(QTcpSocket *socket, const Reply &reply);
    FaultDecision takeFault();

    Reply handleApi(const IncomingRequest &request);
    Reply handleToken(const IncomingRequest &request);
    std::optional<Reply> checkAuth(const IncomingRequest &request);
    Reply handleSubmit(SandboxSubmitKind kind, const IncomingRequest &request);
    Reply handleStatus(SandboxChannel channel, const IncomingRequest &request);
    Reply handleWhatsAppWebhook(const IncomingRequest &request);
    Reply handleAdmin(const IncomingRequest &request);
    Reply handleSettings(const IncomingRequest &request);
    Reply handleCapture(const IncomingRequest &request);
    Reply handleIndex() const;

    QJsonObject settingsJson() const;
    QJsonObject inboxJson(qint64 since) const;
    static const QJsonObject &messageOf(const InboxEntry &entry); // with mutex held
    void appendToInbox(InboxEntry entry); // with mutex held
    void scheduleProgress(const QString &jobId);
    // Job progress runs off one timer and a queue ordered by due time (equal times in the order
    // scheduled): a QTimer per job made every start a walk over the thread's timer list,
    // quadratic under a burst of jobs.
    void scheduleStage(int delayMs, const QString &jobId, SandboxJob::Stage stage);
    void runDueStages();
    void advance(const QString &jobId, SandboxJob::Stage stage);
    bool failsByPattern(const QString &address);
    void pushStatus(const SandboxJob &job);
    void sendNextPush(const QString &jobId);

    OpenTextSandbox *q;
    SandboxOptions options;
    QRegularExpression errorPattern;
    // Whether an address matches errorPattern: a burst sends to the same few addresses over and
    // over, and a match cost more than the rest of a destination. Emptied with a new pattern,
    // and when it holds this many.
    QHash<QString, bool> addressFails;
    static constexpr qsizetype maxAddressesKept = 4096;
    GuardedTcpServer *server = nullptr;
    QHostAddress address;
    quint16 port = 0;

    // faults, jobs and the inbox are read by inbox(), faults() and setFaults() from any thread.
    mutable QMutex mutex;
    SandboxFaults faults;
    QHash<QString, SandboxJob> jobs;
    QList<QString> jobOrder;
    QList<InboxEntry> inbox; // oldest first
    qint64 inboxBytes = 0;
    qint64 nextSeq = 1;

    QElapsedTimer clock;
    QHash<QString, qint64> tokens; // token -> expiry on clock
    qint64 nextJobNumber = 0;
    QUrl whatsAppWebhook;
    std::unordered_map<quint64, DelayedReply> delayed;
    quint64 nextDelayedId = 0;
    HttpClient *network = nullptr; // made on first use, on the sandbox's thread
    QHash<QString, QList<QByteArray>> pushQueues; // per job, so its pushes arrive in order
    std::multimap<qint64, std::pair<QString, SandboxJob::Stage>> stages; // due on clock
    QTimer *stageTimer = nullptr;
};

OpenTextSandbox::Private::Private(OpenTextSandbox *owner, const SandboxOptions &sandboxOptions)
    : q(owner)
    , options(sandboxOptions)
    , errorPattern(sandboxOptions.errorAddressPattern, QRegularExpression::CaseInsensitiveOption)
    , faults(sandboxOptions.faults)
    , nextJobNumber(QRandomGenerator::global()->bounded(firstJobNumberLow, firstJobNumberHigh))
{
    clock.start();
    if (!errorPattern.isValid())
        qCWarning(lcSandbox) << "the error address pattern is not valid, no address will fail:"
                             << errorPattern.errorString();
}

void OpenTextSandbox::Private::handle(const IncomingRequest &request, QTcpSocket *socket)
{
    const QString path = request.path();
    if (path == QLatin1String("/admin") || path.startsWith(QLatin1String("/admin/"))) {
        answer(socket, handleAdmin(request));
        return;
    }
    if (path.startsWith(QLatin1String("/capture/"))) {
        answer(socket, handleCapture(request));
        return;
    }
    if (path == QLatin1String("/")) {
        answer(socket, handleIndex());
        return;
    }
    if (!path.startsWith(QLatin1String("/mra/")) && !path.startsWith(QLatin1String("/tenants/"))) {
        answer(socket, notFound(path));
        return;
    }

    // Faults hit the OpenText API only, the way a flaky gateway in front of it would.
    const FaultDecision fault = takeFault();
    switch (fault.injected) {
    case Injected::Drop:
        qCDebug(lcSandbox) << "dropping" << path << "(fault injection)";
        // After the guard is done with this request, not under its feet.
        QMetaObject::invokeMethod(
            q,
            [socket = QPointer<QTcpSocket>(socket)] {
                if (socket)
                    socket->abort();
            },
            Qt::QueuedConnection);
        return;
    case Injected::RateLimit:
        answer(socket,
               errorReply(429, QStringLiteral("rate_limited"),
                          QStringLiteral("too many requests; retry after %1 s (injected by the "
                                         "sandbox)")
                              .arg(fault.retryAfterSeconds),
                          {{QByteArrayLiteral("Retry-After"),
                            QByteArray::number(fault.retryAfterSeconds)}}),
               fault.latencyMs);
        return;
    case Injected::Error:
        answer(
            socket,
            errorReply(
                fault.errorStatus, QStringLiteral("sandbox_fault"),
                QStringLiteral("the sandbox answers %1 (injected fault)").arg(fault.errorStatus)),
            fault.latencyMs);
        return;
    case Injected::None:
        break;
    }
    answer(socket, handleApi(request), fault.latencyMs);
}

OpenTextSandbox::Private::FaultDecision OpenTextSandbox::Private::takeFault()
{
    QMutexLocker lock(&mutex);
    FaultDecision decision;
    decision.latencyMs = faults.latencyMs;
    decision.errorStatus = faults.errorStatus;
    decision.retryAfterSeconds = faults.retryAfterSeconds;
    if (faults.dropNext > 0) {
        --faults.dropNext;
        decision.injected = Injected::Drop;
    } else if (faults.rateLimitNext > 0) {
        --faults.rateLimitNext;
        decision.injected = Injected::RateLimit;
    } else if (faults.failNext > 0) {
        --faults.failNext;
        decision.injected = Injected::Error;
    } else if (rolls(faults.dropRate)) {
        decision.injected = Injected::Drop;
    } else if (rolls(faults.rateLimitRate)) {
        decision.injected = Injected::RateLimit;
    } else if (rolls(faults.errorRate)) {
        decision.injected = Injected::Error;
    }
    return decision;
}

void OpenTextSandbox::Private::answer(QTcpSocket *socket, Reply reply, int latencyMs)
{
    if (latencyMs <= 0) {
        write(socket, reply);
        return;
    }
    // Latency never blocks the thread: the reply waits here and a timer answers.
    const quint64 id = ++nextDelayedId;
    delayed.emplace(id, DelayedReply {socket, std::move(reply)});
    QTimer::singleShot(latencyMs, q, [this, id] {
        auto it = delayed.find(id);
        if (it == delayed.end())
            return;
        DelayedReply pending = std::move(it->second);
        delayed.erase(it);
        if (pending.socket)
            write(pending.socket, pending.reply);
    });
}

void OpenTextSandbox::Private::write(QTcpSocket *socket, const Reply &reply)
{
    if (!server)
        return;
    HeaderList headers;
    headers.reserve(reply.headers.size() + 1);
    if (reply.status != 204)
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append(reply.headers);
    server->respond(socket, reply.status, headers, reply.body);
}

Reply OpenTextSandbox::Private::handleApi(const IncomingRequest &request)
{
    const QString path = request.path();
    static const QRegularExpression tokenPath(QStringLiteral("^/tenants/[^/]+/oauth2/token/?$"));
    // The pattern's own first test, without a match per submit.
    if (path.startsWith(QLatin1String("/tenants/")) && tokenPath.match(path).hasMatch())
        return handleToken(request);
    if (!path.startsWith(messagingPrefix + QLatin1Char('/')))
        return notFound(path);

    QString route = path.mid(messagingPrefix.size());
    // OpenText's own Postman collection puts /mra/v1 twice into its WhatsApp URLs: its
    // {{odn_url}} already ends in it. Take those the way they are meant.
    if (route.startsWith(messagingPrefix + QLatin1Char('/')))
        route = route.mid(messagingPrefix.size());
    if (route.size() > 1 && route.endsWith(QLatin1Char('/')))
        route.chop(1);

    if (const std::optional<SandboxSubmitKind> kind = submitKindFor(route)) {
        if (request.method() != IncomingRequest::Method::Post)
            return methodNotAllowed(request, path, QStringLiteral("POST"));
        if (std::optional<Reply> denied = checkAuth(request))
            return *denied;
        return handleSubmit(*kind, request);
    }
    static const QRegularExpression statusRoute(
        QStringLiteral("^/outbound/(emails|sms|faxes|whatsapp)/status$"));
    if (const QRegularExpressionMatch match = statusRoute.match(route); match.hasMatch()) {
        if (request.method() != IncomingRequest::Method::Get)
            return methodNotAllowed(request, path, QStringLiteral("GET"));
        if (std::optional<Reply> denied = checkAuth(request))
            return *denied;
        return handleStatus(channelForStatusSegment(match.captured(1)), request);
    }
    if (route == QLatin1String("/inbound/whatsapp/messages/webhook")) {
        const auto method = request.method();
        if (method != IncomingRequest::Method::Post && method != IncomingRequest::Method::Get
            && method != IncomingRequest::Method::Delete)
            return methodNotAllowed(request, path, QStringLiteral("GET, POST, DELETE"));
        if (std::optional<Reply> denied = checkAuth(request))
            return *denied;
        return handleWhatsAppWebhook(request);
    }
    return notFound(path);
}

Reply OpenTextSandbox::Private::handleToken(const IncomingRequest &request)
{
    if (request.method() != IncomingRequest::Method::Post)
        return methodNotAllowed(request, request.path(), QStringLiteral("POST"));
    const std::optional<QPair<QString, QString>> client
        = basicCredentials(headerValue(request.headers(), "authorization"));
    if (options.clientId.isEmpty() || !client || client->first != options.clientId
        || client->second != options.clientSecret)
        return gatewayFault(QStringLiteral("Invalid ApiKey"),
                            QStringLiteral("oauth.v2.InvalidApiKey"));

    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType != QLatin1String("client_credentials")) {
        const QString description = grantType.isEmpty()
            ? QStringLiteral("grant_type is missing; send the form body "
                             "grant_type=client_credentials")
            : QStringLiteral("grant_type '%1' is not supported; use client_credentials")
                  .arg(grantType);
        return jsonReply(400,
                         {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")},
                          {QStringLiteral("error_description"), description}});
    }

    const SandboxFaults current = q->faults();
    const qint64 now = clock.elapsed();
    if (tokens.size() >= maxTokens) {
        for (auto it = tokens.begin(); it != tokens.end();)
            it = it.value() + keepExpiredTokensMs < now ? tokens.erase(it) : std::next(it);
        // Still full of live tokens (a client asking for a new one each time): the one that
        // expires first goes, so the map never grows past the cap.
        while (tokens.size() >= maxTokens) {
            auto first = tokens.begin();
            for (auto it = tokens.begin(); it != tokens.end(); ++it) {
                if (it.value() < first.value())
                    first = it;
            }
            tokens.erase(first);
        }
    }
    const QString token = randomToken();
    tokens.insert(token, now + qint64(current.tokenLifetimeSeconds) * 1000);
    QJsonObject grant {{QStringLiteral("access_token"), token},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (current.sendExpiresIn)
        grant.insert(QStringLiteral("expires_in"), current.tokenLifetimeSeconds);
    return jsonReply(200, grant);
}

std::optional<Reply> OpenTextSandbox::Private::checkAuth(const IncomingRequest &request)
{
    const QByteArray authorization = headerValue(request.headers(), "authorization");
    if (authorization.isEmpty())
        return errorReply(401, QStringLiteral("unauthorized"),
                          QStringLiteral("send Authorization: Bearer <token> (from POST "
                                         "/tenants/{tenant}/oauth2/token) or HTTP Basic "
                                         "credentials"));
    if (authorization.startsWith("Bearer ") || authorization.startsWith("bearer ")) {
        {
            QMutexLocker lock(&mutex);
            if (faults.expireTokensNext > 0) {
                --faults.expireTokensNext;
                return gatewayFault(QStringLiteral("Access Token expired"),
                                    QStringLiteral("keymanagement.service.access_token_expired"));
            }
        }
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        const auto it = tokens.constFind(token);
        if (it == tokens.constEnd())
            return gatewayFault(QStringLiteral("Invalid Access Token"),
                                QStringLiteral("keymanagement.service.invalid_access_token"));
        if (clock.elapsed() >= it.value())
            return gatewayFault(QStringLiteral("Access Token expired"),
                                QStringLiteral("keymanagement.service.access_token_expired"));
        return std::nullopt;
    }
    if (const auto user = basicCredentials(authorization)) {
        if (options.user.isEmpty())
            return errorReply(401, QStringLiteral("unauthorized"),
                              QStringLiteral("HTTP Basic is not enabled on this sandbox; use a "
                                             "bearer token"));
        if (user->first != options.user || user->second != options.password)
            return errorReply(401, QStringLiteral("unauthorized"),
                              QStringLiteral("the user name or password is wrong"));
        return std::nullopt;
    }
    return errorReply(401, QStringLiteral("unauthorized"),
                      QStringLiteral("the Authorization scheme '%1' is not supported; use Bearer "
                                     "or Basic")
                          .arg(QString::fromLatin1(authorization.split(' ').first())));
}

Reply OpenTextSandbox::Private::handleSubmit(SandboxSubmitKind kind, const IncomingRequest &request)
{
    QJsonObject body;
    if (std::optional<Reply> bad = parseObject(request.body(), &body))
        return *bad;
    if (const Result<void> valid = validateSubmit(kind, body); !valid)
        return invalidRequest(valid.error());

    const SandboxChannel channel = channelOf(kind);
    const QString addressKey = channelName(channel);
    const QJsonObject requestOptions = body.value(QLatin1String("options")).toObject();
    SandboxJob job;
    job.channel = channel;
    job.submitId = QString::fromUtf8(headerValue(request.headers(), "x-mra-submitid"));
    job.entryTime = QDateTime::currentDateTimeUtc();
    job.billingCode = requestOptions.value(QLatin1String("billing_code")).toString();
    job.hasCustomerReference = requestOptions.contains(QLatin1String("customer_reference"));
    job.customerReference = requestOptions.value(QLatin1String("customer_reference")).toString();
    for (const QJsonValue &value : body.value(QLatin1String("destinations")).toArray()) {
        const QJsonObject destination = value.toObject();
        const QJsonValue ref = destination.value(QLatin1String("ref"));
        SandboxDestination entry;
        entry.address = destination.value(addressKey).toString();
        entry.ref = ref.isDouble() ? QString::number(ref.toDouble()) : ref.toString();
        entry.fails = failsByPattern(entry.address);
        job.destinations.append(entry);
    }

    InboxEntry entry;
    entry.bytes = request.body().size();
    entry.channel = channel;
    entry.receivedAt = sandboxIsoTime(job.entryTime);
    entry.submitId = job.submitId;
    entry.request = body;
    // A fax's pages are in its status documents: its content is decoded now, the others' when
    // the inbox is read.
    if (channel == SandboxChannel::Fax) {
        entry.decoded = decodedSubmit(channel, body);
        for (const QJsonValue &document :
             entry.decoded->value(QLatin1String("documents")).toArray())
            job.faxPages += document.toObject().value(QLatin1String("pages")).toInt();
    }
    // Only this thread makes jobs: the number needs no lock.
    job.id = options.jobIdPrefix + QLatin1Char('-') + QString::number(nextJobNumber++);
    job.keepDocumentParts();
    bool omitJobId = false;
    {
        QMutexLocker lock(&mutex);
        if (faults.omitJobIdNext > 0) {
            --faults.omitJobIdNext;
            omitJobId = true;
        }
        entry.jobId = job.id;
        jobs.insert(job.id, job);
        jobOrder.append(job.id);
        while (jobOrder.size() > maxJobs)
            jobs.remove(jobOrder.takeFirst());
        appendToInbox(std::move(entry));
    }
    scheduleProgress(job.id);
    pushStatus(job);
    Q_EMIT q->inboxChanged();
    if (omitJobId)
        return jsonReply(200, QJsonObject {});
    return {200, jobIdReplyBody(job.id), {}};
}

Reply OpenTextSandbox::Private::handleStatus(SandboxChannel channel, const IncomingRequest &request)
{
    const QString jobId
        = request.query().queryItemValue(QStringLiteral("job_id"), QUrl::FullyDecoded).trimmed();
    if (jobId.isEmpty())
        return invalidRequest(QStringLiteral("job_id: required, as in ?job_id=xsi-1234567890"));
    QMutexLocker lock(&mutex);
    const auto it = jobs.constFind(jobId);
    if (it == jobs.constEnd())
        return errorReply(404, QStringLiteral("not_found"),
                          QStringLiteral("no job '%1'").arg(jobId));
    if (it->channel != channel)
        return errorReply(404, QStringLiteral("not_found"),
                          QStringLiteral("job '%1' is a %2 job, not %3")
                              .arg(jobId, channelName(it->channel), channelName(channel)));
    return {200, it->statusDocument(), {}};
}

Reply OpenTextSandbox::Private::handleWhatsAppWebhook(const IncomingRequest &request)
{
    switch (request.method()) {
    case IncomingRequest::Method::Post: {
        QJsonObject body;
        if (std::optional<Reply> bad = parseObject(request.body(), &body))
            return *bad;
        const QUrl url(body.value(QLatin1String("url")).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return invalidRequest(QStringLiteral("url: required, an http or https URL"));
        whatsAppWebhook = url;
        return jsonReply(200, {{QStringLiteral("url"), url.toString()}});
    }
    case IncomingRequest::Method::Get:
        if (whatsAppWebhook.isEmpty())
            return errorReply(404, QStringLiteral("not_found"),
                              QStringLiteral("no inbound WhatsApp webhook is registered"));
        return jsonReply(200, {{QStringLiteral("url"), whatsAppWebhook.toString()}});
    default:
        whatsAppWebhook.clear();
        return {204, {}, {}};
    }
}

Reply OpenTextSandbox::Private::handleAdmin(const IncomingRequest &request)
{
    if (!options.adminToken.isEmpty()
        && headerValue(request.headers(), "authorization")
            != QByteArray("Bearer " + options.adminToken.toUtf8()))
        return errorReply(401, QStringLiteral("unauthorized"),
                          QStringLiteral("/admin needs Authorization: Bearer <admin token>"));

    QString path = request.path();
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const auto method = request.method();
    if (path == QLatin1String("/admin/faults")) {
        if (method == IncomingRequest::Method::Get)
            return jsonReply(200, q->faults().toJson());
        if (method != IncomingRequest::Method::Put && method != IncomingRequest::Method::Patch)
            return methodNotAllowed(request, path, QStringLiteral("GET, PUT"));
        QJsonObject changes;
        if (std::optional<Reply> bad = parseObject(request.body(), &changes))
            return *bad;
        QMutexLocker lock(&mutex);
        if (const Result<void> merged = faults.merge(changes); !merged)
            return invalidRequest(merged.error());
        return jsonReply(200, faults.toJson());
    }
    if (path == QLatin1String("/admin/settings"))
        return handleSettings(request);
    if (path == QLatin1String("/admin/inbox")) {
        if (method == IncomingRequest::Method::Delete) {
            q->clearInbox();
            return {204, {}, {}};
        }
        if (method != IncomingRequest::Method::Get)
            return methodNotAllowed(request, path, QStringLiteral("GET, DELETE"));
        qint64 since = 0;
        const QString sinceText = request.query().queryItemValue(QStringLiteral("since"));
        if (!sinceText.isEmpty()) {
            bool ok = false;
            since = sinceText.toLongLong(&ok);
            if (!ok || since < 0)
                return invalidRequest(
                    QStringLiteral("since: '%1' is not a sequence number").arg(sinceText));
        }
        QMutexLocker lock(&mutex);
        return jsonReply(200, inboxJson(since));
    }
    return notFound(path);
}

QJsonObject OpenTextSandbox::Private::settingsJson() const
{
    return {{QStringLiteral("status_webhook"), options.statusWebhook.toString()},
            {QStringLiteral("error_address_pattern"), options.errorAddressPattern},
            {QStringLiteral("sent_after_ms"), options.sentAfterMs},
            {QStringLiteral("confirmed_after_ms"), options.confirmedAfterMs}};
}

Reply OpenTextSandbox::Private::handleSettings(const IncomingRequest &request)
{
    const auto method = request.method();
    if (method == IncomingRequest::Method::Get)
        return jsonReply(200, settingsJson());
    if (method != IncomingRequest::Method::Put && method != IncomingRequest::Method::Patch)
        return methodNotAllowed(request, request.path(), QStringLiteral("GET, PUT"));
    QJsonObject changes;
    if (std::optional<Reply> bad = parseObject(request.body(), &changes))
        return *bad;

    SandboxOptions merged = options;
    QRegularExpression pattern = errorPattern;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue value = it.value();
        if (name == QLatin1String("status_webhook")) {
            const QUrl url(value.toString(), QUrl::StrictMode);
            if (!value.isString()
                || (!value.toString().isEmpty()
                    && (!url.isValid() || url.host().isEmpty()
                        || (url.scheme() != QLatin1String("http")
                            && url.scheme() != QLatin1String("https")))))
                return invalidRequest(
                    QStringLiteral("status_webhook must be an http or https URL, or empty"));
            merged.statusWebhook = url;
        } else if (name == QLatin1String("error_address_pattern")) {
            pattern
                = QRegularExpression(value.toString(), QRegularExpression::CaseInsensitiveOption);
            if (!value.isString() || !pattern.isValid())
                return invalidRequest(
                    QStringLiteral("error_address_pattern is not a regular expression: %1")
                        .arg(pattern.errorString()));
            merged.errorAddressPattern = value.toString();
        } else if (name == QLatin1String("sent_after_ms")
                   || name == QLatin1String("confirmed_after_ms")) {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < 0 || number > 86'400'000 || int(number) != number)
                return invalidRequest(
                    QStringLiteral("%1 must be a whole number of milliseconds").arg(name));
            (name == QLatin1String("sent_after_ms") ? merged.sentAfterMs : merged.confirmedAfterMs)
                = int(number);
        } else {
            return invalidRequest(QStringLiteral("unknown setting '%1'; known are %2")
                                      .arg(name, QStringList(settingsJson().keys()).join(u", ")));
        }
    }
    options = merged;
    errorPattern = pattern;
    addressFails.clear();
    return jsonReply(200, settingsJson());
}

Reply OpenTextSandbox::Private::handleCapture(const IncomingRequest &request)
{
    const QString path = request.path();
    const QString name
        = path.mid(qsizetype(sizeof("/capture/") - 1)).section(QLatin1Char('/'), 0, 0);
    if (name.isEmpty())
        return errorReply(404, QStringLiteral("not_found"),
                          QStringLiteral("a capture needs a name: /capture/{name}"));
    const QByteArray body = request.body();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(body);
    const bool binary = utf8.hasError();
    QJsonArray headers;
    for (const auto &[key, value] : request.headers())
        headers.append(QJsonArray {QString::fromLatin1(key), QString::fromUtf8(value)});

    InboxEntry entry;
    entry.bytes = body.size();
    entry.message
        = {{QStringLiteral("channel"), QStringLiteral("capture")},
           {QStringLiteral("name"), name},
           {QStringLiteral("method"), QString::fromLatin1(request.methodName())},
           {QStringLiteral("path"), path},
           {QStringLiteral("query"), QUrl::fromEncoded(request.target()).query(QUrl::FullyDecoded)},
           {QStringLiteral("headers"), headers},
           {QStringLiteral("body"), binary ? QString::fromLatin1(body.toBase64()) : text},
           {QStringLiteral("body_encoding"),
            binary ? QStringLiteral("base64") : QStringLiteral("text")},
           {QStringLiteral("received_at"), isoNow()}};
    {
        QMutexLocker lock(&mutex);
        appendToInbox(std::move(entry));
    }
    Q_EMIT q->inboxChanged();
    return jsonReply(200, {{QStringLiteral("captured"), true}});
}

Reply OpenTextSandbox::Private::handleIndex() const
{
    const QString base = q->baseUrl().toString();
    const auto url = [&base](const QString &path) {
        return QJsonValue(base + path);
    };
    return jsonReply(
        200,
        {{QStringLiteral("service"), QStringLiteral("OpenText Notifications sandbox (OT Bridge)")},
         {QStringLiteral("token_url"), url(QStringLiteral("/tenants/{tenant}/oauth2/token"))},
         {QStringLiteral("messaging_url"), url(messagingPrefix)},
         {QStringLiteral("inbox_url"), url(QStringLiteral("/admin/inbox"))},
         {QStringLiteral("faults_url"), url(QStringLiteral("/admin/faults"))},
         {QStringLiteral("capture_url"), url(QStringLiteral("/capture/{name}"))}});
}

void OpenTextSandbox::Private::appendToInbox(InboxEntry entry)
{
    entry.seq = nextSeq++;
    if (entry.jobId.isEmpty())
        entry.message.insert(QStringLiteral("seq"), entry.seq);
    inboxBytes += entry.bytes;
    inbox.append(std::move(entry));
    while (inbox.size() > maxInboxMessages || (inbox.size() > 1 && inboxBytes > maxInboxBytes))
        inboxBytes -= inbox.takeFirst().bytes;
}

QJsonObject OpenTextSandbox::Private::inboxJson(qint64 since) const
{
    QJsonArray messages;
    for (auto it = inbox.crbegin(); it != inbox.crend() && it->seq > since; ++it) {
        QJsonObject message = messageOf(*it);
        if (!it->jobId.isEmpty()) {
            const auto job = jobs.constFind(it->jobId);
            if (job != jobs.constEnd()) {
                message.insert(QStringLiteral("job_state"),
                               QJsonArray::fromStringList(job->jobState()));
                message.insert(QStringLiteral("destinations"), job->inboxDestinations());
            }
        }
        messages.append(message);
    }
    return {{QStringLiteral("messages"), messages}};
}

const QJsonObject &OpenTextSandbox::Private::messageOf(const InboxEntry &entry)
{
    if (entry.jobId.isEmpty() || !entry.message.isEmpty())
        return entry.message;
    const QString addressKey = channelName(entry.channel);
    entry.message = {
        {QStringLiteral("channel"), addressKey},
        {QStringLiteral("received_at"), entry.receivedAt},
        {QStringLiteral("submit_id"),
         entry.submitId.isEmpty() ? QJsonValue() : QJsonValue(entry.submitId)},
        {QStringLiteral("request"), entry.request},
        {addressKey, entry.decoded ? *entry.decoded : decodedSubmit(entry.channel, entry.request)},
        {QStringLiteral("job_id"), entry.jobId},
        {QStringLiteral("seq"), entry.seq}};
    return entry.message;
}

void OpenTextSandbox::Private::scheduleProgress(const QString &jobId)
{
    scheduleStage(qMax(0, options.sentAfterMs), jobId, SandboxJob::Stage::Sent);
}

void OpenTextSandbox::Private::scheduleStage(int delayMs, const QString &jobId,
                                             SandboxJob::Stage stage)
{
    if (!stageTimer) {
        stageTimer = new QTimer(q);
        stageTimer->setSingleShot(true);
        QObject::connect(stageTimer, &QTimer::timeout, q, [this] { runDueStages(); });
    }
    stages.emplace(clock.elapsed() + delayMs, std::make_pair(jobId, stage));
    const qint64 wait = std::max<qint64>(0, stages.begin()->first - clock.elapsed());
    if (!stageTimer->isActive() || stageTimer->remainingTime() > wait)
        stageTimer->start(int(wait));
}

void OpenTextSandbox::Private::runDueStages()
{
    const qint64 now = clock.elapsed();
    const int sentAfter = qMax(0, options.sentAfterMs);
    const int confirmedAfter = qMax(sentAfter, options.confirmedAfterMs);
    while (!stages.empty() && stages.begin()->first <= now) {
        const auto [jobId, stage] = stages.begin()->second;
        stages.erase(stages.begin());
        advance(jobId, stage);
        // Chained, not two stages from the submit: equal delays still arrive in order.
        if (stage == SandboxJob::Stage::Sent)
            scheduleStage(confirmedAfter - sentAfter, jobId, SandboxJob::Stage::Complete);
    }
    if (!stages.empty())
        stageTimer->start(int(std::max<qint64>(0, stages.begin()->first - clock.elapsed())));
}

void OpenTextSandbox::Private::advance(const QString &jobId, SandboxJob::Stage stage)
{
    SandboxJob snapshot;
    {
        QMutexLocker lock(&mutex);
        auto it = jobs.find(jobId);
        if (it == jobs.end())
            return;
        it->stage = stage;
        (stage == SandboxJob::Stage::Sent ? it->sentTime : it->completeTime)
            = QDateTime::currentDateTimeUtc();
        snapshot = *it;
    }
    pushStatus(snapshot);
    Q_EMIT q->inboxChanged();
}

bool OpenTextSandbox::Private::failsByPattern(const QString &address)
{
    if (const auto known = addressFails.constFind(address); known != addressFails.constEnd())
        return *known;
    if (addressFails.size() >= maxAddressesKept)
        addressFails.clear();
    const bool fails = errorPattern.isValid() && errorPattern.match(address).hasMatch();
    addressFails.insert(address, fails);
    return fails;
}

void OpenTextSandbox::Private::pushStatus(const SandboxJob &job)
{
    if (options.statusWebhook.isEmpty())
        return;
    QList<QByteArray> &queue = pushQueues[job.id];
    queue.append(job.statusDocument());
    if (queue.size() == 1)
        sendNextPush(job.id);
}

void OpenTextSandbox::Private::sendNextPush(const QString &jobId)
{
    const auto queue = pushQueues.constFind(jobId);
    const QUrl url = options.statusWebhook;
    if (queue == pushQueues.constEnd() || queue->isEmpty() || url.isEmpty()) {
        pushQueues.remove(jobId);
        return;
    }
    if (!network) {
        network = new HttpClient(q);
        // One job's pushes go one after the other, many jobs' side by side.
        network->setMaxConnectionsPerOrigin(16);
    }
    // Made once: each push shares them.
    static const QByteArray post = QByteArrayLiteral("POST");
    static const HttpHeaders headers = {{"Content-Type", "application/json"},
                                        {"User-Agent", "otbridge-sandbox/" OTBRIDGE_VERSION}};
    HttpRequest request;
    request.method = post;
    request.url = url;
    request.headers = headers;
    request.body = queue->first();
    request.timeoutMs = pushTimeoutMs;
    network->send(std::move(request), [this, jobId, url](const HttpResponse &reply) {
        // Logged, not retried: a late retry could land after a newer state.
        if (reply.status == 0)
            qCWarning(lcSandbox).noquote()
                << "status push for" << jobId << "to" << url.toString() << "failed:" << reply.error;
        else if (reply.status < 200 || reply.status > 299)
            qCWarning(lcSandbox).noquote() << "status push for" << jobId << "to" << url.toString()
                                           << "answered" << reply.status;
        auto queue = pushQueues.find(jobId);
        if (queue == pushQueues.end())
            return;
        queue->removeFirst();
        if (queue->isEmpty())
            pushQueues.erase(queue);
        else
            sendNextPush(jobId);
    });
}

OpenTextSandbox::OpenTextSandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, options))
{ }

OpenTextSandbox::~OpenTextSandbox()
{
    // Pending pushes call back into d when aborted: end them while d is still there, with
    // nothing queued behind them.
    d->pushQueues.clear();
    delete std::exchange(d->network, nullptr);
}

Result<quint16> OpenTextSandbox::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback() && d->options.adminToken.isEmpty())
        return Result<quint16>::failure(
            tr("refusing to listen on %1: it is not a loopback address, and /admin would be open "
               "to the network; set an admin token to allow it")
                .arg(address.toString()));
    ListenerLimits limits;
    limits.maxBodyBytes = maxBodyBytes;
    limits.requestTimeoutMs = 60'000; // 10 MiB from a slow test machine
    auto server = new GuardedTcpServer(limits, this);
    if (!server->listen(address, port)) {
        const QString error = server->errorString();
        delete server;
        return Result<quint16>::failure(
            tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error));
    }
    d->server = server;
    d->address = address;
    d->port = server->serverPort();
    server->setRequestHandler(
        [this](const IncomingRequest &request, QTcpSocket *socket) { d->handle(request, socket); });
    return d->port;
}

QUrl OpenTextSandbox::baseUrl() const
{
    if (!d->server)
        return {};
    QHostAddress host = d->address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(d->port);
    return url;
}

QUrl OpenTextSandbox::messagingUrl() const
{
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(messagingPrefix);
    return url;
}

const SandboxOptions &OpenTextSandbox::options() const
{
    return d->options;
}

SandboxFaults OpenTextSandbox::faults() const
{
    QMutexLocker lock(&d->mutex);
    return d->faults;
}

void OpenTextSandbox::setFaults(const SandboxFaults &faults)
{
    QMutexLocker lock(&d->mutex);
    d->faults = faults;
}

QJsonObject OpenTextSandbox::inbox() const
{
    QMutexLocker lock(&d->mutex);
    return d->inboxJson(0);
}

void OpenTextSandbox::clearInbox()
{
    {
        QMutexLocker lock(&d->mutex);
        d->inbox.clear();
        d->inboxBytes = 0;
    }
    Q_EMIT inboxChanged();
}

} // namespace OtBridge
