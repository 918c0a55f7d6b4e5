// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apitoken.h"
#include "config/secretstore.h"
#include "console/consolepage.h"
#include "console/eventdetailpane.h"
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"
#include "engine/engine.h"
#include "httpsink.h"
#include "httptestclient.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace OtBridge;

namespace {

constexpr char apiToken[] = "console-live-test-token-0123456789abcdefghij";
constexpr char bearerToken[] = "secure-source-token";

// "contracts" goes to a loopback receiver; "approvals" only escalates (an hour to
// acknowledge); "secure" wants a bearer token; "opentext-status" is where OpenText pushes job
// status. No rule listens to the status source.
QByteArray workspaceJson(const QByteArray &receiverUrl)
{
    // Written with ' for " (moc reads raw string literals poorly).
    QByteArray json = "{'version': 1, 'name': 'console live test',"
                      " 'sources': ["
                      "  {'name': 'contracts', 'format': 'json'},"
                      "  {'name': 'approvals', 'format': 'json'},"
                      "  {'name': 'secure', 'format': 'json',"
                      "   'auth': {'type': 'bearer', 'secret': 'secure-token'}},"
                      "  {'name': 'opentext-status', 'format': 'json'}],"
                      " 'targets': [{'name': 'receiver', 'type': 'http', 'url': 'RECEIVER'}],"
                      " 'rules': ["
                      "  {'name': 'forward', 'trigger': {'sources': ['contracts']},"
                      "   'actions': [{'type': 'http', 'target': 'receiver',"
                      "                'body': '{\\'contract\\': \\'{{id}}\\'}'}]},"
                      "  {'name': 'approval-overdue', 'trigger': {'sources': ['approvals']},"
                      "   'actions': [{'type': 'escalate', 'within_seconds': 3600,"
                      "    'tiers': [{'actions': [{'type': 'http', 'target': 'receiver',"
                      "                'body': '{\\'overdue\\': \\'{{id}}\\'}'}]}]}]}],"
                      " 'roles': []}";
    json.replace('\'', '"');
    json.replace("RECEIVER", receiverUrl);
    return json;
}

} // namespace

// The console against a real engine on 127.0.0.1: webhooks, refusals, the status API and a
// loopback receiver, so every row the console shows comes the way it does in use.
class tst_ConsoleLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsFollowRoutingAndApiAcknowledgement();
    void statusCallbackRowLeavesReceived();
    void refusedRequestKeepsItsBody();
    void rerunMakesALinkedDeliverySet();

private:
    TestHttp::Response post(const QByteArray &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers
                            = {{"Content-Type", "application/json"}});
    TestHttp::Response api(const QByteArray &method, const QByteArray &path);
    int rowOf(const QUuid &id) const;
    QString cell(const QUuid &id, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpSink> m_receiver;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ConsolePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ConsoleLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv(SecretStore::environmentVariable(apiTokenKey()).toLatin1().constData(), apiToken);
    qputenv(SecretStore::environmentVariable(QStringLiteral("secure-token")).toLatin1().constData(),
            bearerToken);
}

void tst_ConsoleLive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_receiver = std::make_unique<HttpSink>();
    QVERIFY(m_receiver->listen());
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(workspaceJson(m_receiver->url("/in")));
    file.close();
    m_engine = std::make_unique<Engine>();
    m_page = std::make_unique<ConsolePage>(m_engine.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.workspacePath = path;
    const auto url = m_engine->start(options);
    QVERIFY2(url, qPrintable(url.error()));
    m_page->resize(1100, 700);
    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->loadHistory();
    QVERIFY(loaded.wait());
    // The bearer secret is read asynchronously; the listener checks with it once read.
    QTRY_VERIFY(post("/hooks/secure", "{}",
                     {{"Content-Type", "application/json"},
                      {"Authorization", QByteArray("Bearer ") + bearerToken}})
                    .status
                == 202);
}

void tst_ConsoleLive::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_engine.reset();
    m_receiver.reset();
    m_dir.reset();
}

TestHttp::Response tst_ConsoleLive::post(const QByteArray &path, const QByteArray &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return TestHttp::exchange(quint16(m_engine->url().port()),
                              TestHttp::request("POST", path, body, headers));
}

