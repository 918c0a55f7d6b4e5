// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/opentextclient.h"
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace OtBridge;

// The client against the real sandbox process over loopback: tokens, every channel, the
// outcome of every fault the sandbox can inject, split fan-outs and status polling.
class tst_OpenTextClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenIsFetchedOnceAndReused();
    void everyChannelIsAccepted_data();
    void everyChannelIsAccepted();
    void tokenExpiringMidRunIsRefreshedBeforeUse();
    void expiredTokenIsRefreshedOnceAndRetriedOnce();
    void tokenWithoutExpiresInIsUsedUntil401();
    void persistent401FailsAfterOneRefresh();
    void invalidClientFailsClearlyWithoutRetryStorm();
    void basicAuth();
    void wrongBasicPasswordIsPermanent();
    void rateLimitHonoursRetryAfter();
    void serverErrorsAreRetriedLater_data();
    void serverErrorsAreRetriedLater();
    void badRequestIsPermanentWithOpenTextsWords();
    void timeoutIsRetriedLater();
    void droppedConnectionIsRetriedLater();
    void refusedConnectionIsRetriedLater();
    void fanOutIsSplitIntoJobs();
    void failedSplitReportsAcceptedJobsAndResumes();
    void pollingFollowsTheJobToConfirmed();
    void pollingReportsFailedDestinations();
    void pushedStatusStopsPolling();
    void pushedStatusDefersThePoll();
    void unknownJobStatusFailsWithoutRetry();
    void statusQueriesHonourRetryAfter();
    void submitAcceptedWithoutJobIdIsNotSentAgain();
    void testConnectionReportsInWords();
    void reconfiguringDropsATokenUnderWay();
    void unavailableSecretSendsNothing();
    void slotMayStopPollingOnStatus();
    void resumingPastTheLastJobIsRefused();

private:
    struct Setup
    {
        std::unique_ptr<SandboxProcess> sandbox;
        std::unique_ptr<OpenTextClient> client;
    };
    static Setup start(const QStringList &flags = {},
                       const QString &secret = QStringLiteral("s3cret"));
    static OpenTextTarget oauthTarget(const QUrl &base);
    static SubmitOutcome submitAndWait(OpenTextClient &client, const QString &deliveryId,
                                       const OpenTextMessage &message, int firstJob = 0);
    static OpenTextMessage sms(const QStringList &numbers,
                               const QString &text = QStringLiteral("Hello"));
    static void setFaults(const SandboxProcess &sandbox, const QJsonObject &faults);
    static QJsonArray inbox(const SandboxProcess &sandbox);
    static QJsonObject faults(const SandboxProcess &sandbox);
};

OpenTextTarget tst_OpenTextClient::oauthTarget(const QUrl &base)
{
    OpenTextTarget target;
    target.messagingUrl = base.resolved(QUrl(QStringLiteral("/mra/v1")));
    target.authUrl = base;
    target.tenantId = QStringLiteral("tenant-1");
    target.clientId = QStringLiteral("client-1");
    target.timeoutMs = 5000;
    return target;
}

tst_OpenTextClient::Setup tst_OpenTextClient::start(const QStringList &flags, const QString &secret)
{
    Setup setup;
    setup.sandbox = std::make_unique<SandboxProcess>();
    const bool started = setup.sandbox->start(
        QStringList {QStringLiteral("--client-id"), QStringLiteral("client-1"),
                     QStringLiteral("--client-secret"), QStringLiteral("s3cret"),
                     QStringLiteral("--user"), QStringLiteral("basic-user"),
                     QStringLiteral("--password"), QStringLiteral("basic-pass"),
                     QStringLiteral("--sent-after-ms"), QStringLiteral("150"),
                     QStringLiteral("--confirmed-after-ms"), QStringLiteral("400")}
        + flags);
    if (!started) {
        qWarning("sandbox did not start: %s", setup.sandbox->output().constData());
        setup.sandbox.reset();
        return setup;
    }
    setup.client = std::make_unique<OpenTextClient>();
    setup.client->configure(oauthTarget(setup.sandbox->baseUrl()), secret);
    return setup;
}

SubmitOutcome tst_OpenTextClient::submitAndWait(OpenTextClient &client, const QString &deliveryId,
                                                const OpenTextMessage &message, int firstJob)
{
    QSignalSpy spy(&client, &OpenTextClient::submitted);
    client.submit(deliveryId, message, firstJob);
    if (!spy.wait(15000) || spy.size() != 1) {
        SubmitOutcome none;
        none.error = QStringLiteral("no submitted() signal");
        return none;
    }
    const QList<QVariant> arguments = spy.takeFirst();
    if (arguments.at(0).toString() != deliveryId) {
        SubmitOutcome wrong;
        wrong.error = QStringLiteral("submitted() for another delivery");
        return wrong;
    }
    return arguments.at(1).value<SubmitOutcome>();
}

