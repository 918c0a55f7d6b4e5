// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "event/webhooksignature.h"
#include "httpsink.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

namespace {

constexpr char apiToken[] = "test-api-token-5f1c";

// A workspace with one source, one generic HTTP target (the sink) and one rule posting every
// event to it; `delivery` and `escalate` shape the target's policy and the rule's escalation.
QByteArray workspaceJson(const QByteArray &sinkUrl, const QJsonObject &delivery,
                         const QJsonObject &escalate = {}, const QJsonObject &signing = {})
{
    QJsonObject target {{"name", "sink"},
                        {"type", "http"},
                        {"url", QString::fromLatin1(sinkUrl + "/orders")},
                        {"delivery", delivery}};
    if (!signing.isEmpty())
        target.insert("signing", signing);
    QJsonArray actions {
        QJsonObject {{"type", "http"},
                     {"target", "sink"},
                     {"body", R"({"order": "{{order.id}}", "event": "{{event.id}}"})"}}};
    if (!escalate.isEmpty())
        actions.append(escalate);
    QJsonObject rule {{"name", "orders-to-sink"},
                      {"trigger", QJsonObject {{"sources", QJsonArray {"orders"}}}},
                      {"actions", actions}};
    QJsonObject workspace {
        {"version", 1},
        {"name", "delivery test"},
        {"sources", QJsonArray {QJsonObject {{"name", "orders"}, {"format", "json"}}}},
        {"targets", QJsonArray {target}},
        {"rules", QJsonArray {rule}},
        {"roles", QJsonArray {}},
    };
    return QJsonDocument(workspace).toJson();
}

} // namespace

// Reliable delivery end to end, in-process: the listener stores the event, the router makes the
// delivery, the dispatcher calls a real HTTP endpoint on loopback that answers as scripted.
class tst_Delivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void retriesUntilDelivered();
    void retryAfterIsHonoured();
    void permanentFailureIsNotRetried();
    void deadLetterThenRetryOverTheApi();
    void replayByTargetSinceATime();
    void breakerOpensThenCloses();
    void rateLimitPacesTheTarget();
    void signedRequestsKeepTheirIdempotencyKey();
    void escalationTiersFireInOrder();
    void acknowledgementStopsEscalation();
    void apiNeedsTheToken();
    void stoppingMidCallCostsNoAttempt();
    void deliveriesWaitForTheirSecret();
    void halfOpenBreakerSurvivesTheRateLimiter();

private:
    bool startEngine(const QByteArray &workspace, double delayScale = 1.0,
                     bool waitForToken = true);
    QString post(const QByteArray &body);
    QJsonObject status(const QString &id);
    TestHttp::Response api(const QByteArray &method, const QByteArray &path,
                           const QByteArray &token = apiToken);

    QTemporaryDir *m_dir = nullptr;
    Engine *m_engine = nullptr;
    HttpSink *m_sink = nullptr;
};

void tst_Delivery::init()
{
    qputenv("OTBRIDGE_SECRET_API_TOKEN", apiToken);
    qputenv("OTBRIDGE_SECRET_SINK_SIGNING", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    m_dir = new QTemporaryDir;
    m_sink = new HttpSink;
    QVERIFY(m_sink->listen());
}

void tst_Delivery::cleanup()
{
    delete m_engine;
    m_engine = nullptr;
    delete m_sink;
    m_sink = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

bool tst_Delivery::startEngine(const QByteArray &workspace, double delayScale, bool waitForToken)
{
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(workspace) != workspace.size())
        return false;
    file.close();
    m_engine = new Engine;
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.workspacePath = path;
    options.delayScale = delayScale;
    const auto url = m_engine->start(options);
    if (!url) {
        qWarning().noquote() << url.error();
        return false;
    }
    if (!waitForToken)
        return true;
    // The API token is read asynchronously: wait until it is in force.
    for (int i = 0; i < 100; ++i) {
        if (api("POST", "/api/v1/events/00000000-0000-0000-0000-000000000000/ack").status == 404)
            return true;
        QTest::qWait(20);
    }
    return false;
}

QString tst_Delivery::post(const QByteArray &body)
{
    const TestHttp::Response response = TestHttp::exchange(
        quint16(m_engine->url().port()),
        TestHttp::request("POST", "/hooks/orders", body, {{"Content-Type", "application/json"}}));
    if (response.status != 202)
        return {};
    return response.json().value("id").toString();
}

TestHttp::Response tst_Delivery::api(const QByteArray &method, const QByteArray &path,
                                     const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArray("Authorization"), "Bearer " + token});
    if (method == "POST")
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return TestHttp::exchange(quint16(m_engine->url().port()),
                              TestHttp::request(method, path, {}, headers));
}

