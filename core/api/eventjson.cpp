// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OtBridge {

QJsonObject eventToJson(const Event &event)
{
    QJsonArray headers;
    for (const auto &[name, value] : event.headers)
        headers.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name)},
                                    {QStringLiteral("value"), QString::fromUtf8(value)}});

    QJsonObject object {
        {QStringLiteral("id"), event.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("source"), event.source},
        {QStringLiteral("received_at"), event.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), eventStateName(event.state)},
        {QStringLiteral("acknowledged"), event.state == EventState::Acknowledged},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("content_type"), QString::fromLatin1(event.contentType)},
        {QStringLiteral("peer"), event.peer},
    };
    if (!event.dedupKey.isEmpty())
        object.insert(QStringLiteral("dedup_key"), event.dedupKey);

    // A JSON body is returned as JSON; anything else as base64 so no byte is lost.
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(event.body, &error);
    if (error.error == QJsonParseError::NoError)
        object.insert(QStringLiteral("body"),
                      body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array()));
    else
        object.insert(QStringLiteral("body_base64"), QString::fromLatin1(event.body.toBase64()));
    return object;
}

QJsonObject healthToJson(const StoreHealth &store, int connections)
{
    const bool healthy = store.open && store.writable;
    return QJsonObject {
        {QStringLiteral("status"), healthy ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("version"), QStringLiteral(OTBRIDGE_VERSION)},
        {QStringLiteral("store"),
         QJsonObject {
             {QStringLiteral("state"),
              !store.open ? QStringLiteral("closed")
                          : (store.writable ? QStringLiteral("ok") : QStringLiteral("failing"))},
             {QStringLiteral("schema_version"), store.schemaVersion},
             {QStringLiteral("committed_events"), store.committedEvents},
             {QStringLiteral("pending_appends"), store.pendingAppends},
             {QStringLiteral("last_error"), store.lastError},
         }},
        {QStringLiteral("listener"), QJsonObject {{QStringLiteral("connections"), connections}}},
    };
}

} // namespace OtBridge
