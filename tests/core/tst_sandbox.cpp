// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsink.h"
#include "httptestclient.h"
#include "sandbox/opentextsandbox.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <signal.h>
#include <sys/types.h>

using namespace OtBridge;
using Headers = QList<QPair<QByteArray, QByteArray>>;

// The OpenText sandbox as a real otbridge-sandbox process over loopback: tokens, auth, every
// channel with the project's own fixtures, validation, job status over time, status pushes,
// fault injection, the inbox, capture and the command line.
class tst_Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenIsIssued();
    void tokenWithoutExpiresIn();
    void badClientIsRefused_data();
    void badClientIsRefused();
    void wrongGrantTypeIsRefused_data();
    void wrongGrantTypeIsRefused();
    void tokenExpiresAfterItsLifetime();
    void expireTokensNextForcesExpiry();
    void messagingAuth_data();
    void messagingAuth();
    void everyFixtureIsAccepted_data();
    void everyFixtureIsAccepted();
    void jobIdsAreUniqueAndIncreasing();
    void invalidSubmitIsRefused_data();
    void invalidSubmitIsRefused();
    void statusMovesToCompleteWithErrors();
    void smsAndFaxStatusDocuments();
    void statusQueryErrors_data();
    void statusQueryErrors();
    void statusIsPushed_data();
    void statusIsPushed();
    void failNextAnswersTheErrorStatus();
    void rateLimitAnswers429WithRetryAfter();
    void dropClosesWithoutAnAnswer();
    void latencyDelaysWithoutBlocking();
    void faultRatesFromFlags_data();
    void faultRatesFromFlags();
    void faultsMergeAndRefuseBadValues_data();
    void faultsMergeAndRefuseBadValues();
    void inboxIsNewestFirstWithSinceAndClear();
    void inboxDecodesEmail();
    void inboxMeasuresSms_data();
    void inboxMeasuresSms();
    void inboxCountsFaxPages_data();
    void inboxCountsFaxPages();
    void inboxDecodesWhatsApp_data();
    void inboxDecodesWhatsApp();
    void inboxKeepsTheNewestThousand();
    void captureRecordsAnyRequest();
    void oversizedBodyIs413();
    void unknownPathsAndMethods_data();
    void unknownPathsAndMethods();
    void whatsAppWebhookRegistration();
    void adminTokenGuardsAdmin();
    void nonLoopbackListenNeedsAdminToken();
    void inProcessSandboxSignalsInboxChanges();
    void commandLineErrors_data();
    void commandLineErrors();
    void portInUseExitsOne();
    void signalsStopCleanlyAndDefaultsArePrinted_data();
    void signalsStopCleanlyAndDefaultsArePrinted();
};

namespace {

const QRegularExpression jobIdPattern(QStringLiteral("^xsi-\\d{10}$"));

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(OTBRIDGE_FIXTURES_DIR "/opentext/requests/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject fixtureJson(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// The credentials otbridge-sandbox uses when given none.
Headers basicAuth()
{
    return {{"Content-Type", "application/json"},
            {"Authorization", basic("sandbox", "sandbox-password")}};
}

Headers bearer(const QByteArray &token)
{
    return {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}};
}

TestHttp::Response call(const SandboxProcess &sandbox, const QByteArray &method,
                        const QByteArray &path, const QByteArray &body = {},
                        const Headers &headers = {{"Content-Type", "application/json"}})
{
    return TestHttp::exchange(sandbox.port(), TestHttp::request(method, path, body, headers));
}

TestHttp::Response requestToken(const SandboxProcess &sandbox,
                                const QByteArray &authorization
                                = basic("sandbox", "sandbox-secret"),
                                const QByteArray &form = "grant_type=client_credentials")
{
    return call(
        sandbox, "POST", "/tenants/acme/oauth2/token", form,
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", authorization}});
}

TestHttp::Response submit(const SandboxProcess &sandbox, const QByteArray &path,
                          const QByteArray &body, Headers headers = basicAuth())
{
    return call(sandbox, "POST", "/mra/v1" + path, body, headers);
}

TestHttp::Response status(const SandboxProcess &sandbox, const QByteArray &channel,
                          const QString &jobId, const Headers &headers = basicAuth())
{
    return call(sandbox, "GET", "/mra/v1/outbound/" + channel + "/status?job_id=" + jobId.toUtf8(),
                {}, headers);
}

TestHttp::Response putFaults(const SandboxProcess &sandbox, const QJsonObject &faults)
{
    return call(sandbox, "PUT", "/admin/faults", compact(faults));
}

QJsonArray inbox(const SandboxProcess &sandbox, const QByteArray &query = {})
{
    return call(sandbox, "GET", "/admin/inbox" + query)
        .json()
        .value(QLatin1String("messages"))
        .toArray();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString decoded(const QJsonValue &base64)
{
    return QString::fromUtf8(QByteArray::fromBase64(base64.toString().toLatin1()));
}

QJsonObject fault(const QString &faultString, const QString &errorCode)
{
    return {{QStringLiteral("fault"),
             QJsonObject {{QStringLiteral("faultstring"), faultString},
                          {QStringLiteral("detail"),
                           QJsonObject {{QStringLiteral("errorcode"), errorCode}}}}}};
}

// Polls the job until it is Complete, recording every distinct job_state on the way; an empty
// object if it is not Complete within the time.
QJsonObject waitUntilComplete(const SandboxProcess &sandbox, const QByteArray &channel,
                              const QString &jobId, QList<QStringList> *seen = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        const TestHttp::Response response = status(sandbox, channel, jobId);
        if (response.status != 200)
            return {};
        const QJsonObject document = response.json();
        const QStringList state = strings(document.value(QLatin1String("job_state")));
        if (seen && (seen->isEmpty() || seen->last() != state))
            seen->append(state);
        if (state.contains(QLatin1String("Complete")))
            return document;
        QTest::qWait(30);
    }
    return {};
}

QByteArray base64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

} // namespace

#define START_SANDBOX(name, ...)                                                                   \
    SandboxProcess name;                                                                           \
    do {                                                                                           \
        const bool started = name.start(__VA_ARGS__);                                              \
        QVERIFY2(started, name.output().constData());                                              \
    } while (false)

void tst_Sandbox::tokenIsIssued()
{
    START_SANDBOX(sandbox);
    const TestHttp::Response first = requestToken(sandbox);
    QCOMPARE(first.status, 200);
    const QJsonObject json = first.json();
    QVERIFY(json.value(QLatin1String("access_token")).toString().size() >= 32);
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 900);

    const QJsonObject second = requestToken(sandbox).json();
    QVERIFY(second.value(QLatin1String("access_token"))
            != json.value(QLatin1String("access_token")));
    // The token works on the messaging API.
    const TestHttp::Response accepted
        = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")),
                 bearer(json.value(QLatin1String("access_token")).toString().toUtf8()));
    QCOMPARE(accepted.status, 200);
}

void tst_Sandbox::tokenWithoutExpiresIn()
{
    START_SANDBOX(sandbox,
                  {QStringLiteral("--no-expires-in"), QStringLiteral("--token-lifetime"),
                   QStringLiteral("60")});
    const TestHttp::Response response = requestToken(sandbox);
    QCOMPARE(response.status, 200);
    QVERIFY(!response.json().value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(!response.json().contains(QLatin1String("expires_in")));
    QCOMPARE(call(sandbox, "GET", "/admin/faults")
                 .json()
                 .value(QLatin1String("token_lifetime_seconds"))
                 .toInt(),
             60);
}

void tst_Sandbox::badClientIsRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("wrong secret") << basic("sandbox", "guess");
    QTest::newRow("unknown client") << basic("someone", "sandbox-secret");
    QTest::newRow("no credentials") << QByteArray();
    QTest::newRow("bearer instead of basic") << QByteArray("Bearer sandbox-secret");
}

void tst_Sandbox::badClientIsRefused()
{
    QFETCH(QByteArray, authorization);
    START_SANDBOX(sandbox);
    const TestHttp::Response response = requestToken(sandbox, authorization);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json(),
             fault(QStringLiteral("Invalid ApiKey"), QStringLiteral("oauth.v2.InvalidApiKey")));
}

void tst_Sandbox::wrongGrantTypeIsRefused_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("description");
    QTest::newRow("password grant")
        << QByteArray("grant_type=password")
        << QStringLiteral("grant_type 'password' is not supported; use client_credentials");
    QTest::newRow("no grant type")
        << QByteArray("scope=all")
        << QStringLiteral(
               "grant_type is missing; send the form body grant_type=client_credentials");
}

