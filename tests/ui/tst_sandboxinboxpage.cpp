// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "engine/engine.h"
#include "sandbox/offlinetextbrowser.h"
#include "sandbox/sandboxinboxmodel.h"
#include "sandbox/sandboxinboxpage.h"
#include "sandbox/sandboxmessageview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace OtBridge;

// The inbox page against the engine's built-in OpenText sandbox, fed over HTTP the way OT Bridge
// (or anyone) submits to OpenText: a token, then the channel's submit endpoint.
class tst_SandboxInboxPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsSubmitsNewestFirstAndRendersThem();
    void capturedRequestShowsMethodHeadersAndBody();
    void clearEmptiesPageAndSandbox();
    void saysSoWhenTheWorkspaceUsesNoSandbox();
    void followsTheTargetWhenItChanges();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };
    void start(const QString &workspacePath = {});
    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QByteArray token();
    QString submit(const QString &path, const QJsonObject &body); // returns the job id
    static QJsonObject fixture(const QString &name);
    int rowOfChannel(const QString &channel) const;
    template<typename T> T *find(const char *name) const
    {
        T *child = m_page->findChild<T *>(QLatin1String(name));
        if (!child)
            qWarning("no %s called %s", T::staticMetaObject.className(), name);
        return child;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SandboxInboxPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};

namespace {

constexpr int answerTimeoutMs = 5000;

QByteArray base64(const QByteArray &text)
{
    return text.toBase64();
}

} // namespace

void tst_SandboxInboxPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sandboxinboxpage"));
}

void tst_SandboxInboxPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_token.clear();
}

void tst_SandboxInboxPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_engine.reset();
    m_dir.reset();
}

void tst_SandboxInboxPage::start(const QString &workspacePath)
{
    m_engine = std::make_unique<Engine>();
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.workspacePath = workspacePath;
    const Result<QUrl> started = m_engine->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error()));
    m_page = std::make_unique<SandboxInboxPage>(m_engine.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

tst_SandboxInboxPage::Answer
tst_SandboxInboxPage::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_engine->sandboxUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, answerTimeoutMs))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

QByteArray tst_SandboxInboxPage::token()
{
    if (!m_token.isEmpty())
        return m_token;
    const OpenTextTarget target = m_engine->sandboxTarget();
    const QByteArray credentials
        = (target.clientId + QLatin1Char(':') + m_engine->sandboxSecret()).toUtf8().toBase64();
    const Answer answer = call("POST", target.tokenUrl().path(), "grant_type=client_credentials",
                               {{"Content-Type", "application/x-www-form-urlencoded"},
                                {"Authorization", "Basic " + credentials}});
    m_token = answer.json.value(QLatin1String("access_token")).toString().toUtf8();
    return m_token;
}

QString tst_SandboxInboxPage::submit(const QString &path, const QJsonObject &body)
{
    const Answer answer = call("POST", QStringLiteral("/mra/v1") + path,
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               {{"Authorization", "Bearer " + token()}});
    if (answer.status != 200)
        qWarning() << path << "answered" << answer.status << answer.json;
    return answer.json.value(QLatin1String("job_id")).toString();
}

