// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/opentextclient.h"
#include "engine/engine.h"
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

// A fresh workspace works end to end with no account: the engine starts the built-in sandbox,
// its client submits there, and the sandbox pushes job status back to /hooks/opentext-status,
// where the listener stores it and the client reads it.
class tst_EngineSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultWorkspaceUsesTheBuiltInSandbox();
    void pushedStatusReachesTheClient();
    void switchingToARealAccountAndBack();
    void emailWhoseSubjectRendersEmptyIsNotSent();
    void submitAnsweredWithoutJobIdIsDeliveredOnce();

private:
    // An engine whose workspace emails every event of source "forms" through the sandbox
    // process account, subject "{{title}}".
    bool startWithAccount(Engine &engine, const SandboxProcess &account);
    static QUuid post(const Engine &engine, const QByteArray &body);
    static QJsonArray inbox(const SandboxProcess &account);

    QTemporaryDir m_dir;
};

void tst_EngineSandbox::defaultWorkspaceUsesTheBuiltInSandbox()
{
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir.path();
    const auto url = engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QVERIFY(!engine.sandboxUrl().isEmpty());
    QCOMPARE(engine.sandboxUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(engine.openTextClient());
    const OpenTextTarget target = engine.sandboxTarget();
    QVERIFY(target.sandbox);
    QCOMPARE(target.messagingUrl.path(), QStringLiteral("/mra/v1"));
    QVERIFY(!engine.sandboxSecret().isEmpty());

    // The sandbox's credentials are made up at start: a guess is refused.
    const TestHttp::Response refused = TestHttp::exchange(
        quint16(engine.sandboxUrl().port()),
        TestHttp::request("POST", "/tenants/sandbox/oauth2/token", "grant_type=client_credentials",
                          {{"Content-Type", "application/x-www-form-urlencoded"},
                           {"Authorization", "Basic " + QByteArray("otbridge:guess").toBase64()}}));
    QCOMPARE(refused.status, 401);
    engine.stop();
    QVERIFY(engine.sandboxUrl().isEmpty());
}

void tst_EngineSandbox::pushedStatusReachesTheClient()
{
    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir.path();
    const auto url = engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    OpenTextClient *client = engine.openTextClient();

    QList<SubmitOutcome> outcomes;
    QList<OpenTextJobStatus> statuses;
    connect(client, &OpenTextClient::submitted, this,
            [&](const QString &, const SubmitOutcome &outcome) { outcomes.append(outcome); });
    connect(client, &OpenTextClient::statusReceived, this,
            [&](const OpenTextJobStatus &status) { statuses.append(status); });

    OpenTextMessage message;
    message.channel = OpenTextChannel::Sms;
    message.destinations = {{QStringLiteral("+4915112345678"), {}, {}, {}}};
    message.text = QStringLiteral("Approval A-7 is overdue");
    QMetaObject::invokeMethod(
        client, [client, message] { client->submit(QStringLiteral("d-1"), message); });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 10000);
    QVERIFY2(outcomes.first().kind == SubmitOutcome::Kind::Accepted,
             qPrintable(outcomes.first().error));
    const QString jobId = outcomes.first().jobIds.value(0);

    // No polling was asked for: every status comes from the sandbox's pushes.
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && statuses.last().isComplete(), 15000);
    QCOMPARE(statuses.last().jobId, jobId);
    QCOMPARE(statuses.last().deliveries.value(0).state(),
             OpenTextDestinationStatus::State::Delivered);

    // Each push was stored as an event of the opentext-status source first.
    int stored = 0;
    for (const EventSummary &summary : engine.store()->recent(100))
        stored += summary.source == Engine::statusSourceName() ? 1 : 0;
    QCOMPARE(stored, statuses.size());
    engine.stop();
}

