// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/httptarget.h"
#include "config/rule.h"
#include "config/workspace.h"
#include "rules/actionrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace OtBridge;

Q_DECLARE_METATYPE(OtBridge::ErrorPlace)

class tst_Rule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void internalEvents();
    void parsesEveryPart();
    void errorsInWords_data();
    void errorsInWords();
    void referenceErrorsInWords_data();
    void referenceErrorsInWords();
    void errorPlaces_data();
    void errorPlaces();
    void referenceErrorPlaces_data();
    void referenceErrorPlaces();
    void deterministicIds();
    void extras();
    void render_data();
    void render();
    void renderErrors_data();
    void renderErrors();
    void presetRequest();
    void genericJsonBody();
    void faxFromAddresses();
    void whatsAppTemplate();
    void escalationTierPlace();
    void sandboxUrls();
    void httpTargetRoundTrip();
    void httpTargetErrors_data();
    void httpTargetErrors();
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

const QUuid eventId = QUuid::fromString(QStringLiteral("0192e3c4-0000-7000-8000-000000000001"));
const QDateTime received = QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), Qt::UTC);

// A workspace with people, an OpenText target and HTTP targets of each kind; rules are
// appended from the test.
QByteArray workspaceJson(const QByteArray &rules)
{
    return R"({"version": 1,
      "sources": [{"name": "contracts"}, {"name": "cases"}],
      "targets": [
        {"name": "opentext", "type": "opentext", "sandbox": true},
        {"name": "servicenow", "type": "http", "preset": "servicenow",
         "url": "sandbox:/capture/servicenow"},
        {"name": "pagerduty", "type": "http", "preset": "pagerduty"},
        {"name": "hook", "type": "http", "url": "https://hooks.example.com/base/",
         "method": "PUT", "headers": {"X-Team": "ops"}}
      ],
      "roles": [
        {"name": "legal", "people": [
          {"name": "Dana Reyes", "email": "dana.reyes@example.com", "phone": "+4915112340011"},
          {"name": "Marc Olsen", "email": "marc.olsen@example.com"}]},
        {"name": "finance", "people": [
          {"name": "Tom Becker", "email": "tom.becker@example.com", "phone": "+4915112340022"}]},
        {"name": "empty", "people": []}
      ],
      "rules": )"
        + rules + "}";
}

const QJsonObject contract = parse(R"({"event": "contract.ready_for_review",
    "contract": {"id": "CTR-1", "title": "MSA <Northwind> & Co", "url": "https://c/x?id=1",
                 "owner": {"email": "Dana.Reyes@example.com", "name": "Dana"}},
    "cc": "a@example.com, b@example.com;Marc.Olsen@example.com",
    "cc_list": ["c@example.com", "a@example.com"],
    "phones": "+1 (555) 123-0001, 0151 1234567",
    "roles": ["finance", "legal"], "role_text": "finance, legal", "bad_role": "sales",
    "bad": "not-an-email"})");

} // namespace

void tst_Rule::internalEvents()
{
    QCOMPARE(InternalEvent::all(),
             QStringList({QStringLiteral("opentext.delivery.failed"),
                          QStringLiteral("opentext.delivery.confirmed"),
                          QStringLiteral("delivery.dead"), QStringLiteral("escalation.fired")}));
    QVERIFY(InternalEvent::isInternal(QStringLiteral("delivery.dead")));
    QVERIFY(!InternalEvent::isInternal(QStringLiteral("contracts")));
}

void tst_Rule::parsesEveryPart()
{
    const auto rule = Rule::fromJson(parse(R"({"name": "legal-review", "title": "Legal review",
        "trigger": {"sources": ["contracts"], "events": ["delivery.dead"]},
        "condition": {"path": "/event", "op": "eq", "value": "contract.ready_for_review"},
        "actions": [
          {"type": "opentext", "channel": "email", "missing": "fail",
           "to": {"roles": ["legal"], "people": ["a@example.com"],
                  "addresses": ["{{contract.owner.email}}"], "roles_from": ["{{roles}}"]},
           "subject": "Review {{contract.id}}", "text": "t", "html": "<p>{{contract.title}}</p>"},
          {"type": "http", "target": "hook", "method": "POST", "url": "x/{{contract.id}}",
           "headers": {"X-Id": "{{contract.id}}"}, "body": {"id": "{{contract.id}}"}},
          {"type": "escalate", "within_seconds": 3600,
           "within_minutes_from": "/acknowledge_within_minutes",
           "tiers": [{"actions": [{"type": "opentext", "channel": "sms",
                                   "to": {"roles": ["legal"]}, "text": "late"}]},
                     {"after_seconds": 60, "actions": [{"type": "http", "target": "hook"}]}]}
        ]})"),
                                     QStringLiteral("workspace w.json"));
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    QCOMPARE(rule->name, QStringLiteral("legal-review"));
    QCOMPARE(rule->title, QStringLiteral("Legal review"));
    QVERIFY(rule->enabled);
    QVERIFY(rule->isTriggeredBy(QStringLiteral("contracts")));
    QVERIFY(rule->isTriggeredBy(QStringLiteral("delivery.dead")));
    QVERIFY(!rule->isTriggeredBy(QStringLiteral("cases")));
    QVERIFY(!rule->condition.isEmpty());
    QCOMPARE(rule->actions.size(), 3);

    const RuleAction &email = rule->actions.at(0);
    QCOMPARE(email.kind, RuleAction::Kind::OpenText);
    QVERIFY(email.target.isEmpty());
    QCOMPARE(email.missing, Template::MissingPolicy::Fail);
    QCOMPARE(email.roles, QStringList {QStringLiteral("legal")});
    QCOMPARE(email.people, QStringList {QStringLiteral("a@example.com")});
    QCOMPARE(email.addresses.size(), 1);
    QCOMPARE(email.rolesFrom.size(), 1);
    QCOMPARE(email.fields.value(QStringLiteral("html")).escape(), Template::Escape::Html);
    QCOMPARE(email.fields.value(QStringLiteral("subject")).escape(), Template::Escape::Plain);
    QCOMPARE(email.fields.value(QStringLiteral("subject")).where(),
             QStringLiteral("rule 'legal-review', action 1, subject"));

    const RuleAction &http = rule->actions.at(1);
    QCOMPARE(http.kind, RuleAction::Kind::Http);
    QCOMPARE(http.method, QStringLiteral("POST"));
    QVERIFY(http.url);
    QCOMPARE(http.url->escape(), Template::Escape::Url);
    QCOMPARE(http.headers.size(), 1);
    QCOMPARE(http.headers.at(0).first, QByteArray("X-Id"));
    QVERIFY(http.body);
    QCOMPARE(http.body->escape(), Template::Escape::JsonString);
    QCOMPARE(http.body->source(), QStringLiteral(R"({"id":"{{contract.id}}"})"));

    const RuleAction *escalate = rule->escalation();
    QCOMPARE(escalate, &rule->actions.at(2));
    QCOMPARE(escalate->withinSeconds, 3600);
    QCOMPARE(escalate->withinMinutesFrom, QStringLiteral("/acknowledge_within_minutes"));
    QCOMPARE(escalate->tiers.size(), 2);
    QCOMPARE(escalate->tiers.at(0)->afterSeconds, 0);
    QCOMPARE(escalate->tiers.at(1)->afterSeconds, 60);
    QCOMPARE(escalate->tiers.at(0)->actions.at(0).channel, OpenTextChannel::Sms);
    QCOMPARE(escalate->tiers.at(0)->actions.at(0).fields.value(QStringLiteral("text")).where(),
             QStringLiteral("rule 'legal-review', action 3, tier 1, action 1, text"));

    const auto disabled = Rule::fromJson(
        parse(R"({"name": "d", "enabled": false, "trigger": {"events": ["escalation.fired"]}})"),
        {});
    QVERIFY2(disabled.ok(), qPrintable(disabled.error()));
    QVERIFY(!disabled->enabled);
    QVERIFY(!disabled->escalation());
    QVERIFY(disabled->condition.isEmpty());
}

