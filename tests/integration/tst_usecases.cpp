// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "httptestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace OtBridge;

namespace {

constexpr char apiToken[] = "use-cases-api-token";

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList addresses(const QJsonObject &message)
{
    QStringList list;
    for (const QJsonValue &destination : message.value("destinations").toArray())
        list.append(destination.toObject().value("address").toString());
    list.sort();
    return list;
}

} // namespace

// The seven use cases of docs/architecture.md, end to end on the built-in workspace with no account
// and no network: each sample webhook from resources/samples/index.json is fired at the real
// listener, and what the built-in sandbox received (its inbox of OpenText messages and of
// requests captured for the HTTP targets) and what the status API reports are checked exactly.
class tst_UseCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void manifestListsSevenUseCases();
    void useCase1ContractReviewEmailsLegal();
    void useCase2FailedJobOpensIncidentAndPage();
    void useCase3RegulatedDocumentNotifiesCompliance();
    void useCase4OverdueApprovalEscalates();
    void useCase5PublishedContentReachesMarketing();
    void useCase6FailedDeliveryAlertsSupportAndCanBeRetried();
    void useCase6UndeliverableMessageOpensIncident();
    void useCase7ExpiredDocumentRoutedByRole();

private:
    QString fire(int useCase, const QJsonObject &override = {});
    QJsonObject sample(int useCase) const;
    QJsonArray inbox();
    QJsonObject waitForMessage(const std::function<bool(const QJsonObject &)> &match,
                               int timeoutMs = 15000);
    QJsonObject status(const QString &id);
    bool waitForStatus(const QString &id, const std::function<bool(const QJsonObject &)> &match,
                       int timeoutMs = 15000);
    TestHttp::Response sandbox(const QByteArray &method, const QByteArray &path,
                               const QByteArray &body = {});

    QTemporaryDir m_dir;
    Engine m_engine;
    QJsonArray m_samples;
};

void tst_UseCases::initTestCase()
{
    qputenv("OTBRIDGE_SECRET_API_TOKEN", apiToken);
    EngineOptions options;
    options.dataDir = m_dir.path();
    // Approval escalation waits 60 minutes in the sample; here 60 × 60 × 0.0005 = 1.8 s.
    options.delayScale = 0.0005;
    const auto url = m_engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QVERIFY(!m_engine.sandboxUrl().isEmpty());
    m_samples = readJson(QStringLiteral(":/samples/index.json")).value("samples").toArray();
    // The API token is read asynchronously; wait until it is in force.
    QTRY_COMPARE_WITH_TIMEOUT(
        TestHttp::exchange(quint16(m_engine.url().port()),
                           TestHttp::request("POST",
                                             "/api/v1/events/"
                                             "00000000-0000-0000-0000-000000000000/ack",
                                             {}, {{"Authorization", "Bearer x"}}))
            .status,
        401, 5000);
}

void tst_UseCases::cleanupTestCase()
{
    m_engine.stop();
}

void tst_UseCases::init()
{
    QCOMPARE(sandbox("DELETE", "/admin/inbox").status, 204);
}

TestHttp::Response tst_UseCases::sandbox(const QByteArray &method, const QByteArray &path,
                                         const QByteArray &body)
{
    return TestHttp::exchange(
        quint16(m_engine.sandboxUrl().port()),
        TestHttp::request(method, path, body, {{"Content-Type", "application/json"}}));
}

QJsonObject tst_UseCases::sample(int useCase) const
{
    for (const QJsonValue &entry : m_samples) {
        if (entry.toObject().value("use_case").toInt() == useCase)
            return entry.toObject();
    }
    return {};
}

QString tst_UseCases::fire(int useCase, const QJsonObject &override)
{
    const QJsonObject entry = sample(useCase);
    QJsonObject body = readJson(QStringLiteral(":/samples/") + entry.value("file").toString());
    for (auto it = override.begin(); it != override.end(); ++it)
        body.insert(it.key(), it.value());
    const TestHttp::Response response = TestHttp::exchange(
        quint16(m_engine.url().port()),
        TestHttp::request("POST", "/hooks/" + entry.value("source").toString().toLatin1(),
                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                          {{"Content-Type", "application/json"}}));
    if (response.status != 202) {
        qWarning() << "use case" << useCase << "answered" << response.status << response.body;
        return {};
    }
    return response.json().value("id").toString();
}

QJsonArray tst_UseCases::inbox()
{
    return sandbox("GET", "/admin/inbox").json().value("messages").toArray();
}

