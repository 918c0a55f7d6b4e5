// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleeditor.h"

#include "config/opentextchannelinfo.h"

#include "actioneditor.h"
#include "conditionbuilder.h"
#include "config/rule.h"
#include "stepseditor.h"
#include "templatelineedit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr char errorStyle[] = "color: #b01c1c;";

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1(errorStyle));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // a long title shows its start, not its end
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_ruleError(errorLabel(QStringLiteral("ruleError"), this))
    , m_name(new TemplateLineEdit(QStringLiteral("ruleName"), this))
    , m_nameError(errorLabel(QStringLiteral("ruleNameError"), this))
    , m_title(new TemplateLineEdit(QStringLiteral("ruleTitle"), this))
    , m_description(new TemplateLineEdit(QStringLiteral("ruleDescription"), this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_trigger(new QListWidget(this))
    , m_triggerError(errorLabel(QStringLiteral("ruleTriggerError"), this))
    , m_condition(new ConditionBuilder(this))
    // Parented when laid out, after the condition: findChild meets the rule's condition first.
    , m_steps(new StepsEditor)
    , m_actions(new QTabWidget(this))
    , m_addAction(new QToolButton(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_ruleError);

    auto *general = new QFormLayout;
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setPlaceholderText(tr("a-z, 0-9 and -, e.g. contract-review"));
    m_name->setAcceptDrops(false);
    m_title->setAccessibleName(tr("Rule title"));
    m_title->setAcceptDrops(false);
    m_description->setAccessibleName(tr("Rule description"));
    m_description->setAcceptDrops(false);
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_enabled->setAccessibleName(tr("Rule enabled"));
    general->addRow(tr("Name"), m_name);
    general->addRow(QString(), m_nameError);
    general->addRow(tr("Title"), m_title);
    general->addRow(tr("Description"), m_description);
    general->addRow(QString(), m_enabled);
    layout->addLayout(general);

    auto *trigger = new QGroupBox(tr("When an event arrives from"), this);
    auto *triggerLayout = new QVBoxLayout(trigger);
    m_trigger->setObjectName(QStringLiteral("ruleTrigger"));
    m_trigger->setAccessibleName(tr("Sources and internal events that trigger the rule"));
    m_trigger->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    // "opentext.delivery.confirmed (the bridge's own event)" wraps in a narrow pane.
    m_trigger->setWordWrap(true);
    m_trigger->setResizeMode(QListView::Adjust);
    m_trigger->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    triggerLayout->addWidget(m_trigger);
    triggerLayout->addWidget(m_triggerError);
    layout->addWidget(trigger);

    auto *condition = new QGroupBox(tr("and its payload matches"), this);
    auto *conditionLayout = new QVBoxLayout(condition);
    conditionLayout->addWidget(m_condition);
    layout->addWidget(condition);
    // Folded unless the rule has a step: most rules send at once.
    layout->addWidget(m_steps);

    auto *actions = new QGroupBox(tr("then"), this);
    auto *actionsLayout = new QVBoxLayout(actions);
    m_actions->setObjectName(QStringLiteral("ruleActions"));
    m_actions->setAccessibleName(tr("Actions"));
    m_actions->setTabsClosable(true);
    m_actions->setDocumentMode(true);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_addAction->setText(tr("Add action"));
    m_addAction->setAccessibleName(tr("Add an action"));
    m_addAction->setPopupMode(QToolButton::InstantPopup);
    m_addAction->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_addAction);
    menu->setObjectName(QStringLiteral("addActionMenu"));
    menu->addAction(tr("OpenText email"), this, [this] { addAction(QStringLiteral("email")); });
    menu->addAction(tr("OpenText SMS"), this, [this] { addAction(QStringLiteral("sms")); });
    menu->addAction(tr("HTTP request"), this, [this] { addAction(QStringLiteral("http")); });
    m_addAction->setMenu(menu);
    // Above the tabs, not in their corner: there the tabs squeezed it to "Ak".
    auto *actionsHeader = new QHBoxLayout;
    actionsHeader->addStretch(1);
    actionsHeader->addWidget(m_addAction);
    actionsLayout->addLayout(actionsHeader);
    m_actions->setUsesScrollButtons(true);
    m_actions->setElideMode(Qt::ElideRight);
    actionsLayout->addWidget(m_actions);
    layout->addWidget(actions);
    layout->addStretch(1);

    const auto field = [this](const char *key, const QString &text) {
        QJsonObject rule = m_rule;
        if (text.isEmpty() && qstrcmp(key, "name") != 0)
            rule.remove(QLatin1String(key));
        else
            rule.insert(QLatin1String(key), text);
        emitEdited(rule, tr("Edit %1").arg(QLatin1String(key)), QLatin1String(key));
    };
    connect(m_name, &QLineEdit::textChanged, this,
            [field](const QString &text) { field("name", text); });
    connect(m_title, &QLineEdit::textChanged, this,
            [field](const QString &text) { field("title", text); });
    connect(m_description, &QLineEdit::textChanged, this,
            [field](const QString &text) { field("description", text); });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        QJsonObject rule = m_rule;
        if (on)
            rule.remove(QLatin1String("enabled"));
        else
            rule.insert(QStringLiteral("enabled"), false);
        emitEdited(rule, on ? tr("Enable rule") : tr("Disable rule"), {});
    });
    connect(m_trigger, &QListWidget::itemChanged, this, [this] {
        QJsonArray sources;
        QJsonArray events;
        for (int row = 0; row < m_trigger->count(); ++row) {
            const QListWidgetItem *item = m_trigger->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            const QString name = item->data(Qt::UserRole).toString();
            (InternalEvent::isInternal(name) ? events : sources).append(name);
        }
        QJsonObject trigger;
        if (!sources.isEmpty())
            trigger.insert(QStringLiteral("sources"), sources);
        if (!events.isEmpty())
            trigger.insert(QStringLiteral("events"), events);
        QJsonObject rule = m_rule;
        rule.insert(QStringLiteral("trigger"), trigger);
        emitEdited(rule, tr("Change trigger"), {});
    });
    connect(m_condition, &ConditionBuilder::edited, this, [this](const QString &mergeKey) {
        QJsonObject rule = m_rule;
        const QJsonValue condition = m_condition->condition();
        if (condition.isUndefined())
            rule.remove(QLatin1String("condition"));
        else
            rule.insert(QStringLiteral("condition"), condition);
        emitEdited(rule, tr("Change condition"), mergeKey);
    });
    connect(m_steps, &StepsEditor::edited, this,
            [this](const QJsonObject &rule, const QString &mergeKey) {
                emitEdited(rule, tr("Change steps"),
                           mergeKey.isEmpty() ? QString() : QStringLiteral("steps-") + mergeKey);
            });
    connect(m_actions, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QJsonObject rule = m_rule;
        QJsonArray actions = rule.value(QLatin1String("actions")).toArray();
        if (index < 0 || index >= actions.size())
            return;
        actions.removeAt(index);
        rule.insert(QStringLiteral("actions"), actions);
        emitEdited(rule, tr("Remove action %1").arg(index + 1), {});
    });
}