void tst_Rule::errorsInWords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray trigger = R"("trigger": {"sources": ["contracts"]})";
    const auto rule = [&trigger](const QByteArray &actions) -> QByteArray {
        return R"({"name": "x", )" + trigger + R"(, "actions": [)" + actions + "]}";
    };
    const QString w = QStringLiteral("workspace w.json, ");

    QTest::addRow("name") << QByteArray(R"({"name": "Legal Review"})")
                          << w
            + QStringLiteral("rule 'Legal Review', name: must be 1 to 64 characters of a-z, "
                             "0-9 or '-', starting with a letter or digit");
    QTest::addRow("dot in name") << QByteArray(R"({"name": "a.b"})")
                                 << w
            + QStringLiteral("rule 'a.b', name: must be 1 to 64 characters of a-z, 0-9 or "
                             "'-', starting with a letter or digit");
    QTest::addRow("unknown key")
        << QByteArray(R"({"name": "x", "condtion": {}})")
        << w
            + QStringLiteral(
                "rule 'x': unknown key 'condtion' (a rule takes name, title, "
                "description, enabled, trigger, condition, actions, delay, digest, urgent)");
    QTest::addRow("title") << QByteArray(R"({"name": "x", "title": 3})")
                           << w + QStringLiteral("rule 'x', title: must be a string");
    QTest::addRow("enabled") << QByteArray(R"({"name": "x", "enabled": "yes"})")
                             << w + QStringLiteral("rule 'x', enabled: must be true or false");
    QTest::addRow("no trigger") << QByteArray(R"({"name": "x"})")
                                << w
            + QStringLiteral("rule 'x', trigger: must be an object with \"sources\" or "
                             "\"events\"");
    QTest::addRow("empty trigger")
        << QByteArray(R"({"name": "x", "trigger": {"sources": []}})")
        << w + QStringLiteral("rule 'x', trigger: needs at least one source or internal event");
    QTest::addRow("sources type") << QByteArray(
        R"({"name": "x", "trigger": {"sources": "contracts"}})")
                                  << w
            + QStringLiteral("rule 'x', trigger, sources: must be an array of source names");
    QTest::addRow("trigger key") << QByteArray(R"({"name": "x", "trigger": {"source": ["a"]}})")
                                 << w
            + QStringLiteral("rule 'x', trigger: unknown key 'source' (a trigger takes sources, "
                             "events)");
    QTest::addRow("event") << QByteArray(
        R"({"name": "x", "trigger": {"events": ["delivery.failed"]}})")
                           << w
            + QStringLiteral("rule 'x', trigger, events: 'delivery.failed' is not an internal "
                             "event "
                             "(opentext.delivery.failed, opentext.delivery.confirmed, "
                             "delivery.dead, escalation.fired)");
    QTest::addRow("condition") << QByteArray(R"({"name": "x", "trigger": {"sources": ["a"]},
                         "condition": {"all": [{"path": "/a", "op": "exists"},
                                               {"path": "/b", "op": "matches", "value": "("}]}})")
                               << w
            + QStringLiteral("rule 'x', condition 2: operator 'matches' needs a valid regular "
                             "expression: missing closing parenthesis at character 2");
    QTest::addRow("actions type") << QByteArray(R"({"name": "x", )" + trigger
                                                + R"(, "actions": {}})")
                                  << w
            + QStringLiteral("rule 'x', actions: must be an array of actions");
    QTest::addRow("action object")
        << rule("3") << w + QStringLiteral("rule 'x', action 1: must be a JSON object");
    QTest::addRow("action type") << rule(R"({"type": "mail"})")
                                 << w
            + QStringLiteral("rule 'x', action 1, type: must be \"opentext\", \"http\" or "
                             "\"escalate\", not \"mail\"");
    QTest::addRow("typo") << rule(
        R"({"type": "opentext", "to": {"roles": ["legal"]}, "subjet": "s", "text": "t"})")
                          << w
            + QStringLiteral("rule 'x', action 1: unknown key 'subjet' (a opentext action takes "
                             "type, target, missing, channel, to, subject, text, html, from_name, "
                             "template_id, language, template_parameters, fallback)");
    QTest::addRow("channel") << rule(
        R"({"type": "opentext", "channel": "pigeon", "to": {"roles": ["legal"]}})")
                             << w
            + QStringLiteral("rule 'x', action 1, channel: must be \"email\", \"sms\", \"fax\" "
                             "or \"whatsapp\", not \"pigeon\"");
    QTest::addRow("no to") << rule(R"({"type": "opentext", "subject": "s", "text": "t"})")
                           << w
            + QStringLiteral("rule 'x', action 1, recipients: must be an object with roles, "
                             "people, addresses or roles_from");
    QTest::addRow("to typo") << rule(R"({"type": "opentext", "to": {"role": ["legal"]}})")
                             << w
            + QStringLiteral("rule 'x', action 1, recipients: unknown key 'role' (\"to\" takes "
                             "roles, people, addresses, roles_from)");
    QTest::addRow("nobody") << rule(R"({"type": "opentext", "to": {"roles": []}})")
                            << w
            + QStringLiteral("rule 'x', action 1, recipients: names nobody; give roles, people, "
                             "addresses or roles_from");
    QTest::addRow("roles type") << rule(R"({"type": "opentext", "to": {"roles": "legal"}})")
                                << w
            + QStringLiteral("rule 'x', action 1, roles: must be an array of role names");
    QTest::addRow("address template")
        << rule(R"({"type": "opentext", "to": {"addresses": ["{{#a}}"]}})")
        << w
            + QStringLiteral(
                "rule 'x', action 1, address 1: the section {{#a}} opened at character 1 is "
                "never closed");
    QTest::addRow("email subject")
        << rule(R"({"type": "opentext", "to": {"roles": ["legal"]},
                                             "text": "t"})")
        << w + QStringLiteral("rule 'x', action 1, subject: an email needs a subject");
    QTest::addRow("email body") << rule(R"({"type": "opentext", "to": {"roles": ["legal"]},
                                          "subject": "s"})")
                                << w
            + QStringLiteral("rule 'x', action 1, text: an email needs a text or an HTML part");
    QTest::addRow("sms text") << rule(
        R"({"type": "opentext", "channel": "sms", "to": {"roles": ["legal"]}})")
                              << w
            + QStringLiteral("rule 'x', action 1, text: an SMS needs a text");
    QTest::addRow("sms subject") << rule(R"({"type": "opentext", "channel": "sms",
                                           "to": {"roles": ["legal"]}, "subject": "s"})")
                                 << w
            + QStringLiteral("rule 'x', action 1, subject: does not apply to the sms channel");
    QTest::addRow("field type") << rule(R"({"type": "opentext", "to": {"roles": ["legal"]},
                                          "subject": 5, "text": "t"})")
                                << w
            + QStringLiteral("rule 'x', action 1, subject: must be a string (a template)");
    QTest::addRow("subject template")
        << rule(R"({"type": "opentext", "to": {"roles": ["legal"]}, "subject": "{{> p}}",
                   "text": "t"})")
        << w
            + QStringLiteral("rule 'x', action 1, subject: {{> p}} at character 1 asks for a "
                             "partial, and templates cannot include partials");
    QTest::addRow("html template")
        << rule(R"({"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s",
                   "html": "{{#a}}{{/b}}"})")
        << w
            + QStringLiteral("rule 'x', action 1, HTML: {{/b}} at character 7 does not close "
                             "{{#a}}, opened at character 1");
    QTest::addRow("missing policy")
        << rule(R"({"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s",
                   "text": "t", "missing": "skip"})")
        << w
            + QStringLiteral(
                "rule 'x', action 1, missing: must be \"empty\" or \"fail\", not \"skip\"");
    QTest::addRow("http target") << rule(R"({"type": "http"})")
                                 << w
            + QStringLiteral("rule 'x', action 1, target: an HTTP action needs a target");
    QTest::addRow("http method") << rule(R"({"type": "http", "target": "hook", "method": "post"})")
                                 << w
            + QStringLiteral("rule 'x', action 1, method: must be GET, POST, PUT, PATCH or "
                             "DELETE, not \"post\"");
    QTest::addRow("http header") << rule(
        R"({"type": "http", "target": "hook", "headers": {"Bad Header": "x"}})")
                                 << w
            + QStringLiteral("rule 'x', action 1, headers: 'Bad Header' is not a valid header "
                             "name");
    QTest::addRow("http url template")
        << rule(R"({"type": "http", "target": "hook", "url": "{{a"})")
        << w
            + QStringLiteral("rule 'x', action 1, URL: a tag opened at character 1 is never "
                             "closed");
    QTest::addRow("http body") << rule(R"({"type": "http", "target": "hook", "body": 5})")
                               << w
            + QStringLiteral("rule 'x', action 1, JSON body: must be a JSON object or array, or "
                             "a template string");
    QTest::addRow("http typo") << rule(R"({"type": "http", "target": "hook", "bdy": "x"})")
                               << w
            + QStringLiteral("rule 'x', action 1: unknown key 'bdy' (a http action takes type, "
                             "target, missing, fields, method, url, headers, body)");
    QTest::addRow("within") << rule(R"({"type": "escalate", "tiers": []})")
                            << w
            + QStringLiteral("rule 'x', action 1, within_seconds: must be a number of seconds "
                             "from 1 to a year");
    QTest::addRow("pointer") << rule(
        R"({"type": "escalate", "within_seconds": 60, "within_minutes_from": "ack"})")
                             << w
            + QStringLiteral("rule 'x', action 1, within_minutes_from: must be a JSON Pointer "
                             "such as /acknowledge_within_minutes");
    QTest::addRow("tiers") << rule(R"({"type": "escalate", "within_seconds": 60, "tiers": []})")
                           << w
            + QStringLiteral("rule 'x', action 1, tiers: must be a non-empty array of tiers");
    QTest::addRow("first tier after") << rule(R"({"type": "escalate", "within_seconds": 60,
                   "tiers": [{"after_seconds": 5, "actions": []}]})")
                                      << w
            + QStringLiteral("rule 'x', action 1, tier 1, after_seconds: the first tier fires "
                             "when the acknowledgement time runs out; after_seconds is for later "
                             "tiers");
    QTest::addRow("tier actions") << rule(
        R"({"type": "escalate", "within_seconds": 60, "tiers": [{"actions": []}]})")
                                  << w
            + QStringLiteral("rule 'x', action 1, tier 1, actions: must be a non-empty array "
                             "of actions");
    QTest::addRow("tier subject")
        << rule(R"({"type": "escalate", "within_seconds": 60, "tiers": [
                   {"actions": [{"type": "http", "target": "hook"}]},
                   {"actions": [{"type": "opentext", "to": {"roles": ["legal"]},
                                 "subject": "{{x", "text": "t"}]}]})")
        << w
            + QStringLiteral(
                "rule 'x', action 1, tier 2, action 1, subject: a tag opened at character 1 is "
                "never closed");
    QTest::addRow("nested escalate")
        << rule(R"({"type": "escalate", "within_seconds": 60, "tiers": [
                   {"actions": [{"type": "escalate"}]}]})")
        << w
            + QStringLiteral("rule 'x', action 1, tier 1, action 1: a tier cannot escalate "
                             "again; add a later tier instead");
    QTest::addRow("two escalations")
        << rule(R"({"type": "escalate", "within_seconds": 60,
                   "tiers": [{"actions": [{"type": "http", "target": "hook"}]}]},
                  {"type": "escalate", "within_seconds": 60,
                   "tiers": [{"actions": [{"type": "http", "target": "hook"}]}]})")
        << w + QStringLiteral("rule 'x', action 2: a rule has at most one escalate action");
}

