// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/jsontreemodel.h"
#include "engine/engine.h"
#include "rules/actioneditor.h"
#include "rules/conditionbuilder.h"
#include "rules/pointercombobox.h"
#include "rules/ruledesignerpage.h"
#include "rules/ruledocument.h"
#include "rules/ruleeditor.h"
#include "rules/rulelistmodel.h"
#include "rules/rulepreviewpane.h"
#include "rules/samplepayloadpane.h"
#include "rules/stepseditor.h"
#include "rules/templatecompletion.h"
#include "rules/templatelineedit.h"
#include "rules/templatetextedit.h"
#include "sampledrop.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace OtBridge;

// The Rules page, offscreen: a rule built with the designer (fields typed, payload fields
// dragged from the sample tree onto a condition and onto message fields), the preview it shows,
// and the workspace JSON it saves.
class tst_RuleDesigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassTheTester();
    void everyDefaultRuleLoadsUnchanged();
    void stepsSurviveUnrelatedEdits();
    void stepsByControls();
    void buildRuleByDragAndSave();
    void httpActionByDrag();
    void placeholderCompletion();
    void problemsNextToFields();
    void invalidRuleIsNotSaved();
    void conditionGroupsRoundTrip();
    void listOperationsUndoAndSave();
    void capturedEventAsSampleAndEngineReload();
    void previewKeepsLastGoodRender();
    void undoBackToTheSavedState();
    void ruleWithoutTrigger();
    void operatorsComeFromTheCore();
    void conditionProblemUnderItsRow();
    void capturedSamplesDistinctAndGrouped();

private:
    void openPage(Engine *engine = nullptr);
    QJsonObject savedWorkspace() const;
    // The default workspace's rules, and the row of one by its name (-1: none): tests find
    // rules by name so that a rule added to the default workspace moves nothing.
    QJsonArray defaultRules() const;
    int rowOf(const QString &name) const;
    // Drags the sample field at pointer onto target at pos the way QDrag delivers it: the
    // tree model's own mime data, through drag enter, move and drop events.
    bool dropPointer(QWidget *target, const QString &pointer, QPoint pos = {});
    template<typename T> T *find(QObject *in, const char *name) const
    {
        return in->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_original;
    std::unique_ptr<RuleDesignerPage> m_page;
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace

void tst_RuleDesigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ruledesigner"));
}

