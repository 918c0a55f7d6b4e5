// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooklistener.h"

#include "api/eventjson.h"
#include "event/uuidv7.h"
#include "event/webhooksignature.h"
#include "guardedtcpserver.h"
#include "headerredaction.h"
#include "jsoncheck.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcListener, "otbridge.listener")

namespace OtBridge {

namespace {

constexpr int activityIntervalMs = 100;
constexpr char retryAfterSeconds[] = "5";
// Editors and certbot write the certificate and the key one after the other: wait for both.
constexpr int tlsReloadDelayMs = 500;

const QByteArray hooksPrefix = QByteArrayLiteral("/hooks/");
const QByteArray ackPrefix = QByteArrayLiteral("/ack/");
const QByteArray eventsPrefix = QByteArrayLiteral("/api/v1/events/");
const QByteArray healthPath = QByteArrayLiteral("/health");
const QByteArray metricsPath = QByteArrayLiteral("/metrics");
const QByteArray replayPath = QByteArrayLiteral("/api/v1/deliveries/replay");

QByteArray errorJson(const QString &message)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

bool isJsonContentType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.first(semicolon))
                                .trimmed()
                                .toByteArray()
                                .toLower();
    return type == "application/json"
        || (type.startsWith("application/") && type.endsWith("+json"));
}

QString decodedSegment(const QByteArray &encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

} // namespace

WebhookListener::WebhookListener(EventStore *store, const ListenerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_ackLinks(std::make_unique<AckLinkEndpoint>(store, nullptr))
    , m_limits(limits)
    , m_activityTimer(this)
{
    m_clock.start();
    m_activityTimer.setSingleShot(true);
    m_activityTimer.setInterval(activityIntervalMs);
    connect(&m_activityTimer, &QTimer::timeout, this,
            [this] { Q_EMIT activity(std::exchange(m_activity, {})); });
    connect(m_store, &EventStore::appended, this, &WebhookListener::handleAppended);
    m_tlsReloadTimer.setParent(this);
    m_tlsReloadTimer.setSingleShot(true);
    m_tlsReloadTimer.setInterval(tlsReloadDelayMs);
    connect(&m_tlsReloadTimer, &QTimer::timeout, this, &WebhookListener::reloadTls);
}

WebhookListener::~WebhookListener() = default;

Result<quint16> WebhookListener::listen(const QHostAddress &address, quint16 port)
{
    auto server = new GuardedTcpServer(m_limits, this);
    server->setHeadCheck([this](const RequestHead &head) { return checkHead(head); });
    connect(server, &GuardedTcpServer::requestRejected, this, &WebhookListener::record);
    if (m_tls)
        server->setTlsConfiguration(m_tls->configuration());
    // Qt's default backlog of 50 drops SYNs of a burst (clients then wait a second or more to
    // retry); the kernel caps this at net.core.somaxconn.
    server->setListenBacklogSize(1024);
    if (!server->listen(address, port)) {
        const QString error = server->errorString();
        delete server;
        return Result<quint16>::failure(
            tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error));
    }
    server->setRequestHandler([this](const IncomingRequest &request, QTcpSocket *socket) {
        handleRequest(request, socket);
    });
    m_server = server;
    return server->serverPort();
}

void WebhookListener::setApiToken(const QByteArray &token)
{
    m_apiToken = token;
    m_apiTokenState = token.isEmpty() ? TokenState::Missing : TokenState::Set;
}

void WebhookListener::setApiTokenReading()
{
    m_apiToken.clear();
    m_apiTokenState = TokenState::Reading;
}

void WebhookListener::setEndpointAccess(EndpointAccess health, EndpointAccess metrics)
{
    m_healthAccess = health;
    m_metricsAccess = metrics;
}