void tst_Rule::errorsInWords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto rule = Rule::fromJson(parse(json), QStringLiteral("workspace w.json"));
    QVERIFY(!rule.ok());
    QCOMPARE(rule.error(), error);
}

void tst_Rule::referenceErrorsInWords_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("error");
    const QString w = QStringLiteral("workspace w.json, rule 'x'");
    const auto rule = [](const QByteArray &actions) -> QByteArray {
        return R"([{"name": "x", "trigger": {"sources": ["contracts"]}, "actions": [)" + actions
            + "]}]";
    };
    QTest::addRow("rules type") << QByteArray("{}")
                                << QStringLiteral("workspace w.json: \"rules\" must be an array");
    QTest::addRow("rule type") << QByteArray("[1]")
                               << QStringLiteral("workspace w.json, rule 1: must be a JSON object");
    QTest::addRow("source") << QByteArray(R"([{"name": "x", "trigger": {"sources": ["foo"]}}])")
                            << w
            + QStringLiteral(", trigger, sources: no source 'foo' in this workspace");
    QTest::addRow("twice") << QByteArray(R"([{"name": "x", "trigger": {"sources": ["contracts"]}},
                         {"name": "x", "trigger": {"sources": ["cases"]}}])")
                           << w + QStringLiteral(", name: another rule has the same name");
    QTest::addRow("target") << rule(R"({"type": "http", "target": "nowhere"})")
                            << w
            + QStringLiteral(", action 1, target: no target 'nowhere' in this workspace");
    QTest::addRow("opentext as http") << rule(R"({"type": "http", "target": "opentext"})")
                                      << w
            + QStringLiteral(", action 1, target: 'opentext' is an OpenText target; an http "
                             "action needs an http target");
    QTest::addRow("http as opentext")
        << rule(R"({"type": "opentext", "target": "hook", "to": {"roles": ["legal"]},
                   "subject": "s", "text": "t"})")
        << w
            + QStringLiteral(", action 1, target: 'hook' is an http target; an opentext action "
                             "needs an OpenText target");
    QTest::addRow("role") << rule(R"({"type": "opentext", "to": {"roles": ["sales"]},
                                    "subject": "s", "text": "t"})")
                          << w
            + QStringLiteral(", action 1, roles: no role 'sales' in this workspace");
    QTest::addRow("person")
        << rule(R"({"type": "opentext", "to": {"people": ["x@example.com"]},
                   "subject": "s", "text": "t"})")
        << w
            + QStringLiteral(
                ", action 1, people: x@example.com is not a person in any role of this "
                "workspace");
    QTest::addRow("preset field") << rule(R"({"type": "http", "target": "pagerduty",
                   "fields": {"summary": "s", "source": "x", "severity": "error"}})")
                                  << w
            + QStringLiteral(", action 1, routing_key: the pagerduty preset needs this field");
    QTest::addRow("preset unknown field") << rule(R"({"type": "http", "target": "servicenow",
                   "fields": {"summary": "s", "priority": "1"}})")
                                          << w
            + QStringLiteral(", action 1, priority: the servicenow preset has no such field (it "
                             "takes summary, description, urgency, impact, category, "
                             "assignment_group, caller_id, correlation_id)");
    QTest::addRow("preset body") << rule(
        R"({"type": "http", "target": "servicenow", "body": {"a": 1},
                   "fields": {"summary": "s"}})")
                                 << w
            + QStringLiteral(", action 1, JSON body: target 'servicenow' uses the servicenow "
                             "preset; give its \"fields\", not method, url or body");
    QTest::addRow("generic fields")
        << rule(R"({"type": "http", "target": "hook", "fields": {"summary": "s"}})")
        << w
            + QStringLiteral(", action 1, fields: target 'hook' is a generic http target; "
                             "\"fields\" is for preset targets, use \"body\"");
    QTest::addRow("tier role") << rule(R"({"type": "escalate", "within_seconds": 60, "tiers": [
                   {"actions": [{"type": "http", "target": "hook"}]},
                   {"actions": [{"type": "opentext", "channel": "sms", "to": {"roles": ["ops"]},
                                 "text": "t"}]}]})")
                               << w
            + QStringLiteral(", action 1, tier 2, action 1, roles: no role 'ops' in this "
                             "workspace");
}