RuleEditor::~RuleEditor() = default;

void RuleEditor::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_openTextTargets.clear();
    for (const OpenTextTarget &target : workspace.openTextTargets())
        m_openTextTargets.append(target.name);
    m_firstHttpTarget
        = workspace.httpTargets().isEmpty() ? QString() : workspace.httpTargets().first().name;
    // A generic target suits a new HTTP action best: its URL, headers and body are all editable.
    for (const HttpTargetConfig &target : workspace.httpTargets()) {
        if (target.preset.isEmpty()) {
            m_firstHttpTarget = target.name;
            break;
        }
    }
    m_firstRole
        = workspace.roles().roles().isEmpty() ? QString() : workspace.roles().roles().first().name;
    const QSignalBlocker blocker(m_trigger);
    m_trigger->clear();
    QStringList names;
    for (const SourceConfig &source : workspace.sources())
        names.append(source.name);
    names += InternalEvent::all();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(
            InternalEvent::isInternal(name) ? tr("%1 (the bridge's own event)").arg(name) : name,
            m_trigger);
        item->setData(Qt::UserRole, name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (ActionEditor *editor : std::as_const(m_actionEditors))
        editor->setWorkspace(workspace);
    m_rule = {};
}

void RuleEditor::setNamesModel(QAbstractItemModel *names)
{
    m_names = names;
    m_steps->setNamesModel(names);
    for (ActionEditor *editor : std::as_const(m_actionEditors))
        editor->setNamesModel(names);
}

void RuleEditor::setPointers(const QStringList &pointers)
{
    m_condition->setPointers(pointers);
    m_steps->setPointers(pointers);
}