QJsonObject tst_UseCases::waitForMessage(const std::function<bool(const QJsonObject &)> &match,
                                         int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const QJsonValue &message : inbox()) {
            if (match(message.toObject()))
                return message.toObject();
        }
        QTest::qWait(50);
    }
    return {};
}

QJsonObject tst_UseCases::status(const QString &id)
{
    return TestHttp::exchange(
               quint16(m_engine.url().port()),
               TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                 {{"Authorization", QByteArray("Bearer ") + apiToken}}))
        .json();
}

bool tst_UseCases::waitForStatus(const QString &id,
                                 const std::function<bool(const QJsonObject &)> &match,
                                 int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (match(status(id)))
            return true;
        QTest::qWait(50);
    }
    qWarning().noquote() << QJsonDocument(status(id)).toJson();
    return false;
}

void tst_UseCases::manifestListsSevenUseCases()
{
    QCOMPARE(m_samples.size(), 7);
    for (int useCase = 1; useCase <= 7; ++useCase) {
        const QJsonObject entry = sample(useCase);
        QVERIFY2(!entry.isEmpty(), qPrintable(QString::number(useCase)));
        QVERIFY(m_engine.workspace().source(entry.value("source").toString()));
        QVERIFY(!readJson(QStringLiteral(":/samples/") + entry.value("file").toString()).isEmpty());
        // Every use case's source has a rule.
        QVERIFY2(!m_engine.workspace().rulesFor(entry.value("source").toString()).isEmpty(),
                 qPrintable(entry.value("source").toString()));
    }
}

void tst_UseCases::useCase1ContractReviewEmailsLegal()
{
    const QString id = fire(1);
    QVERIFY(!id.isEmpty());
    const QJsonObject message = waitForMessage(
        [](const QJsonObject &m) { return m.value("channel").toString() == "email"; });
    QVERIFY(!message.isEmpty());
    QCOMPARE(addresses(message),
             (QStringList {"dana.reyes@example.com", "marc.olsen@example.com"}));
    const QJsonObject email = message.value("email").toObject();
    QCOMPARE(email.value("subject").toString(),
             QStringLiteral("Legal review: CTR-2026-0418 Master services agreement — Northwind "
                            "Traders"));
    QVERIFY2(email.value("text").toString().contains(
                 "https://contracts.example.com/contracts/CTR-2026-0418"),
             qPrintable(email.value("text").toString()));
    // The submit id is the delivery id, and the status API ties the job to it.
    QVERIFY(message.value("submit_id").toString().startsWith(id + ".contract-review."));
    QVERIFY(waitForStatus(id, [&](const QJsonObject &s) {
        const QJsonObject delivery = s.value("deliveries").toArray().at(0).toObject();
        return delivery.value("state") == "delivered"
            && delivery.value("opentext_job_id") == message.value("job_id")
            && delivery.value("opentext_state") == "delivered" && s.value("state") == "delivered";
    }));
}

void tst_UseCases::useCase2FailedJobOpensIncidentAndPage()
{
    const QString id = fire(2);
    QVERIFY(!id.isEmpty());
    const QJsonObject incident = waitForMessage(
        [](const QJsonObject &m) { return m.value("name").toString() == "servicenow"; });
    QVERIFY(!incident.isEmpty());
    QCOMPARE(incident.value("method").toString(), QStringLiteral("POST"));
    QCOMPARE(incident.value("path").toString(),
             QStringLiteral("/capture/servicenow/api/now/table/incident"));
    const QJsonObject snow
        = QJsonDocument::fromJson(incident.value("body").toString().toUtf8()).object();
    QCOMPARE(snow.value("short_description").toString(),
             QStringLiteral("OpenText job xsi-100384112 failed: BAD_DESTINATION"));
    QCOMPARE(snow.value("correlation_id").toString(), QStringLiteral("xsi-100384112"));

    const QJsonObject page = waitForMessage(
        [](const QJsonObject &m) { return m.value("name").toString() == "pagerduty"; });
    QVERIFY(!page.isEmpty());
    const QJsonObject event
        = QJsonDocument::fromJson(page.value("body").toString().toUtf8()).object();
    QCOMPARE(event.value("event_action").toString(), QStringLiteral("trigger"));
    QCOMPARE(event.value("dedup_key").toString(), QStringLiteral("opentext-job-xsi-100384112"));
    QCOMPARE(event.value("payload").toObject().value("severity").toString(),
             QStringLiteral("error"));
    QCOMPARE(event.value("payload").toObject().value("summary").toString(),
             QStringLiteral("OpenText job xsi-100384112 failed: Mailbox unavailable: 550 5.1.1 "
                            "user unknown"));
    QVERIFY(waitForStatus(id, [](const QJsonObject &s) {
        const QJsonArray deliveries = s.value("deliveries").toArray();
        return deliveries.size() == 2 && deliveries.at(0).toObject().value("state") == "delivered"
            && deliveries.at(1).toObject().value("state") == "delivered";
    }));
}

