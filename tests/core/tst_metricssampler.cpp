// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/metricssampler.h"
#include "event/uuidv7.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;

// The sampler's arithmetic on a clock the test drives, and its one GROUP BY against a real
// store file. Breakers and the live streams are proven end to end in tst_dashboard.
class tst_MetricsSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleIsZeroAndHasNoLatency();
    void ratesAreOverTheLastFiveSeconds();
    void youngSamplerDividesByAtLeastASecond();
    void failuresAreEveryAttemptNotDelivered();
    void latencyPercentiles_data();
    void latencyPercentiles();
    void latencyForgetsAfterAMinute();
    void countsWaitingAndDeadPerTarget();
    void timerEmitsSnapshots();

private:
    static DeliveryRecord attempt(DeliveryState state, qint64 latencyMs = 0,
                                  const QString &target = QStringLiteral("sink"));
};

DeliveryRecord tst_MetricsSampler::attempt(DeliveryState state, qint64 latencyMs,
                                           const QString &target)
{
    DeliveryRecord record;
    record.id = createUuidV7().toString(QUuid::WithoutBraces);
    record.target = target;
    record.state = state;
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    record.updatedAt = record.createdAt.addMSecs(latencyMs);
    return record;
}

void tst_MetricsSampler::idleIsZeroAndHasNoLatency()
{
    MetricsSampler sampler(nullptr, {});
    const EngineMetrics metrics = sampler.sample(10'000);
    QCOMPARE(metrics.eventsPerSecond, 0.0);
    QCOMPARE(metrics.deliveriesPerSecond, 0.0);
    QCOMPARE(metrics.failuresPerSecond, 0.0);
    QVERIFY(!metrics.hasLatency());
    QVERIFY(metrics.latencyP50Ms < 0);
    QVERIFY(metrics.targets.isEmpty());
    QVERIFY(metrics.sampledAt.isValid());
}

void tst_MetricsSampler::ratesAreOverTheLastFiveSeconds()
{
    MetricsSampler sampler(nullptr, {});
    sampler.start(); // the clock's own start: recordings below are all later
    // 20 events every 100 ms for eight seconds: 200 events/s; one delivery every 500 ms.
    for (qint64 t = 100'000; t <= 108'000; t += 100) {
        sampler.recordEvents(20, t);
        if (t % 500 == 0)
            sampler.recordAttempt(attempt(DeliveryState::Delivered, 40), t);
    }
    const EngineMetrics metrics = sampler.sample(108'000);
    QCOMPARE(metrics.eventsPerSecond, 200.0);
    QCOMPARE(metrics.deliveriesPerSecond, 2.0);
    QCOMPARE(metrics.eventsTotal, 81 * 20);
    QCOMPARE(metrics.deliveredTotal, 17);

    // Five seconds of silence later nothing is left in the window; the totals stay.
    const EngineMetrics later = sampler.sample(113'000);
    QCOMPARE(later.eventsPerSecond, 0.0);
    QCOMPARE(later.deliveriesPerSecond, 0.0);
    QCOMPARE(later.eventsTotal, 81 * 20);
}

void tst_MetricsSampler::youngSamplerDividesByAtLeastASecond()
{
    MetricsSampler sampler(nullptr, {});
    sampler.recordEvents(30, 5'000);
    QCOMPARE(sampler.sample(5'000).eventsPerSecond, 30.0); // not 30 per 0 ms
    sampler.recordEvents(30, 7'000);
    QCOMPARE(sampler.sample(7'000).eventsPerSecond, 30.0); // 60 over two seconds
}

void tst_MetricsSampler::failuresAreEveryAttemptNotDelivered()
{
    MetricsSampler sampler(nullptr, {});
    sampler.recordAttempt(attempt(DeliveryState::Retrying), 1'000);
    sampler.recordAttempt(attempt(DeliveryState::Retrying), 1'200);
    sampler.recordAttempt(attempt(DeliveryState::Dead), 1'400);
    sampler.recordAttempt(attempt(DeliveryState::Delivered, 5), 1'600);
    const EngineMetrics metrics = sampler.sample(2'000);
    QCOMPARE(metrics.failuresTotal, 3);
    QCOMPARE(metrics.deliveredTotal, 1);
    QCOMPARE(metrics.failuresPerSecond, 3.0); // a one-second-old sampler divides by 1 s
    QCOMPARE(metrics.latencySamples, 1); // failures have no delivery latency
}

void tst_MetricsSampler::latencyPercentiles_data()
{
    QTest::addColumn<QList<qint64>>("latencies");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p99");
    QTest::addRow("one") << QList<qint64> {42} << 42.0 << 42.0;
    QTest::addRow("two") << QList<qint64> {10, 30} << 10.0 << 30.0;
    QList<qint64> hundred;
    for (qint64 ms = 100; ms >= 1; --ms)
        hundred.append(ms); // arrives unsorted
    QTest::addRow("1..100") << hundred << 50.0 << 99.0;
    QList<qint64> tail(98, 20);
    tail << 5'000 << 9'000; // 2 % slow: the p99 sees it, the median does not
    QTest::addRow("slow tail") << tail << 20.0 << 5'000.0;
}

void tst_MetricsSampler::latencyPercentiles()
{
    QFETCH(QList<qint64>, latencies);
    QFETCH(double, p50);
    QFETCH(double, p99);
    MetricsSampler sampler(nullptr, {});
    qint64 t = 1'000;
    for (qint64 latency : latencies)
        sampler.recordAttempt(attempt(DeliveryState::Delivered, latency), t++);
    const EngineMetrics metrics = sampler.sample(t);
    QCOMPARE(metrics.latencySamples, int(latencies.size()));
    QCOMPARE(metrics.latencyP50Ms, p50);
    QCOMPARE(metrics.latencyP99Ms, p99);
}

void tst_MetricsSampler::latencyForgetsAfterAMinute()
{
    MetricsSampler sampler(nullptr, {});
    sampler.recordAttempt(attempt(DeliveryState::Delivered, 9'000), 1'000);
    sampler.recordAttempt(attempt(DeliveryState::Delivered, 10), 30'000);
    QCOMPARE(sampler.sample(30'000).latencyP99Ms, 9'000.0);
    const EngineMetrics later = sampler.sample(61'500); // the slow one is 60.5 s old
    QCOMPARE(later.latencySamples, 1);
    QCOMPARE(later.latencyP99Ms, 10.0);
}

void tst_MetricsSampler::countsWaitingAndDeadPerTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto storage = openStore({dir.filePath(QStringLiteral("events.sqlite"))});
    QVERIFY2(storage, qPrintable(storage.error()));
    DeliveryStore &deliveries = *storage.value()->deliveries();

    const auto delivery = [](const QString &id, const QString &target, const QString &renderError) {
        NewDelivery job;
        job.id = id;
        job.rule = QStringLiteral("rule");
        job.dueAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        job.request.kind = DeliveryRequest::Kind::Http;
        job.request.target = target;
        job.request.http.url = QUrl(QStringLiteral("http://127.0.0.1:9/x"));
        job.renderError = renderError; // stored dead at once
        return job;
    };
    const QUuid event = createUuidV7();
    const auto inserted = deliveries.insertRouted(
        {{event,
          {delivery(QStringLiteral("a1"), QStringLiteral("slack"), {}),
           delivery(QStringLiteral("a2"), QStringLiteral("slack"), {}),
           delivery(QStringLiteral("a3"), QStringLiteral("slack"), QStringLiteral("no value")),
           delivery(QStringLiteral("b1"), QStringLiteral("jira"), QStringLiteral("no value"))},
          {}}});
    QVERIFY2(inserted, qPrintable(inserted.error()));

    MetricsSampler sampler(nullptr, &deliveries);
    const EngineMetrics metrics = sampler.sample(1'000);
    QCOMPARE(metrics.targets.size(), 2);
    const TargetMetrics *slack = metrics.target(QStringLiteral("slack"));
    const TargetMetrics *jira = metrics.target(QStringLiteral("jira"));
    QVERIFY(slack);
    QVERIFY(jira);
    QCOMPARE(slack->pending, 2);
    QCOMPARE(slack->retrying, 0);
    QCOMPARE(slack->dead, 1);
    QCOMPARE(jira->pending, 0);
    QCOMPARE(jira->dead, 1);
    QCOMPARE(jira->breaker, CircuitBreaker::State::Closed); // no dispatcher: nothing known

    // Its connection stays open and sees later commits.
    const auto more = deliveries.insertRouted(
        {{createUuidV7(),
          {delivery(QStringLiteral("b2"), QStringLiteral("jira"), QStringLiteral("no value"))},
          {}}});
    QVERIFY2(more, qPrintable(more.error()));
    const EngineMetrics after = sampler.sample(2'000);
    QCOMPARE(after.target(QStringLiteral("jira"))->dead, 2);
    QCOMPARE(after.target(QStringLiteral("slack"))->pending, 2);

    // What waits is in the sample start() hands out at once, not a sample interval later.
    QSignalSpy spy(&sampler, &MetricsSampler::sampled);
    sampler.start();
    QCOMPARE(spy.count(), 1);
    const auto first = spy.first().first().value<EngineMetrics>();
    QVERIFY(first.target(QStringLiteral("slack")));
    QCOMPARE(first.target(QStringLiteral("slack"))->pending, 2);
}

void tst_MetricsSampler::timerEmitsSnapshots()
{
    MetricsSampler sampler(nullptr, {});
    QSignalSpy spy(&sampler, &MetricsSampler::sampled);
    sampler.start();
    // The first at once, so that a scrape right after the start is complete.
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().first().value<EngineMetrics>().eventsTotal, 0);
    sampler.handleAppended(
        {AppendResult {1, AppendStatus::Stored, createUuidV7(), {}, {}, {}},
         AppendResult {2, AppendStatus::Duplicate, createUuidV7(), {}, {}, {}},
         AppendResult {3, AppendStatus::Failed, {}, QStringLiteral("disk"), {}, {}}});
    QVERIFY(spy.wait(3000));
    const auto metrics = spy.first().first().value<EngineMetrics>();
    QCOMPARE(metrics.eventsTotal, 1); // duplicates, failed commits and our own events are not
}

QTEST_GUILESS_MAIN(tst_MetricsSampler)
#include "tst_metricssampler.moc"
