// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "eventdetail.h"
#include "eventfilter.h"
#include "store/eventstore.h"

#include <QFuture>
#include <QSet>
#include <QWidget>

#include <deque>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace OtBridge {

class Engine;
class EventDetailPane;
class EventFilterProxyModel;
class EventTableModel;
struct DeliveryRecord;
struct EventRecord;

// The live event console: every request the listener handled, newest at the bottom, and the
// selected event's headers, body, deliveries and escalation below. The filter bar (sources,
// states, rule, text, time) works on the stored history in SQL (EventStore::query) and on live
// rows as they arrive; older history pages in as the view is scrolled to the top.
class ConsolePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    explicit ConsolePage(Engine *engine, QWidget *parent = nullptr);
    ~ConsolePage() override;

    // Reads the newest stored events that match the filter off the GUI thread and puts them
    // above the live rows.
    void loadHistory();
    // Why the engine is not listening, shown above the table; empty hides it.
    void setEngineError(const QString &error);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    EventTableModel *model() const { return m_model; }
    EventFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    EventDetailPane *detailPane() const { return m_detail; }

    EventFilter filter() const;
    // Sets the filter bar's controls to this filter and reads the history again.
    void setFilter(const EventFilter &filter);
    // Whether the store may hold older events that match than the oldest row shown.
    bool canFetchOlder() const;
    // Reads the next older page of matching history (off the GUI thread); nothing while one is
    // being read. The view asks for it when scrolled to the top.
    void fetchOlder();
    bool isLoading() const;
    // Whether live rows still wait for the store's word on the filter (a check queued or under
    // way): until then a row that only the store can match is not shown yet.
    bool isCheckingLiveRows() const;
    // Rows that arrived while the view did not follow the newest (paused or scrolled up).
    int newRowCount() const { return m_newRows; }

    // The actions, as the toolbar and their shortcuts trigger them.
    // Copies a curl command for the selected delivery in the Deliveries tab, or else for the
    // shown event as it was received; returns it (empty when nothing is shown yet).
    QString copyAsCurl();
    // Writes the selected stored events as JSON Lines, off the GUI thread; exportFinished says
    // how it went.
    void exportSelection(const QString &path);
    // Stops a running export: nothing is written (exportFinished says so). Closing the page
    // does the same.
    void cancelExport();
    bool isExporting() const { return m_exporting; }
    // Makes the shown event's dead deliveries pending again; replayFinished says how many.
    void replayShown();
    // Runs the shown stored event through the current rules as a new, linked event
    // (Engine::rerun); rerunFinished says how it went.
    void rerunShown();

    // Events per page read from the store.
    static constexpr int historyRows = 1000;
    // Refused requests and duplicates are never stored; the console keeps this many to show
    // again when the filter changes.
    static constexpr int maximumRefusals = 10000;

Q_SIGNALS:
    void historyLoaded();
    void exportFinished(int written, const QString &error);
    void replayFinished(int replayed, const QString &error);
    void rerunFinished(const QUuid &original, const QUuid &rerun, const QString &error);

