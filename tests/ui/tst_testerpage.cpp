// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolepage.h"
#include "console/eventtablemodel.h"
#include "engine/engine.h"
#include "httpsink.h"
#include "mainwindow.h"
#include "tester/requestcomposer.h"
#include "tester/responseview.h"
#include "tester/testerpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace OtBridge;

namespace {

constexpr char signingSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

} // namespace

// The tester page in a real window against a real engine on 127.0.0.1: bursts land in the
// console, signed samples pass (and a wrong secret is refused) at a source that checks them,
// Postman collections import into the library, and nothing secret reaches the history file or
// the curl export.
class tst_TesterPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsToOurListener();
    void burstShowsSummaryAndConsoleRows();
    void signedSampleIsAcceptedAndAWrongSecretRefused();
    void importedCollectionFillsLibraryAndComposer();
    void importWithEnvironmentAndErrors();
    void copyAsCurlLeavesCredentialsOut();
    void bodyValidationSaysWhere();
    void unsendableRequestSaysWhy();
    void progressAndCancel();
    void historyReloadsAndRefills();
    void everyControlIsNamed();
    void screenshotAfterABurst();

private:
    LoadSummary fire(); // through the Ctrl+Return shortcut; waits for the run to finish
    int consoleRows(const QString &source, int status) const;
    QByteArray historyFile() const;
    template<typename T> T *find(const char *name) const
    {
        T *found = m_tester->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    static QString fixture(const QString &name)
    {
        return QStringLiteral(OTBRIDGE_FIXTURES_DIR "/postman/") + name;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    TesterPage *m_tester = nullptr;
};

void tst_TesterPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_testerpage"));
    // The source's secret, the way a headless server gives it (SecretStore reads it first).
    qputenv("OTBRIDGE_SECRET_TESTER_CONTRACTS", signingSecret);
}

void tst_TesterPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString workspace = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(workspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [
        {"name": "test"},
        {"name": "contract-review",
         "auth": {"type": "standard-webhooks", "secret": "tester-contracts"}}]})");
    file.close();

    m_engine = std::make_unique<Engine>();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(options.dataDir));
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.workspacePath = workspace;
    m_window->startEngine(options);
    QVERIFY2(m_engine->isRunning(), qPrintable(m_window->statusBar()->currentMessage()));
    m_window->setCurrentPage(MainWindow::TesterPageIndex);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_tester = m_window->testerPage();
    QVERIFY(m_tester);
    QVERIFY(m_tester->isVisible());
}

void tst_TesterPage::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_dir.reset();
    m_tester = nullptr;
}

LoadSummary tst_TesterPage::fire()
{
    QSignalSpy finished(m_tester, &TesterPage::runFinished);
    m_tester->composer()->urlEdit()->setFocus();
    QTest::keyClick(m_tester->composer()->urlEdit(), Qt::Key_Return, Qt::ControlModifier);
    if (!finished.wait(20000))
        return {};
    return finished.first().at(0).value<LoadSummary>();
}

int tst_TesterPage::consoleRows(const QString &source, int status) const
{
    const QAbstractItemModel *model = m_window->consolePage()->model();
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, EventTableModel::SourceColumn);
        rows += index.data().toString() == source
            && index.siblingAtColumn(EventTableModel::StatusColumn).data().toInt() == status;
    }
    return rows;
}

