// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include "headerredaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcGuard, "otbridge.listener.guard")

namespace OtBridge {

namespace {

constexpr int sweepIntervalMs = 100;
constexpr char handshakeDone[] = "otbridgeHandshakeDone";
// After accept() failed for want of descriptors (or a connection aborted in the backlog): try
// again this much later instead of spinning on a listening socket that stays readable.
constexpr int acceptRetryMs = 100;

// RFC 9110, section 15 (and RFC 6585 for 428, 429, 431 and 511).
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 424:
        return "Failed Dependency";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 451:
        return "Unavailable For Legal Reasons";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 506:
        return "Variant Also Negotiates";
    case 507:
        return "Insufficient Storage";
    case 508:
        return "Loop Detected";
    case 510:
        return "Not Extended";
    case 511:
        return "Network Authentication Required";
    default:
        return status < 400 ? "Status" : "Error";
    }
}

// A whole reply: status line, headers, Content-Length (but for 204 and 304), the Connection
// header when there is one to say, and the body unless it is a HEAD request's.
QByteArray replyBytes(int status, const HeaderList &headers, QByteArrayView body,
                      QByteArrayView connection, bool sendBody)
{
    const bool bodyAllowed = status != 204 && status != 304;
    QByteArray response;
    response.reserve(96 + body.size() + 48 * headers.size());
    response += "HTTP/1.1 ";
    response += QByteArray::number(status);
    response += ' ';
    response += reasonPhrase(status);
    response += "\r\n";
    for (const auto &[name, value] : headers) {
        response += name;
        response += ": ";
        response += value;
        response += "\r\n";
    }
    if (bodyAllowed) {
        response += "Content-Length: ";
        response += QByteArray::number(body.size());
        response += "\r\n";
    }
    if (!connection.isEmpty()) {
        response += "Connection: ";
        response += connection;
        response += "\r\n";
    }
    response += "\r\n";
    if (bodyAllowed && sendBody)
        response += body;
    return response;
}

// sendBody: false when the request refused is a HEAD (RFC 9110, section 9.3.2).
QByteArray errorResponse(const Rejection &rejection, bool sendBody = true)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("error"), rejection.message}})
              .toJson(QJsonDocument::Compact);
    HeaderList headers {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    headers += rejection.headers;
    return replyBytes(rejection.status, headers, body, "close", sendBody);
}

QString sourceFromPath(const QByteArray &path)
{
    static const QByteArray prefix = "/hooks/";
    if (!path.startsWith(prefix))
        return {};
    return QString::fromUtf8(QByteArray::fromPercentEncoding(path.mid(prefix.size())));
}

} // namespace

GuardedTcpServer::GuardedTcpServer(const ListenerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_sweep(this)
{
    m_clock.start();
    m_sweep.setInterval(sweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweepDeadlines);
    // QTcpServer pauses accepting for good after any accept() error but EAGAIN: one EMFILE
    // or ECONNABORTED would silence the listener forever.
    connect(this, &QTcpServer::acceptError, this, &GuardedTcpServer::handleAcceptError);
}

void GuardedTcpServer::handleAcceptError(QAbstractSocket::SocketError error)
{
    qCWarning(lcGuard).noquote() << "accepting a connection failed (" << error << errorString()
                                 << "); accepting again in" << acceptRetryMs << "ms";
    QTimer::singleShot(acceptRetryMs, this, [this] {
        if (!m_closing)
            resumeAccepting();
    });
}

void GuardedTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

GuardedTcpServer::~GuardedTcpServer()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void GuardedTcpServer::setHeadCheck(HeadCheck check)
{
    m_headCheck = std::move(check);
}

void GuardedTcpServer::setRequestHandler(RequestHandler handler)
{
    m_handler = std::move(handler);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tlsConfiguration);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        qCWarning(lcGuard) << "cannot take a connection:" << socket->errorString();
        delete socket;
        return;
    }
    const QString peer = socket->peerAddress().toString();
    if (m_connections.size() >= m_limits.maxConnections) {
        refuse(socket, peer,
               tr("the listener has reached its limit of %1 connections")
                   .arg(m_limits.maxConnections));
        return;
    }
    int &fromPeer = m_perPeer[peer];
    if (fromPeer >= m_limits.maxConnectionsPerPeer) {
        refuse(socket, peer,
               tr("too many connections from %1 (limit %2)")
                   .arg(peer)
                   .arg(m_limits.maxConnectionsPerPeer));
        return;
    }
    ++fromPeer;

    Connection connection;
    connection.socket = socket;
    connection.peer = peer;
    connection.deadline = m_clock.elapsed() + m_limits.requestTimeoutMs;
    m_connections.insert(socket, connection);

    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
    // Every way a connection ends (close, reset, abort) passes through UnconnectedState, while a
    // reset can skip disconnected(): this is where its per-peer slot frees up.
    connect(socket, &QAbstractSocket::stateChanged, this,
            [this, socket](QAbstractSocket::SocketState state) {
                if (state != QAbstractSocket::UnconnectedState)
                    return;
                forget(socket);
                socket->deleteLater();
            });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        // The handshake runs on the event loop like any read, and the connection's deadline
        // covers it: a client that never finishes it is dropped like one that never sends a
        // head. A failed handshake (plain HTTP on this port, an old protocol) just ends it.
        connect(ssl, &QSslSocket::encrypted, ssl, [ssl] { ssl->setProperty(handshakeDone, true); });
        connect(ssl, &QAbstractSocket::errorOccurred, this, [ssl](QAbstractSocket::SocketError) {
            if (ssl->property(handshakeDone).toBool())
                return; // how a TLS connection usually ends: the guard sees that anyway
            qCDebug(lcGuard).noquote() << "TLS handshake with" << ssl->peerAddress().toString()
                                       << "failed:" << ssl->errorString();
            ssl->abort();
        });
        ssl->startServerEncryption();
    }
    // Not addPendingConnection(): the guard serves the connection itself, and QTcpServer would
    // stop accepting once maxPendingConnections() sockets sat in its list untaken.
    if (!m_sweep.isActive())
        m_sweep.start();
}