void tst_EngineSandbox::switchingToARealAccountAndBack()
{
    // A "real" account: a separate sandbox process with its own credentials; the secret comes
    // from the environment, as on a headless server.
    SandboxProcess account;
    QVERIFY2(account.start({QStringLiteral("--client-id"), QStringLiteral("acme"),
                            QStringLiteral("--client-secret"), QStringLiteral("acme-secret")}),
             account.output().constData());
    qputenv("OTBRIDGE_SECRET_OPENTEXT_ACME", "acme-secret");

    Engine engine;
    EngineOptions options;
    options.dataDir = m_dir.path();
    const auto url = engine.start(options);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QVERIFY(!engine.sandboxUrl().isEmpty());
    QSignalSpy changed(&engine, &Engine::openTextTargetChanged);

    OpenTextTarget target;
    target.name = QStringLiteral("opentext");
    target.messagingUrl = account.baseUrl().resolved(QUrl(QStringLiteral("/mra/v1")));
    target.authUrl = account.baseUrl();
    target.tenantId = QStringLiteral("acme-tenant");
    target.clientId = QStringLiteral("acme");
    target.secretRef = QStringLiteral("opentext/acme");
    QVERIFY(engine.setOpenTextTarget(target).ok());
    QCOMPARE(changed.size(), 1);
    // The default workspace's HTTP targets still capture into the sandbox, so it stays up;
    // OpenText messages go to the account (the connection test below reaches it).
    QVERIFY(!engine.sandboxUrl().isEmpty());
    QCOMPARE(engine.workspace().openTextTarget()->clientId, QStringLiteral("acme"));

    OpenTextClient *client = engine.openTextClient();
    QList<bool> results;
    connect(client, &OpenTextClient::connectionTested, this,
            [&](bool ok, const QString &) { results.append(ok); });
    // The secret is read asynchronously: ask until the client has it (bounded).
    for (int attempt = 0; attempt < 20 && (results.isEmpty() || !results.last()); ++attempt) {
        const qsizetype before = results.size();
        QMetaObject::invokeMethod(client, [client] { client->testConnection(); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), before + 1, 5000);
    }
    QVERIFY(!results.isEmpty() && results.last());

    OpenTextTarget sandbox = target;
    sandbox.sandbox = true;
    QVERIFY(engine.setOpenTextTarget(sandbox).ok());
    QCOMPARE(changed.size(), 2);
    QVERIFY(!engine.sandboxUrl().isEmpty());
    engine.stop();
    qunsetenv("OTBRIDGE_SECRET_OPENTEXT_ACME");
}

bool tst_EngineSandbox::startWithAccount(Engine &engine, const SandboxProcess &account)
{
    qputenv("OTBRIDGE_SECRET_OPENTEXT_ACME", "acme-secret");
    const QJsonObject target {
        {"name", "opentext"},
        {"type", "opentext"},
        {"messaging_url", account.baseUrl().resolved(QUrl(QStringLiteral("/mra/v1"))).toString()},
        {"auth", "oauth2"},
        {"auth_url", account.baseUrl().toString()},
        {"tenant_id", "acme-tenant"},
        {"client_id", "acme"},
        {"secret_ref", "opentext/acme"}};
    const QJsonObject action {{"type", "opentext"},
                              {"target", "opentext"},
                              {"channel", "email"},
                              {"to", QJsonObject {{"addresses", QJsonArray {"legal@example.com"}}}},
                              {"subject", "{{title}}"},
                              {"text", "Form {{id}}"}};
    const QJsonObject rule {{"name", "forms-by-email"},
                            {"trigger", QJsonObject {{"sources", QJsonArray {"forms"}}}},
                            {"actions", QJsonArray {action}}};
    const QJsonObject workspace {
        {"version", 1},
        {"name", "opentext edges"},
        {"sources", QJsonArray {QJsonObject {{"name", "forms"}, {"format", "json"}}}},
        {"targets", QJsonArray {target}},
        {"rules", QJsonArray {rule}},
        {"roles", QJsonArray {}}};
    const QString path = m_dir.filePath(QStringLiteral("edges.json"));
    QFile file(path);
    const QByteArray json = QJsonDocument(workspace).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return false;
    file.close();
    EngineOptions options;
    options.dataDir = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    options.workspacePath = path;
    const auto url = engine.start(options);
    if (!url)
        qWarning().noquote() << url.error();
    return url.ok();
}

QUuid tst_EngineSandbox::post(const Engine &engine, const QByteArray &body)
{
    const TestHttp::Response response = TestHttp::exchange(
        quint16(engine.url().port()),
        TestHttp::request("POST", "/hooks/forms", body, {{"Content-Type", "application/json"}}));
    return QUuid::fromString(response.json().value(QLatin1String("id")).toString());
}

