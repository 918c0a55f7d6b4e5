// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/httppreset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

// The request shapes of ServiceNow, Jira, PagerDuty Events v2, Slack and Teams, built from
// field values that try their best to break JSON.
class tst_HttpPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceNowIncident();
    void jiraIssue();
    void pagerDutyTrigger();
    void slackMessage();
    void teamsCard();
    void missingFieldsInWords_data();
    void missingFieldsInWords();
    void presetsByName();
    void everyPresetHasAWorkingSample();

private:
    static QJsonObject body(const HttpRequestSpec &request);
};

static const QString hostile = QStringLiteral("Contract \"C-1\" \\ ends\n<@channel> & 契約 \u0001");

QJsonObject tst_HttpPreset::body(const HttpRequestSpec &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void tst_HttpPreset::serviceNowIncident()
{
    const auto request = buildPresetRequest(
        HttpPreset::ServiceNowIncident, QUrl(QStringLiteral("https://acme.service-now.com/")),
        {{QStringLiteral("summary"), hostile},
         {QStringLiteral("description"), QStringLiteral("Job xsi-1 failed")},
         {QStringLiteral("urgency"), QStringLiteral("1")}},
        QStringLiteral("rule 'r', action 1"));
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url.toString(),
             QStringLiteral("https://acme.service-now.com/api/now/table/incident"));
    QVERIFY(request->headers.contains(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))));
    const QJsonObject json = body(request.value());
    QCOMPARE(json.value(QLatin1String("short_description")).toString(), hostile);
    QCOMPARE(json.value(QLatin1String("description")).toString(),
             QStringLiteral("Job xsi-1 failed"));
    QCOMPARE(json.value(QLatin1String("urgency")).toString(), QStringLiteral("1"));
    QVERIFY(!json.contains(QLatin1String("impact"))); // empty fields are left out
}

void tst_HttpPreset::jiraIssue()
{
    const auto request = buildPresetRequest(
        HttpPreset::JiraIssue, QUrl(QStringLiteral("https://acme.atlassian.net")),
        {{QStringLiteral("project_key"), QStringLiteral("OPS")},
         {QStringLiteral("summary"), hostile},
         {QStringLiteral("labels"), QStringLiteral("opentext, failed-job,")}},
        QStringLiteral("a"));
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->url.toString(),
             QStringLiteral("https://acme.atlassian.net/rest/api/2/issue"));
    const QJsonObject fields = body(request.value()).value(QLatin1String("fields")).toObject();
    QCOMPARE(
        fields.value(QLatin1String("project")).toObject().value(QLatin1String("key")).toString(),
        QStringLiteral("OPS"));
    QCOMPARE(fields.value(QLatin1String("summary")).toString(), hostile);
    QCOMPARE(
        fields.value(QLatin1String("issuetype")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Task"));
    QCOMPARE(fields.value(QLatin1String("labels")).toArray(),
             (QJsonArray {QStringLiteral("opentext"), QStringLiteral("failed-job")}));
}

void tst_HttpPreset::pagerDutyTrigger()
{
    const QHash<QString, QString> fields {
        {QStringLiteral("routing_key"), QStringLiteral("R0UT1NGKEY")},
        {QStringLiteral("summary"), hostile},
        {QStringLiteral("source"), QStringLiteral("opentext")},
        {QStringLiteral("severity"), QStringLiteral("error")},
        {QStringLiteral("dedup_key"), QStringLiteral("event-42/rule-7")},
        {QStringLiteral("custom_details"), QStringLiteral(R"({"job_id": "xsi-1", "attempts": 3})")},
    };
    const auto request
        = buildPresetRequest(HttpPreset::PagerDutyTrigger, QUrl(), fields, QStringLiteral("a"));
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->url.toString(), QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    const QJsonObject json = body(request.value());
    QCOMPARE(json.value(QLatin1String("routing_key")).toString(), QStringLiteral("R0UT1NGKEY"));
    QCOMPARE(json.value(QLatin1String("event_action")).toString(), QStringLiteral("trigger"));
    QCOMPARE(json.value(QLatin1String("dedup_key")).toString(), QStringLiteral("event-42/rule-7"));
    const QJsonObject payload = json.value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("summary")).toString(), hostile);
    QCOMPARE(payload.value(QLatin1String("source")).toString(), QStringLiteral("opentext"));
    QCOMPARE(payload.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(payload.value(QLatin1String("custom_details"))
                 .toObject()
                 .value(QLatin1String("attempts"))
                 .toInt(),
             3);

    // Pointed elsewhere, such as the sandbox's capture endpoint.
    const QUrl capture(QStringLiteral("http://127.0.0.1:8090/capture/pagerduty"));
    QCOMPARE(buildPresetRequest(HttpPreset::PagerDutyTrigger, capture, fields, QString())->url,
             capture);

    QHash<QString, QString> loud = fields;
    loud.insert(QStringLiteral("severity"), QStringLiteral("urgent"));
    const auto refused = buildPresetRequest(HttpPreset::PagerDutyTrigger, QUrl(), loud,
                                            QStringLiteral("rule 'r', action 2"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             QStringLiteral("rule 'r', action 2, severity: PagerDuty's severity is "
                            "critical, error, warning or info, not 'urgent'"));
    QCOMPARE(refused.errorDetail().place.field, QStringLiteral("severity"));
}

void tst_HttpPreset::slackMessage()
{
    const QUrl hook(QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX"));
    const auto request
        = buildPresetRequest(HttpPreset::Slack, hook,
                             {{QStringLiteral("text"), hostile},
                              {QStringLiteral("title"), QStringLiteral("Job failed")}},
                             QStringLiteral("a"));
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->url, hook);
    const QJsonObject json = body(request.value());
    // <@channel> must not become a mention: Slack's control characters are escaped.
    const QString text = json.value(QLatin1String("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("&lt;@channel&gt; &amp; 契約")), qPrintable(text));
    const QJsonArray blocks = json.value(QLatin1String("blocks")).toArray();
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("header"));
    QCOMPARE(blocks.at(1)
                 .toObject()
                 .value(QLatin1String("text"))
                 .toObject()
                 .value(QLatin1String("type"))
                 .toString(),
             QStringLiteral("mrkdwn"));
}

void tst_HttpPreset::teamsCard()
{
    const auto request = buildPresetRequest(
        HttpPreset::Teams, QUrl(QStringLiteral("https://acme.webhook.office.com/webhookb2/x")),
        {{QStringLiteral("text"), hostile},
         {QStringLiteral("title"), QStringLiteral("Job failed")}},
        QStringLiteral("a"));
    QVERIFY2(request.ok(), qPrintable(request.error()));
    const QJsonObject json = body(request.value());
    QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("message"));
    const QJsonObject attachment
        = json.value(QLatin1String("attachments")).toArray().at(0).toObject();
    QCOMPARE(attachment.value(QLatin1String("contentType")).toString(),
             QStringLiteral("application/vnd.microsoft.card.adaptive"));
    const QJsonObject card = attachment.value(QLatin1String("content")).toObject();
    QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("AdaptiveCard"));
    const QJsonArray blocks = card.value(QLatin1String("body")).toArray();
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(1).toObject().value(QLatin1String("text")).toString(), hostile);
}

