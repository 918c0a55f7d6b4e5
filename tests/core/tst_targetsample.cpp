// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/targetsample.h"
#include "event/webhooksignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

// What a target's Test button sends, and how: the request for generic and preset targets, the
// built-in sandbox's address, and the credentials and signing key made from the secrets.
class tst_TargetSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genericTargetSendsATestDocument();
    void presetTargetSendsItsSample();
    void sandboxUrlIsResolved();
    void getCarriesNoBody();
    void sendOptionsFromSecrets();
    void sendOptionsRefusalsInWords();
};

namespace {

constexpr char signingSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr char bearerToken[] = "sekret-token-123";

HttpTargetConfig generic()
{
    HttpTargetConfig target;
    target.name = QStringLiteral("receiver");
    target.url = QUrl(QStringLiteral("http://127.0.0.1:9/hooks/in?x=1"));
    target.method = "PUT";
    target.headers = {{"X-Team", "ops"}};
    return target;
}

} // namespace

void tst_TargetSample::genericTargetSendsATestDocument()
{
    const QDateTime now
        = QDateTime::fromString(QStringLiteral("2026-12-06T10:00:00Z"), Qt::ISODate);
    const auto request = sampleRequest(generic(), {}, now);
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->method, QByteArray("PUT"));
    QCOMPARE(request->url, QUrl(QStringLiteral("http://127.0.0.1:9/hooks/in?x=1")));
    QCOMPARE(headerValue(request->headers, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(headerValue(request->headers, "X-Team"), QByteArray("ops"));
    const QJsonObject body = QJsonDocument::fromJson(request->body).object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("otbridge.test"));
    QCOMPARE(body.value(QLatin1String("target")).toString(), QStringLiteral("receiver"));
    QCOMPARE(body.value(QLatin1String("sent_at")).toString(),
             QStringLiteral("2026-12-06T10:00:00.000Z"));
}

void tst_TargetSample::presetTargetSendsItsSample()
{
    HttpTargetConfig target;
    target.name = QStringLiteral("jira");
    target.preset = QStringLiteral("jira");
    target.url = QUrl(QStringLiteral("https://acme.atlassian.net"));
    const auto request = sampleRequest(target, {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->url, QUrl(QStringLiteral("https://acme.atlassian.net/rest/api/2/issue")));
    const QJsonObject fields
        = QJsonDocument::fromJson(request->body).object().value(QLatin1String("fields")).toObject();
    QCOMPARE(fields.value(QLatin1String("summary")).toString(),
             httpPreset(QStringLiteral("jira"))->sampleFields.value(QStringLiteral("summary")));

    // PagerDuty without a URL goes to its public endpoint.
    target.name = QStringLiteral("pd");
    target.preset = QStringLiteral("pagerduty");
    target.url.clear();
    const auto pagerDuty = sampleRequest(target, {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(pagerDuty.ok(), qPrintable(pagerDuty.error()));
    QCOMPARE(pagerDuty->url.host(), QStringLiteral("events.pagerduty.com"));
}

void tst_TargetSample::sandboxUrlIsResolved()
{
    HttpTargetConfig target;
    target.name = QStringLiteral("slack");
    target.preset = QStringLiteral("slack");
    target.url = QUrl(QStringLiteral("sandbox:/capture/slack"));
    const auto resolved = sampleRequest(target, QUrl(QStringLiteral("http://127.0.0.1:4567")),
                                        QDateTime::currentDateTimeUtc());
    QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
    QCOMPARE(resolved->url, QUrl(QStringLiteral("http://127.0.0.1:4567/capture/slack")));
    const auto notRunning = sampleRequest(target, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(!notRunning.ok());
    QVERIFY2(notRunning.error().contains(QStringLiteral("sandbox, which is not running")),
             qPrintable(notRunning.error()));
}

void tst_TargetSample::getCarriesNoBody()
{
    HttpTargetConfig target = generic();
    target.method = "GET";
    const auto request = sampleRequest(target, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(request.ok());
    QVERIFY(request->body.isEmpty());
}

void tst_TargetSample::sendOptionsFromSecrets()
{
    HttpTargetConfig target = generic();
    target.timeoutMs = 2500;
    target.idempotencyKey = false;
    target.auth = HttpTargetConfig::Auth::Bearer;
    target.authSecretRef = QStringLiteral("target/receiver");
    target.signingSecretRef = QStringLiteral("target/receiver-signing");
    const auto bearer
        = sendOptions(target, QString::fromLatin1(signingSecret), QString::fromLatin1(bearerToken));
    QVERIFY2(bearer.ok(), qPrintable(bearer.error()));
    QCOMPARE(bearer->authorization, QByteArray("Bearer ") + bearerToken);
    QCOMPARE(bearer->signingKey,
             StandardWebhooks::decodeSecret(QString::fromLatin1(signingSecret)).value());
    QCOMPARE(bearer->timeoutMs, 2500);
    QCOMPARE(bearer->idempotencyKey, false);

    target.auth = HttpTargetConfig::Auth::Basic;
    target.authUser = QStringLiteral("svc");
    target.signingSecretRef.clear();
    const auto basic = sendOptions(target, {}, QString::fromLatin1(bearerToken));
    QVERIFY(basic.ok());
    QCOMPARE(basic->authorization,
             QByteArray("Basic ") + QByteArray("svc:").append(bearerToken).toBase64());
    QVERIFY(basic->signingKey.isEmpty());

    target.auth = HttpTargetConfig::Auth::Header;
    target.authHeader = "X-Api-Key";
    const auto header = sendOptions(target, {}, QString::fromLatin1(bearerToken));
    QVERIFY(header.ok());
    QCOMPARE(header->authHeaderName, QByteArray("X-Api-Key"));
    QCOMPARE(header->authHeaderValue, QByteArray(bearerToken));
    QVERIFY(header->authorization.isEmpty());
}

void tst_TargetSample::sendOptionsRefusalsInWords()
{
    HttpTargetConfig target = generic();
    target.signingSecretRef = QStringLiteral("target/receiver-signing");
    const auto noSecret = sendOptions(target, {}, {});
    QVERIFY(!noSecret.ok());
    QCOMPARE(noSecret.error(),
             QStringLiteral("target 'receiver' signs its requests: enter its "
                            "signing secret"));
    const auto notStandard = sendOptions(target, QStringLiteral("plain words"), {});
    QVERIFY(!notStandard.ok());
    QVERIFY2(notStandard.error().startsWith(QStringLiteral(
                 "the signing secret of target 'receiver' is not a Standard Webhooks secret: ")),
             qPrintable(notStandard.error()));
    target.signingSecretRef.clear();
    target.auth = HttpTargetConfig::Auth::Bearer;
    target.authSecretRef = QStringLiteral("target/receiver");
    const auto noToken = sendOptions(target, {}, {});
    QVERIFY(!noToken.ok());
    QCOMPARE(noToken.error(),
             QStringLiteral("target 'receiver' authenticates: enter its password, token or key"));
}

QTEST_GUILESS_MAIN(tst_TargetSample)
#include "tst_targetsample.moc"