OpenTextMessage tst_OpenTextClient::sms(const QStringList &numbers, const QString &text)
{
    OpenTextMessage message;
    message.channel = OpenTextChannel::Sms;
    for (const QString &number : numbers)
        message.destinations.append({number, {}, {}, {}});
    message.text = text;
    return message;
}

void tst_OpenTextClient::setFaults(const SandboxProcess &sandbox, const QJsonObject &faults)
{
    const TestHttp::Response response = TestHttp::exchange(
        quint16(sandbox.baseUrl().port()),
        TestHttp::request("PUT", "/admin/faults",
                          QJsonDocument(faults).toJson(QJsonDocument::Compact)));
    QCOMPARE(response.status, 200);
}

QJsonArray tst_OpenTextClient::inbox(const SandboxProcess &sandbox)
{
    const TestHttp::Response response
        = TestHttp::get(quint16(sandbox.baseUrl().port()), "/admin/inbox");
    return response.json().value(QLatin1String("messages")).toArray();
}

QJsonObject tst_OpenTextClient::faults(const SandboxProcess &sandbox)
{
    return TestHttp::get(quint16(sandbox.baseUrl().port()), "/admin/faults").json();
}

#define START(setup, ...)                                                                          \
    Setup setup = start(__VA_ARGS__);                                                              \
    QVERIFY2(setup.client, "the sandbox process did not start")

static const QRegularExpression jobIdPattern(QStringLiteral("^xsi-\\d{10}$"));

void tst_OpenTextClient::tokenIsFetchedOnceAndReused()
{
    START(setup);
    for (int i = 0; i < 3; ++i) {
        const QString id = QStringLiteral("delivery-%1").arg(i);
        const SubmitOutcome outcome
            = submitAndWait(*setup.client, id, sms({QStringLiteral("+4915112345678")}));
        QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
        QCOMPARE(outcome.jobIds.size(), 1);
        QVERIFY2(jobIdPattern.match(outcome.jobIds.first()).hasMatch(),
                 qPrintable(outcome.jobIds.first()));
        QCOMPARE(outcome.httpStatus, 200);
    }
    QCOMPARE(setup.client->tokenRequests(), 1);
    // X-MRA-SubmitId carries our delivery id, so OpenText can trace a retried submit.
    const QJsonArray messages = inbox(*setup.sandbox);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("submit_id")).toString(),
             QStringLiteral("delivery-2"));
    QCOMPARE(messages.at(2).toObject().value(QLatin1String("submit_id")).toString(),
             QStringLiteral("delivery-0"));
}

void tst_OpenTextClient::everyChannelIsAccepted_data()
{
    QTest::addColumn<OpenTextMessage>("message");
    QTest::addColumn<QString>("channel");

    OpenTextMessage email;
    email.channel = OpenTextChannel::Email;
    email.destinations = {{QStringLiteral("legal@example.com"),
                           QStringLiteral("r1"),
                           QStringLiteral("Legal Team"),
                           {}}};
    email.subject = QStringLiteral("Contract C-1042 is ready for review");
    email.fromDisplayName = QStringLiteral("OT Bridge");
    email.text = QStringLiteral("Prüfung bitte – 契約");
    email.html = QStringLiteral("<p>Prüfung <b>bitte</b></p>");
    email.attachments = {{QStringLiteral("contract.txt"), QStringLiteral("text"),
                          QStringLiteral("UTF-8"), QByteArrayLiteral("Clause 1\nClause 2\n")}};
    QTest::newRow("email") << email << QStringLiteral("email");

    QTest::newRow("sms") << sms({QStringLiteral("+4915112345678")}) << QStringLiteral("sms");

    OpenTextMessage fax;
    fax.channel = OpenTextChannel::Fax;
    fax.destinations = {{QStringLiteral("+492211234567"), {}, {}, {}}};
    fax.attachments = {{QStringLiteral("notice.txt"),
                        QStringLiteral("text"),
                        {},
                        QByteArrayLiteral("Supplier certificate expired.")}};
    fax.coversheet = true;
    fax.coversheetFrom = QStringLiteral("Procurement");
    fax.coversheetSubject = QStringLiteral("Expired certificate");
    QTest::newRow("fax") << fax << QStringLiteral("fax");

    OpenTextMessage whatsapp;
    whatsapp.channel = OpenTextChannel::WhatsApp;
    whatsapp.destinations = {{QStringLiteral("4915112345678"), {}, {}, {}}};
    whatsapp.text = QStringLiteral("Case 77 was updated");
    QTest::newRow("whatsapp text") << whatsapp << QStringLiteral("whatsapp");

    OpenTextMessage templated = whatsapp;
    templated.text.clear();
    templated.templateId = QStringLiteral("case_update");
    templated.languageCode = QStringLiteral("en");
    templated.templateParameters = {{QStringLiteral("body[1]text"), QStringLiteral("77")}};
    QTest::newRow("whatsapp template") << templated << QStringLiteral("whatsapp");
}

