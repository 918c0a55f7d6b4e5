// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/acklink.h"
#include "httptestclient.h"
#include "otbridgeprocess.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace OtBridge;
using TestHttp::Response;

// Acknowledging from the message (use case 4): a real headless otbridge with a public URL and
// the shipped default workspace, its OpenText target a real otbridge-sandbox process. The
// escalation email and SMS arrive in the sandbox's inbox with links under the public URL; a GET
// of one changes nothing; the POST its page makes acknowledges as the recipient, and the next
// tier never fires while the same tier of an event nobody acknowledged does; a changed byte is
// 403, an expired link 410, a second POST "already acknowledged"; one client address is
// rate-limited, another is not.
class tst_AckLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escalationLinksAcknowledgeFromTheMessage();
    void expiredLinkSaysWhen();
    void rateLimitedPerClientAddress();

private:
    bool startBridge(const QString &dataDir, const QStringList &extra);
    QString fireApproval();
    QJsonArray inbox();
    // The first message in the inbox that matches, waited for (bounded).
    QJsonObject waitForMessage(const std::function<bool(const QJsonObject &)> &match,
                               int timeoutMs = 30000);
    QJsonObject status(const QString &id);
    Response ack(const QByteArray &method, const QString &token,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_workspace;
    std::unique_ptr<OtBridgeProcess> m_bridge;
};

namespace {

const QByteArray publicUrl = "https://alerts.example.test/otbridge";
// The sandbox account's client secret and the links' signing key, given to otbridge through
// the environment as a server would get them; both listed in tests/secrets.txt.
const QByteArray sandboxSecret = "acklinks-sandbox-secret-4e1d";
const QByteArray ackKey = "YWNrbGlua3MtdGVzdC1rZXktOWIyZi0wMDAwMDAwMDA";

QString linkToken(const QString &text)
{
    static const QRegularExpression link(
        QRegularExpression::escape(QString::fromLatin1(publicUrl))
        + QStringLiteral("/ack/([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])"));
    return link.match(text).captured(1);
}

QString messageText(const QJsonObject &message)
{
    const QString channel = message.value("channel").toString();
    return message.value(channel).toObject().value("text").toString();
}

QString subject(const QJsonObject &message)
{
    return message.value("email").toObject().value("subject").toString();
}

QStringList addresses(const QJsonObject &message)
{
    QStringList list;
    for (const QJsonValue &destination : message.value("destinations").toArray())
        list.append(destination.toObject().value("address").toString());
    return list;
}

// Which event a message's link is for.
QUuid linkedEvent(const QJsonObject &message)
{
    const std::optional<AckLink::Claims> claims = AckLink::read(linkToken(messageText(message)));
    return claims ? claims->eventId : QUuid();
}

} // namespace

void tst_AckLinks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start({QStringLiteral("--client-id"), QStringLiteral("otbridge-acklinks"),
                              QStringLiteral("--client-secret"), QString::fromLatin1(sandboxSecret),
                              QStringLiteral("--sent-after-ms"), QStringLiteral("100")}),
             m_sandbox.output().constData());

    // The shipped workspace, its OpenText target the sandbox process instead of the built-in
    // one: the templates are exactly what a new user gets.
    QFile shipped(QStringLiteral(OTBRIDGE_SOURCE_DIR "/resources/workspace/default.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject workspace = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonArray targets = workspace.value("targets").toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (targets.at(i).toObject().value("type").toString() != QLatin1String("opentext"))
            continue;
        const QString base = m_sandbox.baseUrl().toString();
        QJsonObject account;
        account.insert("name", targets.at(i).toObject().value("name"));
        account.insert("type", "opentext");
        account.insert("messaging_url", QString(base + QStringLiteral("/mra/v1")));
        account.insert("auth_url", base);
        account.insert("tenant_id", "acme");
        account.insert("client_id", "otbridge-acklinks");
        account.insert("secret_ref", "opentext/acklinks");
        targets[i] = account;
        replaced = true;
    }
    QVERIFY(replaced);
    workspace.insert("targets", targets);
    m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
    QFile file(m_workspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(workspace).toJson());
    file.close();

    qputenv("OTBRIDGE_SECRET_OPENTEXT_ACKLINKS", sandboxSecret);
    qputenv("OTBRIDGE_SECRET_ACK_LINK_KEY", ackKey);
    // Tier 2 comes 3600 s after tier 1 in the workspace: 3600 × 0.005 = 18 s here.
    qputenv("OTBRIDGE_DELAY_SCALE", "0.005");
}

