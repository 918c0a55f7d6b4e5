// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptestclient.h"

#include <QObject>
#include <QSet>
#include <QTcpSocket>

#include <memory>
#include <vector>

// Keeps `connections` keep-alive connections each posting webhooks back to back, on the
// caller's event loop, and remembers every id the server acknowledged with 2xx. Stops by
// itself after maxRequests, or when the server goes away.
class LoadGenerator final : public QObject
{
    Q_OBJECT

public:
    LoadGenerator(quint16 port, int connections, int maxRequests)
        : m_port(port)
        , m_maxRequests(maxRequests)
    {
        for (int i = 0; i < connections; ++i) {
            auto slot = std::make_unique<Slot>();
            QTcpSocket *socket = &slot->socket;
            Slot *state = slot.get();
            connect(socket, &QTcpSocket::connected, this, [this, state] { sendNext(*state); });
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, state] { handleReadyRead(*state); });
            connect(socket, &QTcpSocket::disconnected, this, [this] { ++m_disconnects; });
            socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            m_slots.push_back(std::move(slot));
        }
    }

    QSet<QString> acknowledged() const { return m_acknowledged; }
    int sent() const { return m_sent; }
    int errors() const { return m_errors; }
    bool finished() const { return m_sent >= m_maxRequests && m_inFlight == 0; }
    void stop()
    {
        for (auto &slot : m_slots)
            slot->socket.abort();
    }

private:
    struct Slot
    {
        QTcpSocket socket;
        QByteArray buffer;
        bool busy = false;
    };

    void sendNext(Slot &slot)
    {
        if (m_sent >= m_maxRequests || slot.socket.state() != QAbstractSocket::ConnectedState)
            return;
        ++m_sent;
        ++m_inFlight;
        slot.busy = true;
        slot.socket.write(TestHttp::request(
            "POST", "/hooks/test", R"({"load":true,"n":)" + QByteArray::number(m_sent) + "}"));
    }

    void handleReadyRead(Slot &slot)
    {
        slot.buffer += slot.socket.readAll();
        TestHttp::Response response;
        while (qsizetype used = TestHttp::parseResponse(slot.buffer, response)) {
            slot.buffer.remove(0, used);
            if (response.status == 100)
                continue;
            --m_inFlight;
            slot.busy = false;
            if (response.status == 202)
                m_acknowledged.insert(response.json().value(QLatin1String("id")).toString());
            else
                ++m_errors;
            sendNext(slot);
        }
    }

    quint16 m_port;
    int m_maxRequests;
    int m_sent = 0;
    int m_inFlight = 0;
    int m_errors = 0;
    int m_disconnects = 0;
    QSet<QString> m_acknowledged;
    std::vector<std::unique_ptr<Slot>> m_slots;
};
