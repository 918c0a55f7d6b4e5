// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "rules/rulepreview.h"
#include "rules/templatenames.h"
#include "sandbox/inboxdecoding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

Q_DECLARE_METATYPE(OtBridge::ErrorPlace)

// What the rule designer shows beside a rule: placeholders for payload fields, where an error
// points, and the message rendered against a sample exactly as routing would store it.
class tst_RulePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholderForPointer_data();
    void placeholderForPointer();
    void templateNamesInDocumentOrder();
    void smsSize_data();
    void smsSize();
    void emailAgainstSample();
    void httpRequestAgainstSample();
    void missingValuesPerField();
    void renderErrorPointsAtRecipients();
    void renderErrorPlaces_data();
    void renderErrorPlaces();
    void escalationAsScheduled();
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

QJsonObject sample(const char *file)
{
    QFile in(QStringLiteral(":/samples/") + QLatin1String(file));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("no sample %s", file);
    return QJsonDocument::fromJson(in.readAll()).object();
}

const QUuid eventId = QUuid::fromString(QStringLiteral("0192e3c4-0000-7000-8000-000000000001"));
const QDateTime received = QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), Qt::UTC);

} // namespace

void tst_RulePreview::placeholderForPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("placeholder");
    QTest::addRow("nested") << "/contract/owner/email"
                            << "{{contract.owner.email}}";
    QTest::addRow("array index") << "/items/0/sku"
                                 << "{{items.0.sku}}";
    QTest::addRow("escaped slash") << "/a~1b"
                                   << "{{a/b}}";
    QTest::addRow("escaped tilde") << "/a~0b"
                                   << "{{a~b}}";
    QTest::addRow("dot in key: unreachable") << "/a.b"
                                             << "";
    QTest::addRow("brace in key") << "/a}"
                                  << "";
    QTest::addRow("sigil first") << "/#x"
                                 << "";
    QTest::addRow("whole document") << ""
                                    << "";
    QTest::addRow("no slash") << "contract"
                              << "";
    QTest::addRow("bad tilde") << "/a~2"
                               << "";
}

void tst_RulePreview::placeholderForPointer()
{
    QFETCH(QString, pointer);
    QFETCH(QString, placeholder);
    QCOMPARE(OtBridge::placeholderForPointer(pointer), placeholder);
}

void tst_RulePreview::templateNamesInDocumentOrder()
{
    const QJsonObject document
        = parse(R"({"b": {"x": 1, "y.z": 2}, "a": [{"k": true}], "c d": 3})");
    // QJsonObject iterates keys sorted; "y.z" and "c d" cannot be named by a tag.
    QCOMPARE(templateNames(document), QStringList({"a", "a.0", "a.0.k", "b", "b.x"}));
}

void tst_RulePreview::smsSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm7");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("segments");
    QTest::addRow("empty") << "" << true << 0 << 1;
    QTest::addRow("160 GSM-7") << QString(160, u'a') << true << 160 << 1;
    QTest::addRow("161 GSM-7") << QString(161, u'a') << true << 161 << 2;
    QTest::addRow("306 GSM-7") << QString(306, u'a') << true << 306 << 2;
    QTest::addRow("307 GSM-7") << QString(307, u'a') << true << 307 << 3;
    QTest::addRow("euro counts twice")
        << QString(159, u'a') + QStringLiteral("€") << true << 161 << 2;
    QTest::addRow("70 UCS-2") << QStringLiteral("ä") + QString(68, u'a') + QStringLiteral("ł")
                              << false << 70 << 1;
    QTest::addRow("71 UCS-2") << QStringLiteral("ł") + QString(70, u'a') << false << 71 << 2;
    QTest::addRow("134 UCS-2") << QStringLiteral("ł") + QString(133, u'a') << false << 134 << 2;
    QTest::addRow("135 UCS-2") << QStringLiteral("ł") + QString(134, u'a') << false << 135 << 3;
}

