// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tester/loadrunner.h"
#include "tester/postmancollection.h"
#include "tester/requesthistory.h"
#include "tester/samplelibrary.h"

#include <QThread>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace OtBridge {

class Engine;
class RequestComposer;
class ResponseView;
class SecretStore;
struct SourceConfig;

// The webhook tester: a library of samples and imported Postman requests and a history on the
// left, the composer in the middle, the answer and the run's summary on the right. Fire
// (Ctrl+Return) sends the request once or N times at a chosen concurrency on a worker thread;
// Ctrl+Shift+C copies it as curl without its credentials; Ctrl+I imports a collection.
class TesterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TesterPage)

public:
    explicit TesterPage(Engine *engine, QWidget *parent = nullptr);
    ~TesterPage() override;

    // The engine listens now: its URL becomes the default target, the history is read from
    // its data directory.
    void handleEngineStarted(const QString &dataDir);

    // Fires what the composer holds; runFinished() follows unless it cannot be sent.
    void fire();
    void cancel();
    bool isRunning() const { return m_running; }
    // The composer's request as curl, credentials left out; also put on the clipboard.
    QString copyAsCurl();
    // Imports a Postman collection v2.1 into the library, with an environment's values when
    // given. Nothing of it is written anywhere.
    Result<void> importCollection(const QString &path, const QString &environmentPath = {});
    // Loads the built-in sample titled so into the composer.
    bool selectSample(const QString &title);

    RequestComposer *composer() const { return m_composer; }
    ResponseView *responseView() const { return m_response; }
    QTreeWidget *library() const { return m_library; }
    QListWidget *history() const { return m_history; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void runFinished(const OtBridge::LoadSummary &summary);

private:
    void buildLibrary();
    void addCollection(const PostmanCollection &collection);
    void handleLibraryItem(QTreeWidgetItem *item);
    void handleHistoryRow(int row);
    void handleProgress(int done, int total);
    void handleResponse(const OtBridge::TesterResponse &response);
    void handleRunFinished(const OtBridge::LoadSummary &summary);
    void addHistoryItem(const HistoryEntry &entry, bool newest);
    // The source of our own listener the composer's URL points at, if any.
    const SourceConfig *targetSource() const;
    void updateSourceHint();
    void readSourceSecret();
    void chooseCollection();
    void clearHistory();
    void showMessage(const QString &text, bool error = false);
    QString listenerBase() const;

    Engine *m_engine;
    SecretStore *m_secrets;
    QThread m_runnerThread;
    LoadRunner *m_runner;
    QTreeWidget *m_library;
    QListWidget *m_history;
    RequestComposer *m_composer;
    ResponseView *m_response;
    QLabel *m_message;
    QPushButton *m_fireButton;
    QPushButton *m_cancelButton;
    QAction *m_fireAction;
    QAction *m_cancelAction;
    QAction *m_curlAction;
    QAction *m_importAction;
    QList<Sample> m_samples;
    QList<PostmanCollection> m_collections; // in memory only: they may hold credentials
    std::optional<RequestHistory> m_historyStore;
    QList<HistoryEntry> m_historyEntries; // oldest first, as the file
    bool m_running = false;
    HistoryEntry m_current; // the run going on
};

} // namespace OtBridge
