// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/condition.h"
#include "config/workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QToolButton;

namespace OtBridge {

class ActionEditor;
class ConditionBuilder;
class StepsEditor;
class TemplateLineEdit;

// One rule: name, title, description, on/off, trigger (sources and internal events), condition,
// notification steps and actions. Every change is sent up as the whole edited rule; the page turns
// it into an undoable command and hands the result back through setRule.
class RuleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditor)

public:
    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    void setWorkspace(const Workspace &workspace);
    void setNamesModel(QAbstractItemModel *names);
    void setPointers(const QStringList &pointers);
    void setRule(const QJsonObject &rule);
    QJsonObject rule() const { return m_rule; }

    // Problems in words next to their fields: the rule's own error (name, trigger, condition or
    // an action's field) and, per action, each field's problems with the sample.
    struct Problems
    {
        QString rule; // not about a field: shown above everything
        QString name;
        QString trigger;
        QString condition;
        int conditionLeaf = -1; // the leaf the condition's problem is about; -1: a group
        QString steps; // a delay, digest or "urgent" problem
        QList<QHash<QString, QString>> actions; // per action: field key → problem
    };
    void setProblems(const Problems &problems);
    void setConditionResults(const QList<LeafResult> &results);

    int actionCount() const { return int(m_actionEditors.size()); }
    ActionEditor *actionEditor(int index) const { return m_actionEditors.value(index); }
    ConditionBuilder *conditionBuilder() const { return m_condition; }
    StepsEditor *stepsEditor() const { return m_steps; }
    void showAction(int index);
    // Adds an action of this kind: "email", "sms" or "http".
    void addAction(const QString &kind);

Q_SIGNALS:
    void edited(const QJsonObject &rule, const QString &description, const QString &mergeKey);

private:
    void emitEdited(const QJsonObject &rule, const QString &description, const QString &mergeKey);
    void syncActionTabs();
    QString actionTitle(const QJsonObject &action, int index) const;

    QLabel *m_ruleError;
    TemplateLineEdit *m_name;
    QLabel *m_nameError;
    TemplateLineEdit *m_title;
    TemplateLineEdit *m_description;
    QCheckBox *m_enabled;
    QListWidget *m_trigger;
    QLabel *m_triggerError;
    ConditionBuilder *m_condition;
    StepsEditor *m_steps;
    QTabWidget *m_actions;
    QToolButton *m_addAction;
    QList<ActionEditor *> m_actionEditors;
    QAbstractItemModel *m_names = nullptr;
    QStringList m_openTextTargets;
    QString m_firstHttpTarget;
    QString m_firstRole;
    Workspace m_workspace;
    QJsonObject m_rule;
    bool m_loading = false;
};

} // namespace OtBridge