void tst_HttpPreset::missingFieldsInWords_data()
{
    QTest::addColumn<HttpPreset>("preset");
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("error");
    const QUrl site(QStringLiteral("https://x.example"));
    QTest::newRow("servicenow summary")
        << HttpPreset::ServiceNowIncident << site
        << QStringLiteral("act, summary: the servicenow preset needs a value");
    QTest::newRow("jira project") << HttpPreset::JiraIssue << site
                                  << QStringLiteral(
                                         "act, project_key: the jira preset needs a value");
    QTest::newRow("pagerduty routing key")
        << HttpPreset::PagerDutyTrigger << QUrl()
        << QStringLiteral("act, routing_key: the pagerduty preset needs a value");
    QTest::newRow("slack text") << HttpPreset::Slack << site
                                << QStringLiteral("act, text: the slack preset needs a value");
    QTest::newRow("teams url") << HttpPreset::Teams << QUrl()
                               << QStringLiteral("act, text: the teams preset needs a value");
}

void tst_HttpPreset::missingFieldsInWords()
{
    QFETCH(HttpPreset, preset);
    QFETCH(QUrl, base);
    QFETCH(QString, error);
    const auto request = buildPresetRequest(
        preset, base, {{QStringLiteral("summary"), QStringLiteral("   ")}}, QStringLiteral("act"));
    QVERIFY(!request.ok());
    QCOMPARE(request.error(), error);

    // Every required field given, but no URL where one is needed.
    if (preset != HttpPreset::PagerDutyTrigger) {
        QHash<QString, QString> all;
        for (const QString &field : httpPreset(httpPresets().at(int(preset)).name)->requiredFields)
            all.insert(field, QStringLiteral("x"));
        const auto noUrl = buildPresetRequest(preset, QUrl(), all, QStringLiteral("act"));
        QVERIFY(!noUrl.ok());
        QVERIFY2(noUrl.error().endsWith(
                     QLatin1String("preset needs the URL of the instance or webhook")),
                 qPrintable(noUrl.error()));
    }
}

void tst_HttpPreset::presetsByName()
{
    QCOMPARE(httpPresets().size(), 5);
    for (int i = 0; i < httpPresets().size(); ++i)
        QCOMPARE(int(httpPresets().at(i).preset), i);
    QCOMPARE(httpPreset(QStringLiteral("pagerduty"))->preset, HttpPreset::PagerDutyTrigger);
    QVERIFY(!httpPreset(QStringLiteral("opsgenie")));
}

// The Targets page's Test button sends these: each builds a request that says it is a test.
void tst_HttpPreset::everyPresetHasAWorkingSample()
{
    for (const HttpPresetInfo &info : httpPresets()) {
        for (const QString &field : info.requiredFields)
            QVERIFY2(!info.sampleFields.value(field).trimmed().isEmpty(),
                     qPrintable(info.name + QLatin1Char(' ') + field));
        for (auto it = info.sampleFields.cbegin(); it != info.sampleFields.cend(); ++it)
            QVERIFY2(info.requiredFields.contains(it.key())
                         || info.optionalFields.contains(it.key()),
                     qPrintable(info.name + QLatin1Char(' ') + it.key()));
        const auto request = buildPresetRequest(info.preset, QUrl(QStringLiteral("https://x.test")),
                                                info.sampleFields, info.name);
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(request->method, QByteArray("POST"));
        QVERIFY2(request->body.contains("OT Bridge"), request->body.constData());
        QVERIFY(!body(request.value()).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_HttpPreset)
#include "tst_httppreset.moc"
