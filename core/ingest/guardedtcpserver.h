// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "incomingrequest.h"
#include "listenerlimits.h"
#include "requesthead.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace OtBridge {

// An answer the guard gives instead of passing a request on.
struct Rejection
{
    int status = 400;
    QString message; // the "error" of the JSON body, for people
    HeaderList headers;
};

// The HTTP/1.1 server of the listener and the sandbox. It accepts connections, caps them per
// peer and in total, and watches every request's bytes as they arrive: header and body limits,
// read deadlines, and an early look at the head. Only a request that is complete and allowed
// reaches the handler, as an IncomingRequest made from the head parsed on the way; the handler
// answers it with respond(), at once or later (a webhook waits for its commit).
//
// How it holds bytes: a connection's reads run inside a QIODevice transaction, so what was read
// stays in the socket's buffer until the request is complete; then the guard rolls back and
// reads that one request out. Bytes of a next request that come before the reply (pipelining)
// stay in the buffer until respond(), so replies keep order.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    // Looks at a complete head before the body is read; a rejection is answered at once.
    using HeadCheck = std::function<std::optional<Rejection>(const RequestHead &head)>;
    // Takes a complete, allowed request; answers it with respond() on the same socket.
    using RequestHandler = std::function<void(const IncomingRequest &request, QTcpSocket *socket)>;

    explicit GuardedTcpServer(const ListenerLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    void setHeadCheck(HeadCheck check);
    void setRequestHandler(RequestHandler handler);
    // From now on, new connections speak TLS with this configuration (certificate and key);
    // connections already open keep the one they started with.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }
    const ListenerLimits &limits() const { return m_limits; }

    // Answers the request the handler was given on this socket with a final reply (status 200
    // and up), in one write: the status line, headers, Content-Length (but for 204 and 304) and
    // the body (none to a HEAD request). headers name no framing (Content-Length, Connection).
    // Then the connection's next request is read, or the connection closes when the request
    // asked for that. Does nothing when the socket is gone or was answered already.
    void respond(QTcpSocket *socket, int status, const HeaderList &headers, QByteArrayView body);
    // Writes a complete reply of the guard's own and closes the connection gracefully.
    // bodyStart: the body bytes that had arrived, kept (up to 64 KiB) for the console.
    void reject(QTcpSocket *socket, const Rejection &rejection, QByteArrayView bodyStart = {});

    int connectionCount() const { return int(m_connections.size()); }
    // Stops accepting and closes connections that have no request in flight.
    void closeIdleConnections();

Q_SIGNALS:
    // A request refused by the guard itself, for the console.
    void requestRejected(const OtBridge::EventSummary &summary);

protected:
    void incomingConnection(qintptr handle) override;

private:
    enum class Phase {
        AwaitingHead, // reading a head; nothing handed on yet
        ReadingBody, // head allowed; counting body bytes
        Dispatched, // the handler has it; waiting for respond()
        Lingering, // replied with an error; draining, then closing
    };
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QString peer;
        Phase phase = Phase::AwaitingHead;
        QByteArray head; // bytes of the current head, until it is parsed
        RequestHead parsed;
        qint64 bodySeen = 0; // bytes after the head (a chunked body's: up to its end)
        qint64 buffered = 0; // bytes of this connection held in its socket's transaction
        ChunkedBodyScanner chunks;
        qint64 deadline = 0; // ms on m_clock; 0: none
        bool requestStarted = false;
    };

    void handleReadyRead(QTcpSocket *socket);
    void process(Connection &connection);
    void dispatch(Connection &connection);
    void markResponded(Connection &connection);
    void startLinger(Connection &connection);
    void forget(QTcpSocket *socket);
    void holdBytes(Connection &connection, qint64 bytes);
    void releaseBytes(Connection &connection);
    void sweepDeadlines();
    void refuse(QTcpSocket *socket, const QString &peer, const QString &reason);
    void handleAcceptError(QAbstractSocket::SocketError error);
    EventSummary summaryFor(const Connection &connection, int status, const QString &reason,
                            QByteArrayView bodyStart = {}) const;

    ListenerLimits m_limits;
    HeadCheck m_headCheck;
    RequestHandler m_handler;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    bool m_closing = false; // shutting down: answer what was read, take no new request
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, int> m_perPeer;
    qint64 m_buffered = 0; // sum of every connection's buffered
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

} // namespace OtBridge