QJsonObject tst_SandboxInboxPage::fixture(const QString &name)
{
    QFile file(QStringLiteral(OTBRIDGE_FIXTURES_DIR "/opentext/requests/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int tst_SandboxInboxPage::rowOfChannel(const QString &channel) const
{
    const SandboxInboxModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(SandboxInboxModel::ChannelRole).toString() == channel)
            return row;
    }
    return -1;
}

void tst_SandboxInboxPage::listsSubmitsNewestFirstAndRendersThem()
{
    start();
    QVERIFY(!m_engine->sandboxUrl().isEmpty());
    QVERIFY(find<QLabel>("sandboxNotice")->isHidden());
    QVERIFY(!token().isEmpty());

    // An email whose HTML asks for a remote pixel (from the sandbox itself, where a fetch
    // would show up as a capture) and a local image; neither may be loaded.
    QTemporaryDir images;
    const QString localImage = images.filePath(QStringLiteral("local.png"));
    QImage red(8, 8, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(localImage));
    const QUrl pixel = m_engine->sandboxUrl().resolved(QUrl(QStringLiteral("/capture/pixel")));
    const QByteArray html = "<p>Contract <b>C-1042</b> is ready for review.</p><img src=\""
        + pixel.toEncoded() + "\"><img src=\"" + QUrl::fromLocalFile(localImage).toEncoded()
        + "\"><a href=\"https://example.com/review\">Review</a>";
    QJsonObject email = fixture(QStringLiteral("email.json"));
    QVERIFY(!email.isEmpty());
    QJsonArray parts = email.value(QLatin1String("body")).toArray();
    QJsonObject htmlPart = parts.at(1).toObject();
    QCOMPARE(htmlPart.value(QLatin1String("type")).toString(), QStringLiteral("html"));
    htmlPart.insert(QStringLiteral("data"), QString::fromLatin1(base64(html)));
    parts.replace(1, htmlPart);
    email.insert(QStringLiteral("body"), parts);
    const QString emailJob = submit(QStringLiteral("/outbound/emails"), email);
    QVERIFY(!emailJob.isEmpty());

    // 200 GSM-7 characters: two segments of 153.
    QJsonObject sms = fixture(QStringLiteral("sms.json"));
    const QString smsText = QStringLiteral("Approval A-7 is overdue. ").repeated(8);
    QCOMPARE(smsText.size(), 200);
    sms.insert(QStringLiteral("sms_text"), smsText);
    const QString smsJob = submit(QStringLiteral("/outbound/sms"), sms);
    QVERIFY(!smsJob.isEmpty());

    // 70 lines of text: two fax pages of 60 lines.
    QJsonObject fax = fixture(QStringLiteral("fax.json"));
    QJsonObject document = fax.value(QLatin1String("documents")).toArray().first().toObject();
    document.insert(
        QStringLiteral("data"),
        QString::fromLatin1(base64(QByteArray("A line of the notice.\n").repeated(70))));
    fax.insert(QStringLiteral("documents"), QJsonArray {document});
    const QString faxJob = submit(QStringLiteral("/outbound/faxes"), fax);
    QVERIFY(!faxJob.isEmpty());

    const QString templateJob = submit(QStringLiteral("/outbound/whatsapp/template_message"),
                                       fixture(QStringLiteral("whatsapp-template.json")));
    QVERIFY(!templateJob.isEmpty());

    // Newest first, without anyone pressing Refresh.
    SandboxInboxModel *model = m_page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 5000);
    const QStringList jobs {templateJob, faxJob, smsJob, emailJob};
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model->index(row, 0).data(SandboxInboxModel::JobIdRole).toString(), jobs.at(row));
    QCOMPARE(model->index(0, SandboxInboxModel::ChannelColumn).data().toString(),
             QStringLiteral("WhatsApp"));
    QCOMPARE(model->index(3, SandboxInboxModel::ChannelColumn).data().toString(),
             QStringLiteral("Email"));
    QCOMPARE(model->index(3, SandboxInboxModel::SummaryColumn).data().toString(),
             QStringLiteral("Contract C-1042 is ready for review"));
    QCOMPARE(model->index(3, SandboxInboxModel::RecipientsColumn).data().toString(),
             QStringLiteral("legal.review@example.com, archive@example.org"));
    QCOMPARE(model->index(2, SandboxInboxModel::JobColumn).data().toString(), smsJob);

    // The email, its state moving on while it is shown.
    QTableView *view = m_page->view();
    view->selectRow(3);
    SandboxMessageView *message = m_page->messageView();
    QCOMPARE(find<QStackedWidget>("channelPages")->currentWidget()->objectName(),
             QStringLiteral("emailPage"));
    QCOMPARE(find<QLabel>("emailSubject")->text(),
             QStringLiteral("Contract C-1042 is ready for review"));
    QCOMPARE(find<QLabel>("emailFrom")->text(), QStringLiteral("OT Bridge"));
    QVERIFY(find<QLabel>("emailTo")->text().contains(QStringLiteral("legal.review@example.com")));
    QVERIFY(find<QLabel>("messageJobId")->text().startsWith(emailJob));
    OfflineTextBrowser *body = message->emailBody();
    QVERIFY2(body->toPlainText().contains(QStringLiteral("Contract C-1042 is ready for review.")),
             qPrintable(body->toPlainText()));
    QVERIFY(body->toHtml().contains(QStringLiteral("font-weight")) // <b> kept as HTML
            || body->toHtml().contains(QStringLiteral("<b>")));
    QVERIFY(body->blockedResources() >= 2);
    const QVariant local
        = body->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(localImage));
    QVERIFY(QImage::fromData(local.toByteArray()).isNull());
    QVERIFY(local.value<QImage>().isNull());
    QVERIFY(!body->openLinks());
    QVERIFY(find<QLabel>("emailAttachments")->text().contains(QStringLiteral("contract-summary")));
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("messageState")->text(),
                              QStringLiteral("Complete, Posted"), 10000);
    auto *destinations = find<QTableWidget>("destinationsTable");
    QCOMPARE(destinations->rowCount(), 2);
    QCOMPARE(destinations->item(0, 2)->text(), QStringLiteral("Confirmed"));
    QCOMPARE(model->index(3, SandboxInboxModel::StateColumn).data().toString(),
             QStringLiteral("Complete, Posted"));
    // Nothing fetched the pixel: the sandbox captured no request.
    QCOMPARE(rowOfChannel(QStringLiteral("capture")), -1);
    const Answer inbox = call("GET", QStringLiteral("/admin/inbox"));
    QCOMPARE(inbox.json.value(QLatin1String("messages")).toArray().size(), 4);

    view->selectRow(2);
    QCOMPARE(find<QStackedWidget>("channelPages")->currentWidget()->objectName(),
             QStringLiteral("smsPage"));
    QCOMPARE(find<QLabel>("smsBubble")->text(), smsText);
    const QString size = find<QLabel>("smsSize")->text();
    QVERIFY2(size.contains(QStringLiteral("200 characters")), qPrintable(size));
    QVERIFY2(size.contains(QStringLiteral("2 segments")), qPrintable(size));
    QVERIFY(find<QLabel>("messageJobId")->text().startsWith(smsJob));

    view->selectRow(1);
    QCOMPARE(find<QStackedWidget>("channelPages")->currentWidget()->objectName(),
             QStringLiteral("faxPage"));
    auto *documents = find<QTableWidget>("faxDocuments");
    QCOMPARE(documents->rowCount(), 1);
    QCOMPARE(documents->item(0, 0)->text(), QStringLiteral("certificate-notice.txt"));
    QCOMPARE(documents->item(0, 2)->text(), QStringLiteral("2"));
    QVERIFY(find<QLabel>("faxSummary")->text().contains(QStringLiteral("2 pages in all")));
    QVERIFY(find<QLabel>("faxSummary")->text().contains(QStringLiteral("Expired certificate")));

    view->selectRow(0);
    QCOMPARE(find<QLabel>("whatsAppTemplate")->text(),
             QStringLiteral("Template case_update in language en"));
    auto *parameters = find<QTableWidget>("whatsAppParameters");
    QCOMPARE(parameters->rowCount(), 2);
    QCOMPARE(parameters->item(0, 0)->text(), QStringLiteral("body[1]text"));
    QCOMPARE(parameters->item(0, 1)->text(), QStringLiteral("77"));
}

