// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/deliverypolicy.h"
#include "delivery/circuitbreaker.h"
#include "delivery/ratelimiter.h"
#include "delivery/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OtBridge;

// The retry schedule, the circuit breaker and the rate limiter: plain values with the time
// passed in, so every step of their state machines is checked at an exact instant.
class tst_DeliveryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultScheduleIsSvixs();
    void scheduleCountsFromTheFailure();
    void retryAfterWinsOnlyWhenLater();
    void lastAttemptHasNoNext();
    void toJsonHoldsOnlyWhatDiffers();
    void fromJsonRoundTrips();
    void absentDeliveryIsTheDefaults();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void scheduleTextRoundTrips_data();
    void scheduleTextRoundTrips();
    void scheduleTextErrors_data();
    void scheduleTextErrors();
    void retryAfterParses_data();
    void retryAfterParses();

    void breakerOpensAfterThreshold();
    void openBreakerRefusesUntilOpenSecondsPass();
    void halfOpenAllowsExactlyOneTrial();
    void trialSuccessCloses();
    void trialFailureReopens();
    void successResetsTheCount();
    void lateFailureDoesNotStretchThePause();
    void thresholdZeroNeverOpens();
    void stateNames();

    void limiterAllowsBurstThenRate();
    void limiterWaitMsSaysWhenTheNextTokenComes();
    void limiterNeverHoldsMoreThanBurst();
    void unlimitedLimiterAlwaysAllows();
};

static const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

void tst_DeliveryPolicy::defaultScheduleIsSvixs()
{
    const DeliveryPolicy policy;
    QCOMPARE(policy.retrySchedule, (QList<int> {0, 5, 300, 1800, 7200, 18000, 36000, 36000}));
    QCOMPARE(policy.maxAttempts(), 8);
    QCOMPARE(policy.breakerFailures, 5);
    QCOMPARE(policy.breakerOpenSeconds, 30);
    QCOMPARE(policy.ratePerSecond, 0.0);
}

void tst_DeliveryPolicy::scheduleCountsFromTheFailure()
{
    const DeliveryPolicy policy;
    QCOMPARE(policy.nextAttempt(0, t0), t0);
    QCOMPARE(policy.nextAttempt(1, t0), t0.addSecs(5));
    QCOMPARE(policy.nextAttempt(2, t0), t0.addSecs(300));
    QCOMPARE(policy.nextAttempt(3, t0), t0.addSecs(1800));
    QCOMPARE(policy.nextAttempt(7, t0), t0.addSecs(36000));
}

void tst_DeliveryPolicy::retryAfterWinsOnlyWhenLater()
{
    const DeliveryPolicy policy;
    QCOMPARE(policy.nextAttempt(1, t0, 60), t0.addSecs(60)); // later than 5 s
    QCOMPARE(policy.nextAttempt(2, t0, 60), t0.addSecs(300)); // earlier than 300 s
    QCOMPARE(policy.nextAttempt(1, t0, 0), t0.addSecs(5));
    QCOMPARE(policy.nextAttempt(1, t0, std::nullopt), t0.addSecs(5));
}

void tst_DeliveryPolicy::lastAttemptHasNoNext()
{
    const DeliveryPolicy policy;
    QVERIFY(policy.nextAttempt(7, t0).has_value());
    QVERIFY(!policy.nextAttempt(8, t0).has_value());
    QVERIFY(!policy.nextAttempt(8, t0, 10).has_value()); // Retry-After cannot add an attempt
    QVERIFY(!policy.nextAttempt(9, t0).has_value());

    DeliveryPolicy once;
    once.retrySchedule = {0};
    QCOMPARE(once.nextAttempt(0, t0), t0);
    QVERIFY(!once.nextAttempt(1, t0).has_value());
}

void tst_DeliveryPolicy::toJsonHoldsOnlyWhatDiffers()
{
    QCOMPARE(DeliveryPolicy().toJson(), QJsonObject());

    DeliveryPolicy policy;
    policy.breakerOpenSeconds = 60;
    policy.ratePerSecond = 2.5;
    QCOMPARE(policy.toJson(),
             QJsonObject({{"breaker", QJsonObject {{"open_seconds", 60}}},
                          {"rate_limit", QJsonObject {{"per_second", 2.5}}}}));

    policy = DeliveryPolicy();
    policy.retrySchedule = {1, 2};
    policy.rateBurst = 3;
    policy.breakerFailures = 0;
    QCOMPARE(policy.toJson(),
             QJsonObject({{"retry_schedule", QJsonArray {1, 2}},
                          {"breaker", QJsonObject {{"failures", 0}}},
                          {"rate_limit", QJsonObject {{"burst", 3}}}}));
}