void RuleEditor::setRule(const QJsonObject &rule)
{
    m_loading = true;
    m_rule = rule;
    setLineText(m_name, rule.value(QLatin1String("name")).toString());
    setLineText(m_title, rule.value(QLatin1String("title")).toString());
    setLineText(m_description, rule.value(QLatin1String("description")).toString());
    m_enabled->setChecked(rule.value(QLatin1String("enabled")).toBool(true));
    const QJsonObject trigger = rule.value(QLatin1String("trigger")).toObject();
    QStringList triggers;
    for (const QJsonValue &value : trigger.value(QLatin1String("sources")).toArray())
        triggers.append(value.toString());
    for (const QJsonValue &value : trigger.value(QLatin1String("events")).toArray())
        triggers.append(value.toString());
    {
        const QSignalBlocker blocker(m_trigger);
        for (int row = 0; row < m_trigger->count(); ++row) {
            QListWidgetItem *item = m_trigger->item(row);
            item->setCheckState(triggers.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    m_condition->setCondition(rule.value(QLatin1String("condition")));
    m_steps->setRule(rule);
    syncActionTabs();
    m_loading = false;
}

QString RuleEditor::actionTitle(const QJsonObject &action, int index) const
{
    const QString type = action.value(QLatin1String("type")).toString();
    QString what;
    if (type == QLatin1String("http"))
        what = tr("HTTP %1").arg(action.value(QLatin1String("target")).toString());
    else if (type == QLatin1String("escalate"))
        what = tr("Escalation");
    else {
        const OpenTextChannelInfo *channel
            = channelInfo(action.value(QLatin1String("channel")).toString(QStringLiteral("email")));
        what = channel ? channel->titleText() : channelInfo(OpenTextChannel::Email).titleText();
    }
    return tr("%1. %2").arg(index + 1).arg(what);
}

void RuleEditor::syncActionTabs()
{
    const QJsonArray actions = m_rule.value(QLatin1String("actions")).toArray();
    while (m_actionEditors.size() > actions.size()) {
        ActionEditor *editor = m_actionEditors.takeLast();
        m_actions->removeTab(m_actions->indexOf(editor));
        editor->deleteLater();
    }
    while (m_actionEditors.size() < actions.size()) {
        auto *editor = new ActionEditor(m_actions);
        editor->setWorkspace(m_workspace);
        if (m_names)
            editor->setNamesModel(m_names);
        const int index = int(m_actionEditors.size());
        editor->setObjectName(QStringLiteral("actionEditor%1").arg(index + 1));
        connect(editor, &ActionEditor::edited, this,
                [this, editor](const QJsonObject &action, const QString &mergeKey) {
                    const int at = int(m_actionEditors.indexOf(editor));
                    QJsonObject rule = m_rule;
                    QJsonArray list = rule.value(QLatin1String("actions")).toArray();
                    if (at < 0 || at >= list.size())
                        return;
                    list.replace(at, action);
                    rule.insert(QStringLiteral("actions"), list);
                    emitEdited(rule, tr("Edit action %1").arg(at + 1),
                               QStringLiteral("action%1-%2").arg(at).arg(mergeKey));
                });
        m_actionEditors.append(editor);
        m_actions->addTab(editor, QString());
    }
    for (int i = 0; i < actions.size(); ++i) {
        m_actionEditors.at(i)->setAction(actions.at(i).toObject());
        m_actions->setTabText(i, actionTitle(actions.at(i).toObject(), i));
        m_actions->setTabToolTip(i, tr("Close the tab to remove the action"));
    }
}

void RuleEditor::showAction(int index)
{
    if (index >= 0 && index < m_actions->count())
        m_actions->setCurrentIndex(index);
}

void RuleEditor::addAction(const QString &kind)
{
    QJsonObject action;
    if (kind == QLatin1String("http")) {
        action = {{QStringLiteral("type"), QStringLiteral("http")},
                  {QStringLiteral("target"), m_firstHttpTarget}};
    } else {
        action = {{QStringLiteral("type"), QStringLiteral("opentext")},
                  {QStringLiteral("channel"), kind}};
        if (!m_openTextTargets.isEmpty())
            action.insert(QStringLiteral("target"), m_openTextTargets.first());
        if (!m_firstRole.isEmpty())
            action.insert(QStringLiteral("to"),
                          QJsonObject {{QStringLiteral("roles"), QJsonArray {m_firstRole}}});
        if (kind == QLatin1String("email")) {
            action.insert(QStringLiteral("subject"), QStringLiteral("{{event}}"));
            action.insert(QStringLiteral("text"), QStringLiteral("{{event}} ({{event.source}})"));
        } else {
            action.insert(QStringLiteral("text"), QStringLiteral("{{event}} ({{event.source}})"));
        }
    }
    QJsonObject rule = m_rule;
    QJsonArray actions = rule.value(QLatin1String("actions")).toArray();
    actions.append(action);
    rule.insert(QStringLiteral("actions"), actions);
    emitEdited(rule, tr("Add action"), {});
    showAction(int(actions.size()) - 1);
}

void RuleEditor::emitEdited(const QJsonObject &rule, const QString &description,
                            const QString &mergeKey)
{
    if (m_loading || rule == m_rule)
        return;
    Q_EMIT edited(rule, description, mergeKey);
}

void RuleEditor::setProblems(const Problems &problems)
{
    showError(m_ruleError, problems.rule);
    showError(m_nameError, problems.name);
    showError(m_triggerError, problems.trigger);
    m_condition->setError(problems.condition, problems.conditionLeaf);
    m_steps->setError(problems.steps);
    for (int i = 0; i < m_actionEditors.size(); ++i) {
        const QHash<QString, QString> actionProblems = problems.actions.value(i);
        m_actionEditors.at(i)->setProblems(actionProblems);
        m_actions->setTabIcon(i,
                              actionProblems.isEmpty()
                                  ? QIcon()
                                  : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void RuleEditor::setConditionResults(const QList<LeafResult> &results)
{
    m_condition->setResults(results);
}

} // namespace OtBridge