private:
    // One page of history as a worker read it, tagged with the filter generation it is for.
    struct HistoryPage
    {
        int generation = 0;
        bool older = false;
        EventPage page;
        QString error;
    };
    // What the store says about live rows: which match the rule and text, and their states.
    struct LiveCheck
    {
        int generation = 0;
        QList<QUuid> matches;
        QList<EventSummary> refreshed;
    };
    struct Refusal
    {
        qint64 serial = 0;
        EventSummary summary;
    };

    void buildFilterBar(QWidget *bar);
    void handleActivity(const QList<OtBridge::EventSummary> &batch);
    void handleDeliveryUpdated(const OtBridge::DeliveryRecord &delivery);
    void handleEventsChanged(const QList<QUuid> &ids);
    void noteChanged(const QUuid &id);
    void updateDetailVisibility();
    void fitSourceColumn(const QStringList &sources);
    void handleCurrentRowChanged(const QModelIndex &current);
    void handleDetailLoaded(const OtBridge::EventDetail &detail);
    void handlePageLoaded(const HistoryPage &result);
    void handleLiveChecked(const LiveCheck &check);
    void readPage(const EventQuery &query, bool older);
    void handleScrollRangeChanged(int minimum, int maximum);
    void handleScrollValueChanged(int value);
    void handleFilterControlsChanged();
    void updateChoiceButtons(const EventFilter &filter);
    void reload();
    void startLiveCheck();
    void loadShownDetail();
    void clearView();
    void acknowledgeShown();
    void updateActions();
    void updateBadge();
    void updateStatus();
    void populateSources();
    void populateRules();
    void addSourceChoice(const QString &source);
    QList<EventSummary> refusalsBetween(const QDateTime &from, const QDateTime &before,
                                        qint64 serialBelow) const;
    QList<QUuid> selectedStoredIds() const;
    void setFollowing(bool follow);

    Engine *m_engine;
    EventTableModel *m_model;
    EventFilterProxyModel *m_proxy;
    QLabel *m_errorBanner;
    QToolButton *m_sourceButton;
    QMenu *m_sourceMenu;
    QToolButton *m_stateButton;
    QMenu *m_stateMenu;
    QComboBox *m_ruleCombo;
    QLineEdit *m_filter;
    QComboBox *m_timeCombo;
    QAction *m_showRejected;
    QAction *m_showInternal;
    QAction *m_rerun;
    QAction *m_pauseScrolling;
    QAction *m_acknowledge;
    QAction *m_replay;
    QAction *m_copyCurl;
    QAction *m_export;
    QToolButton *m_newRowsBadge;
    QSplitter *m_splitter;
    QTableView *m_view;
    EventDetailPane *m_detail;
    QLabel *m_status;
    QTimer *m_reloadTimer; // a pause in typing before the store is asked
    QTimer *m_liveTimer; // live rows are checked against the store in batches
    QTimer *m_detailTimer; // delivery updates of the shown event, coalesced
    bool m_followNewest = true;
    int m_newRows = 0;
    int m_scrollAdjust = 0; // rows put above the viewport, to keep what the user looks at
    QUuid m_shownId; // the event whose detail the pane waits for or shows
    EventDetail m_shownDetail; // the last detail read for m_shownId
    int m_viewGeneration = 0; // each reload or clear starts a new one
    bool m_moreHistory = false;
    bool m_readingPage = false; // a page of history is on its way
    qint64 m_historyCursor = 0; // the oldest stored event read so far (its seq)
    QDateTime m_oldestHistoryTime; // its receive time
    qint64 m_refusalsAtReload = 0; // refusals older than the reload are merged from the ring
    std::deque<Refusal> m_refusals;
    qint64 m_refusalSerial = 0;
    QSet<QUuid> m_toConfirm; // live stored rows the store must judge against rule and text
    QSet<QUuid> m_toRefresh; // rows whose deliveries moved on
    QSet<QUuid> m_updatedBeforeShown; // deliveries that moved on before their row came
    static constexpr qsizetype maximumUpdatedBeforeShown = 4096;
    QSet<QString> m_knownSources;
    QString m_statusText; // the last action's outcome
    // Requests to the engine under way (EngineClient); their answers come to this page.
    quint64 m_pageReads = 0; // which page read is still wanted
    bool m_checkingLive = false;
    bool m_readingDetail = false;
    bool m_acknowledging = false;
    bool m_replaying = false;
    bool m_exporting = false;
    bool m_exportCancelled = false; // the user stopped it
    QFuture<void> m_exportJob; // cancelled when the page goes
    QUuid m_rerunOriginal; // the event a re-run was asked for, until it is stored
    std::optional<EventSummary> m_shownRefusal; // the refused request shown, if one is
    std::deque<qint64> m_refusalBodies; // serials of kept refusals that still hold a body
    QUuid m_acknowledgedId; // the shown event, once acknowledged from here
};

} // namespace OtBridge
