// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <charconv>
#include <limits>
#include <vector>

Q_LOGGING_CATEGORY(lcHttpClient, "otbridge.http.client")

namespace OtBridge {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr int timeoutCheckMs = 100;

bool isKnownScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QByteArray targetOf(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

bool hasHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse::Failure failureOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return HttpResponse::Failure::Tls;
    case QAbstractSocket::SocketTimeoutError:
        return HttpResponse::Failure::Timeout;
    default:
        return HttpResponse::Failure::Connection;
    }
}

QString closedWords(bool midAnswer)
{
    return midAnswer
        ? HttpClient::tr("the server closed the connection in the middle of its answer")
        : HttpClient::tr("the server closed the connection");
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[key, value] : headers) {
        if (key == lowerCaseName)
            return value;
    }
    return {};
}

struct HttpClient::Pending
{
    HttpRequest request;
    Done done;
    QByteArray wire; // the request as sent
    bool retried = false; // sent again once after a kept-alive connection turned out closed
};

struct HttpClient::Connection
{
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

    Origin *origin = nullptr;
    QTcpSocket *socket = nullptr;
    std::unique_ptr<Pending> pending; // null while idle
    bool connected = false;
    bool answeredBefore = false; // a kept-alive connection: the server may have closed it
    bool broken = false; // dropped: no more callbacks for it
    qint64 deadline = 0; // on the client's clock
    int timeoutMs = 0;
    bool idleDeadline = true; // each byte sent or received moves the deadline on
    qsizetype keepFirstBytes = 0; // HttpRequest's
    QString tlsErrors;

    // The answer being read.
    QByteArray buffer;
    qsizetype pos = 0; // what of buffer is consumed
    Phase phase = Phase::Head;
    qsizetype remaining = 0; // body or chunk bytes still to come
    bool keepAlive = true;
    bool received = false; // any byte of this request's answer
    HttpResponse response;
};

struct HttpClient::Origin
{
    QString key;
    bool tls = false;
    QString host;
    quint16 port = 0;
    QByteArray hostHeader;
    std::deque<std::unique_ptr<Pending>> queue;
    std::vector<std::unique_ptr<Connection>> connections;
};

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_timeoutCheck(new QTimer(this))
{
    m_timeoutCheck->setInterval(timeoutCheckMs);
    connect(m_timeoutCheck, &QTimer::timeout, this, &HttpClient::checkTimeouts);
}

HttpClient::~HttpClient()
{
    for (const auto &origin : std::as_const(m_origins)) {
        for (const auto &connection : origin->connections) {
            connection->broken = true;
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
    }
}

HttpClient::Origin &HttpClient::originFor(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    const int port = url.port(tls ? 443 : 80);
    const QString key = url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':')
        + QString::number(port);
    std::shared_ptr<Origin> &origin = m_origins[key];
    if (!origin) {
        origin = std::make_shared<Origin>();
        origin->key = key;
        origin->tls = tls;
        origin->host = url.host();
        origin->port = quint16(port);
        QString host = url.host(QUrl::FullyEncoded);
        if (host.contains(QLatin1Char(':')))
            host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
        origin->hostHeader = host.toLatin1();
        if (port != (tls ? 443 : 80))
            origin->hostHeader += ':' + QByteArray::number(port);
    }
    return *origin;
}

