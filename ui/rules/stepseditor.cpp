// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepseditor.h"

#include "conditionbuilder.h"
#include "templatelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr char errorStyle[] = "color: #b01c1c;";

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void put(QJsonObject &object, const QString &key, const QString &value)
{
    if (value.isEmpty())
        object.remove(key);
    else
        object.insert(key, value);
}

void setComboData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index >= 0 && index != combo->currentIndex())
        combo->setCurrentIndex(index);
}

} // namespace

StepsEditor::StepsEditor(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_grid(new QGridLayout(m_body))
    , m_kind(new QComboBox(m_body))
    , m_delayMode(new QComboBox(m_body))
    , m_delayFor(new QLineEdit(m_body))
    , m_delayUntil(new TemplateLineEdit(QStringLiteral("delayUntil"), m_body))
    , m_delayOffset(new QLineEdit(m_body))
    , m_ifPast(new QComboBox(m_body))
    , m_delayKey(new TemplateLineEdit(QStringLiteral("delayKey"), m_body))
    , m_cancelLabel(new QLabel(m_body))
    , m_cancelWhen(new ConditionBuilder(m_body))
    , m_digestKey(new TemplateLineEdit(QStringLiteral("digestKey"), m_body))
    , m_digestWindow(new QLineEdit(m_body))
    , m_digestFirst(new QCheckBox(tr("The first event at once"), m_body))
    , m_urgent(new QCheckBox(tr("Urgent: ignores quiet hours"), m_body))
    , m_error(new QLabel(m_body))
{
    setObjectName(QStringLiteral("stepsEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle->setObjectName(QStringLiteral("stepsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleName(tr("Show the notification steps"));
    m_toggle->setToolTip(tr("Delay or digest the messages, or mark the rule urgent"));
    layout->addWidget(m_toggle);
    m_body->setObjectName(QStringLiteral("stepsBody"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(m_body);
    m_body->hide();

    m_kind->setObjectName(QStringLiteral("stepKind"));
    m_kind->setAccessibleName(tr("What happens before sending"));
    m_kind->addItem(tr("Send at once"), QString());
    m_kind->addItem(tr("Delay"), QStringLiteral("delay"));
    m_kind->addItem(tr("Digest"), QStringLiteral("digest"));
    addRow(tr("Messages"), m_kind);

    m_delayMode->setObjectName(QStringLiteral("delayMode"));
    m_delayMode->setAccessibleName(tr("Delay until when"));
    m_delayMode->addItem(tr("for a time after the event"), QStringLiteral("for"));
    m_delayMode->addItem(tr("until a time in the payload"), QStringLiteral("until"));
    addRow(tr("Wait"), m_delayMode);
    m_delayFor->setObjectName(QStringLiteral("delayFor"));
    m_delayFor->setAccessibleName(tr("Delay duration"));
    m_delayFor->setPlaceholderText(tr("e.g. 2h, 30m, 1d"));
    addRow(tr("Duration"), m_delayFor);
    m_delayUntil->setAccessibleName(tr("Time to send, from the payload"));
    m_delayUntil->setPlaceholderText(tr("e.g. {{contract.review_due}}"));
    addRow(tr("Time"), m_delayUntil);
    m_delayOffset->setObjectName(QStringLiteral("delayOffset"));
    m_delayOffset->setAccessibleName(tr("Offset from the time"));
    m_delayOffset->setPlaceholderText(tr("e.g. -24h (before), 1h (after)"));
    addRow(tr("Offset"), m_delayOffset);
    m_ifPast->setObjectName(QStringLiteral("delayIfPast"));
    m_ifPast->setAccessibleName(tr("When the time is already past"));
    m_ifPast->addItem(tr("send at once"), QStringLiteral("send"));
    m_ifPast->addItem(tr("skip the messages"), QStringLiteral("skip"));
    addRow(tr("If past"), m_ifPast);
    m_delayKey->setAccessibleName(tr("Key of the held messages, for cancelling"));
    m_delayKey->setPlaceholderText(tr("e.g. {{contract.id}}"));
    addRow(tr("Cancel key"), m_delayKey);
    m_cancelLabel->setText(tr("Cancel the held messages when a later event with the same key "
                              "matches:"));
    m_cancelLabel->setWordWrap(true);
    m_cancelWhen->setObjectName(QStringLiteral("delayCancelWhen"));
    m_cancelWhen->setAccessibleName(tr("Condition that cancels the held messages"));
    m_grid->addWidget(m_cancelLabel, m_grid->rowCount(), 0, 1, 2);
    m_grid->addWidget(m_cancelWhen, m_grid->rowCount(), 0, 1, 2);

    m_digestKey->setAccessibleName(tr("Digest key"));
    m_digestKey->setPlaceholderText(tr("e.g. {{supplier.id}}"));
    m_digestKey->setToolTip(tr("Events with the same key within the window make one message"));
    addRow(tr("Key"), m_digestKey);
    m_digestWindow->setObjectName(QStringLiteral("digestWindow"));
    m_digestWindow->setAccessibleName(tr("Digest window"));
    m_digestWindow->setPlaceholderText(tr("e.g. 10m"));
    addRow(tr("Window"), m_digestWindow);
    m_digestFirst->setObjectName(QStringLiteral("digestFirst"));
    m_digestFirst->setToolTip(tr("Send the event that opens a window at once and digest the "
                                 "rest"));
    addRow(QString(), m_digestFirst);
    m_urgent->setObjectName(QStringLiteral("ruleUrgent"));
    m_urgent->setToolTip(tr("The recipients' quiet hours do not hold this rule's messages"));
    addRow(QString(), m_urgent);
    m_error->setObjectName(QStringLiteral("stepsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QString::fromLatin1(errorStyle));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(m_error, m_grid->rowCount(), 0, 1, 2);
    m_error->hide();

    // Combo boxes narrow to the pane instead of widening it to their longest item (German).
    for (QComboBox *combo : {m_kind, m_delayMode, m_ifPast}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    connect(m_toggle, &QToolButton::toggled, this, &StepsEditor::setExpanded);
    // Another kind of step starts from the one the rule had, else from a working example.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        QJsonObject rule = m_rule;
        const QString kind = m_kind->currentData().toString();
        rule.remove(QLatin1String("delay"));
        rule.remove(QLatin1String("digest"));
        if (kind == QLatin1String("delay"))
            rule.insert(QStringLiteral("delay"),
                        m_rule.contains(QLatin1String("delay"))
                            ? m_rule.value(QLatin1String("delay"))
                            : QJsonObject {{QStringLiteral("for"), QStringLiteral("1h")}});
        else if (kind == QLatin1String("digest"))
            rule.insert(
                QStringLiteral("digest"),
                m_rule.contains(QLatin1String("digest"))
                    ? m_rule.value(QLatin1String("digest"))
                    : QJsonObject {{QStringLiteral("key"), QStringLiteral("{{event.source}}")},
                                   {QStringLiteral("window"), QStringLiteral("10m")}});
        if (rule != m_rule)
            Q_EMIT edited(rule, {});
    });
    connect(m_delayMode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitEdited({});
    });
    connect(m_ifPast, &QComboBox::currentIndexChanged, this, [this] { emitEdited({}); });
    connect(m_digestFirst, &QCheckBox::toggled, this, [this] { emitEdited({}); });
    connect(m_urgent, &QCheckBox::toggled, this, [this] { emitEdited({}); });
    for (QLineEdit *edit : {m_delayFor, static_cast<QLineEdit *>(m_delayUntil), m_delayOffset,
                            static_cast<QLineEdit *>(m_delayKey),
                            static_cast<QLineEdit *>(m_digestKey), m_digestWindow}) {
        connect(edit, &QLineEdit::textChanged, this,
                [this, edit] { emitEdited(edit->objectName()); });
    }
    connect(m_cancelWhen, &ConditionBuilder::edited, this, [this](const QString &mergeKey) {
        emitEdited(QStringLiteral("cancel_when") + mergeKey);
    });
    updateVisibility();
    updateSummary();
}

StepsEditor::~StepsEditor() = default;

void StepsEditor::addRow(const QString &label, QWidget *field)
{
    const int row = m_grid->rowCount();
    if (!label.isEmpty()) {
        auto *text = new QLabel(label, m_body);
        text->setBuddy(field);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_grid->addWidget(text, row, 0);
        m_labels.insert(field, text);
    }
    m_grid->addWidget(field, row, 1);
}

void StepsEditor::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_labels.value(field, nullptr))
        label->setVisible(visible);
}

void StepsEditor::setNamesModel(QAbstractItemModel *names)
{
    for (TemplateLineEdit *edit : {m_delayUntil, m_delayKey, m_digestKey})
        edit->setNamesModel(names);
}

void StepsEditor::setPointers(const QStringList &pointers)
{
    m_cancelWhen->setPointers(pointers);
}

bool StepsEditor::isExpanded() const
{
    return m_toggle->isChecked();
}

void StepsEditor::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded) {
        m_toggle->setChecked(expanded); // comes back here through toggled
        return;
    }
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleName(expanded ? tr("Hide the notification steps")
                                         : tr("Show the notification steps"));
    m_body->setVisible(expanded);
}

void StepsEditor::setRule(const QJsonObject &rule)
{
    m_loading = true;
    m_rule = rule;
    const QJsonObject delay = rule.value(QLatin1String("delay")).toObject();
    const QJsonObject digest = rule.value(QLatin1String("digest")).toObject();
    const bool hasDelay = rule.contains(QLatin1String("delay"));
    const bool hasDigest = !hasDelay && rule.contains(QLatin1String("digest"));
    setComboData(m_kind,
                 hasDelay ? QStringLiteral("delay")
                          : (hasDigest ? QStringLiteral("digest") : QString()));
    // A delay with neither "for" nor "until" yet keeps the mode someone just chose.
    if (delay.contains(QLatin1String("until")))
        setComboData(m_delayMode, QStringLiteral("until"));
    else if (delay.contains(QLatin1String("for")))
        setComboData(m_delayMode, QStringLiteral("for"));
    setLineText(m_delayFor, delay.value(QLatin1String("for")).toString());
    setLineText(m_delayUntil, delay.value(QLatin1String("until")).toString());
    setLineText(m_delayOffset, delay.value(QLatin1String("offset")).toString());
    setComboData(m_ifPast,
                 delay.value(QLatin1String("if_past")).toString() == QLatin1String("skip")
                     ? QStringLiteral("skip")
                     : QStringLiteral("send"));
    setLineText(m_delayKey, delay.value(QLatin1String("key")).toString());
    m_cancelWhen->setCondition(delay.value(QLatin1String("cancel_when")));
    setLineText(m_digestKey, digest.value(QLatin1String("key")).toString());
    setLineText(m_digestWindow, digest.value(QLatin1String("window")).toString());
    m_digestFirst->setChecked(digest.value(QLatin1String("first")).toString()
                              == QLatin1String("send"));
    m_urgent->setChecked(rule.value(QLatin1String("urgent")).toBool());
    if (hasDelay || hasDigest || m_urgent->isChecked())
        setExpanded(true);
    updateVisibility();
    updateSummary();
    m_loading = false;
}

void StepsEditor::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        setExpanded(true);
}