QByteArray tst_TesterPage::historyFile() const
{
    QFile file(QDir(m_dir->filePath(QStringLiteral("data"))).filePath(RequestHistory::fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void tst_TesterPage::defaultsToOurListener()
{
    QCOMPARE(m_tester->composer()->urlEdit()->text(),
             m_engine->url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/hooks/test"));
    QTreeWidget *library = m_tester->library();
    QCOMPARE(library->topLevelItemCount(), 2);
    QCOMPARE(library->topLevelItem(0)->childCount(), 7); // one per use case
    QCOMPARE(library->topLevelItem(1)->childCount(), 3); // one per signature scheme
}

void tst_TesterPage::burstShowsSummaryAndConsoleRows()
{
    m_tester->composer()->setPlan(20, 4);
    QCOMPARE(find<QSpinBox>("countSpin")->value(), 20);
    QCOMPARE(find<QSpinBox>("concurrencySpin")->value(), 4);
    const LoadSummary summary = fire();
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 20}}));
    QCOMPARE(summary.completed, 20);

    ResponseView *response = m_tester->responseView();
    QCOMPARE(response->summaryLabel()->text(), QStringLiteral("20 × 202"));
    QVERIFY2(response->latencyLabel()->text().startsWith(QStringLiteral("p50 ")),
             qPrintable(response->latencyLabel()->text()));
    QVERIFY(response->latencyLabel()->text().contains(QStringLiteral(" · p99 ")));
    QCOMPARE(response->progressBar()->value(), 20);
    QCOMPARE(response->progressBar()->maximum(), 20);
    QVERIFY(response->statusLabel()->text().startsWith(QStringLiteral("202 ")));
    QVERIFY(response->bodyView()->toPlainText().contains(QStringLiteral("\"id\"")));
    const QString which = find<QLabel>("responseWhichLabel")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^Request \\d+ of 20, the last answered:$"))
                 .match(which)
                 .hasMatch(),
             qPrintable(which));

    // Every one of them is a row in the console, fed by the engine's activity.
    QTRY_COMPARE_WITH_TIMEOUT(consoleRows(QStringLiteral("test"), 202), 20, 5000);
    QCOMPARE(m_engine->store()->count(), 20);

    QCOMPARE(m_tester->history()->count(), 1);
    QVERIFY2(m_tester->history()->item(0)->text().endsWith(QStringLiteral("POST /hooks/test — "
                                                                          "20 × 202")),
             qPrintable(m_tester->history()->item(0)->text()));
    QVERIFY(historyFile().contains("\"count\":20"));
}

void tst_TesterPage::signedSampleIsAcceptedAndAWrongSecretRefused()
{
    QVERIFY(m_tester->selectSample(
        QStringLiteral("Contract ready for legal review (Standard Webhooks signature)")));
    RequestComposer *composer = m_tester->composer();
    const QString url = m_engine->url().toString(QUrl::StripTrailingSlash)
        + QStringLiteral("/hooks/contract-review");
    QCOMPARE(composer->urlEdit()->text(), url);
    QCOMPARE(composer->signing().kind, RequestSigning::Kind::StandardWebhooks);
    QVERIFY(find<QLabel>("sourceHintLabel")->text().contains(QStringLiteral("tester-contracts")));

    // The secret comes from where the engine reads it (the environment here), into memory.
    QPushButton *readSecret = find<QPushButton>("readSecretButton");
    QVERIFY(readSecret->isVisible());
    readSecret->click();
    QTRY_COMPARE(composer->signing().secret, QString::fromLatin1(signingSecret));
    QCOMPARE(find<QLineEdit>("secretEdit")->echoMode(), QLineEdit::Password);

    // The engine reads the source's secret asynchronously; until then it answers 503.
    LoadSummary summary;
    for (int attempt = 0; attempt < 50; ++attempt) {
        summary = fire();
        if (!summary.statusCounts.contains(503))
            break;
        QTest::qWait(100);
    }
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 1}}));
    QVERIFY(m_tester->responseView()->statusLabel()->text().startsWith(QStringLiteral("202 ")));
    QTRY_COMPARE(consoleRows(QStringLiteral("contract-review"), 202), 1);
    const auto *sent = find<QTableWidget>("sentHeadersTable");
    QStringList sentNames;
    for (int row = 0; row < sent->rowCount(); ++row)
        sentNames.append(sent->item(row, 0)->text().toLower());
    QVERIFY(sentNames.contains(QStringLiteral("webhook-signature")));

    // A wrong secret: the listener's own words, and a rejected row in the console.
    const QByteArray wrong = "whsec_" + QByteArray("not-the-right-secret").toBase64();
    find<QLineEdit>("secretEdit")->setText(QString::fromLatin1(wrong));
    summary = fire();
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{401, 1}}));
    QVERIFY(m_tester->responseView()->statusLabel()->text().startsWith(QStringLiteral("401 ")));
    QVERIFY2(m_tester->responseView()->bodyView()->toPlainText().contains(
                 QStringLiteral("\"error\": \"signature mismatch\"")),
             qPrintable(m_tester->responseView()->bodyView()->toPlainText()));
    QTRY_COMPARE(consoleRows(QStringLiteral("contract-review"), 401), 1);
    const QAbstractItemModel *console = m_window->consolePage()->model();
    bool rejectedWithReason = false;
    for (int row = 0; row < console->rowCount(); ++row) {
        const QModelIndex index = console->index(row, EventTableModel::DetailColumn);
        rejectedWithReason = rejectedWithReason
            || (index.data(EventTableModel::RejectedRole).toBool()
                && index.data().toString().contains(QStringLiteral("signature mismatch")));
    }
    QVERIFY(rejectedWithReason);
    QCOMPARE(m_engine->store()->count(), 1);

    // Neither secret nor signature was written down.
    const QByteArray history = historyFile();
    QVERIFY(history.contains("contract-review"));
    QVERIFY(history.contains("\"signing\":\"standard-webhooks\""));
    QVERIFY(!history.contains(signingSecret));
    QVERIFY(!history.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    QVERIFY(!history.contains(wrong));
    QVERIFY(!history.contains("v1,"));
}