void tst_UseCases::useCase3RegulatedDocumentNotifiesCompliance()
{
    const QString id = fire(3);
    QVERIFY(!id.isEmpty());
    const QJsonObject message = waitForMessage(
        [](const QJsonObject &m) { return m.value("channel").toString() == "email"; });
    QVERIFY(!message.isEmpty());
    QCOMPARE(addresses(message),
             (QStringList {"amara.okafor@example.com", "jonas.weber@example.com"}));
    QCOMPARE(message.value("email").toObject().value("subject").toString(),
             QStringLiteral("Regulated document updated: DOC-77812 Product safety data sheet — "
                            "Solvent X-200 (version 4.2)"));
    // The portal reads back what happened to its event.
    QVERIFY(waitForStatus(id, [](const QJsonObject &s) {
        const QJsonObject delivery = s.value("deliveries").toArray().at(0).toObject();
        return s.value("state") == "delivered" && delivery.value("rule") == "regulated-document"
            && delivery.value("target") == "opentext" && delivery.value("attempts") == 1
            && delivery.value("opentext_state") == "delivered"
            && delivery.value("opentext_job_id").toString().startsWith("xsi-");
    }));
    // A document that is not regulated matches no rule.
    const QString other
        = fire(3, {{"document", QJsonObject {{"id", "DOC-1"}, {"classification", "public"}}}});
    QVERIFY(
        waitForStatus(other, [](const QJsonObject &s) { return s.value("state") == "routed"; }));
    QCOMPARE(status(other).value("deliveries").toArray().size(), 0);
}

void tst_UseCases::useCase4OverdueApprovalEscalates()
{
    const QString id = fire(4);
    QVERIFY(!id.isEmpty());
    const QJsonObject first = waitForMessage([](const QJsonObject &m) {
        return m.value("channel").toString() == "email"
            && m.value("email").toObject().value("subject").toString().startsWith("Overdue");
    });
    QCOMPARE(addresses(first), QStringList {"marcus.lee@example.com"});
    QCOMPARE(first.value("email").toObject().value("subject").toString(),
             QStringLiteral("Overdue approval APR-3391: Purchase order PO-88120 (EUR 18,400)"));

    // Tier 1 (after 60 min, shortened): the approver's manager by email and SMS.
    const QJsonObject managerEmail = waitForMessage([](const QJsonObject &m) {
        return m.value("channel").toString() == "email"
            && m.value("email").toObject().value("subject").toString().startsWith("Escalation:");
    });
    QCOMPARE(addresses(managerEmail), QStringList {"priya.raman@example.com"});
    // No public URL here: no acknowledgement link, rather than one the manager cannot use
    // (tst_acklinks has the links).
    QVERIFY(managerEmail.value("email").toObject().value("text").toString().endsWith(
        "Please follow up: https://erp.example.com/approvals/APR-3391\n"));
    const QJsonObject managerSms = waitForMessage(
        [](const QJsonObject &m) { return m.value("channel").toString() == "sms"; });
    QCOMPARE(addresses(managerSms), QStringList {"+15551230002"});
    QCOMPARE(
        managerSms.value("sms").toObject().value("text").toString(),
        QStringLiteral("Escalation: approval APR-3391 (Purchase order PO-88120 (EUR 18,400)) "
                       "is overdue with Marcus Lee. https://erp.example.com/approvals/APR-3391"));

    // Tier 2: management, since nobody acknowledged.
    const QJsonObject management = waitForMessage([](const QJsonObject &m) {
        return m.value("email").toObject().value("subject").toString().startsWith(
            "Escalation tier 2");
    });
    QCOMPARE(addresses(management), QStringList {"helena.brandt@example.com"});
    QVERIFY(waitForStatus(id, [](const QJsonObject &s) {
        const QJsonObject escalation = s.value("escalation").toObject();
        return escalation.value("state") == "exhausted" && escalation.value("tiers_fired") == 2
            && s.value("deliveries").toArray().size() == 4;
    }));
    // Each tier also told Teams.
    QVERIFY(!waitForMessage([](const QJsonObject &m) {
                 return m.value("name").toString() == "teams";
             }).isEmpty());

    // A second approval, acknowledged in time, escalates no further.
    sandbox("DELETE", "/admin/inbox");
    const QString acked = fire(4);
    // At once: tier 1 is due 1.8 s after the event.
    const TestHttp::Response ack = TestHttp::exchange(
        quint16(m_engine.url().port()),
        TestHttp::request("POST", "/api/v1/events/" + acked.toLatin1() + "/ack",
                          R"({"by": "priya.raman"})",
                          {{"Authorization", QByteArray("Bearer ") + apiToken},
                           {"Content-Type", "application/json"}}));
    QCOMPARE(ack.status, 200);
    QVERIFY(!waitForMessage([](const QJsonObject &m) {
                 return m.value("email").toObject().value("subject").toString().startsWith(
                     "Overdue");
             }).isEmpty());
    // Both tiers (1.8 s and 3.6 s after the event) are out of what the dispatcher may fire:
    // dueEscalations() asked a day ahead has none of this event.
    const auto due
        = m_engine.deliveries()->dueEscalations(QDateTime::currentDateTimeUtc().addDays(1), 1000);
    QVERIFY2(due.ok(), qPrintable(due.error()));
    for (const EscalationRecord &tier : due.value())
        QVERIFY2(tier.eventId != QUuid::fromString(acked), "an acknowledged approval can escalate");
    for (const QJsonValue &message : inbox())
        QVERIFY2(
            !message.toObject().value("email").toObject().value("subject").toString().startsWith(
                "Escalation"),
            "an acknowledged approval escalated");
    QCOMPARE(status(acked).value("escalation").toObject().value("state").toString(),
             QStringLiteral("acknowledged"));
}