Result<void> WebhookListener::useTls(const QString &certificatePath, const QString &keyPath)
{
    auto credentials = TlsCredentials::load(certificatePath, keyPath);
    if (!credentials)
        return Result<void>::failure(credentials.error());
    for (const QString &warning : credentials->warnings)
        qCWarning(lcListener).noquote() << warning;
    m_tls = std::move(credentials).value();
    m_tlsCertificatePath = certificatePath;
    m_tlsKeyPath = keyPath;
    if (m_server)
        m_server->setTlsConfiguration(m_tls->configuration());

    delete m_tlsWatcher;
    m_tlsWatcher = new QFileSystemWatcher(this);
    // Renewals usually replace the files (a rename, or a symlink swap as Kubernetes does),
    // which ends the watch on the file: the directories say when that happens.
    for (const QString &path : {certificatePath, keyPath}) {
        m_tlsWatcher->addPath(path);
        m_tlsWatcher->addPath(QFileInfo(path).absolutePath());
    }
    const auto changed = [this] {
        m_tlsReloadTimer.start();
    };
    connect(m_tlsWatcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_tlsWatcher, &QFileSystemWatcher::directoryChanged, this, changed);
    return {};
}

void WebhookListener::reloadTls()
{
    for (const QString &path : {m_tlsCertificatePath, m_tlsKeyPath}) {
        if (!m_tlsWatcher->files().contains(path) && QFileInfo::exists(path))
            m_tlsWatcher->addPath(path);
    }
    auto credentials = TlsCredentials::load(m_tlsCertificatePath, m_tlsKeyPath);
    if (!credentials) {
        const QString message
            = tr("keeping the TLS certificate in use (SHA-256 %1): %2")
                  .arg(QString::fromLatin1(m_tls->fingerprint()), credentials.error());
        qCWarning(lcListener).noquote() << message;
        Q_EMIT tlsReloaded(false, message);
        return;
    }
    if (credentials->fingerprint() == m_tls->fingerprint()
        && credentials->key.toDer() == m_tls->key.toDer() && credentials->chain == m_tls->chain)
        return; // touched, not changed
    for (const QString &warning : credentials->warnings)
        qCWarning(lcListener).noquote() << warning;
    m_tls = std::move(credentials).value();
    if (m_server)
        m_server->setTlsConfiguration(m_tls->configuration());
    const QString message = tr("TLS certificate reloaded: SHA-256 %1, valid until %2")
                                .arg(QString::fromLatin1(m_tls->fingerprint()),
                                     m_tls->chain.first().expiryDate().toString(Qt::ISODate));
    qCInfo(lcListener).noquote() << message;
    Q_EMIT tlsReloaded(true, message);
}

void WebhookListener::setSources(const QList<SourceConfig> &sources)
{
    m_sources.clear();
    for (const SourceConfig &source : sources)
        m_sources.insert(source.name, source);
}

const SourceConfig *WebhookListener::findSource(const QString &name) const
{
    auto it = m_sources.constFind(name);
    return it == m_sources.constEnd() ? nullptr : &*it;
}

void WebhookListener::stopAccepting()
{
    if (m_server)
        m_server->closeIdleConnections();
}

int WebhookListener::connectionCount() const
{
    return m_server ? m_server->connectionCount() : 0;
}