void StepsEditor::updateVisibility()
{
    const QString kind = m_kind->currentData().toString();
    const bool delay = kind == QLatin1String("delay");
    const bool until = delay && m_delayMode->currentData().toString() == QLatin1String("until");
    const bool digest = kind == QLatin1String("digest");
    setRowVisible(m_delayMode, delay);
    setRowVisible(m_delayFor, delay && !until);
    setRowVisible(m_delayUntil, until);
    setRowVisible(m_delayOffset, until);
    setRowVisible(m_ifPast, until);
    setRowVisible(m_delayKey, delay);
    m_cancelLabel->setVisible(delay);
    m_cancelWhen->setVisible(delay);
    setRowVisible(m_digestKey, digest);
    setRowVisible(m_digestWindow, digest);
    setRowVisible(m_digestFirst, digest);
}

void StepsEditor::updateSummary()
{
    const QString kind = m_kind->currentData().toString();
    QString what = kind == QLatin1String("delay")
        ? tr("delay")
        : (kind == QLatin1String("digest") ? tr("digest") : tr("none"));
    if (m_urgent->isChecked())
        what = tr("%1, urgent").arg(what);
    m_toggle->setText(tr("Steps: %1").arg(what));
}

void StepsEditor::emitEdited(const QString &mergeKey)
{
    if (m_loading)
        return;
    const QJsonObject rule = ruleFromFields();
    if (rule == m_rule) {
        updateSummary();
        return;
    }
    Q_EMIT edited(rule, mergeKey);
}