QJsonObject tst_Delivery::status(const QString &id)
{
    return api("GET", "/api/v1/events/" + id.toLatin1()).json();
}

void tst_Delivery::retriesUntilDelivered()
{
    m_sink->script({{503, {}, "{\"error\":\"down\"}"}, {502, {}, "{}"}});
    QVERIFY(startEngine(
        workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0, 1, 1, 1}}}), 0.05));
    const QString id = post(R"({"order": {"id": "O-1"}})");
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 3, 10000);

    // Every attempt carried the same rendered body and the same Idempotency-Key.
    const QByteArray key = m_sink->requests().at(0).header("Idempotency-Key");
    QVERIFY(!key.isEmpty());
    for (const HttpSink::Request &request : m_sink->requests()) {
        QCOMPARE(request.path, QByteArray("/orders"));
        QCOMPARE(request.header("Idempotency-Key"), key);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("order").toString(), QStringLiteral("O-1"));
        QCOMPARE(body.value("event").toString(), id);
    }
    // The schedule: 1 s × 0.05 between attempts, not at once.
    QVERIFY(m_sink->requests().at(1).atMs - m_sink->requests().at(0).atMs >= 40);

    QTRY_COMPARE_WITH_TIMEOUT(
        status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
        QStringLiteral("delivered"), 5000);
    const QJsonObject json = status(id);
    const QJsonObject delivery = json.value("deliveries").toArray().at(0).toObject();
    QCOMPARE(delivery.value("attempts").toInt(), 3);
    QCOMPARE(delivery.value("target").toString(), QStringLiteral("sink"));
    QCOMPARE(delivery.value("rule").toString(), QStringLiteral("orders-to-sink"));
    QCOMPARE(delivery.value("id").toString(), QString::fromLatin1(key));
    QCOMPARE(json.value("state").toString(), QStringLiteral("delivered"));
    const QList<DeliveryAttempt> attempts
        = m_engine->deliveries()->attempts(delivery.value("id").toString());
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).httpStatus, 503);
    QCOMPARE(attempts.at(0).outcome, QStringLiteral("retry"));
    QCOMPARE(attempts.at(2).outcome, QStringLiteral("delivered"));
}

void tst_Delivery::retryAfterIsHonoured()
{
    // The schedule says "at once" every time; the target says "not before 1 s".
    m_sink->script({{429, {{"Retry-After", "1"}}, "{}"}});
    QVERIFY(
        startEngine(workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0, 0, 0}}})));
    QVERIFY(!post(R"({"order": {"id": "O-2"}})").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 2, 10000);
    const qint64 gap = m_sink->requests().at(1).atMs - m_sink->requests().at(0).atMs;
    QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
}

void tst_Delivery::permanentFailureIsNotRetried()
{
    m_sink->setDefault({400, {}, "{\"error\":\"order field unknown\"}"});
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0, 0}}})));
    const QString id = post(R"({"order": {"id": "O-3"}})");
    QTRY_COMPARE_WITH_TIMEOUT(
        status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
        QStringLiteral("dead"), 10000);
    QTest::qWait(200);
    QCOMPARE(m_sink->count(), 1);
    const QJsonObject delivery = status(id).value("deliveries").toArray().at(0).toObject();
    QCOMPARE(delivery.value("attempts").toInt(), 1);
    QVERIFY2(delivery.value("last_error").toString().contains("order field unknown"),
             qPrintable(delivery.value("last_error").toString()));
    QCOMPARE(status(id).value("state").toString(), QStringLiteral("failed"));

    // The dead delivery became an event of its own, for rules to route (use case 6).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const EventSummary &summary : m_engine->store()->recent(20))
                if (summary.source == QLatin1String("delivery.dead"))
                    return true;
            return false;
        }(),
        5000);
}