std::optional<Rejection> WebhookListener::checkHead(const RequestHead &head) const
{
    const auto methodNotAllowed = [&head](const QByteArray &allow) {
        return Rejection {405,
                          tr("method %1 is not allowed here; use %2")
                              .arg(QString::fromLatin1(head.method), QString::fromLatin1(allow)),
                          {{"Allow", allow}}};
    };

    if (head.path.startsWith(hooksPrefix)) {
        const QString name = decodedSegment(head.path.mid(hooksPrefix.size()));
        const SourceConfig *source = findSource(name);
        if (!source)
            return Rejection {404, tr("unknown source '%1'").arg(name), {}};
        if (head.method != "POST")
            return methodNotAllowed("POST");
        const qint64 limit = source->maxBodyBytes > 0
            ? qMin(source->maxBodyBytes, m_limits.maxBodyBytes)
            : m_limits.maxBodyBytes;
        if (head.contentLength > limit)
            return Rejection {
                413,
                tr("request body of %1 bytes exceeds the limit of %2 bytes for source '%3'")
                    .arg(head.contentLength)
                    .arg(limit)
                    .arg(name),
                {}};
        if (source->format == SourceConfig::Format::Json
            && !isJsonContentType(head.header("content-type"))) {
            const QByteArray given = head.header("content-type");
            return Rejection {415,
                              tr("source '%1' accepts application/json, not %2")
                                  .arg(name,
                                       given.isEmpty() ? tr("a request without Content-Type")
                                                       : QString::fromLatin1(given)),
                              {}};
        }
        return std::nullopt;
    }
    if (head.path.startsWith(ackPrefix)) {
        if (head.method != "GET" && head.method != "POST")
            return methodNotAllowed("GET, POST");
        if (head.contentLength > AckLinkEndpoint::maxBodyBytes)
            return Rejection {413,
                              tr("request body of %1 bytes exceeds the limit of %2 bytes for "
                                 "an acknowledgement")
                                  .arg(head.contentLength)
                                  .arg(AckLinkEndpoint::maxBodyBytes),
                              {}};
        return std::nullopt;
    }
    if (head.path.startsWith(eventsPrefix)) {
        const bool action = head.path.endsWith("/ack") || head.path.endsWith("/retry");
        if (head.method != (action ? "POST" : "GET"))
            return methodNotAllowed(action ? "POST" : "GET");
        return std::nullopt;
    }
    if (head.path == replayPath) {
        if (head.method != "POST")
            return methodNotAllowed("POST");
        return std::nullopt;
    }
    if ((head.path == healthPath && m_healthAccess != EndpointAccess::Off)
        || (head.path == metricsPath && m_metricsAccess != EndpointAccess::Off)) {
        if (head.method != "GET")
            return methodNotAllowed("GET");
        return std::nullopt;
    }
    return Rejection {
        404, tr("no endpoint at %1").arg(QString::fromLatin1(head.path.left(200))), {}};
}

void WebhookListener::handleRequest(const IncomingRequest &request, QTcpSocket *socket)
{
    const QByteArray &path = request.encodedPath();
    if (path.startsWith(hooksPrefix)) {
        handleWebhook(decodedSegment(path.mid(hooksPrefix.size())), request, socket);
    } else if (path.startsWith(ackPrefix)) {
        handleAckLink(decodedSegment(path.mid(ackPrefix.size())), socket, request);
    } else if (path.startsWith(eventsPrefix)) {
        const QByteArray rest = path.mid(eventsPrefix.size());
        const qsizetype slash = rest.indexOf('/');
        if (slash < 0)
            handleEventQuery(decodedSegment(rest), socket, request);
        else
            handleEventAction(decodedSegment(rest.left(slash)), rest.mid(slash + 1), socket,
                              request);
    } else if (path == replayPath) {
        handleReplay(socket, request);
    } else if (path == healthPath && m_healthAccess != EndpointAccess::Off) {
        handleHealth(socket, request);
    } else if (path == metricsPath && m_metricsAccess != EndpointAccess::Off) {
        handleMetrics(socket, request);
    } else {
        replyError(request, socket, 404, tr("no endpoint at %1").arg(QString::fromUtf8(path)));
    }
}

