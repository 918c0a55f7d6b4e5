// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventactions.h"

#include "api/curlcommand.h"
#include "rules/opentextmessage.h"

#include <QJsonDocument>

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

} // namespace OtBridge
