// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepage.h"

#include "api/curlcommand.h"
#include "datetimetext.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "eventactions.h"
#include "eventdetailpane.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "runasync.h"
#include "textcelldelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace OtBridge {

namespace {

constexpr quint32 stateMagic = 0x0c0450e1;
// A pause in typing before the store is asked again.
constexpr int reloadDelayMs = 250;
// Live rows wait this long for others before the store judges them together.
constexpr int liveCheckDelayMs = 200;
// Ids per statement when live rows are checked (well under SQLite's variable limit).
constexpr int idsPerQuery = 500;

enum TimeRange { AllTime, LastQuarterHour, LastHour, LastDay, LastWeek };

qint64 rangeSeconds(int range)
{
    switch (range) {
    case LastQuarterHour:
        return 15 * 60;
    case LastHour:
        return 60 * 60;
    case LastDay:
        return 24 * 60 * 60;
    case LastWeek:
        return 7 * 24 * 60 * 60;
    default:
        return 0;
    }
}

QString stateChoiceText(const QString &state)
{
    EventSummary summary;
    summary.state = state;
    summary.rejected = state == QLatin1String("rejected");
    summary.duplicate = state == QLatin1String("duplicate");
    return EventTableModel::stateText(summary);
}

QStringList checkedValues(const QMenu *menu)
{
    QStringList values;
    for (const QAction *action : menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            values.append(action->data().toString());
    }
    return values;
}

QString choiceSummary(const QStringList &values, const QString &all)
{
    if (values.isEmpty())
        return all;
    if (values.size() <= 2)
        return values.join(QStringLiteral(", "));
    return ConsolePage::tr("%1 and %n more", nullptr, int(values.size() - 1)).arg(values.first());
}

} // namespace

