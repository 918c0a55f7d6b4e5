// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioneditor.h"

#include "config/opentextchannelinfo.h"

#include "config/httppreset.h"
#include "config/workspace.h"
#include "error.h"
#include "templatelineedit.h"
#include "templatetextedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr char errorStyle[] = "color: #b01c1c;";

QStringList lines(const QString &text)
{
    QStringList list;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    }
    return list;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Headers as "Name: value" lines; a line without a name is reported, not saved.
QJsonObject headersFromText(const QString &text, QString *error = nullptr)
{
    QJsonObject headers;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString line = all.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            if (error && error->isEmpty())
                *error = ActionEditor::tr("line %1: write a header as \"Name: value\"").arg(i + 1);
            continue;
        }
        headers.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return headers;
}

QString headersText(const QJsonObject &headers)
{
    QStringList text;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        text.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toString()));
    return text.join(QLatin1Char('\n'));
}

// A JSON body as typed: an object or array when it reads as JSON, so the file keeps it readable;
// otherwise a template string (tags outside strings, such as {"n": {{count}}}, are allowed).
QJsonValue bodyFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return text;
}

QString bodyText(const QJsonValue &body)
{
    if (body.isObject())
        return QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (body.isArray())
        return QString::fromUtf8(QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return body.toString();
}

// "actionSubject", "actionFromName", "actionAddresses" (for "to"): what tests and accessibility
// tools find a field by.
QString fieldObjectName(const QString &key)
{
    if (key == QLatin1String("to"))
        return QStringLiteral("actionAddresses");
    QString name = QStringLiteral("action");
    for (const QString &part : key.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        name += part.at(0).toUpper() + part.mid(1);
    return name;
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ActionEditor::ActionEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QGridLayout)
    , m_kindLabel(new QLabel(this))
    , m_actionError(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_roles(new QListWidget(this))
    , m_addresses(nullptr)
    , m_rolesFrom(nullptr)
    , m_fromName(nullptr)
    , m_subject(nullptr)
    , m_text(nullptr)
    , m_html(nullptr)
    , m_method(new QComboBox(this))
    , m_url(nullptr)
    , m_headers(nullptr)
    , m_body(nullptr)
    , m_presetBox(new QWidget(this))
    , m_escalation(new QPlainTextEdit(this))
    , m_missing(new QCheckBox(tr("Fail when a value is missing"), this))
    , m_fallbackChannel(new QComboBox(this))
    , m_fallbackTo(nullptr)
    , m_fallbackSubject(nullptr)
    , m_fallbackText(nullptr)
{
    setObjectName(QStringLiteral("actionEditor"));
    auto *layout = new QVBoxLayout(this);
    // As tall as its fields need: the rule editor scrolls rather than squeezing them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_kindLabel->setObjectName(QStringLiteral("actionKind"));
    m_kindLabel->setWordWrap(true);
    QFont bold = m_kindLabel->font();
    bold.setBold(true);
    m_kindLabel->setFont(bold);
    layout->addWidget(m_kindLabel);
    m_actionError->setObjectName(QStringLiteral("actionError"));
    m_actionError->setWordWrap(true);
    m_actionError->setStyleSheet(QString::fromLatin1(errorStyle));
    m_actionError->hide();
    layout->addWidget(m_actionError);
    layout->addLayout(m_form);
    layout->addStretch(1);
    m_form->setColumnStretch(1, 1);

    m_target->setObjectName(QStringLiteral("actionTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(12);
    m_target->setAccessibleName(tr("Target"));
    addRow(m_form, tr("Target"), m_target);
    m_fields.insert(QStringLiteral("target"), m_target);
    addErrorLabel(QStringLiteral("target"), m_target);

    m_channel->setObjectName(QStringLiteral("actionChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (const OpenTextChannelInfo &info : openTextChannels())
        m_channel->addItem(info.titleText(), info.name);
    addRow(m_form, tr("Channel"), m_channel);

    m_roles->setObjectName(QStringLiteral("actionRoles"));
    m_roles->setAccessibleName(tr("Roles to notify"));
    m_roles->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    addRow(m_form, tr("Roles"), m_roles);
    m_addresses = addText(QStringLiteral("to"), tr("Addresses"),
                          tr("Recipient addresses, one template per line"), 2);
    m_addresses->setPlaceholderText(tr("One per line, e.g. {{contract.owner.email}}"));
    m_rolesFrom = addText(QStringLiteral("roles_from"), tr("Roles from payload"),
                          tr("Role names taken from the payload, one template per line"), 1);
    m_fromName = addLine(QStringLiteral("from_name"), tr("From name"), tr("Sender's name"));
    m_subject = addLine(QStringLiteral("subject"), tr("Subject"), tr("Email subject"));
    m_text = addText(QStringLiteral("text"), tr("Text"), tr("Message text"), 5);
    m_html = addText(QStringLiteral("html"), tr("HTML"), tr("HTML body"), 4);

    m_method->setObjectName(QStringLiteral("actionMethod"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItem(tr("The target's"), QString());
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE"})
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    addRow(m_form, tr("Method"), m_method);
    m_fields.insert(QStringLiteral("method"), m_method);
    m_url = addLine(QStringLiteral("url"), tr("URL"),
                    tr("Request URL; empty for the target's, relative to continue it"));
    m_headers = addText(QStringLiteral("headers"), tr("Headers"),
                        tr("Request headers, one \"Name: value\" per line"), 2, true);
    m_body = addText(QStringLiteral("body"), tr("JSON body"), tr("JSON body template"), 8, true);
    m_presetBox->setObjectName(QStringLiteral("actionPresetFields"));
    auto *presetLayout = new QVBoxLayout(m_presetBox);
    presetLayout->setContentsMargins(0, 0, 0, 0);
    m_form->addWidget(m_presetBox, m_form->rowCount(), 0, 1, 2);

    m_escalation->setObjectName(QStringLiteral("actionEscalationJson"));
    m_escalation->setAccessibleName(tr("Escalation as JSON"));
    m_escalation->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_escalation->setToolTip(tr("within_seconds, within_minutes_from and tiers of actions"));
    m_escalation->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    m_escalation->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    addRow(m_form, tr("Escalation"), m_escalation);
    m_fields.insert(QStringLiteral("escalation"), m_escalation);
    addErrorLabel(QStringLiteral("escalation"), m_escalation);

    m_missing->setObjectName(QStringLiteral("actionMissing"));
    m_missing->setAccessibleName(tr("Fail when a value is missing"));
    m_missing->setToolTip(tr("Fail when the payload has no value for a placeholder"));
    addRow(m_form, QString(), m_missing);

    m_fallbackChannel->setObjectName(QStringLiteral("actionFallbackChannel"));
    m_fallbackChannel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fallbackChannel->setMinimumContentsLength(10);
    m_fallbackChannel->setAccessibleName(tr("Fallback when OpenText reports a failure"));
    m_fallbackChannel->setToolTip(tr("Sent once when OpenText reports that this message could "
                                     "not be delivered, or its delivery dies"));
    m_fallbackChannel->addItem(tr("Nothing"), QString());
    for (const OpenTextChannelInfo &info : openTextChannels())
        m_fallbackChannel->addItem(info.titleText(), info.name);
    // A fallback the fields cannot show (an HTTP request): kept as the file has it.
    m_fallbackChannel->addItem(tr("As written in the file"), QStringLiteral("asis"));
    addRow(m_form, tr("If it fails, send"), m_fallbackChannel);
    m_fields.insert(QStringLiteral("fallback"), m_fallbackChannel);
    m_fallbackTo = new TemplateLineEdit(QStringLiteral("actionFallbackTo"), this);
    m_fallbackTo->setAccessibleName(tr("Fallback addresses"));
    m_fallbackTo->setPlaceholderText(tr("e.g. {{contract.owner.phone}}; the roles above too"));
    addRow(m_form, tr("Fallback to"), m_fallbackTo);
    m_fallbackSubject = new TemplateLineEdit(QStringLiteral("actionFallbackSubject"), this);
    m_fallbackSubject->setAccessibleName(tr("Fallback email subject"));
    addRow(m_form, tr("Fallback subject"), m_fallbackSubject);
    m_fallbackText = new TemplateLineEdit(QStringLiteral("actionFallbackText"), this);
    m_fallbackText->setAccessibleName(tr("Fallback message text"));
    addRow(m_form, tr("Fallback text"), m_fallbackText);
    addErrorLabel(QStringLiteral("fallback"), m_fallbackChannel);
    for (TemplateLineEdit *edit : {m_fallbackTo, m_fallbackSubject, m_fallbackText}) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            emitEdited(QStringLiteral("%1#%2").arg(edit->objectName()).arg(edit->editGeneration()));
        });
    }
    connect(m_fallbackChannel, &QComboBox::currentIndexChanged, this, [this] { emitEdited({}); });

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { emitEdited({}); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { emitEdited({}); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { emitEdited({}); });
    connect(m_missing, &QCheckBox::toggled, this, [this] { emitEdited({}); });
    connect(m_roles, &QListWidget::itemChanged, this, [this] { emitEdited({}); });
    connect(m_escalation, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QJsonDocument document
            = QJsonDocument::fromJson(m_escalation->toPlainText().toUtf8());
        if (!document.isObject()) {
            setProblems({{QStringLiteral("escalation"), tr("Not a JSON object")}});
            return;
        }
        emitEdited(QStringLiteral("escalation"));
    });
}

ActionEditor::~ActionEditor() = default;

TemplateLineEdit *ActionEditor::addLine(const QString &key, const QString &label,
                                        const QString &accessible)
{
    auto *edit = new TemplateLineEdit(fieldObjectName(key), this);
    edit->setAccessibleName(accessible);
    edit->setToolTip(tr("Drag a field from the sample payload here, or type {{ for its name"));
    addRow(m_form, label, edit);
    m_fields.insert(key, edit);
    addErrorLabel(key, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, key, edit] {
        emitEdited(QStringLiteral("%1#%2").arg(key).arg(edit->editGeneration()));
    });
    return edit;
}

TemplateTextEdit *ActionEditor::addText(const QString &key, const QString &label,
                                        const QString &accessible, int lines, bool monospace)
{
    auto *edit = new TemplateTextEdit(fieldObjectName(key), lines, this);
    edit->setAccessibleName(accessible);
    edit->setToolTip(tr("Drag a field from the sample payload here, or type {{ for its name"));
    if (monospace)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addRow(m_form, label, edit);
    m_fields.insert(key, edit);
    addErrorLabel(key, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, key, edit] {
        emitEdited(QStringLiteral("%1#%2").arg(key).arg(edit->editGeneration()));
    });
    return edit;
}

QLabel *ActionEditor::addErrorLabel(const QString &key, QWidget *field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1(errorStyle));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addWidget(label, m_form->rowCount(), 1);
    label->hide();
    m_errors.insert(key, label);
    return label;
}

void ActionEditor::addRow(QGridLayout *grid, const QString &label, QWidget *field)
{
    const int row = grid->rowCount();
    if (!label.isEmpty()) {
        auto *text = new QLabel(label, field->parentWidget());
        text->setBuddy(field);
        // "Rollen aus den Nutzdaten" may take two lines rather than the field's width.
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(text, row, 0);
        m_labels.insert(field, text);
    }
    grid->addWidget(field, row, 1);
}

void ActionEditor::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_labels.value(field, nullptr))
        label->setVisible(visible);
    if (!visible) {
        for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
            if (it.value() == field && m_errors.contains(it.key()))
                m_errors.value(it.key())->hide();
        }
    }
}