void tst_OpenTextClient::everyChannelIsAccepted()
{
    QFETCH(OpenTextMessage, message);
    QFETCH(QString, channel);
    START(setup);
    const SubmitOutcome outcome = submitAndWait(*setup.client, QStringLiteral("d-1"), message);
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));

    const QJsonObject received = inbox(*setup.sandbox).at(0).toObject();
    QCOMPARE(received.value(QLatin1String("channel")).toString(), channel);
    QCOMPARE(received.value(QLatin1String("job_id")).toString(), outcome.jobIds.first());
    if (channel == QLatin1String("email")) {
        const QJsonObject email = received.value(QLatin1String("email")).toObject();
        QCOMPARE(email.value(QLatin1String("subject")).toString(), message.subject);
        QCOMPARE(email.value(QLatin1String("text")).toString(), message.text);
        QCOMPARE(email.value(QLatin1String("html")).toString(), message.html);
        QCOMPARE(email.value(QLatin1String("attachments")).toArray().size(), 1);
    } else if (channel == QLatin1String("sms")) {
        QCOMPARE(
            received.value(QLatin1String("sms")).toObject().value(QLatin1String("text")).toString(),
            message.text);
    } else if (channel == QLatin1String("fax")) {
        const QJsonArray documents = received.value(QLatin1String("fax"))
                                         .toObject()
                                         .value(QLatin1String("documents"))
                                         .toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("notice.txt"));
    } else {
        const QJsonObject whatsapp = received.value(QLatin1String("whatsapp")).toObject();
        if (message.templateId.isEmpty())
            QCOMPARE(whatsapp.value(QLatin1String("text")).toString(), message.text);
        else
            QCOMPARE(whatsapp.value(QLatin1String("template_id")).toString(), message.templateId);
    }
}

void tst_OpenTextClient::tokenExpiringMidRunIsRefreshedBeforeUse()
{
    // A 2 s token with a 1 s margin is renewed after a second, before the sandbox would say
    // it expired: no request ever meets a 401.
    START(setup, {QStringLiteral("--token-lifetime"), QStringLiteral("2")});
    setup.client->setTokenRefreshMargin(1);
    QVERIFY(
        submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")})).kind
        == SubmitOutcome::Kind::Accepted);
    QCOMPARE(setup.client->tokenRequests(), 1);
    QTest::qWait(1200);
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("b"), sms({QStringLiteral("+15550001")}));
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
    QCOMPARE(setup.client->tokenRequests(), 2);
}

void tst_OpenTextClient::expiredTokenIsRefreshedOnceAndRetriedOnce()
{
    START(setup);
    QVERIFY(
        submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")})).kind
        == SubmitOutcome::Kind::Accepted);
    setFaults(*setup.sandbox, {{QStringLiteral("expire_tokens_next"), 1}});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("b"), sms({QStringLiteral("+15550001")}));
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
    QCOMPARE(setup.client->tokenRequests(), 2);
    QCOMPARE(inbox(*setup.sandbox).size(), 2);
}

void tst_OpenTextClient::tokenWithoutExpiresInIsUsedUntil401()
{
    START(setup, {QStringLiteral("--no-expires-in")});
    for (const char *id : {"a", "b"})
        QVERIFY(submitAndWait(*setup.client, QString::fromLatin1(id),
                              sms({QStringLiteral("+15550001")}))
                    .kind
                == SubmitOutcome::Kind::Accepted);
    QCOMPARE(setup.client->tokenRequests(), 1);
    setFaults(*setup.sandbox, {{QStringLiteral("expire_tokens_next"), 1}});
    QVERIFY(
        submitAndWait(*setup.client, QStringLiteral("c"), sms({QStringLiteral("+15550001")})).kind
        == SubmitOutcome::Kind::Accepted);
    QCOMPARE(setup.client->tokenRequests(), 2);
}

void tst_OpenTextClient::persistent401FailsAfterOneRefresh()
{
    START(setup);
    setFaults(*setup.sandbox, {{QStringLiteral("expire_tokens_next"), 10}});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.httpStatus, 401);
    QVERIFY2(outcome.error.contains(QLatin1String("Access Token expired")),
             qPrintable(outcome.error));
    QCOMPARE(setup.client->tokenRequests(), 2);
    QCOMPARE(inbox(*setup.sandbox).size(), 0);
}

