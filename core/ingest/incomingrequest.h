// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requesthead.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace OtBridge {

// A complete request as GuardedTcpServer read it: the head it parsed while the bytes arrived,
// the body (a chunked one decoded), and who sent it. The guard hands it to its handler once,
// on the connection's thread; the handler answers with GuardedTcpServer::respond().
class IncomingRequest
{
public:
    enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Connect, Trace, Other };

    IncomingRequest() = default;
    IncomingRequest(RequestHead head, QByteArray body, QHostAddress peer);

    Method method() const { return m_method; }
    const QByteArray &methodName() const { return m_head.method; }
    // The request target as sent ("/hooks/a%20b?x=1").
    const QByteArray &target() const { return m_head.target; }
    // The target's path, still percent-encoded ("/hooks/a%20b").
    const QByteArray &encodedPath() const { return m_head.path; }
    // The path decoded ("/hooks/a b").
    QString path() const;
    QUrlQuery query() const;
    const HeaderList &headers() const { return m_head.headers; }
    QByteArray header(QByteArrayView name) const { return m_head.header(name); }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_peer; }
    const RequestHead &head() const { return m_head; }

    static Method methodFromName(QByteArrayView name);

private:
    RequestHead m_head;
    QByteArray m_body;
    QHostAddress m_peer;
    Method m_method = Method::Other;
};

} // namespace OtBridge
