// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace OtBridge {

class Engine;
class HttpTargetForm;
class OpenTextTargetPage;

// Every target of the workspace in one list: the OpenText target first, then the HTTP
// targets (ServiceNow, Jira, PagerDuty, Slack, Teams, generic endpoints); the one chosen is
// edited beside it, and new HTTP targets are added here.
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    explicit TargetsPage(Engine *engine, QWidget *parent = nullptr);
    ~TargetsPage() override;

    // Reads the engine's workspace again: the list, and the target shown (unsaved edits go).
    void reload();
    // Shows the target called name (OpenText or HTTP); false when there is none.
    bool selectTarget(const QString &name);
    // An empty form for a new HTTP target.
    void addHttpTarget();

    OpenTextTargetPage *openTextPage() const { return m_openText; }
    HttpTargetForm *httpForm() const { return m_http; }
    QListWidget *targetList() const { return m_list; }

private:
    void fillList(const QString &select);
    void handleSelectionChanged();

    Engine *m_engine;
    QListWidget *m_list;
    QPushButton *m_add;
    QStackedWidget *m_stack;
    OpenTextTargetPage *m_openText;
    HttpTargetForm *m_http;
};

} // namespace OtBridge