void tst_Rule::referenceErrorsInWords()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, error);
    const auto workspace = Workspace::fromJson(workspaceJson(rules), QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(), error);
}

// Where each error points, as data: what the designer puts next to a field without reading the
// words. Columns after the rule: section, condition number, leaf, action, tier, tier action,
// field, key, item, offset, kind.
void tst_Rule::errorPlaces_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorPlace>("place");
    QTest::addColumn<int>("kind");

    using S = ErrorPlace::Section;
    using K = Error::Kind;
    const ErrorPlace r
        = ErrorPlace::inRule(QStringLiteral("workspace w.json"), QStringLiteral("r"));
    const QByteArray trigger = R"("trigger": {"sources": ["contracts"]})";
    const auto rule = [&trigger](const QByteArray &actions) -> QByteArray {
        return R"({"name": "r", )" + trigger + R"(, "actions": [)" + actions + "]}";
    };
    const QByteArray email = R"({"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s",
                                 "text": "t"})";

    QTest::addRow("name") << QByteArray(R"({"name": "Bad Name", "trigger": {"sources": ["x"]}})")
                          << ErrorPlace::inRule(QStringLiteral("workspace w.json"),
                                                QStringLiteral("Bad Name"))
                                 .withField(QStringLiteral("name"))
                          << int(K::Invalid);
    QTest::addRow("title") << QByteArray(R"({"name": "r", "title": 3})")
                           << r.withField(QStringLiteral("title")) << int(K::Invalid);
    QTest::addRow("rule key") << QByteArray(R"({"name": "r", "colour": 1})") << r
                              << int(K::Unknown);
    QTest::addRow("no trigger") << QByteArray(R"({"name": "r"})") << r.withSection(S::Trigger)
                                << int(K::Missing);
    QTest::addRow("empty trigger") << QByteArray(R"({"name": "r", "trigger": {}})")
                                   << r.withSection(S::Trigger) << int(K::Missing);
    QTest::addRow("event") << QByteArray(R"({"name": "r", "trigger": {"events": ["x"]}})")
                           << r.withSection(S::Trigger).withField(QStringLiteral("events"))
                           << int(K::Unknown);
    QTest::addRow("condition pattern")
        << QByteArray(R"({"name": "r", "trigger": {"sources": ["a"]},
                         "condition": {"all": [{"path": "/a", "op": "exists"},
                                               {"path": "/b", "op": "matches", "value": "ab("}]}})")
        << r.withCondition(QStringLiteral("2"), 1).withOffset(3) << int(K::Syntax);
    QTest::addRow("nested leaf") << QByteArray(R"({"name": "r", "trigger": {"sources": ["a"]},
                         "condition": {"all": [{"path": "/a", "op": "exists"},
                                               {"any": [{"path": "/b", "op": "exists"},
                                                        {"path": "c", "op": "exists"}]}]}})")
                                 << r.withCondition(QStringLiteral("2.2"), 2) << int(K::Syntax);
    QTest::addRow("unknown operator") << QByteArray(R"({"name": "r", "trigger": {"sources": ["a"]},
                         "condition": {"path": "/a", "op": "like", "value": 1}})")
                                      << r.withCondition(QString(), 0) << int(K::Unknown);
    QTest::addRow("group") << QByteArray(R"({"name": "r", "trigger": {"sources": ["a"]},
                                            "condition": {"all": [{"any": 5}]}})")
                           << r.withCondition(QStringLiteral("1"), -1) << int(K::Invalid);
    QTest::addRow("subject template")
        << rule(email + R"(, {"type": "opentext", "to": {"roles": ["legal"]},
                              "subject": "Hi {{#x}}", "text": "t"})")
        << r.withAction(1).withField(QStringLiteral("subject")).withOffset(3) << int(K::Syntax);
    QTest::addRow("address template")
        << rule(R"({"type": "opentext", "channel": "sms",
                    "to": {"addresses": ["{{a}}", "+49 {{/a}}"]}, "text": "t"})")
        << r.withAction(0)
               .withField(QStringLiteral("to"), QStringLiteral("addresses"), 1)
               .withOffset(4)
        << int(K::Syntax);
    QTest::addRow("roles_from template")
        << rule(R"({"type": "opentext", "channel": "sms", "to": {"roles_from": ["{{x"]},
                    "text": "t"})")
        << r.withAction(0)
               .withField(QStringLiteral("to"), QStringLiteral("roles_from"), 0)
               .withOffset(0)
        << int(K::Syntax);
    QTest::addRow("nobody") << rule(R"({"type": "opentext", "channel": "sms", "to": {},
                                      "text": "t"})")
                            << r.withAction(0).withField(QStringLiteral("to")) << int(K::Missing);
    QTest::addRow("email subject")
        << rule(R"({"type": "opentext", "to": {"roles": ["legal"]},
                                             "text": "t"})")
        << r.withAction(0).withField(QStringLiteral("subject")) << int(K::Missing);
    QTest::addRow("sms text") << rule(R"({"type": "opentext", "channel": "sms",
                                        "to": {"roles": ["legal"]}})")
                              << r.withAction(0).withField(QStringLiteral("text"))
                              << int(K::Missing);
    QTest::addRow("template parameter")
        << rule(R"({"type": "opentext", "channel": "whatsapp", "to": {"roles": ["legal"]},
                    "template_id": "t", "template_parameters": ["a", "{{#b}}"]})")
        << r.withAction(0).withField(QStringLiteral("template_parameters"), {}, 1).withOffset(0)
        << int(K::Syntax);
    QTest::addRow("header")
        << rule(R"({"type": "http", "target": "hook",
                                      "headers": {"X-A": "a {{#b}}"}})")
        << r.withAction(0).withField(QStringLiteral("headers"), QStringLiteral("X-A")).withOffset(2)
        << int(K::Syntax);
    QTest::addRow("body") << rule(R"({"type": "http", "target": "hook", "body": "{{/x}}"})")
                          << r.withAction(0).withField(QStringLiteral("body")).withOffset(0)
                          << int(K::Syntax);
    QTest::addRow("url") << rule(R"({"type": "http", "target": "hook", "url": "a/{{#u}}"})")
                         << r.withAction(0).withField(QStringLiteral("url")).withOffset(2)
                         << int(K::Syntax);
    QTest::addRow("preset field") << rule(R"({"type": "http", "target": "servicenow",
                                            "fields": {"summary": 5}})")
                                  << r.withAction(0).withField(QStringLiteral("summary"))
                                  << int(K::Invalid);
    QTest::addRow("http without target")
        << rule(R"({"type": "http"})") << r.withAction(0).withField(QStringLiteral("target"))
        << int(K::Missing);
    QTest::addRow("action type") << rule(R"({"type": "mail"})")
                                 << r.withAction(0).withField(QStringLiteral("type"))
                                 << int(K::Unknown);
    QTest::addRow("action as a whole") << rule("3") << r.withAction(0) << int(K::Invalid);
    QTest::addRow("tier subject")
        << rule(R"({"type": "escalate", "within_seconds": 60, "tiers": [
                   {"actions": [{"type": "http", "target": "hook"}]},
                   {"actions": [{"type": "opentext", "to": {"roles": ["legal"]},
                                 "subject": "{{x", "text": "t"}]}]})")
        << r.withAction(0).withTierAction(2, 0).withField(QStringLiteral("subject")).withOffset(0)
        << int(K::Syntax);
    QTest::addRow("tier") << rule(R"({"type": "escalate", "within_seconds": 60,
                                    "tiers": [{"actions": []}]})")
                          << r.withAction(0).withTierAction(1, -1).withField(
                                 QStringLiteral("actions"))
                          << int(K::Invalid);
}