void tst_Delivery::deadLetterThenRetryOverTheApi()
{
    m_sink->script({{503, {}, "{}"}, {503, {}, "{}"}});
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0, 0}}})));
    const QString id = post(R"({"order": {"id": "O-4"}})");
    QTRY_COMPARE_WITH_TIMEOUT(
        status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
        QStringLiteral("dead"), 10000);
    QCOMPARE(m_sink->count(), 2);
    const QJsonObject dead = status(id).value("deliveries").toArray().at(0).toObject();
    QVERIFY2(dead.value("last_error")
                 .toString()
                 .startsWith("gave up after attempt 2: HTTP 503 from 127.0.0.1:"),
             qPrintable(dead.value("last_error").toString()));
    QCOMPARE(m_engine->deliveries()->deadLetters({}, {}).size(), 1);

    // The caller retries (use case 6): the sink answers 200 now.
    const TestHttp::Response retried = api("POST", "/api/v1/events/" + id.toLatin1() + "/retry");
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json().value("retried").toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
        QStringLiteral("delivered"), 10000);
    QCOMPARE(m_sink->count(), 3);
    QCOMPARE(m_sink->requests().at(2).header("Idempotency-Key"),
             m_sink->requests().at(0).header("Idempotency-Key"));
    QCOMPARE(m_engine->deliveries()->deadLetters({}, {}).size(), 0);
    // A second retry finds nothing dead.
    QCOMPARE(api("POST", "/api/v1/events/" + id.toLatin1() + "/retry").json().value("retried"),
             QJsonValue(0));
}

