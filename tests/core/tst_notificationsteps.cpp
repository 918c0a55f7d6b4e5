// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/notificationsteps.h"
#include "config/rule.h"
#include "config/workspace.h"
#include "rules/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

// The notification steps of issue 18 (README, "Notification steps"): how a rule's delay and
// digest, an action's fallback and the role directory's quiet hours are read (every bad input
// with its exact words), and what routing makes of them. The store's side is in
// tst_deliverystore, the processes' in tests/integration/tst_notificationsteps.
class tst_NotificationSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void ruleErrors_data();
    void ruleErrors();
    void errorPlaces();
    void roleDirectoryErrors_data();
    void roleDirectoryErrors();
    void quietHoursEnd_data();
    void quietHoursEnd();
    void delayRelease();
    void routingHoldsDelayedMessages();
    void pastDelaySkipsOrSends();
    void laterEventCancels();
    void digestEntries();
    void digestRendersCountAndList();
    void quietHoursHoldUnlessUrgent();
    void fallbackArmedWithItsOriginal();
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), Qt::UTC);

QByteArray workspaceJson(const QByteArray &rules, const QByteArray &roles = {})
{
    const QByteArray defaultRoles = R"([
        {"name": "legal", "time_zone": "Europe/Berlin",
         "quiet_hours": {"from": "22:00", "to": "07:00"}, "people": [
          {"name": "Dana Reyes", "email": "dana.reyes@example.com", "phone": "+4915112340011"},
          {"name": "Marc Olsen", "email": "marc.olsen@example.com", "time_zone": "America/New_York"}]},
        {"name": "ops", "people": [
          {"name": "Kim Novak", "email": "kim.novak@example.com", "phone": "+4915112340051",
           "quiet_hours": {"from": "12:00", "to": "13:00"}}]}
      ])";
    return R"({"version": 1,
      "sources": [{"name": "contracts"}, {"name": "suppliers"}],
      "targets": [
        {"name": "opentext", "type": "opentext", "sandbox": true},
        {"name": "hook", "type": "http", "url": "https://hooks.example.com/base/"}
      ],
      "roles": )"
        + (roles.isEmpty() ? defaultRoles : roles) + R"(,
      "rules": )"
        + rules + "}";
}

Workspace workspace(const QByteArray &rules)
{
    auto loaded = Workspace::fromJson(workspaceJson(rules), QStringLiteral("w.json"));
    if (!loaded)
        qFatal("bad test workspace: %s", qPrintable(loaded.error()));
    return std::move(loaded).value();
}

Event makeEvent(const QByteArray &source, const QJsonObject &body,
                const QUuid &id = QUuid::createUuid())
{
    Event event;
    event.id = id;
    event.source = QString::fromLatin1(source);
    event.receivedAt = now;
    event.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    event.contentType = "application/json";
    return event;
}

const QByteArray reminderRule = R"([{"name": "remind", "trigger": {"sources": ["contracts"]},
    "condition": {"path": "/event", "op": "eq", "value": "contract.ready_for_review"},
    "delay": {"until": "{{contract.review_due}}", "offset": "-24h", "key": "{{contract.id}}",
              "cancel_when": {"path": "/event", "op": "eq", "value": "contract.reviewed"}},
    "actions": [{"type": "opentext", "to": {"people": ["kim.novak@example.com"]},
                 "subject": "Review {{contract.id}} by tomorrow", "text": "t"}]}])";

QJsonObject contract(const char *event, const char *reviewDue)
{
    return {{"event", event},
            {"contract", QJsonObject {{"id", "CTR-1"}, {"review_due", reviewDue}}}};
}

} // namespace

void tst_NotificationSteps::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("words");
    QTest::addRow("seconds") << "90s" << qint64(90000) << "90 s";
    QTest::addRow("minutes") << "10m" << qint64(600000) << "10 min";
    QTest::addRow("hours back") << "-24h" << qint64(-86400000) << "24 h";
    QTest::addRow("days") << "2d" << qint64(172800000) << "2 d";
    QTest::addRow("one day in hours") << "1d" << qint64(86400000) << "24 h";
    QTest::addRow("no unit") << "10" << qint64(-1) << "";
    QTest::addRow("words") << "ten minutes" << qint64(-1) << "";
}

