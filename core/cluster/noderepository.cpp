// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/noderepository.h"

#include "store/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace OtBridge {

namespace {

// Beats missed before a node counts as gone (README, "Running a cluster").
constexpr int missedBeats = 3;

bool isPostgresql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

QString NodeRepository::nowSql(const QSqlDatabase &db)
{
    // clock_timestamp(), not now(): a transaction's now() is when it began.
    return isPostgresql(db)
        ? QStringLiteral("(extract(epoch FROM clock_timestamp()) * 1000)::bigint")
        : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
}

QString NodeRepository::goneSql(const QSqlDatabase &db)
{
    return QStringLiteral("(%1 - last_seen_at) > %2 * beat_interval_ms")
        .arg(nowSql(db))
        .arg(missedBeats);
}

Result<void> NodeRepository::beat(const QSqlDatabase &db, const ClusterNode &node)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO nodes (id, host, address, version, started_at, "
                                 "last_seen_at, load, beat_interval_ms) VALUES (?, ?, ?, ?, ?, %1, "
                                 "?, ?) ON CONFLICT (id) DO UPDATE SET host = excluded.host, "
                                 "address = excluded.address, version = excluded.version, "
                                 "last_seen_at = excluded.last_seen_at, load = excluded.load, "
                                 "beat_interval_ms = excluded.beat_interval_ms")
                      .arg(nowSql(db)));
    query.addBindValue(node.id);
    query.addBindValue(node.host);
    query.addBindValue(node.address);
    query.addBindValue(node.version);
    query.addBindValue(node.startedAt.toMSecsSinceEpoch());
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(node.load.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(node.beatIntervalMs);
    if (!query.exec())
        return Result<void>::failure(sqlError(query));
    return {};
}

Result<QList<ClusterNode>> NodeRepository::nodes(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, host, address, version, started_at, last_seen_at, "
                                   "load, beat_interval_ms, NOT %1 FROM nodes ORDER BY "
                                   "started_at, id")
                        .arg(goneSql(db))))
        return Result<QList<ClusterNode>>::failure(sqlError(query));
    QList<ClusterNode> nodes;
    while (query.next()) {
        ClusterNode node;
        node.id = query.value(0).toString();
        node.host = query.value(1).toString();
        node.address = query.value(2).toString();
        node.version = query.value(3).toString();
        node.startedAt = fromMs(query.value(4));
        node.lastSeenAt = fromMs(query.value(5));
        node.load = NodeLoad::fromJson(
            QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
        node.beatIntervalMs = query.value(7).toInt();
        node.live = query.value(8).toBool();
        nodes.append(node);
    }
    return nodes;
}

Result<void> NodeRepository::remove(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM nodes WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<void>::failure(sqlError(query));
    return {};
}

Result<int> NodeRepository::forgetGone(const QSqlDatabase &db, qint64 goneForMs)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM nodes WHERE last_seen_at < %1 - ?").arg(nowSql(db)));
    query.addBindValue(goneForMs);
    if (!query.exec())
        return Result<int>::failure(sqlError(query));
    return query.numRowsAffected();
}

} // namespace OtBridge