void tst_OpenTextClient::invalidClientFailsClearlyWithoutRetryStorm()
{
    START(setup, {}, QStringLiteral("wrong-secret"));
    QSignalSpy spy(setup.client.get(), &OpenTextClient::submitted);
    for (int i = 0; i < 5; ++i)
        setup.client->submit(QStringLiteral("d-%1").arg(i), sms({QStringLiteral("+15550001")}));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 5, 10000);
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        const SubmitOutcome outcome = arguments.at(1).value<SubmitOutcome>();
        QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
        QCOMPARE(outcome.httpStatus, 401);
        QCOMPARE(outcome.error,
                 QStringLiteral("OpenText refused the client credentials for tenant 'tenant-1': "
                                "Invalid ApiKey (oauth.v2.InvalidApiKey)"));
    }
    // Five submits waiting at once share one token request.
    QCOMPARE(setup.client->tokenRequests(), 1);
    QCOMPARE(inbox(*setup.sandbox).size(), 0);
}

void tst_OpenTextClient::basicAuth()
{
    START(setup);
    OpenTextTarget target = oauthTarget(setup.sandbox->baseUrl());
    target.auth = OpenTextTarget::Auth::Basic;
    target.user = QStringLiteral("basic-user");
    setup.client->configure(target, QStringLiteral("basic-pass"));
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
    QCOMPARE(setup.client->tokenRequests(), 0);
}

void tst_OpenTextClient::wrongBasicPasswordIsPermanent()
{
    START(setup);
    OpenTextTarget target = oauthTarget(setup.sandbox->baseUrl());
    target.auth = OpenTextTarget::Auth::Basic;
    target.user = QStringLiteral("basic-user");
    setup.client->configure(target, QStringLiteral("nope"));
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.httpStatus, 401);
    QVERIFY2(outcome.error.startsWith(QLatin1String("OpenText answered 401")),
             qPrintable(outcome.error));
    QCOMPARE(setup.client->tokenRequests(), 0);
}

void tst_OpenTextClient::rateLimitHonoursRetryAfter()
{
    START(setup);
    // The token request is the first one the sandbox sees: fetch it before the fault.
    QSignalSpy tested(setup.client.get(), &OpenTextClient::connectionTested);
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    setFaults(*setup.sandbox,
              {{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 7}});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, 429);
    QCOMPARE(outcome.retryAfterSeconds, std::optional<int>(7));
    QCOMPARE(inbox(*setup.sandbox).size(), 0);
}

void tst_OpenTextClient::serverErrorsAreRetriedLater_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void tst_OpenTextClient::serverErrorsAreRetriedLater()
{
    QFETCH(int, status);
    START(setup);
    QSignalSpy tested(setup.client.get(), &OpenTextClient::connectionTested);
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    setFaults(*setup.sandbox,
              {{QStringLiteral("fail_next"), 1}, {QStringLiteral("error_status"), status}});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, status);
    QVERIFY2(outcome.error.startsWith(QStringLiteral("OpenText answered %1").arg(status)),
             qPrintable(outcome.error));
    // The fault was for one request: the retry goes through.
    QVERIFY(
        submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")})).kind
        == SubmitOutcome::Kind::Accepted);
}

void tst_OpenTextClient::badRequestIsPermanentWithOpenTextsWords()
{
    START(setup);
    OpenTextMessage message = sms({QStringLiteral("+15550001")});
    message.channel = OpenTextChannel::Email;
    message.destinations = {{QStringLiteral("not-an-address"), {}, {}, {}}};
    message.subject = QStringLiteral("s");
    const SubmitOutcome outcome = submitAndWait(*setup.client, QStringLiteral("a"), message);
    QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.httpStatus, 400);
    QVERIFY2(outcome.error.startsWith(QLatin1String("OpenText answered 400")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QLatin1String("destinations[0].email")),
             qPrintable(outcome.error));
}