void tst_NotificationSteps::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, words);
    const std::optional<qint64> parsed = parseDuration(text);
    if (ms == -1) {
        QVERIFY(!parsed);
        return;
    }
    QCOMPARE(parsed, std::optional<qint64>(ms));
    QCOMPARE(durationText(ms), words);
}

void tst_NotificationSteps::ruleErrors_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("error");
    const QString r = QStringLiteral("workspace w.json, rule 'x', ");

    QTest::addRow("bad duration") << QByteArray(R"("delay": {"for": "3x"})")
                                  << r
            + "delay for: '3x' is not a duration such as 30s, 15m, 2h or 1d";
    QTest::addRow("negative wait")
        << QByteArray(R"("delay": {"for": "-1h"})")
        << r + "delay for: '-1h' is not a duration such as 30s, 15m, 2h or 1d";
    QTest::addRow("bad offset") << QByteArray(
        R"("delay": {"until": "{{due}}", "offset": "24 hours"})")
                                << r
            + "delay offset: '24 hours' is not a duration such as 30s, 15m, -24h or 1d";
    QTest::addRow("offset without until")
        << QByteArray(R"("delay": {"for": "1h", "offset": "-1h"})")
        << r + "delay offset: applies to \"until\" only";
    QTest::addRow("neither") << QByteArray(R"("delay": {"key": "{{id}}"})")
                             << r
            + "delay: needs either \"for\" (a duration) or \"until\" (a time "
              "from the payload), not neither";
    QTest::addRow("both") << QByteArray(R"("delay": {"for": "1h", "until": "{{due}}"})")
                          << r
            + "delay: needs either \"for\" (a duration) or \"until\" (a time "
              "from the payload), not both";
    QTest::addRow("too long") << QByteArray(R"("delay": {"for": "400d"})")
                              << r + "delay for: must be at most a year";
    QTest::addRow("if_past") << QByteArray(R"("delay": {"for": "1h", "if_past": "drop"})")
                             << r + "delay if_past: must be \"send\" or \"skip\", not \"drop\"";
    QTest::addRow("cancel without key")
        << QByteArray(R"("delay": {"for": "1h", "cancel_when": {"path": "/a", "op": "exists"}})")
        << r
            + "delay cancel_when: needs a \"key\", such as {{contract.id}}, to know which held "
              "messages a later event cancels";
    QTest::addRow("bad key template")
        << QByteArray(R"("delay": {"for": "1h", "key": "{{contract.id"})")
        << r + "delay key: a tag opened at character 1 is never closed";
    QTest::addRow("unknown delay key") << QByteArray(R"("delay": {"for": "1h", "untill": "x"})")
                                       << r
            + "delay: unknown key 'untill' (a delay takes for, until, "
              "offset, if_past, key, cancel_when)";
    QTest::addRow("until not a template") << QByteArray(R"("delay": {"until": 5})")
                                          << r
            + "delay until: must be a template such as "
              "{{supplier.id}}";
    QTest::addRow("digest without window")
        << QByteArray(R"("digest": {"key": "{{supplier.id}}"})")
        << r + "digest window: a digest needs a window such as 10m";
    QTest::addRow("digest without key") << QByteArray(R"("digest": {"window": "10m"})")
                                        << r
            + "digest key: must be a template such as "
              "{{supplier.id}}";
    QTest::addRow("digest bad window")
        << QByteArray(R"("digest": {"key": "{{a}}", "window": "0m"})")
        << r + "digest window: '0m' is not a duration such as 30s, 15m, 2h or 1d";
    QTest::addRow("digest first") << QByteArray(
        R"("digest": {"key": "{{a}}", "window": "10m", "first": "now"})")
                                  << r
            + "digest first: must be \"send\" or \"digest\", not \"now\"";
    QTest::addRow("unknown digest key")
        << QByteArray(R"("digest": {"key": "{{a}}", "windows": "10m"})")
        << r + "digest: unknown key 'windows' (a digest takes key, window, first)";
    QTest::addRow("delay and digest")
        << QByteArray(R"("delay": {"for": "1h"}, "digest": {"key": "{{a}}", "window": "10m"})")
        << r + "digest: a rule has a delay or a digest, not both";
    QTest::addRow("urgent") << QByteArray(R"("urgent": "yes")")
                            << r + "urgent: must be true or false";
}

void tst_NotificationSteps::ruleErrors()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, error);
    const QByteArray json = R"({"name": "x", "trigger": {"sources": ["contracts"]}, )" + steps
        + R"(, "actions": [{"type": "http", "target": "hook"}]})";
    const auto rule = Rule::fromJson(parse(json), QStringLiteral("workspace w.json"));
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error(), error);
}

