// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthead.h"

#include <QObject>

#include <algorithm>

namespace OtBridge {

namespace {

bool isTokenChar(char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView item : QByteArray(list.toByteArray()).split(',')) {
        if (trimmed(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HeadParse malformed(QString error)
{
    HeadParse result;
    result.status = HeadParse::Malformed;
    result.error = std::move(error);
    return result;
}

} // namespace

QByteArray RequestHead::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

HeadParse parseRequestHead(QByteArrayView buffer, int maxBytes)
{
    // Tolerate empty lines before the request line (RFC 9112, section 2.2).
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;

    const qsizetype end = buffer.indexOf(QByteArrayView("\r\n\r\n"), start);
    // A head whose lines end in a bare LF never shows the empty line we wait for: say so now
    // rather than time out (RFC 9112, section 2.2 lets a server refuse them).
    for (qsizetype i = buffer.indexOf('\n', start); i >= 0 && (end < 0 || i < end + 4);
         i = buffer.indexOf('\n', i + 1)) {
        if (i == 0 || buffer[i - 1] != '\r')
            return malformed(QObject::tr("line ending without CR (a bare LF)"));
    }
    if (end < 0) {
        HeadParse result;
        result.status = buffer.size() > maxBytes ? HeadParse::TooLarge : HeadParse::Incomplete;
        return result;
    }
    if (end + 4 > maxBytes) {
        HeadParse result;
        result.status = HeadParse::TooLarge;
        return result;
    }

    HeadParse result;
    RequestHead &head = result.head;
    head.size = int(end + 4);

    const QByteArrayView block = buffer.sliced(start, end - start);
    qsizetype lineEnd = block.indexOf(QByteArrayView("\r\n"));
    const QByteArrayView requestLine = lineEnd < 0 ? block : block.first(lineEnd);

    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace)
        return malformed(QObject::tr("malformed request line"));
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method))
        return malformed(QObject::tr("malformed request method"));
    if (target.isEmpty()
        || std::any_of(target.begin(), target.end(), [](char c) { return c <= ' ' || c == 0x7f; }))
        return malformed(QObject::tr("malformed request target"));
    if (version == "HTTP/1.1")
        head.minorVersion = 1;
    else if (version == "HTTP/1.0")
        head.minorVersion = 0;
    else
        return malformed(
            QObject::tr("unsupported HTTP version %1")
                .arg(QString::fromLatin1(version.first(qMin<qsizetype>(16, version.size())))));

    head.method = method.toByteArray();
    head.target = target.toByteArray();
    const qsizetype query = target.indexOf('?');
    QByteArrayView path = query < 0 ? target : target.first(query);
    // The absolute form a client sends to a proxy ("http://host/hooks/x"), which a server must
    // accept too (RFC 9112, section 3.2.2): its path is what follows the authority.
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype authority = path.indexOf("//") + 2;
        const qsizetype slash = path.indexOf('/', authority);
        path = slash < 0 ? QByteArrayView("/") : path.sliced(slash);
    }
    head.path = path.toByteArray();
    head.keepAlive = head.minorVersion == 1;

    bool haveLength = false;
    while (lineEnd >= 0) {
        const qsizetype from = lineEnd + 2;
        lineEnd = block.indexOf(QByteArrayView("\r\n"), from);
        const QByteArrayView line
            = lineEnd < 0 ? block.sliced(from) : block.sliced(from, lineEnd - from);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
            return malformed(QObject::tr("obsolete header line folding is not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return malformed(QObject::tr("malformed header line"));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        // NUL, CR, LF and other controls have no place in a field value (RFC 9110, 5.5); a
        // lone CR is how some smuggling attempts split a header in two.
        if (std::any_of(value.begin(), value.end(),
                        [](char c) { return (quint8(c) < 0x20 && c != '\t') || c == 0x7f; }))
            return malformed(QObject::tr("invalid character in header field value"));
        head.headers.append({name.toByteArray(), value.toByteArray()});

        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.front() == '+')
                return malformed(QObject::tr("invalid Content-Length"));
            if (haveLength && length != head.contentLength)
                return malformed(QObject::tr("conflicting Content-Length headers"));
            haveLength = true;
            head.contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (!containsToken(value, "chunked")
                || trimmed(value).compare("chunked", Qt::CaseInsensitive) != 0)
                return malformed(QObject::tr("unsupported Transfer-Encoding"));
            head.chunked = true;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            head.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            if (containsToken(value, "close"))
                head.keepAlive = false;
            else if (containsToken(value, "keep-alive"))
                head.keepAlive = true;
        }
    }
    // Both at once is the classic request-smuggling shape (RFC 9112, section 6.3).
    if (head.chunked && haveLength)
        return malformed(QObject::tr("both Content-Length and Transfer-Encoding given"));
    result.status = HeadParse::Complete;
    return result;
}

ChunkedBodyScanner::Status ChunkedBodyScanner::feed(QByteArrayView data, qsizetype *consumed)
{
    qsizetype i = 0;
    const auto done = [&](Status status) {
        *consumed = i;
        return status;
    };
    while (i < data.size()) {
        const char c = data[i];
        switch (m_state) {
        case State::Size: {
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                digit = (c | 0x20) - 'a' + 10;
            if (digit >= 0) {
                if (++m_sizeDigits > 15)
                    return done(Malformed);
                m_chunkLeft = m_chunkLeft * 16 + digit;
            } else if (m_sizeDigits == 0) {
                return done(Malformed);
            } else if (c == ';' || c == ' ' || c == '\t') {
                m_state = State::SizeExtension;
            } else if (c == '\r') {
                m_state = State::SizeLf;
            } else {
                return done(Malformed);
            }
            ++i;
            break;
        }
        case State::SizeExtension:
            if (c == '\r')
                m_state = State::SizeLf;
            ++i;
            break;
        case State::SizeLf:
            if (c != '\n')
                return done(Malformed);
            ++i;
            m_sizeDigits = 0;
            if (m_chunkLeft == 0) {
                m_state = State::Trailer;
            } else {
                m_state = State::Data;
            }
            break;
        case State::Data: {
            const qsizetype take = qMin<qsizetype>(m_chunkLeft, data.size() - i);
            if (m_sink)
                m_sink->append(data.sliced(i, take));
            m_chunkLeft -= take;
            m_payload += take;
            i += take;
            if (m_chunkLeft == 0)
                m_state = State::DataCr;
            break;
        }
        case State::DataCr:
            if (c != '\r')
                return done(Malformed);
            m_state = State::DataLf;
            ++i;
            break;
        case State::DataLf:
            if (c != '\n')
                return done(Malformed);
            m_state = State::Size;
            ++i;
            break;
        case State::Trailer:
            // Start of a trailer line, or the final empty line.
            if (c == '\r') {
                m_state = State::TrailerLf;
                m_lineEmpty = true;
            } else {
                m_state = State::TrailerLine;
            }
            ++i;
            break;
        case State::TrailerLine:
            if (c == '\r') {
                m_state = State::TrailerLf;
                m_lineEmpty = false;
            }
            ++i;
            break;
        case State::TrailerLf:
            if (c != '\n')
                return done(Malformed);
            ++i;
            if (m_lineEmpty)
                return done(Done);
            m_state = State::Trailer;
            break;
        }
    }
    return done(NeedMore);
}

} // namespace OtBridge