void tst_OpenTextClient::timeoutIsRetriedLater()
{
    START(setup);
    QSignalSpy tested(setup.client.get(), &OpenTextClient::connectionTested);
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    OpenTextTarget target = setup.client->target();
    target.timeoutMs = 300;
    setup.client->configure(target, QStringLiteral("s3cret"));
    QVERIFY(submitAndWait(*setup.client, QStringLiteral("warm"), sms({QStringLiteral("+15550001")}))
                .kind
            == SubmitOutcome::Kind::Accepted);
    setFaults(*setup.sandbox, {{QStringLiteral("latency_ms"), 2000}});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY2(outcome.error.startsWith(QLatin1String("no answer from http://127.0.0.1:")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.endsWith(QLatin1String("within 300 ms")), qPrintable(outcome.error));
}

void tst_OpenTextClient::droppedConnectionIsRetriedLater()
{
    START(setup);
    QSignalSpy tested(setup.client.get(), &OpenTextClient::connectionTested);
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    // Qt resends a request once by itself when a kept-alive connection closes before any
    // answer; the request was dropped unanswered, so nothing is sent twice.
    setFaults(*setup.sandbox, {{QStringLiteral("drop_next"), 1}});
    const SubmitOutcome resent
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY2(resent.kind == SubmitOutcome::Kind::Accepted, qPrintable(resent.error));
    QCOMPARE(inbox(*setup.sandbox).size(), 1);

    // Dropped again on the resend: the dispatcher hears of it and retries later.
    setFaults(*setup.sandbox, {{QStringLiteral("drop_next"), 2}});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("b"), sms({QStringLiteral("+15550001")}));
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::RetryLater, qPrintable(outcome.error));
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY2(outcome.error.startsWith(QLatin1String("cannot reach http://127.0.0.1:")),
             qPrintable(outcome.error));
    QCOMPARE(inbox(*setup.sandbox).size(), 1);
}

void tst_OpenTextClient::refusedConnectionIsRetriedLater()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    OpenTextClient client;
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(port);
    client.configure(oauthTarget(base), QStringLiteral("s3cret"));
    const SubmitOutcome outcome
        = submitAndWait(client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::RetryLater);
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY2(outcome.error.contains(QLatin1String("cannot reach")), qPrintable(outcome.error));
}

void tst_OpenTextClient::fanOutIsSplitIntoJobs()
{
    START(setup);
    QStringList numbers;
    for (int i = 0; i < 23; ++i)
        numbers.append(QStringLiteral("+1555%1").arg(1000 + i));
    const SubmitOutcome outcome = submitAndWait(*setup.client, QStringLiteral("fan"), sms(numbers));
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
    QCOMPARE(outcome.jobIds.size(), 3);
    QCOMPARE(QSet<QString>(outcome.jobIds.cbegin(), outcome.jobIds.cend()).size(), 3);

    const QJsonArray messages = inbox(*setup.sandbox); // newest first
    QCOMPARE(messages.size(), 3);
    const QList<QPair<QString, int>> expected = {
        {QStringLiteral("fan-3"), 3}, {QStringLiteral("fan-2"), 10}, {QStringLiteral("fan"), 10}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject message = messages.at(i).toObject();
        QCOMPARE(message.value(QLatin1String("submit_id")).toString(), expected.at(i).first);
        QCOMPARE(message.value(QLatin1String("destinations")).toArray().size(),
                 expected.at(i).second);
        QCOMPARE(message.value(QLatin1String("job_id")).toString(), outcome.jobIds.at(2 - i));
    }
    QCOMPARE(messages.at(2)
                 .toObject()
                 .value(QLatin1String("destinations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("address"))
                 .toString(),
             QStringLiteral("+15551000"));
}

void tst_OpenTextClient::failedSplitReportsAcceptedJobsAndResumes()
{
    START(setup);
    QStringList numbers;
    for (int i = 0; i < 12; ++i)
        numbers.append(QStringLiteral("+1555%1").arg(1000 + i));
    numbers[11] = QStringLiteral("not a number");
    const SubmitOutcome outcome = submitAndWait(*setup.client, QStringLiteral("fan"), sms(numbers));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.httpStatus, 400);
    QCOMPARE(outcome.jobIds.size(), 1);
    QCOMPARE(outcome.failedJob, 1);
    QCOMPARE(inbox(*setup.sandbox).size(), 1);

    // Resuming from the failed job sends only that one (fixed), never the accepted one again.
    numbers[11] = QStringLiteral("+15559999");
    const SubmitOutcome resumed
        = submitAndWait(*setup.client, QStringLiteral("fan"), sms(numbers), outcome.failedJob);
    QVERIFY2(resumed.kind == SubmitOutcome::Kind::Accepted, qPrintable(resumed.error));
    QCOMPARE(resumed.jobIds.size(), 1);
    const QJsonArray messages = inbox(*setup.sandbox);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("submit_id")).toString(),
             QStringLiteral("fan-2"));
}

void tst_OpenTextClient::pollingFollowsTheJobToConfirmed()
{
    START(setup);
    setup.client->setPollPolicy({100, 1.5, 1000, 40});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::Accepted);
    QSignalSpy received(setup.client.get(), &OpenTextClient::statusReceived);
    setup.client->poll(OpenTextChannel::Sms, outcome.jobIds.first());
    QCOMPARE(setup.client->pollingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(setup.client->pollingCount(), 0, 10000);
    QVERIFY(received.size() >= 2);
    const OpenTextJobStatus last = received.last().at(0).value<OpenTextJobStatus>();
    QCOMPARE(last.jobId, outcome.jobIds.first());
    QVERIFY(last.isComplete());
    QVERIFY(!last.hasError());
    QCOMPARE(last.deliveries.size(), 1);
    QCOMPARE(last.deliveries.first().address, QStringLiteral("+15550001"));
    QCOMPARE(last.deliveries.first().state(), OpenTextDestinationStatus::State::Delivered);
    const OpenTextJobStatus first = received.first().at(0).value<OpenTextJobStatus>();
    QVERIFY(!first.isComplete());
}