void tst_RuleDesigner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile in(QStringLiteral(":/workspace/default.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    m_original = in.readAll();
    QFile out(m_path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_original);
}

void tst_RuleDesigner::cleanup()
{
    m_page.reset();
    m_dir.reset();
}

void tst_RuleDesigner::openPage(Engine *engine)
{
    m_page = std::make_unique<RuleDesignerPage>(engine);
    if (!engine) {
        const auto workspace = Workspace::load(m_path);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
        m_page->load(workspace.value(), m_path);
    }
    m_page->resize(1500, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

QJsonObject tst_RuleDesigner::savedWorkspace() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

QJsonArray tst_RuleDesigner::defaultRules() const
{
    return parse(m_original).value(QLatin1String("rules")).toArray();
}

int tst_RuleDesigner::rowOf(const QString &name) const
{
    const QJsonArray rules = m_page ? m_page->document()->rules() : defaultRules();
    for (int row = 0; row < rules.size(); ++row) {
        if (rules.at(row).toObject().value(QLatin1String("name")).toString() == name)
            return row;
    }
    return -1;
}

bool tst_RuleDesigner::dropPointer(QWidget *target, const QString &pointer, QPoint pos)
{
    return dropSamplePointer(m_page->samplePane()->model(), target, pointer, pos);
}

void tst_RuleDesigner::modelsPassTheTester()
{
    openPage();
    QAbstractItemModelTester listTester(m_page->listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(m_page->samplePane()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    RuleListModel *model = m_page->listModel();
    QCOMPARE(model->rowCount(), int(defaultRules().size()));
    QCOMPARE(model->index(0).data(RuleListModel::NameRole).toString(),
             QStringLiteral("contract-review"));
    QCOMPARE(model->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model->index(0).data(RuleListModel::ErrorRole).toString(), QString());

    // Switching a rule off is an undoable edit of the document.
    QVERIFY(model->setData(model->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_page->document()->rule(0).value(QLatin1String("enabled")), QJsonValue(false));
    QCOMPARE(model->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_page->document()->undoStack()->undo();
    QVERIFY(!m_page->document()->rule(0).contains(QLatin1String("enabled")));

    // Every sample, through the tester; the tree's nodes drag their JSON Pointers.
    for (int row = 0; row < 7; ++row)
        m_page->samplePane()->choose(row);
    m_page->samplePane()->choose(0);
    JsonTreeModel *tree = m_page->samplePane()->model();
    const QModelIndex email = tree->indexForPointer(QStringLiteral("/contract/owner/email"));
    QVERIFY(email.isValid());
    QVERIFY(tree->flags(email) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(tree->mimeData({email, email.siblingAtColumn(1)}));
    QCOMPARE(mime->data(QString::fromLatin1(JsonTreeModel::pointerMimeType)),
             QByteArray("/contract/owner/email"));
    QCOMPARE(mime->text(), QStringLiteral("/contract/owner/email"));
    QVERIFY(m_page->samplePane()->tree()->dragEnabled());
}

void tst_RuleDesigner::everyDefaultRuleLoadsUnchanged()
{
    // Showing a rule in the editor must not rewrite it: what the file says stays, to the key.
    openPage();
    const QJsonArray rules = parse(m_original).value(QLatin1String("rules")).toArray();
    for (int row = 0; row < rules.size(); ++row) {
        m_page->selectRule(row);
        QCOMPARE(m_page->currentRow(), row);
        QCOMPARE(m_page->ruleErrors().value(row), QString());
        QVERIFY(!find<QLabel>(m_page->editor(), "ruleError")->isVisibleTo(m_page.get()));
        QCOMPARE(m_page->editor()->actionCount(),
                 int(rules.at(row).toObject().value(QLatin1String("actions")).toArray().size()));
        for (int i = 0; i < m_page->editor()->actionCount(); ++i)
            QVERIFY2(
                !find<QLabel>(m_page->editor()->actionEditor(i), "actionError")
                     ->isVisibleTo(m_page.get()),
                qPrintable(QStringLiteral("rule %1, action %2: %3")
                               .arg(row)
                               .arg(i + 1)
                               .arg(find<QLabel>(m_page->editor()->actionEditor(i), "actionError")
                                        ->text())));
        // The sample of the rule's own source is chosen; every action renders from it.
        const QString name = rules.at(row).toObject().value(QLatin1String("name")).toString();
        const QJsonArray sources = rules.at(row)
                                       .toObject()
                                       .value(QLatin1String("trigger"))
                                       .toObject()
                                       .value(QLatin1String("sources"))
                                       .toArray();
        if (!sources.isEmpty()) {
            QVERIFY2(sources.contains(m_page->samplePane()->sample().source), qPrintable(name));
            QVERIFY2(!find<QLabel>(m_page->previewPane(), "previewActionError"), qPrintable(name));
        }
    }
    QVERIFY(!m_page->document()->isModified());
    QCOMPARE(m_page->document()->rules(), rules);
    QCOMPARE(m_page->document()->undoStack()->count(), 0);

    // An escalation is previewed as it would be scheduled for the sample.
    m_page->selectRule(rowOf(QStringLiteral("approval-overdue")));
    QCOMPARE(m_page->samplePane()->sample().source, QStringLiteral("approvals"));
    auto *escalation
        = find<QLabel>(find<QWidget>(m_page->previewPane(), "previewAction2"), "previewEscalation");
    QVERIFY(escalation);
    QCOMPARE(escalation->text(),
             QStringLiteral("Unless acknowledged within 1 hour (the time this sample names):\n"
                            "tier 1 then: 2 actions\n"
                            "tier 2, 1 hour later: 1 action"));
}

void tst_RuleDesigner::stepsSurviveUnrelatedEdits()
{
    // The keys of the notification steps (delay, digest, urgent, an action's fallback) and the
    // role directory's quiet hours: an edit of something else in the designer saves them as
    // they were.
    QJsonObject workspace = parse(m_original);
    QJsonArray rules = workspace.value(QLatin1String("rules")).toArray();
    const int review = rowOf(QStringLiteral("contract-review"));
    const int reminder = rowOf(QStringLiteral("contract-review-reminder"));
    const int digest = rowOf(QStringLiteral("supplier-document-expired"));
    QVERIFY(review >= 0 && reminder >= 0 && digest >= 0);
    QVERIFY(rules.at(reminder).toObject().value(QLatin1String("delay")).isObject());
    QVERIFY(rules.at(digest).toObject().value(QLatin1String("digest")).isObject());
    QJsonObject reviewRule = rules.at(review).toObject();
    reviewRule.insert(QStringLiteral("urgent"), true);
    QJsonArray reviewActions = reviewRule.value(QLatin1String("actions")).toArray();
    QJsonObject email = reviewActions.at(0).toObject();
    email.insert(QStringLiteral("fallback"), parse(R"({
        "type": "opentext", "target": "opentext", "channel": "sms",
        "to": {"addresses": ["{{contract.owner.phone}}"]},
        "text": "Email about {{contract.id}} failed", "missing": "fail"})"));
    reviewActions.replace(0, email);
    reviewRule.insert(QStringLiteral("actions"), reviewActions);
    rules.replace(review, reviewRule);
    workspace.insert(QStringLiteral("rules"), rules);
    QJsonArray roles = workspace.value(QLatin1String("roles")).toArray();
    QJsonObject legal = roles.at(1).toObject();
    QCOMPARE(legal.value(QLatin1String("name")).toString(), QStringLiteral("legal"));
    legal.insert(QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin"));
    legal.insert(QStringLiteral("quiet_hours"),
                 QJsonObject {{QStringLiteral("from"), QStringLiteral("22:00")},
                              {QStringLiteral("to"), QStringLiteral("07:00")}});
    roles.replace(1, legal);
    workspace.insert(QStringLiteral("roles"), roles);
    {
        QFile out(m_path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(workspace).toJson());
    }
    openPage();
    QCOMPARE(m_page->document()->rules(), rules);

    // The reminder: a new name and title; the digest: its email's subject; the urgent rule: the
    // subject of the email that has the fallback, and its "missing" check box there and back.
    m_page->selectRule(reminder);
    typeInto(find<QLineEdit>(m_page->editor(), "ruleName"), QStringLiteral("review-reminder"));
    typeInto(find<QLineEdit>(m_page->editor(), "ruleTitle"), QStringLiteral("Reminder"));
    m_page->selectRule(digest);
    m_page->editor()->showAction(0);
    typeInto(find<QLineEdit>(m_page->editor()->actionEditor(0), "actionSubject"),
             QStringLiteral("Expired: {{digest.count}}"));
    m_page->selectRule(review);
    ActionEditor *reviewEmail = m_page->editor()->actionEditor(0);
    typeInto(find<QLineEdit>(reviewEmail, "actionSubject"),
             QStringLiteral("Review {{contract.id}}"));
    auto *missing = find<QCheckBox>(reviewEmail, "actionMissing");
    missing->click();
    missing->click();
    QVERIFY(m_page->save());

    QJsonArray expected = rules;
    QJsonObject renamed = expected.at(reminder).toObject();
    renamed.insert(QStringLiteral("name"), QStringLiteral("review-reminder"));
    renamed.insert(QStringLiteral("title"), QStringLiteral("Reminder"));
    expected.replace(reminder, renamed);
    const auto withSubject = [&expected](int row, const QString &subject) {
        QJsonObject rule = expected.at(row).toObject();
        QJsonArray actions = rule.value(QLatin1String("actions")).toArray();
        QJsonObject action = actions.at(0).toObject();
        action.insert(QStringLiteral("subject"), subject);
        actions.replace(0, action);
        rule.insert(QStringLiteral("actions"), actions);
        expected.replace(row, rule);
    };
    withSubject(digest, QStringLiteral("Expired: {{digest.count}}"));
    withSubject(review, QStringLiteral("Review {{contract.id}}"));
    const QJsonObject saved = savedWorkspace();
    const QJsonArray savedRules = saved.value(QLatin1String("rules")).toArray();
    QCOMPARE(savedRules.at(reminder).toObject().value(QLatin1String("delay")),
             rules.at(reminder).toObject().value(QLatin1String("delay")));
    QCOMPARE(savedRules.at(digest).toObject().value(QLatin1String("digest")),
             rules.at(digest).toObject().value(QLatin1String("digest")));
    QCOMPARE(savedRules.at(review).toObject().value(QLatin1String("urgent")), QJsonValue(true));
    QCOMPARE(savedRules.at(review)
                 .toObject()
                 .value(QLatin1String("actions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("fallback")),
             email.value(QLatin1String("fallback")));
    QCOMPARE(savedRules, expected);
    QCOMPARE(saved.value(QLatin1String("roles")), QJsonValue(roles));

    // What the engine reads back has them too.
    const auto loaded = Workspace::load(m_path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->rules().at(reminder).delay.has_value());
    QCOMPARE(loaded->rules().at(reminder).delay->offsetMs, -24 * 3600 * 1000LL);
    QVERIFY(loaded->rules().at(digest).digest.has_value());
    QCOMPARE(loaded->rules().at(digest).digest->windowMs, 10 * 60 * 1000LL);
    QVERIFY(loaded->rules().at(review).urgent);
    QVERIFY(loaded->rules().at(review).actions.at(0).fallback);
    QCOMPARE(loaded->rules().at(review).actions.at(0).fallback->channel, OpenTextChannel::Sms);
}

void tst_RuleDesigner::stepsByControls()
{
    // A delay, a digest, urgent and a fallback, set with the controls: the workspace file gets
    // exactly the keys the README describes, and the preview says when the messages go.
    openPage();
    const int review = rowOf(QStringLiteral("contract-review"));
    m_page->selectRule(review);
    RuleEditor *editor = m_page->editor();
    StepsEditor *steps = editor->stepsEditor();
    QVERIFY(!steps->isExpanded()); // a rule without steps keeps them folded
    auto *toggle = find<QToolButton>(steps, "stepsToggle");
    QCOMPARE(toggle->text(), QStringLiteral("Steps: none"));
    toggle->click();
    QVERIFY(steps->isExpanded());
    const auto rule = [this, review] {
        return m_page->document()->rule(review);
    };
    const auto delay = [&rule] {
        return rule().value(QLatin1String("delay")).toObject();
    };

    auto *kind = find<QComboBox>(steps, "stepKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("delay")));
    QCOMPARE(delay(), parse(R"({"for": "1h"})"));
    QCOMPARE(toggle->text(), QStringLiteral("Steps: delay"));
    auto *delayFor = find<QLineEdit>(steps, "delayFor");
    QVERIFY(delayFor->isVisibleTo(m_page.get()));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    typeInto(delayFor, QStringLiteral("2h"));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(delay(), parse(R"({"for": "2h"})"));
    // The preview: two hours from now, to the minute.
    auto *timing = find<QLabel>(m_page->previewPane(), "previewTiming");
    QVERIFY(timing);
    const QString prefix = QStringLiteral("When: 2 h after the event: ");
    QVERIFY2(timing->text().startsWith(prefix), qPrintable(timing->text()));
    QString at = timing->text().mid(prefix.size());
    QVERIFY2(at.endsWith(QStringLiteral(" UTC")), qPrintable(at));
    at.chop(4);
    QDateTime sendAt = QDateTime::fromString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
    sendAt.setTimeSpec(Qt::UTC);
    QVERIFY2(sendAt.isValid(), qPrintable(at));
    QVERIFY(sendAt >= before.addSecs(2 * 3600 - 60) && sendAt <= after.addSecs(2 * 3600));
    QVERIFY(m_page->save());
    QCOMPARE(savedWorkspace()
                 .value(QLatin1String("rules"))
                 .toArray()
                 .at(review)
                 .toObject()
                 .value(QLatin1String("delay")),
             QJsonValue(parse(R"({"for": "2h"})")));
    QCOMPARE(Workspace::load(m_path)->rules().at(review).delay->forMs, 2 * 3600 * 1000LL);

    // Until a time in the payload: without one the steps say what is missing, in words.
    auto *mode = find<QComboBox>(steps, "delayMode");
    mode->setCurrentIndex(mode->findData(QStringLiteral("until")));
    QCOMPARE(delay(), QJsonObject());
    QCOMPARE(mode->currentData().toString(), QStringLiteral("until"));
    auto *error = find<QLabel>(steps, "stepsError");
    QVERIFY(error->isVisibleTo(m_page.get()));
    QCOMPARE(error->text(),
             QStringLiteral("Delay: needs either \"for\" (a duration) or \"until\" (a time from "
                            "the payload), not neither"));
    typeInto(find<QLineEdit>(steps, "delayUntil"), QStringLiteral("{{contract.review_due}}"));
    QVERIFY(!error->isVisibleTo(m_page.get()));
    typeInto(find<QLineEdit>(steps, "delayOffset"), QStringLiteral("-24h"));
    // The sample's review_due (2026-11-24 17:00) is past: sent at once, or skipped.
    QCOMPARE(find<QLabel>(m_page->previewPane(), "previewTiming")->text(),
             QStringLiteral("When: 24 h before review_due: already past, sent at once"));
    auto *ifPast = find<QComboBox>(steps, "delayIfPast");
    ifPast->setCurrentIndex(ifPast->findData(QStringLiteral("skip")));
    QCOMPARE(find<QLabel>(m_page->previewPane(), "previewTiming")->text(),
             QStringLiteral("When: 24 h before review_due: already past, not sent"));
    // A cancel condition needs a key, and says so.
    auto *cancel = find<ConditionBuilder>(steps, "delayCancelWhen");
    find<QPushButton>(cancel, "addConditionButton")->click();
    auto *path = find<PointerComboBox>(cancel, "conditionPath");
    QVERIFY(path->isVisibleTo(m_page.get()));
    QVERIFY(dropPointer(path, QStringLiteral("/event")));
    QTest::keyClicks(find<QLineEdit>(cancel, "conditionValue"),
                     QStringLiteral("contract.reviewed"));
    QCOMPARE(error->text(),
             QStringLiteral("Delay cancel_when: needs a \"key\", such as {{contract.id}}, to know "
                            "which held messages a later event cancels"));
    typeInto(find<QLineEdit>(steps, "delayKey"), QStringLiteral("{{contract.id}}"));
    QVERIFY(!error->isVisibleTo(m_page.get()));
    // What the controls made is the default reminder's delay; the rows write their one
    // condition inside "all", as the rule's own condition rows do.
    const QJsonObject reminder
        = defaultRules().at(rowOf(QStringLiteral("contract-review-reminder"))).toObject();
    QJsonObject expected = reminder.value(QLatin1String("delay")).toObject();
    expected.insert(QStringLiteral("cancel_when"),
                    QJsonObject {{QStringLiteral("all"),
                                  QJsonArray {expected.value(QLatin1String("cancel_when"))}}});
    QCOMPARE(delay(), expected);

    // A digest instead: key, window, the first event at once.
    kind->setCurrentIndex(kind->findData(QStringLiteral("digest")));
    QVERIFY(!rule().contains(QLatin1String("delay")));
    QCOMPARE(rule().value(QLatin1String("digest")).toObject(),
             parse(R"({"key": "{{event.source}}", "window": "10m"})"));
    typeInto(find<QLineEdit>(steps, "digestKey"), QStringLiteral("{{contract.id}}"));
    typeInto(find<QLineEdit>(steps, "digestWindow"), QStringLiteral("5m"));
    find<QCheckBox>(steps, "digestFirst")->click();
    QCOMPARE(rule().value(QLatin1String("digest")).toObject(),
             parse(R"({"key": "{{contract.id}}", "window": "5m", "first": "send"})"));
    QCOMPARE(find<QLabel>(m_page->previewPane(), "previewTiming")->text(),
             QStringLiteral("When: digest: window 5 min, key CTR-2026-0418; the first event goes "
                            "at once"));

    // Urgent, and an SMS when the email fails: the same recipients, the email's subject as text.
    find<QCheckBox>(steps, "ruleUrgent")->click();
    QCOMPARE(rule().value(QLatin1String("urgent")), QJsonValue(true));
    QCOMPARE(toggle->text(), QStringLiteral("Steps: digest, urgent"));
    ActionEditor *email = editor->actionEditor(0);
    auto *fallback = find<QComboBox>(email, "actionFallbackChannel");
    QVERIFY(!find<QLineEdit>(email, "actionFallbackText")->isVisibleTo(m_page.get()));
    fallback->setCurrentIndex(fallback->findData(QStringLiteral("sms")));
    const auto fallbackJson = [&rule] {
        return rule()
            .value(QLatin1String("actions"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("fallback"))
            .toObject();
    };
    QCOMPARE(fallbackJson(), parse(R"({"type": "opentext", "target": "opentext", "channel": "sms",
        "to": {"roles": ["legal"]}, "text": "Legal review: {{contract.id}} {{contract.title}}"})"));
    QVERIFY(find<QLineEdit>(email, "actionFallbackText")->isVisibleTo(m_page.get()));
    QVERIFY(!find<QLineEdit>(email, "actionFallbackSubject")->isVisibleTo(m_page.get()));
    typeInto(find<QLineEdit>(email, "actionFallbackText"),
             QStringLiteral("Email failed: review {{contract.id}}"));
    typeInto(find<QLineEdit>(email, "actionFallbackTo"),
             QStringLiteral("{{contract.owner.phone}}"));
    QCOMPARE(fallbackJson(), parse(R"({"type": "opentext", "target": "opentext", "channel": "sms",
        "to": {"roles": ["legal"], "addresses": ["{{contract.owner.phone}}"]},
        "text": "Email failed: review {{contract.id}}"})"));
    QVERIFY(m_page->save());
    const QJsonObject saved
        = savedWorkspace().value(QLatin1String("rules")).toArray().at(review).toObject();
    QCOMPARE(saved, rule());
    const auto loaded = Workspace::load(m_path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const Rule &stored = loaded->rules().at(review);
    QVERIFY(stored.urgent);
    QVERIFY(stored.digest && stored.digest->sendFirst);
    QCOMPARE(stored.digest->windowMs, 5 * 60 * 1000LL);
    QCOMPARE(stored.actions.at(0).fallback->channel, OpenTextChannel::Sms);

    // Back to sending at once: no step keys are left; undo brings the digest back.
    kind->setCurrentIndex(kind->findData(QString()));
    QVERIFY(!rule().contains(QLatin1String("delay")));
    QVERIFY(!rule().contains(QLatin1String("digest")));
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(rule().value(QLatin1String("digest")).toObject(),
             parse(R"({"key": "{{contract.id}}", "window": "5m", "first": "send"})"));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("digest"));
}

void tst_RuleDesigner::buildRuleByDragAndSave()
{
    openPage();
    m_page->selectRule(0);
    QCOMPARE(m_page->samplePane()->sample().source, QStringLiteral("contract-review"));

    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_page->document()->count(), int(defaultRules().size()) + 1);
    QCOMPARE(m_page->currentRow(), 1);
    RuleEditor *editor = m_page->editor();
    typeInto(find<QLineEdit>(editor, "ruleName"), QStringLiteral("legal-high-value"));
    typeInto(find<QLineEdit>(editor, "ruleTitle"), QStringLiteral("High-value contract"));

    // Condition: a row whose path is dropped from the sample tree.
    QPushButton *addCondition = find<QPushButton>(editor, "addConditionButton");
    QVERIFY(addCondition);
    addCondition->click();
    const QList<PointerComboBox *> paths
        = editor->findChildren<PointerComboBox *>(QStringLiteral("conditionPath"));
    QCOMPARE(paths.size(), 1);
    QVERIFY(paths.first()->isVisibleTo(m_page.get()));
    QVERIFY(dropPointer(paths.first(), QStringLiteral("/contract/value/amount")));
    QCOMPARE(paths.first()->pointer(), QStringLiteral("/contract/value/amount"));
    auto *op = find<QComboBox>(editor, "conditionOperator");
    op->setCurrentIndex(op->findData(QStringLiteral("gt")));
    QTest::keyClicks(find<QLineEdit>(editor, "conditionValue"), QStringLiteral("100000"));

    // The email: typed, then a field dropped at the end of the subject and of the text.
    QCOMPARE(editor->actionCount(), 1);
    ActionEditor *email = editor->actionEditor(0);
    auto *subject = find<TemplateLineEdit>(email, "actionSubject");
    typeInto(subject, QStringLiteral("High value: "));
    QVERIFY(dropPointer(subject, QStringLiteral("/contract/id")));
    QCOMPARE(subject->text(), QStringLiteral("High value: {{contract.id}}"));
    auto *text = find<TemplateTextEdit>(email, "actionText");
    typeInto(text, QStringLiteral("Owner: "));
    QTextCursor end = text->textCursor();
    end.movePosition(QTextCursor::End);
    QVERIFY(dropPointer(text->viewport(), QStringLiteral("/contract/owner/email"),
                        text->cursorRect(end).center() + QPoint(4, 0)));
    QCOMPARE(text->text(), QStringLiteral("Owner: {{contract.owner.email}}"));

    // An SMS, added from the menu; a field dropped between typed words.
    auto *menu = find<QMenu>(editor, "addActionMenu");
    menu->actions().at(1)->trigger();
    QCOMPARE(editor->actionCount(), 2);
    auto *sms = find<TemplateTextEdit>(editor->actionEditor(1), "actionText");
    typeInto(sms, QStringLiteral("Contract "));
    end = sms->textCursor();
    end.movePosition(QTextCursor::End);
    QVERIFY(dropPointer(sms->viewport(), QStringLiteral("/contract/id"),
                        sms->cursorRect(end).center() + QPoint(4, 0)));
    QTest::keyClicks(sms, QStringLiteral(" needs review"));
    QCOMPARE(sms->text(), QStringLiteral("Contract {{contract.id}} needs review"));

    // The preview, rendered against the sample as it would be sent.
    RulePreviewPane *preview = m_page->previewPane();
    QTRY_VERIFY(find<QWidget>(preview, "previewAction2"));
    QWidget *emailCard = find<QWidget>(preview, "previewAction1");
    QWidget *smsCard = find<QWidget>(preview, "previewAction2");
    QVERIFY(emailCard->isVisibleTo(m_page.get()));
    QVERIFY(smsCard->isVisibleTo(m_page.get()));
    QCOMPARE(find<QLabel>(preview, "previewSummary")->text(),
             QStringLiteral("This sample matches: the rule would send:"));
    QCOMPARE(find<QLabel>(preview, "previewConditions")->text(),
             QStringLiteral("✓ /contract/value/amount gt 100000 (is 240000)"));
    QCOMPARE(find<QLabel>(editor, "conditionResult")->text(), QStringLiteral("✓ 240000"));
    QCOMPARE(find<QLabel>(emailCard, "previewTo")->text(),
             QStringLiteral("To: Helena Brandt <helena.brandt@example.com>"));
    QCOMPARE(find<QLabel>(emailCard, "previewSubject")->text(),
             QStringLiteral("High value: CTR-2026-0418"));
    QCOMPARE(find<QTextEdit>(emailCard, "previewBody")->toPlainText(),
             QStringLiteral("Owner: dana.whitfield@example.com"));
    QCOMPARE(find<QLabel>(smsCard, "previewTo")->text(), QStringLiteral("To: +4915112340001"));
    QCOMPARE(find<QTextEdit>(smsCard, "previewSmsText")->toPlainText(),
             QStringLiteral("Contract CTR-2026-0418 needs review"));
    QCOMPARE(find<QLabel>(smsCard, "previewSmsCount")->text(),
             QStringLiteral("35 chars · 1 segment · GSM-7"));

    // Ctrl+S writes exactly this rule into the workspace, after the one it was created from.
    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
    const QJsonObject saved = savedWorkspace();
    const QJsonArray rules = saved.value(QLatin1String("rules")).toArray();
    QCOMPARE(rules.size(), defaultRules().size() + 1);
    const QJsonObject expected = parse(R"({
        "name": "legal-high-value",
        "title": "High-value contract",
        "trigger": {"sources": ["contract-review"]},
        "condition": {"all": [{"path": "/contract/value/amount", "op": "gt", "value": 100000}]},
        "actions": [
            {"type": "opentext", "target": "opentext", "channel": "email",
             "to": {"roles": ["management"]},
             "subject": "High value: {{contract.id}}",
             "text": "Owner: {{contract.owner.email}}"},
            {"type": "opentext", "target": "opentext", "channel": "sms",
             "to": {"roles": ["management"]},
             "text": "Contract {{contract.id}} needs review"}
        ]})");
    QCOMPARE(rules.at(1).toObject(), expected);
    QJsonArray others = rules;
    others.removeAt(1);
    QCOMPARE(others, parse(m_original).value(QLatin1String("rules")).toArray());
    QCOMPARE(saved.value(QLatin1String("targets")),
             parse(m_original).value(QLatin1String("targets")));
    QVERIFY(Workspace::load(m_path).ok());
    QVERIFY(!m_page->document()->isModified());
    QVERIFY(
        find<QLabel>(m_page.get(), "saveResult")->text().startsWith(QStringLiteral("Saved to ")));

    // Undo takes back the typing, then the drop on its own; redo puts the drop back.
    sms->setFocus();
    QTest::keyClick(sms, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sms->text(), QStringLiteral("Contract {{contract.id}}"));
    QTest::keyClick(sms, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sms->text(), QStringLiteral("Contract "));
    QCOMPARE(m_page->document()
                 ->rule(1)
                 .value(QLatin1String("actions"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("text")),
             QJsonValue(QStringLiteral("Contract ")));
    QVERIFY(m_page->document()->isModified());
    QTest::keyClick(sms, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sms->text(), QStringLiteral("Contract {{contract.id}}"));
    QCOMPARE(find<QTextEdit>(smsCard = find<QWidget>(preview, "previewAction2"), "previewSmsText")
                 ->toPlainText(),
             QStringLiteral("Contract CTR-2026-0418"));
}

void tst_RuleDesigner::httpActionByDrag()
{
    openPage();
    m_page->selectRule(0);
    RuleEditor *editor = m_page->editor();
    find<QMenu>(editor, "addActionMenu")->actions().at(2)->trigger();
    QCOMPARE(editor->actionCount(), 2);
    ActionEditor *http = editor->actionEditor(1);
    auto *target = find<QComboBox>(http, "actionTarget");
    QCOMPARE(target->currentData().toString(), QStringLiteral("marketing")); // the generic one
    auto *method = find<QComboBox>(http, "actionMethod");
    method->setCurrentIndex(method->findData(QStringLiteral("PUT")));

    auto *url = find<TemplateLineEdit>(http, "actionUrl");
    typeInto(url, QStringLiteral("contracts/"));
    QVERIFY(dropPointer(url, QStringLiteral("/contract/id")));
    auto *headers = find<TemplateTextEdit>(http, "actionHeaders");
    typeInto(headers, QStringLiteral("X-Owner: "));
    QTextCursor end = headers->textCursor();
    end.movePosition(QTextCursor::End);
    QVERIFY(dropPointer(headers->viewport(), QStringLiteral("/contract/owner/name"),
                        headers->cursorRect(end).center() + QPoint(4, 0)));
    auto *body = find<TemplateTextEdit>(http, "actionBody");
    typeInto(body, QStringLiteral("{\"amount\": \""));
    end = body->textCursor();
    end.movePosition(QTextCursor::End);
    QVERIFY(dropPointer(body->viewport(), QStringLiteral("/contract/value/amount"),
                        body->cursorRect(end).center() + QPoint(4, 0)));
    QTest::keyClicks(body, QStringLiteral("\", \"tags\": [\"legal\"]}"));

    const QJsonObject expected = parse(R"({
        "type": "http", "target": "marketing", "method": "PUT",
        "url": "contracts/{{contract.id}}",
        "headers": {"X-Owner": "{{contract.owner.name}}"},
        "body": {"amount": "{{contract.value.amount}}", "tags": ["legal"]}})");
    QCOMPARE(m_page->document()->rule(0).value(QLatin1String("actions")).toArray().at(1).toObject(),
             expected);
    auto *request = find<QPlainTextEdit>(find<QWidget>(m_page->previewPane(), "previewAction2"),
                                         "previewHttpRequest");
    QVERIFY(request);
    QCOMPARE(request->toPlainText(),
             QStringLiteral("PUT sandbox:/capture/marketing/contracts/CTR-2026-0418\n"
                            "X-Owner: Dana Whitfield\n"
                            "Content-Type: application/json\n"
                            "\n"
                            "{\n"
                            "    \"amount\": \"240000\",\n"
                            "    \"tags\": [\n"
                            "        \"legal\"\n"
                            "    ]\n"
                            "}\n"));
    QVERIFY(request->font().fixedPitch() || request->font().styleHint() == QFont::Monospace
            || request->font() == QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // A body that is not JSON once rendered is a problem next to the body.
    typeInto(body, QStringLiteral("{\"amount\": {{contract.title}}}"));
    auto *bodyError = find<QLabel>(http, "actionBodyError");
    QVERIFY(bodyError->isVisibleTo(m_page.get()));
    QCOMPARE(bodyError->text(),
             QStringLiteral("JSON body: the rendered JSON is not valid: illegal number at "
                            "character 12"));
}

void tst_RuleDesigner::placeholderCompletion()
{
    openPage();
    m_page->selectRule(0);
    auto *subject = find<TemplateLineEdit>(m_page->editor()->actionEditor(0), "actionSubject");
    typeInto(subject, QStringLiteral("Owner {{contract.owner.em"));
    QCompleter *completer = subject->completion()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("contract.owner.email"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(subject->text(), QStringLiteral("Owner {{contract.owner.email}}"));
    QCOMPARE(m_page->document()
                 ->rule(0)
                 .value(QLatin1String("actions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("subject")),
             QJsonValue(QStringLiteral("Owner {{contract.owner.email}}")));
    QCOMPARE(TemplateCompletion::typedName(QStringLiteral("a {{b.c")), QStringLiteral("b.c"));
    QCOMPARE(TemplateCompletion::typedName(QStringLiteral("a {{")), QStringLiteral(""));
    QVERIFY(TemplateCompletion::typedName(QStringLiteral("a {{b}} c")).isNull());
}

void tst_RuleDesigner::problemsNextToFields()
{
    openPage();
    m_page->selectRule(0);
    ActionEditor *action = m_page->editor()->actionEditor(0);
    auto *subject = find<TemplateLineEdit>(action, "actionSubject");
    auto *subjectError = find<QLabel>(action, "actionSubjectError");

    // A template error: the rule no longer validates, and the error sits under the subject,
    // in words that name the field and the character; the list names the rule and action too.
    typeInto(subject, QStringLiteral("Review {{#contract}}"));
    QVERIFY(subjectError->isVisibleTo(m_page.get()));
    QCOMPARE(subjectError->text(),
             QStringLiteral("Subject: the section {{#contract}} opened at character 8 is never "
                            "closed"));
    QCOMPARE(m_page->listModel()->index(0).data(RuleListModel::ErrorRole).toString(),
             QStringLiteral("rule 'contract-review', action 1, subject: the section {{#contract}} "
                            "opened at character 8 is never closed"));
    const Error detail = m_page->ruleErrorDetails().value(0);
    QCOMPARE(detail.place.action, 0);
    QCOMPARE(detail.place.field, QStringLiteral("subject"));
    QCOMPARE(detail.place.offset, 7);

    // A value the sample does not have.
    typeInto(subject, QStringLiteral("Review {{contract.nope}}"));
    QCOMPARE(subjectError->text(), QStringLiteral("No value in this sample for {{contract.nope}}"));
    QVERIFY(subjectError->isVisibleTo(m_page.get()));
    QCOMPARE(m_page->listModel()->index(0).data(RuleListModel::ErrorRole).toString(), QString());

    // An address from the payload that is not an email address: next to the recipients.
    typeInto(subject, QStringLiteral("Review"));
    QVERIFY(!subjectError->isVisibleTo(m_page.get()));
    auto *addresses = find<TemplateTextEdit>(action, "actionAddresses");
    typeInto(addresses, QStringLiteral("{{contract.title}}"));
    auto *addressesError = find<QLabel>(action, "actionAddressesError");
    QVERIFY(addressesError->isVisibleTo(m_page.get()));
    QCOMPARE(addressesError->text(),
             QStringLiteral("Address 1: 'Master services agreement — Northwind Traders' is not "
                            "an email address"));
    QCOMPARE(find<QLabel>(m_page->previewPane(), "previewActionError")->text(),
             QStringLiteral("Would not be sent: ") + addressesError->text());

    // A condition value that does not match the sample: the row says what the sample has.
    auto *value = find<QLineEdit>(m_page->editor(), "conditionValue");
    typeInto(value, QStringLiteral("contract.signed"));
    QCOMPARE(find<QLabel>(m_page->editor(), "conditionResult")->text(),
             QStringLiteral("✗ \"contract.ready_for_review\""));
    QCOMPARE(find<QLabel>(m_page->previewPane(), "previewSummary")->text(),
             QStringLiteral("The conditions do not match this sample, so nothing would be sent. "
                            "If they did:"));
}

void tst_RuleDesigner::conditionGroupsRoundTrip()
{
    ConditionBuilder builder;
    builder.setPointers({QStringLiteral("/a"), QStringLiteral("/b")});
    QSignalSpy edited(&builder, &ConditionBuilder::edited);
    const QJsonObject nested = parse(R"({"any": [
        {"path": "/a", "op": "in", "value": ["x", "y"]},
        {"all": [{"path": "/b", "op": "exists", "value": true},
                 {"path": "/c/d", "op": "eq", "value": "42"}]}]})");
    builder.setCondition(nested);
    QCOMPARE(builder.condition(), QJsonValue(nested)); // "42" stays a string, /c/d stays
    QCOMPARE(edited.count(), 0);
    const QList<QLineEdit *> values
        = builder.findChildren<QLineEdit *>(QStringLiteral("conditionValue"));
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(0)->text(), QStringLiteral("[\"x\",\"y\"]"));
    QCOMPARE(values.at(2)->text(), QStringLiteral("\"42\""));
    // A bare leaf shows as a group of one; showing it writes nothing back.
    builder.setCondition(parse(R"({"path": "/a", "op": "eq", "value": 1})"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(builder.findChildren<QLineEdit *>(QStringLiteral("conditionValue")).size(), 1);

    // "not" has no rows: the condition is edited as JSON, and only valid JSON is taken.
    const QJsonObject negated = parse(R"({"not": {"path": "/a", "op": "eq", "value": 1}})");
    builder.setCondition(negated);
    auto *json = find<QPlainTextEdit>(&builder, "conditionJsonEdit");
    QVERIFY(json->isVisibleTo(&builder));
    QCOMPARE(builder.condition(), QJsonValue(negated));
    json->setPlainText(QStringLiteral("{\"not\": "));
    QCOMPARE(edited.count(), 0);
    QVERIFY(find<QLabel>(&builder, "conditionError")->isVisibleTo(&builder));
    json->setPlainText(QStringLiteral("{\"not\": {\"path\": \"/b\", \"op\": \"exists\"}}"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(builder.condition(), QJsonValue(parse(R"({"not": {"path": "/b", "op": "exists"}})")));
    QVERIFY(!find<QLabel>(&builder, "conditionError")->isVisibleTo(&builder));
}

void tst_RuleDesigner::invalidRuleIsNotSaved()
{
    openPage();
    m_page->selectRule(2);
    const QString name = m_page->document()->rule(2).value(QLatin1String("name")).toString();
    m_page->selectRule(0);
    auto *nameEdit = find<QLineEdit>(m_page->editor(), "ruleName");
    typeInto(nameEdit, QStringLiteral("Bad Name"));
    auto *nameError = find<QLabel>(m_page->editor(), "ruleNameError");
    QVERIFY(nameError->isVisibleTo(m_page.get()));
    QCOMPARE(nameError->text(),
             QStringLiteral("Name: must be 1 to 64 characters of a-z, 0-9 or '-', starting with "
                            "a letter or digit"));

    // Work on another rule, then save: refused, and the failing rule is shown with its error.
    m_page->selectRule(2);
    QCOMPARE(m_page->currentRow(), 2);
    QVERIFY(!m_page->save());
    QCOMPARE(m_page->currentRow(), 0);
    QCOMPARE(find<QLabel>(m_page.get(), "saveResult")->text(),
             QStringLiteral("Not saved: rule 'Bad Name', name: must be 1 to 64 characters of "
                            "a-z, 0-9 or '-', starting with a letter or digit"));
    QVERIFY(nameError->isVisibleTo(m_page.get()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);

    // A duplicate name is refused too.
    typeInto(nameEdit, name);
    QVERIFY(!m_page->save());
    QCOMPARE(
        find<QLabel>(m_page.get(), "saveResult")->text(),
        QStringLiteral("Not saved: rule '%1', name: another rule has the same name").arg(name));
    QCOMPARE(nameError->text(), QStringLiteral("Name: another rule has the same name"));
    typeInto(nameEdit, QStringLiteral("contract-review"));
    QVERIFY(m_page->save());
    QCOMPARE(savedWorkspace().value(QLatin1String("rules")),
             parse(m_original).value(QLatin1String("rules")));
}

void tst_RuleDesigner::listOperationsUndoAndSave()
{
    openPage();
    auto *search = find<QLineEdit>(m_page.get(), "ruleSearch");
    auto *list = find<QListView>(m_page.get(), "ruleList");
    QTest::keyClicks(search, QStringLiteral("PAGERDUTY"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(RuleListModel::NameRole).toString(),
             QStringLiteral("opentext-job-failed"));
    search->clear();
    const int count = int(defaultRules().size());
    QCOMPARE(list->model()->rowCount(), count);

    m_page->selectRule(0);
    QTest::keyClick(m_page.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_page->document()->count(), count + 1);
    QJsonObject copy = m_page->document()->rule(1);
    QCOMPARE(copy.value(QLatin1String("name")).toString(), QStringLiteral("contract-review-copy"));
    QJsonObject original = m_page->document()->rule(0);
    original.insert(QStringLiteral("name"), QStringLiteral("contract-review-copy"));
    original.insert(
        QStringLiteral("title"),
        QString(original.value(QLatin1String("title")).toString() + QStringLiteral(" (copy)")));
    QCOMPARE(copy, original);

    // Delete in the list removes the selected rule; undo brings it back.
    m_page->selectRule(1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_page->document()->count(), count);
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_page->document()->count(), count + 1);
    QCOMPARE(m_page->document()->rule(1), copy);
    QCOMPARE(m_page->currentRow(), 1);
    find<QToolButton>(m_page.get(), "deleteRuleActionButton")->click();
    QCOMPARE(m_page->document()->count(), count);

    // Disabled in the editor, saved as "enabled": false.
    const int regulated = rowOf(QStringLiteral("regulated-document"));
    QVERIFY(regulated >= 0);
    m_page->selectRule(regulated);
    auto *enabled = m_page->editor()->findChild<QAbstractButton *>(QStringLiteral("ruleEnabled"));
    enabled->click();
    QCOMPARE(m_page->listModel()->index(regulated).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(m_page->save());
    QJsonArray expected = parse(m_original).value(QLatin1String("rules")).toArray();
    QJsonObject disabled = expected.at(regulated).toObject();
    disabled.insert(QStringLiteral("enabled"), false);
    expected.replace(regulated, disabled);
    QCOMPARE(savedWorkspace().value(QLatin1String("rules")).toArray(), expected);
    QVERIFY(!Workspace::load(m_path)->rules().at(regulated).enabled);
}

void tst_RuleDesigner::capturedEventAsSampleAndEngineReload()
{
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.workspacePath = m_path;
    options.port = 0;
    const auto url = engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));

    QNetworkAccessManager network;
    QUrl hook = url.value();
    hook.setPath(QStringLiteral("/hooks/contract-review"));
    QNetworkRequest request(hook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QByteArray(R"({"event": "contract.ready_for_review",
                                "contract": {"id": "CTR-LIVE-7", "title": "Live one"}})")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);

    openPage(&engine);
    SamplePayloadPane *samples = m_page->samplePane();
    // The listener's own events (OpenText status pushes) may be there too.
    QTRY_VERIFY(samples->capturedCount() >= 1);
    int row = -1;
    for (int i = samples->chooser()->count() - 1; i >= 0 && row < 0; --i) {
        if (samples->chooser()->itemText(i).startsWith(QStringLiteral("Captured "))
            && samples->chooser()->itemText(i).endsWith(QStringLiteral(" · contract-review")))
            row = i;
    }
    QVERIFY(row > 7); // after the seven built-in samples and the separator
    m_page->selectRule(0);
    samples->choose(row);
    QTRY_COMPARE(samples->sample().source, QStringLiteral("contract-review"));
    QTRY_VERIFY(!samples->sample().eventId.isNull());
    const QModelIndex id = samples->model()->indexForPointer(QStringLiteral("/contract/id"));
    QCOMPARE(id.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("CTR-LIVE-7"));
    QTRY_COMPARE(find<QLabel>(m_page->previewPane(), "previewSubject")->text(),
                 QStringLiteral("Legal review: CTR-LIVE-7 Live one"));

    // An event captured while the page is open is offered after Refresh.
    const auto contractEvents = [samples] {
        int count = 0;
        for (int i = 0; i < samples->chooser()->count(); ++i)
            count += samples->chooser()->itemText(i).endsWith(QStringLiteral(" · contract-review"));
        return count;
    };
    QCOMPARE(contractEvents(), 1);
    reply.reset(network.post(request, QByteArray(R"({"event": "contract.ready_for_review"})")));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    find<QToolButton>(m_page.get(), "refreshCapturedButton")->click();
    QTRY_COMPARE(contractEvents(), 2);
    QCOMPARE(samples->sample()
                 .payload.toObject()
                 .value(QLatin1String("contract"))
                 .toObject()
                 .value(QLatin1String("id")),
             QJsonValue(QStringLiteral("CTR-LIVE-7"))); // the chosen one stays

    // Saving writes the file the engine runs from and the engine routes with it at once.
    typeInto(find<QLineEdit>(m_page->editor(), "ruleTitle"), QStringLiteral("Live title"));
    QVERIFY(m_page->save());
    QCOMPARE(m_page->savePath(), m_path);
    QCOMPARE(engine.workspace().rule(QStringLiteral("contract-review"))->title,
             QStringLiteral("Live title"));
    m_page.reset();
    engine.stop();
}

void tst_RuleDesigner::previewKeepsLastGoodRender()
{
    openPage();
    m_page->selectRule(0);
    RulePreviewPane *preview = m_page->previewPane();
    auto *summary = find<QLabel>(preview, "previewSummary");
    auto *stale = find<QLabel>(preview, "previewStale");
    QCOMPARE(summary->text(), QStringLiteral("This sample matches: the rule would send:"));
    QVERIFY(!stale->isVisibleTo(m_page.get()));
    const QString before = QStringLiteral("Legal review: CTR-2026-0418 Master services agreement "
                                          "— Northwind Traders");
    QCOMPARE(find<QLabel>(preview, "previewSubject")->text(), before);

    // Halfway through typing a placeholder: the email as it last rendered (at "Review {")
    // stays, marked as not current, with what is wrong now in words, and the same words next to
    // the subject.
    ActionEditor *action = m_page->editor()->actionEditor(0);
    auto *subject = find<TemplateLineEdit>(action, "actionSubject");
    typeInto(subject, QStringLiteral("Review {{"));
    QVERIFY(stale->isVisibleTo(m_page.get()));
    QCOMPARE(stale->text(),
             QStringLiteral("Action 1, subject: a tag opened at character 8 is never closed"));
    QCOMPARE(find<QLabel>(action, "actionSubjectError")->text(),
             QStringLiteral("Subject: a tag opened at character 8 is never closed"));
    QVERIFY(!summary->text().contains(QStringLiteral("matches")));
    QCOMPARE(find<QLabel>(preview, "previewSubject")->text(), QStringLiteral("Review {"));
    QVERIFY(find<QWidget>(preview, "previewAction1")->isVisibleTo(m_page.get()));

    // Finished: the preview is current again.
    QTest::keyClicks(subject, QStringLiteral("contract.id}}"));
    QCOMPARE(subject->text(), QStringLiteral("Review {{contract.id}}"));
    QVERIFY(!stale->isVisibleTo(m_page.get()));
    QCOMPARE(find<QLabel>(preview, "previewSubject")->text(),
             QStringLiteral("Review CTR-2026-0418"));
    QCOMPARE(summary->text(), QStringLiteral("This sample matches: the rule would send:"));

    // Another rule that is broken from the start has no last render of its own to show.
    typeInto(subject, QStringLiteral("Review {{"));
    m_page->selectRule(1);
    m_page->selectRule(0);
    QVERIFY(!find<QWidget>(preview, "previewAction1"));
    QCOMPARE(summary->text(),
             QStringLiteral("This rule cannot be previewed yet: Action 1, subject: a tag opened at "
                            "character 8 is never closed"));
}

void tst_RuleDesigner::undoBackToTheSavedState()
{
    openPage();
    m_page->selectRule(0);
    auto *result = find<QLabel>(m_page.get(), "saveResult");
    auto *title = find<QLineEdit>(m_page->editor(), "ruleTitle");
    const QString saved = title->text();
    QSignalSpy modified(m_page->document(), &RuleDocument::modifiedChanged);

    typeInto(title, QStringLiteral("Changed"));
    QVERIFY(m_page->document()->isModified());
    QCOMPARE(result->text(), QStringLiteral("Unsaved changes"));
    QCOMPARE(modified.count(), 1);
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), saved);
    QVERIFY(!m_page->document()->isModified());
    QCOMPARE(result->text(), QString());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.last().first().toBool(), false);

    // Typing a character and taking it back is one merged undo step that changes nothing: not a
    // change either, although the undo stack has a step.
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral("x"));
    QVERIFY(m_page->document()->isModified());
    QTest::keyClick(title, Qt::Key_Backspace);
    QCOMPARE(title->text(), saved);
    QVERIFY(m_page->document()->undoStack()->canUndo());
    QVERIFY(!m_page->document()->isModified());
    QCOMPARE(result->text(), QString());

    // After a save, the state saved is the one to come back to; redo leaves it again.
    typeInto(title, QStringLiteral("Saved title"));
    QVERIFY(m_page->save());
    QVERIFY(!m_page->document()->isModified());
    typeInto(find<QLineEdit>(m_page->editor(), "ruleDescription"), QStringLiteral("d"));
    QCOMPARE(result->text(), QStringLiteral("Unsaved changes"));
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_page->document()->isModified());
    QCOMPARE(result->text(), QString());
    QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_page->document()->isModified());
    QCOMPARE(result->text(), QStringLiteral("Unsaved changes"));
}

void tst_RuleDesigner::ruleWithoutTrigger()
{
    // The first sample comes from contract-review, which this workspace does not have: a new
    // rule gets no guessed trigger, and says it has none.
    QJsonObject workspace = parse(m_original);
    QJsonArray sources;
    for (const QJsonValue &source : workspace.value(QLatin1String("sources")).toArray()) {
        if (source.toObject().value(QLatin1String("name")).toString()
            != QLatin1String("contract-review"))
            sources.append(source);
    }
    workspace.insert(QStringLiteral("sources"), sources);
    // Every rule the source triggers goes with it (the review and its reminder).
    QJsonArray rules;
    for (const QJsonValue &rule : workspace.value(QLatin1String("rules")).toArray()) {
        if (!rule.toObject()
                 .value(QLatin1String("trigger"))
                 .toObject()
                 .value(QLatin1String("sources"))
                 .toArray()
                 .contains(QStringLiteral("contract-review")))
            rules.append(rule);
    }
    QCOMPARE(rules.size(), defaultRules().size() - 2);
    workspace.insert(QStringLiteral("rules"), rules);
    QFile out(m_path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(workspace).toJson());
    out.close();
    openPage();
    m_page->samplePane()->choose(0);
    QCOMPARE(m_page->samplePane()->sample().source, QStringLiteral("contract-review"));

    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    const int row = m_page->currentRow();
    QCOMPARE(m_page->document()->rule(row).value(QLatin1String("trigger")),
             QJsonValue(QJsonObject()));
    auto *triggerError = find<QLabel>(m_page->editor(), "ruleTriggerError");
    QVERIFY(triggerError->isVisibleTo(m_page.get()));
    QCOMPARE(triggerError->text(),
             QStringLiteral("Trigger: needs at least one source or internal event"));
    QCOMPARE(m_page->ruleErrorDetails().value(row).place.section, ErrorPlace::Section::Trigger);
    QCOMPARE(m_page->ruleErrorDetails().value(row).kind, Error::Kind::Missing);
    auto *summary = find<QLabel>(m_page->previewPane(), "previewSummary");
    QCOMPARE(summary->text(),
             QStringLiteral("No event starts this rule yet: choose a source or an internal event "
                            "under \"When an event arrives from\"."));

    // Given a trigger, it previews; taking the trigger away again never leaves "matches".
    auto *trigger = find<QListWidget>(m_page->editor(), "ruleTrigger");
    QListWidgetItem *cases = nullptr;
    for (int i = 0; i < trigger->count(); ++i) {
        if (trigger->item(i)->data(Qt::UserRole).toString() == QLatin1String("case-updates"))
            cases = trigger->item(i);
    }
    QVERIFY(cases);
    cases->setCheckState(Qt::Checked);
    QVERIFY(!triggerError->isVisibleTo(m_page.get()));
    QVERIFY(summary->text().startsWith(QStringLiteral("Events from contract-review do not trigger "
                                                      "this rule")));
    cases->setCheckState(Qt::Unchecked);
    QVERIFY(triggerError->isVisibleTo(m_page.get()));
    QVERIFY(find<QLabel>(m_page->previewPane(), "previewStale")->isVisibleTo(m_page.get()));
    QVERIFY(!summary->text().contains(QStringLiteral("matches")));
    QVERIFY(!summary->text().contains(QStringLiteral("would send:"))
            || summary->text().startsWith(QStringLiteral("Not updated")));
}

void tst_RuleDesigner::operatorsComeFromTheCore()
{
    ConditionBuilder builder;
    builder.setCondition(parse(R"({"path": "/a", "op": "before_now", "value": "2h"})"));
    auto *op = find<QComboBox>(&builder, "conditionOperator");
    const QList<ConditionOperator> operators = conditionOperators();
    QCOMPARE(op->count(), int(operators.size()));
    for (int i = 0; i < op->count(); ++i) {
        QCOMPARE(op->itemData(i).toString(), operators.at(i).name);
        QCOMPARE(op->itemText(i), operators.at(i).label);
    }
    QCOMPARE(op->currentData().toString(), QStringLiteral("before_now"));
    // The value's hint follows the operator's kind of value.
    auto *value = find<QLineEdit>(&builder, "conditionValue");
    QCOMPARE(value->placeholderText(), QStringLiteral("an offset such as 15m, -2h or 1d"));
    op->setCurrentIndex(op->findData(QStringLiteral("in")));
    QCOMPARE(value->placeholderText(), QStringLiteral("a list, such as [\"a\", \"b\"]"));
    // An operator the core does not know is kept as written, for its error to name.
    builder.setCondition(parse(R"({"path": "/a", "op": "like", "value": 1})"));
    op = find<QComboBox>(&builder, "conditionOperator");
    QCOMPARE(op->count(), int(operators.size()) + 1);
    QCOMPARE(op->currentData().toString(), QStringLiteral("like"));
}

void tst_RuleDesigner::conditionProblemUnderItsRow()
{
    openPage();
    m_page->selectRule(0);
    RuleEditor *editor = m_page->editor();
    find<QPushButton>(editor, "addConditionButton")->click();
    const QList<QComboBox *> ops
        = editor->findChildren<QComboBox *>(QStringLiteral("conditionOperator"));
    QCOMPARE(ops.size(), 2);
    ops.at(1)->setCurrentIndex(ops.at(1)->findData(QStringLiteral("matches")));
    const QList<QLineEdit *> values
        = editor->findChildren<QLineEdit *>(QStringLiteral("conditionValue"));
    QTest::keyClicks(values.at(1), QStringLiteral("ab("));
    const QList<QLabel *> results
        = editor->findChildren<QLabel *>(QStringLiteral("conditionResult"));
    QCOMPARE(results.size(), 2);
    // The condition does not compile, so no row is tested; the second says what is wrong.
    QCOMPARE(results.at(0)->text(), QString());
    QVERIFY2(results.at(1)->text().startsWith(
                 QStringLiteral("Condition 2: operator 'matches' needs a valid regular "
                                "expression: ")),
             qPrintable(results.at(1)->text()));
    QVERIFY(results.at(1)->text().endsWith(QStringLiteral(" at character 4")));
    QVERIFY(!find<QLabel>(editor, "conditionError")->isVisibleTo(m_page.get()));
    const Error detail = m_page->ruleErrorDetails().value(0);
    QCOMPARE(detail.place.section, ErrorPlace::Section::Condition);
    QCOMPARE(detail.place.conditionLeaf, 1);
    QCOMPARE(detail.place.offset, 3);
}

void tst_RuleDesigner::capturedSamplesDistinctAndGrouped()
{
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.workspacePath = m_path;
    options.port = 0;
    const auto url = engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QNetworkAccessManager network;
    const auto post = [&](const QString &source, const QByteArray &body) {
        QUrl hook = url.value();
        hook.setPath(QStringLiteral("/hooks/") + source);
        QNetworkRequest request(hook);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    // The same status callback five times, and two different contracts, one of them twice.
    const QByteArray status = R"({"job_id": "J-1", "state": "Sent"})";
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post(QStringLiteral("opentext-status"), status), 202);
    QCOMPARE(post(QStringLiteral("contract-review"), R"({"event": "a"})"), 202);
    QCOMPARE(post(QStringLiteral("contract-review"), R"({"event": "b"})"), 202);
    QCOMPARE(post(QStringLiteral("contract-review"), R"({"event": "b"})"), 202);

    openPage(&engine);
    SamplePayloadPane *samples = m_page->samplePane();
    QComboBox *chooser = samples->chooser();
    const auto rowsOf = [chooser](const QString &suffix) {
        QList<int> rows;
        for (int i = 0; i < chooser->count(); ++i) {
            if (chooser->itemText(i).startsWith(QStringLiteral("Captured "))
                && chooser->itemText(i).endsWith(suffix))
                rows.append(i);
        }
        return rows;
    };
    QTRY_COMPARE(rowsOf(QStringLiteral(" · contract-review")).size(), 2);
    const QList<int> statusRows = rowsOf(QStringLiteral(" · opentext-status"));
    QCOMPARE(statusRows.size(), 1); // five identical ones are one sample
    QCOMPARE(chooser->itemData(statusRows.first(), Qt::ToolTipRole).toString(),
             QStringLiteral("the newest of 5 events with this same body"));
    // Each group under its heading; OT Bridge's own traffic after the webhooks.
    const int contractHeader = chooser->findText(QStringLiteral("Captured from contract-review"));
    const int statusHeader = chooser->findText(
        QStringLiteral("Captured from opentext-status (OT Bridge's own traffic)"));
    QVERIFY(contractHeader > 7);
    QVERIFY(statusHeader > contractHeader);
    for (int row : rowsOf(QStringLiteral(" · contract-review")))
        QVERIFY(row > contractHeader && row < statusHeader);
    QVERIFY(statusRows.first() > statusHeader);
    const auto *model = qobject_cast<const QStandardItemModel *>(chooser->model());
    QVERIFY(model);
    QVERIFY(!(model->item(statusHeader)->flags() & Qt::ItemIsSelectable));
    QCOMPARE(samples->capturedCount(), 3);
    // The newer contract first, its kind in the tooltip.
    const QList<int> contractRows = rowsOf(QStringLiteral(" · contract-review"));
    QCOMPARE(chooser->itemData(contractRows.at(0), Qt::ToolTipRole).toString(),
             QStringLiteral("b · the newest of 2 events with this same body"));
    QCOMPARE(chooser->itemData(contractRows.at(1), Qt::ToolTipRole).toString(),
             QStringLiteral("a"));
    m_page.reset();
    engine.stop();
}

QTEST_MAIN(tst_RuleDesigner)
#include "tst_ruledesigner.moc"
