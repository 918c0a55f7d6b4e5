// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginemetrics.h"

#include <QAbstractTableModel>

namespace OtBridge {

// One row per target of the latest metrics sample: its breaker and what waits or died.
// A sample with the same targets only updates the cells that changed; a different set of
// targets (a workspace reload) resets the model.
class TargetMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetMetricsModel)

public:
    enum Column {
        TargetColumn,
        BreakerColumn,
        DeliveredColumn,
        FailedAttemptsColumn,
        LastSuccessColumn,
        LastErrorColumn,
        FailuresColumn,
        PendingColumn,
        RetryingColumn,
        DeadColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // The cell's raw value (the breaker as int(CircuitBreaker::State), counts as qint64).
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit TargetMetricsModel(QObject *parent = nullptr);
    ~TargetMetricsModel() override;

    void setTargets(const QList<TargetMetrics> &targets);
    const QList<TargetMetrics> &targets() const { return m_targets; }
    int rowOf(const QString &target) const; // -1 when absent

    static QString breakerText(CircuitBreaker::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TargetMetrics> m_targets;
};

} // namespace OtBridge
