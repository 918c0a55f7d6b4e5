// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruledesignerpage.h"

#include "actioneditor.h"
#include "engine/engine.h"
#include "ruledocument.h"
#include "ruleeditor.h"
#include "rulelistmodel.h"
#include "rulepreviewpane.h"
#include "rules/rulepreview.h"
#include "rules/templatenames.h"
#include "samplepayloadpane.h"
#include "targets/opentexttargetpage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr char errorStyle[] = "color: #b01c1c;";
constexpr char okStyle[] = "color: #1b7a2f;";

// Values every template may use besides the payload's own (see renderExtras).
const QStringList &extraNames()
{
    static const QStringList names {
        QStringLiteral("event.id"),          QStringLiteral("event.source"),
        QStringLiteral("event.received_at"), QStringLiteral("event.ack_url"),
        QStringLiteral("rule.name"),         QStringLiteral("rule.title"),
    };
    return names;
}

// Words as a sentence: the first letter in upper case ("Subject: a tag opened at …").
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAccessibleName(action->text());
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

RuleDesignerPage::RuleDesignerPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_document(new RuleDocument(this))
    , m_listModel(new RuleListModel(m_document, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_names(new QStringListModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_editorStack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_editor(new RuleEditor(this))
    , m_samples(new SamplePayloadPane(this))
    , m_preview(new RulePreviewPane(this))
    , m_result(new QLabel(this))
    , m_saveAction(new QAction(tr("Save"), this))
    , m_newAction(new QAction(tr("New rule"), this))
    , m_duplicateAction(new QAction(tr("Duplicate"), this))
    , m_deleteAction(new QAction(tr("Delete"), this))
    , m_undoAction(new QAction(tr("Undo"), this))
    , m_redoAction(new QAction(tr("Redo"), this))
{
    setObjectName(QStringLiteral("ruleDesignerPage"));

    // Shortcuts work anywhere on the page; Delete only in the list, where it cannot mean
    // deleting a character.
    const auto shortcut = [this](QAction *action, const char *name, const QList<QKeySequence> &keys,
                                 const QString &tip) {
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
    };
    shortcut(m_saveAction, "saveRulesAction", {QKeySequence::Save},
             tr("Save the rules to the workspace file"));
    shortcut(m_newAction, "newRuleAction", {QKeySequence::New}, tr("Create a rule"));
    shortcut(m_duplicateAction, "duplicateRuleAction", {QKeySequence(Qt::CTRL | Qt::Key_D)},
             tr("Duplicate the selected rule"));
    shortcut(m_undoAction, "undoRuleAction", {QKeySequence::Undo}, tr("Undo the last change"));
    shortcut(m_redoAction, "redoRuleAction",
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
             tr("Redo"));
    // The buttons keep short names; what would be undone goes into the tooltip.
    QUndoStack *undo = m_document->undoStack();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setToolTip(
            tr("Undo %1 (%2)")
                .arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    });
    connect(undo, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setToolTip(tr("Redo %1 (%2)").arg(text, QStringLiteral("Ctrl+Shift+Z")));
    });
    m_deleteAction->setObjectName(QStringLiteral("deleteRuleAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected rule (Delete in the list)"));
    m_list->addAction(m_deleteAction);

    auto *toolbar = new QHBoxLayout;
    for (QAction *action :
         {m_newAction, m_duplicateAction, m_deleteAction, m_undoAction, m_redoAction, m_saveAction})
        toolbar->addWidget(toolButton(action, this));
    m_result->setObjectName(QStringLiteral("saveResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolbar->addWidget(m_result, 1);

    // Left: the rules.
    auto *rulesPane = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("ruleSearch"));
    m_search->setAccessibleName(tr("Search rules"));
    m_search->setPlaceholderText(tr("Search rules"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_listModel);
    m_filter->setFilterRole(RuleListModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules; the check box enables a rule"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Titles are long ("Contract ready for legal review → Legal"): they wrap instead of being
    // cut, and the list never scrolls sideways.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rulesLayout->addWidget(m_search);
    rulesLayout->addWidget(m_list, 1);

    // Middle: the rule, or what to do when there is none. It scrolls down, never sideways:
    // every field narrows to the pane (what tst_ruledesignerlayout checks).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ruleEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    m_emptyState->setObjectName(QStringLiteral("ruleEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(
        tr("No rule selected.\nPick one on the left, or create one with New "
           "rule (%1).")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_editorStack->addWidget(m_emptyState);
    m_editorStack->addWidget(scroll);

    // Three columns, so that the editor keeps enough width at 1100×720: the rules above the
    // sample payload (both narrow, and the sample's fields are dragged to the editor beside
    // them), the editor, the preview.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("ruleDesignerLeft"));
    left->setChildrenCollapsible(false);
    left->addWidget(rulesPane);
    left->addWidget(m_samples);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ruleDesignerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editorStack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 6);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({230, 460, 310});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    m_editor->setNamesModel(m_names);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RuleDesignerPage::handleCurrentChanged);
    connect(m_document, &RuleDocument::changed, this, &RuleDesignerPage::handleDocumentChanged);
    connect(m_editor, &RuleEditor::edited, this,
            [this](const QJsonObject &rule, const QString &description, const QString &mergeKey) {
                m_document->editRule(m_current, rule, description, mergeKey);
            });
    connect(m_samples, &SamplePayloadPane::sampleChanged, this, [this] {
        updateSampleNames();
        validate();
    });
    connect(m_saveAction, &QAction::triggered, this, [this] { (void)save(); });
    connect(m_newAction, &QAction::triggered, this, &RuleDesignerPage::newRule);
    connect(m_duplicateAction, &QAction::triggered, this, &RuleDesignerPage::duplicateRule);
    connect(m_deleteAction, &QAction::triggered, this, &RuleDesignerPage::deleteRule);
    connect(m_document, &RuleDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_result->setText(tr("Unsaved changes"));
            m_result->setStyleSheet(QString());
        } else if (m_result->text() == tr("Unsaved changes")) {
            m_result->clear(); // back to what was saved, by undo or by typing
        }
    });

    updateSampleNames();
    reload();
}

