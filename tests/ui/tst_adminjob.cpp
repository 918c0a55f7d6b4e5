// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/secretstore.h"
#include "console/consolepage.h"
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"
#include "console/jsontreemodel.h"
#include "engine/engine.h"
#include "httpsink.h"
#include "mainwindow.h"
#include "rules/actioneditor.h"
#include "rules/ruledesignerpage.h"
#include "rules/ruledocument.h"
#include "rules/ruleeditor.h"
#include "rules/samplepayloadpane.h"
#include "rules/templatetextedit.h"
#include "sampledrop.h"
#include "sources/sourcespage.h"
#include "targets/httptargetform.h"
#include "targets/targetspage.h"
#include "tester/requestcomposer.h"
#include "tester/testerpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUuid>

#include <memory>

using namespace OtBridge;

namespace {

// The Standard Webhooks specification's example secret (listed in tests/secrets.txt).
constexpr char webhookSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr int saveTimeoutMs = 10000;

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(field, text);
}

} // namespace

// The integration admin's whole job in the window, without touching JSON: a Standard Webhooks
// source with its secret in the keychain, an HTTP target at a loopback receiver, a rule that
// maps two fields of the sample by drag and drop, all saved; then a signed sample fired from
// the Tester, seen in the console as delivered by that rule, and the receiver holding the
// mapped body. A real engine, the session's Secret Service, a real receiver.
class tst_AdminJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeJobWithoutJson();

private:
    template<typename T> T *find(QObject *parent, const char *name) const
    {
        T *child = parent->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no %s called %s", T::staticMetaObject.className(), name);
        return child;
    }

    SecretStore m_secrets;
    QString m_key;
};