bool tst_AckLinks::startBridge(const QString &dataDir, const QStringList &extra)
{
    m_bridge = std::make_unique<OtBridgeProcess>();
    if (m_bridge->start(dataDir,
                        QStringList {QStringLiteral("--workspace"), m_workspace,
                                     QStringLiteral("--public-url"), QString::fromLatin1(publicUrl)}
                            + extra))
        return true;
    qWarning("otbridge did not start: %s", m_bridge->output().constData());
    return false;
}

QString tst_AckLinks::fireApproval()
{
    QFile sample(QStringLiteral(OTBRIDGE_SOURCE_DIR "/resources/samples/04-approval-overdue.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QJsonObject body = QJsonDocument::fromJson(sample.readAll()).object();
    body.insert("acknowledge_within_minutes", 0); // overdue at once: tier 1 fires now
    const Response response = TestHttp::post(m_bridge->port(), "/hooks/approvals",
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    return response.status == 202 ? response.json().value("id").toString() : QString();
}

QJsonArray tst_AckLinks::inbox()
{
    return TestHttp::get(m_sandbox.port(), "/admin/inbox").json().value("messages").toArray();
}

QJsonObject tst_AckLinks::waitForMessage(const std::function<bool(const QJsonObject &)> &match,
                                         int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QJsonValue &message : inbox()) {
                if (match(message.toObject())) {
                    found = message.toObject();
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QJsonObject tst_AckLinks::status(const QString &id)
{
    return TestHttp::exchange(m_bridge->port(),
                              TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                                {OtBridgeProcess::authorization()}))
        .json();
}

Response tst_AckLinks::ack(const QByteArray &method, const QString &token,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // What the page's form sends: an empty urlencoded body to the same URL.
    QList<QPair<QByteArray, QByteArray>> all = headers;
    if (method == "POST")
        all.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return TestHttp::exchange(m_bridge->port(),
                              TestHttp::request(method, "/ack/" + token.toLatin1(), {}, all));
}

void tst_AckLinks::escalationLinksAcknowledgeFromTheMessage()
{
    QVERIFY(startBridge(m_dir.filePath(QStringLiteral("data")), {}));
    const QString acknowledged = fireApproval();
    const QString ignored = fireApproval(); // the same approval, acknowledged by nobody
    QVERIFY(!acknowledged.isEmpty() && !ignored.isEmpty());
    const QUuid acknowledgedId = QUuid::fromString(acknowledged);

    // Tier 1: the manager's email and SMS, each with a link under the public URL, signed for
    // that event and tier.
    const QJsonObject email = waitForMessage([&](const QJsonObject &m) {
        return m.value("channel") == "email" && subject(m).startsWith("Escalation: approval")
            && linkedEvent(m) == acknowledgedId;
    });
    QVERIFY2(!email.isEmpty(), QJsonDocument(inbox()).toJson().constData());
    QCOMPARE(addresses(email), QStringList {QStringLiteral("priya.raman@example.com")});
    const QString emailText = messageText(email);
    const QString emailToken = linkToken(emailText);
    QVERIFY2(emailText.endsWith(QStringLiteral("\n\nAcknowledge: ") + QString::fromLatin1(publicUrl)
                                + QStringLiteral("/ack/") + emailToken + QLatin1Char('\n')),
             qPrintable(emailText));
    QCOMPARE(AckLink::read(emailToken)->tier, 1);

    const QJsonObject sms = waitForMessage([&](const QJsonObject &m) {
        return m.value("channel") == "sms" && linkedEvent(m) == acknowledgedId;
    });
    QVERIFY2(!sms.isEmpty(), QJsonDocument(inbox()).toJson().constData());
    QCOMPARE(addresses(sms), QStringList {QStringLiteral("+15551230002")});
    const QString smsToken = linkToken(messageText(sms));
    QVERIFY2(messageText(sms).endsWith(QStringLiteral(" Ack: ") + QString::fromLatin1(publicUrl)
                                       + QStringLiteral("/ack/") + smsToken),
             qPrintable(messageText(sms)));
    QVERIFY(smsToken != emailToken); // each recipient's own

    // A GET (a mail scanner, a link preview, the person) shows the page and changes nothing.
    for (const QString &token : {emailToken, smsToken, emailToken}) {
        const Response page = ack("GET", token);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY2(page.body.contains("<h1>Acknowledge this escalation?</h1>"),
                 page.body.constData());
        QVERIFY(page.body.contains("<form method=\"post\">"));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(page.body.contains(acknowledged.toLatin1()));
        QVERIFY(!page.body.contains(ignored.toLatin1()));
    }
    QJsonObject before = status(acknowledged);
    QCOMPARE(before.value("acknowledged").toBool(), false);
    QCOMPARE(before.value("escalation").toObject().value("state").toString(),
             QStringLiteral("waiting"));
    QCOMPARE(before.value("escalation")
                 .toObject()
                 .value("tiers")
                 .toArray()
                 .at(1)
                 .toObject()
                 .value("state"),
             QJsonValue("scheduled"));

    // One byte changed: 403, and the page says nothing about any event.
    QString changed = emailToken;
    changed[10] = emailToken.at(10) == QLatin1Char('Q') ? QLatin1Char('R') : QLatin1Char('Q');
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        const Response forged = ack(method, changed);
        QCOMPARE(forged.status, 403);
        QVERIFY(forged.body.contains("<h1>This link is not valid</h1>"));
        QVERIFY(!forged.body.contains(acknowledged.toLatin1()));
    }

    // The button: a POST acknowledges as the recipient, via the link.
    const Response done = ack("POST", emailToken);
    QCOMPARE(done.status, 200);
    QVERIFY2(done.body.contains("<h1>Acknowledged</h1>"), done.body.constData());
    QVERIFY(done.body.contains(
        "Thank you. Acknowledged by priya.raman@example.com (with the link in a message) at "));
    const QJsonObject after = status(acknowledged);
    QCOMPARE(after.value("acknowledged").toBool(), true);
    const QJsonObject acknowledgement = after.value("acknowledgement").toObject();
    QCOMPARE(acknowledgement.value("by").toString(), QStringLiteral("priya.raman@example.com"));
    QCOMPARE(acknowledgement.value("via").toString(), QStringLiteral("link"));
    QVERIFY2(acknowledgement.value("summary").toString().startsWith(
                 "acknowledged by priya.raman@example.com via link at "),
             qPrintable(acknowledgement.value("summary").toString()));
    QCOMPARE(after.value("escalation").toObject().value("state").toString(),
             QStringLiteral("acknowledged"));
    QCOMPARE(after.value("escalation")
                 .toObject()
                 .value("tiers")
                 .toArray()
                 .at(1)
                 .toObject()
                 .value("state"),
             QJsonValue("cancelled"));

    // A second POST, and the SMS's link, say who did it first.
    for (const QString &token : {emailToken, smsToken}) {
        const Response again = ack("POST", token);
        QCOMPARE(again.status, 200);
        QVERIFY2(again.body.contains("<h1>Already acknowledged</h1>"), again.body.constData());
        QVERIFY(again.body.contains("This event was already acknowledged by "
                                    "priya.raman@example.com (with the link in a message) at "));
    }
    QCOMPARE(status(acknowledged).value("acknowledgement").toObject().value("at"),
             acknowledgement.value("at"));

    // Tier 2 fires for the event nobody acknowledged; by then it was due for the other one too,
    // which never fires.
    const QJsonObject tier2 = waitForMessage([&](const QJsonObject &m) {
        return subject(m).startsWith("Escalation tier 2") && linkedEvent(m) == QUuid(ignored);
    });
    QVERIFY2(!tier2.isEmpty(), QJsonDocument(inbox()).toJson().constData());
    QCOMPARE(AckLink::read(linkToken(messageText(tier2)))->tier, 2);
    for (const QJsonValue &message : inbox()) {
        QVERIFY2(linkedEvent(message.toObject()) != acknowledgedId
                     || !subject(message.toObject()).startsWith("Escalation tier 2"),
                 "tier 2 fired for an acknowledged event");
    }
    QCOMPARE(status(acknowledged).value("escalation").toObject().value("tiers_fired").toInt(), 1);
    QCOMPARE(status(ignored).value("escalation").toObject().value("tiers_fired").toInt(), 2);
}

void tst_AckLinks::expiredLinkSaysWhen()
{
    // Links that live two seconds.
    QVERIFY(startBridge(m_dir.filePath(QStringLiteral("data-expiry")),
                        {QStringLiteral("--ack-link-validity"), QStringLiteral("2s")}));
    const QString id = fireApproval();
    QVERIFY(!id.isEmpty());
    const QJsonObject sms = waitForMessage([&](const QJsonObject &m) {
        return m.value("channel") == "sms" && linkedEvent(m) == QUuid(id);
    });
    QVERIFY2(!sms.isEmpty(), QJsonDocument(inbox()).toJson().constData());
    const QString token = linkToken(messageText(sms));
    const QDateTime expiry = AckLink::read(token)->expiresAt;

    // Asking until it expires would spend the address's rate limit: wait for the time itself.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= expiry, 10000);
    QCOMPARE(ack("GET", token).status, 410);
    const Response expired = ack("POST", token);
    QCOMPARE(expired.status, 410);
    QVERIFY2(expired.body.contains("<h1>This link has expired</h1>"), expired.body.constData());
    const QString when
        = QLocale(QStringLiteral("en")).toString(expiry, QStringLiteral("d MMMM yyyy, HH:mm"));
    QVERIFY2(expired.body.contains(("It was valid until " + when + " UTC.").toUtf8()),
             expired.body.constData());
    QCOMPARE(status(id).value("acknowledged").toBool(), false);
}

void tst_AckLinks::rateLimitedPerClientAddress()
{
    if (!m_bridge)
        QVERIFY(startBridge(m_dir.filePath(QStringLiteral("data-rate")), {}));
    // Behind the reverse proxy every client comes from loopback, with its address in X-Real-IP.
    const QString bogus = QString(40, QLatin1Char('A'));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(ack("GET", bogus, {{"X-Real-IP", "198.51.100.23"}}).status, 403);
    const Response limited = ack("GET", bogus, {{"X-Real-IP", "198.51.100.23"}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("2"));
    QVERIFY(limited.body.contains("<h1>Too many requests</h1>"));
    QCOMPARE(ack("POST", bogus, {{"X-Real-IP", "198.51.100.23"}}).status, 429);
    // Another client is not held back.
    QCOMPARE(ack("GET", bogus, {{"X-Real-IP", "198.51.100.24"}}).status, 403);
    // Only GET and POST.
    const Response put = ack("PUT", bogus);
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("allow"), QByteArray("GET, POST"));
}

QTEST_GUILESS_MAIN(tst_AckLinks)
#include "tst_acklinks.moc"
