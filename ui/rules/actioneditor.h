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
class QListWidget;
class QPlainTextEdit;

namespace OtBridge {

struct ErrorPlace;
class TemplateLineEdit;
class TemplateTextEdit;
class Workspace;

// The fields of one action of a rule: OpenText email (subject, text, HTML), SMS text, fax and
// WhatsApp text, recipients (roles and addresses from the payload) and a fallback channel; an
// HTTP request (URL, headers, JSON body, or a preset's fields); an escalation as JSON. Works on the
// action's JSON, so keys without a control here (people, template_parameters, …) are kept as they
// are.
class ActionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionEditor)

public:
    explicit ActionEditor(QWidget *parent = nullptr);
    ~ActionEditor() override;

    // The targets and roles to offer; call before setAction.
    void setWorkspace(const Workspace &workspace);
    void setNamesModel(QAbstractItemModel *names);
    // Shows the action; fields already showing the same value are left alone.
    void setAction(const QJsonObject &action);
    QJsonObject action() const { return m_action; }
    // Problems by field key ("subject", "to", "url", "headers", "body", a preset field; "" for
    // the action as a whole), each shown in red under its field.
    void setProblems(const QHash<QString, QString> &problems);
    // The field for a key, for focusing it from an error; null when there is none.
    QWidget *fieldFor(const QString &key) const;
    // The key of the field an error's place points to, as setProblems takes it: "to" for
    // addresses and the recipients as a whole, "roles_from", "escalation" for an escalation's
    // keys, else the action's own key (a preset field's name for a preset).
    static QString fieldKey(const ErrorPlace &place);

Q_SIGNALS:
    void edited(const QJsonObject &action, const QString &mergeKey);

private:
    enum class Kind { OpenText, Http, Escalate };
    TemplateLineEdit *addLine(const QString &key, const QString &label, const QString &accessible);
    TemplateTextEdit *addText(const QString &key, const QString &label, const QString &accessible,
                              int lines, bool monospace = false);
    QLabel *addErrorLabel(const QString &key, QWidget *field);
    // QFormLayout::setRowVisible corrupts memory in Qt 6.4 with word-wrapped labels (seen
    // under valgrind), so the fields sit in a grid and rows are hidden widget by widget.
    void addRow(QGridLayout *grid, const QString &label, QWidget *field);
    void setRowVisible(QWidget *field, bool visible);
    void updateVisibility();
    void rebuildPresetFields(const QString &preset);
    void emitEdited(const QString &mergeKey);
    QJsonObject actionFromFields() const;
    void setFallbackFields(const QJsonObject &action);
    void putFallback(QJsonObject &action) const;
    QString presetOf(const QString &target) const;

    QGridLayout *m_form;
    QLabel *m_kindLabel;
    QLabel *m_actionError;
    QComboBox *m_target;
    QComboBox *m_channel;
    QListWidget *m_roles;
    TemplateTextEdit *m_addresses;
    TemplateTextEdit *m_rolesFrom;
    TemplateLineEdit *m_fromName;
    TemplateLineEdit *m_subject;
    TemplateTextEdit *m_text;
    TemplateTextEdit *m_html;
    QComboBox *m_method;
    TemplateLineEdit *m_url;
    TemplateTextEdit *m_headers;
    TemplateTextEdit *m_body;
    QWidget *m_presetBox;
    QWidget *m_presetInner = nullptr;
    QHash<QWidget *, QLabel *> m_labels; // field → its label
    QHash<QString, TemplateTextEdit *> m_presetFields; // kept apart: "text" is a Slack field too
    QHash<QString, QLabel *> m_presetErrors;
    QString m_shownPreset;
    QPlainTextEdit *m_escalation;
    QCheckBox *m_missing;
    // The OpenText action's fallback (README, "Notification steps"): what to send instead when
    // OpenText reports this one failed. An HTTP fallback is kept as written.
    QComboBox *m_fallbackChannel;
    TemplateLineEdit *m_fallbackTo;
    TemplateLineEdit *m_fallbackSubject;
    TemplateLineEdit *m_fallbackText;
    QHash<QString, QLabel *> m_errors; // by field key
    QHash<QString, QWidget *> m_fields; // by field key
    QAbstractItemModel *m_names = nullptr;
    QHash<QString, QString> m_presets; // HTTP target → preset ("" for generic)
    QStringList m_openTextTargets;
    QJsonObject m_action;
    Kind m_kind = Kind::OpenText;
    bool m_loading = false;
};

} // namespace OtBridge