void tst_Sandbox::wrongGrantTypeIsRefused()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, description);
    START_SANDBOX(sandbox);
    const TestHttp::Response response
        = requestToken(sandbox, basic("sandbox", "sandbox-secret"), form);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unsupported_grant_type"));
    QCOMPARE(response.json().value(QLatin1String("error_description")).toString(), description);
}

void tst_Sandbox::tokenExpiresAfterItsLifetime()
{
    START_SANDBOX(sandbox, {QStringLiteral("--token-lifetime"), QStringLiteral("1")});
    QElapsedTimer sinceIssue;
    sinceIssue.start();
    const TestHttp::Response issued = requestToken(sandbox);
    QCOMPARE(issued.json().value(QLatin1String("expires_in")).toInt(), 1);
    const QByteArray token = issued.json().value(QLatin1String("access_token")).toString().toUtf8();

    // A status query for no job answers 404 while the token is good, 401 once it is not.
    QCOMPARE(status(sandbox, "sms", QStringLiteral("xsi-1"), bearer(token)).status, 404);
    TestHttp::Response response;
    while (sinceIssue.elapsed() < 5000) {
        response = status(sandbox, "sms", QStringLiteral("xsi-1"), bearer(token));
        if (response.status != 404)
            break;
        QTest::qWait(50);
    }
    QCOMPARE(response.status, 401);
    QVERIFY2(sinceIssue.elapsed() >= 950, QByteArray::number(sinceIssue.elapsed()));
    QCOMPARE(response.json(),
             fault(QStringLiteral("Access Token expired"),
                   QStringLiteral("keymanagement.service.access_token_expired")));
}

void tst_Sandbox::expireTokensNextForcesExpiry()
{
    START_SANDBOX(sandbox);
    const QByteArray token
        = requestToken(sandbox).json().value(QLatin1String("access_token")).toString().toUtf8();
    QCOMPARE(putFaults(sandbox, {{QStringLiteral("expire_tokens_next"), 2}}).status, 200);
    // Basic auth is no bearer request: it does not use up the fault.
    QCOMPARE(status(sandbox, "sms", QStringLiteral("xsi-1")).status, 404);
    for (int i = 0; i < 2; ++i) {
        const TestHttp::Response expired
            = status(sandbox, "sms", QStringLiteral("xsi-1"), bearer(token));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json(),
                 fault(QStringLiteral("Access Token expired"),
                       QStringLiteral("keymanagement.service.access_token_expired")));
    }
    QCOMPARE(status(sandbox, "sms", QStringLiteral("xsi-1"), bearer(token)).status, 404);
    QCOMPARE(call(sandbox, "GET", "/admin/faults")
                 .json()
                 .value(QLatin1String("expire_tokens_next"))
                 .toInt(),
             0);
}

void tst_Sandbox::messagingAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("message");
    QTest::newRow("basic") << basic("basic-user", "basic-pass") << 200 << QString();
    QTest::newRow("basic, wrong password") << basic("basic-user", "nope") << 401
                                           << QStringLiteral("the user name or password is wrong");
    QTest::newRow("basic, client credentials")
        << basic("client-1", "s3cret") << 401
        << QStringLiteral("the user name or password is wrong");
    QTest::newRow("none") << QByteArray() << 401
                          << QStringLiteral("send Authorization: Bearer <token> (from POST "
                                            "/tenants/{tenant}/oauth2/token) or HTTP Basic "
                                            "credentials");
    QTest::newRow("unknown scheme")
        << QByteArray("Digest username=\"x\"") << 401
        << QStringLiteral(
               "the Authorization scheme 'Digest' is not supported; use Bearer or Basic");
}

void tst_Sandbox::messagingAuth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, expectedStatus);
    QFETCH(QString, message);
    START_SANDBOX(sandbox,
                  {QStringLiteral("--client-id"), QStringLiteral("client-1"),
                   QStringLiteral("--client-secret"), QStringLiteral("s3cret"),
                   QStringLiteral("--user"), QStringLiteral("basic-user"),
                   QStringLiteral("--password"), QStringLiteral("basic-pass")});
    Headers headers {{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const TestHttp::Response response
        = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")), headers);
    QCOMPARE(response.status, expectedStatus);
    if (expectedStatus == 200) {
        QVERIFY(jobIdPattern.match(response.json().value(QLatin1String("job_id")).toString())
                    .hasMatch());
        return;
    }
    QCOMPARE(response.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unauthorized"));
    QCOMPARE(response.json().value(QLatin1String("message")).toString(), message);
    QCOMPARE(inbox(sandbox).size(), 0);
}

void tst_Sandbox::everyFixtureIsAccepted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("channel");
    QTest::newRow("email") << QStringLiteral("email.json") << QByteArray("/outbound/emails")
                           << QStringLiteral("email");
    QTest::newRow("sms") << QStringLiteral("sms.json") << QByteArray("/outbound/sms")
                         << QStringLiteral("sms");
    QTest::newRow("fax") << QStringLiteral("fax.json") << QByteArray("/outbound/faxes")
                         << QStringLiteral("fax");
    QTest::newRow("whatsapp text")
        << QStringLiteral("whatsapp-text.json") << QByteArray("/outbound/whatsapp")
        << QStringLiteral("whatsapp");
    QTest::newRow("whatsapp media")
        << QStringLiteral("whatsapp-media.json") << QByteArray("/outbound/whatsapp")
        << QStringLiteral("whatsapp");
    QTest::newRow("whatsapp location")
        << QStringLiteral("whatsapp-location.json") << QByteArray("/outbound/whatsapp")
        << QStringLiteral("whatsapp");
    QTest::newRow("whatsapp template")
        << QStringLiteral("whatsapp-template.json")
        << QByteArray("/outbound/whatsapp/template_message") << QStringLiteral("whatsapp");
}

void tst_Sandbox::everyFixtureIsAccepted()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, path);
    QFETCH(QString, channel);
    START_SANDBOX(sandbox);
    const TestHttp::Response response = submit(sandbox, path, fixture(file));
    QCOMPARE(response.status, 200);
    const QString jobId = response.json().value(QLatin1String("job_id")).toString();
    QVERIFY2(jobIdPattern.match(jobId).hasMatch(), qPrintable(jobId));

    const QJsonObject message = inbox(sandbox).at(0).toObject();
    QCOMPARE(message.value(QLatin1String("job_id")).toString(), jobId);
    QCOMPARE(message.value(QLatin1String("channel")).toString(), channel);
    QCOMPARE(message.value(QLatin1String("request")).toObject(), fixtureJson(file));
    QCOMPARE(strings(message.value(QLatin1String("job_state"))),
             QStringList {QStringLiteral("Processing")});
    QVERIFY(message.value(channel).isObject());
    // The status query answers for the job right away.
    QByteArray statusChannel = channel.toUtf8();
    if (channel == QLatin1String("email"))
        statusChannel = "emails";
    else if (channel == QLatin1String("fax"))
        statusChannel = "faxes";
    QCOMPARE(status(sandbox, statusChannel, jobId).status, 200);
}

void tst_Sandbox::jobIdsAreUniqueAndIncreasing()
{
    START_SANDBOX(sandbox);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const TestHttp::Response response
            = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")));
        QCOMPARE(response.status, 200);
        ids.append(response.json().value(QLatin1String("job_id")).toString());
        QVERIFY2(jobIdPattern.match(ids.last()).hasMatch(), qPrintable(ids.last()));
    }
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY2(ids.at(i).mid(4).toLongLong() > ids.at(i - 1).mid(4).toLongLong(),
                 qPrintable(ids.join(u' ')));

    SandboxProcess other;
    QVERIFY(other.start({QStringLiteral("--job-prefix"), QStringLiteral("usme")}));
    const QString otherId = submit(other, "/outbound/sms", fixture(QStringLiteral("sms.json")))
                                .json()
                                .value(QLatin1String("job_id"))
                                .toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^usme-\\d{10}$")).match(otherId).hasMatch(),
             qPrintable(otherId));
}

