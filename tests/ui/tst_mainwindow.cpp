// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolepage.h"
#include "console/eventdetailpane.h"
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"
#include "console/jsontreemodel.h"
#include "dashboard/dashboardpage.h"
#include "delivery/opentextclient.h"
#include "engine/engine.h"
#include "engine/enginemetrics.h"
#include "event/uuidv7.h"
#include "mainwindow.h"
#include "rules/ruledesignerpage.h"
#include "sandbox/sandboxinboxpage.h"
#include "settings/settingspage.h"
#include "sources/sourcespage.h"
#include "targets/targetspage.h"
#include "tester/testerpage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace OtBridge;

// The desktop face against a real engine: webhooks POSTed over loopback to the listener on its
// ingest thread show up in the console of an offscreen window.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarShowsListenerAndRate();
    void rowsAppearAsWebhooksArrive();
    void detailPaneShowsBodyTreeAndHeaders();
    void rejectedRowShowsReason();
    void filterAndRejectedToggle();
    void historyLoadsOnStart();
    void startErrorIsShown();
    void sidebarSwitchesPages();
    void consoleAcknowledgesAnEvent();
    void quittingDuringAnExportWritesNothing();
    void screenshotOfEveryPage();

private:
    void startWindow();
    QNetworkReply *post(const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Posts and waits for the answer; returns its HTTP status.
    int postAndWait(const QString &path, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    int rowOf(const QString &needle) const; // first view row whose detail or source has it
    template<typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
};

void tst_MainWindow::initTestCase()
{
    // Keeps the window's remembered geometry out of the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startWindow();
}

void tst_MainWindow::startWindow()
{
    m_engine = std::make_unique<Engine>();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.port = 0;
    m_window->startEngine(options);
    QVERIFY2(m_engine->isRunning(), qPrintable(m_window->statusBar()->currentMessage()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_dir.reset();
}

QNetworkReply *tst_MainWindow::post(const QString &path, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_engine->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.post(request, body);
}

int tst_MainWindow::postAndWait(const QString &path, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    std::unique_ptr<QNetworkReply> reply(post(path, body, headers));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int tst_MainWindow::rowOf(const QString &needle) const
{
    const QAbstractItemModel *model = m_window->consolePage()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventTableModel::FilterTextRole).toString().contains(needle))
            return row;
    }
    return -1;
}

void tst_MainWindow::statusBarShowsListenerAndRate()
{
    QVERIFY(m_window->listenerLabel()->isVisible());
    QCOMPARE(m_window->listenerLabel()->text(),
             QStringLiteral("Listening on %1").arg(m_engine->url().toString()));
    QVERIFY(m_engine->url().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    const QString idle = QStringLiteral("%1 events/s").arg(QLocale().toString(0.0, 'f', 1));
    QCOMPARE(m_window->rateLabel()->text(), idle);

    for (int i = 0; i < 3; ++i)
        QCOMPARE(postAndWait(QStringLiteral("/hooks/test"), R"({"n": 1})"), 202);
    // Updated once a second, from batches that arrive every ~100 ms.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->rateLabel()->text() != idle, 4000);
    QVERIFY(m_window->rateLabel()->text().endsWith(QStringLiteral(" events/s")));
}

void tst_MainWindow::rowsAppearAsWebhooksArrive()
{
    QTableView *view = m_window->consolePage()->view();
    QCOMPARE(view->model()->rowCount(), 0);

    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 5; ++i)
        replies.emplace_back(post(QStringLiteral("/hooks/test"),
                                  QStringLiteral(R"({"sequence": %1})").arg(i).toUtf8()));
    replies.emplace_back(post(QStringLiteral("/hooks/nowhere"), R"({"lost": true})"));
    QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                            [](const auto &reply) { return reply->isFinished(); }));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(replies[size_t(i)]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 202);
    QCOMPARE(replies.back()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);

    QTRY_COMPARE(view->model()->rowCount(), 6);
    int accepted = 0;
    for (int row = 0; row < 6; ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(EventTableModel::RejectedRole).toBool())
            continue;
        ++accepted;
        QVERIFY(!index.data(EventTableModel::IdRole).toUuid().isNull());
        QCOMPARE(index.siblingAtColumn(EventTableModel::SourceColumn).data().toString(),
                 QStringLiteral("test"));
        QCOMPARE(index.siblingAtColumn(EventTableModel::StatusColumn).data().toInt(), 202);
    }
    QCOMPARE(accepted, 5);

    const int rejectedRow = rowOf(QStringLiteral("nowhere"));
    QVERIFY(rejectedRow >= 0);
    const QModelIndex rejected = view->model()->index(rejectedRow, EventTableModel::OutcomeColumn);
    QCOMPARE(rejected.data(EventTableModel::RejectedRole).toBool(), true);
    QCOMPARE(rejected.data().toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.siblingAtColumn(EventTableModel::StatusColumn).data().toInt(), 404);
    QVERIFY(rejected.siblingAtColumn(EventTableModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("nowhere")));
    QVERIFY(rejected.data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_engine->store()->count(), 5); // rejected requests are not events

    // Followed to the newest row while nobody scrolled up.
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
}

