// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "eventratemeter.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace OtBridge {

class ConsolePage;
class DashboardPage;
class OpenTextTargetPage;
class RuleDesignerPage;
class SandboxInboxPage;
class TesterPage;
class SettingsPage;

// The desktop face: a sidebar of pages (the live console first) and a status bar with the
// listener's address and the current event rate.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page {
        ConsolePageIndex,
        RulesPageIndex,
        TesterPageIndex,
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
    OpenTextTargetPage *targetPage() const { return m_targets; }
    RuleDesignerPage *rulesPage() const { return m_rules; }
    SandboxInboxPage *sandboxPage() const { return m_sandbox; }
    TesterPage *testerPage() const { return m_tester; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    SettingsPage *settingsPage() const { return m_settings; }
    QLabel *listenerLabel() const { return m_listenerLabel; }
    QLabel *rateLabel() const { return m_rateLabel; }
    void setCurrentPage(Page page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page page, const QString &iconName, const QString &title, QWidget *widget);
    void handleActivity(const QList<OtBridge::EventSummary> &batch);
    void updateRate();
    void saveSettings() const;

    Engine *m_engine;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ConsolePage *m_console;
    OpenTextTargetPage *m_targets;
    RuleDesignerPage *m_rules;
    SandboxInboxPage *m_sandbox;
    TesterPage *m_tester;
    DashboardPage *m_dashboard;
    SettingsPage *m_settings;
    QLabel *m_listenerLabel;
    QLabel *m_rateLabel;
    EventRateMeter m_rate;
    QElapsedTimer m_clock;
    QTimer m_rateTimer;
};

} // namespace OtBridge
