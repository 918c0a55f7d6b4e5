// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingrequest.h"

namespace OtBridge {

IncomingRequest::IncomingRequest(RequestHead head, QByteArray body, QHostAddress peer)
    : m_head(std::move(head))
    , m_body(std::move(body))
    , m_peer(std::move(peer))
    , m_method(methodFromName(m_head.method))
{ }

IncomingRequest::Method IncomingRequest::methodFromName(QByteArrayView name)
{
    // Methods are case-sensitive (RFC 9110, section 9.1).
    static constexpr std::pair<QByteArrayView, Method> methods[] = {
        {"GET", Method::Get},         {"POST", Method::Post},       {"HEAD", Method::Head},
        {"PUT", Method::Put},         {"PATCH", Method::Patch},     {"DELETE", Method::Delete},
        {"OPTIONS", Method::Options}, {"CONNECT", Method::Connect}, {"TRACE", Method::Trace},
    };
    for (const auto &[text, method] : methods) {
        if (name == text)
            return method;
    }
    return Method::Other;
}

QString IncomingRequest::path() const
{
    if (!m_head.path.contains('%'))
        return QString::fromUtf8(m_head.path);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(m_head.path));
}

QUrlQuery IncomingRequest::query() const
{
    const qsizetype question = m_head.target.indexOf('?');
    if (question < 0)
        return {};
    return QUrlQuery(QString::fromUtf8(m_head.target.mid(question + 1)));
}

} // namespace OtBridge