void ActionEditor::setWorkspace(const Workspace &workspace)
{
    m_openTextTargets.clear();
    for (const OpenTextTarget &target : workspace.openTextTargets())
        m_openTextTargets.append(target.name);
    m_presets.clear();
    for (const HttpTargetConfig &target : workspace.httpTargets())
        m_presets.insert(target.name, target.preset);
    const QSignalBlocker blocker(m_roles);
    m_roles->clear();
    for (const Role &role : workspace.roles().roles()) {
        auto *item = new QListWidgetItem(
            role.title.isEmpty() ? role.name : tr("%1 (%2)").arg(role.title, role.name), m_roles);
        item->setData(Qt::UserRole, role.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_action = {};
}

void ActionEditor::setNamesModel(QAbstractItemModel *names)
{
    m_names = names;
    for (TemplateLineEdit *edit : {m_fallbackTo, m_fallbackSubject, m_fallbackText})
        edit->setNamesModel(names);
    for (QWidget *field : std::as_const(m_fields)) {
        if (auto *line = qobject_cast<TemplateLineEdit *>(field))
            line->setNamesModel(names);
        else if (auto *text = qobject_cast<TemplateTextEdit *>(field))
            text->setNamesModel(names);
    }
}

QString ActionEditor::presetOf(const QString &target) const
{
    return m_presets.value(target);
}

void ActionEditor::setAction(const QJsonObject &action)
{
    m_loading = true;
    m_action = action;
    const QString type = action.value(QLatin1String("type")).toString();
    m_kind = type == QLatin1String("http")
        ? Kind::Http
        : (type == QLatin1String("escalate") ? Kind::Escalate : Kind::OpenText);
    const QString target = action.value(QLatin1String("target")).toString();
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        const QStringList names
            = m_kind == Kind::Http ? QStringList(m_presets.keys()) : m_openTextTargets;
        QStringList sorted = names;
        if (m_kind == Kind::Http)
            sorted.sort();
        if (m_kind == Kind::OpenText && target.isEmpty())
            m_target->addItem(tr("The workspace's OpenText target"), QString());
        for (const QString &name : std::as_const(sorted)) {
            const QString preset = presetOf(name);
            m_target->addItem(
                m_kind == Kind::Http && !preset.isEmpty() ? tr("%1 (%2)").arg(name, preset) : name,
                name);
        }
        if (!target.isEmpty() && m_target->findData(target) < 0)
            m_target->addItem(tr("%1 (not in this workspace)").arg(target), target);
        m_target->setCurrentIndex(qMax(0, m_target->findData(target)));
    }
    const QString channel
        = action.value(QLatin1String("channel")).toString(QStringLiteral("email"));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    const QJsonObject to = action.value(QLatin1String("to")).toObject();
    const QStringList roles = stringList(to.value(QLatin1String("roles")));
    for (int row = 0; row < m_roles->count(); ++row) {
        QListWidgetItem *item = m_roles->item(row);
        const Qt::CheckState state
            = roles.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    if (lines(m_addresses->text()) != stringList(to.value(QLatin1String("addresses"))))
        m_addresses->setTextIfChanged(
            stringList(to.value(QLatin1String("addresses"))).join(QLatin1Char('\n')));
    if (lines(m_rolesFrom->text()) != stringList(to.value(QLatin1String("roles_from"))))
        m_rolesFrom->setTextIfChanged(
            stringList(to.value(QLatin1String("roles_from"))).join(QLatin1Char('\n')));
    setLineText(m_fromName, action.value(QLatin1String("from_name")).toString());
    setLineText(m_subject, action.value(QLatin1String("subject")).toString());
    m_text->setTextIfChanged(action.value(QLatin1String("text")).toString());
    m_html->setTextIfChanged(action.value(QLatin1String("html")).toString());
    m_missing->setChecked(action.value(QLatin1String("missing")).toString()
                          == QLatin1String("fail"));
    setFallbackFields(action);

    m_method->setCurrentIndex(
        qMax(0, m_method->findData(action.value(QLatin1String("method")).toString())));
    setLineText(m_url, action.value(QLatin1String("url")).toString());
    const QJsonObject headers = action.value(QLatin1String("headers")).toObject();
    if (headersFromText(m_headers->text()) != headers)
        m_headers->setTextIfChanged(headersText(headers));
    const QJsonValue body = action.value(QLatin1String("body"));
    if (bodyFromText(m_body->text()) != body)
        m_body->setTextIfChanged(bodyText(body));
    const QString preset = m_kind == Kind::Http ? presetOf(target) : QString();
    if (preset != m_shownPreset || m_presetFields.isEmpty() != preset.isEmpty())
        rebuildPresetFields(preset);
    const QJsonObject fields = action.value(QLatin1String("fields")).toObject();
    for (auto it = m_presetFields.constBegin(); it != m_presetFields.constEnd(); ++it)
        it.value()->setTextIfChanged(fields.value(it.key()).toString());

    if (m_kind == Kind::Escalate) {
        QJsonObject shown = action;
        shown.remove(QLatin1String("type"));
        const QJsonDocument current = QJsonDocument::fromJson(m_escalation->toPlainText().toUtf8());
        if (current.object() != shown)
            m_escalation->setPlainText(
                QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
    }
    updateVisibility();
    m_loading = false;
}

void ActionEditor::rebuildPresetFields(const QString &preset)
{
    m_shownPreset = preset;
    for (TemplateTextEdit *edit : std::as_const(m_presetFields))
        m_labels.remove(edit);
    m_presetFields.clear();
    m_presetErrors.clear();
    if (m_presetInner) {
        m_presetInner->hide();
        m_presetInner->setParent(nullptr);
        m_presetInner->deleteLater();
    }
    m_presetInner = new QWidget(m_presetBox);
    auto *grid = new QGridLayout(m_presetInner);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    m_presetBox->layout()->addWidget(m_presetInner);
    const HttpPresetInfo *info = preset.isEmpty() ? nullptr : httpPreset(preset);
    if (!info)
        return;
    QStringList keys = info->requiredFields + info->optionalFields;
    for (const QString &key : m_action.value(QLatin1String("fields")).toObject().keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        auto *edit = new TemplateTextEdit(QStringLiteral("actionField_") + key, 2, m_presetInner);
        edit->setAccessibleName(tr("Preset field %1").arg(key));
        edit->setToolTip(info->requiredFields.contains(key) ? tr("%1 (required)").arg(key) : key);
        if (m_names)
            edit->setNamesModel(m_names);
        auto *error = new QLabel(m_presetInner);
        error->setObjectName(edit->objectName() + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QString::fromLatin1(errorStyle));
        addRow(grid, info->requiredFields.contains(key) ? tr("%1 *").arg(key) : key, edit);
        grid->addWidget(error, grid->rowCount(), 1);
        error->hide();
        m_presetFields.insert(key, edit);
        m_presetErrors.insert(key, error);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key, edit] {
            emitEdited(QStringLiteral("%1#%2").arg(key).arg(edit->editGeneration()));
        });
    }
    // Shown once it has its fields: children added to a shown widget would stay hidden.
    m_presetInner->show();
}

void ActionEditor::updateVisibility()
{
    const bool openText = m_kind == Kind::OpenText;
    const bool http = m_kind == Kind::Http;
    const OpenTextChannelInfo *channel = channelInfo(m_channel->currentData().toString());
    const auto takes = [openText, channel](const char *field) {
        return openText && channel && channel->takes(QLatin1String(field));
    };
    const bool generic = http && m_shownPreset.isEmpty();
    switch (m_kind) {
    case Kind::OpenText:
        m_kindLabel->setText(tr("OpenText message"));
        break;
    case Kind::Http:
        m_kindLabel->setText(generic ? tr("HTTP request")
                                     : tr("HTTP request (%1 preset)").arg(m_shownPreset));
        break;
    case Kind::Escalate:
        m_kindLabel->setText(tr("Escalation when not acknowledged in time"));
        break;
    }
    setRowVisible(m_target, m_kind != Kind::Escalate);
    setRowVisible(m_channel, openText);
    setRowVisible(m_roles, openText);
    setRowVisible(m_addresses, openText);
    setRowVisible(m_rolesFrom, openText);
    setRowVisible(m_fromName, takes("from_name"));
    setRowVisible(m_subject, takes("subject"));
    setRowVisible(m_text, takes("text"));
    setRowVisible(m_html, takes("html"));
    setRowVisible(m_method, generic);
    setRowVisible(m_url, generic);
    setRowVisible(m_headers, http);
    setRowVisible(m_body, generic);
    m_presetBox->setVisible(http && !generic);
    setRowVisible(m_escalation, m_kind == Kind::Escalate);
    setRowVisible(m_missing, m_kind != Kind::Escalate);
    const QString fallback = m_fallbackChannel->currentData().toString();
    const OpenTextChannelInfo *fallbackInfo = openText ? channelInfo(fallback) : nullptr;
    setRowVisible(m_fallbackChannel, openText);
    setRowVisible(m_fallbackTo, fallbackInfo != nullptr);
    setRowVisible(m_fallbackSubject,
                  fallbackInfo && fallbackInfo->takes(QStringLiteral("subject")));
    setRowVisible(m_fallbackText, fallbackInfo && fallbackInfo->takes(QStringLiteral("text")));
    m_labels.value(m_text)->setText(channel && channel->preview == OpenTextChannelInfo::Preview::Sms
                                        ? tr("SMS text")
                                        : tr("Text"));
}

QJsonObject ActionEditor::actionFromFields() const
{
    QJsonObject action = m_action;
    const auto put = [&action](const QString &key, const QString &value) {
        if (value.isEmpty())
            action.remove(key);
        else
            action.insert(key, value);
    };
    if (m_kind == Kind::Escalate) {
        const QJsonDocument document
            = QJsonDocument::fromJson(m_escalation->toPlainText().toUtf8());
        QJsonObject edited = document.object();
        edited.insert(QStringLiteral("type"), QStringLiteral("escalate"));
        return edited;
    }
    put(QStringLiteral("target"), m_target->currentData().toString());
    if (m_missing->isChecked())
        action.insert(QStringLiteral("missing"), QStringLiteral("fail"));
    else
        action.remove(QLatin1String("missing"));

    if (m_kind == Kind::OpenText) {
        const QString channel = m_channel->currentData().toString();
        action.insert(QStringLiteral("channel"), channel);
        QJsonObject to = action.value(QLatin1String("to")).toObject();
        QJsonArray roles;
        for (int row = 0; row < m_roles->count(); ++row) {
            if (m_roles->item(row)->checkState() == Qt::Checked)
                roles.append(m_roles->item(row)->data(Qt::UserRole).toString());
        }
        const auto putList = [&to](const QString &key, const QJsonArray &list) {
            if (list.isEmpty())
                to.remove(key);
            else
                to.insert(key, list);
        };
        putList(QStringLiteral("roles"), roles);
        putList(QStringLiteral("addresses"),
                QJsonArray::fromStringList(lines(m_addresses->text())));
        putList(QStringLiteral("roles_from"),
                QJsonArray::fromStringList(lines(m_rolesFrom->text())));
        action.insert(QStringLiteral("to"), to);
        // Fields the channel does not take are left out: Rule::fromJson refuses them.
        const OpenTextChannelInfo *info = channelInfo(channel);
        const auto putIfTaken = [&](const char *field, const QString &value) {
            const QString key = QLatin1String(field);
            put(key, info && info->takes(key) ? value : QString());
        };
        putIfTaken("from_name", m_fromName->text());
        putIfTaken("subject", m_subject->text());
        putIfTaken("text", m_text->text());
        putIfTaken("html", m_html->text());
        putFallback(action);
        return action;
    }

    const QString preset = presetOf(m_target->currentData().toString());
    QString headerError;
    const QJsonObject headers = headersFromText(m_headers->text(), &headerError);
    if (headers.isEmpty())
        action.remove(QLatin1String("headers"));
    else
        action.insert(QStringLiteral("headers"), headers);
    if (preset.isEmpty()) {
        action.remove(QLatin1String("fields"));
        put(QStringLiteral("method"), m_method->currentData().toString());
        put(QStringLiteral("url"), m_url->text());
        const QJsonValue body = bodyFromText(m_body->text());
        if (body.isUndefined())
            action.remove(QLatin1String("body"));
        else
            action.insert(QStringLiteral("body"), body);
    } else {
        for (const char *key : {"method", "url", "body"})
            action.remove(QLatin1String(key));
        QJsonObject fields;
        if (preset == m_shownPreset) {
            for (auto it = m_presetFields.constBegin(); it != m_presetFields.constEnd(); ++it) {
                if (!it.value()->text().isEmpty())
                    fields.insert(it.key(), it.value()->text());
            }
        }
        if (fields.isEmpty())
            action.remove(QLatin1String("fields"));
        else
            action.insert(QStringLiteral("fields"), fields);
    }
    return action;
}

namespace {

QString joinedAddresses(const QJsonObject &fallback)
{
    return stringList(
               fallback.value(QLatin1String("to")).toObject().value(QLatin1String("addresses")))
        .join(QLatin1String(", "));
}

} // namespace

void ActionEditor::setFallbackFields(const QJsonObject &action)
{
    const QJsonValue value = action.value(QLatin1String("fallback"));
    const QJsonObject fallback = value.toObject();
    QString channel;
    if (!value.isUndefined()) {
        channel = fallback.value(QLatin1String("type")).toString() == QLatin1String("opentext")
            ? fallback.value(QLatin1String("channel")).toString(QStringLiteral("email"))
            : QString();
        if (channel.isEmpty() || m_fallbackChannel->findData(channel) < 0)
            channel = QStringLiteral("asis");
    }
    m_fallbackChannel->setCurrentIndex(qMax(0, m_fallbackChannel->findData(channel)));
    setLineText(m_fallbackTo, joinedAddresses(fallback));
    setLineText(m_fallbackSubject, fallback.value(QLatin1String("subject")).toString());
    setLineText(m_fallbackText, fallback.value(QLatin1String("text")).toString());
}

// A new fallback starts as this action on the other channel: the same recipients (a role's
// people have a phone for SMS as well as an email address) and a short text from the message.
void ActionEditor::putFallback(QJsonObject &action) const
{
    const QString channel = m_fallbackChannel->currentData().toString();
    if (channel.isEmpty()) {
        action.remove(QLatin1String("fallback"));
        return;
    }
    const QJsonValue before = m_action.value(QLatin1String("fallback"));
    if (channel == QLatin1String("asis")) {
        if (!before.isUndefined())
            action.insert(QStringLiteral("fallback"), before);
        return;
    }
    const OpenTextChannelInfo *info = channelInfo(channel);
    const auto takes = [info](const char *field) {
        return info && info->takes(QLatin1String(field));
    };
    QJsonObject fallback = before.toObject();
    const bool fresh = !before.isObject()
        || fallback.value(QLatin1String("type")).toString() != QLatin1String("opentext");
    if (fresh) {
        fallback = {{QStringLiteral("type"), QStringLiteral("opentext")}};
        if (action.contains(QLatin1String("target")))
            fallback.insert(QStringLiteral("target"), action.value(QLatin1String("target")));
        fallback.insert(QStringLiteral("to"), action.value(QLatin1String("to")));
        const QString subject = action.value(QLatin1String("subject")).toString();
        const QString text = action.value(QLatin1String("text")).toString();
        if (takes("subject")) {
            fallback.insert(QStringLiteral("subject"),
                            subject.isEmpty() ? QStringLiteral("{{event}}") : subject);
            fallback.insert(QStringLiteral("text"), text);
        } else {
            fallback.insert(QStringLiteral("text"), subject.isEmpty() ? text : subject);
        }
    }
    fallback.insert(QStringLiteral("channel"), channel);
    if (!fresh) {
        // Several addresses show as one line; written back only when someone changed it.
        const QString addresses = m_fallbackTo->text().trimmed();
        if (addresses != joinedAddresses(fallback)) {
            QJsonObject to = fallback.value(QLatin1String("to")).toObject();
            if (addresses.isEmpty())
                to.remove(QLatin1String("addresses"));
            else
                to.insert(QStringLiteral("addresses"), QJsonArray {addresses});
            fallback.insert(QStringLiteral("to"), to);
        }
        const auto putField = [&fallback](const QString &key, const QString &text) {
            if (text.isEmpty())
                fallback.remove(key);
            else
                fallback.insert(key, text);
        };
        putField(QStringLiteral("subject"), m_fallbackSubject->text());
        putField(QStringLiteral("text"), m_fallbackText->text());
    }
    // Fields the channel does not take are left out: Rule::fromJson refuses them.
    for (const char *field : {"subject", "from_name", "html", "text"}) {
        if (!takes(field))
            fallback.remove(QLatin1String(field));
    }
    action.insert(QStringLiteral("fallback"), fallback);
}

void ActionEditor::emitEdited(const QString &mergeKey)
{
    if (m_loading)
        return;
    const QJsonObject action = actionFromFields();
    if (action == m_action) {
        updateVisibility();
        return;
    }
    Q_EMIT edited(action, mergeKey);
}

void ActionEditor::setProblems(const QHash<QString, QString> &problems)
{
    const bool preset = m_kind == Kind::Http && !m_shownPreset.isEmpty();
    const auto errorLabel = [this, preset](const QString &key) -> QLabel * {
        if (preset && m_presetErrors.contains(key))
            return m_presetErrors.value(key);
        return m_errors.value(key, nullptr);
    };
    QString headerError;
    headersFromText(m_headers->text(), &headerError);
    QStringList general;
    QSet<QLabel *> shown;
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
        QWidget *field = fieldFor(it.key());
        QLabel *label = errorLabel(it.key());
        if (!field || !label || !field->isVisibleTo(this)) {
            general.append(it.value());
            continue;
        }
        label->setText(it.value());
        shown.insert(label);
    }
    if (!problems.contains(QStringLiteral("headers")) && !headerError.isEmpty()
        && m_headers->isVisibleTo(this)) {
        m_errors.value(QStringLiteral("headers"))->setText(headerError);
        shown.insert(m_errors.value(QStringLiteral("headers")));
    }
    QList<QLabel *> labels = m_errors.values();
    labels += m_presetErrors.values();
    for (QLabel *label : std::as_const(labels))
        label->setVisible(shown.contains(label));
    general.removeDuplicates();
    m_actionError->setText(general.join(QLatin1Char('\n')));
    m_actionError->setVisible(!general.isEmpty());
}

QString ActionEditor::fieldKey(const ErrorPlace &place)
{
    if (place.field == QLatin1String("to"))
        return place.key == QLatin1String("roles_from") ? place.key : place.field;
    static const QStringList escalation {QStringLiteral("within_seconds"),
                                         QStringLiteral("within_minutes_from"),
                                         QStringLiteral("tiers")};
    if (place.tier > 0 || escalation.contains(place.field))
        return QStringLiteral("escalation");
    return place.field;
}

QWidget *ActionEditor::fieldFor(const QString &key) const
{
    if (m_kind == Kind::Http && !m_shownPreset.isEmpty() && m_presetFields.contains(key))
        return m_presetFields.value(key);
    return m_fields.value(key, nullptr);
}
} // namespace OtBridge