TestHttp::Response tst_ConsoleLive::api(const QByteArray &method, const QByteArray &path)
{
    return TestHttp::exchange(
        quint16(m_engine->url().port()),
        TestHttp::request(method, path, {},
                          {{"Authorization", QByteArray("Bearer ") + apiToken},
                           {"Content-Type", "application/json"}}));
}

int tst_ConsoleLive::rowOf(const QUuid &id) const
{
    const QAbstractItemModel *proxy = m_page->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(EventTableModel::IdRole).toUuid() == id)
            return row;
    }
    return -1;
}

QString tst_ConsoleLive::cell(const QUuid &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QStringLiteral("(no row)")
                   : m_page->proxyModel()->index(row, column).data().toString();
}

void tst_ConsoleLive::rowsFollowRoutingAndApiAcknowledgement()
{
    // Delivered to the receiver, with the rule that matched and the payload's type.
    const TestHttp::Response sent
        = post("/hooks/contracts", R"({"type":"contract.ready","id":"C-1"})");
    QCOMPARE(sent.status, 202);
    const QUuid contract(sent.json().value("id").toString());
    QTRY_COMPARE(cell(contract, EventTableModel::OutcomeColumn), QStringLiteral("delivered"));
    QCOMPARE(cell(contract, EventTableModel::RulesColumn), QStringLiteral("forward"));
    QCOMPARE(cell(contract, EventTableModel::EventTypeColumn), QStringLiteral("contract.ready"));
    QCOMPARE(m_receiver->count(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_receiver->requests().at(0).body).object(),
             (QJsonObject {{QStringLiteral("contract"), QStringLiteral("C-1")}}));

    // An escalating rule: waiting for an acknowledgement, which the API gives; the row follows
    // without a reload or a filter change.
    const TestHttp::Response approval = post("/hooks/approvals", R"({"id":"A-1"})");
    QCOMPARE(approval.status, 202);
    const QUuid approvalId(approval.json().value("id").toString());
    QTRY_COMPARE(cell(approvalId, EventTableModel::OutcomeColumn),
                 QStringLiteral("awaiting acknowledgement"));
    QCOMPARE(cell(approvalId, EventTableModel::RulesColumn), QStringLiteral("approval-overdue"));
    m_page->view()->selectRow(rowOf(approvalId));
    QAction *acknowledge = m_page->findChild<QAction *>(QStringLiteral("acknowledgeAction"));
    QTRY_VERIFY(acknowledge->isEnabled());
    const TestHttp::Response acked
        = api("POST", "/api/v1/events/" + approvalId.toByteArray(QUuid::WithoutBraces) + "/ack");
    QCOMPARE(acked.status, 200);
    QTRY_COMPARE(cell(approvalId, EventTableModel::OutcomeColumn), QStringLiteral("acknowledged"));
    QTRY_COMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewState"))->text(),
                 QStringLiteral("acknowledged"));
    QTRY_VERIFY(!acknowledge->isEnabled());

    // The contract's row, which no rule escalates, has nothing to acknowledge.
    m_page->view()->selectRow(rowOf(contract));
    QTRY_COMPARE(m_page->detailPane()->deliveriesView()->topLevelItemCount(), 1);
    QVERIFY(!acknowledge->isEnabled());
}

void tst_ConsoleLive::statusCallbackRowLeavesReceived()
{
    // OpenText's status callbacks are internal traffic: hidden until asked for.
    const TestHttp::Response status
        = post("/hooks/opentext-status",
               R"({"job_id":"J-404","state":"Complete","delivered":1,"failed":0})");
    QCOMPARE(status.status, 202);
    const QUuid id(status.json().value("id").toString());
    const TestHttp::Response contract = post("/hooks/contracts", R"({"id":"C-2"})");
    const QUuid contractId(contract.json().value("id").toString());
    QTRY_VERIFY(rowOf(contractId) >= 0);
    QCOMPARE(rowOf(id), -1);
    QCOMPARE(m_page->model()->rowForId(id) >= 0, true); // in the model, filtered out

    QSignalSpy loaded(m_page.get(), &ConsolePage::historyLoaded);
    m_page->findChild<QAction *>(QStringLiteral("showInternalAction"))->trigger();
    QVERIFY(loaded.wait());
    QVERIFY(rowOf(id) >= 0);
    // Routed (no rule listens to it): it says so, never "received" for good.
    QTRY_COMPARE(cell(id, EventTableModel::OutcomeColumn), QStringLiteral("no rule"));
    QCOMPARE(cell(id, EventTableModel::EventTypeColumn), QStringLiteral("job status"));

    // One arriving live while shown moves on by itself too.
    const TestHttp::Response later = post("/hooks/opentext-status", R"({"job_id":"J-405"})");
    const QUuid laterId(later.json().value("id").toString());
    QTRY_COMPARE(cell(laterId, EventTableModel::OutcomeColumn), QStringLiteral("no rule"));
}