void tst_SandboxInboxPage::capturedRequestShowsMethodHeadersAndBody()
{
    start();
    const Answer captured = call("POST", QStringLiteral("/capture/servicenow?urgency=1"),
                                 R"({"incident":{"short_description":"Job failed","a":1}})",
                                 {{"X-Trace", "trace-7"}, {"Authorization", "Bearer t0ken"}});
    QCOMPARE(captured.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
    const QModelIndex index = m_page->model()->index(0, SandboxInboxModel::SummaryColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("POST /capture/servicenow?urgency=1"));
    QCOMPARE(index.siblingAtColumn(SandboxInboxModel::StateColumn).data().toString(),
             QStringLiteral("Captured"));

    m_page->view()->selectRow(0);
    QCOMPARE(find<QLabel>("captureRequest")->text(),
             QStringLiteral("POST /capture/servicenow?urgency=1"));
    QVERIFY(find<QTableWidget>("destinationsTable")->isHidden());
    const QString body = find<QPlainTextEdit>("captureBody")->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("{\n    \"incident\": {\n")), qPrintable(body));
    auto *headers = find<QTableWidget>("captureHeaders");
    QHash<QString, QString> values;
    for (int row = 0; row < headers->rowCount(); ++row)
        values.insert(headers->item(row, 0)->text().toLower(), headers->item(row, 1)->text());
    QCOMPARE(values.value(QStringLiteral("x-trace")), QStringLiteral("trace-7"));
    QCOMPARE(values.value(QStringLiteral("authorization")), QStringLiteral("[redacted]"));
}