QJsonObject StepsEditor::ruleFromFields() const
{
    QJsonObject rule = m_rule;
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("delay")) {
        QJsonObject delay = m_rule.value(QLatin1String("delay")).toObject();
        if (m_delayMode->currentData().toString() == QLatin1String("until")) {
            delay.remove(QLatin1String("for"));
            put(delay, QStringLiteral("until"), m_delayUntil->text());
            put(delay, QStringLiteral("offset"), m_delayOffset->text().trimmed());
            // "send" is what an absent if_past means: written only when it was written.
            if (m_ifPast->currentData().toString() == QLatin1String("skip"))
                delay.insert(QStringLiteral("if_past"), QStringLiteral("skip"));
            else if (delay.value(QLatin1String("if_past")).toString() != QLatin1String("send"))
                delay.remove(QLatin1String("if_past"));
        } else {
            for (const char *key : {"until", "offset", "if_past"})
                delay.remove(QLatin1String(key));
            put(delay, QStringLiteral("for"), m_delayFor->text().trimmed());
        }
        put(delay, QStringLiteral("key"), m_delayKey->text());
        const QJsonValue cancel = m_cancelWhen->condition();
        if (cancel.isUndefined())
            delay.remove(QLatin1String("cancel_when"));
        else
            delay.insert(QStringLiteral("cancel_when"), cancel);
        rule.insert(QStringLiteral("delay"), delay);
    } else if (kind == QLatin1String("digest")) {
        QJsonObject digest = m_rule.value(QLatin1String("digest")).toObject();
        put(digest, QStringLiteral("key"), m_digestKey->text());
        put(digest, QStringLiteral("window"), m_digestWindow->text().trimmed());
        if (m_digestFirst->isChecked())
            digest.insert(QStringLiteral("first"), QStringLiteral("send"));
        else if (digest.value(QLatin1String("first")).toString() != QLatin1String("digest"))
            digest.remove(QLatin1String("first"));
        rule.insert(QStringLiteral("digest"), digest);
    }
    if (m_urgent->isChecked())
        rule.insert(QStringLiteral("urgent"), true);
    else if (rule.value(QLatin1String("urgent")) != QJsonValue(false))
        rule.remove(QLatin1String("urgent"));
    return rule;
}

} // namespace OtBridge
