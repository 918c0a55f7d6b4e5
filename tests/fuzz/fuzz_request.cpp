// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the bytes a client sends to the listener, through the same steps the
// guard and the listener take before anything is stored: the head parser, the chunked body
// scanner, each source authentication scheme over the head's headers and the body, and the
// header redaction. Called directly instead of over a socket, so that a run is fast and
// deterministic. Besides crashes it checks what the guard relies on:
// - the head parser reads nothing past the empty line, and its verdict on a prefix of the
//   head is never Complete;
// - the chunked scanner reaches the same verdict, and decodes the same body, whether the body
//   arrives at once or in pieces (as TCP delivers it);
// - a redacted header list has no secret left in it.
#include "config/sourceauth.h"
#include "ingest/headerredaction.h"
#include "ingest/listenerlimits.h"
#include "ingest/requesthead.h"

#include <QHostAddress>

#include <cstddef>
#include <cstdint>

using namespace OtBridge;

namespace {

struct Scanned
{
    ChunkedBodyScanner::Status status = ChunkedBodyScanner::NeedMore;
    qsizetype consumed = 0;
    qint64 payload = 0;
    QByteArray decoded;
};

// Feeds body in pieces whose sizes come from the body itself (1 to 8 bytes), the way a slow
// client's segments arrive, stopping where the guard stops.
Scanned scanInPieces(QByteArrayView body)
{
    ChunkedBodyScanner scanner;
    Scanned result;
    scanner.setPayloadSink(&result.decoded);
    qsizetype at = 0;
    while (at < body.size()) {
        const qsizetype piece = qMin<qsizetype>(1 + (quint8(body[at]) & 7), body.size() - at);
        qsizetype consumed = 0;
        result.status = scanner.feed(body.sliced(at, piece), &consumed);
        if (consumed < 0 || consumed > piece)
            __builtin_trap();
        result.consumed += consumed;
        at += piece;
        if (result.status != ChunkedBodyScanner::NeedMore)
            break;
    }
    result.payload = scanner.payloadBytes();
    return result;
}

const QList<SourceAuth> &authSchemes()
{
    static const QList<SourceAuth> schemes = [] {
        QList<SourceAuth> list;
        for (const auto kind : {SourceAuth::Kind::StandardWebhooks, SourceAuth::Kind::GitHub,
                                SourceAuth::Kind::Stripe, SourceAuth::Kind::Basic,
                                SourceAuth::Kind::Bearer, SourceAuth::Kind::ApiKey}) {
            SourceAuth auth;
            auth.kind = kind;
            auth.secretRef = QStringLiteral("fuzz");
            auth.user = QStringLiteral("hooks");
            list.append(auth);
        }
        SourceAuth allowOnly;
        allowOnly.allow = {QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
                           QHostAddress::parseSubnet(QStringLiteral("::1/128"))};
        list.append(allowOnly);
        return list;
    }();
    return schemes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ListenerLimits limits;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const HeadParse parse = parseRequestHead(input, limits.maxHeaderBytes);
    if (parse.status != HeadParse::Complete) {
        if (parse.status == HeadParse::Malformed && parse.error.isEmpty())
            __builtin_trap(); // a 400 must say why
        return 0;
    }
    const RequestHead &head = parse.head;
    if (head.size <= 0 || head.size > input.size())
        __builtin_trap();
    const HeadParse again = parseRequestHead(input.first(head.size), limits.maxHeaderBytes);
    if (again.status != HeadParse::Complete || again.head.size != head.size
        || again.head.headers != head.headers || again.head.contentLength != head.contentLength
        || again.head.chunked != head.chunked)
        __builtin_trap(); // the verdict depended on bytes after the head
    if (parseRequestHead(input.first(head.size - 1), limits.maxHeaderBytes).status
        == HeadParse::Complete)
        __builtin_trap();

    const QByteArrayView rest = input.sliced(head.size);
    QByteArray body;
    if (head.chunked) {
        ChunkedBodyScanner whole;
        QByteArray decoded;
        whole.setPayloadSink(&decoded);
        qsizetype consumed = 0;
        const auto status = whole.feed(rest, &consumed);
        if (consumed < 0 || consumed > rest.size())
            __builtin_trap();
        const Scanned pieces = scanInPieces(rest);
        if (pieces.status != status || pieces.consumed != consumed
            || pieces.payload != whole.payloadBytes() || pieces.decoded != decoded
            || decoded.size() != whole.payloadBytes())
            __builtin_trap(); // the verdict depends on how the bytes were split
        if (whole.payloadBytes() > consumed)
            __builtin_trap();
        // What the guard hands the listener: the decoded body.
        body = decoded;
    } else {
        body = rest.first(qMin<qsizetype>(qMax<qint64>(0, head.contentLength), rest.size()))
                   .toByteArray();
    }

    const QList<QByteArray> secrets {QByteArrayLiteral("It's a Secret to Everybody"),
                                     QByteArrayLiteral("second-secret")};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'614'265'330, Qt::UTC);
    for (const SourceAuth &auth : authSchemes()) {
        for (const QHostAddress &peer :
             {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
            const AuthCheck check = checkSourceAuth(auth, secrets, head.headers, body, peer, now);
            if (!check.ok && check.message.isEmpty())
                __builtin_trap();
        }
    }

    const HeaderList redacted = redactHeaders(head.headers);
    if (redacted.size() != head.headers.size())
        __builtin_trap();
    for (qsizetype i = 0; i < redacted.size(); ++i) {
        if (isSecretHeader(redacted.at(i).first) && redacted.at(i).second != redactedValue)
            __builtin_trap(); // a secret would reach the store
    }
    return 0;
}
