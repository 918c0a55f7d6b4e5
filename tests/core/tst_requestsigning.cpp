// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/sourceauth.h"
#include "event/webhooksignature.h"
#include "tester/requestsigning.h"

#include <QTest>

using namespace OtBridge;

// The tester's signing helpers: GitHub's published example, and every scheme accepted by the
// listener's own verifier (core/ingest/sourceauth), tampered bodies refused.
class tst_RequestSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gitHubPublishedExample();
    void verifierAcceptsWhatWeSign_data();
    void verifierAcceptsWhatWeSign();
    void keepsAGivenWebhookId();
    void refusesBadSecrets();
    void kindNames();
};

void tst_RequestSigning::gitHubPublishedExample()
{
    // docs.github.com, "Validating webhook deliveries": secret and payload, and the signature.
    QCOMPARE(gitHubSignature("It's a Secret to Everybody", "Hello, World!"),
             QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1"
                        "7"));
}

void tst_RequestSigning::verifierAcceptsWhatWeSign_data()
{
    QTest::addColumn<int>("signing");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("secret");
    QTest::addRow("standard webhooks")
        << int(RequestSigning::Kind::StandardWebhooks) << int(SourceAuth::Kind::StandardWebhooks)
        << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    QTest::addRow("github") << int(RequestSigning::Kind::GitHub) << int(SourceAuth::Kind::GitHub)
                            << QStringLiteral("fake-hub-secret");
    QTest::addRow("stripe") << int(RequestSigning::Kind::Stripe) << int(SourceAuth::Kind::Stripe)
                            << QStringLiteral("whsec_fake_stripe_secret");
}

void tst_RequestSigning::verifierAcceptsWhatWeSign()
{
    QFETCH(int, signing);
    QFETCH(int, source);
    QFETCH(QString, secret);
    RequestSigning signer {RequestSigning::Kind(signing), secret};
    SourceAuth auth;
    auth.kind = SourceAuth::Kind(source);
    const QList<QByteArray> secrets {auth.kind == SourceAuth::Kind::StandardWebhooks
                                         ? StandardWebhooks::decodeSecret(secret).value()
                                         : secret.toUtf8()};
    const QByteArray body = R"({"event": "contract.ready_for_review"})";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto headers = signer.sign({{"Content-Type", "application/json"}}, body, "msg_1",
                                     now.toSecsSinceEpoch());
    QVERIFY2(headers, qPrintable(headers.error()));
    QCOMPARE(headerValue(headers.value(), "content-type"), QByteArray("application/json"));
    QVERIFY(checkSourceAuth(auth, secrets, headers.value(), body, QHostAddress::LocalHost, now).ok);
    const AuthCheck tampered
        = checkSourceAuth(auth, secrets, headers.value(), body + " ", QHostAddress::LocalHost, now);
    QVERIFY(!tampered.ok);
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.message, QStringLiteral("signature mismatch"));

    // Signing again replaces the old signature instead of adding a second header.
    const auto again = signer.sign(headers.value(), body, "msg_2", now.toSecsSinceEpoch());
    QCOMPARE(again->size(), headers->size());
}

void tst_RequestSigning::keepsAGivenWebhookId()
{
    RequestSigning signer {RequestSigning::Kind::StandardWebhooks,
                           QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")};
    const auto headers
        = signer.sign({{"webhook-id", "msg_mine"}}, "{}", "msg_generated", 1700000000);
    QCOMPARE(headerValue(headers.value(), "webhook-id"), QByteArray("msg_mine"));
    QCOMPARE(headerValue(headers.value(), "webhook-timestamp"), QByteArray("1700000000"));
    QCOMPARE(headerValue(headers.value(), "webhook-signature"),
             StandardWebhooks::sign(
                 StandardWebhooks::decodeSecret(QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                     .value(),
                 "msg_mine", 1700000000, "{}"));
}

void tst_RequestSigning::refusesBadSecrets()
{
    QVERIFY(RequestSigning {}.validate());
    const RequestSigning empty {RequestSigning::Kind::GitHub, {}};
    QCOMPARE(empty.validate().error(), QStringLiteral("enter the secret to sign with"));
    const auto bad
        = RequestSigning {RequestSigning::Kind::StandardWebhooks, QStringLiteral("whsec_***")}.sign(
            {}, "{}", "msg", 1);
    QVERIFY(!bad);
    QCOMPARE(bad.error(),
             QStringLiteral("a Standard Webhooks secret must be whsec_ followed by base64"));
}

void tst_RequestSigning::kindNames()
{
    for (auto kind : {RequestSigning::Kind::None, RequestSigning::Kind::StandardWebhooks,
                      RequestSigning::Kind::GitHub, RequestSigning::Kind::Stripe})
        QCOMPARE(RequestSigning::kindFromName(RequestSigning::kindName(kind)), kind);
    QCOMPARE(RequestSigning::kindName(RequestSigning::Kind::GitHub), QStringLiteral("github"));
}

QTEST_GUILESS_MAIN(tst_RequestSigning)
#include "tst_requestsigning.moc"