void tst_NotificationSteps::errorPlaces()
{
    // The designer puts each error under its control: the place is data.
    const auto window = Rule::fromJson(
        parse(R"({"name": "x", "trigger": {"sources": ["s"]}, "digest": {"key": "{{a}}"}})"),
        QStringLiteral("w"));
    QCOMPARE(window.errorDetail().place.section, ErrorPlace::Section::Rule);
    QCOMPARE(window.errorDetail().place.field, QStringLiteral("digest"));
    QCOMPARE(window.errorDetail().place.key, QStringLiteral("window"));
    QCOMPARE(window.errorDetail().kind, Error::Kind::Missing);

    // A fallback's own field, and a fallback where none can be.
    const auto fallbackText = Rule::fromJson(parse(R"({"name": "x", "trigger": {"sources": ["s"]},
        "actions": [{"type": "opentext", "to": {"people": ["a@b.c"]}, "subject": "s", "text": "t",
                     "fallback": {"type": "opentext", "channel": "sms", "to": {"people": ["a@b.c"]},
                                  "text": "{{#x}}"}}]})"),
                                             QStringLiteral("workspace w.json"));
    QCOMPARE(fallbackText.errorDetail().place.action, 0);
    QCOMPARE(fallbackText.errorDetail().place.field, QStringLiteral("fallback"));
    QCOMPARE(fallbackText.errorDetail().place.key, QStringLiteral("text"));
    QVERIFY2(fallbackText.error().startsWith(
                 QStringLiteral("workspace w.json, rule 'x', action 1, fallback text: ")),
             qPrintable(fallbackText.error()));

    const auto onHttp = Rule::fromJson(parse(R"({"name": "x", "trigger": {"sources": ["s"]},
        "actions": [{"type": "http", "target": "hook", "fallback": {"type": "http", "target": "h"}}]})"),
                                       QStringLiteral("workspace w.json"));
    QVERIFY(onHttp.error().startsWith(
        QStringLiteral("workspace w.json, rule 'x', action 1: unknown key 'fallback'")));
    const auto escalating = Rule::fromJson(parse(R"({"name": "x", "trigger": {"sources": ["s"]},
        "actions": [{"type": "opentext", "to": {"people": ["a@b.c"]}, "subject": "s", "text": "t",
                     "fallback": {"type": "escalate"}}]})"),
                                           QStringLiteral("workspace w.json"));
    QCOMPARE(escalating.error(),
             QStringLiteral("workspace w.json, rule 'x', action 1, fallback: "
                            "must be an opentext or http action"));
    const auto nested = Rule::fromJson(parse(R"({"name": "x", "trigger": {"sources": ["s"]},
        "actions": [{"type": "opentext", "to": {"people": ["a@b.c"]}, "subject": "s", "text": "t",
                     "fallback": {"type": "http", "target": "h",
                                  "fallback": {"type": "http", "target": "h"}}}]})"),
                                       QStringLiteral("workspace w.json"));
    QCOMPARE(nested.error(),
             QStringLiteral("workspace w.json, rule 'x', action 1, fallback: a "
                            "fallback has no fallback of its own"));
    const auto digestEscalates
        = Rule::fromJson(parse(R"({"name": "x", "trigger": {"sources": ["s"]},
        "digest": {"key": "{{a}}", "window": "10m"},
        "actions": [{"type": "escalate", "within_seconds": 60,
                     "tiers": [{"actions": [{"type": "http", "target": "h"}]}]}]})"),
                         QStringLiteral("workspace w.json"));
    QCOMPARE(digestEscalates.error(),
             QStringLiteral("workspace w.json, rule 'x', digest: a digest rule cannot escalate: "
                            "escalation waits for each event's acknowledgement"));

    // The workspace checks what the fallback names, at the fallback.
    const auto unknownTarget
        = Workspace::fromJson(workspaceJson(R"([{"name": "x", "trigger": {"sources": ["contracts"]},
        "actions": [{"type": "opentext", "to": {"people": ["kim.novak@example.com"]}, "subject": "s", "text": "t",
                     "fallback": {"type": "http", "target": "nowhere"}}]}])"),
                              QStringLiteral("w.json"));
    QVERIFY(!unknownTarget);
    QCOMPARE(unknownTarget.errorDetail().place.field, QStringLiteral("fallback"));
    QCOMPARE(unknownTarget.error(),
             QStringLiteral("workspace w.json, rule 'x', action 1, fallback "
                            "target: no target 'nowhere' in this workspace"));
}

