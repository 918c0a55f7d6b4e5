// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestclient.h"
#include "otbridgeprocess.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using TestHttp::Response;

// Notification steps (issue 18, README "Notification steps") end to end: a real headless
// otbridge and a real otbridge-sandbox process over 127.0.0.1. A digest of 50 events is one
// message listing 50, also across a kill -9 in the middle of its window; a reminder 24 h
// before a payload's time fires once and a later event of its key cancels another; an email
// the sandbox fails (--error-pattern) sends its SMS fallback once; a message to someone in
// quiet hours is held and goes when they end (the process's clock started just before, with
// OTBRIDGE_CLOCK_START), while an urgent rule's goes at once. Waits are on state, bounded;
// windows are minutes of the workspace on a clock OTBRIDGE_DELAY_SCALE makes 200 times faster.
class tst_NotificationSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void digestOfFiftyEventsIsOneMessage();
    void digestSurvivesKillNineMidWindow();
    void delayToPayloadTimeFiresOnceAndCancels();
    void failedEmailSendsSmsFallbackOnce();
    void quietHoursHoldUntilTheyEnd();

private:
    bool startBridge(const QByteArray &clockStart = {});
    QString post(const QByteArray &source, const QJsonObject &body);
    QJsonArray inbox();
    QList<QJsonObject> messages(const std::function<bool(const QJsonObject &)> &match);
    QJsonObject status(const QString &id);
    QJsonObject delivery(const QString &eventId, int index = 0);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_workspace;
    QString m_dataDir;
    std::unique_ptr<OtBridgeProcess> m_bridge;
};

namespace {

// The sandbox account's client secret, given as a server would get it (tests/secrets.txt).
const QByteArray sandboxSecret = "notification-steps-sandbox-secret-71c4";

QString subject(const QJsonObject &message)
{
    return message.value("email").toObject().value("subject").toString();
}

QString messageText(const QJsonObject &message)
{
    const QString channel = message.value("channel").toString();
    return message.value(channel).toObject().value("text").toString();
}

QStringList addresses(const QJsonObject &message)
{
    QStringList list;
    for (const QJsonValue &destination : message.value("destinations").toArray())
        list.append(destination.toObject().value("address").toString());
    return list;
}

QJsonObject email(const char *to, const QString &subject, const QString &text)
{
    return {{"type", "opentext"},
            {"channel", "email"},
            {"to", QJsonObject {{"addresses", QJsonArray {QString::fromLatin1(to)}}}},
            {"subject", subject},
            {"text", text}};
}

QJsonObject rule(const char *name, const char *source, const QJsonArray &actions)
{
    return {{"name", name},
            {"trigger", QJsonObject {{"sources", QJsonArray {QString::fromLatin1(source)}}}},
            {"actions", actions}};
}

// "2026-11-24T17:00:00Z" this many milliseconds from now.
QString utcFromNow(qint64 ms)
{
    return QDateTime::currentDateTimeUtc().addMSecs(ms).toString(Qt::ISODate);
}

} // namespace

