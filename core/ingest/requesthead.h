// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

#include <QByteArray>
#include <QByteArrayView>

namespace OtBridge {

// The request line and header fields of one HTTP/1.x request, as the listener's guard sees
// them before a single body byte is read.
struct RequestHead
{
    QByteArray method;
    QByteArray target;
    QByteArray path; // target without the query (and the scheme and host of an absolute
                     // form), still percent-encoded
    int minorVersion = 1;
    HeaderList headers;
    qint64 contentLength = -1; // -1: none given
    bool chunked = false;
    bool expectContinue = false;
    bool keepAlive = true;
    int size = 0; // bytes up to and including the empty line

    QByteArray header(QByteArrayView name) const;
};

struct HeadParse
{
    enum Status { Incomplete, Complete, Malformed, TooLarge };
    Status status = Incomplete;
    RequestHead head;
    QString error;
};

// Parses the head at the start of buffer. TooLarge once maxBytes pass without the empty line.
HeadParse parseRequestHead(QByteArrayView buffer, int maxBytes);

// Follows chunked transfer coding as bytes arrive, without keeping them, so the guard knows
// where a chunked body ends and how large it is.
class ChunkedBodyScanner
{
public:
    enum Status { NeedMore, Done, Malformed };
    // Consumes data; returns Done once the last chunk and trailers were seen. consumed tells how
    // many bytes of data belonged to the body.
    Status feed(QByteArrayView data, qsizetype *consumed);
    qint64 payloadBytes() const { return m_payload; }
    // From now on, appends every chunk's data to sink (the decoded body); null: counts only.
    void setPayloadSink(QByteArray *sink) { m_sink = sink; }

private:
    enum class State {
        Size,
        SizeExtension,
        SizeLf,
        Data,
        DataCr,
        DataLf,
        Trailer,
        TrailerLf,
        TrailerLine
    };
    State m_state = State::Size;
    qint64 m_chunkLeft = 0;
    qint64 m_payload = 0;
    QByteArray *m_sink = nullptr;
    int m_sizeDigits = 0;
    bool m_lineEmpty = true;
};

} // namespace OtBridge