void tst_ConsoleLive::refusedRequestKeepsItsBody()
{
    const qint64 storedBefore = m_engine->store()->count();
    // 100 KiB with the wrong token: 401, answered by the listener after reading it all.
    QByteArray big = "{\"pad\":\"";
    while (big.size() < 100 * 1024)
        big += "0123456789abcdef";
    big += "\"}";
    const TestHttp::Response refused
        = post("/hooks/secure", big,
               {{"Content-Type", "application/json"}, {"Authorization", "Bearer wrong"}});
    QCOMPARE(refused.status, 401);
    // A small one in the wrong content type: 415, refused from its head by the guard.
    const QByteArray small = R"({"id":"S-1",  "why":"text/plain"})";
    const TestHttp::Response unsupported
        = post("/hooks/contracts", small, {{"Content-Type", "text/plain"}});
    QCOMPARE(unsupported.status, 415);
    // And one that is fine, in between the refusals: stored and delivered.
    const TestHttp::Response fine = post("/hooks/contracts", R"({"id":"C-3"})");
    QCOMPARE(fine.status, 202);
    const QUuid fineId(fine.json().value("id").toString());
    QTRY_COMPARE(cell(fineId, EventTableModel::OutcomeColumn), QStringLiteral("delivered"));
    QCOMPARE(m_engine->store()->count(), storedBefore + 1); // the refusals stored nothing
    QCOMPARE(QJsonDocument::fromJson(m_receiver->requests().constLast().body).object(),
             (QJsonObject {{QStringLiteral("contract"), QStringLiteral("C-3")}}));

    // Both refusals are rows with their exact status; each keeps its body.
    const QAbstractItemModel *proxy = m_page->proxyModel();
    int bigRow = -1;
    int smallRow = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, EventTableModel::StatusColumn);
            if (index.data().toInt() == 401)
                bigRow = row;
            if (index.data().toInt() == 415)
                smallRow = row;
        }
        return bigRow >= 0 && smallRow >= 0;
    }());
    QCOMPARE(proxy->index(bigRow, EventTableModel::OutcomeColumn).data().toString(),
             QStringLiteral("rejected"));
    m_page->view()->selectRow(bigRow);
    EventDetailPane *pane = m_page->detailPane();
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewState"))->text(),
             QStringLiteral("rejected (HTTP 401)"));
    QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("detailMessage"))
                 ->text()
                 .startsWith(QStringLiteral("This request was rejected with HTTP 401")),
             qPrintable(m_page->findChild<QLabel *>(QStringLiteral("detailMessage"))->text()));
    QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("detailMessage"))
                 ->text()
                 .endsWith(QStringLiteral("The first %1 of its body are kept below.")
                               .arg(QLocale().formattedDataSize(64 * 1024))),
             qPrintable(m_page->findChild<QLabel *>(QStringLiteral("detailMessage"))->text()));
    QCOMPARE(pane->bodyView()->toPlainText().toUtf8(),
             big.left(EventSummary::maxRejectedBodyBytes));
    // Its headers are shown, the token redacted.
    bool redacted = false;
    const auto *headers = pane->findChild<QTableWidget *>(QStringLiteral("headersView"));
    for (int row = 0; row < headers->rowCount(); ++row) {
        if (headers->item(row, 0)->text().compare(QStringLiteral("authorization"),
                                                  Qt::CaseInsensitive)
            == 0)
            redacted = headers->item(row, 1)->text() == QStringLiteral("[redacted]");
    }
    QVERIFY(redacted);
    // Copy as curl sends what was kept to the same place.
    QAction *curl = m_page->findChild<QAction *>(QStringLiteral("copyCurlAction"));
    QVERIFY(curl->isEnabled());
    const QString command = m_page->copyAsCurl();
    QVERIFY2(command.contains(
                 m_engine->url().resolved(QUrl(QStringLiteral("/hooks/secure"))).toString()),
             qPrintable(command.left(300)));
    QVERIFY(command.contains(QStringLiteral("Bearer wrong")) == false);
    QCOMPARE(QApplication::clipboard()->text(), command);

    m_page->view()->selectRow(smallRow);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewState"))->text(),
             QStringLiteral("rejected (HTTP 415)"));
    QCOMPARE(pane->bodyView()->toPlainText().toUtf8(), small);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("detailMessage"))
                ->text()
                .endsWith(QStringLiteral("Its body is kept below.")));
    const QString smallCommand = m_page->copyAsCurl();
    QVERIFY2(smallCommand.contains(QStringLiteral("'%1'").arg(QString::fromUtf8(small))),
             qPrintable(smallCommand));
    QVERIFY(smallCommand.contains(QStringLiteral("Content-Type: text/plain")));
}