void tst_DeliveryPolicy::fromJsonRoundTrips()
{
    DeliveryPolicy policy;
    policy.retrySchedule = {0, 1, 2, 86400};
    policy.breakerFailures = 1000;
    policy.breakerOpenSeconds = 86400;
    policy.ratePerSecond = 0.5;
    policy.rateBurst = 1;
    const auto parsed = DeliveryPolicy::fromJson(policy.toJson(), QStringLiteral("here"));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->retrySchedule, policy.retrySchedule);
    QCOMPARE(parsed->breakerFailures, 1000);
    QCOMPARE(parsed->breakerOpenSeconds, 86400);
    QCOMPARE(parsed->ratePerSecond, 0.5);
    QCOMPARE(parsed->rateBurst, 1);
    QCOMPARE(parsed->toJson(), policy.toJson());
}

void tst_DeliveryPolicy::absentDeliveryIsTheDefaults()
{
    for (const QJsonValue &json : {QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null),
                                   QJsonValue(QJsonObject())}) {
        const auto parsed = DeliveryPolicy::fromJson(json, QStringLiteral("here"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->toJson(), QJsonObject());
        QCOMPARE(parsed->maxAttempts(), 8);
    }
    // Only the part given changes.
    const auto partial = DeliveryPolicy::fromJson(
        QJsonObject {{"breaker", QJsonObject {{"failures", 2}}}}, QStringLiteral("here"));
    QVERIFY2(partial, qPrintable(partial.error()));
    QCOMPARE(partial->breakerFailures, 2);
    QCOMPARE(partial->breakerOpenSeconds, 30);
    QCOMPARE(partial->maxAttempts(), 8);
}

void tst_DeliveryPolicy::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString prefix = QStringLiteral("workspace w.json, target 'slack', delivery: ");
    const QString schedule
        = prefix + "\"retry_schedule\" must be an array of 1 to 50 non-negative numbers of seconds";
    QTest::addRow("not an object")
        << QByteArray("[1]")
        << prefix + "must be an object with retry_schedule, breaker or rate_limit";
    QTest::addRow("unknown key") << QByteArray(R"({"retries": [1]})")
                                 << prefix
            + "unknown key \"retries\"; the known keys are retry_schedule, breaker, rate_limit";
    QTest::addRow("schedule not array") << QByteArray(R"({"retry_schedule": 5})") << schedule;
    QTest::addRow("schedule empty") << QByteArray(R"({"retry_schedule": []})") << schedule;
    QByteArray fiftyOne = "{\"retry_schedule\": [0";
    for (int i = 1; i < 51; ++i)
        fiftyOne += ",1";
    fiftyOne += "]}";
    QTest::addRow("schedule 51 long") << fiftyOne << schedule;
    QTest::addRow("schedule negative") << QByteArray(R"({"retry_schedule": [0, -5]})") << schedule;
    QTest::addRow("schedule string") << QByteArray(R"({"retry_schedule": [0, "5"]})") << schedule;
    QTest::addRow("schedule fraction") << QByteArray(R"({"retry_schedule": [0.5]})") << schedule;
    QTest::addRow("schedule too long a wait") << QByteArray(R"({"retry_schedule": [0, 1e12]})")
                                              << prefix
            + "\"retry_schedule\" entry 2 waits 1000000000000 seconds; at most 2592000 (30 days)";
    QTest::addRow("breaker not object")
        << QByteArray(R"({"breaker": 5})")
        << prefix + "\"breaker\" must be an object with failures and open_seconds";
    QTest::addRow("breaker unknown") << QByteArray(R"({"breaker": {"threshold": 5}})")
                                     << prefix
            + "\"breaker\": unknown key \"threshold\"; the known keys are failures, open_seconds";
    const QString failures
        = prefix + "\"breaker\": \"failures\" must be a whole number from 0 (no breaker) to 1000";
    QTest::addRow("failures -1") << QByteArray(R"({"breaker": {"failures": -1}})") << failures;
    QTest::addRow("failures 1001") << QByteArray(R"({"breaker": {"failures": 1001}})") << failures;
    QTest::addRow("failures text") << QByteArray(R"({"breaker": {"failures": "5"}})") << failures;
    const QString open
        = prefix + "\"breaker\": \"open_seconds\" must be a whole number from 1 to 86400";
    QTest::addRow("open 0") << QByteArray(R"({"breaker": {"open_seconds": 0}})") << open;
    QTest::addRow("open 86401") << QByteArray(R"({"breaker": {"open_seconds": 86401}})") << open;
    QTest::addRow("rate not object")
        << QByteArray(R"({"rate_limit": true})")
        << prefix + "\"rate_limit\" must be an object with per_second and burst";
    QTest::addRow("rate unknown") << QByteArray(R"({"rate_limit": {"per_minute": 5}})")
                                  << prefix
            + "\"rate_limit\": unknown key \"per_minute\"; the known keys are per_second, burst";
    QTest::addRow("per_second negative") << QByteArray(R"({"rate_limit": {"per_second": -0.5}})")
                                         << prefix
            + "\"rate_limit\": \"per_second\" must be a number of calls a second, 0 (no limit) or "
              "more";
    const QString burst
        = prefix + "\"rate_limit\": \"burst\" must be a whole number from 1 to 1000000";
    QTest::addRow("burst 0") << QByteArray(R"({"rate_limit": {"burst": 0}})") << burst;
    QTest::addRow("burst fraction") << QByteArray(R"({"rate_limit": {"burst": 1.5}})") << burst;
}