void tst_AdminJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_adminjob"));
    m_key = QStringLiteral("otbridge-tests/%1/source/contract-review")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void tst_AdminJob::cleanupTestCase()
{
    bool done = false;
    m_secrets.remove(m_key, this, [&done](const Result<void> &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        qWarning("the keychain did not answer removing the test secret");
}

void tst_AdminJob::wholeJobWithoutJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A workspace with one source and nothing else: everything the job needs is made below.
    const QString path = dir.filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "test"}]})");
    file.close();
    HttpSink receiver;
    QVERIFY(receiver.listen());

    Engine engine;
    MainWindow window(&engine);
    EngineOptions options;
    options.dataDir = dir.filePath(QStringLiteral("data"));
    options.workspacePath = path;
    window.startEngine(options);
    QVERIFY2(engine.isRunning(), qPrintable(window.statusBar()->currentMessage()));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // 1. Sources: contract-review, Standard Webhooks, the secret into the keychain.
    window.setCurrentPage(MainWindow::SourcesPageIndex);
    SourcesPage *sources = window.sourcesPage();
    QTest::mouseClick(find<QPushButton>(sources, "addSourceButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(sources, "sourceNameEdit"), QStringLiteral("contract-review"));
    auto *auth = find<QComboBox>(sources, "sourceAuthCombo");
    auth->setCurrentIndex(auth->findData(int(SourceAuth::Kind::StandardWebhooks)));
    find<QLineEdit>(sources, "sourceSecretRefEdit")->setText(m_key);
    QTest::keyClicks(find<QLineEdit>(sources, "sourceSecretEdit"),
                     QString::fromLatin1(webhookSecret));
    QSignalSpy sourceSaved(sources, &SourcesPage::saved);
    QSignalSpy sourceFailed(sources, &SourcesPage::saveFailed);
    QTest::mouseClick(find<QPushButton>(sources, "saveSourceButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sourceSaved.size() + sourceFailed.size() > 0, saveTimeoutMs);
    QVERIFY2(sourceFailed.isEmpty(), qPrintable(sourceFailed.value(0).value(0).toString()));
    QVERIFY(engine.workspace().source(QStringLiteral("contract-review")));

    // 2. Targets: an HTTP target at the receiver.
    window.setCurrentPage(MainWindow::TargetsPageIndex);
    TargetsPage *targets = window.targetPage();
    HttpTargetForm *form = targets->httpForm();
    QTest::mouseClick(find<QPushButton>(targets, "addTargetButton"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(form, "httpNameEdit"), QStringLiteral("receiver"));
    find<QLineEdit>(form, "httpUrlEdit")->setText(QString::fromLatin1(receiver.url("/in")));
    QVERIFY2(form->problems().isEmpty(), qPrintable(form->problems().join(u'\n')));
    QSignalSpy targetSaved(form, &HttpTargetForm::saved);
    QSignalSpy targetFailed(form, &HttpTargetForm::saveFailed);
    QTest::mouseClick(find<QPushButton>(form, "saveTargetButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(targetSaved.size() + targetFailed.size() > 0, saveTimeoutMs);
    QVERIFY2(targetFailed.isEmpty(), qPrintable(targetFailed.value(0).value(0).toString()));

    // 3. Rules: a new rule on the sample's source; an HTTP action to the receiver whose body
    // takes two fields dropped from the sample; the e-mail a new rule starts with closed.
    window.setCurrentPage(MainWindow::RulesPageIndex);
    RuleDesignerPage *rules = window.rulesPage();
    QCOMPARE(rules->samplePane()->sample().source, QStringLiteral("contract-review"));
    QTest::keyClick(rules, Qt::Key_N, Qt::ControlModifier);
    RuleEditor *editor = rules->editor();
    auto *name = find<QLineEdit>(editor, "ruleName");
    name->selectAll();
    typeInto(name, QStringLiteral("forward-contract"));
    find<QMenu>(editor, "addActionMenu")->actions().at(2)->trigger();
    QCOMPARE(editor->actionCount(), 2);
    auto *tabs = editor->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QWidget *close = tabs->tabBar()->tabButton(0, QTabBar::RightSide);
    if (!close)
        close = tabs->tabBar()->tabButton(0, QTabBar::LeftSide);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(editor->actionCount(), 1);
    ActionEditor *http = editor->actionEditor(0);
    auto *target = find<QComboBox>(http, "actionTarget");
    QVERIFY(target->findData(QStringLiteral("receiver")) >= 0);
    target->setCurrentIndex(target->findData(QStringLiteral("receiver")));
    auto *body = find<TemplateTextEdit>(http, "actionBody");
    const auto dropAtEnd = [&](const QString &pointer) {
        QTextCursor end = body->textCursor();
        end.movePosition(QTextCursor::End);
        return dropSamplePointer(rules->samplePane()->model(), body->viewport(), pointer,
                                 body->cursorRect(end).center() + QPoint(4, 0));
    };
    body->selectAll();
    typeInto(body, QStringLiteral("{\"id\": \""));
    QVERIFY(dropAtEnd(QStringLiteral("/contract/id")));
    typeInto(body, QStringLiteral("\", \"owner\": \""));
    QVERIFY(dropAtEnd(QStringLiteral("/contract/owner/name")));
    typeInto(body, QStringLiteral("\"}"));
    QCOMPARE(body->toPlainText(),
             QStringLiteral(R"({"id": "{{contract.id}}", "owner": "{{contract.owner.name}}"})"));
    QSignalSpy rulesSaved(rules, &RuleDesignerPage::saved);
    QSignalSpy rulesFailed(rules, &RuleDesignerPage::saveFailed);
    QTest::keyClick(rules, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rulesSaved.size() + rulesFailed.size() > 0, saveTimeoutMs);
    QVERIFY2(rulesFailed.isEmpty(), qPrintable(rulesFailed.value(0).value(0).toString()));
    QTRY_VERIFY(engine.workspace().rule(QStringLiteral("forward-contract")));

    // 4. Tester: the signed sample, signed with the secret read back from the keychain.
    window.setCurrentPage(MainWindow::TesterPageIndex);
    TesterPage *tester = window.testerPage();
    QVERIFY(tester->selectSample(
        QStringLiteral("Contract ready for legal review (Standard Webhooks signature)")));
    QTest::mouseClick(find<QPushButton>(tester, "readSecretButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tester->composer()->signing().secret,
                              QString::fromLatin1(webhookSecret), saveTimeoutMs);
    LoadSummary summary;
    // The engine reads the new source's secret asynchronously; until then it answers 503.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QSignalSpy finished(tester, &TesterPage::runFinished);
        tester->composer()->urlEdit()->setFocus();
        QTest::keyClick(tester->composer()->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        summary = finished.constFirst().at(0).value<LoadSummary>();
        if (!summary.statusCounts.contains(503))
            break;
        QTest::qWait(100); // nothing to observe: the listener reads the secret on its own time
    }
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 1}}));

    // 5. Console: delivered, by the rule just made.
    window.setCurrentPage(MainWindow::ConsolePageIndex);
    ConsolePage *console = window.consolePage();
    const auto deliveredRow = [console] {
        const QAbstractItemModel *model = console->proxyModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, EventTableModel::SourceColumn);
            if (index.data().toString() == QLatin1String("contract-review")
                && index.siblingAtColumn(EventTableModel::StatusColumn).data().toInt() == 202
                && index.siblingAtColumn(EventTableModel::OutcomeColumn).data().toString()
                    == QLatin1String("delivered"))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(deliveredRow() >= 0, 15000);
    const QModelIndex row = console->proxyModel()->index(deliveredRow(), 0);
    QCOMPARE(row.siblingAtColumn(EventTableModel::RulesColumn).data().toString(),
             QStringLiteral("forward-contract"));
    QCOMPARE(row.siblingAtColumn(EventTableModel::EventTypeColumn).data().toString(),
             QStringLiteral("contract.ready_for_review"));

    // 6. The receiver got the two fields, mapped.
    QTRY_COMPARE(receiver.count(), 1);
    QCOMPARE(QJsonDocument::fromJson(receiver.requests().constFirst().body).object(),
             (QJsonObject {{QStringLiteral("id"), QStringLiteral("CTR-2026-0418")},
                           {QStringLiteral("owner"), QStringLiteral("Dana Whitfield")}}));

    // Nothing of it needed the file by hand, and the secret is not in it.
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QVERIFY(json.contains("forward-contract"));
    QVERIFY(!json.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
}

QTEST_MAIN(tst_AdminJob)
#include "tst_adminjob.moc"