void tst_Sandbox::invalidSubmitIsRefused_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    const QByteArray sms = "/outbound/sms";
    const QByteArray email = "/outbound/emails";
    const QByteArray fax = "/outbound/faxes";
    const QByteArray whatsapp = "/outbound/whatsapp";
    const QByteArray text = R"("body":[{"type":"text","data":"aGk="}])";

    QTest::newRow("not JSON") << sms << QByteArray("{nope")
                              << QStringLiteral("the body is not valid JSON: ");
    QTest::newRow("empty body") << sms << QByteArray()
                                << QStringLiteral("the body is empty; send a JSON object");
    QTest::newRow("array") << sms << QByteArray("[]")
                           << QStringLiteral("the body must be a JSON object");
    QTest::newRow("no destinations")
        << sms << QByteArray(R"({"sms_text":"hi"})")
        << QStringLiteral("destinations: required, an array with at least one destination");
    QTest::newRow("destinations not an array")
        << sms << QByteArray(R"({"destinations":{"sms":"+15550001"},"sms_text":"hi"})")
        << QStringLiteral("destinations: must be an array");
    QTest::newRow("empty destinations")
        << sms << QByteArray(R"({"destinations":[],"sms_text":"hi"})")
        << QStringLiteral("destinations: must have at least one destination");
    QByteArray many = R"({"sms_text":"hi","destinations":[)";
    for (int i = 0; i < 1001; ++i)
        many += QByteArray(i ? "," : "") + R"({"sms":"+1555)" + QByteArray::number(100000 + i)
            + R"("})";
    QTest::newRow("too many destinations")
        << sms << many + "]}"
        << QStringLiteral("destinations: has 1001 entries; the sandbox takes at most 1000 a job");
    QTest::newRow("destination not an object")
        << sms << QByteArray(R"({"destinations":["+15550001"],"sms_text":"hi"})")
        << QStringLiteral("destinations[0]: must be an object");
    QTest::newRow("destination without address")
        << sms << QByteArray(R"({"destinations":[{"ref":"1"}],"sms_text":"hi"})")
        << QStringLiteral("destinations[0].sms: required, a non-empty string");
    QTest::newRow("address of another channel")
        << sms << QByteArray(R"({"destinations":[{"email":"a@example.com"}],"sms_text":"hi"})")
        << QStringLiteral("destinations[0].sms: required, a non-empty string");
    QTest::newRow("email address without @")
        << email
        << QByteArray(R"({"destinations":[{"email":"a@example.com"},{"email":"x"}],)" + text + "}")
        << QStringLiteral("destinations[1].email: 'x' is not an email address");
    QTest::newRow("phone number with letters")
        << sms << QByteArray(R"({"destinations":[{"sms":"not a number"}],"sms_text":"hi"})")
        << QStringLiteral("destinations[0].sms: 'not a number' is not a phone number");
    QTest::newRow("fax number with letters")
        << fax << QByteArray(R"({"destinations":[{"fax":"12ab"}],"documents":[{"data":"aGk="}]})")
        << QStringLiteral("destinations[0].fax: '12ab' is not a fax number");
    QTest::newRow("whatsapp number with a plus in the middle")
        << whatsapp
        << QByteArray(
               R"({"destinations":[{"whatsapp":"49+151"}],"whatsapp_message":{"text_message":{"text":"hi"}}})")
        << QStringLiteral("destinations[0].whatsapp: '49+151' is not a phone number");
    QTest::newRow("email without body")
        << email << QByteArray(R"({"destinations":[{"email":"a@example.com"}]})")
        << QStringLiteral("body: required, an array with at least one part");
    QTest::newRow("email with empty body")
        << email << QByteArray(R"({"destinations":[{"email":"a@example.com"}],"body":[]})")
        << QStringLiteral("body: must have at least one part");
    QTest::newRow("body part without data")
        << email
        << QByteArray(R"({"destinations":[{"email":"a@example.com"}],"body":[{"type":"text"}]})")
        << QStringLiteral("body[0].data: required, the content in base64");
    QTest::newRow("data with an invalid character")
        << email
        << QByteArray(
               R"({"destinations":[{"email":"a@example.com"}],"body":[{"type":"text","data":"aGk="},{"type":"html","data":"aG$k"}]})")
        << QStringLiteral("body[1].data: not valid base64");
    QTest::newRow("base64url is not base64")
        << email
        << QByteArray(
               R"({"destinations":[{"email":"a@example.com"}],"body":[{"type":"text","data":"__-_"}]})")
        << QStringLiteral("body[0].data: not valid base64");
    QTest::newRow("data without padding")
        << email
        << QByteArray(
               R"({"destinations":[{"email":"a@example.com"}],"body":[{"type":"text","data":"aGk"}]})")
        << QStringLiteral("body[0].data: not valid base64");
    QTest::newRow("subject not a string")
        << email
        << QByteArray(R"({"destinations":[{"email":"a@example.com"}],)" + text
                      + R"(,"options":{"email_options":{"subject":7}}})")
        << QStringLiteral("options.email_options.subject: must be a string");
    QTest::newRow("sms without text")
        << sms << QByteArray(R"({"destinations":[{"sms":"+15550001"}]})")
        << QStringLiteral("sms_text: required, a non-empty string");
    QTest::newRow("sms with blank text")
        << sms << QByteArray(R"({"destinations":[{"sms":"+15550001"}],"sms_text":"  "})")
        << QStringLiteral("sms_text: must not be empty");
    QTest::newRow("fax without documents")
        << fax << QByteArray(R"({"destinations":[{"fax":"+15550001"}]})")
        << QStringLiteral("documents: required, an array with at least one document");
    QTest::newRow("fax document not base64")
        << fax
        << QByteArray(
               R"({"destinations":[{"fax":"+15550001"}],"documents":[{"type":"text","data":"hello world"}]})")
        << QStringLiteral("documents[0].data: not valid base64");
    QTest::newRow("whatsapp without message")
        << whatsapp << QByteArray(R"({"destinations":[{"whatsapp":"4915112345678"}]})")
        << QStringLiteral("whatsapp_message: required, an object");
    QTest::newRow("whatsapp unknown kind")
        << whatsapp
        << QByteArray(
               R"({"destinations":[{"whatsapp":"4915112345678"}],"whatsapp_message":{"sticker_message":{}}})")
        << QStringLiteral("whatsapp_message: needs exactly one of text_message, media_message, "
                          "location_message, card_message, choice_message, list_message");
    QTest::newRow("whatsapp empty text")
        << whatsapp
        << QByteArray(
               R"({"destinations":[{"whatsapp":"4915112345678"}],"whatsapp_message":{"text_message":{"text":""}}})")
        << QStringLiteral("whatsapp_message.text_message.text: must not be empty");
    QTest::newRow("whatsapp media without url")
        << whatsapp
        << QByteArray(
               R"({"destinations":[{"whatsapp":"4915112345678"}],"whatsapp_message":{"media_message":{}}})")
        << QStringLiteral("whatsapp_message.media_message.url: required, a non-empty string");
    QTest::newRow("template without template_id")
        << QByteArray("/outbound/whatsapp/template_message")
        << QByteArray(
               R"({"destinations":[{"whatsapp":"4915112345678"}],"whatsapp_template_message":{"template_message":{"channel_template":{"WHATSAPP":{"language_code":"en"}}}}})")
        << QStringLiteral("whatsapp_template_message.template_message.channel_template.WHATSAPP."
                          "template_id: required, a non-empty string");
    QTest::newRow("template without channel_template")
        << QByteArray("/outbound/whatsapp/template_message")
        << QByteArray(
               R"({"destinations":[{"whatsapp":"4915112345678"}],"whatsapp_template_message":{"template_message":{}}})")
        << QStringLiteral("whatsapp_template_message.template_message.channel_template: required, "
                          "an object");
}

void tst_Sandbox::invalidSubmitIsRefused()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    START_SANDBOX(sandbox);
    const TestHttp::Response response = submit(sandbox, path, body);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_request"));
    const QString given = response.json().value(QLatin1String("message")).toString();
    if (message.endsWith(QLatin1Char(' ')))
        QVERIFY2(given.startsWith(message), qPrintable(given)); // Qt's own words follow
    else
        QCOMPARE(given, message);
    QCOMPARE(inbox(sandbox).size(), 0);
}