void GuardedTcpServer::refuse(QTcpSocket *socket, const QString &peer, const QString &reason)
{
    Rejection rejection {503, reason, {{"Retry-After", "1"}}};
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        // Written once the handshake is done; if it never is, the abort below ends it.
        connect(ssl, &QAbstractSocket::errorOccurred, ssl, &QAbstractSocket::abort);
        ssl->startServerEncryption();
    }
    socket->write(errorResponse(rejection));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    // A peer that never reads must not keep the descriptor.
    QTimer::singleShot(m_limits.lingerMs, socket, [socket] { socket->abort(); });

    EventSummary summary;
    summary.receivedAt = QDateTime::currentDateTimeUtc();
    summary.peer = peer;
    summary.httpStatus = 503;
    summary.state = QStringLiteral("rejected");
    summary.detail = reason;
    summary.rejected = true;
    Q_EMIT requestRejected(summary);
}

void GuardedTcpServer::holdBytes(Connection &connection, qint64 bytes)
{
    connection.buffered += bytes;
    m_buffered += bytes;
}

void GuardedTcpServer::releaseBytes(Connection &connection)
{
    m_buffered -= connection.buffered;
    connection.buffered = 0;
}

void GuardedTcpServer::forget(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    releaseBytes(*it);
    auto peer = m_perPeer.find(it->peer);
    if (peer != m_perPeer.end() && --*peer <= 0)
        m_perPeer.erase(peer);
    m_connections.erase(it);
    if (m_connections.isEmpty())
        m_sweep.stop();
}

void GuardedTcpServer::handleReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    switch (connection.phase) {
    case Phase::Lingering:
        connection.bodySeen += socket->skip(socket->bytesAvailable());
        if (connection.bodySeen > m_limits.lingerMaxBytes)
            socket->abort(); // the reply went out long ago; stop paying for the client's bytes
        return;
    case Phase::Dispatched: {
        // The next request came before our reply to this one: leave it in the buffer until the
        // reply is written, so replies go out in order.
        if (!socket->isTransactionStarted())
            socket->startTransaction();
        const qint64 skipped = socket->skip(socket->bytesAvailable());
        connection.bodySeen += skipped;
        holdBytes(connection, skipped); // skipped inside a transaction: still in memory
        if (connection.bodySeen > m_limits.maxHeaderBytes + m_limits.maxBodyBytes)
            reject(socket, {413, tr("too much data sent ahead of the previous reply"), {}});
        return;
    }
    case Phase::AwaitingHead:
    case Phase::ReadingBody:
        process(connection);
        return;
    }
}

