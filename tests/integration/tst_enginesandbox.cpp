// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/opentextclient.h"
#include "engine/engine.h"
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
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

private:
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

QTEST_GUILESS_MAIN(tst_EngineSandbox)
#include "tst_enginesandbox.moc"