void tst_TesterPage::importedCollectionFillsLibraryAndComposer()
{
    const auto imported
        = m_tester->importCollection(fixture(QStringLiteral("webhooks.postman_collection.json")));
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(m_tester->messageLabel()->text().startsWith(
        QStringLiteral("Imported 8 request(s) from 'OT Bridge test webhooks'")));

    QTreeWidget *library = m_tester->library();
    QCOMPARE(library->topLevelItemCount(), 3);
    QTreeWidgetItem *collection = library->topLevelItem(2);
    QCOMPARE(collection->text(0), QStringLiteral("OT Bridge test webhooks"));
    QTreeWidgetItem *contracts = collection->child(0);
    QCOMPARE(contracts->text(0), QStringLiteral("Contracts"));
    QTreeWidgetItem *legal = contracts->child(0);
    QCOMPARE(legal->text(0), QStringLiteral("Legal"));
    QTreeWidgetItem *request = legal->child(0);
    QCOMPARE(request->text(0), QStringLiteral("POST Contract ready for review"));

    library->setCurrentItem(request);
    RequestComposer *composer = m_tester->composer();
    QCOMPARE(composer->urlEdit()->text(),
             QStringLiteral("http://127.0.0.1:8787/hooks/contract-review"));
    QCOMPARE(find<QComboBox>("methodCombo")->currentText(), QStringLiteral("POST"));
    const TesterRequest composed = composer->request();
    QCOMPARE(headerValue(composed.headers, "Authorization"),
             QByteArray("Bearer fake-bearer-token-0000"));
    QVERIFY(composer->bodyEdit()->toPlainText().contains(QStringLiteral("C-2026-0042")));

    // Aimed at our listener's test source, it is accepted; the token stays out of the history.
    composer->urlEdit()->setText(m_engine->url().toString(QUrl::StripTrailingSlash)
                                 + QStringLiteral("/hooks/test"));
    const LoadSummary summary = fire();
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 1}}));
    const QByteArray history = historyFile();
    QVERIFY(history.contains("Contract ready for review"));
    QVERIFY(history.contains("trace-C-2026-0042"));
    QVERIFY(!history.contains("fake-bearer-token-0000"));

    // The urlencoded request under basic auth from its folder.
    QTreeWidgetItem *token = collection->child(1)->child(0);
    QCOMPARE(token->text(0), QStringLiteral("POST Get token"));
    library->setCurrentItem(token);
    QCOMPARE(composer->bodyEdit()->toPlainText(),
             QStringLiteral("grant_type=client_credentials&scope=read%20write"));
    QCOMPARE(headerValue(composer->request().headers, "Authorization"),
             "Basic " + QByteArray("demo-client:fake-password-1111").toBase64());
    QVERIFY(composer->validationLabel()->text().startsWith(QStringLiteral("Sent as it is")));

    // A request whose variable nobody defined says so.
    QTreeWidgetItem *missing = collection->child(2)->child(2);
    library->setCurrentItem(missing);
    QVERIFY2(m_tester->messageLabel()->text().startsWith(QStringLiteral("No value for missing")),
             qPrintable(m_tester->messageLabel()->text()));
    LoadSummary none;
    QSignalSpy finished(m_tester, &TesterPage::runFinished);
    find<QPushButton>("fireButton")->click();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_tester->responseView()->statusLabel()->text(),
             QStringLiteral("Not sent: the URL still holds a {{variable}}: give it a value first"));
}