void tst_NotificationSteps::initTestCase()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    QVERIFY(m_dir.isValid());
    // Email to anyone at bounce.example.com ends in Error; the job is Complete after 600 ms.
    QVERIFY2(m_sandbox.start({QStringLiteral("--client-id"), QStringLiteral("otbridge-steps"),
                              QStringLiteral("--client-secret"), QString::fromLatin1(sandboxSecret),
                              QStringLiteral("--sent-after-ms"), QStringLiteral("200"),
                              QStringLiteral("--confirmed-after-ms"), QStringLiteral("600"),
                              QStringLiteral("--error-pattern"), QStringLiteral("@bounce\\.")}),
             m_sandbox.output().constData());

    QJsonObject orderDigest
        = rule("order-digest", "orders",
               {email("{{to.email}}", "{{digest.count}} orders for {{digest.key}}",
                      "{{#digest.events}}order {{order}}\n{{/digest.events}}")});
    orderDigest.insert("digest", QJsonObject {{"key", "{{to.email}}"}, {"window", "40m"}});
    QJsonObject supplyDigest
        = rule("supply-digest", "supplies",
               {email("{{buyer}}", "{{digest.count}} expired for {{digest.key}}",
                      "{{#digest.events}}document {{document}}\n{{/digest.events}}")});
    supplyDigest.insert("digest", QJsonObject {{"key", "{{supplier.id}}"}, {"window", "60m"}});
    QJsonObject reminder = rule("review-reminder", "contracts",
                                {email("legal@example.com", "Reminder: review {{contract.id}}",
                                       "Due {{contract.review_due}}")});
    reminder.insert(
        "condition",
        QJsonObject {{"path", "/event"}, {"op", "eq"}, {"value", "contract.ready_for_review"}});
    reminder.insert(
        "delay",
        QJsonObject {
            {"until", "{{contract.review_due}}"},
            {"offset", "-24h"},
            {"key", "{{contract.id}}"},
            {"cancel_when",
             QJsonObject {{"path", "/event"}, {"op", "eq"}, {"value", "contract.reviewed"}}}});
    QJsonObject notice = email("{{to.email}}", "Notice {{n}}", "Notice {{n}} by email");
    notice.insert("fallback",
                  QJsonObject {{"type", "opentext"},
                               {"channel", "sms"},
                               {"to", QJsonObject {{"addresses", QJsonArray {"{{to.phone}}"}}}},
                               {"text", "Email to {{to.email}} failed: notice {{n}}"}});
    QJsonObject nightNotice
        = rule("night-notice", "night",
               {QJsonObject {{"type", "opentext"},
                             {"to", QJsonObject {{"people", QJsonArray {"night.owl@example.com"}}}},
                             {"subject", "Night notice {{n}}"},
                             {"text", "t"}}});
    QJsonObject urgent
        = rule("night-urgent", "night-urgent",
               {QJsonObject {{"type", "opentext"},
                             {"to", QJsonObject {{"people", QJsonArray {"night.owl@example.com"}}}},
                             {"subject", "Urgent notice {{n}}"},
                             {"text", "t"}}});
    urgent.insert("urgent", true);

    QJsonArray sources;
    for (const char *name : {"orders", "supplies", "contracts", "mail", "night", "night-urgent"})
        sources.append(QJsonObject {{"name", name}, {"format", "json"}});
    const QString base = m_sandbox.baseUrl().toString();
    const QJsonObject workspace {
        {"version", 1},
        {"name", "notification steps"},
        {"sources", sources},
        {"targets",
         QJsonArray {QJsonObject {{"name", "opentext"},
                                  {"type", "opentext"},
                                  {"messaging_url", QString(base + QStringLiteral("/mra/v1"))},
                                  {"auth_url", base},
                                  {"tenant_id", "acme"},
                                  {"client_id", "otbridge-steps"},
                                  {"secret_ref", "opentext/steps"}}}},
        {"roles",
         QJsonArray {QJsonObject {
             {"name", "night-shift"},
             {"people",
              QJsonArray {QJsonObject {
                  {"name", "Night Owl"},
                  {"email", "night.owl@example.com"},
                  {"time_zone", "Europe/Berlin"},
                  {"quiet_hours", QJsonObject {{"from", "22:00"}, {"to", "07:00"}}}}}}}}},
        {"rules",
         QJsonArray {orderDigest, supplyDigest, reminder,
                     rule("mail-with-fallback", "mail", {notice}), nightNotice, urgent}},
    };
    m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
    QFile file(m_workspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(workspace).toJson());
    file.close();
    qputenv("OTBRIDGE_SECRET_OPENTEXT_STEPS", sandboxSecret);
    // 40 and 60 minute windows last 12 and 18 s here.
    qputenv("OTBRIDGE_DELAY_SCALE", "0.005");
}

void tst_NotificationSteps::init()
{
    QCOMPARE(
        TestHttp::exchange(m_sandbox.port(), TestHttp::request("DELETE", "/admin/inbox")).status,
        204);
    static int run = 0;
    m_dataDir = m_dir.filePath(QStringLiteral("data-%1").arg(++run));
}

void tst_NotificationSteps::cleanup()
{
    m_bridge.reset();
    qunsetenv("OTBRIDGE_CLOCK_START");
}

bool tst_NotificationSteps::startBridge(const QByteArray &clockStart)
{
    if (!clockStart.isEmpty())
        qputenv("OTBRIDGE_CLOCK_START", clockStart);
    m_bridge = std::make_unique<OtBridgeProcess>();
    if (m_bridge->start(m_dataDir, {QStringLiteral("--workspace"), m_workspace}))
        return true;
    qWarning("otbridge did not start: %s", m_bridge->output().constData());
    return false;
}