void tst_RulePreview::smsSize()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm7);
    QFETCH(int, length);
    QFETCH(int, segments);
    const SmsSize size = measureSms(text);
    QCOMPARE(size.gsm7, gsm7);
    QCOMPARE(size.length, length);
    QCOMPARE(size.segments, segments);
}

void tst_RulePreview::emailAgainstSample()
{
    const Workspace workspace = Workspace::builtInDefault();
    const Rule *rule = workspace.rule(QStringLiteral("contract-review"));
    QVERIFY(rule);
    const RulePreview preview
        = previewRule(workspace, *rule, sample("01-contract-ready.json"),
                      QStringLiteral("contract-review"), eventId, received, received);
    QVERIFY(preview.triggered);
    QVERIFY(preview.matched);
    QCOMPARE(preview.leaves.size(), 1);
    QCOMPARE(preview.leaves.first().path, QStringLiteral("/event"));
    QCOMPARE(preview.leaves.first().actual,
             QJsonValue(QStringLiteral("contract.ready_for_review")));
    QCOMPARE(preview.actions.size(), 1);
    const ActionPreview &action = preview.actions.first();
    QCOMPARE(action.delivery.renderError, QString());
    QVERIFY(action.missing.isEmpty());
    const OpenTextMessage &message = action.delivery.request.message;
    QCOMPARE(message.subject,
             QStringLiteral("Legal review: CTR-2026-0418 Master services agreement — Northwind "
                            "Traders"));
    QCOMPARE(message.destinations.size(), 2);
    QCOMPARE(message.destinations.at(0).address, QStringLiteral("dana.reyes@example.com"));
    QCOMPARE(message.destinations.at(1).address, QStringLiteral("marc.olsen@example.com"));

    // Another source: shown, but not triggered.
    const RulePreview other = previewRule(workspace, *rule, sample("01-contract-ready.json"),
                                          QStringLiteral("approvals"), eventId, received, received);
    QVERIFY(!other.triggered);
}

void tst_RulePreview::httpRequestAgainstSample()
{
    const Workspace workspace = Workspace::builtInDefault();
    const Rule *rule = workspace.rule(QStringLiteral("content-published"));
    QVERIFY(rule);
    const RulePreview preview
        = previewRule(workspace, *rule, sample("05-content-published.json"),
                      QStringLiteral("opentext-publishing"), eventId, received, received);
    QCOMPARE(preview.actions.size(), 1);
    QCOMPARE(preview.actions.first().delivery.renderError, QString());
    QCOMPARE(preview.actions.first().requestText,
             QStringLiteral("POST sandbox:/capture/marketing\n"
                            "Content-Type: application/json\n"
                            "\n"
                            "{\n"
                            "    \"campaign\": \"winter-2026\",\n"
                            "    \"content\": {\n"
                            "        \"id\": \"CNT-5120\",\n"
                            "        \"locale\": \"en-GB\",\n"
                            "        \"title\": \"Winter catalogue 2026\",\n"
                            "        \"url\": \"https://www.example.com/catalogue/winter-2026\"\n"
                            "    },\n"
                            "    \"event_id\": \"0192e3c4-0000-7000-8000-000000000001\",\n"
                            "    \"published_at\": \"2026-11-20T13:30:00Z\",\n"
                            "    \"publisher\": \"OpenText Experience\",\n"
                            "    \"type\": \"content.published\"\n"
                            "}\n"));
}