void tst_Sandbox::statusMovesToCompleteWithErrors()
{
    START_SANDBOX(sandbox,
                  {QStringLiteral("--sent-after-ms"), QStringLiteral("300"),
                   QStringLiteral("--confirmed-after-ms"), QStringLiteral("700")});
    QJsonObject request = fixtureJson(QStringLiteral("email.json"));
    QJsonArray destinations = request.value(QLatin1String("destinations")).toArray();
    destinations.append(
        QJsonObject {{QStringLiteral("ref"), QStringLiteral("legal-3")},
                     {QStringLiteral("email"), QStringLiteral("invalid-box@example.com")}});
    request.insert(QStringLiteral("destinations"), destinations);
    const TestHttp::Response accepted = submit(sandbox, "/outbound/emails", compact(request));
    QCOMPARE(accepted.status, 200);
    const QString jobId = accepted.json().value(QLatin1String("job_id")).toString();

    QList<QStringList> seen;
    const QJsonObject document = waitUntilComplete(sandbox, "emails", jobId, &seen);
    QVERIFY2(!document.isEmpty(), "the job did not complete");
    QCOMPARE(seen,
             (QList<QStringList> {{QStringLiteral("Processing")},
                                  {QStringLiteral("Delivering")},
                                  {QStringLiteral("Complete"), QStringLiteral("Error")}}));

    // The contract's schema, text fields in base64.
    QCOMPARE(document.value(QLatin1String("job_id")).toString(), jobId);
    QVERIFY(QDateTime::fromString(document.value(QLatin1String("entry_time")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(decoded(document.value(QLatin1String("billing_code_base64"))),
             QStringLiteral("legal-ops"));
    QCOMPARE(decoded(document.value(QLatin1String("customer_reference_base64"))),
             QStringLiteral("C-1042"));
    const QJsonArray deliveries = document.value(QLatin1String("deliveries")).toArray();
    QCOMPARE(deliveries.size(), 3);
    const QStringList refs {QStringLiteral("legal-1"), QStringLiteral("legal-2"),
                            QStringLiteral("legal-3")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject delivery = deliveries.at(i).toObject();
        const bool failing = i == 2;
        QCOMPARE(decoded(delivery.value(QLatin1String("ref_base64"))), refs.at(i));
        QCOMPARE(delivery.value(QLatin1String("email")).toString(),
                 destinations.at(i).toObject().value(QLatin1String("email")).toString());
        const QJsonObject attempt
            = delivery.value(QLatin1String("delivery_attempts")).toArray().at(0).toObject();
        QCOMPARE(attempt.value(QLatin1String("state")).toString(),
                 failing ? QStringLiteral("Error") : QStringLiteral("Sent"));
        QVERIFY(QDateTime::fromString(attempt.value(QLatin1String("first_attempt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(QDateTime::fromString(attempt.value(QLatin1String("delivery_time")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(attempt.value(QLatin1String("gamma_code")).toInt() != 0, failing);
        const QJsonArray dsn = delivery.value(QLatin1String("events"))
                                   .toObject()
                                   .value(QLatin1String("email_delivery_events"))
                                   .toObject()
                                   .value(QLatin1String("dsn"))
                                   .toArray();
        QCOMPARE(dsn.size(), 1);
        QCOMPARE(dsn.at(0).toObject().value(QLatin1String("status")).toString(),
                 failing ? QStringLiteral("Failed") : QStringLiteral("Confirmed"));
    }

    // The trailing slash before '?' is accepted, and the inbox follows the job.
    const TestHttp::Response slash
        = call(sandbox, "GET", "/mra/v1/outbound/emails/status/?job_id=" + jobId.toUtf8(), {},
               basicAuth());
    QCOMPARE(slash.status, 200);
    QCOMPARE(slash.json(), document);
    const QJsonObject message = inbox(sandbox).at(0).toObject();
    QCOMPARE(strings(message.value(QLatin1String("job_state"))),
             (QStringList {QStringLiteral("Complete"), QStringLiteral("Error")}));
    QStringList states;
    for (const QJsonValue &destination : message.value(QLatin1String("destinations")).toArray())
        states.append(destination.toObject().value(QLatin1String("state")).toString());
    QCOMPARE(states,
             (QStringList {QStringLiteral("Confirmed"), QStringLiteral("Confirmed"),
                           QStringLiteral("Error")}));
}

void tst_Sandbox::smsAndFaxStatusDocuments()
{
    START_SANDBOX(sandbox,
                  {QStringLiteral("--sent-after-ms"), QStringLiteral("0"),
                   QStringLiteral("--confirmed-after-ms"), QStringLiteral("100")});
    const QString smsJob = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")))
                               .json()
                               .value(QLatin1String("job_id"))
                               .toString();
    const QJsonObject sms = waitUntilComplete(sandbox, "sms", smsJob);
    QCOMPARE(strings(sms.value(QLatin1String("job_state"))),
             (QStringList {QStringLiteral("Complete"), QStringLiteral("Posted")}));
    QVERIFY(!sms.contains(QLatin1String("customer_reference_base64"))); // none was given
    const QJsonObject delivery = sms.value(QLatin1String("deliveries")).toArray().at(0).toObject();
    QCOMPARE(delivery.value(QLatin1String("sms")).toString(), QStringLiteral("+4915112345678"));
    QCOMPARE(delivery.value(QLatin1String("events"))
                 .toObject()
                 .value(QLatin1String("sms_delivery_events"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("Confirmed"));

    const QString faxJob = submit(sandbox, "/outbound/faxes", fixture(QStringLiteral("fax.json")))
                               .json()
                               .value(QLatin1String("job_id"))
                               .toString();
    const QJsonObject fax = waitUntilComplete(sandbox, "faxes", faxJob);
    const QJsonObject attempt = fax.value(QLatin1String("deliveries"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("delivery_attempts"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(attempt.value(QLatin1String("state")).toString(), QStringLiteral("Sent"));
    QCOMPARE(attempt.value(QLatin1String("pages_delivered")).toInt(), 1);
    QVERIFY(attempt.value(QLatin1String("delivery_sec")).toInt() > 0);
    QVERIFY(attempt.value(QLatin1String("baud_rate")).toInt() > 0);
    QCOMPARE(attempt.value(QLatin1String("rcsid")).toString(), QStringLiteral("+49 221 123-4567"));
}

void tst_Sandbox::statusQueryErrors_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("message");
    QTest::newRow("no job_id") << QByteArray("/mra/v1/outbound/sms/status") << 400
                               << QStringLiteral("job_id: required, as in ?job_id=xsi-1234567890");
    QTest::newRow("unknown job") << QByteArray("/mra/v1/outbound/sms/status?job_id=xsi-0000000001")
                                 << 404 << QStringLiteral("no job 'xsi-0000000001'");
    QTest::newRow("job of another channel") << QByteArray("/mra/v1/outbound/faxes/status?job_id=")
                                            << 404 << QStringLiteral("is a sms job, not fax");
}

void tst_Sandbox::statusQueryErrors()
{
    QFETCH(QByteArray, path);
    QFETCH(int, expectedStatus);
    QFETCH(QString, message);
    START_SANDBOX(sandbox);
    if (path.endsWith('='))
        path += submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")))
                    .json()
                    .value(QLatin1String("job_id"))
                    .toString()
                    .toUtf8();
    const TestHttp::Response response = call(sandbox, "GET", path, {}, basicAuth());
    QCOMPARE(response.status, expectedStatus);
    QVERIFY2(response.json().value(QLatin1String("message")).toString().endsWith(message),
             response.body.constData());
}

void tst_Sandbox::statusIsPushed_data()
{
    QTest::addColumn<bool>("throughAdmin");
    QTest::newRow("--status-webhook") << false;
    QTest::newRow("PUT /admin/settings") << true;
}

void tst_Sandbox::statusIsPushed()
{
    QFETCH(bool, throughAdmin);
    // An HTTP server that is not ours (the sandbox's is) receives the pushes.
    HttpSink receiver;
    receiver.setDefault({204, {}, {}, 0});
    QVERIFY(receiver.listen());
    const QString url = QString::fromLatin1(receiver.url("/opentext-status"));

    QStringList flags {QStringLiteral("--sent-after-ms"), QStringLiteral("100"),
                       QStringLiteral("--confirmed-after-ms"), QStringLiteral("300")};
    if (!throughAdmin)
        flags << QStringLiteral("--status-webhook") << url;
    START_SANDBOX(sandbox, flags);
    if (throughAdmin) {
        const TestHttp::Response set = call(sandbox, "PUT", "/admin/settings",
                                            compact({{QStringLiteral("status_webhook"), url}}));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QLatin1String("status_webhook")).toString(), url);
    }
    const QString jobId = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")))
                              .json()
                              .value(QLatin1String("job_id"))
                              .toString();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 3, 10000);
    QList<QJsonObject> pushes;
    QList<QByteArray> contentTypes;
    for (const HttpSink::Request &request : receiver.requests()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/opentext-status"));
        pushes.append(QJsonDocument::fromJson(request.body).object());
        contentTypes.append(request.header("Content-Type"));
    }
    QList<QStringList> states;
    for (const QJsonObject &push : std::as_const(pushes)) {
        QCOMPARE(push.value(QLatin1String("job_id")).toString(), jobId);
        QCOMPARE(push.value(QLatin1String("deliveries")).toArray().size(), 2);
        states.append(strings(push.value(QLatin1String("job_state"))));
    }
    QCOMPARE(states,
             (QList<QStringList> {{QStringLiteral("Processing")},
                                  {QStringLiteral("Delivering")},
                                  {QStringLiteral("Complete"), QStringLiteral("Posted")}}));
    QCOMPARE(contentTypes.last(), QByteArray("application/json"));
    // The same schema as the status API: the last push is what a query answers now.
    QCOMPARE(pushes.last(), status(sandbox, "sms", jobId).json());
}

void tst_Sandbox::failNextAnswersTheErrorStatus()
{
    START_SANDBOX(sandbox);
    const TestHttp::Response set = putFaults(
        sandbox, {{QStringLiteral("fail_next"), 1}, {QStringLiteral("error_status"), 502}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QLatin1String("fail_next")).toInt(), 1);
    // /admin and /capture are not the API: they neither fail nor use the fault up.
    QCOMPARE(call(sandbox, "GET", "/admin/faults").status, 200);
    QCOMPARE(call(sandbox, "POST", "/capture/probe", "{}").status, 200);

    const TestHttp::Response failed = requestToken(sandbox);
    QCOMPARE(failed.status, 502);
    QCOMPARE(failed.json().value(QLatin1String("error")).toString(),
             QStringLiteral("sandbox_fault"));
    QCOMPARE(failed.json().value(QLatin1String("message")).toString(),
             QStringLiteral("the sandbox answers 502 (injected fault)"));
    QCOMPARE(requestToken(sandbox).status, 200);
    QCOMPARE(call(sandbox, "GET", "/admin/faults").json().value(QLatin1String("fail_next")).toInt(),
             0);
}

void tst_Sandbox::rateLimitAnswers429WithRetryAfter()
{
    START_SANDBOX(sandbox);
    QCOMPARE(putFaults(sandbox,
                       {{QStringLiteral("rate_limit_next"), 1},
                        {QStringLiteral("retry_after_seconds"), 7}})
                 .status,
             200);
    const TestHttp::Response limited
        = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    QCOMPARE(limited.json().value(QLatin1String("error")).toString(),
             QStringLiteral("rate_limited"));
    QCOMPARE(inbox(sandbox).size(), 0);
    QCOMPARE(submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json"))).status, 200);
}

void tst_Sandbox::dropClosesWithoutAnAnswer()
{
    START_SANDBOX(sandbox);
    QCOMPARE(putFaults(sandbox, {{QStringLiteral("drop_next"), 1}}).status, 200);
    const TestHttp::Response dropped
        = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.closed);
    QCOMPARE(inbox(sandbox).size(), 0);
    QCOMPARE(submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json"))).status, 200);
}

void tst_Sandbox::latencyDelaysWithoutBlocking()
{
    START_SANDBOX(sandbox);
    QCOMPARE(putFaults(sandbox, {{QStringLiteral("latency_ms"), 800}}).status, 200);
    QElapsedTimer timer;
    timer.start();
    TestHttp::Connection slow;
    QVERIFY(slow.open(sandbox.port()));
    slow.send(TestHttp::request("POST", "/tenants/acme/oauth2/token",
                                "grant_type=client_credentials",
                                {{"Content-Type", "application/x-www-form-urlencoded"},
                                 {"Authorization", basic("sandbox", "sandbox-secret")}}));
    // While that answer waits, the sandbox keeps serving: latency is a timer, not a sleep.
    QElapsedTimer meanwhile;
    meanwhile.start();
    QCOMPARE(call(sandbox, "GET", "/admin/faults").status, 200);
    QVERIFY2(meanwhile.elapsed() < 600, QByteArray::number(meanwhile.elapsed()));

    const TestHttp::Response delayed = slow.read(5000);
    QCOMPARE(delayed.status, 200);
    QVERIFY2(timer.elapsed() >= 800, QByteArray::number(timer.elapsed()));
    QVERIFY(!delayed.json().value(QLatin1String("access_token")).toString().isEmpty());
}

void tst_Sandbox::faultRatesFromFlags_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("expectedStatus"); // 0: dropped
    QTest::newRow("--error-rate 1")
        << QStringList {QStringLiteral("--error-rate"), QStringLiteral("1"),
                        QStringLiteral("--error-status"), QStringLiteral("500")}
        << 500;
    QTest::newRow("--rate-limit-rate 1")
        << QStringList {QStringLiteral("--rate-limit-rate"), QStringLiteral("1"),
                        QStringLiteral("--retry-after"), QStringLiteral("3")}
        << 429;
    QTest::newRow("--drop-rate 1")
        << QStringList {QStringLiteral("--drop-rate"), QStringLiteral("1")} << 0;
    QTest::newRow("--error-rate 0")
        << QStringList {QStringLiteral("--error-rate"), QStringLiteral("0")} << 200;
}

void tst_Sandbox::faultRatesFromFlags()
{
    QFETCH(QStringList, flags);
    QFETCH(int, expectedStatus);
    START_SANDBOX(sandbox, flags);
    for (int i = 0; i < 3; ++i) {
        const TestHttp::Response response
            = submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json")));
        QCOMPARE(response.status, expectedStatus);
        if (expectedStatus == 429)
            QCOMPARE(response.header("Retry-After"), QByteArray("3"));
    }
    QCOMPARE(call(sandbox, "GET", "/admin/inbox").status, 200);
}

void tst_Sandbox::faultsMergeAndRefuseBadValues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("rate above 1") << QByteArray(R"({"error_rate":2})")
                                  << QStringLiteral("error_rate must be a number from 0 to 1");
    QTest::newRow("negative count")
        << QByteArray(R"({"fail_next":-1})")
        << QStringLiteral("fail_next must be a whole number from 0 to 1000000");
    QTest::newRow("fraction") << QByteArray(R"({"latency_ms":1.5})")
                              << QStringLiteral(
                                     "latency_ms must be a whole number from 0 to 600000");
    QTest::newRow("success status") << QByteArray(R"({"error_status":200})")
                                    << QStringLiteral("error_status must be an HTTP error status");
    QTest::newRow("not a bool") << QByteArray(R"({"send_expires_in":"no"})")
                                << QStringLiteral("send_expires_in must be true or false");
    QTest::newRow("unknown field")
        << QByteArray(R"({"chaos":1})") << QStringLiteral("unknown fault 'chaos'");
    QTest::newRow("not an object")
        << QByteArray("[1]") << QStringLiteral("the body must be a JSON object");
}

void tst_Sandbox::faultsMergeAndRefuseBadValues()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    START_SANDBOX(sandbox, {QStringLiteral("--latency-ms"), QStringLiteral("5")});
    const QJsonObject before = call(sandbox, "GET", "/admin/faults").json();
    QCOMPARE(before.keys(),
             (QStringList {QStringLiteral("drop_next"), QStringLiteral("drop_rate"),
                           QStringLiteral("error_rate"), QStringLiteral("error_status"),
                           QStringLiteral("expire_tokens_next"), QStringLiteral("fail_next"),
                           QStringLiteral("latency_ms"), QStringLiteral("omit_job_id_next"),
                           QStringLiteral("rate_limit_next"), QStringLiteral("rate_limit_rate"),
                           QStringLiteral("retry_after_seconds"), QStringLiteral("send_expires_in"),
                           QStringLiteral("token_lifetime_seconds")}));
    QCOMPARE(before.value(QLatin1String("latency_ms")).toInt(), 5);

    // A bad value changes nothing, not even the good fields next to it.
    const TestHttp::Response refused = call(sandbox, "PUT", "/admin/faults", body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json().value(QLatin1String("message")).toString().startsWith(message),
             refused.body.constData());
    QCOMPARE(call(sandbox, "PUT", "/admin/faults", R"({"drop_rate":0.5,"error_rate":9})").status,
             400);
    QCOMPARE(call(sandbox, "GET", "/admin/faults").json(), before);

    const TestHttp::Response merged = putFaults(sandbox, {{QStringLiteral("drop_rate"), 0.25}});
    QCOMPARE(merged.status, 200);
    QCOMPARE(merged.json().value(QLatin1String("drop_rate")).toDouble(), 0.25);
    QCOMPARE(merged.json().value(QLatin1String("latency_ms")).toInt(), 5); // kept
}

void tst_Sandbox::inboxIsNewestFirstWithSinceAndClear()
{
    START_SANDBOX(sandbox);
    QCOMPARE(submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json"))).status, 200);
    QCOMPARE(submit(sandbox, "/outbound/emails", fixture(QStringLiteral("email.json"))).status,
             200);
    QCOMPARE(submit(sandbox, "/outbound/faxes", fixture(QStringLiteral("fax.json"))).status, 200);
    const QJsonArray all = inbox(sandbox);
    QCOMPARE(all.size(), 3);
    QStringList channels;
    QList<int> seqs;
    for (const QJsonValue &message : all) {
        channels.append(message.toObject().value(QLatin1String("channel")).toString());
        seqs.append(message.toObject().value(QLatin1String("seq")).toInt());
        QVERIFY(
            QDateTime::fromString(message.toObject().value(QLatin1String("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .timeSpec()
            == Qt::UTC);
    }
    QCOMPARE(channels,
             (QStringList {QStringLiteral("fax"), QStringLiteral("email"), QStringLiteral("sms")}));
    QVERIFY(seqs.at(0) > seqs.at(1) && seqs.at(1) > seqs.at(2));

    QCOMPARE(inbox(sandbox, "?since=" + QByteArray::number(seqs.at(2))).size(), 2);
    QCOMPARE(inbox(sandbox, "?since=" + QByteArray::number(seqs.at(0))).size(), 0);
    QCOMPARE(call(sandbox, "GET", "/admin/inbox?since=soon").status, 400);

    const TestHttp::Response cleared = call(sandbox, "DELETE", "/admin/inbox");
    QCOMPARE(cleared.status, 204);
    QVERIFY(cleared.body.isEmpty());
    QCOMPARE(inbox(sandbox).size(), 0);
    // Sequence numbers go on after a clear, so a client's ?since= stays right.
    QCOMPARE(submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json"))).status, 200);
    const QJsonArray after = inbox(sandbox, "?since=" + QByteArray::number(seqs.at(0)));
    QCOMPARE(after.size(), 1);
    QVERIFY(after.at(0).toObject().value(QLatin1String("seq")).toInt() > seqs.at(0));
}

void tst_Sandbox::inboxDecodesEmail()
{
    START_SANDBOX(sandbox);
    Headers headers = basicAuth();
    headers.append(qMakePair(QByteArray("X-MRA-SubmitId"), QByteArray("delivery-42")));
    QCOMPARE(
        submit(sandbox, "/outbound/emails", fixture(QStringLiteral("email.json")), headers).status,
        200);
    const QJsonObject message = inbox(sandbox).at(0).toObject();
    QCOMPARE(message.value(QLatin1String("submit_id")).toString(), QStringLiteral("delivery-42"));
    const QJsonObject email = message.value(QLatin1String("email")).toObject();
    QCOMPARE(email.value(QLatin1String("subject")).toString(),
             QStringLiteral("Contract C-1042 is ready for review"));
    QCOMPARE(email.value(QLatin1String("from_display_name")).toString(),
             QStringLiteral("OT Bridge"));
    QCOMPARE(email.value(QLatin1String("text")).toString(),
             QStringLiteral("Contract C-1042 is ready for review.\nPlease sign by Friday."));
    QCOMPARE(email.value(QLatin1String("html")).toString(),
             QStringLiteral("<p>Contract <b>C-1042</b> is ready for review.</p>"));
    const QJsonArray attachments = email.value(QLatin1String("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.at(0).toObject(),
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("contract-summary.txt")},
                           {QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("bytes"), 38}}));
    const QJsonArray destinations = message.value(QLatin1String("destinations")).toArray();
    QCOMPARE(destinations.at(0).toObject(),
             (QJsonObject {{QStringLiteral("address"), QStringLiteral("legal.review@example.com")},
                           {QStringLiteral("ref"), QStringLiteral("legal-1")},
                           {QStringLiteral("state"), QStringLiteral("Submitted")}}));

    // Latin-1 text is decoded by its charset.
    QJsonObject latin1 = fixtureJson(QStringLiteral("email.json"));
    latin1.insert(
        QStringLiteral("body"),
        QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("charset"), QStringLiteral("ISO-8859-1")},
                                 {QStringLiteral("data"),
                                  QString::fromLatin1(base64("Gr\xfc\xdf"
                                                             "e"))}}});
    QCOMPARE(submit(sandbox, "/outbound/emails", compact(latin1)).status, 200);
    QCOMPARE(inbox(sandbox)
                 .at(0)
                 .toObject()
                 .value(QLatin1String("email"))
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("Grüße"));
    QVERIFY(inbox(sandbox).at(0).toObject().value(QLatin1String("submit_id")).isNull());
}

void tst_Sandbox::inboxMeasuresSms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("segments");
    QTest::newRow("short") << QStringLiteral("Hello") << QStringLiteral("GSM-7") << 5 << 1;
    QTest::newRow("umlauts are GSM-7")
        << QStringLiteral("Grüße aus Köln") << QStringLiteral("GSM-7") << 14 << 1;
    QTest::newRow("160 fit one") << QString(160, QLatin1Char('a')) << QStringLiteral("GSM-7") << 160
                                 << 1;
    QTest::newRow("161 need two") << QString(161, QLatin1Char('a')) << QStringLiteral("GSM-7")
                                  << 161 << 2;
    QTest::newRow("306 fit two") << QString(306, QLatin1Char('a')) << QStringLiteral("GSM-7") << 306
                                 << 2;
    QTest::newRow("307 need three")
        << QString(307, QLatin1Char('a')) << QStringLiteral("GSM-7") << 307 << 3;
    QTest::newRow("escaped characters count twice")
        << QString(81, QChar(0x20AC)) << QStringLiteral("GSM-7") << 162 << 2;
    QTest::newRow("UCS-2, 70 fit one")
        << QString(70, QChar(0x0142)) << QStringLiteral("UCS-2") << 70 << 1;
    QTest::newRow("UCS-2, 71 need two")
        << QString(71, QChar(0x0142)) << QStringLiteral("UCS-2") << 71 << 2;
    QTest::newRow("UCS-2, 136 need three")
        << QString(135, QLatin1Char('a')) + QChar(0x4E00) << QStringLiteral("UCS-2") << 136 << 3;
    QTest::newRow("one emoji is two UTF-16 units")
        << QStringLiteral("ok \U0001F44D") << QStringLiteral("UCS-2") << 5 << 1;
}

void tst_Sandbox::inboxMeasuresSms()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, length);
    QFETCH(int, segments);
    START_SANDBOX(sandbox);
    const QJsonObject request {
        {QStringLiteral("destinations"),
         QJsonArray {QJsonObject {{QStringLiteral("sms"), QStringLiteral("+15550001")}}}},
        {QStringLiteral("sms_text"), text}};
    QCOMPARE(submit(sandbox, "/outbound/sms", compact(request)).status, 200);
    const QJsonObject sms = inbox(sandbox).at(0).toObject().value(QLatin1String("sms")).toObject();
    QCOMPARE(sms.value(QLatin1String("text")).toString(), text);
    QCOMPARE(sms.value(QLatin1String("encoding")).toString(), encoding);
    QCOMPARE(sms.value(QLatin1String("length")).toInt(), length);
    QCOMPARE(sms.value(QLatin1String("segments")).toInt(), segments);
}

void tst_Sandbox::inboxCountsFaxPages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("pages");

    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                           "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >> endobj\n"
                           "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n"
                           "4 0 obj << /Type/Page /Parent 2 0 R >> endobj\n"
                           "5 0 obj << /Type /Page /Parent 2 0 R >> endobj\n%%EOF\n";
    const auto lines = [](int count) {
        QByteArray text;
        for (int i = 0; i < count; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        return text;
    };
    QTest::newRow("PDF of three pages")
        << QStringLiteral("contract.pdf") << QStringLiteral("pdf") << pdf << 3;
    QTest::newRow("PDF known by its magic") << QStringLiteral("scan") << QString() << pdf << 3;
    QTest::newRow("text of 60 lines")
        << QStringLiteral("a.txt") << QStringLiteral("text") << lines(60) << 1;
    QTest::newRow("text of 61 lines")
        << QStringLiteral("a.txt") << QStringLiteral("text") << lines(61) << 2;
    QTest::newRow("text of 130 lines")
        << QStringLiteral("a.txt") << QStringLiteral("text") << lines(130) << 3;
    QTest::newRow("last line without newline")
        << QStringLiteral("a.txt") << QStringLiteral("text") << lines(60) + "x" << 2;
    QTest::newRow("empty text") << QStringLiteral("a.txt") << QStringLiteral("text") << QByteArray()
                                << 1;
    QTest::newRow("TIFF") << QStringLiteral("a.tif") << QStringLiteral("tiff")
                          << QByteArray("II*\0", 4) << 1;
}

void tst_Sandbox::inboxCountsFaxPages()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QByteArray, content);
    QFETCH(int, pages);
    START_SANDBOX(sandbox,
                  {QStringLiteral("--sent-after-ms"), QStringLiteral("0"),
                   QStringLiteral("--confirmed-after-ms"), QStringLiteral("0")});
    QJsonObject request = fixtureJson(QStringLiteral("fax.json"));
    QJsonObject document {{QStringLiteral("name"), name},
                          {QStringLiteral("data"), QString::fromLatin1(content.toBase64())}};
    if (!type.isEmpty())
        document.insert(QStringLiteral("type"), type);
    request.insert(QStringLiteral("documents"), QJsonArray {document});
    const TestHttp::Response accepted = submit(sandbox, "/outbound/faxes", compact(request));
    QCOMPARE(accepted.status, 200);
    const QJsonObject fax = inbox(sandbox).at(0).toObject().value(QLatin1String("fax")).toObject();
    const QJsonObject counted = fax.value(QLatin1String("documents")).toArray().at(0).toObject();
    QCOMPARE(counted.value(QLatin1String("name")).toString(), name);
    QCOMPARE(counted.value(QLatin1String("pages")).toInt(), pages);
    QCOMPARE(counted.value(QLatin1String("bytes")).toInt(), int(content.size()));
    QCOMPARE(
        fax.value(QLatin1String("coversheet")).toObject().value(QLatin1String("from")).toString(),
        QStringLiteral("Procurement"));
    // The status document reports the same pages as delivered.
    const QJsonObject document2 = waitUntilComplete(
        sandbox, "faxes", accepted.json().value(QLatin1String("job_id")).toString());
    QCOMPARE(document2.value(QLatin1String("deliveries"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("delivery_attempts"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("pages_delivered"))
                 .toInt(),
             pages);
}

void tst_Sandbox::inboxDecodesWhatsApp_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("text") << QStringLiteral("whatsapp-text.json")
                          << QByteArray("/outbound/whatsapp")
                          << QJsonObject {
                                 {QStringLiteral("kind"), QStringLiteral("text_message")},
                                 {QStringLiteral("text"),
                                  QStringLiteral("Case 77 was updated: new evidence attached.")}};
    QTest::newRow("media") << QStringLiteral("whatsapp-media.json")
                           << QByteArray("/outbound/whatsapp")
                           << QJsonObject {
                                  {QStringLiteral("kind"), QStringLiteral("media_message")},
                                  {QStringLiteral("url"),
                                   QStringLiteral("https://files.example.com/case-77/photo.jpg")}};
    QTest::newRow("template")
        << QStringLiteral("whatsapp-template.json")
        << QByteArray("/outbound/whatsapp/template_message")
        << QJsonObject {{QStringLiteral("kind"), QStringLiteral("template_message")},
                        {QStringLiteral("template_id"), QStringLiteral("case_update")},
                        {QStringLiteral("language_code"), QStringLiteral("en")},
                        {QStringLiteral("parameters"),
                         QJsonObject {{QStringLiteral("body[1]text"), QStringLiteral("77")},
                                      {QStringLiteral("body[2]text"),
                                       QStringLiteral("new evidence attached")}}}};
}

void tst_Sandbox::inboxDecodesWhatsApp()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, path);
    QFETCH(QJsonObject, expected);
    START_SANDBOX(sandbox);
    QCOMPARE(submit(sandbox, path, fixture(file)).status, 200);
    QCOMPARE(inbox(sandbox).at(0).toObject().value(QLatin1String("whatsapp")).toObject(), expected);
}

