// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/sourceauth.h"
#include "event/webhooksignature.h"
#include "tester/sourcetest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

// The Sources page's "send a signed test": for every kind of source authentication, what it
// makes passes the listener's own check (checkSourceAuth) with the secret it was made with,
// and fails it with another.
class tst_SourceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheListenersCheck_data();
    void passesTheListenersCheck();
    void firstSecretSignsDuringARotation();
    void unsignedSourceGetsAPlainRequest();
    void refusalsInWords();
};

namespace {

// The Standard Webhooks specification's example secret.
constexpr char standardSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr char otherSecret[] = "partner-api-key-8c3f";

// What the engine hands the listener for a stored secret (see Engine::readSourceSecrets).
QList<QByteArray> decoded(SourceAuth::Kind kind, const QString &secret)
{
    if (kind == SourceAuth::Kind::StandardWebhooks)
        return {StandardWebhooks::decodeSecret(secret).value()};
    return {secret.toUtf8()};
}

} // namespace

void tst_SourceTest::passesTheListenersCheck_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("wrong");
    QTest::addRow("standard webhooks")
        << int(SourceAuth::Kind::StandardWebhooks) << QString::fromLatin1(standardSecret)
        << QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(32, 'k').toBase64());
    QTest::addRow("github") << int(SourceAuth::Kind::GitHub)
                            << QStringLiteral("fake-github-secret-9999")
                            << QString::fromLatin1(otherSecret);
    QTest::addRow("stripe") << int(SourceAuth::Kind::Stripe) << QString::fromLatin1(otherSecret)
                            << QStringLiteral("fake-github-secret-9999");
    QTest::addRow("basic") << int(SourceAuth::Kind::Basic) << QString::fromLatin1(otherSecret)
                           << QStringLiteral("fake-github-secret-9999");
    QTest::addRow("bearer") << int(SourceAuth::Kind::Bearer) << QString::fromLatin1(otherSecret)
                            << QStringLiteral("fake-github-secret-9999");
    QTest::addRow("api key") << int(SourceAuth::Kind::ApiKey) << QString::fromLatin1(otherSecret)
                             << QStringLiteral("fake-github-secret-9999");
}

void tst_SourceTest::passesTheListenersCheck()
{
    QFETCH(int, kind);
    QFETCH(QString, secret);
    QFETCH(QString, wrong);
    SourceConfig source;
    source.name = QStringLiteral("crm-events");
    source.auth.kind = SourceAuth::Kind(kind);
    source.auth.secretRef = QStringLiteral("source/crm-events");
    source.auth.user = QStringLiteral("crm");
    source.auth.header = "X-Partner-Key";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto request = sourceTestRequest(source, secret, "msg_test_1", now);
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(headerValue(request->headers, "content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request->body).object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("otbridge.test"));
    QCOMPARE(body.value(QLatin1String("source")).toString(), QStringLiteral("crm-events"));
    // The secret never travels in the body.
    QVERIFY(!request->body.contains(secret.toUtf8()));

    const QHostAddress peer(QHostAddress::LocalHost);
    const AuthCheck accepted = checkSourceAuth(source.auth, decoded(source.auth.kind, secret),
                                               request->headers, request->body, peer, now);
    QVERIFY2(accepted.ok, qPrintable(accepted.message));
    const AuthCheck refused = checkSourceAuth(source.auth, decoded(source.auth.kind, wrong),
                                              request->headers, request->body, peer, now);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.status, 401);
    // A changed body no longer matches a signature.
    if (source.auth.kind == SourceAuth::Kind::StandardWebhooks
        || source.auth.kind == SourceAuth::Kind::GitHub
        || source.auth.kind == SourceAuth::Kind::Stripe) {
        QVERIFY(!checkSourceAuth(source.auth, decoded(source.auth.kind, secret), request->headers,
                                 request->body + ' ', peer, now)
                     .ok);
    }
}

void tst_SourceTest::firstSecretSignsDuringARotation()
{
    SourceConfig source;
    source.name = QStringLiteral("partner");
    source.auth.kind = SourceAuth::Kind::GitHub;
    source.auth.secretRef = QStringLiteral("source/partner");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto request = sourceTestRequest(
        source, QStringLiteral(" fake-github-secret-9999\n  partner-api-key-8c3f "), "m", now);
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QVERIFY(checkSourceAuth(source.auth, {"fake-github-secret-9999"}, request->headers,
                            request->body, QHostAddress(QHostAddress::LocalHost), now)
                .ok);
    QVERIFY(!checkSourceAuth(source.auth, {"partner-api-key-8c3f"}, request->headers, request->body,
                             QHostAddress(QHostAddress::LocalHost), now)
                 .ok);
}

void tst_SourceTest::unsignedSourceGetsAPlainRequest()
{
    SourceConfig source;
    source.name = QStringLiteral("test");
    const auto request = sourceTestRequest(source, {}, "m", QDateTime::currentDateTimeUtc());
    QVERIFY(request.ok());
    QCOMPARE(request->headers.size(), 1);
    QVERIFY(headerValue(request->headers, "authorization").isEmpty());
}

void tst_SourceTest::refusalsInWords()
{
    SourceConfig source;
    source.name = QStringLiteral("crm-events");
    source.auth.kind = SourceAuth::Kind::StandardWebhooks;
    source.auth.secretRef = QStringLiteral("source/crm-events");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto empty = sourceTestRequest(source, QStringLiteral("  "), "m", now);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error(),
             QStringLiteral("source 'crm-events' has no secret to sign with: "
                            "enter it and save"));
    const auto notStandard = sourceTestRequest(source, QStringLiteral("not-base64!"), "m", now);
    QVERIFY(!notStandard.ok());
    QVERIFY2(notStandard.error().startsWith(
                 QStringLiteral("source 'crm-events': cannot sign with its secret: ")),
             qPrintable(notStandard.error()));
}

QTEST_GUILESS_MAIN(tst_SourceTest)
#include "tst_sourcetest.moc"
