// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepage.h"

#include "engine/engine.h"
#include "eventdetail.h"
#include "eventdetailpane.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace OtBridge {

namespace {
constexpr quint32 stateMagic = 0x0c0450e1;
} // namespace

ConsolePage::ConsolePage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new EventTableModel(this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_errorBanner(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_detail(new EventDetailPane(m_splitter))
    , m_detailWatcher(new QFutureWatcher<EventDetail>(this))
    , m_historyWatcher(new QFutureWatcher<QList<EventSummary>>(this))
    , m_acknowledgeWatcher(new QFutureWatcher<QString>(this))
{
    qRegisterMetaType<EventDetail>();
    m_proxy->setSourceModel(m_model);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("consoleToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filter->setObjectName(QStringLiteral("consoleFilter"));
    m_filter->setPlaceholderText(tr("Filter by source, state, peer, id or reason"));
    m_filter->setClearButtonEnabled(true);
    toolBar->addWidget(m_filter);
    m_showRejected = toolBar->addAction(tr("Show rejected"));
    m_showRejected->setObjectName(QStringLiteral("showRejectedAction"));
    m_showRejected->setCheckable(true);
    m_showRejected->setChecked(true);
    m_showRejected->setToolTip(tr("Show requests the listener refused, with the reason"));
    m_pauseScrolling = toolBar->addAction(tr("Pause scrolling"));
    m_pauseScrolling->setObjectName(QStringLiteral("pauseScrollingAction"));
    m_pauseScrolling->setCheckable(true);
    m_pauseScrolling->setToolTip(tr("Keep the view still while new events arrive"));
    m_acknowledge = toolBar->addAction(tr("Acknowledge"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAction"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acknowledge->setToolTip(
        tr("Acknowledge the selected event (Ctrl+K): its escalation stops, as with "
           "POST /api/v1/events/{id}/ack"));
    m_acknowledge->setEnabled(false);
    QAction *clearAction = toolBar->addAction(tr("Clear view"));
    clearAction->setObjectName(QStringLiteral("clearViewAction"));
    clearAction->setToolTip(tr("Remove all rows from the console; stored events are kept"));

    m_errorBanner->setObjectName(QStringLiteral("engineErrorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e4; color: #8a1f11; "
                                                "padding: 6px; border: 1px solid #e8a1a3; }"));
    m_errorBanner->hide();

    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights keep layout O(1) per row however many thousand rows there are.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(
        EventTableModel::TimeColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    header->resizeSection(EventTableModel::StatusColumn, 56);
    header->resizeSection(EventTableModel::IdColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 36 + 16);
    m_view->setColumnHidden(EventTableModel::IdColumn, true);

    m_splitter->setObjectName(QStringLiteral("consoleSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EventFilterProxyModel::setFilterText);
    connect(m_showRejected, &QAction::toggled, m_proxy, &EventFilterProxyModel::setShowRejected);
    connect(m_pauseScrolling, &QAction::toggled, this, [this](bool paused) {
        if (!paused) {
            m_followNewest = true;
            m_view->scrollToBottom();
        }
    });
    connect(clearAction, &QAction::triggered, this, &ConsolePage::clearView);
    connect(m_acknowledge, &QAction::triggered, this, &ConsolePage::acknowledgeShown);
    connect(m_acknowledgeWatcher, &QFutureWatcherBase::finished, this, [this] {
        const QString error = m_acknowledgeWatcher->result();
        if (!error.isEmpty()) {
            m_acknowledgedId = QUuid();
            setEngineError(tr("The event could not be acknowledged: %1").arg(error));
        }
        updateAcknowledge();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsolePage::handleCurrentRowChanged);

    // Follow the newest row while the view is scrolled to the bottom; once the user scrolls up,
    // stay where they are until they come back down.
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_followNewest = value >= scrollBar->maximum(); });
    connect(scrollBar, &QScrollBar::rangeChanged, this, &ConsolePage::handleScrollRangeChanged);

    connect(m_detailWatcher, &QFutureWatcher<EventDetail>::finished, this,
            &ConsolePage::handleDetailLoaded);
    connect(m_historyWatcher, &QFutureWatcher<QList<EventSummary>>::finished, this,
            &ConsolePage::handleHistoryLoaded);
    connect(m_engine, &Engine::activity, this, &ConsolePage::handleActivity);
}

ConsolePage::~ConsolePage()
{
    // The jobs read through the engine's store, which may close right after the window goes.
    m_detailWatcher->waitForFinished();
    m_historyWatcher->waitForFinished();
}

void ConsolePage::loadHistory()
{
    EventStore *store = m_engine->store();
    m_historyGeneration = m_viewGeneration;
    m_historyWatcher->setFuture(QtConcurrent::run([store] {
        QList<EventSummary> history = store->recent(historyRows);
        // Oldest first, like live rows, whichever order the store answers in.
        std::stable_sort(history.begin(), history.end(),
                         [](const EventSummary &a, const EventSummary &b) {
                             return a.receivedAt < b.receivedAt;
                         });
        return history;
    }));
}

void ConsolePage::handleHistoryLoaded()
{
    if (m_historyWatcher->isCanceled() || m_historyGeneration != m_viewGeneration)
        return;
    m_model->prependHistory(m_historyWatcher->result());
}

void ConsolePage::setEngineError(const QString &error)
{
    m_errorBanner->setText(
        error.isEmpty() ? QString() : tr("The webhook listener is not running: %1").arg(error));
    m_errorBanner->setVisible(!error.isEmpty());
}

void ConsolePage::handleActivity(const QList<EventSummary> &batch)
{
    m_model->appendBatch(batch);
}

void ConsolePage::handleScrollRangeChanged(int, int maximum)
{
    if (m_followNewest && !m_pauseScrolling->isChecked())
        m_view->verticalScrollBar()->setValue(maximum);
}

void ConsolePage::handleCurrentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        m_shownId = QUuid();
        m_detail->clear();
        updateAcknowledge();
        return;
    }
    const EventSummary &summary = m_model->summary(source.row());
    const bool stored = !summary.rejected && !summary.id.isNull();
    m_shownId = stored ? summary.id : QUuid();
    updateAcknowledge();
    m_detail->showSummary(summary, stored);
    if (!stored)
        return;
    const EventStore *store = m_engine->store();
    const QUuid id = summary.id;
    m_detailWatcher->setFuture(
        QtConcurrent::run([store, id] { return EventDetail::load(store, id); }));
}

void ConsolePage::handleDetailLoaded()
{
    if (m_detailWatcher->isCanceled())
        return;
    const EventDetail detail = m_detailWatcher->result();
    if (detail.id != m_shownId)
        return; // the selection moved on while the store was read
    m_detail->showDetail(detail);
}

void ConsolePage::acknowledgeShown()
{
    if (m_shownId.isNull() || m_acknowledgeWatcher->isRunning())
        return;
    Engine *engine = m_engine;
    const QUuid id = m_shownId;
    QString by = qEnvironmentVariable("USER");
    if (by.isEmpty())
        by = QStringLiteral("console");
    m_acknowledgedId = id;
    m_acknowledge->setEnabled(false);
    // A write to the store: off the GUI thread.
    m_acknowledgeWatcher->setFuture(QtConcurrent::run([engine, id, by] {
        const Result<Acknowledgement> ack = engine->acknowledge(id, by);
        return ack ? QString() : ack.error();
    }));
}

void ConsolePage::updateAcknowledge()
{
    const bool done = !m_shownId.isNull() && m_shownId == m_acknowledgedId;
    m_acknowledge->setText(done ? tr("Acknowledged") : tr("Acknowledge"));
    m_acknowledge->setEnabled(!m_shownId.isNull() && !done && !m_acknowledgeWatcher->isRunning());
}

void ConsolePage::clearView()
{
    ++m_viewGeneration;
    m_shownId = QUuid();
    updateAcknowledge();
    m_model->clear();
    m_detail->clear();
    m_followNewest = true;
}

QByteArray ConsolePage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateMagic << m_splitter->saveState() << m_view->horizontalHeader()->saveState();
    return state;
}

void ConsolePage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray splitter;
    QByteArray header;
    stream >> magic >> splitter >> header;
    if (stream.status() != QDataStream::Ok || magic != stateMagic)
        return;
    m_splitter->restoreState(splitter);
    m_view->horizontalHeader()->restoreState(header);
}

} // namespace OtBridge
