// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetail.h"

#include "api/eventjson.h"
#include "event/eventstore.h"

#include <QCoreApplication>
#include <QStringDecoder>

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

EventDetail EventDetail::load(const EventStore *store, const DeliveryStore *deliveries,
                              const QUuid &id)
{
    EventDetail detail;
    detail.id = id;
    if (std::optional<Event> event = store->event(id)) {
        detail.found = true;
        detail.event = std::move(*event);
        formatBody(detail);
    }
    if (!detail.found)
        return detail;
    if (deliveries && deliveries->isOpen()) {
        detail.deliveries = deliveries->deliveriesForEvent(id);
        for (const DeliveryRecord &delivery : std::as_const(detail.deliveries))
            detail.attempts.insert(delivery.id, deliveries->attempts(delivery.id));
        detail.acknowledgement = deliveries->acknowledgement(id);
        detail.escalations = deliveries->escalations(id);
    }
    detail.status = eventStatusToJson(detail.event, detail.deliveries, detail.acknowledgement,
                                      detail.escalations);
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
    const QByteArray &body = detail.event.body;
    if (body.isEmpty()) {
        detail.bodyFormat = BodyFormat::Empty;
        detail.bodyText.clear();
        return;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        detail.bodyFormat = BodyFormat::Json;
        detail.json = json;
        detail.bodyText = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(body);
    if (!decoder.hasError() && isReadableText(text)) {
        detail.bodyFormat = BodyFormat::Text;
        detail.bodyText = text;
        return;
    }
    detail.bodyFormat = BodyFormat::Hex;
    detail.bodyText = hexDump(body);
}

} // namespace OtBridge
