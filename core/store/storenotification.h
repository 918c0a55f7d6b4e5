// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace OtBridge {

// A word from one node of a cluster to the others that something changed in the database
// (docs/architecture.md, "Cluster"): PostgreSQL's NOTIFY carries it (PostgresqlNotifier),
// delivered when the transaction that wrote the change commits and never when it rolls back.
// Small on purpose: what changed and its ids; whoever hears it reads the rows.
struct StoreNotification
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::StoreNotification)

public:
    enum class Channel {
        Work, // deliveries became due: a dispatcher that hears it leases now instead of later
        Workspace, // the cluster's workspace was saved: every node loads the new version
        Activity, // events stored, deliveries changed: for consoles watching the cluster
    };

    // PostgreSQL's NOTIFY payload is at most 8000 bytes; ids beyond what fits are left out and
    // complete says so.
    static constexpr int maxPayloadBytes = 7900;

    Channel channel = Channel::Work;
    QString node; // the id of the node that wrote the change
    QString kind; // one of the kinds below
    // Work: deliveries were made due now (routing, an escalation, a digest, a replay).
    static QString workDue() { return QStringLiteral("due"); }
    // Work: events were stored by a process that does not route (ids: the events).
    static QString workRoute() { return QStringLiteral("route"); }
    // Workspace: a version was saved.
    static QString workspaceSaved() { return QStringLiteral("saved"); }
    // Activity: events were stored (ids: the events).
    static QString eventsStored() { return QStringLiteral("events"); }
    // Activity: what became of events changed without a delivery changing: routed,
    // acknowledged (ids: the events).
    static QString eventsChanged() { return QStringLiteral("changed"); }
    // Activity: deliveries changed state (ids: the deliveries).
    static QString deliveriesChanged() { return QStringLiteral("deliveries"); }
    // What changed, as far as it fits; empty when the writer did not name them (a replay of a
    // target's dead letters): read everything that may have changed.
    QStringList ids;
    // False when ids were left out: read everything that may have changed.
    bool complete = true;

    // ids as event ids (those of an eventsStored, eventsChanged or workRoute notification).
    QList<QUuid> eventIds() const;

    static QList<Channel> channels();
    // otbridge_work, otbridge_workspace, otbridge_activity.
    static QString channelName(Channel channel);
    static std::optional<Channel> channelNamed(const QString &name);

    // The payload: compact JSON {"node", "kind", "ids", "complete"?}, cut to fit.
    QString payload() const;
    // What a payload heard on channel says; an unknown channel or a payload that is not ours
    // is refused in words.
    static Result<StoreNotification> parse(const QString &channel, const QString &payload);

    friend bool operator==(const StoreNotification &a, const StoreNotification &b)
    {
        return a.channel == b.channel && a.node == b.node && a.kind == b.kind && a.ids == b.ids
            && a.complete == b.complete;
    }
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::StoreNotification)