RuleDesignerPage::~RuleDesignerPage()
{
    // The document is a child, destroyed after this page: its undo stack says its texts changed
    // as it empties, which must not reach the lambdas above on a half-destroyed page (UBSan).
    m_document->undoStack()->disconnect(this);
}

void RuleDesignerPage::reload()
{
    if (m_engine && m_engine->isRunning()) {
        m_samples->setInternalSources(QStringList {Engine::statusSourceName()}
                                      + InternalEvent::all());
        m_samples->setClient(m_engine->client());
        load(m_engine->workspace(), {});
        return;
    }
    load(Workspace::builtInDefault(), {});
}

void RuleDesignerPage::load(const Workspace &workspace, const QString &path)
{
    m_workspace = workspace;
    m_base = QJsonDocument::fromJson(workspace.toJson()).object();
    m_path = path;
    m_errorCache.clear();
    m_editor->setWorkspace(workspace);
    m_result->clear();
    m_current = -1;
    m_previewRow = -1; // another workspace's preview is nobody's last good one
    m_document->reset(m_base.value(QLatin1String("rules")).toArray());
}

// The app opens the workspace named by --workspace, else the file the window saved before
// (OpenTextTargetPage::defaultWorkspacePath(), which app/main.cpp loads at start), else the
// built-in default. Saving goes back to the file that was opened; when it was the built-in
// default, to that same default location, so the next start opens what was saved, as a saved
// OpenText target does. Rules and target then live in one file.
QString RuleDesignerPage::savePath() const
{
    if (!m_path.isEmpty())
        return m_path;
    const QString origin = m_workspace.origin();
    if (origin.isEmpty() || origin.startsWith(QLatin1Char(':')))
        return OpenTextTargetPage::defaultWorkspacePath();
    return origin;
}

