// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusternode.h"

#include <QJsonArray>

#include <algorithm>

namespace OtBridge {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject NodeLoad::toJson() const
{
    return QJsonObject {
        {QStringLiteral("events_per_second"), eventsPerSecond},
        {QStringLiteral("deliveries_per_second"), deliveriesPerSecond},
        {QStringLiteral("backlog"), backlog},
    };
}

NodeLoad NodeLoad::fromJson(const QJsonObject &object)
{
    NodeLoad load;
    load.eventsPerSecond = object.value(QLatin1String("events_per_second")).toDouble();
    load.deliveriesPerSecond = object.value(QLatin1String("deliveries_per_second")).toDouble();
    load.backlog = qint64(object.value(QLatin1String("backlog")).toDouble());
    return load;
}

int ClusterView::liveCount() const
{
    return int(std::count_if(nodes.cbegin(), nodes.cend(),
                             [](const ClusterNode &node) { return node.live; }));
}

const ClusterNode *ClusterView::node(const QString &id) const
{
    for (const ClusterNode &node : nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

QJsonObject ClusterView::toJson() const
{
    QJsonArray list;
    for (const ClusterNode &node : nodes) {
        list.append(QJsonObject {
            {QStringLiteral("id"), node.id},
            {QStringLiteral("host"), node.host},
            {QStringLiteral("address"), node.address},
            {QStringLiteral("version"), node.version},
            {QStringLiteral("started_at"), timeOrNull(node.startedAt)},
            {QStringLiteral("last_seen_at"), timeOrNull(node.lastSeenAt)},
            {QStringLiteral("live"), node.live},
            {QStringLiteral("self"), node.self},
            {QStringLiteral("load"), node.load.toJson()},
        });
    }
    QJsonObject object {
        {QStringLiteral("self"), self},
        {QStringLiteral("live"), liveCount()},
        {QStringLiteral("nodes"), list},
        {QStringLiteral("read_at"), timeOrNull(readAt)},
    };
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

} // namespace OtBridge