void tst_TesterPage::importWithEnvironmentAndErrors()
{
    QVERIFY(m_tester->importCollection(fixture(QStringLiteral("webhooks.postman_collection.json")),
                                       fixture(QStringLiteral("local.postman_environment.json"))));
    QTreeWidgetItem *request = m_tester->library()->topLevelItem(2)->child(0)->child(0)->child(0);
    m_tester->library()->setCurrentItem(request);
    QCOMPARE(m_tester->composer()->urlEdit()->text(),
             QStringLiteral("http://127.0.0.1:9911/hooks/contract-review"));

    const auto old
        = m_tester->importCollection(fixture(QStringLiteral("v2.0.postman_collection.json")));
    QVERIFY(!old);
    QVERIFY(old.error().contains(QStringLiteral("only Postman collections v2.1 are imported")));
    QCOMPARE(m_tester->messageLabel()->text(), old.error());
    const auto broken
        = m_tester->importCollection(fixture(QStringLiteral("malformed.postman_collection.json")));
    QVERIFY(!broken);
    QVERIFY(broken.error().contains(QStringLiteral("› 'Outer' › 'Inner' › 'Bad url'")));
    QCOMPARE(m_tester->library()->topLevelItemCount(), 3); // nothing half-imported
}

void tst_TesterPage::copyAsCurlLeavesCredentialsOut()
{
    QVERIFY(
        m_tester->importCollection(fixture(QStringLiteral("webhooks.postman_collection.json"))));
    QTreeWidgetItem *request = m_tester->library()->topLevelItem(2)->child(0)->child(0)->child(0);
    m_tester->library()->setCurrentItem(request);

    m_tester->composer()->urlEdit()->setFocus();
    QTest::keyClick(m_tester->composer()->urlEdit(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith(
                 QStringLiteral("curl -X 'POST' 'http://127.0.0.1:8787/hooks/contract-review'")),
             qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("-H 'Authorization: [redacted]'")));
    QVERIFY(command.contains(QStringLiteral("-H 'X-Trace: trace-C-2026-0042'")));
    QVERIFY(command.contains(QStringLiteral("C-2026-0042")));
    QVERIFY(!command.contains(QStringLiteral("fake-bearer-token-0000")));
    QCOMPARE(m_tester->copyAsCurl(), command);

    // A signed request carries a fresh signature, never the secret.
    QVERIFY(m_tester->selectSample(
        QStringLiteral("Contract ready for legal review (Standard Webhooks signature)")));
    m_tester->composer()->setSecret(QString::fromLatin1(signingSecret));
    const QString signedCommand = m_tester->copyAsCurl();
    QVERIFY(signedCommand.contains(QStringLiteral("-H 'webhook-signature: v1,")));
    QVERIFY(!signedCommand.contains(QString::fromLatin1(signingSecret)));
}

void tst_TesterPage::bodyValidationSaysWhere()
{
    QPlainTextEdit *body = m_tester->composer()->bodyEdit();
    QLabel *validation = m_tester->composer()->validationLabel();
    body->setPlainText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": \n}"));
    QTRY_VERIFY(validation->text().startsWith(QStringLiteral("✗ Not valid JSON: ")));
    QVERIFY2(validation->text().contains(QStringLiteral("at line 4, column 1")),
             qPrintable(validation->text()));
    QVERIFY(!find<QPushButton>("formatBodyButton")->isEnabled());
    body->setPlainText(QStringLiteral(R"({"a": 1})"));
    QTRY_COMPARE(validation->text(), QStringLiteral("✓ Valid JSON"));
    find<QPushButton>("formatBodyButton")->click();
    QCOMPARE(body->toPlainText(), QStringLiteral("{\n    \"a\": 1\n}"));
}

void tst_TesterPage::unsendableRequestSaysWhy()
{
    m_tester->composer()->urlEdit()->setText(QStringLiteral("127.0.0.1/hooks/test"));
    QSignalSpy finished(m_tester, &TesterPage::runFinished);
    find<QAction>("fireAction")->trigger();
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_tester->isRunning());
    QCOMPARE(m_tester->responseView()->statusLabel()->text(),
             QStringLiteral("Not sent: the URL must be an http:// or https:// address"));

    m_tester->composer()->urlEdit()->setText(m_engine->url().toString(QUrl::StripTrailingSlash)
                                             + QStringLiteral("/hooks/test"));
    find<QComboBox>("signingCombo")->setCurrentIndex(2); // GitHub-style, no secret given
    find<QAction>("fireAction")->trigger();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_tester->responseView()->statusLabel()->text(),
             QStringLiteral("Not sent: enter the secret to sign with"));
}