void HttpClient::send(HttpRequest request, Done done)
{
    auto pending = std::make_unique<Pending>();
    pending->done = std::move(done);
    // The same URL as last time (a target's deliveries, the sandbox's status pushes): its
    // origin and request target are known, without taking the URL apart again.
    const bool sameUrl = m_lastOrigin && request.url == m_lastUrl;
    if (!sameUrl && (!isKnownScheme(request.url.scheme()) || request.url.host().isEmpty())) {
        const QString why = tr("cannot send to '%1': not an http or https URL")
                                .arg(request.url.toString(QUrl::RemoveUserInfo));
        pending->request = std::move(request);
        // Never from inside the caller's call.
        QMetaObject::invokeMethod(
            this,
            [p = std::shared_ptr<Pending>(pending.release()), why]() mutable {
                HttpResponse response;
                response.failure = HttpResponse::Failure::Protocol;
                response.error = why;
                p->done(response);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!sameUrl) {
        m_lastOrigin = &originFor(request.url);
        m_lastTarget = targetOf(request.url);
        m_lastUrl = request.url;
    }
    Origin &origin = *m_lastOrigin;
    QByteArray &wire = pending->wire;
    wire.reserve(256 + request.body.size());
    wire += request.method;
    wire += ' ';
    wire += m_lastTarget;
    wire += " HTTP/1.1\r\nHost: ";
    wire += origin.hostHeader;
    wire += "\r\n";
    for (const auto &[name, value] : std::as_const(request.headers)) {
        wire += name;
        wire += ": ";
        wire += value;
        wire += "\r\n";
    }
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT"
        || request.method == "PATCH") {
        char length[24];
        const std::to_chars_result end
            = std::to_chars(length, length + sizeof length, request.body.size());
        wire += "Content-Length: ";
        wire += QByteArrayView(length, end.ptr - length);
        wire += "\r\n";
    }
    if (!hasHeader(request.headers, "user-agent"))
        wire += "User-Agent: otbridge/" OTBRIDGE_VERSION "\r\n";
    wire += "\r\n";
    wire += request.body;
    pending->request = std::move(request);
    origin.queue.push_back(std::move(pending));
    startNext(origin);
}

void HttpClient::startNext(Origin &origin)
{
    for (const auto &connection : origin.connections) {
        if (origin.queue.empty())
            return;
        if (connection->connected && !connection->pending && !connection->broken) {
            std::unique_ptr<Pending> next = std::move(origin.queue.front());
            origin.queue.pop_front();
            begin(connection.get(), std::move(next));
        }
    }
    while (!origin.queue.empty() && int(origin.connections.size()) < m_maxConnections) {
        open(origin);
        std::unique_ptr<Pending> next = std::move(origin.queue.front());
        origin.queue.pop_front();
        // Written once the connection is up (the socket buffers it until then).
        begin(origin.connections.back().get(), std::move(next));
    }
}

void HttpClient::open(Origin &origin)
{
    auto connection = std::make_unique<Connection>();
    Connection *c = connection.get();
    c->origin = &origin;
    if (origin.tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_ssl);
        socket->setPeerVerifyName(origin.host);
        connect(socket, &QSslSocket::sslErrors, this, [c](const QList<QSslError> &errors) {
            QStringList words;
            for (const QSslError &error : errors)
                words.append(error.errorString());
            c->tlsErrors = words.join(QLatin1String("; "));
        });
        connect(socket, &QSslSocket::encrypted, this, [this, c] {
            c->connected = true;
            startNext(*c->origin);
        });
        c->socket = socket;
    } else {
        c->socket = new QTcpSocket(this);
        connect(c->socket, &QTcpSocket::connected, this, [this, c] {
            c->connected = true;
            startNext(*c->origin);
        });
    }
    // Small requests and answers: Nagle's delay would be pure latency here.
    c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { handleReadyRead(c); });
    connect(c->socket, &QTcpSocket::bytesWritten, this, [c](qint64) {
        if (c->idleDeadline)
            c->deadline = clock().elapsed() + c->timeoutMs;
    });
    connect(c->socket, &QTcpSocket::errorOccurred, this,
            [this, c](QAbstractSocket::SocketError error) {
                QString why = c->socket->errorString();
                if (error == QAbstractSocket::RemoteHostClosedError)
                    why = closedWords(c->received);
                else if (!c->tlsErrors.isEmpty())
                    why = tr("TLS: %1").arg(c->tlsErrors);
                handleClosed(c, why, failureOf(error));
            });
    connect(c->socket, &QTcpSocket::disconnected, this, [this, c] {
        handleClosed(c, closedWords(c->received), HttpResponse::Failure::Connection);
    });
    ++m_connectionsOpened;
    origin.connections.push_back(std::move(connection));
    if (origin.tls)
        static_cast<QSslSocket *>(c->socket)->connectToHostEncrypted(origin.host, origin.port);
    else
        c->socket->connectToHost(origin.host, origin.port);
}