void tst_Rule::errorPlaces()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorPlace, place);
    QFETCH(int, kind);
    const auto rule = Rule::fromJson(parse(json), QStringLiteral("workspace w.json"));
    QVERIFY(!rule.ok());
    const Error &error = rule.errorDetail();
    QCOMPARE(error.place.section, place.section);
    QCOMPARE(error.place.rule, place.rule);
    QCOMPARE(error.place.condition, place.condition);
    QCOMPARE(error.place.conditionLeaf, place.conditionLeaf);
    QCOMPARE(error.place.action, place.action);
    QCOMPARE(error.place.tier, place.tier);
    QCOMPARE(error.place.tierAction, place.tierAction);
    QCOMPARE(error.place.field, place.field);
    QCOMPARE(error.place.key, place.key);
    QCOMPARE(error.place.item, place.item);
    QCOMPARE(error.place.offset, place.offset);
    QCOMPARE(error.place.scope, QStringLiteral("workspace w.json"));
    QCOMPARE(error.place, place);
    QCOMPARE(int(error.kind), kind);
    // The words are the place's and the message's, nothing else.
    QCOMPARE(rule.error(), error.text());
    QVERIFY2(rule.error().endsWith(QStringLiteral(": ") + error.message), qPrintable(rule.error()));
}

void tst_Rule::referenceErrorPlaces_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<ErrorPlace>("place");
    const ErrorPlace x
        = ErrorPlace::inRule(QStringLiteral("workspace w.json"), QStringLiteral("x"));
    const auto rule = [](const QByteArray &actions) -> QByteArray {
        return R"([{"name": "x", "trigger": {"sources": ["contracts"]}, "actions": [)" + actions
            + "]}]";
    };
    QTest::addRow("source")
        << QByteArray(R"([{"name": "x", "trigger": {"sources": ["foo"]}}])")
        << x.withSection(ErrorPlace::Section::Trigger).withField(QStringLiteral("sources"));
    QTest::addRow("twice") << QByteArray(R"([{"name": "x", "trigger": {"sources": ["contracts"]}},
                         {"name": "x", "trigger": {"sources": ["cases"]}}])")
                           << x.withField(QStringLiteral("name"));
    QTest::addRow("target") << rule(R"({"type": "http", "target": "nowhere"})")
                            << x.withAction(0).withField(QStringLiteral("target"));
    QTest::addRow("role") << rule(R"({"type": "opentext", "to": {"roles": ["sales"]},
                                    "subject": "s", "text": "t"})")
                          << x.withAction(0).withField(QStringLiteral("to"),
                                                       QStringLiteral("roles"));
    QTest::addRow("person") << rule(R"({"type": "opentext", "to": {"people": ["x@example.com"]},
                                      "subject": "s", "text": "t"})")
                            << x.withAction(0).withField(QStringLiteral("to"),
                                                         QStringLiteral("people"));
    QTest::addRow("preset field") << rule(R"({"type": "http", "target": "pagerduty",
                   "fields": {"summary": "s", "source": "x", "severity": "error"}})")
                                  << x.withAction(0).withField(QStringLiteral("routing_key"));
    QTest::addRow("tier role") << rule(R"({"type": "escalate", "within_seconds": 60, "tiers": [
                   {"actions": [{"type": "http", "target": "hook"}]},
                   {"actions": [{"type": "opentext", "channel": "sms", "to": {"roles": ["ops"]},
                                 "text": "t"}]}]})")
                               << x.withAction(0).withTierAction(2, 0).withField(
                                      QStringLiteral("to"), QStringLiteral("roles"));
}

void tst_Rule::referenceErrorPlaces()
{
    QFETCH(QByteArray, rules);
    QFETCH(ErrorPlace, place);
    const auto workspace = Workspace::fromJson(workspaceJson(rules), QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.errorDetail().place.section, place.section);
    QCOMPARE(workspace.errorDetail().place.field, place.field);
    QCOMPARE(workspace.errorDetail().place.key, place.key);
    QCOMPARE(workspace.errorDetail().place, place);
    QCOMPARE(workspace.error(), workspace.errorDetail().text());
}

void tst_Rule::deterministicIds()
{
    QCOMPARE(deliveryId(eventId, QStringLiteral("legal-review"), 0),
             QStringLiteral("0192e3c4-0000-7000-8000-000000000001.legal-review.0"));
    QCOMPARE(deliveryId(eventId, QStringLiteral("legal-review"), 1, 2),
             QStringLiteral("0192e3c4-0000-7000-8000-000000000001.legal-review.t2.1"));

    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [
            {"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s", "text": "t"}]}])"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const QDateTime due = received.addSecs(1);
    const NewDelivery a = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0, eventId,
                                       contract, {}, due);
    const NewDelivery b = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0, eventId,
                                       contract, {}, due);
    QCOMPARE(a.id, QStringLiteral("0192e3c4-0000-7000-8000-000000000001.r.0"));
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.rule, QStringLiteral("r"));
    QCOMPARE(a.actionIndex, 0);
    QCOMPARE(a.tier, 0);
    QCOMPARE(a.dueAt, due);
    QCOMPARE(a.request.target, QStringLiteral("opentext"));
    QCOMPARE(a.request.toJson(), b.request.toJson());
}

void tst_Rule::extras()
{
    const auto rule = Rule::fromJson(
        parse(R"({"name": "r", "title": "Legal", "trigger": {"sources": ["contracts"]}})"), {});
    QVERIFY(rule.ok());
    const QJsonObject extras
        = renderExtras(eventId, QStringLiteral("contracts"), received.toTimeZone(QTimeZone(3600)),
                       QStringLiteral("http://h/ack"), rule.value(), 2);
    const auto tmpl = Template::compile(
        QStringLiteral("{{event}}|{{event.id}}|{{event.source}}|{{event.received_at}}|"
                       "{{event.ack_url}}|{{rule.name}}|{{rule.title}}|{{escalation.tier}}"),
        Template::Escape::Plain, QString());
    QVERIFY(tmpl.ok());
    const auto rendered = tmpl->render(contract, Template::MissingPolicy::Fail, extras);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error()));
    // The payload's own "event" field is still there for {{event}}.
    QCOMPARE(rendered->text,
             QStringLiteral("contract.ready_for_review|0192e3c4-0000-7000-8000-000000000001|"
                            "contracts|2026-11-20T09:14:03.000Z|http://h/ack|r|Legal|2"));
    QVERIFY(!renderExtras(eventId, {}, received, {}, rule.value())
                 .contains(QStringLiteral("escalation.tier")));
}