void tst_RulePreview::missingValuesPerField()
{
    const Workspace workspace = Workspace::builtInDefault();
    const auto rule
        = Rule::fromJson(parse(R"({"name": "r", "trigger": {"sources": ["contract-review"]},
                  "actions": [{"type": "opentext", "channel": "sms", "to": {"roles": ["legal"]},
                               "text": "{{contract.id}} {{contract.nope}} {{nothing}}"}]})"),
                         {});
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    const RulePreview preview
        = previewRule(workspace, rule.value(), sample("01-contract-ready.json"),
                      QStringLiteral("contract-review"), eventId, received, received);
    QCOMPARE(preview.actions.size(), 1);
    const ActionPreview &action = preview.actions.first();
    QCOMPARE(action.missing.value(QStringLiteral("text")),
             QStringList({"contract.nope", "nothing"}));
    QCOMPARE(action.delivery.request.message.text, QStringLiteral("CTR-2026-0418  "));
    QCOMPARE(action.sms.length, 15);
    QCOMPARE(action.sms.segments, 1);
    QVERIFY(preview.matched); // no condition
}

void tst_RulePreview::renderErrorPointsAtRecipients()
{
    const Workspace workspace = Workspace::builtInDefault();
    const auto rule
        = Rule::fromJson(parse(R"({"name": "r", "trigger": {"sources": ["contract-review"]},
                  "actions": [{"type": "opentext", "channel": "email",
                               "to": {"addresses": ["{{contract.title}}"]},
                               "subject": "s", "text": "t"}]})"),
                         {});
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    const RulePreview preview
        = previewRule(workspace, rule.value(), sample("01-contract-ready.json"),
                      QStringLiteral("contract-review"), eventId, received, received);
    const ActionPreview &action = preview.actions.first();
    QCOMPARE(action.delivery.renderError,
             QStringLiteral("rule 'r', action 1, address 1: 'Master services agreement — "
                            "Northwind Traders' is not an email address"));
    QCOMPARE(action.error.place,
             ErrorPlace::inRule({}, QStringLiteral("r"))
                 .withAction(0)
                 .withField(QStringLiteral("to"), QStringLiteral("addresses"), 0));
    QCOMPARE(action.error.text(Error::From::Field),
             QStringLiteral("address 1: 'Master services agreement — Northwind Traders' is not "
                            "an email address"));
}

// A render error's place, whether the template or the recipient check found it: what the
// designer puts next to the field.
void tst_RulePreview::renderErrorPlaces_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<ErrorPlace>("place");
    QTest::addColumn<QString>("words");
    const ErrorPlace r = ErrorPlace::inRule({}, QStringLiteral("r")).withAction(0);
    QTest::addRow("missing value under fail")
        << QByteArray(R"({"type": "opentext", "channel": "email", "to": {"roles": ["legal"]},
                         "missing": "fail", "subject": "Review {{contract.nope}}", "text": "t"})")
        << r.withField(QStringLiteral("subject")) << "subject: no value for {{contract.nope}}";
    QTest::addRow("email subject rendered empty")
        << QByteArray(R"({"type": "opentext", "channel": "email", "to": {"roles": ["legal"]},
                         "subject": " {{contract.nope}} ", "text": "t"})")
        << r.withField(QStringLiteral("subject"))
        << "subject: rendered empty (no value for {{contract.nope}}); an email needs a subject";
    QTest::addRow("missing address under fail")
        << QByteArray(R"({"type": "opentext", "channel": "email", "missing": "fail",
                         "to": {"addresses": ["a@example.com", "{{x.email}}"]},
                         "subject": "s", "text": "t"})")
        << r.withField(QStringLiteral("to"), QStringLiteral("addresses"), 1)
        << "address 2: no value for {{x.email}}";
    QTest::addRow("body not JSON")
        << QByteArray(R"({"type": "http", "target": "marketing",
                         "body": "{\"title\": {{contract.title}}}"})")
        << r.withField(QStringLiteral("body"))
        << "JSON body: the rendered JSON is not valid: illegal number at character 11";
    QTest::addRow("unknown role from the payload")
        << QByteArray(R"({"type": "opentext", "channel": "email",
                         "to": {"roles_from": ["{{requested_role}}x"]}, "subject": "s",
                         "text": "t"})")
        << r.withField(QStringLiteral("to"), QStringLiteral("roles_from"), 0)
        << "roles from the payload, line 1: no role 'legalx' in this workspace";
    QTest::addRow("nobody") << QByteArray(R"({"type": "opentext", "channel": "sms",
                         "to": {"addresses": ["{{nope}}"]}, "text": "t"})")
                            << r.withField(QStringLiteral("to"))
                            << "recipients: nobody to send to (address 1: no value for {{nope}})";
    QTest::addRow("line break in a header")
        << QByteArray(R"({"type": "http", "target": "marketing", "headers": {"X-T": "a\nb"}})")
        << r.withField(QStringLiteral("headers"), QStringLiteral("X-T"))
        << "header X-T: the value contains a line break";
    QTest::addRow("preset field without a value")
        << QByteArray(R"({"type": "http", "target": "servicenow",
                         "fields": {"summary": "{{nope}}"}})")
        << r.withField(QStringLiteral("summary")) << "summary: the servicenow preset needs a value";
}

