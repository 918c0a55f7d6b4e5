// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace OtBridge {

class ConditionBuilder;
class TemplateLineEdit;

// A rule's notification steps (README, "Notification steps"), folded under one button: send at
// once, delay (for a duration, or until a time the payload names with an offset; when that time
// is past, send or skip; a key and a condition that cancel held messages) or digest (key,
// window, the first event at once), and "urgent" (quiet hours do not hold its messages). Works
// on the rule's JSON: what it has no control for stays as it is.
class StepsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepsEditor)

public:
    explicit StepsEditor(QWidget *parent = nullptr);
    ~StepsEditor() override;

    void setNamesModel(QAbstractItemModel *names);
    void setPointers(const QStringList &pointers);
    // Shows the rule's steps; fields already showing the same are left alone. A rule with a
    // step opens the group.
    void setRule(const QJsonObject &rule);
    // The steps' problem in words (a duration that does not parse, a missing key); empty: none.
    void setError(const QString &error);
    bool isExpanded() const;
    void setExpanded(bool expanded);

Q_SIGNALS:
    // The rule with the steps as the controls say; mergeKey groups typing into one undo step.
    void edited(const QJsonObject &rule, const QString &mergeKey);

private:
    void addRow(const QString &label, QWidget *field);
    void setRowVisible(QWidget *field, bool visible);
    void updateVisibility();
    void updateSummary();
    void emitEdited(const QString &mergeKey);
    QJsonObject ruleFromFields() const;

    QToolButton *m_toggle;
    QWidget *m_body;
    QGridLayout *m_grid;
    QComboBox *m_kind;
    QComboBox *m_delayMode;
    QLineEdit *m_delayFor;
    TemplateLineEdit *m_delayUntil;
    QLineEdit *m_delayOffset;
    QComboBox *m_ifPast;
    TemplateLineEdit *m_delayKey;
    QLabel *m_cancelLabel;
    ConditionBuilder *m_cancelWhen;
    TemplateLineEdit *m_digestKey;
    QLineEdit *m_digestWindow;
    QCheckBox *m_digestFirst;
    QCheckBox *m_urgent;
    QLabel *m_error;
    QHash<QWidget *, QLabel *> m_labels; // field → its label
    QJsonObject m_rule;
    bool m_loading = false;
};

} // namespace OtBridge