void tst_MainWindow::consoleAcknowledgesAnEvent()
{
    // The overdue-approval sample escalates unless acknowledged; support acknowledges it here.
    QFile sample(QStringLiteral(":/samples/04-approval-overdue.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(postAndWait(QStringLiteral("/hooks/approvals"), sample.readAll()), 202);
    QTableView *view = m_window->consolePage()->view();
    QTRY_VERIFY(rowOf(QStringLiteral("approvals")) >= 0);
    auto *acknowledge = find<QAction>("acknowledgeAction");
    QVERIFY(acknowledge);
    QVERIFY(!acknowledge->isEnabled()); // nothing selected
    view->selectRow(rowOf(QStringLiteral("approvals")));
    // Offered once the console knows a rule escalates it (the rules have run over it).
    QTRY_VERIFY(acknowledge->isEnabled());
    acknowledge->trigger();

    QUuid id;
    for (const EventSummary &summary : m_engine->store()->recent(10)) {
        if (summary.source == QLatin1String("approvals"))
            id = summary.id;
    }
    QVERIFY(!id.isNull());
    QTRY_VERIFY(m_engine->deliveries()->acknowledgement(id).has_value());
    QVERIFY(!m_engine->deliveries()->acknowledgement(id)->by.isEmpty());
    QTRY_COMPARE(acknowledge->text(), QStringLiteral("Acknowledged"));
    QVERIFY(!acknowledge->isEnabled());
    // Its escalation tiers will not fire.
    for (const EscalationRecord &tier : m_engine->deliveries()->escalations(id))
        QCOMPARE(tier.state, QStringLiteral("cancelled"));
    QVERIFY(!m_engine->deliveries()->escalations(id).isEmpty());
}

void tst_MainWindow::detailPaneShowsBodyTreeAndHeaders()
{
    QCOMPARE(postAndWait(QStringLiteral("/hooks/test"),
                         R"({"document":{"id":"C-1","owner":{"name":"Ada"}},"urgent":true})",
                         {{"X-Trace", "trace-42"}, {"Authorization", "Bearer s3cr3t"}}),
             202);
    QTableView *view = m_window->consolePage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);

    // As received beside it indented, in the order the members came.
    auto *body = find<QPlainTextEdit>("bodyView");
    QVERIFY(body);
    QTRY_COMPARE(
        body->toPlainText(),
        QStringLiteral(R"({"document":{"id":"C-1","owner":{"name":"Ada"}},"urgent":true})"));
    auto *pretty = find<QPlainTextEdit>("prettyBodyView");
    QVERIFY(pretty->toPlainText().contains(QStringLiteral("\"document\": {\n")));
    QVERIFY(pretty->toPlainText().contains(QStringLiteral("    \"id\": \"C-1\"")));

    auto *headers = find<QTableWidget>("headersView");
    QVERIFY(headers);
    QHash<QString, QString> values;
    for (int row = 0; row < headers->rowCount(); ++row)
        values.insert(headers->item(row, 0)->text().toLower(), headers->item(row, 1)->text());
    QCOMPARE(values.value(QStringLiteral("x-trace")), QStringLiteral("trace-42"));
    QCOMPARE(values.value(QStringLiteral("authorization")), QStringLiteral("[redacted]"));
    QVERIFY(values.value(QStringLiteral("content-type"))
                .startsWith(QStringLiteral("application/json")));
    for (const QString &value : std::as_const(values))
        QVERIFY(!value.contains(QStringLiteral("s3cr3t")));

    JsonTreeModel *tree = m_window->consolePage()->detailPane()->jsonModel();
    QCOMPARE(tree->rowCount(), 2);
    const QModelIndex owner = tree->indexForPointer(QStringLiteral("/document/owner"));
    QVERIFY(owner.isValid());
    auto *treeView = find<QTreeView>("jsonTreeView");
    QVERIFY(treeView->isExpanded(tree->indexForPointer(QStringLiteral("/document"))));
    QVERIFY(treeView->isExpanded(owner)); // two levels open
    QVERIFY(!treeView->isExpanded(tree->indexForPointer(QStringLiteral("/document/owner/name"))));

    const EventSummary summary = m_window->consolePage()->model()->summary(0);
    QCOMPARE(find<QLabel>("overviewId")->text(), summary.id.toString(QUuid::WithoutBraces));
    QCOMPARE(find<QLabel>("overviewSource")->text(), QStringLiteral("test"));
}

void tst_MainWindow::rejectedRowShowsReason()
{
    QCOMPARE(postAndWait(QStringLiteral("/hooks/nowhere"), R"({"a": 1})"), 404);
    QTableView *view = m_window->consolePage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    const QString reason = find<QLabel>("overviewReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("nowhere")), qPrintable(reason));
    QVERIFY(find<QLabel>("detailMessage")->text().contains(QStringLiteral("rejected")));
    // Not stored, but kept for diagnosis: the body as it came, and its headers.
    QCOMPARE(find<QPlainTextEdit>("bodyView")->toPlainText(), QStringLiteral(R"({"a": 1})"));
    QVERIFY(find<QTableWidget>("headersView")->rowCount() > 0);
    QCOMPARE(m_engine->store()->count(), 0);
}

void tst_MainWindow::filterAndRejectedToggle()
{
    QCOMPARE(postAndWait(QStringLiteral("/hooks/test"), R"({"a": 1})"), 202);
    QCOMPARE(postAndWait(QStringLiteral("/hooks/contract-review"), R"({"a": 2})"), 202);
    QCOMPARE(postAndWait(QStringLiteral("/hooks/nowhere"), R"({"a": 3})"), 404);
    QTableView *view = m_window->consolePage()->view();
    QTRY_COMPARE(view->model()->rowCount(), 3);

    find<QLineEdit>("consoleFilter")->setText(QStringLiteral("contract"));
    QCOMPARE(view->model()->rowCount(), 1);
    find<QLineEdit>("consoleFilter")->clear();
    find<QAction>("showRejectedAction")->setChecked(false);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(rowOf(QStringLiteral("nowhere")), -1);
    find<QAction>("showRejectedAction")->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 3);

    find<QAction>("clearViewAction")->trigger();
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(m_engine->store()->count(), 2); // clearing the view keeps the store
}

void tst_MainWindow::historyLoadsOnStart()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(postAndWait(QStringLiteral("/hooks/test"),
                             QStringLiteral(R"({"earlier": %1})").arg(i).toUtf8()),
                 202);
    m_window.reset();
    m_engine.reset(); // stops the engine and closes the store
    startWindow();
    if (QTest::currentTestFailed())
        return;

    EventTableModel *model = m_window->consolePage()->model();
    QTRY_COMPARE(model->rowCount(), 4);
    // Oldest first, like live rows.
    QVERIFY(model->summary(0).receivedAt <= model->summary(3).receivedAt);
    QCOMPARE(postAndWait(QStringLiteral("/hooks/test"), R"({"later": true})"), 202);
    QTRY_COMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(4, EventTableModel::SourceColumn).data().toString(),
             QStringLiteral("test"));
}