QString tst_NotificationSteps::post(const QByteArray &source, const QJsonObject &body)
{
    const Response response = TestHttp::post(m_bridge->port(), "/hooks/" + source,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (response.status != 202)
        qWarning("POST /hooks/%s answered %d: %s", source.constData(), response.status,
                 response.body.constData());
    return response.status == 202 ? response.json().value("id").toString() : QString();
}

QJsonArray tst_NotificationSteps::inbox()
{
    return TestHttp::get(m_sandbox.port(), "/admin/inbox").json().value("messages").toArray();
}

QList<QJsonObject>
tst_NotificationSteps::messages(const std::function<bool(const QJsonObject &)> &match)
{
    QList<QJsonObject> found;
    for (const QJsonValue &message : inbox()) {
        if (match(message.toObject()))
            found.append(message.toObject());
    }
    return found;
}

QJsonObject tst_NotificationSteps::status(const QString &id)
{
    return TestHttp::exchange(m_bridge->port(),
                              TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                                {OtBridgeProcess::authorization()}))
        .json();
}

QJsonObject tst_NotificationSteps::delivery(const QString &eventId, int index)
{
    return status(eventId).value("deliveries").toArray().at(index).toObject();
}

void tst_NotificationSteps::digestOfFiftyEventsIsOneMessage()
{
    QVERIFY(startBridge());
    QStringList ids;
    for (int i = 1; i <= 50; ++i) {
        ids.append(
            post("orders", {{"order", i}, {"to", QJsonObject {{"email", "buyer@example.com"}}}}));
        QVERIFY(!ids.constLast().isEmpty());
    }
    // Another recipient: a digest of its own.
    const QString other
        = post("orders", {{"order", 99}, {"to", QJsonObject {{"email", "other@example.com"}}}});
    QVERIFY(!other.isEmpty());

    const auto forBuyer = [](const QJsonObject &m) {
        return addresses(m) == QStringList {QStringLiteral("buyer@example.com")};
    };
    QTRY_COMPARE_WITH_TIMEOUT(messages(forBuyer).size(), 1, 30000);
    const QJsonObject message = messages(forBuyer).constFirst();
    QCOMPARE(subject(message), QStringLiteral("50 orders for buyer@example.com"));
    QString expected;
    for (int i = 1; i <= 50; ++i)
        expected += QStringLiteral("order %1\n").arg(i);
    QCOMPARE(messageText(message), expected);
    QTRY_COMPARE_WITH_TIMEOUT(messages([](const QJsonObject &m) {
                                  return subject(m)
                                      == QStringLiteral("1 orders for other@example.com");
                              }).size(),
                              1, 30000);

    // The status API: the digest's message hangs off its first event and lists all 50; no other
    // event of the window has a delivery of its own, so nothing else can ever be sent.
    QTRY_COMPARE_WITH_TIMEOUT(delivery(ids.first()).value("state").toString(),
                              QStringLiteral("delivered"), 15000);
    const QJsonObject digest = delivery(ids.first());
    QCOMPARE(digest.value("hold").toString(), QStringLiteral("digest"));
    QCOMPARE(digest.value("digest").toObject().value("count").toInt(), 50);
    QJsonArray listed = digest.value("digest").toObject().value("events").toArray();
    QCOMPARE(listed.toVariantList().size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(listed.at(i).toString(), ids.at(i));
    for (int i = 1; i < 50; ++i)
        QCOMPARE(status(ids.at(i)).value("deliveries").toArray().size(), 0);
    QCOMPARE(messages(forBuyer).size(), 1);
}

void tst_NotificationSteps::digestSurvivesKillNineMidWindow()
{
    QSet<QString> documents;
    QString first; // the event whose delivery carries the digest
    QVERIFY(startBridge());
    for (int i = 1; i <= 25; ++i) {
        const QString id = post("supplies",
                                {{"supplier", QJsonObject {{"id", "supplier-88"}}},
                                 {"buyer", "procurement@example.com"},
                                 {"document", i}});
        QVERIFY(!id.isEmpty());
        if (first.isEmpty())
            first = id;
        documents.insert(QString::number(i));
    }
    m_bridge->kill(); // mid-window: 60 minutes, 18 s here
    QVERIFY(startBridge());
    for (int i = 26; i <= 50; ++i) {
        QVERIFY(!post("supplies",
                      {{"supplier", QJsonObject {{"id", "supplier-88"}}},
                       {"buyer", "procurement@example.com"},
                       {"document", i}})
                     .isEmpty());
        documents.insert(QString::number(i));
    }
    const auto forSupplier = [](const QJsonObject &m) {
        return subject(m).endsWith(QStringLiteral(" expired for supplier-88"));
    };
    QTRY_COMPARE_WITH_TIMEOUT(messages(forSupplier).size(), 1, 60000);
    const QJsonObject message = messages(forSupplier).constFirst();
    QCOMPARE(subject(message), QStringLiteral("50 expired for supplier-88"));
    QSet<QString> listed;
    static const QRegularExpression line(QStringLiteral("^document (\\d+)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(messageText(message)); it.hasNext();)
        listed.insert(it.next().captured(1));
    QCOMPARE(listed, documents);
    // A second kill and start once it was sent and recorded (killed between the two, it is
    // sent again, as any request on the wire: at least once): the digest is not sent again.
    QTRY_COMPARE_WITH_TIMEOUT(delivery(first).value("state").toString(),
                              QStringLiteral("delivered"), 30000);
    m_bridge->kill();
    QVERIFY(startBridge());
    const QString probe = post("supplies",
                               {{"supplier", QJsonObject {{"id", "supplier-99"}}},
                                {"buyer", "procurement@example.com"},
                                {"document", 1}});
    QTRY_COMPARE_WITH_TIMEOUT(messages([](const QJsonObject &m) {
                                  return subject(m) == QStringLiteral("1 expired for supplier-99");
                              }).size(),
                              1, 60000);
    QCOMPARE(messages(forSupplier).size(), 1);
}

void tst_NotificationSteps::delayToPayloadTimeFiresOnceAndCancels()
{
    QVERIFY(startBridge());
    // Review due in 24 h and 4 s: the reminder 24 h before it goes in 4 s.
    const auto contract = [](const char *event, const char *id, const QString &due) {
        return QJsonObject {{"event", event},
                            {"contract", QJsonObject {{"id", id}, {"review_due", due}}}};
    };
    const QString remind
        = post("contracts", contract("contract.ready_for_review", "CTR-1", utcFromNow(86404000)));
    const QString cancelled
        = post("contracts", contract("contract.ready_for_review", "CTR-2", utcFromNow(86404000)));
    const QString acknowledged
        = post("contracts", contract("contract.ready_for_review", "CTR-3", utcFromNow(86404000)));
    QVERIFY(!remind.isEmpty() && !cancelled.isEmpty() && !acknowledged.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(delivery(cancelled).value("hold").toString(), QStringLiteral("delay"),
                              10000);
    QCOMPARE(delivery(cancelled).value("state").toString(), QStringLiteral("pending"));
    // The approval of CTR-2 arrives; CTR-3 is acknowledged.
    const QString reviewed = post("contracts", contract("contract.reviewed", "CTR-2", {}));
    QVERIFY(!reviewed.isEmpty());
    const Response ack = TestHttp::exchange(
        m_bridge->port(),
        TestHttp::request(
            "POST", "/api/v1/events/" + acknowledged.toLatin1() + "/ack", R"({"by": "dana"})",
            {OtBridgeProcess::authorization(), {"Content-Type", "application/json"}}));
    QCOMPARE(ack.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(delivery(cancelled).value("state").toString(),
                              QStringLiteral("cancelled"), 10000);
    QCOMPARE(delivery(cancelled).value("last_error").toString(),
             QStringLiteral("cancelled by event %1").arg(reviewed));
    QCOMPARE(delivery(acknowledged).value("state").toString(), QStringLiteral("cancelled"));

    const auto reminderFor = [](const char *id) {
        return [id](const QJsonObject &m) {
            return subject(m) == QStringLiteral("Reminder: review %1").arg(QLatin1String(id));
        };
    };
    QTRY_COMPARE_WITH_TIMEOUT(messages(reminderFor("CTR-1")).size(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(delivery(remind).value("state").toString(),
                              QStringLiteral("delivered"), 10000);
    QCOMPARE(delivery(remind).value("attempts").toInt(), 1);
    // By now the cancelled ones were due too: they never went.
    QCOMPARE(messages(reminderFor("CTR-2")).size(), 0);
    QCOMPARE(messages(reminderFor("CTR-3")).size(), 0);
    QCOMPARE(delivery(cancelled).value("state").toString(), QStringLiteral("cancelled"));
    QCOMPARE(status(cancelled).value("state").toString(), QStringLiteral("delivered"));
    QCOMPARE(messages(reminderFor("CTR-1")).size(), 1);
}

void tst_NotificationSteps::failedEmailSendsSmsFallbackOnce()
{
    QVERIFY(startBridge());
    const QString failing = post(
        "mail",
        {{"n", 1},
         {"to", QJsonObject {{"email", "ana@bounce.example.com"}, {"phone", "+4915112340077"}}}});
    const QString fine
        = post("mail",
               {{"n", 2},
                {"to", QJsonObject {{"email", "ben@example.com"}, {"phone", "+4915112340078"}}}});
    QVERIFY(!failing.isEmpty() && !fine.isEmpty());

    const auto sms = [](const QJsonObject &m) {
        return m.value("channel") == "sms";
    };
    QTRY_COMPARE_WITH_TIMEOUT(messages(sms).size(), 1, 60000);
    const QJsonObject fallback = messages(sms).constFirst();
    QCOMPARE(addresses(fallback), QStringList {QStringLiteral("+4915112340077")});
    QCOMPARE(messageText(fallback),
             QStringLiteral("Email to ana@bounce.example.com failed: notice 1"));

    // Linked both ways in the status API.
    QJsonObject original;
    QJsonObject sent;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonArray deliveries = status(failing).value("deliveries").toArray();
            if (deliveries.size() != 2)
                return false;
            original = deliveries.at(0).toObject();
            sent = deliveries.at(1).toObject();
            return sent.value("state").toString() == QLatin1String("delivered");
        }(),
        30000);
    QCOMPARE(original.value("opentext_state").toString(), QStringLiteral("failed"));
    QCOMPARE(original.value("fallback").toObject().value("id").toString(),
             sent.value("id").toString());
    QVERIFY(original.value("fallback").toObject().value("sent").toBool());
    QCOMPARE(sent.value("fallback_for").toString(), original.value("id").toString());
    QCOMPARE(sent.value("id").toString(), original.value("id").toString() + ".fallback");

    // The email that reached its reader sends no SMS; once its job is done, and the failed one's
    // status has been polled to the end, there is still exactly one SMS.
    QTRY_COMPARE_WITH_TIMEOUT(delivery(fine).value("opentext_state").toString(),
                              QStringLiteral("delivered"), 30000);
    QVERIFY(!delivery(fine).contains("fallback_for"));
    QCOMPARE(delivery(fine).value("fallback").toObject().value("sent").toBool(), false);
    QCOMPARE(status(fine).value("deliveries").toArray().size(), 1);
    QCOMPARE(messages(sms).size(), 1);
}

void tst_NotificationSteps::quietHoursHoldUntilTheyEnd()
{
    // Berlin is UTC+1 in November: 06:59:50 there, ten seconds before the night ends.
    QVERIFY(startBridge("2026-11-23T05:59:50Z"));
    const QString night = post("night", {{"n", 1}});
    const QString urgent = post("night-urgent", {{"n", 2}});
    QVERIFY(!night.isEmpty() && !urgent.isEmpty());

    const auto subjectIs = [](const char *text) {
        return [text](const QJsonObject &m) {
            return subject(m) == QLatin1String(text);
        };
    };
    // The urgent one goes at once; the other is held until the end of the night, 07:00 Berlin.
    QTRY_COMPARE_WITH_TIMEOUT(messages(subjectIs("Urgent notice 2")).size(), 1, 15000);
    const QJsonObject held = delivery(night);
    QCOMPARE(held.value("hold").toString(), QStringLiteral("quiet"));
    QCOMPARE(held.value("held_until").toString(), QStringLiteral("2026-11-23T06:00:00.000Z"));
    QCOMPARE(held.value("next_attempt_at").toString(), QStringLiteral("2026-11-23T06:00:00.000Z"));
    QCOMPARE(held.value("state").toString(), QStringLiteral("pending"));
    QCOMPARE(messages(subjectIs("Night notice 1")).size(), 0);
    QVERIFY(!delivery(urgent).contains("hold"));

    QTRY_COMPARE_WITH_TIMEOUT(messages(subjectIs("Night notice 1")).size(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(delivery(night).value("state").toString(),
                              QStringLiteral("delivered"), 10000);
}

QTEST_GUILESS_MAIN(tst_NotificationSteps)
#include "tst_notificationsteps.moc"