void WebhookListener::handleWebhook(const QString &sourceName, const IncomingRequest &request,
                                    QTcpSocket *socket)
{
    // The guard checked all of this on the head already; the source list may have changed since.
    const SourceConfig *source = findSource(sourceName);
    if (!source) {
        replyError(request, socket, 404, tr("unknown source '%1'").arg(sourceName), sourceName);
        return;
    }
    if (request.method() != IncomingRequest::Method::Post) {
        replyError(request, socket, 405, tr("method not allowed here; use POST"), sourceName);
        return;
    }

    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    const QByteArray body = request.body();
    if (source->format == SourceConfig::Format::Json) {
        if (body.trimmed().isEmpty()) {
            replyError(request, socket, 400,
                       tr("the body is empty; source '%1' expects JSON").arg(sourceName),
                       sourceName);
            return;
        }
        // Most bodies are plain JSON, checked in one pass; the rest Qt parses, and its error
        // is the one the sender reads.
        QJsonParseError error {0, QJsonParseError::NoError};
        if (!JsonCheck::certainlyValid(body))
            QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            replyError(request, socket, 400,
                       tr("the body is not valid JSON: %1 at offset %2")
                           .arg(error.errorString())
                           .arg(error.offset),
                       sourceName);
            return;
        }
    }

    // Over the raw bytes, before anything is stored.
    if (source->auth.isConfigured()) {
        const AuthCheck check
            = checkSourceAuth(source->auth, m_sourceSecrets.value(source->name), headers, body,
                              request.remoteAddress(), QDateTime::currentDateTimeUtc());
        if (!check.ok) {
            replyError(request, socket, check.status, check.message, sourceName);
            return;
        }
    }

    Event event;
    event.id = createUuidV7();
    event.source = sourceName;
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.headers = redactHeaders(headers,
                                  source->auth.kind == SourceAuth::Kind::ApiKey
                                      ? QList<QByteArray> {source->auth.header}
                                      : QList<QByteArray> {});
    event.body = body;
    event.contentType = headerValue(headers, "content-type");
    event.peer = request.remoteAddress().toString();
    // Standard Webhooks' webhook-id wins: it is what a sender keeps across its own retries.
    QByteArray dedup = headerValue(headers, "webhook-id");
    if (dedup.isEmpty())
        dedup = headerValue(headers, "idempotency-key");
    event.dedupKey = QString::fromUtf8(dedup.left(256));

    const quint64 ticket = m_store->append(std::move(event));
    m_pending.emplace(ticket, QPointer<QTcpSocket>(socket));
}

void WebhookListener::handleAppended(const QList<AppendResult> &results)
{
    for (const AppendResult &result : results) {
        EventSummary summary = result.summary;
        auto it = m_pending.find(result.ticket);
        if (it == m_pending.end())
            continue; // another listener's append
        const QPointer<QTcpSocket> socket = it->second;
        m_pending.erase(it);

        int status = 503;
        QByteArray json;
        QList<QPair<QByteArray, QByteArray>> headers;
        switch (result.status) {
        case AppendStatus::Stored:
            status = 202;
            // The hot path's answer: a UUID needs no escaping, so no QJsonDocument either.
            json = "{\"id\":\"" + result.id.toByteArray(QUuid::WithoutBraces) + "\"}";
            break;
        case AppendStatus::Duplicate:
            status = 200;
            json = QJsonDocument(QJsonObject {{QStringLiteral("id"),
                                               result.id.toString(QUuid::WithoutBraces)},
                                              {QStringLiteral("duplicate"), true}})
                       .toJson(QJsonDocument::Compact);
            summary.detail = tr("duplicate of an event already stored");
            break;
        case AppendStatus::Failed:
            json = errorJson(tr("the event store cannot commit: %1").arg(result.error));
            headers.append({QByteArray("Retry-After"), QByteArray(retryAfterSeconds)});
            summary.rejected = true;
            summary.state = QStringLiteral("rejected");
            summary.detail = tr("store failure: %1").arg(result.error);
            break;
        }
        summary.httpStatus = status;
        record(summary);
        if (socket)
            reply(socket, status, json, headers);
    }
}

bool WebhookListener::authorizeEndpoint(EndpointAccess access, const IncomingRequest &request,
                                        QTcpSocket *socket)
{
    return access == EndpointAccess::Open || authorize(request, socket);
}