void tst_MainWindow::startErrorIsShown()
{
    QTemporaryDir otherDir;
    Engine other;
    MainWindow window(&other);
    EngineOptions options;
    options.dataDir = otherDir.path();
    options.port = quint16(m_engine->url().port()); // taken by the first engine
    window.startEngine(options);

    QVERIFY(!other.isRunning());
    QCOMPARE(window.listenerLabel()->text(), QStringLiteral("Not listening"));
    QVERIFY(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("The webhook listener could not start: ")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("engineErrorBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QString::number(options.port))
            || banner->text().contains(QStringLiteral("use"), Qt::CaseInsensitive));
}

void tst_MainWindow::sidebarSwitchesPages()
{
    auto *navigation = find<QListWidget>("navigation");
    auto *pages = find<QStackedWidget>("pages");
    QCOMPARE(navigation->count(), int(MainWindow::PageCount));
    QCOMPARE(pages->count(), int(MainWindow::PageCount));
    const QStringList titles {"Console", "Rules",   "Tester",    "Sources",
                              "Targets", "Sandbox", "Dashboard", "Settings"};
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QCOMPARE(navigation->item(page)->text(), titles.at(page));
        QVERIFY(!navigation->item(page)->icon().isNull());
    }

    const QList<QWidget *> expected {m_window->consolePage(),   m_window->rulesPage(),
                                     m_window->testerPage(),    m_window->sourcesPage(),
                                     m_window->targetPage(),    m_window->sandboxPage(),
                                     m_window->dashboardPage(), m_window->settingsPage()};
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        navigation->setCurrentRow(page);
        QCOMPARE(pages->currentWidget(), expected.at(page));
    }
    m_window->setCurrentPage(MainWindow::ConsolePageIndex);
    QCOMPARE(pages->currentWidget(), m_window->consolePage());
}

