// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetablemodel.h"

#include "datetimetext.h"

#include <QFont>
#include <QLocale>

namespace OtBridge {

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

NodeTableModel::~NodeTableModel() = default;

void NodeTableModel::setNodes(const QList<ClusterNode> &nodes)
{
    bool sameNodes = nodes.size() == m_nodes.size();
    for (qsizetype row = 0; sameNodes && row < nodes.size(); ++row)
        sameNodes = nodes.at(row).id == m_nodes.at(row).id;
    if (!sameNodes) {
        beginResetModel();
        m_nodes = nodes;
        endResetModel();
        return;
    }
    for (int row = 0; row < int(nodes.size()); ++row) {
        if (nodes.at(row) == m_nodes.at(row))
            continue;
        m_nodes[row] = nodes.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int NodeTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < int(m_nodes.size()); ++row) {
        if (m_nodes.at(row).id == id)
            return row;
    }
    return -1;
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterNode &node = m_nodes.at(index.row());
    const auto number = [&](const QVariant &value, const QString &text) -> QVariant {
        if (role == Qt::DisplayRole)
            return text;
        if (role == ValueRole)
            return value;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    const auto rate = [&](double perSecond) {
        return number(perSecond,
                      tr("%1/s").arg(QLocale().toString(perSecond, 'f',
                                                        perSecond != 0 && perSecond < 10 ? 1 : 0)));
    };
    const auto moment = [&](const QDateTime &time) -> QVariant {
        if (role == Qt::DisplayRole)
            return DateTimeText::shortText(time);
        if (role == ValueRole)
            return time;
        if (role == Qt::ToolTipRole)
            return DateTimeText::isoText(time);
        return {};
    };
    switch (Column(index.column())) {
    case StateColumn:
        if (role == Qt::DisplayRole)
            return node.live ? tr("Live") : tr("Gone");
        if (role == ValueRole)
            return node.live;
        if (role == Qt::ToolTipRole)
            return node.live
                ? tr("Seen within three heartbeats (every %1 s)")
                      .arg(QLocale().toString(node.beatIntervalMs / 1000.0, 'f', 1))
                : tr("Not seen for three heartbeats: stopped, crashed or cut off from the "
                     "database. The other nodes take over its deliveries.");
        if (role == Qt::FontRole && !node.live) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case HostColumn:
        if (role == Qt::DisplayRole)
            return node.self ? tr("%1 (this one)").arg(node.host) : node.host;
        if (role == ValueRole)
            return node.host;
        if (role == Qt::ToolTipRole)
            return tr("Node %1").arg(node.id);
        return {};
    case AddressColumn:
        if (role == Qt::DisplayRole || role == ValueRole || role == Qt::ToolTipRole)
            return node.address;
        return {};
    case VersionColumn:
        if (role == Qt::DisplayRole || role == ValueRole)
            return node.version;
        return {};
    case StartedColumn:
        return moment(node.startedAt);
    case LastSeenColumn:
        return moment(node.lastSeenAt);
    case EventsColumn:
        return rate(node.load.eventsPerSecond);
    case DeliveriesColumn:
        return rate(node.load.deliveriesPerSecond);
    case BacklogColumn:
        return number(node.load.backlog, QLocale().toString(node.load.backlog));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn:
        return tr("State");
    case HostColumn:
        return tr("Host");
    case AddressColumn:
        return tr("Address");
    case VersionColumn:
        return tr("Version");
    case StartedColumn:
        return tr("Started");
    case LastSeenColumn:
        return tr("Last seen");
    case EventsColumn:
        return tr("Events in");
    case DeliveriesColumn:
        return tr("Deliveries out");
    case BacklogColumn:
        return tr("Backlog");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OtBridge