void tst_TesterPage::progressAndCancel()
{
    // A slow endpoint: two answered at a time, one every 300 ms each.
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.setDefault({200, {}, "{}", 300});
    m_tester->composer()->urlEdit()->setText(QString::fromLatin1(sink.url("/slow")));
    m_tester->composer()->setPlan(40, 2);
    QSignalSpy finished(m_tester, &TesterPage::runFinished);
    find<QPushButton>("fireButton")->click();
    QVERIFY(m_tester->isRunning());
    QProgressBar *progress = m_tester->responseView()->progressBar();
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 40);
    QVERIFY(!find<QPushButton>("fireButton")->isEnabled());
    QVERIFY(find<QPushButton>("cancelButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2, 5000);
    QVERIFY(progress->value() < 40);

    m_tester->library()->setFocus();
    QTest::keyClick(m_tester->library(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    const auto summary = finished.first().at(0).value<LoadSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.completed < 40);
    QVERIFY2(m_tester->responseView()->summaryLabel()->text().contains(
                 QStringLiteral("(cancelled after %1 of 40)").arg(summary.completed)),
             qPrintable(m_tester->responseView()->summaryLabel()->text()));
    QVERIFY(find<QPushButton>("fireButton")->isEnabled());
    QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
    const qsizetype received = sink.count();
    QTest::qWait(400);
    QCOMPARE(sink.count(), received); // nothing sent after the cancel
}

void tst_TesterPage::historyReloadsAndRefills()
{
    m_tester->composer()->setPlan(3, 2);
    QCOMPARE(fire().statusCounts, (QMap<int, int> {{202, 3}}));
    QVERIFY(m_tester->selectSample(QStringLiteral("Contract ready for legal review")));
    // The history survives the window: a new page reads it from the data directory.
    m_tester->handleEngineStarted(m_dir->filePath(QStringLiteral("data")));
    QCOMPARE(m_tester->history()->count(), 1);
    m_tester->history()->setCurrentRow(0);
    QCOMPARE(m_tester->composer()->urlEdit()->text(),
             m_engine->url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/hooks/test"));
    QCOMPARE(find<QSpinBox>("countSpin")->value(), 3);
    QCOMPARE(find<QSpinBox>("concurrencySpin")->value(), 2);

    find<QPushButton>("clearHistoryButton")->click();
    QCOMPARE(m_tester->history()->count(), 0);
    QVERIFY(historyFile().isEmpty());
}

void tst_TesterPage::everyControlIsNamed()
{
    const auto isInternal = [](const QWidget *widget) {
        const QWidget *parent = widget->parentWidget();
        return qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent)
            || (parent && qobject_cast<const QAbstractItemView *>(parent->parentWidget()))
            || qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0;
    };
    QStringList unnamed;
    for (QWidget *widget : m_tester->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QProgressBar *>(widget);
        if (!control || isInternal(widget) || widget->window() != m_tester->window())
            continue;
        if (widget->objectName().isEmpty() || widget->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                           + widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    for (const char *action : {"fireAction", "copyCurlAction", "importAction"})
        QVERIFY(find<QAction>(action));
    QCOMPARE(find<QAction>("fireAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QCOMPARE(find<QAction>("copyCurlAction")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(find<QAction>("importAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
}

void tst_TesterPage::screenshotAfterABurst()
{
    QVERIFY(
        m_tester->importCollection(fixture(QStringLiteral("webhooks.postman_collection.json"))));
    m_tester->library()->setCurrentItem(
        m_tester->library()->topLevelItem(2)->child(0)->child(0)->child(0));
    m_tester->composer()->urlEdit()->setText(m_engine->url().toString(QUrl::StripTrailingSlash)
                                             + QStringLiteral("/hooks/test"));
    m_tester->composer()->setPlan(50, 8);
    QCOMPARE(fire().statusCounts, (QMap<int, int> {{202, 50}}));
    m_window->resize(1400, 820);
    QTest::qWait(50);
    const QDir dir(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR));
    QVERIFY(QDir().mkpath(dir.path()));
    QVERIFY(m_window->grab().save(dir.filePath(QStringLiteral("tester-burst.png"))));
    m_window->setCurrentPage(MainWindow::ConsolePageIndex);
    QTRY_VERIFY(m_window->consolePage()->model()->rowCount() >= 50);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(dir.filePath(QStringLiteral("tester-console.png"))));
}

QTEST_MAIN(tst_TesterPage)
#include "tst_testerpage.moc"