void tst_OpenTextClient::pollingReportsFailedDestinations()
{
    START(setup);
    setup.client->setPollPolicy({100, 1.5, 1000, 40});
    OpenTextMessage message;
    message.channel = OpenTextChannel::Email;
    message.destinations = {{QStringLiteral("ok@example.com"), {}, {}, {}},
                            {QStringLiteral("fail@example.com"), {}, {}, {}}};
    message.subject = QStringLiteral("s");
    message.text = QStringLiteral("t");
    const SubmitOutcome outcome = submitAndWait(*setup.client, QStringLiteral("a"), message);
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
    QSignalSpy received(setup.client.get(), &OpenTextClient::statusReceived);
    setup.client->poll(OpenTextChannel::Email, outcome.jobIds.first());
    QTRY_COMPARE_WITH_TIMEOUT(setup.client->pollingCount(), 0, 10000);
    const OpenTextJobStatus last = received.last().at(0).value<OpenTextJobStatus>();
    QVERIFY(last.isComplete());
    QVERIFY(last.hasError());
    QCOMPARE(last.deliveries.size(), 2);
    for (const OpenTextDestinationStatus &delivery : last.deliveries) {
        QCOMPARE(delivery.state(),
                 delivery.address.startsWith(QLatin1String("fail"))
                     ? OpenTextDestinationStatus::State::Failed
                     : OpenTextDestinationStatus::State::Delivered);
    }
}

void tst_OpenTextClient::pushedStatusStopsPolling()
{
    START(setup);
    setup.client->setPollPolicy({60000, 2, 60000, 5}); // no poll will come in this test
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::Accepted);
    const QString jobId = outcome.jobIds.first();
    setup.client->poll(OpenTextChannel::Sms, jobId);
    QSignalSpy received(setup.client.get(), &OpenTextClient::statusReceived);

    const QByteArray pending = QStringLiteral(R"({"job_id":"%1","job_state":["Processing"],
        "deliveries":[{"sms":"+15550001","delivery_attempts":[{"state":"Submitted"}]}]})")
                                   .arg(jobId)
                                   .toUtf8();
    QVERIFY(setup.client->acceptStatusDocument(pending).ok());
    QCOMPARE(setup.client->pollingCount(), 1);
    const QByteArray complete = QStringLiteral(R"({"job_id":"%1","job_state":["Complete","Posted"],
        "deliveries":[{"sms":"+15550001","delivery_attempts":[{"state":"Sent"}],
        "events":{"sms_delivery_events":[{"event_time":"2026-11-29T10:00:00Z","status":"Confirmed"}]}}]})")
                                    .arg(jobId)
                                    .toUtf8();
    QVERIFY(setup.client->acceptStatusDocument(complete).ok());
    QCOMPARE(setup.client->pollingCount(), 0);
    QCOMPARE(received.size(), 2);

    const Result<OpenTextJobStatus> bad = setup.client->acceptStatusDocument("{\"no\":1}");
    QVERIFY(!bad.ok());
    QCOMPARE(received.size(), 2);
}

void tst_OpenTextClient::pushedStatusDefersThePoll()
{
    START(setup);
    // First poll 200 ms after the submit; a push moves it to 2 s after the push.
    setup.client->setPollPolicy({200, 2, 60000, 5, 2000});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::Accepted);
    const QString jobId = outcome.jobIds.first();
    setup.client->poll(OpenTextChannel::Sms, jobId);
    QSignalSpy received(setup.client.get(), &OpenTextClient::statusReceived);
    const QByteArray pending = QStringLiteral(R"({"job_id":"%1","job_state":["Processing"],
        "deliveries":[{"sms":"+15550001","delivery_attempts":[{"state":"Submitted"}]}]})")
                                   .arg(jobId)
                                   .toUtf8();
    QElapsedTimer sincePush;
    sincePush.start();
    QVERIFY(setup.client->acceptStatusDocument(pending).ok());
    QCOMPARE(received.size(), 1);

    // The 200 ms poll does not come: the webhook works, polling is only the safety net.
    QTest::qWait(800);
    QCOMPARE(received.size(), 1);
    QCOMPARE(setup.client->pollingCount(), 1);
    // It does come later, in case the pushes stop.
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 2, 10000);
    QVERIFY2(sincePush.elapsed() >= 2000, qPrintable(QString::number(sincePush.elapsed())));
}

