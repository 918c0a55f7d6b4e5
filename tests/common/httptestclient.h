// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

// A deliberately small HTTP/1.1 client over a real loopback socket, so tests can send exactly
// the bytes they mean (half a head, a lying Content-Length) and see exactly what comes back.
// It blocks, so the server under test must run on another thread or in another process.
namespace TestHttp {

struct Response
{
    int status = 0; // 0: no complete response
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closed = false; // the server closed the connection

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One HTTP message from the front of buffer (a request or a response): its first line, its
// headers and its body. Returns the bytes it takes, 0 while it is incomplete.
inline qsizetype parseMessage(const QByteArray &buffer, QList<QByteArray> *firstLine,
                              QList<QPair<QByteArray, QByteArray>> *headers, QByteArray *body)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    *firstLine = lines.first().trimmed().split(' ');
    headers->clear();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        headers->append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return 0;
    *body = buffer.mid(headEnd + 4, length);
    return headEnd + 4 + length;
}

// Parses one response from the front of buffer; returns the bytes it used, 0 if incomplete.
inline qsizetype parseResponse(const QByteArray &buffer, Response &response)
{
    Response parsed;
    QList<QByteArray> statusLine;
    const qsizetype used = parseMessage(buffer, &statusLine, &parsed.headers, &parsed.body);
    if (used == 0)
        return 0;
    parsed.status = statusLine.value(1).toInt();
    response = parsed;
    if (parsed.status == 100) // interim, no body: skip just its head
        return buffer.indexOf("\r\n\r\n") + 4;
    return used;
}

class Connection
{
public:
    bool open(quint16 port, int timeoutMs = 3000)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(timeoutMs);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(3000);
    }
    // Reads until one final response is complete, the server closes, or the time is up.
    Response read(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        Response response;
        for (;;) {
            // Bytes may already sit in the socket: waitForBytesWritten() reads too, and
            // waitForReadyRead() would then wait for more that never come.
            m_buffer += m_socket.readAll();
            while (!m_buffer.isEmpty()) {
                const qsizetype used = parseResponse(m_buffer, response);
                if (used == 0)
                    break;
                m_buffer.remove(0, used);
                if (response.status != 100)
                    return response;
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0)
                return Response {};
            if (m_socket.state() != QAbstractSocket::ConnectedState) {
                m_buffer += m_socket.readAll();
                if (parseResponse(m_buffer, response) == 0 || response.status == 100) {
                    Response closed;
                    closed.closed = true;
                    return closed;
                }
                continue;
            }
            if (m_socket.waitForReadyRead(int(left)))
                m_buffer += m_socket.readAll();
            else if (m_socket.state() != QAbstractSocket::ConnectedState)
                m_buffer += m_socket.readAll();
        }
    }
    // True if the server closes the connection within the time.
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            if (m_socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
                m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline QByteArray request(const QByteArray &method, const QByteArray &path,
                          const QByteArray &body = {},
                          const QList<QPair<QByteArray, QByteArray>> &headers
                          = {{"Content-Type", "application/json"}})
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

// One request on a fresh connection.
inline Response exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    Connection connection;
    if (!connection.open(port))
        return {};
    connection.send(bytes);
    return connection.read(timeoutMs);
}

inline Response post(quint16 port, const QByteArray &path, const QByteArray &body,
                     QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.prepend({"Content-Type", "application/json"});
    return exchange(port, request("POST", path, body, headers));
}

inline Response get(quint16 port, const QByteArray &path)
{
    return exchange(port, request("GET", path, {}, {}));
}

} // namespace TestHttp