bool WebhookListener::authorize(const IncomingRequest &request, QTcpSocket *socket)
{
    if (m_apiTokenState == TokenState::Reading) {
        replyError(request, socket, 503,
                   tr("the API token is still being read from the keychain; try again in a "
                      "moment"),
                   {}, {{QByteArray("Retry-After"), QByteArray("1")}});
        return false;
    }
    if (m_apiTokenState == TokenState::Missing) {
        replyError(request, socket, 403,
                   tr("this endpoint needs an API token: set OTBRIDGE_SECRET_API_TOKEN, or store "
                      "one under \"api-token\" in the keychain, and send it as "
                      "\"Authorization: Bearer <token>\""));
        return false;
    }
    const QByteArray given = headerValue(request.headers(), "authorization").trimmed();
    // The scheme is case-insensitive (RFC 9110); the token is compared in constant time.
    const bool bearer
        = given.size() > 7 && given.left(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || !StandardWebhooks::constantTimeEquals(given.mid(7).trimmed(), m_apiToken)) {
        // Says nothing about what was wrong with a token that was sent.
        replyError(request, socket, 401,
                   given.isEmpty() ? tr("this endpoint needs \"Authorization: Bearer <token>\"")
                                   : tr("the API token is not valid"),
                   {}, {{QByteArray("WWW-Authenticate"), QByteArray("Bearer")}});
        return false;
    }
    return true;
}