void tst_Rule::render_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("names");

    QTest::addRow("email to a role")
        << QByteArray(
               R"({"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s", "text": "t"})")
        << QStringList {QStringLiteral("dana.reyes@example.com"),
                        QStringLiteral("marc.olsen@example.com")}
        << QStringList {QStringLiteral("Dana Reyes"), QStringLiteral("Marc Olsen")};
    QTest::addRow("sms to a role skips people without a phone")
        << QByteArray(R"({"type": "opentext", "channel": "sms", "to": {"roles": ["legal"]},
                         "text": "t"})")
        << QStringList {QStringLiteral("+4915112340011")} << QStringList {QString()};
    QTest::addRow("whatsapp to a person")
        << QByteArray(R"({"type": "opentext", "channel": "whatsapp",
                         "to": {"people": ["Tom.Becker@example.com"]}, "text": "t"})")
        << QStringList {QStringLiteral("+4915112340022")} << QStringList {QString()};
    QTest::addRow("payload addresses, deduplicated in order")
        << QByteArray(R"({"type": "opentext",
                         "to": {"roles": ["legal"], "addresses": ["{{contract.owner.email}}",
                                "{{cc}}", "{{cc_list}}"]},
                         "subject": "s", "text": "t"})")
        << QStringList {QStringLiteral("dana.reyes@example.com"),
                        QStringLiteral("marc.olsen@example.com"), QStringLiteral("a@example.com"),
                        QStringLiteral("b@example.com"), QStringLiteral("c@example.com")}
        << QStringList {QStringLiteral("Dana Reyes"), QStringLiteral("Marc Olsen"), QString(),
                        QString(), QString()};
    QTest::addRow("payload phone numbers normalised")
        << QByteArray(R"({"type": "opentext", "channel": "sms",
                         "to": {"addresses": ["{{phones}}", "+15551230001"]}, "text": "t"})")
        << QStringList {QStringLiteral("+15551230001"), QStringLiteral("01511234567")}
        << QStringList {QString(), QString()};
    QTest::addRow("roles from a JSON array")
        << QByteArray(R"({"type": "opentext", "to": {"roles_from": ["{{roles}}"]},
                         "subject": "s", "text": "t"})")
        << QStringList {QStringLiteral("tom.becker@example.com"),
                        QStringLiteral("dana.reyes@example.com"),
                        QStringLiteral("marc.olsen@example.com")}
        << QStringList {QStringLiteral("Tom Becker"), QStringLiteral("Dana Reyes"),
                        QStringLiteral("Marc Olsen")};
    QTest::addRow("roles from a comma list")
        << QByteArray(R"({"type": "opentext", "channel": "sms",
                         "to": {"roles_from": ["{{role_text}}"]}, "text": "t"})")
        << QStringList {QStringLiteral("+4915112340022"), QStringLiteral("+4915112340011")}
        << QStringList {QString(), QString()};
    QTest::addRow("missing address under empty is dropped")
        << QByteArray(R"({"type": "opentext", "to": {"roles": ["finance"],
                         "addresses": ["{{nobody.email}}"]}, "subject": "s", "text": "t"})")
        << QStringList {QStringLiteral("tom.becker@example.com")}
        << QStringList {QStringLiteral("Tom Becker")};
}

void tst_Rule::render()
{
    QFETCH(QByteArray, action);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, names);
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [)"
                      + action + "]}]"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const NewDelivery delivery = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0,
                                              eventId, contract, {}, received);
    QVERIFY2(delivery.renderError.isEmpty(), qPrintable(delivery.renderError));
    QCOMPARE(delivery.request.kind, DeliveryRequest::Kind::OpenText);
    QStringList gotAddresses;
    QStringList gotNames;
    for (const OpenTextDestination &destination : delivery.request.message.destinations) {
        gotAddresses.append(destination.address);
        gotNames.append(destination.displayTo);
    }
    QCOMPARE(gotAddresses, addresses);
    QCOMPARE(gotNames, names);
}

void tst_Rule::renderErrors_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QString>("error");
    QTest::addRow("invalid address")
        << QByteArray(R"({"type": "opentext", "to": {"addresses": ["{{bad}}"]}, "subject": "s",
                         "text": "t"})")
        << QStringLiteral("rule 'r', action 1, address 1: 'not-an-email' is not an email address");
    QTest::addRow("invalid phone")
        << QByteArray(R"({"type": "opentext", "channel": "sms",
                         "to": {"addresses": ["{{contract.owner.email}}"]}, "text": "t"})")
        << QStringLiteral("rule 'r', action 1, address 1: 'Dana.Reyes@example.com' is not a "
                          "phone number (such as +4915112345678)");
    QTest::addRow("unknown role from the payload")
        << QByteArray(R"({"type": "opentext", "to": {"roles_from": ["{{bad_role}}"]},
                         "subject": "s", "text": "t"})")
        << QStringLiteral("rule 'r', action 1, roles from the payload, line 1: no role 'sales' in "
                          "this workspace");
    QTest::addRow("missing under fail")
        << QByteArray(R"({"type": "opentext", "to": {"roles": ["legal"]}, "missing": "fail",
                         "subject": "Review {{contract.number}}", "text": "t"})")
        << QStringLiteral("rule 'r', action 1, subject: no value for {{contract.number}}");
    QTest::addRow("missing address under fail")
        << QByteArray(R"({"type": "opentext", "to": {"addresses": ["{{x.email}}"]},
                         "missing": "fail", "subject": "s", "text": "t"})")
        << QStringLiteral("rule 'r', action 1, address 1: no value for {{x.email}}");
    QTest::addRow("no recipients")
        << QByteArray(R"({"type": "opentext", "channel": "sms",
                         "to": {"roles": ["empty"], "people": ["marc.olsen@example.com"],
                                "addresses": ["{{x.phone}}"], "roles_from": ["{{none}}"]},
                         "text": "t"})")
        << QStringLiteral(
               "rule 'r', action 1, recipients: nobody to send to (role empty: no members; "
               "marc.olsen@example.com: no phone number; address 1: no value for "
               "{{x.phone}}; roles_from 1: no value for {{none}})");
    QTest::addRow("no fax numbers in the directory")
        << QByteArray(R"({"type": "opentext", "channel": "fax", "to": {"roles": ["legal"]},
                         "text": "t"})")
        << QStringLiteral("rule 'r', action 1, recipients: nobody to send to (role legal: no "
                          "members with a fax "
                          "number)");
    QTest::addRow("body not JSON")
        << QByteArray(R"({"type": "http", "target": "hook", "body": "{\"id\": {{contract.id}}}"})")
        << QStringLiteral("rule 'r', action 1, JSON body: the rendered JSON is not valid: "
                          "illegal number at character 8");
    QTest::addRow("header injection")
        << QByteArray(R"({"type": "http", "target": "hook",
                         "headers": {"X-Title": "{{{nl}}}"}})")
        << QStringLiteral("rule 'r', action 1, header X-Title: the value contains a line break");
    QTest::addRow("preset value")
        << QByteArray(R"({"type": "http", "target": "servicenow",
                         "fields": {"summary": "{{nothing}}"}})")
        << QStringLiteral("rule 'r', action 1, summary: the servicenow preset needs a value");
    QTest::addRow("url")
        << QByteArray(R"({"type": "http", "target": "hook", "url": "ftp://x/{{contract.id}}"})")
        << QStringLiteral("rule 'r', action 1, URL: 'ftp://x/CTR-1' is not an http(s) URL");
}

void tst_Rule::renderErrors()
{
    QFETCH(QByteArray, action);
    QFETCH(QString, error);
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [)"
                      + action + "]}]"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    QJsonObject body = contract;
    body.insert(QStringLiteral("nl"), QStringLiteral("a\r\nX-Evil: 1"));
    const NewDelivery delivery = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0,
                                              eventId, body, {}, received);
    QCOMPARE(delivery.renderError, error);
    // Still identifiable, never half-built.
    QCOMPARE(delivery.id, QStringLiteral("0192e3c4-0000-7000-8000-000000000001.r.0"));
    QCOMPARE(delivery.rule, QStringLiteral("r"));
    QVERIFY(!delivery.request.target.isEmpty());
    QVERIFY(delivery.request.message.destinations.isEmpty());
    QVERIFY(delivery.request.http.body.isEmpty());
}