void tst_ConsoleLive::rerunMakesALinkedDeliverySet()
{
    const TestHttp::Response sent = post("/hooks/contracts", R"({"id":"C-9"})");
    const QUuid original(sent.json().value("id").toString());
    QTRY_COMPARE(cell(original, EventTableModel::OutcomeColumn), QStringLiteral("delivered"));
    QCOMPARE(m_receiver->count(), 1);

    m_page->view()->selectRow(rowOf(original));
    QAction *rerun = m_page->findChild<QAction *>(QStringLiteral("rerunAction"));
    QTRY_VERIFY(rerun->isEnabled());
    QSignalSpy done(m_page.get(), &ConsolePage::rerunFinished);
    rerun->trigger();
    QVERIFY(done.wait());
    QCOMPARE(done.constFirst().at(0).toUuid(), original);
    QCOMPARE(done.constFirst().at(2).toString(), QString());
    const QUuid copy = done.constFirst().at(1).toUuid();
    QVERIFY(!copy.isNull());
    QVERIFY(copy != original);

    // The receiver got it again, through the rules as they are now; the console shows the new
    // run with its link and its own outcome.
    QTRY_COMPARE(m_receiver->count(), 2);
    QCOMPARE(QJsonDocument::fromJson(m_receiver->requests().at(1).body).object(),
             (QJsonObject {{QStringLiteral("contract"), QStringLiteral("C-9")}}));
    QTRY_COMPARE(cell(copy, EventTableModel::OutcomeColumn), QStringLiteral("delivered"));
    QCOMPARE(cell(copy, EventTableModel::DetailColumn),
             QStringLiteral("re-run of %1").arg(original.toString(QUuid::WithoutBraces)));
    QCOMPARE(cell(copy, EventTableModel::RulesColumn), QStringLiteral("forward"));

    // Its deliveries are a set of their own; the original's stay as they were.
    const QList<DeliveryRecord> first = m_engine->deliveries()->deliveriesForEvent(original);
    const QList<DeliveryRecord> second = m_engine->deliveries()->deliveriesForEvent(copy);
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QVERIFY(first.at(0).id != second.at(0).id);
    QCOMPARE(second.at(0).state, DeliveryState::Delivered);

    // The status API links both ways.
    const QJsonObject copyStatus
        = api("GET", "/api/v1/events/" + copy.toByteArray(QUuid::WithoutBraces)).json();
    QCOMPARE(copyStatus.value("rerun_of").toString(), original.toString(QUuid::WithoutBraces));
    QCOMPARE(copyStatus.value("rerun").toInt(), 1);
    QCOMPARE(copyStatus.value("state").toString(), QStringLiteral("delivered"));
    const QJsonObject originalStatus
        = api("GET", "/api/v1/events/" + original.toByteArray(QUuid::WithoutBraces)).json();
    QCOMPARE(originalStatus.value("reruns").toArray(),
             QJsonArray {copy.toString(QUuid::WithoutBraces)});
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("overviewRerun"))
                    ->text()
                    .contains(copy.toString(QUuid::WithoutBraces)));
}

QTEST_MAIN(tst_ConsoleLive)
#include "tst_consolelive.moc"