void WebhookListener::handleEventQuery(const QString &id, QTcpSocket *socket,
                                       const IncomingRequest &request)
{
    if (!authorize(request, socket))
        return;
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull()) {
        replyError(request, socket, 404, tr("'%1' is not an event id").arg(id.left(64)));
        return;
    }
    const std::optional<Event> event = m_store->event(uuid);
    if (!event) {
        replyError(request, socket, 404,
                   tr("no event %1").arg(uuid.toString(QUuid::WithoutBraces)));
        return;
    }
    QJsonObject json = m_deliveries
        ? eventStatusToJson(*event, m_deliveries->deliveriesForEvent(uuid),
                            m_deliveries->acknowledgement(uuid), m_deliveries->escalations(uuid))
        : eventToJson(*event);
    // Its re-runs (each an event of its own, with its own deliveries), first first.
    if (const QList<QUuid> reruns = m_store->reruns(uuid); !reruns.isEmpty()) {
        QJsonArray ids;
        for (const QUuid &rerun : reruns)
            ids.append(rerun.toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("reruns"), ids);
    }
    reply(socket, 200, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void WebhookListener::handleEventAction(const QString &id, const QByteArray &action,
                                        QTcpSocket *socket, const IncomingRequest &request)
{
    if (action != "ack" && action != "retry") {
        replyError(request, socket, 404, tr("no endpoint at %1").arg(request.path()));
        return;
    }
    if (!authorize(request, socket))
        return;
    const QUuid uuid = QUuid::fromString(id);
    const std::optional<Event> event
        = uuid.isNull() ? std::optional<Event>() : m_store->event(uuid);
    if (!event) {
        replyError(request, socket, 404, tr("no event %1").arg(id.left(64)));
        return;
    }
    if (!m_deliveries) {
        replyError(request, socket, 503, tr("deliveries are not running"));
        return;
    }
    // The body is optional: {"by": "…", "note": "…"}.
    QJsonObject options;
    if (!request.body().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            replyError(request, socket, 400,
                       tr("the body must be a JSON object such as {\"by\": \"jane\", "
                          "\"note\": \"on it\"}, or empty"));
            return;
        }
        options = document.object();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject answer;
    if (action == "ack") {
        Acknowledgement ack;
        ack.at = now;
        ack.by = options.value(QLatin1String("by")).toString(QStringLiteral("api")).left(200);
        ack.note = options.value(QLatin1String("note")).toString().left(2000);
        ack.via = QStringLiteral("api");
        auto stored = m_deliveries->acknowledge(uuid, ack);
        if (!stored) {
            replyError(request, socket, 503,
                       tr("the acknowledgement could not be stored: %1").arg(stored.error()));
            return;
        }
        Q_EMIT eventAcknowledged(uuid);
        answer = {{QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("acknowledged"), true},
                  {QStringLiteral("at"), stored->at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("by"), stored->by},
                  {QStringLiteral("via"), stored->via}};
    } else {
        QStringList dead;
        for (const DeliveryRecord &delivery : m_deliveries->deliveriesForEvent(uuid)) {
            if (delivery.state == DeliveryState::Dead)
                dead.append(delivery.id);
        }
        auto replayed = m_deliveries->replay(dead, now);
        if (!replayed) {
            replyError(request, socket, 503,
                       tr("the retry could not be stored: %1").arg(replayed.error()));
            return;
        }
        answer = {{QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("retried"), replayed.value()}};
    }
    Q_EMIT deliveriesChanged();
    reply(socket, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

void WebhookListener::handleReplay(QTcpSocket *socket, const IncomingRequest &request)
{
    if (!authorize(request, socket))
        return;
    if (!m_deliveries) {
        replyError(request, socket, 503, tr("deliveries are not running"));
        return;
    }
    // {"ids": ["…", …]} replays those; {"target": "slack", "since": "2026-11-29T08:00:00Z"}
    // replays every dead delivery of the target that died since then ("since" optional).
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    const QJsonObject body = document.object();
    const QJsonValue ids = body.value(QLatin1String("ids"));
    const QJsonValue target = body.value(QLatin1String("target"));
    const QString usage = tr("send {\"ids\": [\"…\"]} or {\"target\": \"name\", \"since\": "
                             "\"2026-11-29T08:00:00Z\"}");
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || ids.isArray() == target.isString()
        || (target.isString() && target.toString().isEmpty())) {
        replyError(request, socket, 400, usage);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<int> replayed = Result<int>::failure(QString());
    if (ids.isArray()) {
        QStringList list;
        for (const QJsonValue &id : ids.toArray()) {
            if (!id.isString()) {
                replyError(request, socket, 400, usage);
                return;
            }
            list.append(id.toString());
        }
        replayed = m_deliveries->replay(list, now);
    } else {
        QDateTime since;
        const QJsonValue sinceValue = body.value(QLatin1String("since"));
        if (!sinceValue.isUndefined()) {
            since = QDateTime::fromString(sinceValue.toString(), Qt::ISODateWithMs);
            if (!since.isValid()) {
                replyError(request, socket, 400,
                           tr("\"since\" must be an ISO-8601 time such as "
                              "2026-11-29T08:00:00Z"));
                return;
            }
        }
        replayed = m_deliveries->replayTarget(target.toString(), since, now);
    }
    if (!replayed) {
        replyError(request, socket, 503,
                   tr("the replay could not be stored: %1").arg(replayed.error()));
        return;
    }
    Q_EMIT deliveriesChanged();
    reply(socket, 200,
          QJsonDocument(QJsonObject {{QStringLiteral("replayed"), replayed.value()}})
              .toJson(QJsonDocument::Compact));
}

void WebhookListener::handleAckLink(const QString &token, QTcpSocket *socket,
                                    const IncomingRequest &request)
{
    // The head check let only GET and POST through.
    const bool post = request.method() == IncomingRequest::Method::Post;
    // Behind the reverse proxy of packaging/nginx-otbridge.conf every client comes from
    // loopback: there, the address nginx saw (X-Real-IP, which it sets) is the client's.
    QString client = request.remoteAddress().toString();
    if (request.remoteAddress().isLoopback()) {
        const QHostAddress real(
            QString::fromLatin1(headerValue(request.headers(), "x-real-ip").trimmed()));
        if (!real.isNull())
            client = real.toString();
    }
    const AckLinkEndpoint::Answer answer
        = m_ackLinks->handle(post, token, headerValue(request.headers(), "accept-language"), client,
                             QDateTime::currentDateTimeUtc(), m_clock.elapsed());
    if (answer.status >= 400) {
        EventSummary summary;
        summary.receivedAt = QDateTime::currentDateTimeUtc();
        summary.peer = client;
        summary.httpStatus = answer.status;
        summary.state = QStringLiteral("rejected");
        summary.detail = answer.detail;
        summary.rejected = true;
        record(summary);
    } else {
        ++m_answered[answer.status];
    }
    if (answer.acknowledged) {
        qCInfo(lcListener).noquote() << answer.detail;
        Q_EMIT deliveriesChanged();
        Q_EMIT eventAcknowledged(answer.eventId);
    }
    if (m_server)
        m_server->respond(socket, answer.status, answer.headers, answer.html);
}

void WebhookListener::handleHealth(QTcpSocket *socket, const IncomingRequest &request)
{
    if (!authorizeEndpoint(m_healthAccess, request, socket))
        return;
    reply(socket, 200,
          QJsonDocument(healthToJson(m_store->health(), connectionCount(), m_clusterView))
              .toJson(QJsonDocument::Compact));
}

void WebhookListener::handleMetrics(QTcpSocket *socket, const IncomingRequest &request)
{
    if (!authorizeEndpoint(m_metricsAccess, request, socket))
        return;
    // Prometheus text exposition format 0.0.4.
    QByteArray text = "# HELP otbridge_listener_connections Connections open on the webhook "
                      "listener.\n# TYPE otbridge_listener_connections gauge\n"
                      "otbridge_listener_connections "
        + QByteArray::number(connectionCount())
        + "\n# HELP otbridge_listener_pending_replies Webhooks stored or being stored whose "
          "reply waits for the commit.\n# TYPE otbridge_listener_pending_replies gauge\n"
          "otbridge_listener_pending_replies "
        + QByteArray::number(pendingReplies())
        + "\n# HELP otbridge_listener_requests_total Requests answered, accepted or refused, "
          "by HTTP status (API reads not counted).\n"
          "# TYPE otbridge_listener_requests_total counter\n";
    for (auto it = m_answered.cbegin(); it != m_answered.cend(); ++it)
        text += "otbridge_listener_requests_total{code=\"" + QByteArray::number(it.key()) + "\"} "
            + QByteArray::number(it.value()) + '\n';
    text += m_metricsText;
    reply(socket, 200, text, {}, "text/plain; version=0.0.4; charset=utf-8");
}

void WebhookListener::replyError(const IncomingRequest &request, QTcpSocket *socket, int status,
                                 const QString &message, const QString &source,
                                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    EventSummary summary;
    summary.source = source;
    summary.receivedAt = QDateTime::currentDateTimeUtc();
    summary.peer = request.remoteAddress().toString();
    summary.httpStatus = status;
    summary.state = QStringLiteral("rejected");
    summary.detail = message;
    summary.rejected = true;
    // What was refused, for diagnosis in the console (never stored).
    summary.method = request.methodName();
    summary.target = request.target();
    summary.requestHeaders = redactHeaders(request.headers());
    summary.body = request.body().left(EventSummary::maxRejectedBodyBytes);
    summary.bodyTruncated = request.body().size() > EventSummary::maxRejectedBodyBytes;
    record(summary);

    QList<QPair<QByteArray, QByteArray>> headers = extraHeaders;
    if (status == 405)
        headers.append(
            {QByteArray("Allow"), source.isEmpty() ? QByteArray("GET") : QByteArray("POST")});
    reply(socket, status, errorJson(message), headers);
}

void WebhookListener::reply(QTcpSocket *socket, int status, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &contentType)
{
    if (!m_server)
        return;
    HeaderList all;
    all.reserve(headers.size() + 1);
    all.append({QByteArray("Content-Type"), contentType});
    all.append(headers);
    m_server->respond(socket, status, all, body);
}

void WebhookListener::record(const EventSummary &summary)
{
    ++m_answered[summary.httpStatus];
    m_activity.append(summary);
    // A refused request's headers may carry its source's own secret header (an API key's).
    if (!summary.requestHeaders.isEmpty()) {
        if (const SourceConfig *source = findSource(summary.source);
            source && source->auth.kind == SourceAuth::Kind::ApiKey)
            m_activity.last().requestHeaders
                = redactHeaders(summary.requestHeaders, {source->auth.header});
    }
    if (!m_activityTimer.isActive())
        m_activityTimer.start();
}

} // namespace OtBridge