void GuardedTcpServer::process(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    if (!socket->isTransactionStarted())
        socket->startTransaction();
    const QByteArray data = socket->readAll();
    if (data.isEmpty())
        return;
    holdBytes(connection, data.size());
    if (m_buffered > m_limits.maxBufferedBytes) {
        reject(socket,
               {503,
                tr("the listener holds %1 bytes of unfinished requests, its limit; try again "
                   "shortly")
                    .arg(m_limits.maxBufferedBytes),
                {{"Retry-After", "1"}}});
        return;
    }
    if (!connection.requestStarted) {
        connection.requestStarted = true;
        connection.deadline = m_clock.elapsed() + m_limits.requestTimeoutMs;
    }

    QByteArrayView rest(data);
    if (connection.phase == Phase::AwaitingHead) {
        const qsizetype before = connection.head.size();
        if (connection.head.isEmpty())
            connection.head = data; // shares, no copy: the usual case, a head in one read
        else
            connection.head.append(data);
        const HeadParse parse = parseRequestHead(connection.head, m_limits.maxHeaderBytes);
        switch (parse.status) {
        case HeadParse::Incomplete:
            return;
        case HeadParse::TooLarge:
            reject(socket,
                   {431,
                    tr("request header fields exceed %1 bytes").arg(m_limits.maxHeaderBytes),
                    {}});
            return;
        case HeadParse::Malformed:
            reject(socket, {400, parse.error, {}});
            return;
        case HeadParse::Complete:
            break;
        }
        connection.parsed = parse.head;
        const RequestHead &head = connection.parsed;
        // What of the body came with the head: kept with a refusal, for diagnosis.
        const QByteArrayView bodyStart = rest.sliced(std::min<qsizetype>(
            rest.size(), std::max<qsizetype>(0, qsizetype(head.size) - before)));
        if (head.contentLength > m_limits.maxBodyBytes) {
            reject(socket,
                   {413,
                    tr("request body of %1 bytes exceeds the limit of %2 bytes")
                        .arg(head.contentLength)
                        .arg(m_limits.maxBodyBytes),
                    {}},
                   bodyStart);
            return;
        }
        if (m_headCheck) {
            if (std::optional<Rejection> rejection = m_headCheck(head)) {
                reject(socket, *rejection, bodyStart);
                return;
            }
        }
        // HTTP/1.0 knows no interim replies (RFC 9110, section 15.2).
        if (head.expectContinue && head.minorVersion >= 1
            && (head.chunked || head.contentLength > 0))
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        rest = rest.sliced(head.size - before);
        connection.head.clear();
        connection.phase = Phase::ReadingBody;
        connection.bodySeen = 0;
        connection.chunks = ChunkedBodyScanner();
    }

    const RequestHead &head = connection.parsed;
    bool complete = false;
    if (head.chunked) {
        qsizetype consumed = 0;
        const auto status = connection.chunks.feed(rest, &consumed);
        if (status == ChunkedBodyScanner::Malformed) {
            reject(socket, {400, tr("malformed chunked request body"), {}});
            return;
        }
        connection.bodySeen += consumed;
        if (connection.chunks.payloadBytes() > m_limits.maxBodyBytes) {
            reject(socket,
                   {413,
                    tr("request body exceeds the limit of %1 bytes").arg(m_limits.maxBodyBytes),
                    {}});
            return;
        }
        complete = status == ChunkedBodyScanner::Done;
    } else {
        connection.bodySeen += rest.size();
        complete = connection.bodySeen >= qMax<qint64>(0, head.contentLength);
    }
    if (complete)
        dispatch(connection);
}

void GuardedTcpServer::dispatch(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    const RequestHead &head = connection.parsed;
    connection.phase = Phase::Dispatched;
    connection.deadline = 0;
    connection.requestStarted = false;
    // The handler's now: the guard's count of held bytes ends.
    releaseBytes(connection);
    // Unread the request and read exactly it out; what follows (a pipelined request) stays in
    // the buffer for after the reply.
    socket->rollbackTransaction();
    socket->skip(head.size);
    // bodySeen counts every byte that came after the head, a pipelined request's too; a chunked
    // body's count stops where the body does.
    QByteArray raw
        = socket->read(head.chunked ? connection.bodySeen : qMax<qint64>(0, head.contentLength));
    QByteArray body;
    if (head.chunked) {
        ChunkedBodyScanner decoder;
        decoder.setPayloadSink(&body);
        body.reserve(connection.chunks.payloadBytes());
        qsizetype consumed = 0;
        decoder.feed(raw, &consumed); // scanned already on the way in: Done
    } else {
        body = std::move(raw);
    }
    connection.bodySeen = 0;
    if (!m_handler) {
        respond(socket, 404, {}, {});
        return;
    }
    // A copy of the head: the handler may close the connection, which forgets it.
    m_handler(IncomingRequest(head, std::move(body), socket->peerAddress()), socket);
}

void GuardedTcpServer::respond(QTcpSocket *socket, int status, const HeaderList &headers,
                               QByteArrayView body)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->phase != Phase::Dispatched)
        return;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    Q_ASSERT(status >= 200); // a final reply; the guard itself writes 100 Continue
    const RequestHead &head = it->parsed;
    QByteArrayView connection;
    if (!head.keepAlive || m_closing)
        connection = "close";
    else if (head.minorVersion == 0)
        connection = "keep-alive"; // or an HTTP/1.0 client closes after it
    const QByteArray response
        = replyBytes(status, headers, body, connection, head.method != "HEAD");
    socket->write(response);
    markResponded(*it);
}

