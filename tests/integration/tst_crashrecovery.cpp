// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptestclient.h"
#include "loadgenerator.h"
#include "otbridgeprocess.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Guarantee 1 of docs/architecture.md, the hard way: a headless otbridge under concurrent load
// is killed with SIGKILL at random moments; after every restart each id it answered 2xx for is
// still there, and the process comes back with the same data.
class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineUnderLoadLosesNothing();

private:
    static int missingIds(quint16 port, const QSet<QString> &ids);
};

int tst_CrashRecovery::missingIds(quint16 port, const QSet<QString> &ids)
{
    TestHttp::Connection connection;
    if (!connection.open(port))
        return int(ids.size());
    int missing = 0;
    for (const QString &id : ids) {
        connection.send(TestHttp::request("GET", "/api/v1/events/" + id.toLatin1(), {},
                                          {OtBridgeProcess::authorization()}));
        const TestHttp::Response response = connection.read();
        if (response.status != 200 || response.json().value(QLatin1String("id")).toString() != id) {
            if (++missing <= 5)
                qWarning("missing after restart: %s (status %d)", qPrintable(id), response.status);
        }
    }
    return missing;
}

void tst_CrashRecovery::killNineUnderLoadLosesNothing()
{
    QVERIFY2(!OtBridgeProcess::binary().isEmpty(), "OTBRIDGE_BINARY is not set");
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);

    constexpr int rounds = 5;
    QSet<QString> acknowledged;
    for (int round = 1; round <= rounds; ++round) {
        OtBridgeProcess process;
        QVERIFY2(process.start(dataDir.path()), process.output().constData());

        // Whatever was acknowledged before any earlier kill is still there.
        QCOMPARE(missingIds(process.port(), acknowledged), 0);

        LoadGenerator load(process.port(), 16, 200000);
        const int killAfterMs = 300 + int(random.bounded(900));
        QTest::qWait(killAfterMs);
        process.kill();
        // Let replies already in our socket buffers be read; then stop.
        QTest::qWait(50);
        load.stop();

        const QSet<QString> thisRound = load.acknowledged();
        qInfo("round %d: killed after %d ms, %d requests sent, %lld acknowledged", round,
              killAfterMs, load.sent(), qint64(thisRound.size()));
        QVERIFY2(thisRound.size() > 0, "the load never got an answer before the kill");
        QCOMPARE(load.errors(), 0);
        acknowledged.unite(thisRound);
    }

    OtBridgeProcess last;
    QVERIFY2(last.start(dataDir.path()), last.output().constData());
    QCOMPARE(missingIds(last.port(), acknowledged), 0);
    const TestHttp::Response health = TestHttp::get(last.port(), "/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json()
                 .value(QLatin1String("store"))
                 .toObject()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("ok"));
    qInfo("%lld acknowledged events over %d kills, 0 lost", qint64(acknowledged.size()), rounds);
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