void tst_Sandbox::inboxKeepsTheNewestThousand()
{
    START_SANDBOX(sandbox);
    // Captures are the cheapest way to fill it; one connection, kept alive.
    TestHttp::Connection connection;
    QVERIFY(connection.open(sandbox.port()));
    for (int i = 0; i < 1005; ++i) {
        connection.send(TestHttp::request("POST", "/capture/fill", QByteArray::number(i)));
        QCOMPARE(connection.read().status, 200);
    }
    const QJsonArray messages = inbox(sandbox);
    QCOMPARE(messages.size(), 1000);
    QCOMPARE(messages.first().toObject().value(QLatin1String("body")).toString(),
             QStringLiteral("1004"));
    QCOMPARE(messages.last().toObject().value(QLatin1String("body")).toString(),
             QStringLiteral("5"));
}

void tst_Sandbox::captureRecordsAnyRequest()
{
    START_SANDBOX(sandbox, {QStringLiteral("--error-rate"), QStringLiteral("1")});
    const TestHttp::Response captured
        = call(sandbox, "PUT", "/capture/crm-hook/orders/7?x=1&y=two", R"({"order":7})",
               {{"Content-Type", "application/json"}, {"X-Test", "yes"}});
    QCOMPARE(captured.status, 200); // faults are for the OpenText API only
    QCOMPARE(captured.json(), (QJsonObject {{QStringLiteral("captured"), true}}));
    QJsonObject message = inbox(sandbox).at(0).toObject();
    QCOMPARE(message.value(QLatin1String("channel")).toString(), QStringLiteral("capture"));
    QCOMPARE(message.value(QLatin1String("name")).toString(), QStringLiteral("crm-hook"));
    QCOMPARE(message.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(message.value(QLatin1String("path")).toString(),
             QStringLiteral("/capture/crm-hook/orders/7"));
    QCOMPARE(message.value(QLatin1String("query")).toString(), QStringLiteral("x=1&y=two"));
    QCOMPARE(message.value(QLatin1String("body")).toString(), QStringLiteral(R"({"order":7})"));
    QCOMPARE(message.value(QLatin1String("body_encoding")).toString(), QStringLiteral("text"));
    QVERIFY(message.value(QLatin1String("headers"))
                .toArray()
                .contains(QJsonArray {QStringLiteral("X-Test"), QStringLiteral("yes")}));
    QVERIFY(message.value(QLatin1String("seq")).toInt() > 0);
    QVERIFY(QDateTime::fromString(message.value(QLatin1String("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

    const QByteArray binary("\xff\xfe\x00\x01", 4);
    QCOMPARE(call(sandbox, "POST", "/capture/bin", binary,
                  {{"Content-Type", "application/octet-stream"}})
                 .status,
             200);
    message = inbox(sandbox).at(0).toObject();
    QCOMPARE(message.value(QLatin1String("body_encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(message.value(QLatin1String("body")).toString().toLatin1()),
             binary);

    QCOMPARE(call(sandbox, "GET", "/capture/").status, 404);
}

void tst_Sandbox::oversizedBodyIs413()
{
    START_SANDBOX(sandbox);
    const qint64 limit = 10 * 1024 * 1024;
    TestHttp::Connection connection;
    QVERIFY(connection.open(sandbox.port()));
    connection.send("POST /mra/v1/outbound/faxes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(limit + 1) + "\r\n\r\n");
    const TestHttp::Response response = connection.read();
    QCOMPARE(response.status, 413);
    QVERIFY(
        response.json().value(QLatin1String("error")).toString().contains(QString::number(limit)));

    // Just under the limit is read and judged on its content.
    const QByteArray document = QByteArray(limit - 1024, 'A');
    const QByteArray body
        = R"({"destinations":[{"fax":"+15550001"}],"documents":[{"type":"text","data":")" + document
        + R"("}]})";
    QVERIFY(body.size() < limit);
    QCOMPARE(submit(sandbox, "/outbound/faxes", body).status, 200);
}

void tst_Sandbox::unknownPathsAndMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("nothing there")
        << QByteArray("GET") << QByteArray("/nothing") << 404 << QByteArray();
    QTest::newRow("unknown outbound")
        << QByteArray("POST") << QByteArray("/mra/v1/outbound/pigeons") << 404 << QByteArray();
    QTest::newRow("other API version")
        << QByteArray("POST") << QByteArray("/mra/v2/outbound/sms") << 404 << QByteArray();
    QTest::newRow("GET a submit") << QByteArray("GET") << QByteArray("/mra/v1/outbound/sms") << 405
                                  << QByteArray("POST");
    QTest::newRow("POST a status")
        << QByteArray("POST") << QByteArray("/mra/v1/outbound/sms/status?job_id=x") << 405
        << QByteArray("GET");
    QTest::newRow("GET the token") << QByteArray("GET") << QByteArray("/tenants/acme/oauth2/token")
                                   << 405 << QByteArray("POST");
    QTest::newRow("PUT the webhook")
        << QByteArray("PUT") << QByteArray("/mra/v1/inbound/whatsapp/messages/webhook") << 405
        << QByteArray("GET, POST, DELETE");
    QTest::newRow("POST the inbox")
        << QByteArray("POST") << QByteArray("/admin/inbox") << 405 << QByteArray("GET, DELETE");
    QTest::newRow("DELETE the faults")
        << QByteArray("DELETE") << QByteArray("/admin/faults") << 405 << QByteArray("GET, PUT");
    QTest::newRow("unknown admin")
        << QByteArray("GET") << QByteArray("/admin/secrets") << 404 << QByteArray();
}

void tst_Sandbox::unknownPathsAndMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, expectedStatus);
    QFETCH(QByteArray, allow);
    START_SANDBOX(sandbox);
    const TestHttp::Response response
        = call(sandbox, method, path, method == "GET" ? QByteArray() : "{}");
    QCOMPARE(response.status, expectedStatus);
    QCOMPARE(response.header("Allow"), allow);
    QVERIFY(!response.json().value(QLatin1String("message")).toString().isEmpty());
}