void HttpClient::begin(Connection *connection, std::unique_ptr<Pending> pending)
{
    connection->timeoutMs = qMax(1, pending->request.timeoutMs);
    connection->deadline = clock().elapsed() + connection->timeoutMs;
    connection->idleDeadline = !pending->request.wholeExchangeDeadline;
    connection->keepFirstBytes = pending->request.keepFirstBytes;
    connection->phase = Connection::Phase::Head;
    connection->response = HttpResponse();
    connection->received = false;
    connection->keepAlive = true;
    connection->socket->write(pending->wire);
    connection->pending = std::move(pending);
    armTimeoutCheck();
}

void HttpClient::handleReadyRead(Connection *connection)
{
    if (connection->broken)
        return;
    QByteArray &buffer = connection->buffer;
    const qsizetype available = connection->socket->bytesAvailable();
    if (available <= 0)
        return;
    // Read into the buffer's tail: one copy, no intermediate QByteArray per read.
    const qsizetype old = buffer.size();
    buffer.resize(old + available);
    const qint64 read = connection->socket->read(buffer.data() + old, available);
    buffer.resize(old + qMax<qint64>(0, read));
    if (!connection->pending) {
        // Bytes nobody asked for: the connection cannot be trusted for the next request.
        drop(connection);
        return;
    }
    connection->received = true;
    if (connection->idleDeadline)
        connection->deadline = clock().elapsed() + connection->timeoutMs;
    parse(connection);
}