void tst_MainWindow::quittingDuringAnExportWritesNothing()
{
    // A history large enough that its export is still running when the window goes.
    EventStore *store = m_engine->store();
    int stored = 0;
    connect(store, &EventStore::appended, this, [&stored](const QList<AppendResult> &results) {
        for (const AppendResult &result : results)
            stored += result.status == AppendStatus::Stored ? 1 : 0;
    });
    for (int i = 0; i < ConsolePage::historyRows; ++i) {
        Event event;
        event.id = createUuidV7();
        event.source = QStringLiteral("bulk");
        event.receivedAt = QDateTime::currentDateTimeUtc();
        event.body = QByteArray(R"({"n":)") + QByteArray::number(i) + '}';
        event.contentType = "application/json";
        event.peer = QStringLiteral("127.0.0.1");
        store->append(event);
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored, ConsolePage::historyRows, 20000);
    ConsolePage *console = m_window->consolePage();
    QSignalSpy loaded(console, &ConsolePage::historyLoaded);
    console->loadHistory();
    QVERIFY(loaded.wait(20000));
    console->view()->selectAll();
    QCOMPARE(console->view()->selectionModel()->selectedRows().size(), ConsolePage::historyRows);
    const QString path = m_dir->filePath(QStringLiteral("quit.jsonl"));
    console->exportSelection(path);
    QVERIFY(console->isExporting());

    // Quit as main() does: the window goes, then the engine stops. Neither waits for the
    // export to end: it stops, writes nothing, and the log says so.
    QTest::ignoreMessage(
        QtInfoMsg,
        qPrintable(QStringLiteral("the export was cancelled; %1 was not written").arg(path)));
    QElapsedTimer quitting;
    quitting.start();
    m_window.reset();
    m_engine->stop();
    const qint64 quitMs = quitting.elapsed();
    QVERIFY(!m_engine->isRunning());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("quit.jsonl*")}, QDir::Files),
             QStringList());
    // The state above is the proof; the bound only catches a wait somewhere else.
    QVERIFY2(quitMs < 5000, qPrintable(QString::number(quitMs)));
}