void tst_DeliveryPolicy::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonValue value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const auto parsed
        = DeliveryPolicy::fromJson(value, QStringLiteral("workspace w.json, target 'slack'"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
}

void tst_DeliveryPolicy::scheduleTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("schedule");
    QTest::addColumn<QString>("written");
    QTest::addRow("the default") << "0, 5s, 5m, 30m, 2h, 5h, 10h, 10h"
                                 << DeliveryPolicy::defaultRetrySchedule()
                                 << "0s, 5s, 5m, 30m, 2h, 5h, 10h, 10h";
    QTest::addRow("bare seconds") << "0 90 3600" << QList<int> {0, 90, 3600} << "0s, 90s, 1h";
    QTest::addRow("spaces before units and upper case")
        << "1 M; 2 H,1d" << QList<int> {60, 7200, 86400} << "1m, 2h, 1d";
    QTest::addRow("one attempt") << "0" << QList<int> {0} << "0s";
    QTest::addRow("thirty days") << "30d" << QList<int> {30 * 86400} << "30d";
}

void tst_DeliveryPolicy::scheduleTextRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, schedule);
    QFETCH(QString, written);
    const auto parsed = DeliveryPolicy::parseRetrySchedule(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), schedule);
    QCOMPARE(DeliveryPolicy::retryScheduleText(schedule), written);
    QCOMPARE(DeliveryPolicy::parseRetrySchedule(written).value(), schedule);
}

void tst_DeliveryPolicy::scheduleTextErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addRow("empty") << "  "
                           << "give at least one attempt, such as 0 (at once)";
    QTest::addRow("a unit it does not know")
        << "0, 5x, 1h"
        << "entry 2, '5x', is not a wait such as 30s, 5m, 2h or 1d";
    QTest::addRow("negative") << "-5"
                              << "entry 1, '-5', is not a wait such as 30s, 5m, 2h or 1d";
    QTest::addRow("a fraction") << "0, 1.5h"
                                << "entry 2, '1.5h', is not a wait such as 30s, 5m, 2h or 1d";
    QTest::addRow("too long") << "0, 31d"
                              << "entry 2, '31d', waits longer than 30 days";
    QTest::addRow("too many") << QString(QStringLiteral("1, ").repeated(50) + QStringLiteral("1"))
                              << "at most 50 attempts, not 51";
}

void tst_DeliveryPolicy::scheduleTextErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto parsed = DeliveryPolicy::parseRetrySchedule(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), error);
}