void tst_Rule::presetRequest()
{
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [
            {"type": "http", "target": "servicenow",
             "fields": {"summary": "Review {{contract.id}}", "urgency": "2"}},
            {"type": "http", "target": "pagerduty",
             "fields": {"routing_key": "k", "summary": "{{contract.title}}", "source": "otbridge",
                        "severity": "error", "dedup_key": "{{contract.id}}"}}]}])"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const NewDelivery incident = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0,
                                              eventId, contract, {}, received);
    QVERIFY2(incident.renderError.isEmpty(), qPrintable(incident.renderError));
    QCOMPARE(incident.request.kind, DeliveryRequest::Kind::Http);
    QCOMPARE(incident.request.target, QStringLiteral("servicenow"));
    QCOMPARE(incident.request.http.method, QByteArray("POST"));
    // The sandbox: URL stays until sending; the preset's path is added to it.
    QCOMPARE(incident.request.http.url.toString(),
             QStringLiteral("sandbox:/capture/servicenow/api/now/table/incident"));
    QCOMPARE(
        resolveSandboxUrl(incident.request.http.url, QUrl(QStringLiteral("http://127.0.0.1:8123")))
            .toString(),
        QStringLiteral("http://127.0.0.1:8123/capture/servicenow/api/now/table/incident"));
    QCOMPARE(QJsonDocument::fromJson(incident.request.http.body).object(),
             parse(R"({"short_description": "Review CTR-1", "urgency": "2"})"));

    const NewDelivery page = renderAction(workspace.value(), rule, 1, rule.actions.at(1), 0,
                                          eventId, contract, {}, received);
    QVERIFY2(page.renderError.isEmpty(), qPrintable(page.renderError));
    QCOMPARE(page.request.http.url.toString(),
             QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    const QJsonObject body = QJsonDocument::fromJson(page.request.http.body).object();
    QCOMPARE(body.value(QLatin1String("dedup_key")).toString(), QStringLiteral("CTR-1"));
    // Plain escape: the title arrives as written, and JSON is built, not pasted.
    QCOMPARE(body.value(QLatin1String("payload")).toObject().value(QLatin1String("summary")),
             QJsonValue(QStringLiteral("MSA <Northwind> & Co")));
}

void tst_Rule::genericJsonBody()
{
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [
            {"type": "http", "target": "hook", "url": "items/{{contract.title}}?u={{contract.url}}",
             "headers": {"X-Contract": "{{contract.id}}"},
             "body": {"id": "{{contract.id}}", "title": "{{contract.title}}",
                      "event": "{{event.id}}", "n": 1}},
            {"type": "http", "target": "hook", "method": "POST",
             "url": "https://other.example.com/{{contract.id}}",
             "headers": {"content-type": "application/vnd.x+json"}, "body": "[\"{{cc}}\"]"},
            {"type": "http", "target": "hook", "method": "DELETE"}]}])"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const QJsonObject extras
        = renderExtras(eventId, QStringLiteral("contracts"), received, {}, rule);

    const NewDelivery put = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0, eventId,
                                         contract, extras, received);
    QVERIFY2(put.renderError.isEmpty(), qPrintable(put.renderError));
    const HttpRequestSpec &request = put.request.http;
    QCOMPARE(request.method, QByteArray("PUT")); // the target's
    // Values are URL-escaped; the relative URL continues the target's.
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://hooks.example.com/base/items/"
                            "MSA%20%3CNorthwind%3E%20%26%20Co?u=https%3A%2F%2Fc%2Fx%3Fid%3D1"));
    const QList<QPair<QByteArray, QByteArray>> headers {
        {"X-Team", "ops"}, {"X-Contract", "CTR-1"}, {"Content-Type", "application/json"}};
    QCOMPARE(request.headers, headers);
    QCOMPARE(request.body,
             QByteArray(R"({"event":"0192e3c4-0000-7000-8000-000000000001","id":"CTR-1","n":1,)"
                        R"("title":"MSA <Northwind> & Co"})"));

    const NewDelivery post = renderAction(workspace.value(), rule, 1, rule.actions.at(1), 0,
                                          eventId, contract, extras, received);
    QVERIFY2(post.renderError.isEmpty(), qPrintable(post.renderError));
    QCOMPARE(post.request.http.method, QByteArray("POST"));
    QCOMPARE(post.request.http.url.toString(), QStringLiteral("https://other.example.com/CTR-1"));
    QCOMPARE(post.request.http.headers.size(), 2); // no second Content-Type
    QCOMPARE(post.request.http.body,
             QByteArray(R"(["a@example.com, b@example.com;Marc.Olsen@example.com"])"));

    const NewDelivery remove = renderAction(workspace.value(), rule, 2, rule.actions.at(2), 0,
                                            eventId, contract, extras, received);
    QVERIFY2(remove.renderError.isEmpty(), qPrintable(remove.renderError));
    QCOMPARE(remove.request.http.method, QByteArray("DELETE"));
    QCOMPARE(remove.request.http.url.toString(), QStringLiteral("https://hooks.example.com/base/"));
    QVERIFY(remove.request.http.body.isEmpty());
    QCOMPARE(remove.request.http.headers.size(), 1);
}

void tst_Rule::faxFromAddresses()
{
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [
            {"type": "opentext", "channel": "fax", "to": {"addresses": ["+49 (30) 1234-5678"]},
             "html": "<p>{{contract.title}}</p>"}]}])"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const NewDelivery fax = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0, eventId,
                                         contract, {}, received);
    QVERIFY2(fax.renderError.isEmpty(), qPrintable(fax.renderError));
    const OpenTextMessage &message = fax.request.message;
    QCOMPARE(message.channel, OpenTextChannel::Fax);
    QCOMPARE(message.destinations.size(), 1);
    QCOMPARE(message.destinations.at(0).address, QStringLiteral("+493012345678"));
    QCOMPARE(message.attachments.size(), 1);
    QCOMPARE(message.attachments.at(0).type, QStringLiteral("html"));
    QCOMPARE(message.attachments.at(0).data, QByteArray("<p>MSA &lt;Northwind&gt; &amp; Co</p>"));
}

void tst_Rule::whatsAppTemplate()
{
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [
            {"type": "opentext", "channel": "whatsapp", "to": {"roles": ["finance"]},
             "template_id": "contract_ready", "language": "en",
             "template_parameters": ["{{contract.id}}", "{{contract.title}}"]},
            {"type": "opentext", "to": {"people": ["dana.reyes@example.com"]},
             "subject": "{{contract.id}}: {{contract.title}}", "from_name": "Contracts",
             "text": "{{contract.url}}", "html": "<b>{{contract.title}}</b>"}]}])"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const NewDelivery whatsapp = renderAction(workspace.value(), rule, 0, rule.actions.at(0), 0,
                                              eventId, contract, {}, received);
    QVERIFY2(whatsapp.renderError.isEmpty(), qPrintable(whatsapp.renderError));
    QCOMPARE(whatsapp.request.message.templateId, QStringLiteral("contract_ready"));
    QCOMPARE(whatsapp.request.message.languageCode, QStringLiteral("en"));
    const QList<QPair<QString, QString>> parameters {
        {QStringLiteral("body[1]text"), QStringLiteral("CTR-1")},
        {QStringLiteral("body[2]text"), QStringLiteral("MSA <Northwind> & Co")}};
    QCOMPARE(whatsapp.request.message.templateParameters, parameters);

    const NewDelivery email = renderAction(workspace.value(), rule, 1, rule.actions.at(1), 0,
                                           eventId, contract, {}, received);
    QVERIFY2(email.renderError.isEmpty(), qPrintable(email.renderError));
    QCOMPARE(email.request.message.subject, QStringLiteral("CTR-1: MSA <Northwind> & Co"));
    QCOMPARE(email.request.message.fromDisplayName, QStringLiteral("Contracts"));
    QCOMPARE(email.request.message.text, QStringLiteral("https://c/x?id=1"));
    QCOMPARE(email.request.message.html, QStringLiteral("<b>MSA &lt;Northwind&gt; &amp; Co</b>"));
}

