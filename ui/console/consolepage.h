// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTableView;

namespace OtBridge {

class Engine;
class EventDetailPane;
class EventFilterProxyModel;
class EventTableModel;
struct EventDetail;

// The live event console: every request the listener handled, newest at the bottom, with a
// filter, and the selected event's headers and body below.
class ConsolePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    explicit ConsolePage(Engine *engine, QWidget *parent = nullptr);
    ~ConsolePage() override;

    // Reads the latest stored events off the GUI thread and puts them above the live rows.
    void loadHistory();
    // Why the engine is not listening, shown above the table; empty hides it.
    void setEngineError(const QString &error);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    EventTableModel *model() const { return m_model; }
    EventFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    EventDetailPane *detailPane() const { return m_detail; }

    static constexpr int historyRows = 1000;

private:
    void handleActivity(const QList<OtBridge::EventSummary> &batch);
    void handleCurrentRowChanged(const QModelIndex &current);
    void handleDetailLoaded();
    void handleHistoryLoaded();
    void handleScrollRangeChanged(int minimum, int maximum);
    void clearView();
    void acknowledgeShown();
    void updateAcknowledge();

    Engine *m_engine;
    EventTableModel *m_model;
    EventFilterProxyModel *m_proxy;
    QLabel *m_errorBanner;
    QLineEdit *m_filter;
    QAction *m_showRejected;
    QAction *m_pauseScrolling;
    QAction *m_acknowledge;
    QSplitter *m_splitter;
    QTableView *m_view;
    EventDetailPane *m_detail;
    bool m_followNewest = true;
    QUuid m_shownId; // the event whose detail the pane waits for or shows
    int m_viewGeneration = 0; // each clear starts a new one
    int m_historyGeneration = -1; // the view generation history was requested for
    QFutureWatcher<OtBridge::EventDetail> *m_detailWatcher;
    QFutureWatcher<QList<OtBridge::EventSummary>> *m_historyWatcher;
    QFutureWatcher<QString> *m_acknowledgeWatcher; // the error, or empty
    QUuid m_acknowledgedId; // the shown event, once acknowledged from here
};

} // namespace OtBridge