void tst_DeliveryPolicy::retryAfterParses_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<int>>("seconds");
    QTest::addRow("seconds") << QByteArray("7") << std::optional<int>(7);
    QTest::addRow("padded") << QByteArray(" 120 ") << std::optional<int>(120);
    QTest::addRow("zero") << QByteArray("0") << std::optional<int>(0);
    QTest::addRow("negative") << QByteArray("-3") << std::optional<int>();
    QTest::addRow("empty") << QByteArray() << std::optional<int>();
    QTest::addRow("garbage") << QByteArray("soon") << std::optional<int>();
    // t0 is Sunday 1 March 2026, 12:00 UTC.
    QTest::addRow("http date") << QByteArray("Sun, 01 Mar 2026 12:01:30 GMT")
                               << std::optional<int>(90);
    QTest::addRow("http date, numeric zone")
        << QByteArray("Sun, 01 Mar 2026 13:02:00 +0100") << std::optional<int>(120);
    QTest::addRow("asctime") << QByteArray("Sun Mar  1 12:00:45 2026") << std::optional<int>(45);
    QTest::addRow("date in the past")
        << QByteArray("Sun, 01 Mar 2026 11:00:00 GMT") << std::optional<int>(0);
}

void tst_DeliveryPolicy::retryAfterParses()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<int>, seconds);
    QCOMPARE(parseRetryAfter(value, t0), seconds);
}

void tst_DeliveryPolicy::breakerOpensAfterThreshold()
{
    CircuitBreaker breaker(3, 30);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(breaker.allow(t0));
        breaker.recordFailure(t0);
        QCOMPARE(breaker.state(t0), CircuitBreaker::State::Closed);
        QVERIFY(!breaker.retryAt().isValid());
    }
    QVERIFY(breaker.allow(t0));
    breaker.recordFailure(t0);
    QCOMPARE(breaker.consecutiveFailures(), 3);
    QCOMPARE(breaker.state(t0), CircuitBreaker::State::Open);
    QCOMPARE(breaker.retryAt(), t0.addSecs(30));
}

void tst_DeliveryPolicy::openBreakerRefusesUntilOpenSecondsPass()
{
    CircuitBreaker breaker(1, 30);
    breaker.recordFailure(t0);
    QVERIFY(!breaker.allow(t0));
    QVERIFY(!breaker.allow(t0.addSecs(29)));
    QCOMPARE(breaker.state(t0.addSecs(29)), CircuitBreaker::State::Open);
    QCOMPARE(breaker.state(t0.addSecs(30)), CircuitBreaker::State::HalfOpen);
    QVERIFY(breaker.allow(t0.addSecs(30)));
}

void tst_DeliveryPolicy::halfOpenAllowsExactlyOneTrial()
{
    CircuitBreaker breaker(2, 10);
    breaker.recordFailure(t0);
    breaker.recordFailure(t0);
    const QDateTime later = t0.addSecs(60);
    QVERIFY(breaker.allow(later));
    QVERIFY(!breaker.allow(later));
    QVERIFY(!breaker.allow(later.addSecs(3600))); // still waiting for the trial's outcome
    QCOMPARE(breaker.state(later), CircuitBreaker::State::HalfOpen);
}

void tst_DeliveryPolicy::trialSuccessCloses()
{
    CircuitBreaker breaker(1, 10);
    breaker.recordFailure(t0);
    QVERIFY(breaker.allow(t0.addSecs(10)));
    breaker.recordSuccess();
    QCOMPARE(breaker.state(t0.addSecs(10)), CircuitBreaker::State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 0);
    QVERIFY(!breaker.retryAt().isValid());
    QVERIFY(breaker.allow(t0.addSecs(10)));
    QVERIFY(breaker.allow(t0.addSecs(10)));
}

void tst_DeliveryPolicy::trialFailureReopens()
{
    CircuitBreaker breaker(1, 10);
    breaker.recordFailure(t0);
    const QDateTime trial = t0.addSecs(15);
    QVERIFY(breaker.allow(trial));
    breaker.recordFailure(trial);
    QCOMPARE(breaker.state(trial), CircuitBreaker::State::Open);
    QCOMPARE(breaker.retryAt(), trial.addSecs(10));
    QVERIFY(!breaker.allow(trial.addSecs(9)));
    QVERIFY(breaker.allow(trial.addSecs(10))); // the next trial
    QVERIFY(!breaker.allow(trial.addSecs(10)));
}

void tst_DeliveryPolicy::successResetsTheCount()
{
    CircuitBreaker breaker(3, 10);
    breaker.recordFailure(t0);
    breaker.recordFailure(t0);
    breaker.recordSuccess();
    breaker.recordFailure(t0);
    breaker.recordFailure(t0);
    QCOMPARE(breaker.state(t0), CircuitBreaker::State::Closed);
    breaker.recordFailure(t0);
    QCOMPARE(breaker.state(t0), CircuitBreaker::State::Open);
}