QJsonArray tst_EngineSandbox::inbox(const SandboxProcess &account)
{
    return TestHttp::get(quint16(account.baseUrl().port()), "/admin/inbox")
        .json()
        .value(QLatin1String("messages"))
        .toArray();
}

void tst_EngineSandbox::emailWhoseSubjectRendersEmptyIsNotSent()
{
    SandboxProcess account;
    QVERIFY2(account.start({QStringLiteral("--client-id"), QStringLiteral("acme"),
                            QStringLiteral("--client-secret"), QStringLiteral("acme-secret")}),
             account.output().constData());
    Engine engine;
    QVERIFY(startWithAccount(engine, account));

    // No title: the subject renders empty, and routing stores the delivery dead with why.
    const QUuid untitled = post(engine, R"({"id": "F-1"})");
    QVERIFY(!untitled.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(engine.deliveries()->deliveriesForEvent(untitled).size(), 1, 10000);
    const DeliveryRecord dead = engine.deliveries()->deliveriesForEvent(untitled).first();
    QCOMPARE(dead.state, DeliveryState::Dead);
    QVERIFY2(dead.lastError.startsWith(QLatin1String("rule 'forms-by-email'")),
             qPrintable(dead.lastError));
    QVERIFY2(dead.lastError.endsWith(QLatin1String(
                 "subject: rendered empty (no value for {{title}}); an email needs a subject")),
             qPrintable(dead.lastError));

    // The same rule with a title is sent: the account works, only the empty subject was held.
    const QUuid titled = post(engine, R"({"id": "F-2", "title": "Form F-2 is in"})");
    QTRY_COMPARE_WITH_TIMEOUT(inbox(account).size(), 1, 15000);
    const QJsonObject sent = inbox(account).first().toObject();
    QCOMPARE(
        sent.value(QLatin1String("email")).toObject().value(QLatin1String("subject")).toString(),
        QStringLiteral("Form F-2 is in"));
    QTRY_VERIFY_WITH_TIMEOUT(engine.deliveries()->deliveriesForEvent(titled).value(0).state
                                 == DeliveryState::Delivered,
                             10000);
    QCOMPARE(inbox(account).size(), 1);
    engine.stop();
    qunsetenv("OTBRIDGE_SECRET_OPENTEXT_ACME");
}

void tst_EngineSandbox::submitAnsweredWithoutJobIdIsDeliveredOnce()
{
    SandboxProcess account;
    QVERIFY2(account.start({QStringLiteral("--client-id"), QStringLiteral("acme"),
                            QStringLiteral("--client-secret"), QStringLiteral("acme-secret")}),
             account.output().constData());
    const TestHttp::Response faulted = TestHttp::exchange(
        quint16(account.baseUrl().port()),
        TestHttp::request("PUT", "/admin/faults", R"({"omit_job_id_next": 1})"));
    QCOMPARE(faulted.status, 200);
    Engine engine;
    QVERIFY(startWithAccount(engine, account));

    const QUuid event = post(engine, R"({"id": "F-3", "title": "Form F-3 is in"})");
    QVERIFY(!event.isNull());
    // Accepted without a job id: delivered (OpenText has it), not dead, so nobody replays it.
    QTRY_VERIFY_WITH_TIMEOUT(engine.deliveries()->deliveriesForEvent(event).value(0).state
                                 == DeliveryState::Delivered,
                             15000);
    const DeliveryRecord delivered = engine.deliveries()->deliveriesForEvent(event).first();
    QCOMPARE(delivered.openTextJobId, QStringLiteral("submit:") + delivered.id);
    QCOMPARE(delivered.attempts, 1);
    const QJsonArray messages = inbox(account);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QLatin1String("submit_id")).toString(),
             delivered.id);
    QCOMPARE(engine.deliveries()->deadLetters({}, {}).size(), 0);
    engine.stop();
    qunsetenv("OTBRIDGE_SECRET_OPENTEXT_ACME");
}

QTEST_GUILESS_MAIN(tst_EngineSandbox)
#include "tst_enginesandbox.moc"