void tst_NotificationSteps::roleDirectoryErrors_data()
{
    QTest::addColumn<QByteArray>("roles");
    QTest::addColumn<QString>("error");
    QTest::addRow("time zone") << QByteArray(R"([{"name": "a", "time_zone": "Mars/Olympus",
        "people": []}])")
                               << "workspace w.json, role 1 ('a'): time_zone 'Mars/Olympus' is not "
                                  "a time zone such as Europe/Berlin or UTC";
    QTest::addRow("time of day")
        << QByteArray(R"([{"name": "a", "people": [{"name": "P",
        "email": "p@example.com", "quiet_hours": {"from": "22h", "to": "07:00"}}]}])")
        << "workspace w.json, role 1 ('a'), person 1 (P): quiet_hours from "
           "and to must be times of day such as 22:00 and 07:00";
    QTest::addRow("same times")
        << QByteArray(R"([{"name": "a", "quiet_hours": {"from": "22:00",
        "to": "22:00"}, "people": []}])")
        << "workspace w.json, role 1 ('a'): quiet_hours from and to are the "
           "same time";
    QTest::addRow("shape") << QByteArray(R"([{"name": "a", "quiet_hours": "22-7", "people": []}])")
                           << "workspace w.json, role 1 ('a'): quiet_hours must be {\"from\": "
                              "\"22:00\", \"to\": \"07:00\"}";
}

void tst_NotificationSteps::roleDirectoryErrors()
{
    QFETCH(QByteArray, roles);
    QFETCH(QString, error);
    const auto loaded = Workspace::fromJson(workspaceJson("[]", roles), QStringLiteral("w.json"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), error);
}

void tst_NotificationSteps::quietHoursEnd_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("end");
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
    };
    // Berlin is UTC+1 in November: its 22:00-07:00 is 21:00-06:00 UTC.
    QTest::addRow("Berlin evening") << "dana.reyes@example.com" << utc(20, 21, 30) << utc(21, 6, 0);
    QTest::addRow("Berlin by phone") << "+4915112340011" << utc(20, 23, 0) << utc(21, 6, 0);
    QTest::addRow("Berlin early") << "dana.reyes@example.com" << utc(21, 5, 59) << utc(21, 6, 0);
    QTest::addRow("Berlin end is awake")
        << "dana.reyes@example.com" << utc(21, 6, 0) << QDateTime();
    QTest::addRow("Berlin day") << "dana.reyes@example.com" << utc(20, 12, 0) << QDateTime();
    // The role's hours in the person's own zone: New York is UTC-5.
    QTest::addRow("New York night") << "marc.olsen@example.com" << utc(21, 5, 0) << utc(21, 12, 0);
    QTest::addRow("New York evening") << "MARC.OLSEN@example.com" << utc(20, 21, 30) << QDateTime();
    // A person's own hours, in UTC (no zone anywhere).
    QTest::addRow("own lunch") << "kim.novak@example.com" << utc(20, 12, 30) << utc(20, 13, 0);
    QTest::addRow("stranger") << "someone@example.com" << utc(20, 23, 0) << QDateTime();
}