void tst_Delivery::replayByTargetSinceATime()
{
    m_sink->setDefault({500, {}, "{}"});
    QVERIFY(startEngine(workspaceJson(
        m_sink->url(""),
        {{"retry_schedule", QJsonArray {0}}, {"breaker", QJsonObject {{"failures", 0}}}})));
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(post(QStringLiteral(R"({"order": {"id": "R-%1"}})").arg(i).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine->deliveries()->deadLetters(QStringLiteral("sink"), {}).size(), 3, 10000);
    m_sink->setDefault({200, {}, "{}"});
    // One delivery by id, then everything for the target since a time.
    const QString first
        = status(ids.at(0)).value("deliveries").toArray().at(0).toObject().value("id").toString();
    const auto one = m_engine->replay({first});
    QVERIFY(one.ok());
    QCOMPARE(one.value(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine->deliveries()->deadLetters(QStringLiteral("sink"), {}).size(), 2, 10000);
    // The rest over the API: everything dead for the target since a minute ago.
    const auto replay = [&](const QByteArray &body) {
        return TestHttp::exchange(
            quint16(m_engine->url().port()),
            TestHttp::request("POST", "/api/v1/deliveries/replay", body,
                              {{"Authorization", QByteArray("Bearer ") + apiToken},
                               {"Content-Type", "application/json"}}));
    };
    const TestHttp::Response bad = replay(R"({"target": "sink", "ids": []})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value("error").toString(),
             QStringLiteral("send {\"ids\": [\"…\"]} or {\"target\": \"name\", \"since\": "
                            "\"2026-11-29T08:00:00Z\"}"));
    const TestHttp::Response badSince = replay(R"({"target": "sink", "since": "yesterday"})");
    QCOMPARE(badSince.status, 400);
    QCOMPARE(m_engine->deliveries()->deadLetters(QStringLiteral("sink"), {}).size(), 2);
    const TestHttp::Response all
        = replay(QJsonDocument(QJsonObject {{"target", "sink"},
                                            {"since",
                                             QDateTime::currentDateTimeUtc().addSecs(-60).toString(
                                                 Qt::ISODateWithMs)}})
                     .toJson());
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().value("replayed").toInt(), 2);
    for (const QString &id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(
            status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
            QStringLiteral("delivered"), 10000);
    QCOMPARE(m_sink->count(), 6);
}

void tst_Delivery::breakerOpensThenCloses()
{
    // Two failures open the breaker for 1 s; while open, nothing reaches the target.
    m_sink->script({{503, {}, "{}"}, {503, {}, "{}"}});
    QVERIFY(startEngine(
        workspaceJson(m_sink->url(""),
                      {{"retry_schedule", QJsonArray {0, 0, 0, 0, 0, 0}},
                       {"breaker", QJsonObject {{"failures", 2}, {"open_seconds", 1}}}})));
    // One event first, so its two failures come one after the other and nothing else is on
    // the wire when the breaker opens.
    const QString a = post(R"({"order": {"id": "B-1"}})");
    // (The sink answers on this thread: the count is judged by the times it recorded.)
    QTRY_VERIFY_WITH_TIMEOUT(m_sink->count() >= 2, 10000);
    const qint64 opened = m_sink->requests().at(1).atMs;
    const QString b = post(R"({"order": {"id": "B-2"}})");
    const QString c = post(R"({"order": {"id": "B-3"}})");
    // Open: every event waits until the breaker lets one trial through.
    QTRY_VERIFY_WITH_TIMEOUT(m_sink->count() >= 3, 5000);
    // The trial came after the open time; it succeeded, so the rest follow.
    QVERIFY2(m_sink->requests().at(2).atMs - opened >= 900,
             qPrintable(QString::number(m_sink->requests().at(2).atMs - opened)));
    for (const QString &id : {a, b, c})
        QTRY_COMPARE_WITH_TIMEOUT(
            status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
            QStringLiteral("delivered"), 10000);
    QCOMPARE(m_sink->count(), 5);
}

void tst_Delivery::rateLimitPacesTheTarget()
{
    // 5 a second after a burst of 1: six events reach the target over about a second.
    QVERIFY(startEngine(workspaceJson(
        m_sink->url(""), {{"rate_limit", QJsonObject {{"per_second", 5}, {"burst", 1}}}})));
    for (int i = 0; i < 6; ++i)
        QVERIFY(!post(QStringLiteral(R"({"order": {"id": "L-%1"}})").arg(i).toUtf8()).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 6, 10000);
    const qint64 spread = m_sink->requests().at(5).atMs - m_sink->requests().at(0).atMs;
    QVERIFY2(spread >= 900, qPrintable(QString::number(spread)));
    for (int i = 1; i < 6; ++i) {
        const qint64 gap = m_sink->requests().at(i).atMs - m_sink->requests().at(i - 1).atMs;
        QVERIFY2(gap >= 100,
                 qPrintable(
                     QStringLiteral("request %1 came %2 ms after the one before").arg(i).arg(gap)));
    }
}

void tst_Delivery::signedRequestsKeepTheirIdempotencyKey()
{
    m_sink->script({{503, {}, "{}"}});
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0, 0}}}, {},
                                      {{"secret", "sink-signing"}})));
    QVERIFY(!post(R"({"order": {"id": "S-1"}})").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 2, 10000);
    const QByteArray key
        = StandardWebhooks::decodeSecret(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
              .value();
    for (const HttpSink::Request &request : m_sink->requests()) {
        QCOMPARE(request.header("webhook-id"), m_sink->requests().at(0).header("Idempotency-Key"));
        QCOMPARE(StandardWebhooks::verify(key, request.header("webhook-id"),
                                          request.header("webhook-timestamp"),
                                          request.header("webhook-signature"), request.body,
                                          QDateTime::currentDateTimeUtc()),
                 StandardWebhooks::Verdict::Valid);
        // Tampered: one byte of the body changed.
        QByteArray tampered = request.body;
        tampered.replace("S-1", "S-2");
        QCOMPARE(StandardWebhooks::verify(key, request.header("webhook-id"),
                                          request.header("webhook-timestamp"),
                                          request.header("webhook-signature"), tampered,
                                          QDateTime::currentDateTimeUtc()),
                 StandardWebhooks::Verdict::SignatureMismatch);
    }
}