void tst_OpenTextClient::unknownJobStatusFailsWithoutRetry()
{
    START(setup);
    setup.client->setPollPolicy({50, 1, 50, 40});
    QSignalSpy failed(setup.client.get(), &OpenTextClient::statusFailed);
    setup.client->poll(OpenTextChannel::Sms, QStringLiteral("xsi-0000000001"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("xsi-0000000001"));
    QVERIFY2(failed.first().at(1).toString().startsWith(QLatin1String("OpenText answered 404")),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(setup.client->pollingCount(), 0);
}

void tst_OpenTextClient::statusQueriesHonourRetryAfter()
{
    START(setup);
    // Two accepted jobs (the token is fetched on the way, before any fault).
    const SubmitOutcome first
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    const SubmitOutcome second
        = submitAndWait(*setup.client, QStringLiteral("b"), sms({QStringLiteral("+15550002")}));
    QVERIFY(first.kind == SubmitOutcome::Kind::Accepted);
    QVERIFY(second.kind == SubmitOutcome::Kind::Accepted);
    setup.client->setPollPolicy({50, 1, 50, 40});
    setFaults(*setup.sandbox,
              {{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 2}});
    QSignalSpy received(setup.client.get(), &OpenTextClient::statusReceived);
    QElapsedTimer clock;
    clock.start();
    // The first job's first query is answered 429 with Retry-After: 2.
    setup.client->poll(OpenTextChannel::Sms, first.jobIds.first());
    QTRY_COMPARE_WITH_TIMEOUT(
        faults(*setup.sandbox).value(QLatin1String("rate_limit_next")).toInt(-1), 0, 5000);
    // A poll started now, due in 50 ms, waits too: the whole client holds its queries.
    setup.client->poll(OpenTextChannel::Sms, second.jobIds.first());
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 2, 10000);
    QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    QStringList jobs;
    for (const QList<QVariant> &arguments : std::as_const(received))
        jobs.append(arguments.at(0).value<OpenTextJobStatus>().jobId);
    QVERIFY(jobs.contains(first.jobIds.first()));
    QVERIFY(jobs.contains(second.jobIds.first()));
    setup.client->stopPolling(first.jobIds.first());
    setup.client->stopPolling(second.jobIds.first());
}

void tst_OpenTextClient::submitAcceptedWithoutJobIdIsNotSentAgain()
{
    START(setup);
    setFaults(*setup.sandbox, {{QStringLiteral("omit_job_id_next"), 1}});
    // Twelve destinations: two jobs; the first one's answer lost its job_id.
    QStringList numbers;
    for (int i = 0; i < 12; ++i)
        numbers.append(QStringLiteral("+1555%1").arg(2000 + i));
    const SubmitOutcome outcome = submitAndWait(*setup.client, QStringLiteral("fan"), sms(numbers));
    QVERIFY2(outcome.kind == SubmitOutcome::Kind::Accepted, qPrintable(outcome.error));
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.jobIds.size(), 2);
    QCOMPARE(outcome.jobIds.at(0), QStringLiteral("submit:fan"));
    QVERIFY(OpenTextClient::isUnknownJob(outcome.jobIds.at(0)));
    QVERIFY2(jobIdPattern.match(outcome.jobIds.at(1)).hasMatch(), qPrintable(outcome.jobIds.at(1)));
    // Each job reached the sandbox once, under its own X-MRA-SubmitId.
    const QJsonArray messages = inbox(*setup.sandbox);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("submit_id")).toString(),
             QStringLiteral("fan"));
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("submit_id")).toString(),
             QStringLiteral("fan-2"));

    // The unknown job is not polled, and asking for its status says why, without a request.
    setup.client->poll(OpenTextChannel::Sms, outcome.jobIds.at(0));
    QCOMPARE(setup.client->pollingCount(), 0);
    QSignalSpy failed(setup.client.get(), &OpenTextClient::statusFailed);
    setup.client->fetchStatus(OpenTextChannel::Sms, outcome.jobIds.at(0));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).toString(),
             QStringLiteral("OpenText accepted this job without a job_id: its status cannot be "
                            "asked for"));
}