void tst_NotificationSteps::quietHoursEnd()
{
    QFETCH(QString, address);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, end);
    const Workspace w = workspace("[]");
    QCOMPARE(w.roles().quietUntil(address, at), end);
}

void tst_NotificationSteps::delayRelease()
{
    const Workspace w = workspace(reminderRule);
    const DelayStep &delay = *w.rule(QStringLiteral("remind"))->delay;
    QCOMPARE(delay.describe(), QStringLiteral("24 h before review_due"));
    const auto release = delay.releaseFor(contract("x", "2026-11-24T17:00:00Z"), {}, now, 1.0);
    QCOMPARE(release.at, QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    QVERIFY(!release.skip);
    // A time with an offset, a date alone (its midnight, UTC).
    QCOMPARE(delay.releaseFor(contract("x", "2026-11-24T18:00:00+01:00"), {}, now, 1.0).at,
             QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    QCOMPARE(delay.releaseFor(contract("x", "2026-11-25"), {}, now, 1.0).at,
             QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC));
    QCOMPARE(delay.releaseFor(contract("x", "next tuesday"), {}, now, 1.0).error,
             QStringLiteral("delay until: 'next tuesday' is not a time"));
    QCOMPARE(delay.releaseFor(QJsonObject {}, {}, now, 1.0).error,
             QStringLiteral("delay until: {{contract.review_due}} has no value in this event"));

    auto fixed = parseDelayStep(parse(R"({"for": "2h"})"), ErrorPlace());
    QVERIFY(fixed);
    QCOMPARE(fixed->describe(), QStringLiteral("2 h after the event"));
    // Durations follow the test clock's scale; payload times do not.
    QCOMPARE(fixed->releaseFor({}, {}, now, 0.001).at, now.addMSecs(7200));
}

void tst_NotificationSteps::routingHoldsDelayedMessages()
{
    const Workspace w = workspace(reminderRule);
    const auto routed = routeEvent(
        w, makeEvent("contracts", contract("contract.ready_for_review", "2026-11-24T17:00:00Z")),
        {}, now);
    QCOMPARE(routed.deliveries.size(), 1);
    const NewDelivery &reminder = routed.deliveries.first();
    QCOMPARE(reminder.dueAt, QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    QCOMPARE(reminder.hold, QStringLiteral("delay"));
    QCOMPARE(reminder.holdKey, QStringLiteral("CTR-1"));
    QVERIFY(reminder.renderError.isEmpty());
    QVERIFY(routed.cancels.isEmpty());

    // No time in the payload: the reminder is stored dead with the reason, not sent now.
    const auto noTime = routeEvent(
        w, makeEvent("contracts", QJsonObject {{"event", "contract.ready_for_review"}}), {}, now);
    QCOMPARE(noTime.deliveries.size(), 1);
    QCOMPARE(noTime.deliveries.first().renderError,
             QStringLiteral("rule 'remind', action 1, delay until: {{contract.review_due}} has no "
                            "value in this event"));
}

void tst_NotificationSteps::pastDelaySkipsOrSends()
{
    QByteArray rules = reminderRule;
    const Workspace sends = workspace(rules);
    const auto sent = routeEvent(
        sends,
        makeEvent("contracts", contract("contract.ready_for_review", "2026-11-20T12:00:00Z")), {},
        now);
    QCOMPARE(sent.deliveries.size(), 1);
    QCOMPARE(sent.deliveries.first().dueAt, now);

    rules.replace(R"("offset": "-24h",)", R"("offset": "-24h", "if_past": "skip",)");
    const Workspace skips = workspace(rules);
    const auto skipped = routeEvent(
        skips,
        makeEvent("contracts", contract("contract.ready_for_review", "2026-11-20T12:00:00Z")), {},
        now);
    QVERIFY(skipped.deliveries.isEmpty());
    // Not past: held as before.
    QCOMPARE(routeEvent(skips,
                        makeEvent("contracts",
                                  contract("contract.ready_for_review", "2026-11-24T17:00:00Z")),
                        {}, now)
                 .deliveries.size(),
             1);
}

void tst_NotificationSteps::laterEventCancels()
{
    const Workspace w = workspace(reminderRule);
    const auto reviewed
        = routeEvent(w, makeEvent("contracts", contract("contract.reviewed", "")), {}, now);
    QVERIFY(reviewed.deliveries.isEmpty()); // the rule's own condition does not match it
    QCOMPARE(reviewed.cancels.size(), 1);
    QCOMPARE(reviewed.cancels.first().rule, QStringLiteral("remind"));
    QCOMPARE(reviewed.cancels.first().key, QStringLiteral("CTR-1"));
    // Another event of the source cancels nothing.
    QVERIFY(routeEvent(w, makeEvent("contracts", contract("contract.signed", "")), {}, now)
                .cancels.isEmpty());
}

void tst_NotificationSteps::digestEntries()
{
    const Workspace w = workspace(R"([{"name": "expired", "trigger": {"sources": ["suppliers"]},
        "digest": {"key": "{{supplier.id}}", "window": "10m", "first": "send"},
        "actions": [{"type": "opentext", "to": {"people": ["dana.reyes@example.com"]},
                     "subject": "{{digest.count}} documents", "text": "t"}]}])");
    const QJsonObject body {{"supplier", QJsonObject {{"id", "supplier-88"}}}};
    RoutingContext context;
    context.delayScale = 0.01;
    const auto routed = routeEvent(w, makeEvent("suppliers", body), context, now);
    QVERIFY(routed.deliveries.isEmpty()); // nothing sent per event
    QCOMPARE(routed.digests.size(), 1);
    const DigestEntry &entry = routed.digests.first();
    QCOMPARE(entry.rule, QStringLiteral("expired"));
    QCOMPARE(entry.key, QStringLiteral("supplier-88"));
    QCOMPARE(entry.routedAt, now);
    QCOMPARE(entry.closesAt, now.addMSecs(6000)); // 10 min on a clock 100 times faster
    QCOMPARE(entry.first.size(), 1); // sent at once if this event opens the window
    QCOMPARE(entry.first.first().request.message.subject, QStringLiteral(" documents"));
}