namespace {

QJsonObject escalateAction()
{
    const auto tierAction = [](int tier) {
        return QJsonObject {
            {"type", "http"},
            {"target", "sink"},
            {"body", QStringLiteral(R"({"tier": "%1", "order": "{{order.id}}"})").arg(tier)}};
    };
    return {{"type", "escalate"},
            {"within_seconds", 60},
            {"tiers",
             QJsonArray {
                 QJsonObject {{"actions", QJsonArray {tierAction(1)}}},
                 QJsonObject {{"after_seconds", 60}, {"actions", QJsonArray {tierAction(2)}}}}}};
}

} // namespace

void tst_Delivery::escalationTiersFireInOrder()
{
    // 60 s and 60 s more, on a clock 50 times faster: 1.2 s, then 2.4 s.
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {}, escalateAction()), 0.02));
    const QString id = post(R"({"order": {"id": "E-1"}})");
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 5000); // the rule's own action
    QCOMPARE(status(id).value("escalation").toObject().value("state").toString(),
             QStringLiteral("waiting"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 3, 10000);
    const QJsonObject tier1 = QJsonDocument::fromJson(m_sink->requests().at(1).body).object();
    const QJsonObject tier2 = QJsonDocument::fromJson(m_sink->requests().at(2).body).object();
    QCOMPARE(tier1.value("tier").toString(), QStringLiteral("1"));
    QCOMPARE(tier2.value("tier").toString(), QStringLiteral("2"));
    QCOMPARE(tier2.value("order").toString(), QStringLiteral("E-1"));
    const qint64 gap = m_sink->requests().at(2).atMs - m_sink->requests().at(1).atMs;
    QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));

    const QJsonObject escalation = status(id).value("escalation").toObject();
    QCOMPARE(escalation.value("state").toString(), QStringLiteral("exhausted"));
    QCOMPARE(escalation.value("tiers_fired").toInt(), 2);
    QCOMPARE(status(id).value("deliveries").toArray().size(), 3);
    // Each tier raised escalation.fired for rules to route.
    int fired = 0;
    for (const EventSummary &summary : m_engine->store()->recent(50))
        fired += summary.source == QLatin1String("escalation.fired") ? 1 : 0;
    QCOMPARE(fired, 2);
}

void tst_Delivery::acknowledgementStopsEscalation()
{
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {}, escalateAction()), 0.05));
    const QString id = post(R"({"order": {"id": "E-2"}})");
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 5000);
    const TestHttp::Response ack
        = TestHttp::exchange(quint16(m_engine->url().port()),
                             TestHttp::request("POST", "/api/v1/events/" + id.toLatin1() + "/ack",
                                               R"({"by": "dana", "note": "on it"})",
                                               {{"Authorization", QByteArray("Bearer ") + apiToken},
                                                {"Content-Type", "application/json"}}));
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.json().value("acknowledged").toBool(), true);
    QCOMPARE(ack.json().value("by").toString(), QStringLiteral("dana"));
    // Tier 1 was due 3 s after the event, tier 2 at 6 s (60 s and 60 s more, times 0.05). The
    // dispatcher fires only what dueEscalations() gives: asked a day ahead, it has nothing of
    // this event, so nothing can fire, without waiting for the tiers' times.
    const QUuid event = QUuid::fromString(id);
    const auto due
        = m_engine->deliveries()->dueEscalations(QDateTime::currentDateTimeUtc().addDays(1), 100);
    QVERIFY2(due.ok(), qPrintable(due.error()));
    for (const EscalationRecord &tier : due.value())
        QVERIFY2(tier.eventId != event, "a tier of the acknowledged event can still fire");
    QCOMPARE(m_sink->count(), 1);
    const QJsonObject json = status(id);
    QCOMPARE(json.value("acknowledged").toBool(), true);
    QCOMPARE(json.value("state").toString(), QStringLiteral("acknowledged"));
    QCOMPARE(json.value("escalation").toObject().value("state").toString(),
             QStringLiteral("acknowledged"));
    QCOMPARE(json.value("acknowledgement").toObject().value("note").toString(),
             QStringLiteral("on it"));
    // Acknowledging again keeps the first.
    const TestHttp::Response again = api("POST", "/api/v1/events/" + id.toLatin1() + "/ack");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value("by").toString(), QStringLiteral("dana"));
}