void tst_UseCases::useCase5PublishedContentReachesMarketing()
{
    const QString id = fire(5);
    QVERIFY(!id.isEmpty());
    const QJsonObject request = waitForMessage(
        [](const QJsonObject &m) { return m.value("name").toString() == "marketing"; });
    QVERIFY(!request.isEmpty());
    QCOMPARE(request.value("method").toString(), QStringLiteral("POST"));
    const QJsonObject body
        = QJsonDocument::fromJson(request.value("body").toString().toUtf8()).object();
    QCOMPARE(body.value("type").toString(), QStringLiteral("content.published"));
    QCOMPARE(body.value("event_id").toString(), id);
    QCOMPARE(body.value("campaign").toString(), QStringLiteral("winter-2026"));
    QCOMPARE(body.value("content").toObject().value("url").toString(),
             QStringLiteral("https://www.example.com/catalogue/winter-2026"));
    bool idempotencyKey = false;
    for (const QJsonValue &header : request.value("headers").toArray()) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare("Idempotency-Key", Qt::CaseInsensitive) == 0) {
            QCOMPARE(pair.at(1).toString(), id + QStringLiteral(".content-published.0"));
            idempotencyKey = true;
        }
    }
    QVERIFY(idempotencyKey);
    QVERIFY(
        waitForStatus(id, [](const QJsonObject &s) { return s.value("state") == "delivered"; }));
}