void tst_RulePreview::renderErrorPlaces()
{
    QFETCH(QByteArray, action);
    QFETCH(ErrorPlace, place);
    QFETCH(QString, words);
    const Workspace workspace = Workspace::builtInDefault();
    const auto rule = Rule::fromJson(
        parse(R"({"name": "r", "trigger": {"sources": ["contract-review"]}, "actions": [)" + action
              + "]}"),
        {});
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    const RulePreview preview
        = previewRule(workspace, rule.value(), sample("01-contract-ready.json"),
                      QStringLiteral("contract-review"), eventId, received, received);
    QCOMPARE(preview.actions.size(), 1);
    const ActionPreview &shown = preview.actions.first();
    QVERIFY(!shown.delivery.renderError.isEmpty());
    QCOMPARE(shown.error.place.section, place.section);
    QCOMPARE(shown.error.place.field, place.field);
    QCOMPARE(shown.error.place.key, place.key);
    QCOMPARE(shown.error.place.item, place.item);
    QCOMPARE(shown.error.place, place);
    QCOMPARE(shown.error.text(Error::From::Field), words);
    QCOMPARE(shown.error.text(), shown.delivery.renderError);
}

void tst_RulePreview::escalationAsScheduled()
{
    const Workspace workspace = Workspace::builtInDefault();
    const Rule *rule = workspace.rule(QStringLiteral("approval-overdue"));
    QVERIFY(rule);
    QJsonObject payload = sample("04-approval-overdue.json");
    RulePreview preview = previewRule(workspace, *rule, payload, QStringLiteral("approvals"),
                                      eventId, received, received);
    QCOMPARE(preview.actions.size(), 1); // the email; the escalation is not sent itself
    QCOMPARE(preview.escalation.index, 1);
    QVERIFY(preview.escalation.fromPayload);
    QCOMPARE(preview.escalation.withinSeconds, 3600); // "acknowledge_within_minutes": 60
    QCOMPARE(preview.escalation.tierDelaySeconds, QList<int>({3600, 3600}));
    QCOMPARE(preview.escalation.tierActionCounts, QList<int>({2, 1}));

    payload.insert(QStringLiteral("acknowledge_within_minutes"), QStringLiteral("15"));
    preview = previewRule(workspace, *rule, payload, QStringLiteral("approvals"), eventId, received,
                          received);
    QCOMPARE(preview.escalation.withinSeconds, 900);
    QCOMPARE(preview.escalation.tierDelaySeconds, QList<int>({900, 3600}));
    payload.remove(QStringLiteral("acknowledge_within_minutes"));
    preview = previewRule(workspace, *rule, payload, QStringLiteral("approvals"), eventId, received,
                          received);
    QVERIFY(!preview.escalation.fromPayload);
    QCOMPARE(preview.escalation.withinSeconds, 3600); // within_seconds
}

QTEST_GUILESS_MAIN(tst_RulePreview)
#include "tst_rulepreview.moc"