void tst_Rule::escalationTierPlace()
{
    const auto workspace = Workspace::fromJson(
        workspaceJson(R"([{"name": "r", "trigger": {"sources": ["contracts"]}, "actions": [
            {"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s", "text": "t"},
            {"type": "escalate", "within_seconds": 60, "tiers": [
              {"actions": [{"type": "opentext", "channel": "sms", "to": {"roles": ["empty"]},
                            "text": "tier {{escalation.tier}}"}]}]}]}])"),
        QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    const Rule &rule = *workspace->rule(QStringLiteral("r"));
    const RuleAction &tierAction = rule.escalation()->tiers.at(0)->actions.at(0);
    const NewDelivery delivery
        = renderAction(workspace.value(), rule, 0, tierAction, 1, eventId, contract, {}, received);
    QCOMPARE(delivery.id, QStringLiteral("0192e3c4-0000-7000-8000-000000000001.r.t1.0"));
    QCOMPARE(delivery.tier, 1);
    QCOMPARE(
        delivery.renderError,
        QStringLiteral(
            "rule 'r', action 2, tier 1, action 1, recipients: nobody to send to (role empty: no "
            "members)"));
}

void tst_Rule::sandboxUrls()
{
    const QUrl base(QStringLiteral("http://127.0.0.1:4567/"));
    QCOMPARE(resolveSandboxUrl(QUrl(QStringLiteral("sandbox:/capture/slack")), base).toString(),
             QStringLiteral("http://127.0.0.1:4567/capture/slack"));
    QCOMPARE(resolveSandboxUrl(QUrl(QStringLiteral("sandbox:/capture/x?a=1%202")), base)
                 .toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:4567/capture/x?a=1%202"));
    QCOMPARE(resolveSandboxUrl(QUrl(QStringLiteral("https://h/x")), base).toString(),
             QStringLiteral("https://h/x"));
}

void tst_Rule::httpTargetRoundTrip()
{
    const QJsonObject json = parse(R"({"name": "jira", "type": "http", "title": "Jira",
        "preset": "jira", "url": "https://acme.atlassian.net", "headers": {"X-Team": "ops"},
        "auth": {"type": "basic", "user": "bot@acme.com", "secret": "jira-token"},
        "signing": {"secret": "jira-signing"}, "idempotency_key": false, "timeout_ms": 5000})");
    const auto target
        = HttpTargetConfig::fromJson(json, QStringLiteral("workspace w.json, target 1"));
    QVERIFY2(target.ok(), qPrintable(target.error()));
    QCOMPARE(target->preset, QStringLiteral("jira"));
    QCOMPARE(target->auth, HttpTargetConfig::Auth::Basic);
    QCOMPARE(target->authUser, QStringLiteral("bot@acme.com"));
    QCOMPARE(target->authSecretRef, QStringLiteral("jira-token"));
    QCOMPARE(target->signingSecretRef, QStringLiteral("jira-signing"));
    QVERIFY(!target->idempotencyKey);
    QCOMPARE(target->timeoutMs, 5000);
    QCOMPARE(target->headers.size(), 1);
    QCOMPARE(target->toJson(), json);

    const auto header = HttpTargetConfig::fromJson(
        parse(R"({"name": "h", "type": "http", "url": "sandbox:/capture/h", "method": "PATCH",
                 "auth": {"type": "header", "header": "X-Api-Key", "secret": "h-key"}})"),
        {});
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->method, QByteArray("PATCH"));
    QCOMPARE(header->authHeader, QByteArray("X-Api-Key"));
    const auto back = HttpTargetConfig::fromJson(header->toJson(), {});
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->toJson(), header->toJson());
}

void tst_Rule::httpTargetErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString w = QStringLiteral("workspace w.json, target 1 ('t')");
    const QString secret = w
        + QStringLiteral(": secrets do not belong in the workspace file; store them in the "
                         "keychain and name them with \"secret\"");
    QTest::addRow("preset") << QByteArray(
        R"({"name": "t", "preset": "zendesk", "url": "https://x"})")
                            << w
            + QStringLiteral(": preset must be one of servicenow, jira, pagerduty, slack, teams, "
                             "not \"zendesk\"");
    QTest::addRow("no url") << QByteArray(R"({"name": "t"})")
                            << w + QStringLiteral(": an http target needs a url");
    QTest::addRow("preset url") << QByteArray(R"({"name": "t", "preset": "slack"})")
                                << w
            + QStringLiteral(": the slack preset needs the url of the instance or webhook");
    QTest::addRow("bad url") << QByteArray(R"({"name": "t", "url": "ftp://x"})")
                             << w
            + QStringLiteral(": url must be an http(s) URL, or sandbox:/path for the built-in "
                             "sandbox, not \"ftp://x\"");
    QTest::addRow("password") << QByteArray(R"({"name": "t", "url": "https://x",
                                  "auth": {"type": "basic", "user": "u", "password": "p"}})")
                              << secret;
    QTest::addRow("token") << QByteArray(R"({"name": "t", "url": "https://x",
                               "auth": {"type": "bearer", "token": "abc"}})")
                           << secret;
    QTest::addRow("signing secret value")
        << QByteArray(R"({"name": "t", "url": "https://x", "signing": {"secret": "whsec_MfKQ"}})")
        << secret;
    QTest::addRow("authorization header")
        << QByteArray(R"({"name": "t", "url": "https://x", "headers": {"Authorization": "x"}})")
        << w
            + QStringLiteral(": credentials go under \"auth\" with a keychain \"secret\", not in "
                             "a header");
    QTest::addRow("auth type") << QByteArray(R"({"name": "t", "url": "https://x",
                                   "auth": {"type": "digest", "secret": "s"}})")
                               << w
            + QStringLiteral(": auth type must be \"basic\", \"bearer\" or \"header\", not "
                             "\"digest\"");
    QTest::addRow("auth secret") << QByteArray(R"({"name": "t", "url": "https://x",
                                     "auth": {"type": "bearer"}})")
                                 << w
            + QStringLiteral(": auth needs \"secret\", the name of the keychain entry that holds "
                             "the password, token or key");
    QTest::addRow("headers") << QByteArray(
        R"({"name": "t", "url": "https://x", "headers": {"X": 1}})")
                             << w + QStringLiteral(": header X must be a text value");
    QTest::addRow("typo") << QByteArray(R"({"name": "t", "url": "https://x", "timout_ms": 1})")
                          << w
            + QStringLiteral(": unknown key 'timout_ms' (an http target takes name, type, "
                             "title, preset, url, method, headers, auth, signing, "
                             "idempotency_key, timeout_ms, delivery, description)");
    QTest::addRow("timeout") << QByteArray(R"({"name": "t", "url": "https://x", "timeout_ms": 1})")
                             << w
            + QStringLiteral(": timeout_ms must be from 100 to 600000 milliseconds");
}

void tst_Rule::httpTargetErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QJsonObject target = parse(json);
    target.insert(QStringLiteral("type"), QStringLiteral("http"));
    const auto workspace = Workspace::fromJson(R"({"version": 1, "targets": [)"
                                                   + QJsonDocument(target).toJson() + "]}",
                                               QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(), error);
}

QTEST_GUILESS_MAIN(tst_Rule)
#include "tst_rule.moc"
