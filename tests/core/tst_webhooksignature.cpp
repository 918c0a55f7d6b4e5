// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event/webhooksignature.h"

#include <QTest>

using namespace OtBridge;
namespace SW = OtBridge::StandardWebhooks;

// The example of the Standard Webhooks specification, and tampered variants of it.
class tst_WebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsTheSpecificationExample();
    void verifies_data();
    void verifies();
    void decodesSecrets();
    void comparesEqualOnlyWhenEqual();

private:
    static QByteArray key();
};

static const QByteArray exampleId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
static const qint64 exampleTime = 1614265330;
static const QByteArray exampleBody = R"({"test": 2432232314})";
static const QByteArray exampleSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

QByteArray tst_WebhookSignature::key()
{
    return SW::decodeSecret(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).value();
}

void tst_WebhookSignature::signsTheSpecificationExample()
{
    QCOMPARE(SW::sign(key(), exampleId, exampleTime, exampleBody), exampleSignature);
}

void tst_WebhookSignature::verifies_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("signatures");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("skewSeconds"); // now minus the timestamp
    QTest::addColumn<SW::Verdict>("verdict");

    const QByteArray time = QByteArray::number(exampleTime);
    QTest::newRow("valid") << exampleId << time << exampleSignature << exampleBody << 0
                           << SW::Verdict::Valid;
    QTest::newRow("rotation: second of two")
        << exampleId << time << "v1,bm90IHRoaXMgb25l " + exampleSignature << exampleBody << 10
        << SW::Verdict::Valid;
    QTest::newRow("body changed") << exampleId << time << exampleSignature
                                  << QByteArray(R"({"test": 2432232315})") << 0
                                  << SW::Verdict::SignatureMismatch;
    QTest::newRow("body with a trailing newline")
        << exampleId << time << exampleSignature << exampleBody + '\n'
        << 0 << SW::Verdict::SignatureMismatch;
    QTest::newRow("id changed") << QByteArray("msg_p5jXN8AQM9LWM0D4loKWxJel") << time
                                << exampleSignature << exampleBody << 0
                                << SW::Verdict::SignatureMismatch;
    QTest::newRow("timestamp changed")
        << exampleId << QByteArray::number(exampleTime + 1) << exampleSignature << exampleBody << 1
        << SW::Verdict::SignatureMismatch;
    QTest::newRow("signature changed")
        << exampleId << time << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE")
        << exampleBody << 0 << SW::Verdict::SignatureMismatch;
    QTest::newRow("other version") << exampleId << time << "v2," + exampleSignature.mid(3)
                                   << exampleBody << 0 << SW::Verdict::SignatureMismatch;
    QTest::newRow("no signature") << exampleId << time << QByteArray() << exampleBody << 0
                                  << SW::Verdict::SignatureMismatch;
    QTest::newRow("timestamp not a number")
        << exampleId << QByteArray("yesterday") << exampleSignature << exampleBody << 0
        << SW::Verdict::SignatureMismatch;
    QTest::newRow("5 min old") << exampleId << time << exampleSignature << exampleBody << 300
                               << SW::Verdict::Valid;
    QTest::newRow("too old") << exampleId << time << exampleSignature << exampleBody << 301
                             << SW::Verdict::TimestampOutsideTolerance;
    QTest::newRow("from the future") << exampleId << time << exampleSignature << exampleBody << -301
                                     << SW::Verdict::TimestampOutsideTolerance;
    // Found by tests/fuzz/fuzz_request: now minus these overflowed qint64 (UBSan).
    QTest::newRow("timestamp qint64 minimum")
        << exampleId << QByteArray("-9223372036854775808") << exampleSignature << exampleBody << 0
        << SW::Verdict::TimestampOutsideTolerance;
    QTest::newRow("timestamp qint64 maximum")
        << exampleId << QByteArray("9223372036854775807") << exampleSignature << exampleBody << 0
        << SW::Verdict::TimestampOutsideTolerance;
}

void tst_WebhookSignature::verifies()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, signatures);
    QFETCH(QByteArray, body);
    QFETCH(int, skewSeconds);
    QFETCH(SW::Verdict, verdict);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(exampleTime + skewSeconds, Qt::UTC);
    QCOMPARE(SW::verify(key(), id, timestamp, signatures, body, now), verdict);
}

void tst_WebhookSignature::decodesSecrets()
{
    QCOMPARE(SW::decodeSecret(QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).value(), key());
    QCOMPARE(key().size(), 24);
    for (const char *bad : {"whsec_", "whsec_not base64!", ""}) {
        const auto decoded = SW::decodeSecret(QString::fromLatin1(bad));
        QVERIFY2(!decoded.ok(), bad);
        QCOMPARE(decoded.error(),
                 QStringLiteral("a Standard Webhooks secret must be whsec_ followed by base64"));
    }
}

void tst_WebhookSignature::comparesEqualOnlyWhenEqual()
{
    QVERIFY(SW::constantTimeEquals("abc", "abc"));
    QVERIFY(SW::constantTimeEquals({}, {}));
    QVERIFY(!SW::constantTimeEquals("abc", "abd"));
    QVERIFY(!SW::constantTimeEquals("abc", "ab"));
    QVERIFY(!SW::constantTimeEquals("\x80", "\x00"));
}

QTEST_GUILESS_MAIN(tst_WebhookSignature)
#include "tst_webhooksignature.moc"
