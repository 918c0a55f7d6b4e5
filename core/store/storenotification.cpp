// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storenotification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OtBridge {

QList<StoreNotification::Channel> StoreNotification::channels()
{
    return {Channel::Work, Channel::Workspace, Channel::Activity};
}

QString StoreNotification::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Work:
        return QStringLiteral("otbridge_work");
    case Channel::Workspace:
        return QStringLiteral("otbridge_workspace");
    case Channel::Activity:
        return QStringLiteral("otbridge_activity");
    }
    return {};
}

std::optional<StoreNotification::Channel> StoreNotification::channelNamed(const QString &name)
{
    for (const Channel channel : channels()) {
        if (channelName(channel) == name)
            return channel;
    }
    return std::nullopt;
}

QList<QUuid> StoreNotification::eventIds() const
{
    QList<QUuid> events;
    events.reserve(ids.size());
    for (const QString &id : ids) {
        if (const QUuid event = QUuid::fromString(id); !event.isNull())
            events.append(event);
    }
    return events;
}

QString StoreNotification::payload() const
{
    QJsonObject object {
        {QStringLiteral("node"), node},
        {QStringLiteral("kind"), kind},
    };
    // Room for what every payload has, then as many ids as fit.
    qsizetype size = QJsonDocument(object).toJson(QJsonDocument::Compact).size() + 40;
    QJsonArray list;
    bool cut = !complete;
    for (const QString &id : ids) {
        const qsizetype idSize = id.toUtf8().size() + 3;
        if (size + idSize > maxPayloadBytes) {
            cut = true;
            break;
        }
        size += idSize;
        list.append(id);
    }
    object.insert(QStringLiteral("ids"), list);
    if (cut)
        object.insert(QStringLiteral("complete"), false);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<StoreNotification> StoreNotification::parse(const QString &channel, const QString &payload)
{
    using R = Result<StoreNotification>;
    const std::optional<Channel> known = channelNamed(channel);
    if (!known)
        return R::failure(
            tr("a notification on channel %1, which OT Bridge does not use").arg(channel));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    const QJsonObject object = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || !object.value(QLatin1String("node")).isString()
        || !object.value(QLatin1String("kind")).isString())
        return R::failure(tr("a notification on channel %1 that is not OT Bridge's: %2")
                              .arg(channel, payload.left(200)));
    StoreNotification notification;
    notification.channel = *known;
    notification.node = object.value(QLatin1String("node")).toString();
    notification.kind = object.value(QLatin1String("kind")).toString();
    for (const QJsonValue &id : object.value(QLatin1String("ids")).toArray()) {
        if (id.isString())
            notification.ids.append(id.toString());
    }
    notification.complete = object.value(QLatin1String("complete")).toBool(true);
    return notification;
}

} // namespace OtBridge