bool HttpClient::parse(Connection *c)
{
    QByteArray &buffer = c->buffer;
    HttpResponse &response = c->response;
    auto protocolError = [this, c](const QString &why) {
        std::unique_ptr<Pending> pending = std::move(c->pending);
        drop(c);
        fail(std::move(pending), HttpResponse::Failure::Protocol, why);
        return false;
    };
    // Past HttpRequest::keepFirstBytes the answer ends: what was kept is the answer.
    auto cut = [this, c, &response] {
        if (c->keepFirstBytes <= 0 || response.body.size() <= c->keepFirstBytes)
            return false;
        response.body.truncate(c->keepFirstBytes);
        response.truncated = true;
        c->keepAlive = false; // the rest of the answer is still on the way
        complete(c);
        return true;
    };
    const qsizetype limit
        = c->keepFirstBytes > 0 ? std::numeric_limits<qsizetype>::max() : m_maxResponseBytes;
    for (;;) {
        switch (c->phase) {
        case Connection::Phase::Head: {
            const qsizetype end = buffer.indexOf("\r\n\r\n", c->pos);
            if (end < 0) {
                if (buffer.size() - c->pos > maxHeadBytes)
                    return protocolError(
                        tr("the answer's head is larger than %1 bytes").arg(maxHeadBytes));
                return false;
            }
            const QByteArrayView head(buffer.constData() + c->pos, end - c->pos);
            c->pos = end + 4;
            qsizetype lineEnd = head.indexOf("\r\n");
            const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
            if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12)
                return protocolError(tr("not an HTTP/1.x answer: %1")
                                         .arg(QString::fromLatin1(statusLine.first(
                                             qMin<qsizetype>(statusLine.size(), 40)))));
            bool ok = false;
            const int status = statusLine.sliced(9, 3).toInt(&ok);
            if (!ok || status < 100 || status > 999)
                return protocolError(tr("an HTTP answer without a valid status code"));
            const bool http10 = statusLine.at(7) == '0';
            response.status = status;
            response.reason
                = statusLine.size() > 13 ? statusLine.sliced(13).toByteArray() : QByteArray();
            response.headers.clear();
            qsizetype contentLength = -1;
            bool chunked = false;
            bool closeAsked = false;
            bool keepAliveAsked = false;
            while (lineEnd >= 0) {
                const qsizetype start = lineEnd + 2;
                lineEnd = head.indexOf("\r\n", start);
                const QByteArrayView line
                    = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue; // a folded or empty line: nothing we use
                QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
                QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
                if (name == "content-length") {
                    contentLength = value.toLongLong(&ok);
                    if (!ok || contentLength < 0)
                        return protocolError(tr("a Content-Length that is not a number"));
                } else if (name == "transfer-encoding") {
                    chunked = value.toLower().contains("chunked");
                } else if (name == "connection") {
                    const QByteArray lower = value.toLower();
                    closeAsked = lower.contains("close");
                    keepAliveAsked = lower.contains("keep-alive");
                }
                response.headers.append({std::move(name), std::move(value)});
            }
            if (status >= 100 && status < 200)
                continue; // 100 Continue and the like: the real answer follows
            c->keepAlive = http10 ? keepAliveAsked : !closeAsked;
            if (c->pending->request.method == "HEAD" || status == 204 || status == 304) {
                c->remaining = 0;
                c->phase = Connection::Phase::Body;
            } else if (chunked) {
                c->phase = Connection::Phase::ChunkSize;
            } else if (contentLength >= 0) {
                if (contentLength > limit)
                    return protocolError(
                        tr("the answer is larger than %1 bytes").arg(m_maxResponseBytes));
                c->remaining = contentLength;
                c->phase = Connection::Phase::Body;
            } else {
                c->keepAlive = false;
                c->phase = Connection::Phase::UntilClose;
            }
            break;
        }
        case Connection::Phase::Body: {
            const qsizetype take = qMin(c->remaining, buffer.size() - c->pos);
            response.body.append(buffer.constData() + c->pos, take);
            c->pos += take;
            c->remaining -= take;
            if (cut())
                return true;
            if (c->remaining > 0)
                return false;
            complete(c);
            return true;
        }
        case Connection::Phase::ChunkSize: {
            const qsizetype end = buffer.indexOf("\r\n", c->pos);
            if (end < 0)
                return false;
            QByteArrayView line(buffer.constData() + c->pos, end - c->pos);
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon);
            bool ok = false;
            const qlonglong size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return protocolError(tr("a malformed chunk size"));
            c->pos = end + 2;
            if (response.body.size() + size > limit)
                return protocolError(
                    tr("the answer is larger than %1 bytes").arg(m_maxResponseBytes));
            c->remaining = size;
            c->phase = size == 0 ? Connection::Phase::Trailers : Connection::Phase::ChunkData;
            break;
        }
        case Connection::Phase::ChunkData: {
            const qsizetype take = qMin(c->remaining, buffer.size() - c->pos);
            response.body.append(buffer.constData() + c->pos, take);
            c->pos += take;
            c->remaining -= take;
            if (cut())
                return true;
            if (c->remaining > 0)
                return false;
            c->phase = Connection::Phase::ChunkEnd;
            break;
        }
        case Connection::Phase::ChunkEnd:
            if (buffer.size() - c->pos < 2)
                return false;
            if (buffer.at(c->pos) != '\r' || buffer.at(c->pos + 1) != '\n')
                return protocolError(tr("a chunk not followed by CRLF"));
            c->pos += 2;
            c->phase = Connection::Phase::ChunkSize;
            break;
        case Connection::Phase::Trailers: {
            if (buffer.size() - c->pos < 2)
                return false;
            if (buffer.at(c->pos) == '\r' && buffer.at(c->pos + 1) == '\n') {
                c->pos += 2;
            } else {
                const qsizetype end = buffer.indexOf("\r\n\r\n", c->pos);
                if (end < 0)
                    return false;
                c->pos = end + 4;
            }
            complete(c);
            return true;
        }
        case Connection::Phase::UntilClose:
            if (response.body.size() + buffer.size() - c->pos > limit)
                return protocolError(
                    tr("the answer is larger than %1 bytes").arg(m_maxResponseBytes));
            response.body.append(buffer.constData() + c->pos, buffer.size() - c->pos);
            c->pos = buffer.size();
            if (cut())
                return true;
            return false; // complete when the server closes
        }
    }
}

void HttpClient::complete(Connection *c)
{
    std::unique_ptr<Pending> pending = std::move(c->pending);
    HttpResponse response = std::exchange(c->response, {});
    const bool extra = c->pos < c->buffer.size();
    c->buffer.clear();
    c->pos = 0;
    c->phase = Connection::Phase::Head;
    Origin &origin = *c->origin;
    if (!c->keepAlive || extra) {
        drop(c); // bytes after the answer: nothing we asked for
    } else {
        c->answeredBefore = true;
        if (!origin.queue.empty()) {
            std::unique_ptr<Pending> next = std::move(origin.queue.front());
            origin.queue.pop_front();
            begin(c, std::move(next));
        }
    }
    startNext(origin);
    finish(std::move(pending), std::move(response)); // last: the callback may send again
}

