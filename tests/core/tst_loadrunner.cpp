// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/sourceauth.h"
#include "engine/engine.h"
#include "event/webhooksignature.h"
#include "httpsink.h"
#include "tester/loadrunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;

// The tester's load runner against real loopback endpoints: the engine's listener, and a
// scripted HTTP sink for delays, statuses and timeouts.
class tst_LoadRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void nearestRankPercentiles();
    void summaryText();
    void checkRefusesWhatCannotBeSent_data();
    void checkRefusesWhatCannotBeSent();
    void burstAgainstTheListener();
    void concurrencyIsBounded_data();
    void concurrencyIsBounded();
    void countsStatusesAndLatencies();
    void signsEveryRequestAfresh();
    void signedBurstAgainstAnAuthenticatedSource();
    void connectionRefusedIsAnError();
    void timeoutIsAnError();
    void cancelStopsAndAborts();

private:
    LoadSummary run(LoadRunner *runner, const TesterRequest &request, const LoadPlan &plan,
                    const RequestSigning &signing = {});
    static TesterRequest postTo(const QByteArray &url, const QByteArray &body = R"({"n": 1})")
    {
        TesterRequest request;
        request.url = QString::fromUtf8(url);
        request.headers = {{"Content-Type", "application/json"}};
        request.body = body;
        return request;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
};

void tst_LoadRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_LoadRunner::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

LoadSummary tst_LoadRunner::run(LoadRunner *runner, const TesterRequest &request,
                                const LoadPlan &plan, const RequestSigning &signing)
{
    QSignalSpy finished(runner, &LoadRunner::finished);
    const auto started = runner->start(request, signing, plan);
    if (!started) {
        qWarning("%s", qPrintable(started.error()));
        return {};
    }
    if (!finished.wait(30000))
        return {};
    return finished.takeFirst().at(0).value<LoadSummary>();
}

void tst_LoadRunner::nearestRankPercentiles()
{
    QList<qint64> hundred;
    for (qint64 i = 1; i <= 100; ++i)
        hundred.append(i);
    QCOMPARE(nearestRankPercentile(hundred, 50), 50);
    QCOMPARE(nearestRankPercentile(hundred, 90), 90);
    QCOMPARE(nearestRankPercentile(hundred, 99), 99);
    QCOMPARE(nearestRankPercentile(hundred, 100), 100);
    QCOMPARE(nearestRankPercentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 99), 10);
    QCOMPARE(nearestRankPercentile({7}, 50), 7);
    QCOMPARE(nearestRankPercentile({}, 50), 0);

    LoadSummary summary;
    summary.setLatencies({4000, 1000, 3000, 2000}); // microseconds, unsorted
    QCOMPARE(summary.p50Ms, 2.0);
    QCOMPARE(summary.p90Ms, 4.0);
    QCOMPARE(summary.maxMs, 4.0);
}

void tst_LoadRunner::summaryText()
{
    LoadSummary summary;
    summary.statusCounts = {{202, 18}, {401, 1}, {200, 3}};
    summary.failed = 2;
    QCOMPARE(summary.statusText(), QStringLiteral("18 × 202, 3 × 200, 1 × 401, 2 failed"));
    const LoadSummary back = LoadSummary::fromJson(summary.toJson());
    QCOMPARE(back.statusCounts, summary.statusCounts);
    QCOMPARE(back.failed, 2);
}

void tst_LoadRunner::checkRefusesWhatCannotBeSent_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("signing");
    QTest::addColumn<QString>("error");
    QTest::addRow("variable") << "http://{{host}}/hooks/test" << 1 << 1 << 0
                              << "the URL still holds a {{variable}}: give it a value first";
    QTest::addRow("no scheme") << "127.0.0.1/hooks/test" << 1 << 1 << 0
                               << "the URL must be an http:// or https:// address";
    QTest::addRow("ftp") << "ftp://127.0.0.1/x" << 1 << 1 << 0
                         << "the URL must be an http:// or https:// address";
    QTest::addRow("no requests") << "http://127.0.0.1/x" << 0 << 1 << 0
                                 << "the number of requests must be from 1 to 100000";
    QTest::addRow("too concurrent")
        << "http://127.0.0.1/x" << 10 << 65 << 0 << "concurrency must be from 1 to 64";
    QTest::addRow("no secret") << "http://127.0.0.1/x" << 1 << 1
                               << int(RequestSigning::Kind::GitHub)
                               << "enter the secret to sign with";
}

