// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <utility>

class QTimer;

namespace OtBridge {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url; // http or https; user info is not sent
    HttpHeaders headers; // Host and Content-Length are added
    QByteArray body;
    // No byte sent or received for this long ends the request (as QNetworkRequest's transfer
    // timeout does): a slow answer that keeps coming is not cut off.
    int timeoutMs = 30000;
    // true: timeoutMs bounds the whole exchange from the moment the request is on a
    // connection, however the answer trickles in (a webhook target's deadline).
    bool wholeExchangeDeadline = false;
    // > 0: only the first this many bytes of the body are kept; a longer answer ends there
    // (HttpResponse::truncated, the connection closed) instead of failing as too large.
    qsizetype keepFirstBytes = 0;
};

struct HttpResponse
{
    enum class Failure {
        None, // an HTTP answer came: status holds it
        Timeout,
        Connection, // refused, reset, closed before an answer, host not found
        Tls, // the handshake failed (certificate, protocol)
        Protocol, // not HTTP/1.x, a malformed head or chunk, an answer over the size limit
        Aborted, // abortAll()
    };

    int status = 0; // 0 when no answer came
    QByteArray reason;
    HttpHeaders headers; // names in lower case, in the order received
    QByteArray body;
    bool truncated = false; // more came than HttpRequest::keepFirstBytes
    Failure failure = Failure::None;
    QString error; // in words when failure != None

    QByteArray header(QByteArrayView lowerCaseName) const;
};

// An HTTP/1.1 client for the hot paths (the OpenText submits and status queries, calls to HTTP
// targets, the sandbox's status pushes): keep-alive connections per origin, requests in the order
// sent, no thread of its own. QNetworkAccessManager runs every request through its own thread with
// a reply object, signal connections and a timer each: measured, that was a fifth of the CPU time
// of a delivered message (tests/bench/README.md). This client costs one parse of the answer.
//
// Not handled, on purpose: redirects (every answer is judged by the caller; a redirect to
// elsewhere would carry credentials), compression, HTTP/2, proxies. Single-threaded: use it
// from the thread it lives in. Every outcome arrives from the event loop, never from inside
// send().
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Done = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override; // requests under way end without their callback

    // Connections per origin (scheme, host, port); requests beyond wait their turn.
    void setMaxConnectionsPerOrigin(int count) { m_maxConnections = qMax(1, count); }
    // For https; the default verifies the peer against the system's CAs.
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    // Answers larger than this fail as Protocol errors.
    void setMaxResponseBytes(qsizetype bytes) { m_maxResponseBytes = bytes; }

    // Sends the request; done is called once, on this object's thread.
    void send(HttpRequest request, Done done);
    // Ends every request under way or waiting with Failure::Aborted, and closes connections.
    void abortAll();
    // Closes idle connections (a new configuration, a new token): the next request connects.
    void closeIdleConnections();

    // For tests and the benchmarks' figures.
    int connectionCount() const;
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    struct Pending;
    struct Connection;
    struct Origin;

    Origin &originFor(const QUrl &url);
    void startNext(Origin &origin);
    void open(Origin &origin);
    void begin(Connection *connection, std::unique_ptr<Pending> pending);
    void handleReadyRead(Connection *connection);
    void handleClosed(Connection *connection, const QString &why, HttpResponse::Failure failure);
    // false: the answer is not complete yet; an error ends the connection.
    bool parse(Connection *connection);
    void complete(Connection *connection);
    void fail(std::unique_ptr<Pending> pending, HttpResponse::Failure failure, const QString &why);
    void finish(std::unique_ptr<Pending> pending, HttpResponse response);
    void drop(Connection *connection);
    void checkTimeouts();
    void armTimeoutCheck();

    QHash<QString, std::shared_ptr<Origin>> m_origins; // never removed: see m_lastOrigin
    // The URL of the last request sent, its origin and its request target (path and query).
    QUrl m_lastUrl;
    Origin *m_lastOrigin = nullptr;
    QByteArray m_lastTarget;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    int m_maxConnections = 6;
    qsizetype m_maxResponseBytes = 16 * 1024 * 1024;
    int m_connectionsOpened = 0;
    // One coarse timer for every deadline: a timer per request was measured as a cost of its
    // own (each start and stop walks the thread's timer list).
    QTimer *m_timeoutCheck;
};

} // namespace OtBridge