void HttpClient::handleClosed(Connection *c, const QString &why, HttpResponse::Failure failure)
{
    if (c->broken)
        return;
    std::unique_ptr<Pending> pending = std::move(c->pending);
    Origin &origin = *c->origin;
    if (pending && c->phase == Connection::Phase::UntilClose) {
        // The answer was as long as the connection: it is complete now.
        drop(c);
        HttpResponse response = std::exchange(c->response, {});
        startNext(origin);
        finish(std::move(pending), std::move(response));
        return;
    }
    const bool resend = pending && c->answeredBefore && !c->received && !pending->retried;
    drop(c);
    if (resend) {
        // A kept-alive connection the server closed just as the request went out (its idle
        // timeout): nothing came back, so the server did not act on it. Sent once more, on a
        // new connection, as browsers and QNetworkAccessManager do.
        pending->retried = true;
        origin.queue.push_front(std::move(pending));
    }
    startNext(origin);
    if (pending)
        fail(std::move(pending), failure, why);
}

void HttpClient::drop(Connection *c)
{
    if (c->broken)
        return;
    c->broken = true;
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    auto &connections = c->origin->connections;
    for (auto it = connections.begin(); it != connections.end(); ++it) {
        if (it->get() == c) {
            // The Connection itself goes once the event loop is back: a caller up the stack
            // may still hold c.
            QMetaObject::invokeMethod(
                this, [owned = std::shared_ptr<Connection>(it->release())] {},
                Qt::QueuedConnection);
            connections.erase(it);
            break;
        }
    }
}

void HttpClient::fail(std::unique_ptr<Pending> pending, HttpResponse::Failure failure,
                      const QString &why)
{
    HttpResponse response;
    response.failure = failure;
    response.error = why;
    finish(std::move(pending), std::move(response));
}

void HttpClient::finish(std::unique_ptr<Pending> pending, HttpResponse response)
{
    if (pending && pending->done)
        pending->done(response);
}

void HttpClient::abortAll()
{
    std::vector<std::unique_ptr<Pending>> ended;
    for (const auto &origin : std::as_const(m_origins)) {
        while (!origin->queue.empty()) {
            ended.push_back(std::move(origin->queue.front()));
            origin->queue.pop_front();
        }
        while (!origin->connections.empty()) {
            Connection *c = origin->connections.back().get();
            if (c->pending)
                ended.push_back(std::move(c->pending));
            drop(c);
        }
    }
    m_timeoutCheck->stop();
    for (auto &pending : ended)
        fail(std::move(pending), HttpResponse::Failure::Aborted, tr("aborted"));
}

void HttpClient::closeIdleConnections()
{
    for (const auto &origin : std::as_const(m_origins)) {
        std::vector<Connection *> idle;
        for (const auto &c : origin->connections) {
            if (!c->pending)
                idle.push_back(c.get());
        }
        for (Connection *c : idle)
            drop(c);
    }
}

int HttpClient::connectionCount() const
{
    int count = 0;
    for (const auto &origin : m_origins)
        count += int(origin->connections.size());
    return count;
}

void HttpClient::armTimeoutCheck()
{
    if (!m_timeoutCheck->isActive())
        m_timeoutCheck->start();
}

void HttpClient::checkTimeouts()
{
    const qint64 now = clock().elapsed();
    bool busy = false;
    std::vector<std::pair<std::unique_ptr<Pending>, int>> late;
    for (const auto &origin : std::as_const(m_origins)) {
        std::vector<Connection *> expired;
        for (const auto &c : origin->connections) {
            if (!c->pending)
                continue;
            if (now >= c->deadline)
                expired.push_back(c.get());
            else
                busy = true;
        }
        for (Connection *c : expired) {
            late.emplace_back(std::move(c->pending), c->timeoutMs);
            drop(c);
        }
        if (!expired.empty())
            startNext(*origin);
        if (!origin->queue.empty() || !expired.empty())
            busy = true;
    }
    if (!busy)
        m_timeoutCheck->stop();
    // Last: a callback may send again (and add an origin to the hash walked above).
    for (auto &[pending, timeoutMs] : late) {
        fail(std::move(pending), HttpResponse::Failure::Timeout,
             tr("no answer within %1 ms").arg(timeoutMs));
    }
}

} // namespace OtBridge