void tst_MainWindow::screenshotOfEveryPage()
{
    // Something on every page worth looking at: a webhook in the console and, through the
    // engine's own OpenText client, an email and an SMS in the built-in sandbox's inbox.
    QFile sample(QStringLiteral(":/samples/01-contract-ready.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(postAndWait(QStringLiteral("/hooks/contract-review"), sample.readAll()), 202);
    OpenTextClient *client = m_engine->openTextClient();
    int accepted = 0;
    connect(client, &OpenTextClient::submitted, this,
            [&](const QString &id, const SubmitOutcome &outcome) {
                // The contract posted above is routed to legal too: count only these two.
                if (id.startsWith(QLatin1String("screenshot-")))
                    accepted += outcome.kind == SubmitOutcome::Kind::Accepted ? 1 : 0;
            });
    OpenTextMessage email;
    email.channel = OpenTextChannel::Email;
    email.destinations
        = {{QStringLiteral("dana.legal@example.com"), {}, QStringLiteral("Dana Reyes"), {}}};
    email.subject = QStringLiteral("Contract C-2291 is ready for legal review");
    email.html = QStringLiteral("<h2>Contract C-2291</h2><p>Supplier <b>Northwind GmbH</b> sent "
                                "the signed master agreement. Please review by <b>Friday</b>.</p>");
    OpenTextMessage sms;
    sms.channel = OpenTextChannel::Sms;
    sms.destinations = {{QStringLiteral("+4915112345678"), {}, {}, {}}};
    sms.text = QStringLiteral("Approval A-7 is 2 h overdue. Reply in the portal to acknowledge.");
    QMetaObject::invokeMethod(client, [client, email, sms] {
        client->submit(QStringLiteral("screenshot-email"), email);
        client->submit(QStringLiteral("screenshot-sms"), sms);
    });
    QTRY_COMPARE_WITH_TIMEOUT(accepted, 2, 10000);

    // The tester fires a burst at the listener: its summary, the console's rows and the
    // dashboard's charts all have something to show.
    QSignalSpy sampled(m_engine.get(), &Engine::metricsSampled);
    TesterPage *tester = m_window->testerPage();
    QSignalSpy burst(tester, &TesterPage::runFinished);
    tester->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(40);
    tester->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(4);
    tester->fire();
    QVERIFY(burst.wait(20000));
    // The contract's email went out: its row says so, and the dashboard has seen a delivery.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("contract-review")) >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !sampled.isEmpty() && sampled.constLast().first().value<EngineMetrics>().deliveredTotal > 0,
        15000);
    // A few seconds of samples make the charts lines rather than dots.
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 6, 15000);

    const QDir dir(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    m_window->resize(1280, 800);
    auto *navigation = find<QListWidget>("navigation");
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        m_window->setCurrentPage(MainWindow::Page(page));
        if (page == MainWindow::ConsolePageIndex) {
            // The contract, with what became of it.
            QTableView *view = m_window->consolePage()->view();
            view->selectRow(rowOf(QStringLiteral("contract-review")));
            auto *tabs = find<QTabWidget>("detailTabs");
            auto *deliveries = find<QTreeWidget>("deliveriesView");
            tabs->setCurrentWidget(deliveries);
            QTRY_VERIFY_WITH_TIMEOUT(deliveries->topLevelItemCount() > 0, 5000);
        }
        // The admin's pages on an entry worth showing.
        if (page == MainWindow::SourcesPageIndex)
            QVERIFY(m_window->sourcesPage()->selectSource(QStringLiteral("contract-review")));
        if (page == MainWindow::TargetsPageIndex)
            QVERIFY(m_window->targetPage()->selectTarget(QStringLiteral("servicenow")));
        if (page == MainWindow::SettingsPageIndex) {
            // The README shows this page: the paths a user would see, not the test's own.
            find<QLineEdit>("dataDirectoryEdit")
                ->setText(QStringLiteral("/home/dana/.local/share/otbridge"));
            find<QLineEdit>("workspacePathEdit")
                ->setText(QStringLiteral("/home/dana/.config/otbridge/workspace.json"));
        }
        if (page == MainWindow::SandboxPageIndex) {
            auto *inbox = find<QAbstractItemView>("inboxTable");
            QVERIFY(inbox);
            // The two messages above and the contract's email to legal, routed by its rule.
            QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 3, 10000);
            QAbstractItemModel *model = inbox->model();
            QModelIndex contract;
            for (int row = 0; row < model->rowCount() && !contract.isValid(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    if (index.data().toString().contains(QLatin1String("CTR-2026-0418")))
                        contract = model->index(row, 0);
                }
            }
            QVERIFY(contract.isValid());
            inbox->setCurrentIndex(contract);
        }
        QTest::qWait(50); // lets layouts settle before the grab
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
        // A page that drew nothing would be one or two colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(navigation->item(page)->text()));
        const QString path
            = dir.filePath(navigation->item(page)->text().toLower() + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
