// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "eventratemeter.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QListWidget;
class QMessageBox;
class QStackedWidget;

namespace OtBridge {

class ConsolePage;
class DashboardPage;
class RuleDesignerPage;
class SandboxInboxPage;
class SourcesPage;
class TargetsPage;
class TesterPage;
class SettingsPage;

// The desktop face: a sidebar of pages (the live console first), a status bar with the
// listener's address and the current event rate, and a menu bar (File: open and export the
// workspace, quit; Help: about).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page {
        ConsolePageIndex,
        RulesPageIndex,
        TesterPageIndex,
        SourcesPageIndex,
        TargetsPageIndex,
        SandboxPageIndex,
        DashboardPageIndex,
        SettingsPageIndex,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(Engine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void startEngine(const EngineOptions &options);

    ConsolePage *consolePage() const { return m_console; }
    SourcesPage *sourcesPage() const { return m_sources; }
    TargetsPage *targetPage() const { return m_targets; }
    RuleDesignerPage *rulesPage() const { return m_rules; }
    SandboxInboxPage *sandboxPage() const { return m_sandbox; }
    TesterPage *testerPage() const { return m_tester; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    SettingsPage *settingsPage() const { return m_settings; }
    QLabel *listenerLabel() const { return m_listenerLabel; }
    QLabel *rateLabel() const { return m_rateLabel; }
    void setCurrentPage(Page page);

    // File > Open workspace: loads the file, has the engine use it (sources, rules, targets)
    // and shows it on every page; the window opens it at the next start too. Nothing changes
    // when it does not load.
    Result<void> openWorkspace(const QString &path);
    // File > Export workspace: the running workspace as a file; it names secrets, never holds
    // them.
    Result<void> exportWorkspace(const QString &path) const;
    QAction *quitAction() const { return m_quitAction; }
    QAction *openWorkspaceAction() const { return m_openAction; }
    QAction *exportWorkspaceAction() const { return m_exportAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    // Help > About: the version, what OT Bridge is, and the licences of what it is built on.
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &iconName, const QString &title, QWidget *widget);
    void createMenus();
    void chooseWorkspaceToOpen();
    void chooseExportFile();
    void reloadPages();
    void handleWorkspaceEdited();
    void handleActivity(const QList<OtBridge::EventSummary> &batch);
    void updateRate();
    void saveSettings() const;

    Engine *m_engine;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ConsolePage *m_console;
    SourcesPage *m_sources;
    TargetsPage *m_targets;
    RuleDesignerPage *m_rules;
    SandboxInboxPage *m_sandbox;
    TesterPage *m_tester;
    DashboardPage *m_dashboard;
    SettingsPage *m_settings;
    QLabel *m_listenerLabel;
    QLabel *m_rateLabel;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMessageBox *m_about = nullptr;
    EventRateMeter m_rate;
    QElapsedTimer m_clock;
    QTimer m_rateTimer;
};

} // namespace OtBridge
