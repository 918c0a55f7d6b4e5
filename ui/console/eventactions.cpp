// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventactions.h"

#include "api/curlcommand.h"
#include "api/eventjson.h"
#include "event/eventstore.h"
#include "rules/opentextmessage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace OtBridge {

QString eventCurlCommand(const Event &event, const QUrl &listenerUrl)
{
    QUrl url = listenerUrl;
    url.setPath(QStringLiteral("/hooks/") + event.source);
    url.setQuery(QString());
    return curlCommand("POST", url, event.headers, event.body);
}

QString deliveryCurlCommand(const DeliveryRecord &delivery, const QUrl &openTextMessagingUrl)
{
    const DeliveryRequest &request = delivery.request;
    if (request.kind == DeliveryRequest::Kind::Http) {
        return curlCommand(request.http.method, request.http.url, request.http.headers,
                           request.http.body);
    }
    QUrl url = openTextMessagingUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + submitPath(request.message));
    return curlCommand("POST", url, {{"Content-Type", "application/json"}},
                       QJsonDocument(submitBody(request.message)).toJson(QJsonDocument::Compact));
}

namespace {

QString writeError(const QString &path, const QString &error)
{
    return QCoreApplication::translate("OtBridge::EventActions", "cannot write %1: %2")
        .arg(path, error);
}

} // namespace

Result<int> exportEventsAsJsonLines(const EventStore *store, const DeliveryStore *deliveries,
                                    const QList<QUuid> &ids, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(writeError(path, file.errorString()));
    int written = 0;
    for (const QUuid &id : ids) {
        const std::optional<Event> event = store->event(id);
        if (!event)
            continue;
        QList<DeliveryRecord> records;
        std::optional<Acknowledgement> ack;
        QList<EscalationRecord> escalations;
        if (deliveries && deliveries->isOpen()) {
            records = deliveries->deliveriesForEvent(id);
            ack = deliveries->acknowledgement(id);
            escalations = deliveries->escalations(id);
        }
        QByteArray line = QJsonDocument(eventStatusToJson(*event, records, ack, escalations))
                              .toJson(QJsonDocument::Compact);
        line += '\n';
        if (file.write(line) != line.size())
            return Result<int>::failure(writeError(path, file.errorString()));
        ++written;
    }
    if (!file.commit())
        return Result<int>::failure(writeError(path, file.errorString()));
    return written;
}

} // namespace OtBridge