ConsolePage::ConsolePage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new EventTableModel(this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_errorBanner(new QLabel(this))
    , m_sourceButton(new QToolButton(this))
    , m_sourceMenu(new QMenu(this))
    , m_stateButton(new QToolButton(this))
    , m_stateMenu(new QMenu(this))
    , m_ruleCombo(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_timeCombo(new QComboBox(this))
    , m_newRowsBadge(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_detail(new EventDetailPane(m_splitter))
    , m_status(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
    , m_liveTimer(new QTimer(this))
    , m_detailTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);

    auto *filterBar = new QWidget(this);
    filterBar->setObjectName(QStringLiteral("consoleFilterBar"));
    buildFilterBar(filterBar);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("consoleToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_showRejected = toolBar->addAction(tr("Show rejected"));
    m_showRejected->setObjectName(QStringLiteral("showRejectedAction"));
    m_showRejected->setCheckable(true);
    m_showRejected->setChecked(true);
    m_showRejected->setToolTip(tr("Show requests the listener refused, with the reason"));
    m_showInternal = toolBar->addAction(tr("Show internal traffic"));
    m_showInternal->setObjectName(QStringLiteral("showInternalAction"));
    m_showInternal->setCheckable(true);
    m_showInternal->setChecked(false);
    m_showInternal->setToolTip(
        tr("Also show OpenText's job status callbacks and the events OT Bridge raises itself "
           "(failed or dead deliveries, escalations)"));
    m_pauseScrolling = toolBar->addAction(tr("Pause scrolling"));
    m_pauseScrolling->setObjectName(QStringLiteral("pauseScrollingAction"));
    m_pauseScrolling->setCheckable(true);
    m_pauseScrolling->setToolTip(
        tr("Keep the view still while new events arrive; they are counted until you follow "
           "again"));
    m_acknowledge = toolBar->addAction(tr("Acknowledge"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAction"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acknowledge->setToolTip(
        tr("Acknowledge the selected event (Ctrl+K): its escalation stops, as with "
           "POST /api/v1/events/{id}/ack"));
    m_acknowledge->setEnabled(false);
    m_replay = toolBar->addAction(tr("Replay"));
    m_replay->setObjectName(QStringLiteral("replayAction"));
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replay->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_replay->setToolTip(tr("Send the selected event's dead deliveries again (Ctrl+R), with the "
                            "same delivery ids"));
    m_replay->setEnabled(false);
    m_rerun = toolBar->addAction(tr("Re-run"));
    m_rerun->setObjectName(QStringLiteral("rerunAction"));
    m_rerun->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_rerun->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rerun->setToolTip(tr("Run the selected event through the rules as they are now "
                           "(Ctrl+Alt+R): a new event, linked to this one, with deliveries of "
                           "its own"));
    m_rerun->setEnabled(false);
    m_copyCurl = toolBar->addAction(tr("Copy as curl"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCurl->setToolTip(
        tr("Copy a curl command (Ctrl+Shift+C) that sends the selected event or refused request "
           "to the listener again, or, with a delivery selected in the Deliveries tab, what "
           "that delivery sends"));
    m_copyCurl->setEnabled(false);
    m_export = toolBar->addAction(tr("Export…"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *clearAction = toolBar->addAction(tr("Clear view"));
    clearAction->setObjectName(QStringLiteral("clearViewAction"));
    clearAction->setToolTip(tr("Remove all rows from the console; stored events are kept"));
    m_newRowsBadge->setObjectName(QStringLiteral("newRowsBadge"));
    m_newRowsBadge->setAccessibleName(tr("New rows while paused"));
    m_newRowsBadge->setToolTip(tr("Follow the newest rows again"));
    m_newRowsBadge->setStyleSheet(QStringLiteral("QToolButton { background: #1c71d8; color: white; "
                                                 "border-radius: 8px; padding: 1px 8px; }"));
    m_newRowsBadge->hide();
    addActions({m_acknowledge, m_replay, m_rerun, m_copyCurl, m_export});

    m_errorBanner->setObjectName(QStringLiteral("engineErrorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e4; color: #8a1f11; "
                                                "padding: 6px; border: 1px solid #e8a1a3; }"));
    m_errorBanner->hide();

    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setAccessibleName(tr("Events"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new TextCellDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Per item, so rows put above the viewport move the scroll bar by exactly their count.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    // Fixed row heights keep layout O(1) per row however many thousand rows there are.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    // The matched rules take what room is left; the reason of a refusal (Detail) is mostly
    // empty and keeps a modest width of its own.
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(EventTableModel::EventTypeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EventTableModel::RulesColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthOf = [&metrics, header](const QString &text, int column) {
        const int title = metrics.horizontalAdvance(
            header->model()->headerData(column, Qt::Horizontal).toString());
        return std::max(metrics.horizontalAdvance(text), title) + 24;
    };
    header->resizeSection(
        EventTableModel::TimeColumn,
        widthOf(DateTimeText::shortText(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58))),
                EventTableModel::TimeColumn));
    header->resizeSection(
        EventTableModel::EventTypeColumn,
        widthOf(QStringLiteral("contract.ready_for_review"), EventTableModel::EventTypeColumn));
    header->resizeSection(EventTableModel::OutcomeColumn,
                          widthOf(tr("awaiting acknowledgement"), EventTableModel::OutcomeColumn));
    header->resizeSection(EventTableModel::StatusColumn,
                          widthOf(QStringLiteral("000"), EventTableModel::StatusColumn));
    header->resizeSection(EventTableModel::SizeColumn,
                          widthOf(QStringLiteral("000.0 KiB"), EventTableModel::SizeColumn));
    header->resizeSection(EventTableModel::PeerColumn,
                          widthOf(QStringLiteral("127.000.000.1"), EventTableModel::PeerColumn));
    header->resizeSection(EventTableModel::IdColumn,
                          metrics.horizontalAdvance(QStringLiteral("0")) * 36 + 16);
    // The reason of a refusal, cut to its start (the whole reason is in the row's tooltip and
    // in the detail pane).
    header->resizeSection(EventTableModel::DetailColumn, metrics.averageCharWidth() * 18);
    m_view->setColumnHidden(EventTableModel::IdColumn, true);
    m_view->setColumnHidden(EventTableModel::PeerColumn, true);

    m_splitter->setObjectName(QStringLiteral("consoleSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // With nothing selected the table has the whole height.
    m_detail->hide();

    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_status->setAccessibleName(tr("Console status"));
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(filterBar);
    layout->addWidget(toolBar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_splitter, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 6, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_newRowsBadge);
    layout->addLayout(statusRow);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(reloadDelayMs);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(liveCheckDelayMs);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(liveCheckDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &ConsolePage::reload);
    connect(m_liveTimer, &QTimer::timeout, this, &ConsolePage::startLiveCheck);
    connect(m_detailTimer, &QTimer::timeout, this, &ConsolePage::loadShownDetail);

    connect(m_showRejected, &QAction::toggled, m_proxy, &EventFilterProxyModel::setShowRejected);
    connect(m_showInternal, &QAction::toggled, this, [this] {
        // Internal traffic is judged in SQL too: read the history again at once.
        handleFilterControlsChanged();
        m_reloadTimer->stop();
        reload();
    });
    connect(m_rerun, &QAction::triggered, this, &ConsolePage::rerunShown);
    connect(m_pauseScrolling, &QAction::toggled, this, [this](bool paused) {
        if (!paused)
            setFollowing(true);
    });
    connect(m_newRowsBadge, &QToolButton::clicked, this, [this] {
        m_pauseScrolling->setChecked(false);
        setFollowing(true);
    });
    connect(clearAction, &QAction::triggered, this, &ConsolePage::clearView);
    connect(m_acknowledge, &QAction::triggered, this, &ConsolePage::acknowledgeShown);
    connect(m_replay, &QAction::triggered, this, &ConsolePage::replayShown);
    connect(m_copyCurl, &QAction::triggered, this, &ConsolePage::copyAsCurl);
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_exporting) {
            cancelExport();
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export events as JSON Lines"), QStringLiteral("events.jsonl"),
            tr("JSON Lines (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            exportSelection(path);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsolePage::handleCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsolePage::updateActions);
    // A reset (cleared, or read again for a new filter) leaves nothing selected, and says so
    // without currentRowChanged.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConsolePage::updateDetailVisibility,
            Qt::QueuedConnection);
    connect(m_detail->deliveriesView(), &QTreeWidget::currentItemChanged, this,
            &ConsolePage::updateActions);

    // Follow the newest row while the view is scrolled to the bottom; once the user scrolls up,
    // stay where they are until they come back down. At the top, older history pages in.
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this, &ConsolePage::handleScrollValueChanged);
    connect(scrollBar, &QScrollBar::rangeChanged, this, &ConsolePage::handleScrollRangeChanged);

    connect(m_engine, &Engine::activity, this, &ConsolePage::handleActivity);
    connect(m_engine, &Engine::deliveryUpdated, this, &ConsolePage::handleDeliveryUpdated);
    connect(m_engine, &Engine::eventsChanged, this, &ConsolePage::handleEventsChanged);
    // What other nodes stored while their notifications were not heard is read again.
    connect(m_engine, &Engine::clusterHeardAgain, this, [this] { m_reloadTimer->start(); });
    connect(m_engine, &Engine::rerunStored, this,
            [this](const QUuid &original, const QUuid &rerun, const QString &error) {
                if (original != m_rerunOriginal)
                    return;
                m_rerunOriginal = QUuid();
                m_statusText = error.isEmpty()
                    ? tr("Event %1 runs through the rules again as event %2.")
                          .arg(original.toString(QUuid::WithoutBraces),
                               rerun.toString(QUuid::WithoutBraces))
                    : tr("Re-run failed: %1").arg(error);
                updateStatus();
                updateActions();
                if (original == m_shownId)
                    loadShownDetail(); // its list of re-runs grew
                Q_EMIT rerunFinished(original, rerun, error);
            });
    connect(m_engine, &Engine::workspaceReloaded, this, [this](bool ok) {
        if (ok) {
            populateSources();
            populateRules();
        }
    });
    populateSources();
    populateRules();
    updateActions();
    updateStatus();
}

ConsolePage::~ConsolePage()
{
    // Nothing waits here. Reads, acknowledgements and replays asked for run to their end on
    // the engine's pool, and their answers are dropped (EngineClient); an export would end in
    // a file nobody hears of, so it stops without writing one (the log says so).
    m_exportJob.cancel();
}

void ConsolePage::buildFilterBar(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);

    m_sourceButton->setObjectName(QStringLiteral("sourceFilterButton"));
    m_sourceButton->setAccessibleName(tr("Sources"));
    m_sourceButton->setToolTip(tr("Show only events from these sources"));
    m_sourceButton->setPopupMode(QToolButton::InstantPopup);
    m_sourceButton->setMenu(m_sourceMenu);
    m_sourceMenu->setObjectName(QStringLiteral("sourceFilterMenu"));

    m_stateButton->setObjectName(QStringLiteral("stateFilterButton"));
    m_stateButton->setAccessibleName(tr("States"));
    m_stateButton->setToolTip(tr("Show only events in these states"));
    m_stateButton->setPopupMode(QToolButton::InstantPopup);
    m_stateButton->setMenu(m_stateMenu);
    m_stateMenu->setObjectName(QStringLiteral("stateFilterMenu"));
    QStringList states = EventFilter::storedStates();
    states << QStringLiteral("rejected") << QStringLiteral("duplicate");
    for (const QString &state : std::as_const(states)) {
        QAction *action = m_stateMenu->addAction(stateChoiceText(state));
        action->setObjectName(QStringLiteral("stateFilter_") + state);
        action->setCheckable(true);
        action->setData(state);
        connect(action, &QAction::toggled, this, &ConsolePage::handleFilterControlsChanged);
    }
    updateChoiceButtons({});

    m_ruleCombo->setObjectName(QStringLiteral("ruleFilter"));
    m_ruleCombo->setAccessibleName(tr("Rule"));
    m_ruleCombo->setToolTip(tr("Show only events a rule sent somewhere"));
    m_ruleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_filter->setObjectName(QStringLiteral("consoleFilter"));
    m_filter->setAccessibleName(tr("Filter text"));
    m_filter->setPlaceholderText(tr("Filter by source, peer, id, body or reason"));
    m_filter->setClearButtonEnabled(true);

    m_timeCombo->setObjectName(QStringLiteral("timeFilter"));
    m_timeCombo->setAccessibleName(tr("Time range"));
    m_timeCombo->addItem(tr("All time"), AllTime);
    m_timeCombo->addItem(tr("Last 15 minutes"), LastQuarterHour);
    m_timeCombo->addItem(tr("Last hour"), LastHour);
    m_timeCombo->addItem(tr("Last 24 hours"), LastDay);
    m_timeCombo->addItem(tr("Last 7 days"), LastWeek);

    layout->addWidget(m_sourceButton);
    layout->addWidget(m_stateButton);
    layout->addWidget(m_ruleCombo);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_timeCombo);

    connect(m_ruleCombo, &QComboBox::currentIndexChanged, this,
            &ConsolePage::handleFilterControlsChanged);
    connect(m_timeCombo, &QComboBox::currentIndexChanged, this,
            &ConsolePage::handleFilterControlsChanged);
    connect(m_filter, &QLineEdit::textChanged, this, &ConsolePage::handleFilterControlsChanged);
}

void ConsolePage::populateSources()
{
    const QStringList checked = checkedValues(m_sourceMenu);
    QStringList sources(m_knownSources.cbegin(), m_knownSources.cend());
    for (const SourceConfig &source : m_engine->workspace().sources())
        sources.append(source.name);
    for (const QString &source : checked)
        sources.append(source);
    sources.removeDuplicates();
    std::sort(sources.begin(), sources.end());
    m_sourceMenu->clear();
    m_knownSources.clear();
    QAction *all = m_sourceMenu->addAction(tr("All sources"));
    all->setObjectName(QStringLiteral("sourceFilterAll"));
    connect(all, &QAction::triggered, this, [this] {
        const QSignalBlocker blocker(m_sourceMenu);
        for (QAction *action : m_sourceMenu->actions()) {
            const QSignalBlocker actionBlocker(action);
            action->setChecked(false);
        }
        handleFilterControlsChanged();
    });
    m_sourceMenu->addSeparator();
    for (const QString &source : std::as_const(sources))
        addSourceChoice(source);
    fitSourceColumn(sources);
    for (QAction *action : m_sourceMenu->actions()) {
        if (action->isCheckable() && checked.contains(action->data().toString())) {
            const QSignalBlocker blocker(action);
            action->setChecked(true);
        }
    }
    updateChoiceButtons(filter());
}

void ConsolePage::fitSourceColumn(const QStringList &sources)
{
    // Wide enough for every source the workspace and the traffic so far name, so none is cut.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    int width = metrics.horizontalAdvance(
                    m_model->headerData(EventTableModel::SourceColumn, Qt::Horizontal).toString())
        + 24;
    for (const QString &source : sources)
        width = std::max(width, metrics.horizontalAdvance(source) + 16);
    width = std::min(width, metrics.averageCharWidth() * 40);
    if (header->sectionSize(EventTableModel::SourceColumn) < width)
        header->resizeSection(EventTableModel::SourceColumn, width);
}

void ConsolePage::addSourceChoice(const QString &source)
{
    // A listener under attack may see many made-up source names; the menu lists a bounded few.
    if (source.isEmpty() || m_knownSources.contains(source) || m_knownSources.size() >= 200)
        return;
    m_knownSources.insert(source);
    fitSourceColumn({source});
    QAction *action = m_sourceMenu->addAction(source);
    action->setCheckable(true);
    action->setData(source);
    connect(action, &QAction::toggled, this, &ConsolePage::handleFilterControlsChanged);
}

void ConsolePage::populateRules()
{
    const QString current = m_ruleCombo->currentData().toString();
    const QSignalBlocker blocker(m_ruleCombo);
    m_ruleCombo->clear();
    m_ruleCombo->addItem(tr("Any rule"), QString());
    QStringList rules;
    for (const Rule &rule : m_engine->workspace().rules())
        rules.append(rule.name);
    if (!current.isEmpty() && !rules.contains(current))
        rules.append(current);
    for (const QString &rule : std::as_const(rules))
        m_ruleCombo->addItem(tr("Rule: %1").arg(rule), rule);
    m_ruleCombo->setCurrentIndex(std::max(0, m_ruleCombo->findData(current)));
}

EventFilter ConsolePage::filter() const
{
    EventFilter filter;
    filter.sources = checkedValues(m_sourceMenu);
    filter.states = checkedValues(m_stateMenu);
    filter.rule = m_ruleCombo->currentData().toString();
    filter.text = m_filter->text().trimmed();
    filter.showInternal = m_showInternal->isChecked();
    if (const qint64 seconds = rangeSeconds(m_timeCombo->currentData().toInt()); seconds > 0)
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    return filter;
}

void ConsolePage::setFilter(const EventFilter &filter)
{
    {
        const QSignalBlocker ruleBlocker(m_ruleCombo);
        const QSignalBlocker textBlocker(m_filter);
        const QSignalBlocker timeBlocker(m_timeCombo);
        for (const QString &source : filter.sources)
            addSourceChoice(source);
        for (QAction *action : m_sourceMenu->actions()) {
            const QSignalBlocker blocker(action);
            if (action->isCheckable())
                action->setChecked(filter.sources.contains(action->data().toString()));
        }
        for (QAction *action : m_stateMenu->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(filter.states.contains(action->data().toString()));
        }
        if (!filter.rule.isEmpty() && m_ruleCombo->findData(filter.rule) < 0)
            m_ruleCombo->addItem(tr("Rule: %1").arg(filter.rule), filter.rule);
        m_ruleCombo->setCurrentIndex(std::max(0, m_ruleCombo->findData(filter.rule)));
        m_filter->setText(filter.text);
        m_timeCombo->setCurrentIndex(0);
        const QSignalBlocker internalBlocker(m_showInternal);
        m_showInternal->setChecked(filter.showInternal);
    }
    updateChoiceButtons(filter);
    // A time range given here is used as it is; the combo's ranges count back from now.
    m_proxy->setFilter(filter);
    m_reloadTimer->stop();
    reload();
}

void ConsolePage::updateChoiceButtons(const EventFilter &filter)
{
    m_sourceButton->setText(tr("Sources: %1").arg(choiceSummary(filter.sources, tr("all"))));
    QStringList stateNames;
    for (const QString &state : filter.states)
        stateNames.append(stateChoiceText(state));
    m_stateButton->setText(tr("States: %1").arg(choiceSummary(stateNames, tr("all"))));
}

void ConsolePage::handleFilterControlsChanged()
{
    const EventFilter current = filter();
    updateChoiceButtons(current);
    // What is in memory is filtered at once; the store is asked once typing pauses.
    m_proxy->setFilter(current);
    m_reloadTimer->start();
}

void ConsolePage::loadHistory()
{
    m_reloadTimer->stop();
    reload();
}

void ConsolePage::reload()
{
    ++m_viewGeneration;
    m_moreHistory = false;
    m_historyCursor = 0;
    m_oldestHistoryTime = QDateTime();
    m_refusalsAtReload = m_refusalSerial + 1;
    m_toConfirm.clear();
    m_model->clear();
    m_newRows = 0;
    m_scrollAdjust = 0;
    setFollowing(!m_pauseScrolling->isChecked());
    updateBadge();

    const EventFilter current = m_proxy->filter();
    if (!current.matchesStoredEvents()) {
        // Only refusals or duplicates asked for: nothing stored can match.
        m_model->prependHistory(refusalsBetween({}, {}, m_refusalsAtReload));
        updateStatus();
        // Queued, as when a page comes from a worker: whoever asked hears it after returning.
        QMetaObject::invokeMethod(this, &ConsolePage::historyLoaded, Qt::QueuedConnection);
        return;
    }
    readPage(current.toQuery(historyRows), false);
}

void ConsolePage::readPage(const EventQuery &query, bool older)
{
    m_readingPage = true;
    const quint64 read = ++m_pageReads;
    const int generation = m_viewGeneration;
    m_engine->client()->queryEvents(
        {query}, this, [this, read, generation, older](Result<QList<EventPage>> pages) {
            if (read != m_pageReads)
                return; // another read started since (a reload), or the view was cleared
            HistoryPage result;
            result.generation = generation;
            result.older = older;
            if (pages)
                result.page = pages->constFirst();
            else
                result.error = pages.error();
            handlePageLoaded(result);
        });
    updateStatus();
}

bool ConsolePage::canFetchOlder() const
{
    return m_moreHistory && m_model->rowCount() < m_model->maximumRows();
}

bool ConsolePage::isLoading() const
{
    return m_readingPage;
}

bool ConsolePage::isCheckingLiveRows() const
{
    return m_checkingLive || m_liveTimer->isActive() || !m_toConfirm.isEmpty()
        || !m_toRefresh.isEmpty();
}

void ConsolePage::fetchOlder()
{
    if (!canFetchOlder() || m_readingPage)
        return;
    EventQuery query = m_proxy->filter().toQuery(historyRows);
    query.beforeSeq = m_historyCursor;
    readPage(query, true);
}

QList<EventSummary> ConsolePage::refusalsBetween(const QDateTime &from, const QDateTime &before,
                                                 qint64 serialBelow) const
{
    QList<EventSummary> rows;
    for (const Refusal &refusal : m_refusals) {
        if (refusal.serial >= serialBelow)
            break;
        if (from.isValid() && refusal.summary.receivedAt < from)
            continue;
        if (before.isValid() && refusal.summary.receivedAt >= before)
            continue;
        rows.append(refusal.summary);
    }
    return rows;
}

void ConsolePage::handlePageLoaded(const HistoryPage &result)
{
    m_readingPage = false;
    if (result.generation != m_viewGeneration) {
        updateStatus();
        return; // the filter changed, or the view was cleared, while the store was read
    }
    if (!result.error.isEmpty()) {
        m_statusText = tr("The stored events could not be read: %1").arg(result.error);
        updateStatus();
        return;
    }
    const EventPage &page = result.page;
    const QDateTime pageOldest
        = page.more && !page.events.isEmpty() ? page.events.constFirst().receivedAt : QDateTime();
    // Refusals of the same stretch of time, which were never stored, go between the events.
    QList<EventSummary> rows = refusalsBetween(
        pageOldest, result.older ? m_oldestHistoryTime : QDateTime(), m_refusalsAtReload);
    rows += page.events;
    std::stable_sort(rows.begin(), rows.end(), [](const EventSummary &a, const EventSummary &b) {
        return a.receivedAt < b.receivedAt;
    });
    if (m_proxy->filter().needsStore()) {
        QList<QUuid> ids;
        ids.reserve(page.events.size());
        for (const EventSummary &summary : page.events)
            ids.append(summary.id);
        m_proxy->addStoreMatches(ids);
    }
    m_moreHistory = page.more;
    if (!page.events.isEmpty()) {
        m_historyCursor = page.oldestSeq;
        m_oldestHistoryTime = page.events.constFirst().receivedAt;
    }
    const int shownBefore = m_proxy->rowCount();
    m_model->prependHistory(rows);
    if (result.older && !m_followNewest)
        m_scrollAdjust += m_proxy->rowCount() - shownBefore;
    updateStatus();
    Q_EMIT historyLoaded();
}

void ConsolePage::setEngineError(const QString &error)
{
    m_errorBanner->setText(
        error.isEmpty() ? QString() : tr("The webhook listener is not running: %1").arg(error));
    m_errorBanner->setVisible(!error.isEmpty());
}

void ConsolePage::handleActivity(const QList<EventSummary> &batch)
{
    const bool needsStore = m_proxy->filter().needsStore();
    for (const EventSummary &summary : batch) {
        addSourceChoice(summary.source);
        if (summary.rejected || summary.duplicate || summary.id.isNull()) {
            m_refusals.push_back({++m_refusalSerial, summary});
            if (m_refusals.size() > size_t(maximumRefusals))
                m_refusals.pop_front();
            if (!summary.body.isEmpty())
                m_refusalBodies.push_back(m_refusalSerial);
        } else {
            if (needsStore)
                m_toConfirm.insert(summary.id);
            // What the store knows beyond the append (event type, and the outcome once the
            // rules ran) comes with one read of the new rows together.
            m_toRefresh.insert(summary.id);
            m_updatedBeforeShown.remove(summary.id);
        }
    }
    // The refusals kept to show again keep their bodies within the model's bound as well.
    while (m_refusalBodies.size() > size_t(EventTableModel::maximumKeptBodies)) {
        const qint64 serial = m_refusalBodies.front();
        m_refusalBodies.pop_front();
        if (m_refusals.empty() || serial < m_refusals.front().serial)
            continue;
        EventSummary &kept = m_refusals[size_t(serial - m_refusals.front().serial)].summary;
        kept.body.clear();
        kept.bodyTruncated = true;
    }
    const int shownBefore = m_proxy->rowCount();
    m_model->appendBatch(batch);
    if (!m_followNewest || m_pauseScrolling->isChecked()) {
        m_newRows += std::max(0, m_proxy->rowCount() - shownBefore);
        updateBadge();
    }
    if ((!m_toConfirm.isEmpty() || !m_toRefresh.isEmpty()) && !m_liveTimer->isActive())
        m_liveTimer->start();
    updateStatus();
}

void ConsolePage::handleEventsChanged(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids)
        noteChanged(id);
}

void ConsolePage::noteChanged(const QUuid &id)
{
    if (m_model->rowForId(id) < 0) {
        // The change can come before the activity batch brings the event's row; the row reads
        // its state when it comes. Bounded: rows that never come (filtered out at the source,
        // or from before this window) must not pile up.
        if (m_updatedBeforeShown.size() >= maximumUpdatedBeforeShown)
            m_updatedBeforeShown.clear();
        m_updatedBeforeShown.insert(id);
    } else {
        m_toRefresh.insert(id);
        if (!m_liveTimer->isActive())
            m_liveTimer->start();
    }
    if (id == m_shownId && !m_detailTimer->isActive())
        m_detailTimer->start();
}

void ConsolePage::handleDeliveryUpdated(const DeliveryRecord &delivery)
{
    if (m_model->rowForId(delivery.eventId) >= 0) {
        const EventFilter &current = m_proxy->filter();
        if (current.needsStore() && !m_proxy->isStoreMatch(delivery.eventId)
            && (current.rule.isEmpty() || current.rule == delivery.rule))
            m_toConfirm.insert(delivery.eventId);
    }
    noteChanged(delivery.eventId);
}

void ConsolePage::startLiveCheck()
{
    if (m_checkingLive) {
        m_liveTimer->start(); // one check at a time; this one waits for the next turn
        return;
    }
    if (m_toConfirm.isEmpty() && m_toRefresh.isEmpty())
        return;
    const QList<QUuid> confirm(m_toConfirm.cbegin(), m_toConfirm.cend());
    const QList<QUuid> refresh(m_toRefresh.cbegin(), m_toRefresh.cend());
    m_toConfirm.clear();
    m_toRefresh.clear();
    const EventFilter current = m_proxy->filter();
    // Which of the rows meet the filter's rule and text, then what the store says of each,
    // in statements of at most idsPerQuery ids, all read together.
    QList<EventQuery> queries;
    for (qsizetype first = 0; first < confirm.size(); first += idsPerQuery) {
        EventQuery query = current.toQuery(idsPerQuery);
        query.ids = confirm.mid(first, idsPerQuery);
        queries.append(query);
    }
    const qsizetype confirming = queries.size();
    for (qsizetype first = 0; first < refresh.size(); first += idsPerQuery) {
        EventQuery query;
        query.ids = refresh.mid(first, idsPerQuery);
        query.limit = idsPerQuery;
        queries.append(query);
    }
    const int generation = m_viewGeneration;
    m_checkingLive = true;
    m_engine->client()->queryEvents(
        queries, this, [this, generation, confirming](Result<QList<EventPage>> pages) {
            m_checkingLive = false;
            LiveCheck check;
            check.generation = generation;
            if (pages) {
                for (qsizetype i = 0; i < pages->size(); ++i) {
                    const QList<EventSummary> &events = pages->at(i).events;
                    if (i < confirming) {
                        for (const EventSummary &summary : events)
                            check.matches.append(summary.id);
                    } else {
                        check.refreshed += events;
                    }
                }
            }
            handleLiveChecked(check);
        });
}

void ConsolePage::handleLiveChecked(const LiveCheck &check)
{
    m_model->refreshRows(check.refreshed);
    if (!m_shownId.isNull()) {
        if (const int row = m_model->rowForId(m_shownId); row >= 0)
            m_detail->updateOutcome(m_model->summary(row));
    }
    if (check.generation == m_viewGeneration) {
        const int shownBefore = m_proxy->rowCount();
        m_proxy->addStoreMatches(check.matches);
        if (!m_followNewest || m_pauseScrolling->isChecked()) {
            m_newRows += std::max(0, m_proxy->rowCount() - shownBefore);
            updateBadge();
        }
    }
    updateStatus();
}

void ConsolePage::setFollowing(bool follow)
{
    m_followNewest = follow;
    if (follow) {
        m_newRows = 0;
        updateBadge();
        m_view->scrollToBottom();
    }
}

void ConsolePage::handleScrollValueChanged(int value)
{
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    const bool atBottom = value >= scrollBar->maximum();
    if (atBottom != m_followNewest) {
        m_followNewest = atBottom;
        if (atBottom && !m_pauseScrolling->isChecked()) {
            m_newRows = 0;
            updateBadge();
        }
    }
    if (value == scrollBar->minimum() && scrollBar->maximum() > scrollBar->minimum())
        fetchOlder();
}

void ConsolePage::handleScrollRangeChanged(int, int maximum)
{
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    if (m_followNewest && !m_pauseScrolling->isChecked()) {
        m_scrollAdjust = 0;
        scrollBar->setValue(maximum);
    } else if (m_scrollAdjust > 0) {
        // Older rows went in above: keep the rows the user was looking at where they were.
        const int adjust = m_scrollAdjust;
        m_scrollAdjust = 0;
        scrollBar->setValue(scrollBar->value() + adjust);
    }
}

void ConsolePage::updateBadge()
{
    m_newRowsBadge->setText(tr("%n new", nullptr, m_newRows));
    m_newRowsBadge->setVisible(m_newRows > 0);
}

void ConsolePage::updateStatus()
{
    QString text = tr("%n rows shown", nullptr, m_proxy->rowCount());
    if (m_readingPage)
        text += tr("; reading stored events…");
    else if (canFetchOlder())
        text += tr("; older events load when you scroll to the top");
    if (!m_statusText.isEmpty())
        text += QStringLiteral(". ") + m_statusText;
    m_status->setText(text);
}

void ConsolePage::handleCurrentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    m_shownDetail = EventDetail();
    if (!source.isValid()) {
        m_shownId = QUuid();
        m_shownRefusal.reset();
        m_detail->clear();
        updateActions();
        updateDetailVisibility();
        return;
    }
    const EventSummary &summary = m_model->summary(source.row());
    const bool stored = !summary.rejected && !summary.id.isNull();
    m_shownId = stored ? summary.id : QUuid();
    if (summary.rejected)
        m_shownRefusal = summary;
    else
        m_shownRefusal.reset();
    updateActions();
    updateDetailVisibility();
    m_detail->showSummary(summary, stored);
    if (stored)
        loadShownDetail();
}

void ConsolePage::updateDetailVisibility()
{
    const bool selected = m_view->selectionModel()->currentIndex().isValid();
    if (selected == !m_detail->isHidden())
        return;
    m_detail->setVisible(selected);
    if (selected) {
        // The table keeps the larger part; the pane gets enough for its overview and a body.
        const int total = m_splitter->height();
        m_splitter->setSizes({total * 11 / 20, total - total * 11 / 20});
    }
}

void ConsolePage::loadShownDetail()
{
    if (m_shownId.isNull())
        return;
    if (m_readingDetail) {
        m_detailTimer->start(); // read again once the running read is done
        return;
    }
    m_readingDetail = true;
    const QUuid id = m_shownId;
    m_engine->client()->eventRecord(id, this, [this, id](Result<EventRecord> record) {
        if (!record) {
            m_readingDetail = false;
            EventDetail missing;
            missing.id = id;
            handleDetailLoaded(missing);
            return;
        }
        // Decoding and indenting a large body takes a while too: off the GUI thread as well.
        runAsync(
            QThreadPool::globalInstance(), this,
            [record = std::move(record).value()] { return EventDetail::fromRecord(record); },
            [this](const EventDetail &detail) {
                m_readingDetail = false;
                handleDetailLoaded(detail);
            });
    });
}

void ConsolePage::handleDetailLoaded(const EventDetail &detail)
{
    if (detail.id != m_shownId) {
        loadShownDetail(); // the selection moved on while the store was read
        return;
    }
    const QString selectedDelivery = m_detail->selectedDeliveryId();
    m_shownDetail = detail;
    m_detail->showDetail(detail);
    if (!selectedDelivery.isEmpty()) {
        QTreeWidget *tree = m_detail->deliveriesView();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == selectedDelivery)
                tree->setCurrentItem(tree->topLevelItem(i));
        }
    }
    if (detail.acknowledgement)
        m_acknowledgedId = detail.id;
    if (const int row = m_model->rowForId(detail.id); row >= 0)
        m_detail->updateOutcome(m_model->summary(row));
    updateActions();
}

void ConsolePage::rerunShown()
{
    if (m_shownId.isNull() || !m_rerunOriginal.isNull())
        return;
    const QUuid id = m_shownId;
    m_rerunOriginal = id;
    m_rerun->setEnabled(false);
    // The new row comes through the engine's activity, its outcome through rerunStored.
    m_engine->client()->rerun(id, this, [this, id](Result<QUuid> rerun) {
        if (rerun)
            return;
        m_rerunOriginal = QUuid();
        m_statusText = tr("Re-run failed: %1").arg(rerun.error());
        updateStatus();
        updateActions();
        Q_EMIT rerunFinished(id, QUuid(), rerun.error());
    });
}

void ConsolePage::acknowledgeShown()
{
    if (m_shownId.isNull() || m_acknowledging)
        return;
    const QUuid id = m_shownId;
    QString by = qEnvironmentVariable("USER");
    if (by.isEmpty())
        by = QStringLiteral("console");
    m_acknowledgedId = id;
    m_acknowledging = true;
    m_acknowledge->setEnabled(false);
    m_engine->client()->acknowledge(id, by, this, [this](Result<Acknowledgement> ack) {
        m_acknowledging = false;
        if (!ack) {
            m_acknowledgedId = QUuid();
            setEngineError(tr("The event could not be acknowledged: %1").arg(ack.error()));
        }
        updateActions();
        loadShownDetail();
    });
}

void ConsolePage::replayShown()
{
    if (m_shownDetail.id != m_shownId || m_replaying)
        return;
    const QStringList ids = m_shownDetail.replayableDeliveryIds();
    if (ids.isEmpty())
        return;
    m_replaying = true;
    m_replay->setEnabled(false);
    m_engine->client()->replay(ids, this, [this](Result<int> replayed) {
        m_replaying = false;
        const int count = replayed ? replayed.value() : 0;
        m_statusText = replayed ? tr("Replayed %n dead deliveries.", nullptr, count)
                                : tr("Replay failed: %1").arg(replayed.error());
        updateStatus();
        updateActions();
        loadShownDetail();
        Q_EMIT replayFinished(count, replayed.error());
    });
}

QString ConsolePage::copyAsCurl()
{
    if (m_shownRefusal) {
        const EventSummary &refused = *m_shownRefusal;
        const QString command
            = curlCommand(refused.method.isEmpty() ? QByteArray("POST") : refused.method,
                          m_engine->url().resolved(QUrl::fromEncoded(refused.target)),
                          refused.requestHeaders, refused.body);
        m_statusText = refused.bodyTruncated
            ? tr("Copied a curl command for the refused request; its body is cut to the %1 "
                 "that were kept.")
                  .arg(QLocale().formattedDataSize(refused.body.size()))
            : tr("Copied a curl command that sends the refused request again.");
        QApplication::clipboard()->setText(command);
        updateStatus();
        return command;
    }
    if (m_shownId.isNull() || m_shownDetail.id != m_shownId || !m_shownDetail.found)
        return {};
    QString command;
    const QString deliveryId
        = m_detail->deliveriesShown() ? m_detail->selectedDeliveryId() : QString();
    for (const DeliveryRecord &delivery : std::as_const(m_shownDetail.deliveries)) {
        if (delivery.id != deliveryId)
            continue;
        QUrl messagingUrl;
        if (const OpenTextTarget *target = m_engine->workspace().openTextTarget(delivery.target))
            messagingUrl
                = target->sandbox ? m_engine->sandboxTarget().messagingUrl : target->messagingUrl;
        command = deliveryCurlCommand(delivery, messagingUrl);
        m_statusText = tr("Copied a curl command for the delivery to %1.").arg(delivery.target);
    }
    if (command.isEmpty()) {
        command = eventCurlCommand(m_shownDetail.event, m_engine->url());
        m_statusText = tr("Copied a curl command that sends the event to the listener again.");
    }
    QApplication::clipboard()->setText(command);
    updateStatus();
    return command;
}

QList<QUuid> ConsolePage::selectedStoredIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<QUuid> ids;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            continue;
        const EventSummary &summary = m_model->summary(source.row());
        if (!summary.rejected && !summary.duplicate && !summary.id.isNull())
            ids.append(summary.id);
    }
    return ids;
}

void ConsolePage::exportSelection(const QString &path)
{
    const QList<QUuid> ids = selectedStoredIds();
    if (ids.isEmpty() || m_exporting)
        return;
    m_exporting = true;
    m_exportCancelled = false;
    m_exportJob
        = m_engine->client()->exportEvents(ids, path, this, [this, path](Result<int> written) {
              m_exporting = false;
              m_exportJob = QFuture<void>();
              const int count = written ? written.value() : 0;
              if (written)
                  m_statusText = tr("Exported %n events.", nullptr, count);
              else if (m_exportCancelled)
                  m_statusText = tr("Export cancelled; %1 was not written.").arg(path);
              else
                  m_statusText = tr("Export failed: %1").arg(written.error());
              updateStatus();
              updateActions();
              Q_EMIT exportFinished(count, written.error());
          });
    m_statusText = tr("Exporting %n events…", nullptr, int(ids.size()));
    updateStatus();
    updateActions();
}

void ConsolePage::cancelExport()
{
    if (!m_exporting)
        return;
    m_exportCancelled = true;
    m_exportJob.cancel();
}

void ConsolePage::updateActions()
{
    const bool loaded = !m_shownId.isNull() && m_shownDetail.id == m_shownId && m_shownDetail.found;
    const bool acknowledged = !m_shownId.isNull() && m_shownId == m_acknowledgedId;
    // Only an event some rule escalates waits for an acknowledgement.
    const int row = m_shownId.isNull() ? -1 : m_model->rowForId(m_shownId);
    const bool escalates = (loaded && !m_shownDetail.escalations.isEmpty())
        || (row >= 0 && m_model->summary(row).escalates);
    m_acknowledge->setText(acknowledged ? tr("Acknowledged") : tr("Acknowledge"));
    m_acknowledge->setEnabled(escalates && !acknowledged && !m_acknowledging);
    m_acknowledge->setToolTip(
        escalates || acknowledged
            ? tr("Acknowledge the selected event (Ctrl+K): its escalation stops, as with "
                 "POST /api/v1/events/{id}/ack")
            : tr("No rule escalates this event, so there is nothing to acknowledge"));
    m_replay->setEnabled(loaded && !m_replaying
                         && !m_shownDetail.replayableDeliveryIds().isEmpty());
    m_rerun->setEnabled(loaded && m_rerunOriginal.isNull());
    m_copyCurl->setEnabled(loaded || m_shownRefusal.has_value());
    // While an export runs, the same action (and Ctrl+E) stops it.
    m_export->setText(m_exporting ? tr("Cancel export") : tr("Export…"));
    m_export->setToolTip(m_exporting
                             ? tr("Stop the running export (Ctrl+E); nothing is written")
                             : tr("Save the selected events as JSON Lines (Ctrl+E), each line "
                                  "what GET /api/v1/events/{id} answers"));
    m_export->setEnabled(m_exporting || !selectedStoredIds().isEmpty());
}

void ConsolePage::clearView()
{
    ++m_viewGeneration;
    ++m_pageReads; // a page on its way is for the rows just cleared
    m_readingPage = false;
    m_reloadTimer->stop();
    m_moreHistory = false;
    m_toConfirm.clear();
    m_toRefresh.clear();
    m_refusals.clear();
    m_shownId = QUuid();
    m_shownRefusal.reset();
    m_shownDetail = EventDetail();
    m_model->clear();
    m_detail->clear();
    m_refusalBodies.clear();
    m_newRows = 0;
    updateBadge();
    updateActions();
    updateStatus();
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