void tst_DeliveryPolicy::lateFailureDoesNotStretchThePause()
{
    // Calls that started before the breaker opened report their failures afterwards.
    CircuitBreaker breaker(1, 30);
    breaker.recordFailure(t0);
    breaker.recordFailure(t0.addSecs(20));
    QCOMPARE(breaker.retryAt(), t0.addSecs(30));
    QVERIFY(breaker.allow(t0.addSecs(30)));
}

void tst_DeliveryPolicy::thresholdZeroNeverOpens()
{
    CircuitBreaker breaker(0, 30);
    for (int i = 0; i < 2000; ++i) {
        QVERIFY(breaker.allow(t0));
        breaker.recordFailure(t0);
    }
    QCOMPARE(breaker.state(t0), CircuitBreaker::State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 2000);
    QVERIFY(!breaker.retryAt().isValid());
}

void tst_DeliveryPolicy::stateNames()
{
    QCOMPARE(circuitStateName(CircuitBreaker::State::Closed), QStringLiteral("closed"));
    QCOMPARE(circuitStateName(CircuitBreaker::State::Open), QStringLiteral("open"));
    QCOMPARE(circuitStateName(CircuitBreaker::State::HalfOpen), QStringLiteral("half_open"));
}

void tst_DeliveryPolicy::limiterAllowsBurstThenRate()
{
    RateLimiter limiter(10, 3); // a token every 100 ms
    QVERIFY(limiter.isLimited());
    const qint64 start = 5000;
    for (int i = 0; i < 3; ++i)
        QVERIFY2(limiter.tryAcquire(start), qPrintable(QString::number(i)));
    QVERIFY(!limiter.tryAcquire(start));
    QVERIFY(!limiter.tryAcquire(start + 99));
    QVERIFY(limiter.tryAcquire(start + 100));
    QVERIFY(!limiter.tryAcquire(start + 100));
    // Ten a second over a second, no more.
    int granted = 0;
    for (qint64 t = start + 101; t <= start + 1100; ++t)
        granted += limiter.tryAcquire(t) ? 1 : 0;
    QCOMPARE(granted, 10);
}

void tst_DeliveryPolicy::limiterWaitMsSaysWhenTheNextTokenComes()
{
    RateLimiter limiter(4, 1); // a token every 250 ms
    QCOMPARE(limiter.waitMs(0), 0);
    QVERIFY(limiter.tryAcquire(0));
    QCOMPARE(limiter.waitMs(0), 250);
    QCOMPARE(limiter.waitMs(100), 150);
    QVERIFY(!limiter.tryAcquire(100));
    QCOMPARE(limiter.waitMs(100), 150);
    QVERIFY(!limiter.tryAcquire(100 + limiter.waitMs(100) - 1));
    QVERIFY(limiter.tryAcquire(250));
    QCOMPARE(limiter.waitMs(250), 250);

    RateLimiter slow(0.3, 1); // a token every 3333.3 ms
    QVERIFY(slow.tryAcquire(0));
    const qint64 wait = slow.waitMs(0);
    QCOMPARE(wait, 3334);
    QVERIFY(!slow.tryAcquire(wait - 1));
    QVERIFY(slow.tryAcquire(wait));
}

void tst_DeliveryPolicy::limiterNeverHoldsMoreThanBurst()
{
    RateLimiter limiter(100, 2);
    QVERIFY(limiter.tryAcquire(0));
    // An hour idle refills two tokens, not 360,000.
    QVERIFY(limiter.tryAcquire(3600000));
    QVERIFY(limiter.tryAcquire(3600000));
    QVERIFY(!limiter.tryAcquire(3600000));
    QCOMPARE(limiter.waitMs(3600000), 10);
}

void tst_DeliveryPolicy::unlimitedLimiterAlwaysAllows()
{
    for (RateLimiter limiter : {RateLimiter(), RateLimiter(0, 5)}) {
        QVERIFY(!limiter.isLimited());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.tryAcquire(0));
        QCOMPARE(limiter.waitMs(0), 0);
    }
}

QTEST_GUILESS_MAIN(tst_DeliveryPolicy)
#include "tst_deliverypolicy.moc"
