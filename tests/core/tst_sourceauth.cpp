// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/sourceauth.h"
#include "event/webhooksignature.h"

#include <QJsonDocument>
#include <QTest>

using namespace OtBridge;

namespace {

SourceAuth parse(const char *json)
{
    const auto auth = SourceAuth::fromJson(QJsonDocument::fromJson(json).object(),
                                           QStringLiteral("source 'orders'"));
    if (!auth)
        qWarning().noquote() << auth.error();
    return auth ? auth.value() : SourceAuth();
}

const QHostAddress loopback(QHostAddress::LocalHost);

} // namespace

// Inbound verification per source, on the published examples of each scheme and tampered
// variants: anything but the exact signature, in time, is refused with a 401 that says no more
// than "signature mismatch" or "timestamp outside tolerance".
class tst_SourceAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardWebhooksSpecificationExample();
    void standardWebhooksRotation();
    void githubDocumentedExample();
    void stripeSignature();
    void basicBearerAndApiKey();
    void allowList();
    void noSecretYet();
    void configurationErrors_data();
    void configurationErrors();
};

void tst_SourceAuth::standardWebhooksSpecificationExample()
{
    // The example of the Standard Webhooks specification.
    const SourceAuth auth = parse(R"({"type": "standard-webhooks", "secret": "orders-signing"})");
    const QByteArray key
        = StandardWebhooks::decodeSecret(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
              .value();
    const QByteArray body = R"({"test": 2432232314})";
    const HeaderList headers {
        {"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
        {"webhook-timestamp", "1614265330"},
        {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}};
    const QDateTime then = QDateTime::fromSecsSinceEpoch(1614265330, Qt::UTC);
    QVERIFY(checkSourceAuth(auth, {key}, headers, body, loopback, then).ok);

    // Tampered body, id, signature; too old; too new.
    const AuthCheck tampered
        = checkSourceAuth(auth, {key}, headers, R"({"test": 2432232315})", loopback, then);
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.message, QStringLiteral("signature mismatch"));
    HeaderList otherId = headers;
    otherId[0].second = "msg_other";
    QCOMPARE(checkSourceAuth(auth, {key}, otherId, body, loopback, then).message,
             QStringLiteral("signature mismatch"));
    HeaderList missing = headers;
    missing.removeLast();
    QCOMPARE(checkSourceAuth(auth, {key}, missing, body, loopback, then).message,
             QStringLiteral("signature mismatch"));
    const AuthCheck late = checkSourceAuth(auth, {key}, headers, body, loopback, then.addSecs(301));
    QCOMPARE(late.status, 401);
    QCOMPARE(late.message, QStringLiteral("timestamp outside tolerance"));
    QCOMPARE(checkSourceAuth(auth, {key}, headers, body, loopback, then.addSecs(-301)).message,
             QStringLiteral("timestamp outside tolerance"));
    QVERIFY(checkSourceAuth(auth, {key}, headers, body, loopback, then.addSecs(300)).ok);
}

void tst_SourceAuth::standardWebhooksRotation()
{
    // During a rotation the sender signs with both secrets and we accept either.
    const SourceAuth auth = parse(R"({"type": "standard-webhooks", "secret": "s"})");
    const QByteArray oldKey = "old-key-bytes";
    const QByteArray newKey = "new-key-bytes";
    const QByteArray body = R"({"a": 1})";
    const qint64 at = 1800000000;
    const HeaderList both {{"webhook-id", "msg_1"},
                           {"webhook-timestamp", QByteArray::number(at)},
                           {"webhook-signature",
                            StandardWebhooks::sign(oldKey, "msg_1", at, body) + ' '
                                + StandardWebhooks::sign(newKey, "msg_1", at, body)}};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    QVERIFY(checkSourceAuth(auth, {newKey}, both, body, loopback, now).ok);
    QVERIFY(checkSourceAuth(auth, {oldKey}, both, body, loopback, now).ok);
    QVERIFY(checkSourceAuth(auth, {"x", newKey}, both, body, loopback, now).ok);
    QVERIFY(!checkSourceAuth(auth, {"x"}, both, body, loopback, now).ok);
}

void tst_SourceAuth::githubDocumentedExample()
{
    // GitHub's documentation: secret "It's a Secret to Everybody", payload "Hello, World!".
    const SourceAuth auth = parse(R"({"type": "github", "secret": "gh"})");
    const QByteArray secret = "It's a Secret to Everybody";
    const HeaderList headers {
        {"X-Hub-Signature-256",
         "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(checkSourceAuth(auth, {secret}, headers, "Hello, World!", loopback, now).ok);
    QCOMPARE(checkSourceAuth(auth, {secret}, headers, "Hello, World?", loopback, now).message,
             QStringLiteral("signature mismatch"));
    QVERIFY(!checkSourceAuth(auth, {"another secret"}, headers, "Hello, World!", loopback, now).ok);
    QVERIFY(!checkSourceAuth(auth, {secret}, {{"X-Hub-Signature", "sha1=x"}}, "Hello, World!",
                             loopback, now)
                 .ok);
}

void tst_SourceAuth::stripeSignature()
{
    // Expected value computed independently (Python's hmac) for t=1492774577.
    const SourceAuth auth = parse(R"({"type": "stripe", "secret": "stripe"})");
    const QByteArray secret = "whsec_test_secret";
    const QByteArray body = R"({"id": "evt_test"})";
    const HeaderList headers {
        {"Stripe-Signature",
         "t=1492774577,v1=9cd9b9866f890d44beea3cacd2e70f88c4a822eebc7b13495732174589be6cfc,"
         "v0=ignored"}};
    const QDateTime then = QDateTime::fromSecsSinceEpoch(1492774577, Qt::UTC);
    QVERIFY(checkSourceAuth(auth, {secret}, headers, body, loopback, then).ok);
    QCOMPARE(checkSourceAuth(auth, {secret}, headers, body + ' ', loopback, then).message,
             QStringLiteral("signature mismatch"));
    QCOMPARE(checkSourceAuth(auth, {secret}, headers, body, loopback, then.addSecs(301)).message,
             QStringLiteral("timestamp outside tolerance"));
    const HeaderList otherTime {
        {"Stripe-Signature",
         "t=1492774578,v1=9cd9b9866f890d44beea3cacd2e70f88c4a822eebc7b13495732174589be6cfc"}};
    QCOMPARE(checkSourceAuth(auth, {secret}, otherTime, body, loopback, then).message,
             QStringLiteral("signature mismatch"));
    // Found by tests/fuzz/fuzz_request: now minus t overflowed qint64 (UBSan) at the extremes.
    for (const QByteArray &t :
         {QByteArray("-9223372036854775808"), QByteArray("9223372036854775807")}) {
        const HeaderList extreme {{"Stripe-Signature", "t=" + t + ",v1=00"}};
        QCOMPARE(checkSourceAuth(auth, {secret}, extreme, body, loopback, then).message,
                 QStringLiteral("timestamp outside tolerance"));
    }
}

void tst_SourceAuth::basicBearerAndApiKey()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SourceAuth basic = parse(R"({"type": "basic", "secret": "b", "user": "crm"})");
    const QByteArray good = "Basic " + QByteArray("crm:pa55").toBase64();
    QVERIFY(checkSourceAuth(basic, {"pa55"}, {{"Authorization", good}}, "{}", loopback, now).ok);
    QCOMPARE(checkSourceAuth(basic, {"pa55"},
                             {{"Authorization", "Basic " + QByteArray("crm:nope").toBase64()}},
                             "{}", loopback, now)
                 .message,
             QStringLiteral("the credentials are not valid"));
    QCOMPARE(checkSourceAuth(basic, {"pa55"}, {}, "{}", loopback, now).message,
             QStringLiteral("this source needs an Authorization header"));

    const SourceAuth bearer = parse(R"({"type": "bearer", "secret": "t"})");
    QVERIFY(checkSourceAuth(bearer, {"tok"}, {{"Authorization", "Bearer tok"}}, "{}", loopback, now)
                .ok);
    QVERIFY(
        !checkSourceAuth(bearer, {"tok"}, {{"Authorization", "Bearer tok2"}}, "{}", loopback, now)
             .ok);

    const SourceAuth key = parse(R"({"type": "api-key", "secret": "k", "header": "X-Portal-Key"})");
    QVERIFY(checkSourceAuth(key, {"k-1"}, {{"x-portal-key", "k-1"}}, "{}", loopback, now).ok);
    const AuthCheck wrong
        = checkSourceAuth(key, {"k-1"}, {{"X-Portal-Key", "k-2"}}, "{}", loopback, now);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.message, QStringLiteral("the API key is not valid"));
    QCOMPARE(checkSourceAuth(key, {"k-1"}, {}, "{}", loopback, now).message,
             QStringLiteral("this source needs the X-Portal-Key header"));
}

void tst_SourceAuth::allowList()
{
    const SourceAuth auth = parse(R"({"allow": ["10.0.0.0/8", "192.0.2.7", "::1"]})");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(auth.isConfigured());
    QVERIFY(checkSourceAuth(auth, {}, {}, "{}", QHostAddress(QStringLiteral("10.1.2.3")), now).ok);
    QVERIFY(checkSourceAuth(auth, {}, {}, "{}", QHostAddress(QStringLiteral("192.0.2.7")), now).ok);
    QVERIFY(checkSourceAuth(auth, {}, {}, "{}", QHostAddress(QStringLiteral("::1")), now).ok);
    const AuthCheck outside
        = checkSourceAuth(auth, {}, {}, "{}", QHostAddress(QStringLiteral("192.0.2.8")), now);
    QCOMPARE(outside.status, 403);
    QCOMPARE(outside.message, QStringLiteral("requests from this address are not allowed"));
}

void tst_SourceAuth::noSecretYet()
{
    // The keychain has not answered (or failed): refuse, and say it is on our side.
    const SourceAuth auth = parse(R"({"type": "bearer", "secret": "t"})");
    const AuthCheck check = checkSourceAuth(auth, {}, {{"Authorization", "Bearer x"}}, "{}",
                                            loopback, QDateTime::currentDateTimeUtc());
    QCOMPARE(check.status, 503);
    QCOMPARE(check.message, QStringLiteral("the source's secret is not available"));
}

void tst_SourceAuth::configurationErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString at = QStringLiteral("source 'orders', auth: ");
    QTest::newRow("type") << QByteArray(R"({"type": "hmac", "secret": "s"})")
                          << at
            + QStringLiteral("\"type\" 'hmac' is not one of standard-webhooks, github, stripe, "
                             "basic, bearer, api-key");
    QTest::newRow("secret") << QByteArray(R"({"type": "github"})")
                            << at
            + QStringLiteral("\"secret\" must name the keychain entry that holds the secret");
    QTest::newRow("user") << QByteArray(R"({"type": "basic", "secret": "s"})")
                          << at + QStringLiteral("\"user\" must be a user name without ':'");
    QTest::newRow("header") << QByteArray(
        R"({"type": "api-key", "secret": "s", "header": "X Key"})")
                            << at + QStringLiteral("\"header\" must be a header name");
    QTest::newRow("tolerance") << QByteArray(
        R"({"type": "stripe", "secret": "s", "tolerance_seconds": 0})")
                               << at
            + QStringLiteral("\"tolerance_seconds\" must be a whole number from 1 to 3600");
    QTest::newRow("allow") << QByteArray(R"({"allow": ["10.0.0.0/33"]})")
                           << QStringLiteral(
                                  "source 'orders', auth, allow: '10.0.0.0/33' is not an address "
                                  "or a subnet");
    QTest::newRow("unknown") << QByteArray(R"({"type": "bearer", "secret": "s", "token": "x"})")
                             << at
            + QStringLiteral("unknown key \"token\"; the known keys are type, secret, user, "
                             "header, tolerance_seconds, allow");
}

void tst_SourceAuth::configurationErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto auth = SourceAuth::fromJson(QJsonDocument::fromJson(json).object(),
                                           QStringLiteral("source 'orders'"));
    QVERIFY(!auth.ok());
    QCOMPARE(auth.error(), error);
}

QTEST_GUILESS_MAIN(tst_SourceAuth)
#include "tst_sourceauth.moc"
