// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "event/acklink.h"
#include "httptestclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace OtBridge;

// The page of an acknowledgement link as people see it, in English, German and French: a real
// engine with a public URL signs the link into the escalation email of the default workspace,
// its listener serves the page in the language each request asks for (translated from the
// resources the executables link), and each page is rendered and saved as a screenshot.
//
// The pages are drawn by Qt's rich-text engine (QTextBrowser, offscreen), not a web browser:
// it lays out the text, the table and the colours, but draws no form controls, so the button
// shows as its label in the button's colours, and the page's card (a bordered box) is not
// drawn.
class tst_AckPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void confirmPage_data();
    void confirmPage();
    void afterTheButton_data();
    void afterTheButton();

private:
    TestHttp::Response page(const QByteArray &method, const QByteArray &language);
    void screenshot(const QByteArray &html, const QString &name);

    QTemporaryDir m_dir;
    Engine m_engine;
    QString m_token;
};

namespace {

// Listed in tests/secrets.txt.
const QByteArray ackKey = "YWNrbGlua3MtdGVzdC1rZXktOWIyZi0wMDAwMDAwMDA";

} // namespace

void tst_AckPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("OTBRIDGE_SECRET_ACK_LINK_KEY", ackKey);
    EngineOptions options;
    options.dataDir = m_dir.path();
    options.publicUrl = QUrl(QStringLiteral("https://alerts.example.com"));
    const auto url = m_engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));

    QFile sample(QStringLiteral(":/samples/04-approval-overdue.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject body = QJsonDocument::fromJson(sample.readAll()).object();
    body.insert(QStringLiteral("acknowledge_within_minutes"), 0);
    const TestHttp::Response fired
        = TestHttp::post(quint16(m_engine.url().port()), "/hooks/approvals",
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(fired.status, 202);
    const QUuid id = QUuid::fromString(fired.json().value(QStringLiteral("id")).toString());

    // Tier 1 fires at once: the manager's email carries the link.
    static const QRegularExpression link(
        QStringLiteral("https://alerts\\.example\\.com/ack/([A-Za-z0-9_-]{40})"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const DeliveryRecord &delivery : m_engine.deliveries()->deliveriesForEvent(id)) {
                const QRegularExpressionMatch match = link.match(delivery.request.message.text);
                if (delivery.tier == 1 && match.hasMatch()) {
                    m_token = match.captured(1);
                    return true;
                }
            }
            return false;
        }(),
        15000);
}

void tst_AckPage::cleanupTestCase()
{
    m_engine.stop();
    qunsetenv("OTBRIDGE_SECRET_ACK_LINK_KEY");
}

TestHttp::Response tst_AckPage::page(const QByteArray &method, const QByteArray &language)
{
    return TestHttp::exchange(
        quint16(m_engine.url().port()),
        TestHttp::request(method, "/ack/" + m_token.toLatin1(), {},
                          {{"Accept-Language", language + ";q=0.9, en;q=0.5"}}));
}

void tst_AckPage::screenshot(const QByteArray &html, const QString &name)
{
    QTextBrowser browser;
    browser.setOpenLinks(false);
    browser.setFrameShape(QFrame::NoFrame);
    browser.resize(760, 620);
    browser.setHtml(QString::fromUtf8(html));
    browser.document()->setTextWidth(browser.viewport()->width());
    // As tall as the page, so nothing is cut off.
    browser.resize(760, int(browser.document()->size().height()) + 8);
    QVERIFY(browser.document()->toPlainText().contains(QStringLiteral("OT Bridge")));
#ifdef OTBRIDGE_SCREENSHOT_DIR
    QDir().mkpath(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR));
    QVERIFY(browser.grab().save(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR "/") + name));
#else
    Q_UNUSED(name)
#endif
}

void tst_AckPage::confirmPage_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("tier");
    QTest::newRow("en") << QByteArray("en") << "Acknowledge this escalation?"
                        << "Acknowledge"
                        << "priya.raman@example.com (escalation tier 1)";
    QTest::newRow("de") << QByteArray("de-DE") << "Diese Eskalation bestätigen?"
                        << "Bestätigen"
                        << "priya.raman@example.com (Eskalationsstufe 1)";
    QTest::newRow("fr") << QByteArray("fr-FR") << "Acquitter cette escalade ?"
                        << "Acquitter"
                        << "priya.raman@example.com (palier d'escalade 1)";
}

void tst_AckPage::confirmPage()
{
    QFETCH(QByteArray, language);
    QFETCH(QString, heading);
    QFETCH(QString, button);
    QFETCH(QString, tier);
    const TestHttp::Response response = page("GET", language);
    QCOMPARE(response.status, 200);
    const QString html = QString::fromUtf8(response.body);
    const QString code = QString::fromLatin1(language.left(2));
    QCOMPARE(response.header("content-language"), code.toLatin1());
    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(code)));
    QVERIFY2(html.contains(QStringLiteral("<h1>%1</h1>").arg(heading.toHtmlEscaped())),
             qPrintable(html));
    QVERIFY(html.contains(
        QStringLiteral("<button type=\"submit\">%1</button>").arg(button.toHtmlEscaped())));
    QVERIFY2(html.contains(tier.toHtmlEscaped()), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Escalation: approval APR-3391 is still waiting for "
                                         "Marcus Lee")));
    screenshot(response.body, QStringLiteral("ack-page-%1.png").arg(code));
}

void tst_AckPage::afterTheButton_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("heading");
    // The first POST acknowledges; the later ones find it done.
    QTest::newRow("en") << QByteArray("en") << "Acknowledged";
    QTest::newRow("de") << QByteArray("de") << "Bereits bestätigt";
    QTest::newRow("fr") << QByteArray("fr") << "Déjà acquittée";
}

void tst_AckPage::afterTheButton()
{
    QFETCH(QByteArray, language);
    QFETCH(QString, heading);
    const TestHttp::Response response = page("POST", language);
    QCOMPARE(response.status, 200);
    QVERIFY2(
        response.body.contains(QStringLiteral("<h1>%1</h1>").arg(heading.toHtmlEscaped()).toUtf8()),
        response.body.constData());
    QVERIFY(response.body.contains("priya.raman@example.com"));
    QVERIFY(!response.body.contains("<button"));
    screenshot(response.body,
               QStringLiteral("ack-page-done-%1.png").arg(QString::fromLatin1(language)));
}

QTEST_MAIN(tst_AckPage)
#include "tst_ackpage.moc"
