// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetail.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace OtBridge {

namespace {

bool isReadableText(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

QString hexDump(const QByteArray &bytes)
{
    QString dump;
    const qsizetype shown = std::min(bytes.size(), EventDetail::maxHexBytes);
    dump.reserve(shown * 4 + 128);
    for (qsizetype offset = 0; offset < shown; offset += 16) {
        dump += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        QString printable;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < shown) {
                const auto byte = uchar(bytes.at(i));
                dump += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                printable += (byte >= 0x20 && byte < 0x7f) ? QChar(byte) : QLatin1Char('.');
            } else {
                dump += QLatin1String("   ");
            }
        }
        dump += QLatin1Char(' ') + printable + QLatin1Char('\n');
    }
    if (shown < bytes.size())
        dump += QCoreApplication::translate("OtBridge::EventDetail", "… %1 more bytes not shown")
                    .arg(bytes.size() - shown);
    return dump;
}

} // namespace

EventDetail EventDetail::fromRecord(const EventRecord &record)
{
    EventDetail detail;
    static_cast<EventRecord &>(detail) = record;
    detail.id = record.event.id;
    detail.found = true;
    formatBody(detail);
    return detail;
}

QString EventDetail::state() const
{
    return status.value(QLatin1String("state")).toString();
}

QString EventDetail::escalationState() const
{
    return status.value(QLatin1String("escalation"))
        .toObject()
        .value(QLatin1String("state"))
        .toString();
}

QStringList EventDetail::replayableDeliveryIds() const
{
    QStringList ids;
    for (const DeliveryRecord &delivery : deliveries) {
        if (delivery.state == DeliveryState::Dead && !attempts.value(delivery.id).isEmpty())
            ids.append(delivery.id);
    }
    return ids;
}

void EventDetail::formatBody(EventDetail &detail)
{
    BodyView view = viewOf(detail.event.body);
    detail.bodyFormat = view.format;
    detail.rawText = std::move(view.raw);
    detail.bodyText = std::move(view.pretty);
    detail.json = std::move(view.json);
}

EventDetail::BodyView EventDetail::viewOf(const QByteArray &body)
{
    BodyView view;
    if (body.isEmpty())
        return view;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(body);
    const bool readable = !decoder.hasError() && isReadableText(text);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && readable) {
        view.format = BodyFormat::Json;
        view.json = json;
        view.raw = text;
        view.pretty = indentJson(text);
        return view;
    }
    if (readable) {
        view.format = BodyFormat::Text;
        view.raw = text;
        view.pretty = text;
        return view;
    }
    view.format = BodyFormat::Hex;
    view.raw = hexDump(body);
    view.pretty = view.raw;
    return view;
}

QString EventDetail::indentJson(const QString &json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(depth * 2, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break; // the layout is ours
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            // An empty object or array stays on its line.
            qsizetype next = i + 1;
            while (next < json.size() && json.at(next).isSpace())
                ++next;
            if (next < json.size()
                && json.at(next) == QLatin1Char(c == QLatin1Char('{') ? '}' : ']')) {
                out += json.at(next);
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace OtBridge