void GuardedTcpServer::markResponded(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    connection.phase = Phase::AwaitingHead;
    const bool keepAlive = connection.parsed.keepAlive;
    connection.parsed = RequestHead(); // the next request's head is not parsed yet
    connection.bodySeen = 0;
    connection.deadline = m_clock.elapsed() + m_limits.idleTimeoutMs;
    releaseBytes(connection); // held back during the reply; process() counts them again
    if (socket->isTransactionStarted())
        socket->rollbackTransaction(); // bytes held back during the reply are ours again
    if (!keepAlive || m_closing) {
        socket->disconnectFromHost();
        return;
    }
    if (socket->bytesAvailable() > 0) {
        // Not from here: we may be inside the handler of the previous request.
        QMetaObject::invokeMethod(
            this,
            [this, guard = QPointer<QTcpSocket>(socket)] {
                if (guard)
                    handleReadyRead(guard);
            },
            Qt::QueuedConnection);
    }
}

void GuardedTcpServer::reject(QTcpSocket *socket, const Rejection &rejection,
                              QByteArrayView bodyStart)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    Q_EMIT requestRejected(summaryFor(connection, rejection.status, rejection.message, bodyStart));
    // The head of the request refused, once it was parsed (markResponded() clears the last).
    const bool sendBody = connection.parsed.method != "HEAD";
    startLinger(connection);
    socket->write(errorResponse(rejection, sendBody));
}

void GuardedTcpServer::startLinger(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    connection.phase = Phase::Lingering;
    connection.deadline = m_clock.elapsed() + m_limits.lingerMs;
    connection.head.clear();
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    releaseBytes(connection);
    connection.bodySeen = 0; // from here on: bytes drained

    // Closing with unread input makes the kernel send RST, which can destroy the reply before
    // the client reads it. So: finish writing, shut down our side, and drain until the client
    // closes or the linger time is up (what nginx calls lingering close).
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    const auto shutdownWhenFlushed = [socket, ssl] {
        // A TLS socket's bytesToWrite() counts only plain bytes not yet encrypted; the
        // encrypted ones wait in encryptedBytesToWrite().
        if (socket->bytesToWrite() == 0 && (!ssl || ssl->encryptedBytesToWrite() == 0)
            && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, shutdownWhenFlushed);
    if (ssl)
        connect(ssl, &QSslSocket::encryptedBytesWritten, socket, shutdownWhenFlushed);
    QMetaObject::invokeMethod(socket, shutdownWhenFlushed, Qt::QueuedConnection);
}

void GuardedTcpServer::closeIdleConnections()
{
    m_closing = true;
    pauseAccepting();
    close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        auto it = m_connections.find(socket);
        if (it != m_connections.end() && it->phase != Phase::Dispatched)
            socket->disconnectFromHost();
    }
}

void GuardedTcpServer::sweepDeadlines()
{
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket *> expired;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->deadline > 0 && now >= it->deadline)
            expired.append(it.key());
    }
    for (QTcpSocket *socket : std::as_const(expired)) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            continue;
        switch (it->phase) {
        case Phase::Lingering:
            socket->abort();
            break;
        case Phase::AwaitingHead:
            if (!it->requestStarted) {
                it->deadline = 0;
                auto *ssl = qobject_cast<QSslSocket *>(socket);
                if (ssl && !ssl->isEncrypted())
                    socket->abort(); // a handshake that never finished: nothing to say it over
                else
                    socket->disconnectFromHost(); // idle: nothing to say
                break;
            }
            Q_FALLTHROUGH();
        case Phase::ReadingBody:
            reject(
                socket,
                {408, tr("request not complete within %1 ms").arg(m_limits.requestTimeoutMs), {}});
            break;
        case Phase::Dispatched:
            break;
        }
    }
}

EventSummary GuardedTcpServer::summaryFor(const Connection &connection, int status,
                                          const QString &reason, QByteArrayView bodyStart) const
{
    EventSummary summary;
    summary.receivedAt = QDateTime::currentDateTimeUtc();
    summary.peer = connection.peer;
    summary.httpStatus = status;
    summary.state = QStringLiteral("rejected");
    summary.detail = reason;
    summary.rejected = true;
    const RequestHead head = connection.phase == Phase::AwaitingHead
        ? parseRequestHead(connection.head, m_limits.maxHeaderBytes).head
        : connection.parsed;
    summary.source = sourceFromPath(head.path);
    summary.method = head.method;
    summary.target = head.target;
    // The source's own secret header (an API key's) is redacted again by the listener.
    summary.requestHeaders = redactHeaders(head.headers);
    summary.body = bodyStart.first(std::min(bodyStart.size(), EventSummary::maxRejectedBodyBytes))
                       .toByteArray();
    summary.bodyTruncated = bodyStart.size() > EventSummary::maxRejectedBodyBytes || head.chunked
        || head.contentLength > summary.body.size();
    return summary;
}

} // namespace OtBridge
