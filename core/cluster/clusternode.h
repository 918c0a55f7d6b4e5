// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace OtBridge {

// What a node was doing at its last heartbeat, cheap to know: the engine's latest metrics
// sample (MetricsSampler).
struct NodeLoad
{
    double eventsPerSecond = 0; // webhooks stored, over the sampler's window
    double deliveriesPerSecond = 0; // deliveries targets took
    // Deliveries waiting (pending or retrying) as this node last counted them: with PostgreSQL
    // the whole cluster's queue, which every node serves.
    qint64 backlog = 0;

    QJsonObject toJson() const;
    // Missing or mistyped keys read as 0: a node of another version may write more or less.
    static NodeLoad fromJson(const QJsonObject &object);

    friend bool operator==(const NodeLoad &a, const NodeLoad &b)
    {
        return a.eventsPerSecond == b.eventsPerSecond
            && a.deliveriesPerSecond == b.deliveriesPerSecond && a.backlog == b.backlog;
    }
    friend bool operator!=(const NodeLoad &a, const NodeLoad &b) { return !(a == b); }
};

// One node of a cluster as its heartbeat row (table nodes) says it: one OT Bridge process on
// the database. With SQLite there is one, the process itself.
struct ClusterNode
{
    QString id; // made at start (a UUIDv7): a restarted process is a new node
    QString host; // the machine's name
    QString address; // the listener's URL
    QString version; // OT Bridge's
    QDateTime startedAt; // by the node's clock
    QDateTime lastSeenAt; // by the database's clock, as is live below
    int beatIntervalMs = 0;
    NodeLoad load;
    // Seen within three of its own intervals; a node that is not is gone (crashed, cut off, or
    // stopped without saying so), and its work is for the others.
    bool live = false;
    bool self = false; // the node asking

    friend bool operator==(const ClusterNode &a, const ClusterNode &b)
    {
        return a.id == b.id && a.host == b.host && a.address == b.address && a.version == b.version
            && a.startedAt == b.startedAt && a.lastSeenAt == b.lastSeenAt
            && a.beatIntervalMs == b.beatIntervalMs && a.load == b.load && a.live == b.live
            && a.self == b.self;
    }
    friend bool operator!=(const ClusterNode &a, const ClusterNode &b) { return !(a == b); }
};

// The cluster as one node last read it: every node with a heartbeat row, oldest first.
struct ClusterView
{
    QString self; // the id of the node that read it
    QList<ClusterNode> nodes;
    QDateTime readAt; // when it was read; invalid before the first read
    QString
        error; // why the last read failed (nodes is then the read before); empty when it did not

    int liveCount() const;
    const ClusterNode *node(const QString &id) const;
    // For /health: {"self", "live", "nodes": [{"id", "host", "address", "version",
    // "started_at", "last_seen_at", "live", "self", "load": {...}}], "error"?}.
    QJsonObject toJson() const;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::ClusterView)