void tst_LoadRunner::checkRefusesWhatCannotBeSent()
{
    QFETCH(QString, url);
    QFETCH(int, count);
    QFETCH(int, concurrency);
    QFETCH(int, signing);
    QFETCH(QString, error);
    TesterRequest request;
    request.url = url;
    RequestSigning signer;
    signer.kind = RequestSigning::Kind(signing);
    const auto checked = LoadRunner::check(request, signer, {count, concurrency, 1000});
    QVERIFY(!checked);
    QCOMPARE(checked.error(), error);
    LoadRunner runner;
    QVERIFY(!runner.start(request, signer, {count, concurrency, 1000}));
    QVERIFY(!runner.isRunning());
}

void tst_LoadRunner::burstAgainstTheListener()
{
    m_engine = std::make_unique<Engine>();
    EngineOptions options;
    options.dataDir = m_dir->path();
    const auto url = m_engine->start(options);
    QVERIFY2(url, qPrintable(url.error()));

    LoadRunner runner;
    QSignalSpy progress(&runner, &LoadRunner::progressed);
    QSignalSpy responses(&runner, &LoadRunner::responseReceived);
    const LoadSummary summary
        = run(&runner, postTo(url->toString().toUtf8() + "/hooks/test"), {20, 4, 5000});
    QCOMPARE(summary.planned, 20);
    QCOMPARE(summary.completed, 20);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 20}}));
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.p50Ms > 0);
    QVERIFY(summary.p50Ms <= summary.p90Ms && summary.p90Ms <= summary.p99Ms
            && summary.p99Ms <= summary.maxMs);
    QCOMPARE(m_engine->store()->count(), 20);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 20);
    QCOMPARE(progress.last().at(1).toInt(), 20);
    QCOMPARE(responses.size(), 1);
    const auto last = responses.first().at(0).value<TesterResponse>();
    QCOMPARE(last.status, 202);
    QVERIFY(last.body.contains("\"id\""));

    // Unknown source: every answer is the listener's 404 in words.
    const LoadSummary missing
        = run(&runner, postTo(url->toString().toUtf8() + "/hooks/nowhere"), {3, 2, 5000});
    QCOMPARE(missing.statusCounts, (QMap<int, int> {{404, 3}}));
    QCOMPARE(m_engine->store()->count(), 20);
}

void tst_LoadRunner::concurrencyIsBounded_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("concurrency");
    QTest::addRow("3 at once") << 12 << 3;
    // Beyond QNetworkAccessManager's six connections per host.
    QTest::addRow("10 at once") << 30 << 10;
}

void tst_LoadRunner::concurrencyIsBounded()
{
    QFETCH(int, count);
    QFETCH(int, concurrency);
    constexpr int delayMs = 150;
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.setDefault({200, {}, "{}", delayMs});
    LoadRunner runner;
    const LoadSummary summary = run(&runner, postTo(sink.url("/x")), {count, concurrency, 5000});
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{200, count}}));
    QCOMPARE(sink.count(), count);
    // How many requests the sink held at once: each is held for delayMs after it arrived.
    int most = 0;
    for (const auto &request : sink.requests()) {
        int overlapping = 0;
        for (const auto &other : sink.requests())
            overlapping += other.atMs <= request.atMs && request.atMs < other.atMs + delayMs;
        most = std::max(most, overlapping);
    }
    QVERIFY2(most <= concurrency, qPrintable(QString::number(most)));
    QVERIFY2(most > concurrency / 2, qPrintable(QString::number(most)));
    QVERIFY(summary.p50Ms >= delayMs - 5);
}

void tst_LoadRunner::countsStatusesAndLatencies()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.script({{200, {}, "{}", 0},
                 {500, {}, R"({"error": "boom"})", 0},
                 {200, {}, "{}", 0},
                 {429, {{"Retry-After", "1"}}, "{}", 0}});
    sink.setDefault({200, {}, "{}", 40});
    LoadRunner runner;
    QSignalSpy responses(&runner, &LoadRunner::responseReceived);
    const LoadSummary summary = run(&runner, postTo(sink.url("/x")), {8, 1, 5000});
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{200, 6}, {429, 1}, {500, 1}}));
    QCOMPARE(summary.completed, 8);
    QVERIFY(summary.maxMs >= 39);
    QVERIFY(summary.p50Ms > 0);
    // The answer shown is the last that went wrong: the 429, with its headers.
    const auto shown = responses.first().at(0).value<TesterResponse>();
    QCOMPARE(shown.sequence, 3);
    QCOMPARE(shown.status, 429);
    QCOMPARE(shown.body, QByteArray("{}"));
    QCOMPARE(headerValue(shown.headers, "retry-after"), QByteArray("1"));
    QCOMPARE(headerValue(shown.headers, "content-type"), QByteArray("application/json"));
    QCOMPARE(sink.requests().first().method, QByteArray("POST"));
    QCOMPARE(sink.requests().first().body, QByteArray(R"({"n": 1})"));
    QCOMPARE(sink.requests().first().header("user-agent"), QByteArray("OT Bridge tester"));
}