void tst_OpenTextClient::testConnectionReportsInWords()
{
    START(setup);
    QSignalSpy tested(setup.client.get(), &OpenTextClient::connectionTested);
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    QCOMPARE(tested.first().at(0).toBool(), true);
    QCOMPARE(
        tested.first().at(1).toString(),
        QStringLiteral("Connected to 127.0.0.1: OpenText issued a token valid for 900 seconds."));

    setup.client->configure(setup.client->target(), QStringLiteral("wrong"));
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    QCOMPARE(tested.at(1).at(0).toBool(), false);
    QCOMPARE(tested.at(1).at(1).toString(),
             QStringLiteral("OpenText refused the client credentials for tenant 'tenant-1': "
                            "Invalid ApiKey (oauth.v2.InvalidApiKey)"));

    OpenTextTarget basic = setup.client->target();
    basic.auth = OpenTextTarget::Auth::Basic;
    basic.user = QStringLiteral("basic-user");
    setup.client->configure(basic, QStringLiteral("basic-pass"));
    setup.client->testConnection();
    QVERIFY(tested.wait(5000));
    QCOMPARE(tested.at(2).at(0).toBool(), true);
    QCOMPARE(tested.at(2).at(1).toString(),
             QStringLiteral("Connected to 127.0.0.1: the user and password were accepted."));
}

void tst_OpenTextClient::reconfiguringDropsATokenUnderWay()
{
    START(setup);
    setFaults(*setup.sandbox, {{QStringLiteral("latency_ms"), 600}});
    QSignalSpy spy(setup.client.get(), &OpenTextClient::submitted);
    setup.client->submit(QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QTest::qWait(100); // the token request is on its way with the good secret
    setup.client->configure(setup.client->target(), QStringLiteral("wrong-secret"));
    QVERIFY(spy.wait(10000));
    // The token asked for with the old secret is not used: the new one is refused.
    const SubmitOutcome outcome = spy.first().at(1).value<SubmitOutcome>();
    QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.httpStatus, 401);
    QCOMPARE(setup.client->tokenRequests(), 2);
    QCOMPARE(inbox(*setup.sandbox).size(), 0);
}

void tst_OpenTextClient::unavailableSecretSendsNothing()
{
    START(setup);
    const QString reason = QStringLiteral("the keychain is locked");
    setup.client->configureUnavailable(setup.client->target(), reason);
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::RetryLater);
    QCOMPARE(outcome.error, reason);
    QCOMPARE(outcome.httpStatus, 0);
    QCOMPARE(setup.client->tokenRequests(), 0);

    OpenTextTarget basic = setup.client->target();
    basic.auth = OpenTextTarget::Auth::Basic;
    basic.user = QStringLiteral("basic-user");
    setup.client->configureUnavailable(basic, reason);
    QSignalSpy tested(setup.client.get(), &OpenTextClient::connectionTested);
    setup.client->testConnection();
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.first().at(0).toBool(), false);
    QCOMPARE(tested.first().at(1).toString(), reason);
    QCOMPARE(inbox(*setup.sandbox).size(), 0);

    // Once the secret is known, the same client sends.
    setup.client->configure(basic, QStringLiteral("basic-pass"));
    QVERIFY(
        submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")})).kind
        == SubmitOutcome::Kind::Accepted);
}

void tst_OpenTextClient::slotMayStopPollingOnStatus()
{
    START(setup);
    setup.client->setPollPolicy({50, 1.0, 50, 40});
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}));
    QVERIFY(outcome.kind == SubmitOutcome::Kind::Accepted);
    const QString jobId = outcome.jobIds.first();
    int received = 0;
    // A dispatcher that stops polling, and starts polling another job, from inside the signal.
    connect(setup.client.get(), &OpenTextClient::statusReceived, this,
            [&](const OpenTextJobStatus &status) {
                ++received;
                setup.client->stopPolling(status.jobId);
                for (int i = 0; i < 64; ++i)
                    setup.client->poll(OpenTextChannel::Sms, QStringLiteral("xsi-9%1").arg(i));
            });
    setup.client->poll(OpenTextChannel::Sms, jobId);
    QTRY_COMPARE_WITH_TIMEOUT(received, 1, 5000);
    QTest::qWait(200); // a timer of the stopped poll would fire in this time
    QCOMPARE(received, 1);
    for (int i = 0; i < 64; ++i)
        setup.client->stopPolling(QStringLiteral("xsi-9%1").arg(i));
    QCOMPARE(setup.client->pollingCount(), 0);
}

void tst_OpenTextClient::resumingPastTheLastJobIsRefused()
{
    START(setup);
    const SubmitOutcome outcome
        = submitAndWait(*setup.client, QStringLiteral("a"), sms({QStringLiteral("+15550001")}), 1);
    QVERIFY(outcome.kind == SubmitOutcome::Kind::PermanentFailure);
    QCOMPARE(outcome.error, QStringLiteral("job 2 of a fan-out of 1 jobs does not exist"));
    QCOMPARE(inbox(*setup.sandbox).size(), 0);
}

QTEST_GUILESS_MAIN(tst_OpenTextClient)
#include "tst_opentextclient.moc"
