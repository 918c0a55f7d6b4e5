// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"
#include "engine/enginemetrics.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace OtBridge {

class Engine;
class NodeTableModel;
class SparklineChart;
class TargetMetricsModel;

// The engine at a glance: events, deliveries and failures per second and the delivery latency
// as small charts of the last two minutes, per target its circuit breaker and how many
// deliveries wait or are dead, with a way to replay a target's dead letters, and the nodes of
// the cluster, live or gone, with their load. Fed by Engine::metricsSampled and
// Engine::clusterViewChanged; it asks the engine for nothing but the replay (EngineClient).
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Engine *engine, QWidget *parent = nullptr);

    SparklineChart *eventsChart() const { return m_events; }
    SparklineChart *deliveriesChart() const { return m_deliveries; }
    SparklineChart *failuresChart() const { return m_failures; }
    SparklineChart *latencyP50Chart() const { return m_latencyP50; }
    SparklineChart *latencyP99Chart() const { return m_latencyP99; }
    TargetMetricsModel *targetModel() const { return m_model; }
    QTableView *targetView() const { return m_view; }
    const EngineMetrics &lastMetrics() const { return m_last; }
    NodeTableModel *nodeModel() const { return m_nodes; }
    QTableView *nodeView() const { return m_nodeView; }
    QLabel *nodesStatus() const { return m_nodesStatus; }

    // Shows one sample; connected to Engine::metricsSampled.
    void handleMetricsSampled(const OtBridge::EngineMetrics &metrics);
    // Shows the cluster's nodes; connected to Engine::clusterViewChanged.
    void handleClusterViewChanged(const OtBridge::ClusterView &view);
    // Makes the selected target's dead deliveries pending again (off the GUI thread).
    void replaySelectedTarget();

private:
    QString selectedTarget() const;
    void updateReplayAction();

    Engine *m_engine;
    SparklineChart *m_events;
    SparklineChart *m_deliveries;
    SparklineChart *m_failures;
    SparklineChart *m_latencyP50;
    SparklineChart *m_latencyP99;
    QLabel *m_totals;
    QLabel *m_status;
    TargetMetricsModel *m_model;
    QTableView *m_view;
    QPushButton *m_replay;
    QLabel *m_replayStatus;
    NodeTableModel *m_nodes;
    QTableView *m_nodeView;
    QLabel *m_nodesStatus;
    bool m_replaying = false;
    EngineMetrics m_last;
};

} // namespace OtBridge