void RuleDesignerPage::selectRule(int row)
{
    if (row < 0 || row >= m_document->count()) {
        m_list->setCurrentIndex({});
        return;
    }
    QModelIndex index = m_filter->mapFromSource(m_listModel->index(row));
    if (!index.isValid()) { // hidden by the search
        m_search->clear();
        index = m_filter->mapFromSource(m_listModel->index(row));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void RuleDesignerPage::handleCurrentChanged()
{
    if (m_selecting)
        return;
    const QModelIndex index = m_filter->mapToSource(m_list->currentIndex());
    m_current = index.isValid() ? index.row() : -1;
    const bool has = m_current >= 0;
    m_editorStack->setCurrentIndex(has ? 1 : 0);
    m_duplicateAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
    if (!has) {
        m_preview->setUnavailable(tr("Select or create a rule to see what it would send."));
        return;
    }
    const QJsonObject rule = m_document->rule(m_current);
    m_editor->setRule(rule);
    QStringList sources;
    for (const QJsonValue &source :
         rule.value(QLatin1String("trigger")).toObject().value(QLatin1String("sources")).toArray())
        sources.append(source.toString());
    m_samples->preferSources(sources); // may change the sample, which validates again
    validate();
}

void RuleDesignerPage::handleDocumentChanged(int row)
{
    m_selecting = true;
    selectRule(row);
    m_selecting = false;
    m_current = row >= 0 && row < m_document->count() ? row : -1;
    m_editorStack->setCurrentIndex(m_current >= 0 ? 1 : 0);
    m_duplicateAction->setEnabled(m_current >= 0);
    m_deleteAction->setEnabled(m_current >= 0);
    if (m_current >= 0)
        m_editor->setRule(m_document->rule(m_current));
    validate();
}

QByteArray RuleDesignerPage::documentWith(const QJsonArray &rules) const
{
    QJsonObject document = m_base;
    document.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

Error RuleDesignerPage::ruleError(const QJsonObject &rule) const
{
    // Checked within the workspace, alone: its sources, targets and roles must exist too.
    const QByteArray key = QJsonDocument(rule).toJson(QJsonDocument::Compact);
    const auto cached = m_errorCache.constFind(key);
    if (cached != m_errorCache.constEnd())
        return *cached;
    const auto parsed = Rule::fromJson(rule, {});
    Error error = parsed ? Error() : parsed.errorDetail();
    if (parsed) {
        const auto workspace = Workspace::fromJson(documentWith({rule}), m_workspace.origin());
        if (!workspace)
            error = workspace.errorDetail();
    }
    if (m_errorCache.size() > 512)
        m_errorCache.clear();
    m_errorCache.insert(key, error);
    return error;
}

void RuleDesignerPage::validate()
{
    m_errors.clear();
    m_errorDetails.clear();
    QHash<QString, int> names;
    for (int row = 0; row < m_document->count(); ++row)
        ++names[m_document->rule(row).value(QLatin1String("name")).toString()];
    for (int row = 0; row < m_document->count(); ++row) {
        const QJsonObject rule = m_document->rule(row);
        Error error = ruleError(rule);
        const QString name = rule.value(QLatin1String("name")).toString();
        if (error.message.isEmpty() && names.value(name) > 1)
            error = Error(Error::Kind::Invalid,
                          ErrorPlace::inRule({}, name).withField(QStringLiteral("name")),
                          tr("another rule has the same name"));
        // The workspace file is obvious here: the words start at the rule.
        m_errors.append(error.message.isEmpty() ? QString() : error.text(Error::From::Rule));
        m_errorDetails.append(error);
    }
    m_listModel->setErrors(m_errors);
    updatePreview();
}

void RuleDesignerPage::updatePreview()
{
    if (m_current < 0 || m_current >= m_document->count())
        return;
    const QJsonObject json = m_document->rule(m_current);
    const Error error = m_errorDetails.value(m_current);
    const QString name = json.value(QLatin1String("name")).toString();
    const int actionCount = int(json.value(QLatin1String("actions")).toArray().size());
    RuleEditor::Problems problems;
    for (int i = 0; i < actionCount; ++i)
        problems.actions.append(QHash<QString, QString>());
    if (!error.message.isEmpty()) {
        placeProblem(error, problems);
        m_editor->setProblems(problems);
        m_editor->setConditionResults({});
        // What the rule sent before this edit stays in view, marked as such, with what is
        // wrong now; a rule that never rendered says what it lacks.
        const QString words = sentence(error.text(Error::From::Action));
        const bool noTrigger = error.place.section == ErrorPlace::Section::Trigger
            && error.kind == Error::Kind::Missing;
        if (m_previewRow == m_current && m_previewRows == m_document->count()
            && m_preview->hasPreview())
            m_preview->setStale(words);
        else if (noTrigger)
            m_preview->setUnavailable(tr("No event starts this rule yet: choose a source or an "
                                         "internal event under \"When an event arrives from\"."));
        else
            m_preview->setUnavailable(tr("This rule cannot be previewed yet: %1").arg(words));
        return;
    }

    const auto workspace = Workspace::fromJson(documentWith({json}), m_workspace.origin());
    const Rule *rule = workspace ? workspace->rule(name) : nullptr;
    if (!rule) {
        m_preview->setUnavailable(workspace ? QString() : workspace.error());
        return;
    }
    const SamplePayloadPane::Sample &sample = m_samples->sample();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A captured event renders with its own id and time, a built-in sample with a stand-in id.
    const QUuid eventId = sample.eventId.isNull()
        ? QUuid(QStringLiteral("00000000-0000-7000-8000-000000000000"))
        : sample.eventId;
    // The engine's public URL decides whether {{event.ack_url}} renders a link.
    const QUrl publicUrl = m_engine && m_engine->isRunning() ? m_engine->publicUrl() : QUrl();
    const RulePreview preview
        = previewRule(workspace.value(), *rule, sample.payload, sample.source, eventId,
                      sample.receivedAt.isValid() ? sample.receivedAt : now, now, publicUrl);
    for (const ActionPreview &action : preview.actions) {
        QHash<QString, QString> &fields = problems.actions[action.index];
        for (auto it = action.missing.constBegin(); it != action.missing.constEnd(); ++it) {
            QStringList tags;
            for (const QString &missing : it.value())
                tags.append(QStringLiteral("{{%1}}").arg(missing));
            fields.insert(it.key(),
                          tr("No value in this sample for %1").arg(tags.join(QLatin1String(", "))));
        }
        if (!action.delivery.renderError.isEmpty())
            fields.insert(ActionEditor::fieldKey(action.error.place),
                          sentence(action.error.text(Error::From::Field)));
    }
    m_editor->setProblems(problems);
    m_editor->setConditionResults(preview.leaves);
    m_preview->setPreview(preview, sample.source);
    m_previewRow = m_current;
    m_previewRows = m_document->count();
}

// Where in the editor an error goes, from its place: next to the name, the trigger, the
// condition's row, or an action's field; the words there name only the field.
void RuleDesignerPage::placeProblem(const Error &error, RuleEditor::Problems &problems) const
{
    const ErrorPlace &place = error.place;
    const QString words = sentence(error.text(Error::From::Field));
    // A step's problem, even one in its cancel_when condition, goes under the steps.
    if (place.section != ErrorPlace::Section::Action
        && (place.field == QLatin1String("delay") || place.field == QLatin1String("digest")
            || place.field == QLatin1String("urgent"))) {
        problems.steps = words;
        return;
    }
    switch (place.section) {
    case ErrorPlace::Section::None:
        problems.rule = words;
        return;
    case ErrorPlace::Section::Rule:
        if (place.field == QLatin1String("name"))
            problems.name = words;
        else
            problems.rule = words;
        return;
    case ErrorPlace::Section::Trigger:
        problems.trigger = words;
        return;
    case ErrorPlace::Section::Condition:
        problems.condition = words;
        problems.conditionLeaf = place.conditionLeaf;
        return;
    case ErrorPlace::Section::Action:
        break;
    }
    if (place.action < 0 || place.action >= problems.actions.size()) {
        problems.rule = sentence(error.text(Error::From::Action));
        return;
    }
    QHash<QString, QString> &fields = problems.actions[place.action];
    if (place.tier > 0) {
        // Tiers are edited as the escalation's JSON: the words say which tier and action.
        Error inTier = error;
        inTier.place.action = -1;
        fields.insert(QStringLiteral("escalation"), sentence(inTier.text(Error::From::Action)));
        return;
    }
    fields.insert(ActionEditor::fieldKey(place), words);
}

void RuleDesignerPage::updateSampleNames()
{
    const SamplePayloadPane::Sample &sample = m_samples->sample();
    m_names->setStringList(templateNames(sample.payload) + extraNames());
    m_editor->setPointers(m_samples->pointers());
}

QString RuleDesignerPage::uniqueName(const QString &base) const
{
    QStringList taken;
    for (int row = 0; row < m_document->count(); ++row)
        taken.append(m_document->rule(row).value(QLatin1String("name")).toString());
    QString name = base.left(60);
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base.left(60)).arg(n);
    return name;
}

void RuleDesignerPage::newRule()
{
    // Triggered by the sample's source when the workspace has it; otherwise the rule starts
    // without a trigger, and says so next to the trigger list, rather than guessing one.
    const QString source = m_samples->sample().source;
    QJsonObject trigger;
    if (m_workspace.source(source))
        trigger.insert(QStringLiteral("sources"), QJsonArray {source});
    else if (InternalEvent::isInternal(source))
        trigger.insert(QStringLiteral("events"), QJsonArray {source});
    QJsonObject action {{QStringLiteral("type"), QStringLiteral("opentext")},
                        {QStringLiteral("channel"), QStringLiteral("email")},
                        {QStringLiteral("subject"), QStringLiteral("{{event}}")},
                        {QStringLiteral("text"), QStringLiteral("{{event}} ({{event.source}})")}};
    if (const OpenTextTarget *target = m_workspace.openTextTarget())
        action.insert(QStringLiteral("target"), target->name);
    if (!m_workspace.roles().roles().isEmpty())
        action.insert(QStringLiteral("to"),
                      QJsonObject {{QStringLiteral("roles"),
                                    QJsonArray {m_workspace.roles().roles().first().name}}});
    QJsonObject rule {{QStringLiteral("name"), uniqueName(QStringLiteral("new-rule"))},
                      {QStringLiteral("title"), tr("New rule")},
                      {QStringLiteral("trigger"), trigger},
                      {QStringLiteral("actions"), QJsonArray {action}}};
    m_document->insertRule(m_current < 0 ? m_document->count() : m_current + 1, rule,
                           tr("New rule"));
    m_editor->findChild<QLineEdit *>(QStringLiteral("ruleName"))->setFocus(Qt::OtherFocusReason);
    m_editor->findChild<QLineEdit *>(QStringLiteral("ruleName"))->selectAll();
}

void RuleDesignerPage::duplicateRule()
{
    if (m_current < 0)
        return;
    QJsonObject rule = m_document->rule(m_current);
    const QString name = rule.value(QLatin1String("name")).toString();
    rule.insert(QStringLiteral("name"), uniqueName(name + QStringLiteral("-copy")));
    const QString title = rule.value(QLatin1String("title")).toString();
    if (!title.isEmpty())
        rule.insert(QStringLiteral("title"), tr("%1 (copy)").arg(title));
    m_document->insertRule(m_current + 1, rule, tr("Duplicate rule %1").arg(name));
}

void RuleDesignerPage::deleteRule()
{
    if (m_current < 0)
        return;
    const QString name = m_document->rule(m_current).value(QLatin1String("name")).toString();
    m_document->removeRule(m_current, tr("Delete rule %1").arg(name));
    showResult(true,
               tr("Deleted rule %1; undo brings it back (%2).")
                   .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

bool RuleDesignerPage::save()
{
    validate();
    for (int row = 0; row < m_errors.size(); ++row) {
        if (m_errors.at(row).isEmpty())
            continue;
        // Never a silent refusal: the rule opens with its error next to the field.
        selectRule(row);
        const QString error = tr("Not saved: %1").arg(m_errors.at(row));
        showResult(false, error);
        Q_EMIT saveFailed(error);
        return false;
    }
    const QString path = savePath();
    const bool newFile = m_path.isEmpty() && path != m_workspace.origin();
    // The running engine's workspace is the base when there is one: a target saved on another
    // page since this one loaded stays.
    QJsonObject base = m_engine && m_engine->isRunning()
        ? QJsonDocument::fromJson(m_engine->workspace().toJson()).object()
        : m_base;
    base.insert(QStringLiteral("rules"), m_document->rules());
    auto workspace = Workspace::fromJson(QJsonDocument(base).toJson(QJsonDocument::Indented), path);
    Result<void> written = Result<void>::failure(workspace ? QString() : workspace.error());
    if (workspace) {
        written = QDir().mkpath(QFileInfo(path).absolutePath())
            ? workspace->save(path)
            : Result<void>::failure(
                tr("cannot create the folder %1")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    if (!written) {
        const QString error = tr("Not saved: %1").arg(written.error());
        showResult(false, error);
        Q_EMIT saveFailed(error);
        return false;
    }
    m_base = base;
    m_workspace = workspace.value();
    m_path = path;
    m_document->markSaved();
    const QString native = QDir::toNativeSeparators(path);
    QString message = newFile
        ? tr("Saved to %1. OT Bridge was running its built-in workspace, so the rules were saved "
             "to this new file in the default location, which the window opens from now on "
             "(otbridge --headless needs --workspace \"%1\").")
              .arg(native)
        : tr("Saved to %1.").arg(native);
    if (m_engine && m_engine->isRunning()) {
        if (const Result<void> applied = m_engine->reloadWorkspace(path); !applied) {
            showResult(false,
                       tr("%1 OT Bridge could not switch to it while running: %2")
                           .arg(message, applied.error()));
            Q_EMIT saved(path);
            return true;
        }
        message += QLatin1Char(' ') + tr("OT Bridge routes with these rules now.");
    }
    showResult(true, message);
    Q_EMIT saved(path);
    return true;
}

void RuleDesignerPage::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(QString::fromLatin1(ok ? okStyle : errorStyle));
}

} // namespace OtBridge