void tst_Sandbox::whatsAppWebhookRegistration()
{
    START_SANDBOX(sandbox);
    const QByteArray path = "/mra/v1/inbound/whatsapp/messages/webhook";
    QCOMPARE(call(sandbox, "GET", path, {}, basicAuth()).status, 404);
    QCOMPARE(call(sandbox, "POST", path, fixture(QStringLiteral("whatsapp-webhook.json"))).status,
             401);
    const TestHttp::Response registered = call(
        sandbox, "POST", path, fixture(QStringLiteral("whatsapp-webhook.json")), basicAuth());
    QCOMPARE(registered.status, 200);
    const QJsonObject expected {
        {QStringLiteral("url"), QStringLiteral("https://hooks.example.com/whatsapp/inbound")}};
    QCOMPARE(registered.json(), expected);
    // OpenText's Postman collection doubles the /mra/v1 prefix on these URLs.
    QCOMPARE(call(sandbox, "GET", "/mra/v1" + path, {}, basicAuth()).json(), expected);
    QCOMPARE(call(sandbox, "DELETE", path, {}, basicAuth()).status, 204);
    QCOMPARE(call(sandbox, "GET", path, {}, basicAuth()).status, 404);
    const TestHttp::Response bad = call(sandbox, "POST", path, R"({"url":"ftp://x"})", basicAuth());
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QLatin1String("message")).toString(),
             QStringLiteral("url: required, an http or https URL"));
}

