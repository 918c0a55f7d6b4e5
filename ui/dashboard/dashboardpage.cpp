// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "datetimetext.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "nodetablemodel.h"
#include "sparklinechart.h"
#include "targetmetricsmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace OtBridge {

namespace {

constexpr int replayLimit = 10'000;

QString formatRate(double perSecond)
{
    return DashboardPage::tr("%1/s").arg(
        QLocale().toString(perSecond, 'f', perSecond != 0 && perSecond < 10 ? 1 : 0));
}

QString formatLatency(double ms)
{
    if (ms < 1000)
        return DashboardPage::tr("%1 ms").arg(QLocale().toString(ms, 'f', 0));
    if (ms < 60'000)
        return DashboardPage::tr("%1 s").arg(QLocale().toString(ms / 1000, 'f', 1));
    return DashboardPage::tr("%1 min").arg(QLocale().toString(ms / 60'000, 'f', 1));
}

// A read-only table of one row a thing, stretchColumn taking the room the others leave.
void setUpTable(QTableView *view, QAbstractItemModel *model, const QString &name,
                const QString &accessibleName, int stretchColumn)
{
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace

DashboardPage::DashboardPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_events(new SparklineChart(tr("Events received (per second)"), this))
    , m_deliveries(new SparklineChart(tr("Deliveries (per second)"), this))
    , m_failures(new SparklineChart(tr("Failed attempts (per second)"), this))
    , m_latencyP50(new SparklineChart(tr("Delivery latency, median (ms)"), this))
    , m_latencyP99(new SparklineChart(tr("Delivery latency, p99 (ms)"), this))
    , m_totals(new QLabel(this))
    , m_status(new QLabel(this))
    , m_model(new TargetMetricsModel(this))
    , m_view(new QTableView(this))
    , m_replay(new QPushButton(tr("&Replay dead letters"), this))
    , m_replayStatus(new QLabel(this))
    , m_nodes(new NodeTableModel(this))
    , m_nodeView(new QTableView(this))
    , m_nodesStatus(new QLabel(this))
{
    m_events->setObjectName(QStringLiteral("eventsChart"));
    m_deliveries->setObjectName(QStringLiteral("deliveriesChart"));
    m_failures->setObjectName(QStringLiteral("failuresChart"));
    m_latencyP50->setObjectName(QStringLiteral("latencyP50Chart"));
    m_latencyP99->setObjectName(QStringLiteral("latencyP99Chart"));
    for (SparklineChart *chart : {m_events, m_deliveries, m_failures})
        chart->setFormatter(formatRate);
    for (SparklineChart *chart : {m_latencyP50, m_latencyP99})
        chart->setFormatter(formatLatency);
    m_latencyP50->setWhatsThis(tr("From routing to the target taking it, over the last minute; "
                                  "a delivery that needed retries counts with its retries. "
                                  "With nothing delivered in the last seconds it reads –."));
    m_latencyP99->setWhatsThis(m_latencyP50->whatsThis());

    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_totals->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setText(tr("Waiting for the engine's first figures…"));

    // The last error's words take what room is left (the whole text is in its tooltip).
    setUpTable(m_view, m_model, QStringLiteral("targetMetricsView"), tr("Targets"),
               TargetMetricsModel::LastErrorColumn);
    // How many failures in a row is in the breaker's tooltip: one column fewer to fit.
    m_view->setColumnHidden(TargetMetricsModel::FailuresColumn, true);

    m_replay->setObjectName(QStringLiteral("replayDeadLettersButton"));
    m_replay->setAccessibleName(tr("Replay dead letters of the selected target"));
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_replay->setToolTip(tr("Makes the selected target's dead deliveries pending again, with "
                            "the same ids (Ctrl+Shift+R)"));
    m_replay->setEnabled(false);
    m_replayStatus->setObjectName(QStringLiteral("replayStatus"));

    setUpTable(m_nodeView, m_nodes, QStringLiteral("nodeView"), tr("Nodes"),
               NodeTableModel::AddressColumn);
    m_nodesStatus->setObjectName(QStringLiteral("nodesStatus"));
    m_nodesStatus->setWordWrap(true);

    auto *heading = new QLabel(tr("Dashboard"), this);
    heading->setObjectName(QStringLiteral("dashboardTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    charts->addWidget(m_events, 0, 0);
    charts->addWidget(m_deliveries, 0, 1);
    charts->addWidget(m_failures, 0, 2);
    charts->addWidget(m_latencyP50, 1, 0);
    charts->addWidget(m_latencyP99, 1, 1);
    charts->addWidget(m_totals, 1, 2, Qt::AlignTop);

    auto *targetsHeading = new QLabel(tr("&Targets"), this);
    targetsHeading->setObjectName(QStringLiteral("targetsHeading"));
    targetsHeading->setBuddy(m_view);
    auto *targetsBar = new QHBoxLayout;
    targetsBar->addWidget(targetsHeading);
    targetsBar->addStretch(1);
    targetsBar->addWidget(m_replayStatus);
    targetsBar->addWidget(m_replay);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_status);
    layout->addLayout(top);
    layout->addLayout(charts);
    layout->addSpacing(8);
    layout->addLayout(targetsBar);
    layout->addWidget(m_view, 2);
    auto *nodesHeading = new QLabel(tr("&Nodes"), this);
    nodesHeading->setObjectName(QStringLiteral("nodesHeading"));
    nodesHeading->setBuddy(m_nodeView);
    auto *nodesBar = new QHBoxLayout;
    nodesBar->addWidget(nodesHeading);
    nodesBar->addStretch(1);
    nodesBar->addWidget(m_nodesStatus, 3);
    layout->addSpacing(8);
    layout->addLayout(nodesBar);
    layout->addWidget(m_nodeView, 1);

    connect(m_engine, &Engine::metricsSampled, this, &DashboardPage::handleMetricsSampled);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardPage::updateReplayAction);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardPage::updateReplayAction);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::updateReplayAction);
    connect(m_replay, &QPushButton::clicked, this, &DashboardPage::replaySelectedTarget);
    connect(m_engine, &Engine::clusterViewChanged, this, &DashboardPage::handleClusterViewChanged);
    handleClusterViewChanged(m_engine->clusterView());
    handleMetricsSampled(m_last);
    m_status->setText(tr("Waiting for the engine's first figures…"));
}

void DashboardPage::handleMetricsSampled(const EngineMetrics &metrics)
{
    m_last = metrics;
    const double none = std::numeric_limits<double>::quiet_NaN();
    if (metrics.sampledAt.isValid()) {
        m_events->addValue(metrics.eventsPerSecond);
        m_deliveries->addValue(metrics.deliveriesPerSecond);
        m_failures->addValue(metrics.failuresPerSecond);
        // Latency is of deliveries in the last minute; with none delivered in the last few
        // seconds there is no latency now, and the figure says so instead of holding the last.
        const bool delivering = metrics.hasLatency() && metrics.deliveriesPerSecond > 0;
        m_latencyP50->addValue(delivering ? metrics.latencyP50Ms : none);
        m_latencyP99->addValue(delivering ? metrics.latencyP99Ms : none);
        m_status->setText(tr("Updated %1").arg(DateTimeText::shortText(metrics.sampledAt)));
        m_status->setToolTip(DateTimeText::isoText(metrics.sampledAt));
    }
    const QLocale locale;
    qint64 dead = 0;
    int open = 0;
    for (const TargetMetrics &target : metrics.targets) {
        dead += target.dead;
        open += target.breaker != CircuitBreaker::State::Closed ? 1 : 0;
    }
    // "Label: number" rather than "number nouns": no plural forms to get wrong.
    m_totals->setText(tr("Since start\nEvents stored: %1\nDelivered: %2\nFailed attempts: %3\n\n"
                         "Now\nDead letters: %4\nCircuit breakers not closed: %5")
                          .arg(locale.toString(metrics.eventsTotal),
                               locale.toString(metrics.deliveredTotal),
                               locale.toString(metrics.failuresTotal), locale.toString(dead),
                               locale.toString(open)));
    const QString selected = selectedTarget();
    m_model->setTargets(metrics.targets);
    if (!selected.isEmpty() && selectedTarget() != selected) {
        // A reset (the workspace changed) drops the selection: keep the same target selected.
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_view->selectRow(row);
    }
    updateReplayAction();
}

void DashboardPage::handleClusterViewChanged(const ClusterView &view)
{
    m_nodes->setNodes(view.nodes);
    const QLocale locale;
    QString text;
    if (!view.readAt.isValid())
        text = tr("Waiting for the first heartbeat…");
    else if (!view.error.isEmpty())
        text = tr("As read %1; the last read failed: %2")
                   .arg(DateTimeText::shortText(view.readAt), view.error);
    else
        text = tr("Live: %1 of %2")
                   .arg(locale.toString(view.liveCount()), locale.toString(view.nodes.size()));
    m_nodesStatus->setText(text);
    m_nodesStatus->setToolTip(view.readAt.isValid() ? DateTimeText::isoText(view.readAt)
                                                    : QString());
}

QString DashboardPage::selectedTarget() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->targets().value(rows.first().row()).target;
}

void DashboardPage::updateReplayAction()
{
    const int row = m_model->rowOf(selectedTarget());
    m_replay->setEnabled(row >= 0 && m_model->targets().at(row).dead > 0 && !m_replaying
                         && m_engine->isRunning());
}

void DashboardPage::replaySelectedTarget()
{
    const QString target = selectedTarget();
    if (target.isEmpty() || m_replaying || !m_engine->isRunning())
        return;
    m_replaying = true;
    m_replay->setEnabled(false);
    m_replayStatus->setText(tr("Replaying the dead letters of %1…").arg(target));
    m_engine->client()->replayDeadLetters(
        target, replayLimit, this, [this, target](Result<int> replayed) {
            m_replaying = false;
            if (!replayed)
                m_replayStatus->setText(tr("Could not replay the dead letters of %1: %2")
                                            .arg(target, replayed.error()));
            else
                m_replayStatus->setText(tr("Dead letters of %1 pending again: %2")
                                            .arg(target, QLocale().toString(replayed.value())));
            updateReplayAction();
        });
}

} // namespace OtBridge