void tst_SandboxInboxPage::clearEmptiesPageAndSandbox()
{
    start();
    QJsonObject sms = fixture(QStringLiteral("sms.json"));
    QVERIFY(!submit(QStringLiteral("/outbound/sms"), sms).isEmpty());
    QVERIFY(!submit(QStringLiteral("/outbound/sms"), sms).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 5000);
    m_page->view()->selectRow(0);
    QVERIFY(m_page->messageView()->shownSeq() > 0);

    // Cancel keeps everything.
    int asked = 0;
    const auto answerWith = [&asked](QMessageBox::StandardButton button) {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, &asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++asked;
            box->button(button)->click();
            timer->deleteLater();
        });
        timer->start();
    };
    QSignalSpy cleared(m_page.get(), &SandboxInboxPage::inboxCleared);
    auto *clear = find<QAction>("clearInboxAction");
    answerWith(QMessageBox::Cancel);
    clear->trigger();
    QCOMPARE(asked, 1);
    QTest::qWait(300);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(m_page->model()->rowCount(), 2);

    answerWith(QMessageBox::Yes);
    clear->trigger();
    QCOMPARE(asked, 2);
    QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->messageView()->shownSeq(), -1);
    const Answer inbox = call("GET", QStringLiteral("/admin/inbox"));
    QCOMPARE(inbox.status, 200);
    QCOMPARE(inbox.json.value(QLatin1String("messages")).toArray().size(), 0);
    // Polling goes on: it stays empty, then shows what comes next.
    QTest::qWait(1500);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(!submit(QStringLiteral("/outbound/sms"), sms).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
}

void tst_SandboxInboxPage::saysSoWhenTheWorkspaceUsesNoSandbox()
{
    QJsonObject root = QJsonDocument::fromJson(Workspace::builtInDefault().toJson()).object();
    root.insert(QStringLiteral("targets"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("name"), QStringLiteral("opentext")},
                    {QStringLiteral("type"), QStringLiteral("opentext")},
                    {QStringLiteral("messaging_url"),
                     QStringLiteral("https://api.eu.cloudmessaging.opentext.com/mra/v1")},
                    {QStringLiteral("auth"), QStringLiteral("oauth2")},
                    {QStringLiteral("auth_url"), QStringLiteral("https://eu.api.opentext.com")},
                    {QStringLiteral("tenant_id"), QStringLiteral("t")},
                    {QStringLiteral("client_id"), QStringLiteral("c")},
                    {QStringLiteral("secret_ref"), QStringLiteral("opentext/opentext")}}});
    // Its rules post to HTTP targets that capture into the sandbox: without those, none.
    root.insert(QStringLiteral("rules"), QJsonArray());
    const QString path = m_dir->filePath(QStringLiteral("real.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    start(path);
    QVERIFY(m_engine->sandboxUrl().isEmpty());
    auto *notice = find<QLabel>("sandboxNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("not the built-in sandbox")),
             qPrintable(notice->text()));
    QVERIFY(m_page->view()->isHidden() || !m_page->view()->isVisible());
    QVERIFY(!find<QAction>("refreshAction")->isEnabled());
    QVERIFY(!find<QAction>("clearInboxAction")->isEnabled());
}

void tst_SandboxInboxPage::followsTheTargetWhenItChanges()
{
    // Only OpenText uses the sandbox here: the default workspace's HTTP targets would keep it
    // running for their captures after OpenText moves to a real account.
    QJsonObject root = QJsonDocument::fromJson(Workspace::builtInDefault().toJson()).object();
    root.insert(QStringLiteral("targets"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("opentext")},
                                         {QStringLiteral("type"), QStringLiteral("opentext")},
                                         {QStringLiteral("sandbox"), true}}});
    root.insert(QStringLiteral("rules"), QJsonArray());
    const QString path = m_dir->filePath(QStringLiteral("sandbox-only.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();
    start(path);
    QVERIFY(
        !submit(QStringLiteral("/outbound/sms"), fixture(QStringLiteral("sms.json"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);

    OpenTextTarget real;
    real.messagingUrl = QUrl(QStringLiteral("https://api.eu.cloudmessaging.opentext.com/mra/v1"));
    real.authUrl = QUrl(QStringLiteral("https://eu.api.opentext.com"));
    real.tenantId = QStringLiteral("t");
    real.clientId = QStringLiteral("c");
    real.secretRef = QStringLiteral("otbridge-tests/unused");
    const Result<void> switched = m_engine->setOpenTextTarget(real);
    QVERIFY2(switched.ok(), qPrintable(switched.error()));
    auto *notice = find<QLabel>("sandboxNotice");
    QVERIFY(!notice->isHidden());
    QVERIFY(notice->text().contains(QStringLiteral("not the built-in sandbox")));
    QCOMPARE(m_page->model()->rowCount(), 0);

    OpenTextTarget sandbox;
    sandbox.sandbox = true;
    const Result<void> back = m_engine->setOpenTextTarget(sandbox);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(notice->isHidden());
    m_token.clear(); // a new sandbox, a new secret
    QVERIFY(
        !submit(QStringLiteral("/outbound/sms"), fixture(QStringLiteral("sms.json"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
}

QTEST_MAIN(tst_SandboxInboxPage)
#include "tst_sandboxinboxpage.moc"