void tst_NotificationSteps::digestRendersCountAndList()
{
    const Workspace w = workspace(R"([{"name": "expired", "trigger": {"sources": ["suppliers"]},
        "digest": {"key": "{{supplier.id}}", "window": "10m"},
        "actions": [{"type": "opentext", "to": {"people": ["kim.novak@example.com"]},
                     "subject": "{{digest.count}} expired documents of {{digest.key}}",
                     "text": "{{#digest.events}}- {{document.number}}\n{{/digest.events}}"}]}])");
    QList<Event> events;
    for (int i = 1; i <= 3; ++i)
        events.append(
            makeEvent("suppliers",
                      {{"supplier", QJsonObject {{"id", "supplier-88"}}},
                       {"document", QJsonObject {{"number", QStringLiteral("D-%1").arg(i)}}}}));
    DigestRecord digest;
    digest.id = 7;
    digest.rule = QStringLiteral("expired");
    digest.key = QStringLiteral("supplier-88");
    digest.openedAt = now;
    const QDateTime closes = now.addSecs(600);
    const QList<NewDelivery> deliveries
        = renderDigest(w, *w.rule(QStringLiteral("expired")), digest, events, {}, closes);
    QCOMPARE(deliveries.size(), 1);
    const NewDelivery &message = deliveries.first();
    QCOMPARE(message.id,
             events.first().id.toString(QUuid::WithoutBraces)
                 + QStringLiteral(".expired.digest.0"));
    QCOMPARE(message.hold, QStringLiteral("digest"));
    QCOMPARE(message.holdKey, QStringLiteral("7"));
    QCOMPARE(message.dueAt, closes);
    QCOMPARE(message.request.message.subject, QStringLiteral("3 expired documents of supplier-88"));
    QCOMPARE(message.request.message.text, QStringLiteral("- D-1\n- D-2\n- D-3\n"));
}