void tst_UseCases::useCase6FailedDeliveryAlertsSupportAndCanBeRetried()
{
    // OpenText refuses the next two submits for good (400): the customer's email and SMS die.
    QCOMPARE(sandbox("PUT", "/admin/faults", R"({"fail_next": 2, "error_status": 400})").status,
             200);
    const QString id = fire(6);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitForStatus(id, [](const QJsonObject &s) {
        const QJsonArray deliveries = s.value("deliveries").toArray();
        return s.value("state") == "failed" && deliveries.size() == 2
            && deliveries.at(0).toObject().value("state") == "dead"
            && deliveries.at(1).toObject().value("state") == "dead";
    }));
    const QJsonObject dead = status(id).value("deliveries").toArray().at(0).toObject();
    QVERIFY2(dead.value("last_error").toString().contains("400"),
             qPrintable(dead.value("last_error").toString()));

    // Support hears of it in Slack and by email.
    const QJsonObject slack = waitForMessage(
        [](const QJsonObject &m) { return m.value("name").toString() == "slack"; });
    QVERIFY(!slack.isEmpty());
    QVERIFY2(slack.value("body").toString().contains("case-update"),
             qPrintable(slack.value("body").toString()));
    const QJsonObject supportEmail = waitForMessage([](const QJsonObject &m) {
        return m.value("email").toObject().value("subject").toString().startsWith(
            "Delivery to opentext failed");
    });
    QCOMPARE(addresses(supportEmail),
             (QStringList {"kim.novak@example.com", "ravi.shah@example.com"}));

    // The caller retries over HTTP; OpenText takes them now.
    const TestHttp::Response retried = TestHttp::exchange(
        quint16(m_engine.url().port()),
        TestHttp::request("POST", "/api/v1/events/" + id.toLatin1() + "/retry", {},
                          {{"Authorization", QByteArray("Bearer ") + apiToken}}));
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json().value("retried").toInt(), 2);
    QVERIFY(
        waitForStatus(id, [](const QJsonObject &s) { return s.value("state") == "delivered"; }));
    const QJsonObject sms = waitForMessage([](const QJsonObject &m) {
        return m.value("channel").toString() == "sms"
            && m.value("sms").toObject().value("text").toString().startsWith("Case CASE-20931");
    });
    QCOMPARE(addresses(sms), QStringList {"+15557650199"});
}

void tst_UseCases::useCase6UndeliverableMessageOpensIncident()
{
    // OpenText takes the job but cannot deliver it (the sandbox fails addresses with "fail").
    const QString id = fire(6,
                            {{"case",
                              QJsonObject {{"id", "CASE-1"},
                                           {"subject", "s"},
                                           {"status", "open"},
                                           {"customer",
                                            QJsonObject {{"name", "N"},
                                                         {"email", "fail@example.net"},
                                                         {"phone", "+15557650100"}}}}}});
    QVERIFY(!id.isEmpty());
    const QJsonObject incident = waitForMessage(
        [](const QJsonObject &m) { return m.value("name").toString() == "servicenow"; });
    QVERIFY(!incident.isEmpty());
    const QJsonObject snow
        = QJsonDocument::fromJson(incident.value("body").toString().toUtf8()).object();
    QVERIFY2(snow.value("short_description").toString().endsWith("to fail@example.net"),
             qPrintable(snow.value("short_description").toString()));
    QVERIFY(waitForStatus(id, [](const QJsonObject &s) {
        const QJsonObject email = s.value("deliveries").toArray().at(0).toObject();
        return email.value("state") == "delivered" && email.value("opentext_state") == "failed"
            && s.value("state") == "failed";
    }));
}

void tst_UseCases::useCase7ExpiredDocumentRoutedByRole()
{
    const QString id = fire(7);
    QVERIFY(!id.isEmpty());
    const QJsonObject message = waitForMessage(
        [](const QJsonObject &m) { return m.value("channel").toString() == "email"; });
    QVERIFY(!message.isEmpty());
    // procurement, legal and finance, from the payload's owner_roles.
    QCOMPARE(addresses(message),
             (QStringList {"dana.reyes@example.com", "lukas.meyer@example.com",
                           "marc.olsen@example.com", "priya.natarajan@example.com",
                           "sofia.rossi@example.com", "tom.becker@example.com"}));
    // A digest per owner roles and 10 minutes (0.3 s here) of this one event.
    QCOMPARE(message.value("email").toObject().value("subject").toString(),
             QStringLiteral("Expired supplier documents (1)"));
    QVERIFY(message.value("email").toObject().value("text").toString().contains(
        QStringLiteral("- Acme Industrial Supplies (SUP-0042): insurance_certificate "
                       "INS-2025-7781, expired on 2026-11-19.")));
    const QJsonObject jira
        = waitForMessage([](const QJsonObject &m) { return m.value("name").toString() == "jira"; });
    QVERIFY(!jira.isEmpty());
    const QJsonObject fields = QJsonDocument::fromJson(jira.value("body").toString().toUtf8())
                                   .object()
                                   .value("fields")
                                   .toObject();
    QCOMPARE(fields.value("project").toObject().value("key").toString(), QStringLiteral("PROC"));
    QCOMPARE(fields.value("summary").toString(),
             QStringLiteral("Renew 1 expired supplier document(s)"));
    QVERIFY(
        waitForStatus(id, [](const QJsonObject &s) { return s.value("state") == "delivered"; }));
}

QTEST_MAIN(tst_UseCases)
#include "tst_usecases.moc"
