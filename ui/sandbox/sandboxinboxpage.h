// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QNetworkAccessManager;
class QNetworkReply;
class QSplitter;
class QTableView;

namespace OtBridge {

class Engine;
class SandboxInboxModel;
class SandboxMessageView;

// What the built-in OpenText sandbox received: the messages rules sent, newest first, each
// shown as its recipients would see it. Reads the sandbox's admin API over HTTP, about once a
// second while the page is visible; states are fetched again every few seconds since jobs move
// on after they arrive.
class SandboxInboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxInboxPage)

public:
    static constexpr int pollIntervalMs = 1000;
    static constexpr int fullRefreshEvery = 3; // polls

    explicit SandboxInboxPage(Engine *engine, QWidget *parent = nullptr);
    ~SandboxInboxPage() override;

    // Fetches the whole inbox now, states included.
    void refresh();
    // Empties the sandbox's inbox (DELETE /admin/inbox), without asking.
    void clearInbox();

    SandboxInboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SandboxMessageView *messageView() const { return m_messageView; }

Q_SIGNALS:
    void refreshed();
    void inboxCleared();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QUrl inboxUrl() const; // empty while no sandbox runs
    bool updateAvailability();
    void poll();
    void fetch(bool full);
    void handleFetched(QNetworkReply *reply, bool full, int generation);
    void handleCurrentRowChanged(const QModelIndex &current);
    void showSelected();
    void confirmClear();
    void showError(const QString &error);

    Engine *m_engine;
    QNetworkAccessManager *m_network;
    SandboxInboxModel *m_model;
    QLabel *m_notice;
    QLabel *m_error;
    QAction *m_refreshAction;
    QAction *m_clearAction;
    QSplitter *m_splitter;
    QTableView *m_view;
    SandboxMessageView *m_messageView;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_pending; // one request at a time
    bool m_fullWanted = true;
    int m_polls = 0;
    int m_generation = 0; // a clear starts a new one; answers to older requests are dropped
};

} // namespace OtBridge