void tst_NotificationSteps::quietHoursHoldUnlessUrgent()
{
    QByteArray rules = R"([{"name": "night", "trigger": {"sources": ["contracts"]},
        "actions": [{"type": "opentext", "channel": "sms", "to": {"roles": ["legal"]}, "text": "t"},
                    {"type": "opentext", "to": {"people": ["dana.reyes@example.com"]}, "subject": "s",
                     "text": "t"},
                    {"type": "http", "target": "hook"}]}])";
    const QDateTime night = QDateTime(QDate(2026, 11, 20), QTime(23, 0), Qt::UTC);
    const Workspace w = workspace(rules);
    const auto held = routeEvent(w, makeEvent("contracts", {{"a", 1}}), {}, night);
    QCOMPARE(held.deliveries.size(), 3);
    // The SMS reaches Dana only (Marc has no phone): Berlin's night ends at 06:00 UTC.
    QCOMPARE(held.deliveries.at(0).dueAt, QDateTime(QDate(2026, 11, 21), QTime(6, 0), Qt::UTC));
    QCOMPARE(held.deliveries.at(0).hold, QStringLiteral("quiet"));
    QCOMPARE(held.deliveries.at(1).dueAt, QDateTime(QDate(2026, 11, 21), QTime(6, 0), Qt::UTC));
    // HTTP calls are not people.
    QCOMPARE(held.deliveries.at(2).dueAt, night);
    QVERIFY(held.deliveries.at(2).hold.isEmpty());

    rules.replace(R"("name": "night",)", R"("name": "night", "urgent": true,)");
    const auto urgent = routeEvent(workspace(rules), makeEvent("contracts", {{"a", 1}}), {}, night);
    QCOMPARE(urgent.deliveries.at(0).dueAt, night);
    QVERIFY(urgent.deliveries.at(0).hold.isEmpty());
}

void tst_NotificationSteps::fallbackArmedWithItsOriginal()
{
    const Workspace w = workspace(R"([{"name": "mail", "trigger": {"sources": ["contracts"]},
        "actions": [{"type": "opentext", "to": {"people": ["dana.reyes@example.com"]},
                     "subject": "s", "text": "Review {{contract.id}}",
                     "fallback": {"type": "opentext", "channel": "sms",
                                  "to": {"people": ["dana.reyes@example.com"]},
                                  "text": "Email failed: review {{contract.id}}"}}]}])");
    const Event e = makeEvent("contracts", contract("x", ""));
    const auto routed = routeEvent(w, e, {}, now);
    QCOMPARE(routed.deliveries.size(), 1);
    QCOMPARE(routed.fallbacks.size(), 1);
    const FallbackEntry &fallback = routed.fallbacks.first();
    QCOMPARE(fallback.originalId, routed.deliveries.first().id);
    QCOMPARE(fallback.fallback.id, routed.deliveries.first().id + QStringLiteral(".fallback"));
    QCOMPARE(fallback.fallback.request.message.channel, OpenTextChannel::Sms);
    QCOMPARE(fallback.fallback.request.message.text, QStringLiteral("Email failed: review CTR-1"));
    QCOMPARE(fallback.fallback.request.message.destinations.first().address,
             QStringLiteral("+4915112340011"));
    // A target only a fallback uses is in use (the Targets page will not delete it).
    const Workspace toHook = workspace(R"([{"name": "mail", "trigger": {"sources": ["contracts"]},
        "actions": [{"type": "opentext", "to": {"people": ["dana.reyes@example.com"]},
                     "subject": "s", "text": "t", "fallback": {"type": "http", "target": "hook"}}]}])");
    QCOMPARE(toHook.rulesUsingTarget(QStringLiteral("hook")), QStringList {QStringLiteral("mail")});
}

QTEST_GUILESS_MAIN(tst_NotificationSteps)
#include "tst_notificationsteps.moc"