void tst_Sandbox::adminTokenGuardsAdmin()
{
    START_SANDBOX(sandbox, {QStringLiteral("--admin-token"), QStringLiteral("t0ken")});
    const TestHttp::Response refused = call(sandbox, "GET", "/admin/inbox");
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QLatin1String("message")).toString(),
             QStringLiteral("/admin needs Authorization: Bearer <admin token>"));
    QCOMPARE(call(sandbox, "GET", "/admin/inbox", {}, {{"Authorization", "Bearer wrong"}}).status,
             401);
    QCOMPARE(call(sandbox, "GET", "/admin/inbox", {}, {{"Authorization", "Bearer t0ken"}}).status,
             200);
    QCOMPARE(submit(sandbox, "/outbound/sms", fixture(QStringLiteral("sms.json"))).status, 200);
}

void tst_Sandbox::nonLoopbackListenNeedsAdminToken()
{
    OpenTextSandbox sandbox {SandboxOptions()};
    const Result<quint16> refused = sandbox.listen(QHostAddress::Any, 0);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("not a loopback address")),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("admin token")), qPrintable(refused.error()));
    QVERIFY(sandbox.baseUrl().isEmpty());

    // The command line says the same, and exits 1.
    QProcess process;
    process.start(SandboxProcess::binary(),
                  {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(process.readAllStandardError().contains("admin token"), "no reason given");
}

void tst_Sandbox::inProcessSandboxSignalsInboxChanges()
{
    SandboxOptions options;
    options.sentAfterMs = 0;
    options.confirmedAfterMs = 0;
    OpenTextSandbox sandbox(options);
    const Result<quint16> port = sandbox.listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port, qPrintable(port.error()));
    QCOMPARE(sandbox.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(port.value()));
    QCOMPARE(sandbox.messagingUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/mra/v1").arg(port.value()));
    QSignalSpy changed(&sandbox, &OpenTextSandbox::inboxChanged);

    QNetworkAccessManager network;
    QNetworkRequest request(
        sandbox.baseUrl().resolved(QUrl(QStringLiteral("/capture/in-process"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = network.post(request, QByteArrayLiteral("hello"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(changed.size(), 1);
    const QJsonArray messages = sandbox.inbox().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("body")).toString(),
             QStringLiteral("hello"));

    SandboxFaults faults = sandbox.faults();
    faults.failNext = 3;
    sandbox.setFaults(faults);
    QCOMPARE(sandbox.faults().failNext, 3);
    sandbox.clearInbox();
    QCOMPARE(changed.size(), 2);
    QVERIFY(sandbox.inbox().value(QLatin1String("messages")).toArray().isEmpty());
}

void tst_Sandbox::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("unknown flag") << QStringList {QStringLiteral("--frobnicate")}
                                  << QByteArray("frobnicate");
    QTest::newRow("bad listen") << QStringList {QStringLiteral("--listen"), QStringLiteral("here")}
                                << QByteArray("--listen wants address:port");
    QTest::newRow("rate out of range")
        << QStringList {QStringLiteral("--error-rate"), QStringLiteral("2")}
        << QByteArray("error_rate must be a number from 0 to 1");
    QTest::newRow("not a number") << QStringList {QStringLiteral("--latency-ms"),
                                                  QStringLiteral("soon")}
                                  << QByteArray("--latency-ms wants a number");
    QTest::newRow("secret without id")
        << QStringList {QStringLiteral("--client-secret"), QStringLiteral("x")}
        << QByteArray("--client-id and --client-secret go together");
    QTest::newRow("bad pattern") << QStringList {QStringLiteral("--error-pattern"),
                                                 QStringLiteral("(")}
                                 << QByteArray("--error-pattern is not a regular expression");
    QTest::newRow("bad webhook") << QStringList {QStringLiteral("--status-webhook"),
                                                 QStringLiteral("mailto:x@y")}
                                 << QByteArray("--status-webhook wants an http or https URL");
    QTest::newRow("stray argument")
        << QStringList {QStringLiteral("serve")} << QByteArray("unexpected argument 'serve'");
}

void tst_Sandbox::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    QProcess process;
    process.start(SandboxProcess::binary(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains(reason), error.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_Sandbox::portInUseExitsOne()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    QProcess process;
    process.start(
        SandboxProcess::binary(),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.startsWith("otbridge-sandbox: cannot listen on 127.0.0.1:"), error.constData());
}

void tst_Sandbox::signalsStopCleanlyAndDefaultsArePrinted_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_Sandbox::signalsStopCleanlyAndDefaultsArePrinted()
{
    QFETCH(int, signalNumber);
    QProcess process;
    process.start(SandboxProcess::binary(),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(process.waitForStarted(5000));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains('\n') && timer.elapsed() < 10000 && process.waitForReadyRead(10000))
        output += process.readAllStandardOutput();
    QVERIFY2(QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:\\d+\n$"))
                 .match(QString::fromUtf8(output))
                 .hasMatch(),
             output.constData());
    const QByteArray error = process.readAllStandardError();
    for (const char *word : {"'sandbox'", "'sandbox-secret'", "'sandbox-password'"})
        QVERIFY2(error.contains(word), error.constData());

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
