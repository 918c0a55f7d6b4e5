// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"

#include <QAbstractTableModel>

namespace OtBridge {

// One row per node of the cluster as the engine last read it (Engine::clusterViewChanged):
// where it runs, its version, since when, when it was last seen, its load, live or gone. A
// view with the same nodes only updates the cells that changed; nodes coming or going reset
// the model.
class NodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTableModel)

public:
    enum Column {
        StateColumn,
        HostColumn,
        AddressColumn,
        VersionColumn,
        StartedColumn,
        LastSeenColumn,
        EventsColumn,
        DeliveriesColumn,
        BacklogColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // The cell's raw value: live as bool, times as QDateTime, rates as double, backlog qint64.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit NodeTableModel(QObject *parent = nullptr);
    ~NodeTableModel() override;

    void setNodes(const QList<ClusterNode> &nodes);
    const QList<ClusterNode> &nodes() const { return m_nodes; }
    int rowOf(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ClusterNode> m_nodes;
};

} // namespace OtBridge
