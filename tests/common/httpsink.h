// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptestclient.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

// A real HTTP endpoint on 127.0.0.1 for outbound deliveries to land on: it records every
// request and answers from a script (status, headers, delay), then with a default answer.
// It runs on the thread that owns it, so the test's event loop (QTRY_*) must spin.
class HttpSink final : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body = "{}";
        int delayMs = 0;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0; // since the sink started
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    HttpSink()
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this,
                        [this, socket] { m_buffers.remove(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    ~HttpSink() override
    {
        // The sockets go with m_server, after the members their slots use: cut them off first.
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }
    Q_DISABLE_COPY_MOVE(HttpSink)

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(port()) + path;
    }
    // The next requests get these answers, in order; then the default.
    void script(const QList<Answer> &answers)
    {
        for (const Answer &answer : answers)
            m_script.push_back(answer);
    }
    void setDefault(const Answer &answer) { m_default = answer; }
    const QList<Request> &requests() const { return m_requests; }
    qsizetype count() const { return m_requests.size(); }
    // The sink's clock, the one Request::atMs is on.
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            Request request;
            QList<QByteArray> requestLine;
            const qsizetype used
                = TestHttp::parseMessage(buffer, &requestLine, &request.headers, &request.body);
            if (used == 0)
                return;
            buffer.remove(0, used);
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            request.atMs = m_clock.elapsed();
            m_requests.append(request);
            Answer answer = m_default;
            if (!m_script.empty()) {
                answer = m_script.front();
                m_script.pop_front();
            }
            QPointer<QTcpSocket> guarded(socket);
            const auto write = [guarded, answer] {
                if (!guarded)
                    return;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
                for (const auto &[name, value] : answer.headers)
                    out += name + ": " + value + "\r\n";
                out += "Content-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
                guarded->write(out);
            };
            if (answer.delayMs > 0)
                QTimer::singleShot(answer.delayMs, this, write);
            else
                write();
        }
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<Answer> m_script;
    Answer m_default;
    QList<Request> m_requests;
};

// An HTTP target named name that sends to sink's path, tried again at once and then every
// second, retries times.
inline QJsonObject sinkTarget(const char *name, const HttpSink &sink, const QByteArray &path,
                              int retries)
{
    QJsonArray schedule {0};
    for (int i = 0; i < retries; ++i)
        schedule.append(1);
    return {{"name", name},
            {"type", "http"},
            {"url", QString::fromLatin1(sink.url(path))},
            {"delivery", QJsonObject {{"retry_schedule", schedule}}}};
}

// The rule "orders-to-sink": each event of the source "orders" one request to the target
// "sink", with the order and the event's id in its body.
inline QJsonObject ordersToSinkRule()
{
    return {
        {"name", "orders-to-sink"},
        {"trigger", QJsonObject {{"sources", QJsonArray {"orders"}}}},
        {"actions",
         QJsonArray {QJsonObject {{"type", "http"},
                                  {"target", "sink"},
                                  {"body", R"({"order": {{order}}, "event": "{{event.id}}"})"}}}}};
}

// A workspace named name whose one source, "orders", sends each event to sink (ordersToSinkRule,
// sinkTarget with four retries).
inline QJsonObject ordersToSinkWorkspace(const HttpSink &sink, const QString &name)
{
    return {
        {"version", 1},
        {"name", name},
        {"sources", QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}}}},
        {"targets", QJsonArray {sinkTarget("sink", sink, "/orders", 4)}},
        {"rules", QJsonArray {ordersToSinkRule()}},
        {"roles", QJsonArray {}},
    };
}