void tst_Delivery::apiNeedsTheToken()
{
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {})));
    const QString id = post(R"({"order": {"id": "T-1"}})");
    const QByteArray path = "/api/v1/events/" + id.toLatin1();
    const TestHttp::Response none = api("POST", path + "/ack", {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value("error").toString(),
             QStringLiteral("this endpoint needs \"Authorization: Bearer <token>\""));
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
    const TestHttp::Response wrong = api("POST", path + "/ack", "nope");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json().value("error").toString(), QStringLiteral("the API token is not valid"));
    QCOMPARE(api("GET", path, "nope").status, 401);
    // Nothing was acknowledged by the refused calls.
    QCOMPARE(status(id).value("acknowledged").toBool(), false);
    QCOMPARE(api("POST", "/api/v1/events/not-an-id/ack").status, 404);
    QCOMPARE(api("GET", path + "/ack").status, 405);
}

void tst_Delivery::stoppingMidCallCostsNoAttempt()
{
    // One attempt only, and the target is slow: a stop while it is on the wire must not spend it.
    m_sink->script({{200, {}, "{}", 3000}});
    const QByteArray workspace
        = workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0}}});
    QVERIFY(startEngine(workspace));
    const QString id = post(R"({"order": {"id": "X-1"}})");
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 5000);
    delete m_engine; // stops it
    m_engine = nullptr;

    QVERIFY(startEngine(workspace));
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
        QStringLiteral("delivered"), 10000);
    QCOMPARE(status(id).value("deliveries").toArray().at(0).toObject().value("attempts").toInt(),
             1);
    QCOMPARE(m_sink->requests().at(1).header("Idempotency-Key"),
             m_sink->requests().at(0).header("Idempotency-Key"));
}

void tst_Delivery::deliveriesWaitForTheirSecret()
{
    // The event arrives before the keychain (here: the environment) has answered, which
    // needs this thread's event loop: the delivery must wait for it, not spend an attempt.
    QVERIFY(startEngine(workspaceJson(m_sink->url(""), {{"retry_schedule", QJsonArray {0}}}, {},
                                      {{"secret", "sink-signing"}}),
                        1.0, false));
    const QString id = post(R"({"order": {"id": "W-1"}})");
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 10000);
    QVERIFY(!m_sink->requests().at(0).header("webhook-signature").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
        QStringLiteral("delivered"), 10000);
    QCOMPARE(
        m_engine->deliveries()
            ->attempts(
                status(id).value("deliveries").toArray().at(0).toObject().value("id").toString())
            .size(),
        1);
}

void tst_Delivery::halfOpenBreakerSurvivesTheRateLimiter()
{
    // One failure opens the breaker for 1 s; the limiter allows one call a second. The trial
    // after the open second must not be lost to the limiter, or the target stays blocked.
    m_sink->script({{503, {}, "{}"}});
    QVERIFY(startEngine(
        workspaceJson(m_sink->url(""),
                      {{"retry_schedule", QJsonArray {0, 0, 0, 0}},
                       {"breaker", QJsonObject {{"failures", 1}, {"open_seconds", 1}}},
                       {"rate_limit", QJsonObject {{"per_second", 1}, {"burst", 1}}}})));
    const QString a = post(R"({"order": {"id": "H-1"}})");
    const QString b = post(R"({"order": {"id": "H-2"}})");
    for (const QString &id : {a, b})
        QTRY_COMPARE_WITH_TIMEOUT(
            status(id).value("deliveries").toArray().at(0).toObject().value("state").toString(),
            QStringLiteral("delivered"), 10000);
    QCOMPARE(m_sink->count(), 3);
}

QTEST_MAIN(tst_Delivery)
#include "tst_delivery.moc"