void tst_LoadRunner::signsEveryRequestAfresh()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    RequestSigning signing;
    signing.kind = RequestSigning::Kind::StandardWebhooks;
    signing.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    LoadRunner runner;
    const LoadSummary summary = run(&runner, postTo(sink.url("/x")), {5, 2, 5000}, signing);
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{200, 5}}));

    SourceAuth auth;
    auth.kind = SourceAuth::Kind::StandardWebhooks;
    const QList<QByteArray> keys {StandardWebhooks::decodeSecret(signing.secret).value()};
    QSet<QByteArray> ids;
    for (const auto &request : sink.requests()) {
        ids.insert(request.header("webhook-id"));
        const AuthCheck check
            = checkSourceAuth(auth, keys, request.headers, request.body, QHostAddress::LocalHost,
                              QDateTime::currentDateTimeUtc());
        QVERIFY2(check.ok, qPrintable(check.message));
    }
    QCOMPARE(ids.size(), 5);
}

void tst_LoadRunner::signedBurstAgainstAnAuthenticatedSource()
{
    qputenv("OTBRIDGE_SECRET_LOADRUNNER_HUB", "fake-github-secret-9999");
    const QString path = m_dir->filePath(QStringLiteral("workspace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "sources": [{"name": "hub", "auth":
        {"type": "github", "secret": "loadrunner-hub"}}]})");
    file.close();
    m_engine = std::make_unique<Engine>();
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.workspacePath = path;
    const auto url = m_engine->start(options);
    QVERIFY2(url, qPrintable(url.error()));
    const TesterRequest request = postTo(url->toString().toUtf8() + "/hooks/hub");

    RequestSigning signing;
    signing.kind = RequestSigning::Kind::GitHub;
    signing.secret = QStringLiteral("fake-github-secret-9999");
    LoadRunner runner;
    // The engine reads the secret asynchronously; until then the source answers 503.
    LoadSummary summary;
    for (int attempt = 0; attempt < 100; ++attempt) {
        summary = run(&runner, request, {1, 1, 5000}, signing);
        if (!summary.statusCounts.contains(503))
            break;
        QTest::qWait(50);
    }
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 1}}));
    summary = run(&runner, request, {10, 3, 5000}, signing);
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{202, 10}}));

    signing.secret = QStringLiteral("not-the-secret");
    summary = run(&runner, request, {4, 2, 5000}, signing);
    QCOMPARE(summary.statusCounts, (QMap<int, int> {{401, 4}}));
    QCOMPARE(m_engine->store()->count(), 11);
    qunsetenv("OTBRIDGE_SECRET_LOADRUNNER_HUB");
}

void tst_LoadRunner::connectionRefusedIsAnError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    LoadRunner runner;
    const LoadSummary summary
        = run(&runner, postTo("http://127.0.0.1:" + QByteArray::number(port) + "/x"), {3, 3, 3000});
    QCOMPARE(summary.failed, 3);
    QCOMPARE(summary.completed, 0);
    QVERIFY(summary.statusCounts.isEmpty());
    QCOMPARE(summary.errorCounts.size(), 1);
    QVERIFY2(summary.errorCounts.firstKey().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(summary.errorCounts.firstKey()));
    QCOMPARE(summary.statusText(), QStringLiteral("3 failed"));
}

void tst_LoadRunner::timeoutIsAnError()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.setDefault({200, {}, "{}", 3000});
    LoadRunner runner;
    QElapsedTimer clock;
    clock.start();
    const LoadSummary summary = run(&runner, postTo(sink.url("/slow")), {1, 1, 300});
    QVERIFY(clock.elapsed() < 2500);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.errorCounts,
             (QMap<QString, int> {{QStringLiteral("no answer within 300 ms"), 1}}));
}

void tst_LoadRunner::cancelStopsAndAborts()
{
    HttpSink sink;
    QVERIFY(sink.listen());
    sink.setDefault({200, {}, "{}", 5000});
    LoadRunner runner;
    QSignalSpy finished(&runner, &LoadRunner::finished);
    QVERIFY(runner.start(postTo(sink.url("/x")), {}, {50, 4, 10000}));
    QVERIFY(runner.isRunning());
    QTRY_COMPARE(sink.count(), 4);
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!runner.isRunning());
    const auto summary = finished.first().at(0).value<LoadSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.completed, 0);
    QCOMPARE(summary.failed, 0);
    QTest::qWait(100);
    QCOMPARE(sink.count(), 4); // nothing more was sent
}

QTEST_GUILESS_MAIN(tst_LoadRunner)
#include "tst_loadrunner.moc"
