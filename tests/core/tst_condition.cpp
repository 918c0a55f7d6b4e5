// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/condition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctime>

using namespace OtBridge;

namespace {

const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
const QString where = QStringLiteral("rule 'legal-review', condition");

// Every kind of JSON value, keys that need escaping, arrays and times in several zones.
QJsonValue sampleEvent()
{
    return QJsonDocument::fromJson(R"({
        "event": "document.updated",
        "count": 3,
        "ratio": 1.0,
        "one_str": "1",
        "flag": true,
        "off": false,
        "nothing": null,
        "tags": ["legal", "urgent", 7],
        "document": {
            "owner": "marcus.lee@example.com",
            "title": "Contract ACME-2026-17",
            "due": "2026-11-19T17:00:00Z",
            "signed": "2026-11-20T13:00:00+01:00",
            "local": "2026-11-20T11:00:00",
            "precise": "2026-11-20T11:59:59.750Z",
            "just_before": "2026-11-20T11:59:59.999Z"
        },
        "a/b": "slash",
        "m~n": "tilde",
        "~1": "tilde one",
        "": "empty key",
        "items": [{"sku": "A-1", "qty": 2}, {"sku": "B-2", "qty": 5}],
        "nested": {"x": [1, {"y": "deep"}]}
    })")
        .object();
}

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", text.constData(), qPrintable(error.errorString()));
    return document.array().at(0);
}

} // namespace

class tst_Condition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operators_data();
    void operators();
    void pointers_data();
    void pointers();
    void groups_data();
    void groups();
    void relativeTimes_data();
    void relativeTimes();
    void emptyConditionMatchesEverything_data();
    void emptyConditionMatchesEverything();
    void compileErrorsInWords_data();
    void compileErrorsInWords();
    void compileErrorPlaces_data();
    void compileErrorPlaces();
    void operatorTable();
    void explainListsEveryLeaf();
    void overdueApprovalSample();
};

void tst_Condition::initTestCase()
{
    // Far from UTC, so that a time without an offset read as local time would fail the rows
    // that expect UTC.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QVERIFY(QDateTime(QDate(2026, 11, 20), QTime(12, 0)).offsetFromUtc() != 0);
}

void tst_Condition::operators_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<bool>("expected");

    // eq / ne: JSON equality, numbers by value, no conversion between strings and numbers
    QTest::addRow("eq string") << QByteArray(
        R"({"path":"/event","op":"eq","value":"document.updated"})")
                               << true;
    QTest::addRow("eq other string")
        << QByteArray(R"({"path":"/event","op":"eq","value":"document.created"})") << false;
    QTest::addRow("eq 1.0 = 1") << QByteArray(R"({"path":"/ratio","op":"eq","value":1})") << true;
    QTest::addRow("eq 3 = 3.0") << QByteArray(R"({"path":"/count","op":"eq","value":3.0})") << true;
    QTest::addRow("eq \"1\" != 1")
        << QByteArray(R"({"path":"/one_str","op":"eq","value":1})") << false;
    QTest::addRow("eq 3 != \"3\"")
        << QByteArray(R"({"path":"/count","op":"eq","value":"3"})") << false;
    QTest::addRow("eq true") << QByteArray(R"({"path":"/flag","op":"eq","value":true})") << true;
    QTest::addRow("eq true != 1") << QByteArray(R"({"path":"/flag","op":"eq","value":1})") << false;
    QTest::addRow("eq null") << QByteArray(R"({"path":"/nothing","op":"eq","value":null})") << true;
    QTest::addRow("eq object") << QByteArray(
        R"({"path":"/items/0","op":"eq","value":{"qty":2.0,"sku":"A-1"}})")
                               << true;
    QTest::addRow("eq other object")
        << QByteArray(R"({"path":"/items/0","op":"eq","value":{"qty":2}})") << false;
    QTest::addRow("eq array") << QByteArray(
        R"({"path":"/tags","op":"eq","value":["legal","urgent",7]})")
                              << true;
    QTest::addRow("eq array order")
        << QByteArray(R"({"path":"/tags","op":"eq","value":["urgent","legal",7]})") << false;
    QTest::addRow("eq missing") << QByteArray(R"({"path":"/missing","op":"eq","value":null})")
                                << false;
    QTest::addRow("ne different") << QByteArray(R"({"path":"/event","op":"ne","value":"x"})")
                                  << true;
    QTest::addRow("ne same") << QByteArray(
        R"({"path":"/event","op":"ne","value":"document.updated"})")
                             << false;
    QTest::addRow("ne 1.0 vs 1") << QByteArray(R"({"path":"/ratio","op":"ne","value":1})") << false;
    QTest::addRow("ne \"1\" vs 1")
        << QByteArray(R"({"path":"/one_str","op":"ne","value":1})") << true;
    QTest::addRow("ne missing") << QByteArray(R"({"path":"/missing","op":"ne","value":"x"})")
                                << true;

    // in / not_in
    QTest::addRow("in string") << QByteArray(
        R"({"path":"/event","op":"in","value":["a","document.updated","z"]})")
                               << true;
    QTest::addRow("in string absent")
        << QByteArray(R"({"path":"/event","op":"in","value":["a","z"]})") << false;
    QTest::addRow("in unsorted strings") << QByteArray(
        R"({"path":"/event","op":"in","value":["zeta","yak","document.updated","alpha","beta"]})")
                                         << true;
    QTest::addRow("in number by value")
        << QByteArray(R"({"path":"/count","op":"in","value":[10,3.0,1]})") << true;
    QTest::addRow("in number absent")
        << QByteArray(R"({"path":"/count","op":"in","value":[1,2]})") << false;
    QTest::addRow("in \"3\" is not 3")
        << QByteArray(R"({"path":"/count","op":"in","value":["3"]})") << false;
    QTest::addRow("in 1 is not \"1\"")
        << QByteArray(R"({"path":"/one_str","op":"in","value":[1]})") << false;
    QTest::addRow("in bool") << QByteArray(R"({"path":"/flag","op":"in","value":[false,true]})")
                             << true;
    QTest::addRow("in bool absent")
        << QByteArray(R"({"path":"/flag","op":"in","value":[false,1]})") << false;
    QTest::addRow("in false absent")
        << QByteArray(R"({"path":"/off","op":"in","value":[true,0]})") << false;
    QTest::addRow("in false") << QByteArray(R"({"path":"/off","op":"in","value":[false]})") << true;
    QTest::addRow("in null") << QByteArray(R"({"path":"/nothing","op":"in","value":[null]})")
                             << true;
    QTest::addRow("in null absent")
        << QByteArray(R"({"path":"/nothing","op":"in","value":[0,""]})") << false;
    QTest::addRow("in object") << QByteArray(
        R"({"path":"/items/1","op":"in","value":[{"sku":"B-2","qty":5}]})")
                               << true;
    QTest::addRow("in object absent")
        << QByteArray(R"({"path":"/items/1","op":"in","value":[{"sku":"B-2"}]})") << false;
    QTest::addRow("in empty") << QByteArray(R"({"path":"/event","op":"in","value":[]})") << false;
    QTest::addRow("in missing") << QByteArray(R"({"path":"/missing","op":"in","value":[null]})")
                                << false;
    QTest::addRow("not_in absent")
        << QByteArray(R"({"path":"/event","op":"not_in","value":["a"]})") << true;
    QTest::addRow("not_in present")
        << QByteArray(R"({"path":"/count","op":"not_in","value":[3]})") << false;
    QTest::addRow("not_in missing")
        << QByteArray(R"({"path":"/missing","op":"not_in","value":["a"]})") << true;

    // contains: substring of a string, element of an array
    QTest::addRow("contains substring")
        << QByteArray(R"({"path":"/document/title","op":"contains","value":"ACME"})") << true;
    QTest::addRow("contains no substring")
        << QByteArray(R"({"path":"/document/title","op":"contains","value":"acme"})") << false;
    QTest::addRow("contains element")
        << QByteArray(R"({"path":"/tags","op":"contains","value":"urgent"})") << true;
    QTest::addRow("contains number element")
        << QByteArray(R"({"path":"/tags","op":"contains","value":7.0})") << true;
    QTest::addRow("contains no element")
        << QByteArray(R"({"path":"/tags","op":"contains","value":"urg"})") << false;
    QTest::addRow("contains \"7\" is not 7")
        << QByteArray(R"({"path":"/tags","op":"contains","value":"7"})") << false;
    QTest::addRow("contains number in string")
        << QByteArray(R"({"path":"/one_str","op":"contains","value":1})") << false;
    QTest::addRow("contains on number")
        << QByteArray(R"({"path":"/count","op":"contains","value":3})") << false;
    QTest::addRow("contains missing")
        << QByteArray(R"({"path":"/missing","op":"contains","value":"a"})") << false;

    // starts_with / ends_with
    QTest::addRow("starts_with") << QByteArray(
        R"({"path":"/event","op":"starts_with","value":"document."})")
                                 << true;
    QTest::addRow("starts_with not")
        << QByteArray(R"({"path":"/event","op":"starts_with","value":"updated"})") << false;
    QTest::addRow("starts_with number")
        << QByteArray(R"({"path":"/count","op":"starts_with","value":"3"})") << false;
    QTest::addRow("starts_with missing")
        << QByteArray(R"({"path":"/missing","op":"starts_with","value":""})") << false;
    QTest::addRow("ends_with") << QByteArray(
        R"({"path":"/document/owner","op":"ends_with","value":"@example.com"})")
                               << true;
    QTest::addRow("ends_with not")
        << QByteArray(R"({"path":"/document/owner","op":"ends_with","value":"@example.org"})")
        << false;
    QTest::addRow("ends_with is not contains")
        << QByteArray(R"({"path":"/document/owner","op":"ends_with","value":"example"})") << false;
    QTest::addRow("starts_with is not contains")
        << QByteArray(R"({"path":"/event","op":"starts_with","value":"updated"})") << false;
    QTest::addRow("ends_with array")
        << QByteArray(R"({"path":"/tags","op":"ends_with","value":"7"})") << false;
    QTest::addRow("ends_with missing")
        << QByteArray(R"({"path":"/missing","op":"ends_with","value":""})") << false;

    // matches: a search, anchored only when the pattern says so
    QTest::addRow("matches") << QByteArray(
        R"({"path":"/document/title","op":"matches","value":"ACME-\\d{4}-\\d+$"})")
                             << true;
    QTest::addRow("matches anchored")
        << QByteArray(R"({"path":"/document/title","op":"matches","value":"^ACME"})") << false;
    QTest::addRow("matches number")
        << QByteArray(R"({"path":"/count","op":"matches","value":"3"})") << false;
    QTest::addRow("matches missing")
        << QByteArray(R"({"path":"/missing","op":"matches","value":".*"})") << false;

    // exists: null is there; default true
    QTest::addRow("exists") << QByteArray(R"({"path":"/event","op":"exists"})") << true;
    QTest::addRow("exists null") << QByteArray(R"({"path":"/nothing","op":"exists","value":true})")
                                 << true;
    QTest::addRow("exists missing") << QByteArray(R"({"path":"/missing","op":"exists"})") << false;
    QTest::addRow("exists false missing")
        << QByteArray(R"({"path":"/missing","op":"exists","value":false})") << true;
    QTest::addRow("exists false present")
        << QByteArray(R"({"path":"/event","op":"exists","value":false})") << false;

    // gt / gte / lt / lte on numbers
    QTest::addRow("gt") << QByteArray(R"({"path":"/count","op":"gt","value":2})") << true;
    QTest::addRow("gt equal") << QByteArray(R"({"path":"/count","op":"gt","value":3})") << false;
    QTest::addRow("gte equal") << QByteArray(R"({"path":"/count","op":"gte","value":3.0})") << true;
    QTest::addRow("gte above") << QByteArray(R"({"path":"/count","op":"gte","value":3.5})")
                               << false;
    QTest::addRow("lt") << QByteArray(R"({"path":"/count","op":"lt","value":3.5})") << true;
    QTest::addRow("lt equal") << QByteArray(R"({"path":"/count","op":"lt","value":3})") << false;
    QTest::addRow("lte equal") << QByteArray(R"({"path":"/count","op":"lte","value":3})") << true;
    QTest::addRow("lte below") << QByteArray(R"({"path":"/count","op":"lte","value":-1})") << false;
    // A string or a bool is not 0 (what QJsonValue::toDouble() makes of them).
    QTest::addRow("lt on numeric string")
        << QByteArray(R"({"path":"/one_str","op":"lt","value":5})") << false;
    QTest::addRow("gte on bool") << QByteArray(R"({"path":"/flag","op":"gte","value":0})") << false;
    QTest::addRow("gt missing") << QByteArray(R"({"path":"/missing","op":"gt","value":0})")
                                << false;

    // gt / gte / lt / lte on ISO-8601 times, by instant across zones; a mix is false
    QTest::addRow("time lt") << QByteArray(
        R"({"path":"/document/due","op":"lt","value":"2026-11-20T00:00:00Z"})")
                             << true;
    QTest::addRow("time gt") << QByteArray(
        R"({"path":"/document/due","op":"gt","value":"2026-11-20T00:00:00Z"})")
                             << false;
    QTest::addRow("time zones gte same instant")
        << QByteArray(R"({"path":"/document/signed","op":"gte","value":"2026-11-20T12:00:00Z"})")
        << true;
    QTest::addRow("time zones lte same instant") << QByteArray(
        R"({"path":"/document/signed","op":"lte","value":"2026-11-20T07:00:00-05:00"})")
                                                 << true;
    QTest::addRow("time zones gt same instant")
        << QByteArray(R"({"path":"/document/signed","op":"gt","value":"2026-11-20T12:00:00Z"})")
        << false;
    QTest::addRow("time zones lt later wall clock") << QByteArray(
        R"({"path":"/document/signed","op":"lt","value":"2026-11-20T13:30:00+02:00"})")
                                                    << false;
    QTest::addRow("time zones gt earlier wall clock")
        << QByteArray(R"({"path":"/document/signed","op":"gt","value":"2026-11-20T11:30:00Z"})")
        << true;
    QTest::addRow("time ms") << QByteArray(
        R"({"path":"/document/precise","op":"gt","value":"2026-11-20T11:59:59.500Z"})")
                             << true;
    QTest::addRow("time ms equal") << QByteArray(
        R"({"path":"/document/precise","op":"gt","value":"2026-11-20T12:59:59.750+01:00"})")
                                   << false;
    QTest::addRow("time without offset is UTC, lt")
        << QByteArray(R"({"path":"/document/local","op":"lt","value":"2026-11-20T11:00:01Z"})")
        << true;
    QTest::addRow("time without offset is UTC, gte")
        << QByteArray(R"({"path":"/document/local","op":"gte","value":"2026-11-20T11:00:00Z"})")
        << true;
    QTest::addRow("time vs not a time")
        << QByteArray(R"({"path":"/event","op":"lt","value":"2026-11-20T00:00:00Z"})") << false;
    QTest::addRow("time vs number")
        << QByteArray(R"({"path":"/count","op":"lt","value":"2026-11-20T00:00:00Z"})") << false;
    QTest::addRow("number vs time")
        << QByteArray(R"({"path":"/document/due","op":"gt","value":0})") << false;
    QTest::addRow("time missing") << QByteArray(
        R"({"path":"/missing","op":"lt","value":"2026-11-20T00:00:00Z"})")
                                  << false;
}

void tst_Condition::operators()
{
    QFETCH(QByteArray, condition);
    QFETCH(bool, expected);
    const auto compiled = Condition::compile(json(condition), where);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QVERIFY(!compiled->isEmpty());
    QCOMPARE(compiled->matches(sampleEvent(), now), expected);
    // The same answer when wrapped in the document the listener holds, and when negated.
    QCOMPARE(compiled->matches(QJsonDocument(sampleEvent().toObject()), now), expected);
    const auto negated
        = Condition::compile(QJsonObject {{QStringLiteral("not"), json(condition)}}, where);
    QVERIFY2(negated.ok(), qPrintable(negated.error()));
    QCOMPARE(negated->matches(sampleEvent(), now), !expected);
}

void tst_Condition::pointers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("found"); // undefined: nothing there

    QTest::addRow("member") << QStringLiteral("/event")
                            << QJsonValue(QStringLiteral("document.updated"));
    QTest::addRow("nested member") << QStringLiteral("/document/owner")
                                   << QJsonValue(QStringLiteral("marcus.lee@example.com"));
    QTest::addRow("~1 is /") << QStringLiteral("/a~1b") << QJsonValue(QStringLiteral("slash"));
    QTest::addRow("~0 is ~") << QStringLiteral("/m~0n") << QJsonValue(QStringLiteral("tilde"));
    QTest::addRow("~01 is ~1, not /")
        << QStringLiteral("/~01") << QJsonValue(QStringLiteral("tilde one"));
    QTest::addRow("empty key") << QStringLiteral("/") << QJsonValue(QStringLiteral("empty key"));
    QTest::addRow("array index") << QStringLiteral("/tags/1")
                                 << QJsonValue(QStringLiteral("urgent"));
    QTest::addRow("object in array")
        << QStringLiteral("/items/1/sku") << QJsonValue(QStringLiteral("B-2"));
    QTest::addRow("array in array")
        << QStringLiteral("/nested/x/1/y") << QJsonValue(QStringLiteral("deep"));
    QTest::addRow("index 0") << QStringLiteral("/nested/x/0") << QJsonValue(1);
    QTest::addRow("index past the end")
        << QStringLiteral("/items/2/sku") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("leading zero") << QStringLiteral("/items/01")
                                  << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("dash") << QStringLiteral("/items/-") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("name on array")
        << QStringLiteral("/items/sku") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("into a string")
        << QStringLiteral("/event/0") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("past null") << QStringLiteral("/nothing/x") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("missing member")
        << QStringLiteral("/document/missing") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("unescaped is another key")
        << QStringLiteral("/a/b") << QJsonValue(QJsonValue::Undefined);
}

void tst_Condition::pointers()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, found);
    const QJsonObject leaf {{QStringLiteral("path"), path},
                            {QStringLiteral("op"), QStringLiteral("exists")}};
    const auto exists = Condition::compile(leaf, where);
    QVERIFY2(exists.ok(), qPrintable(exists.error()));
    QCOMPARE(exists->matches(sampleEvent(), now), !found.isUndefined());
    const QList<LeafResult> explained = exists->explain(sampleEvent(), now);
    QCOMPARE(explained.size(), 1);
    QCOMPARE(explained.at(0).actual, found);
    if (!found.isUndefined()) {
        QJsonObject eq = leaf;
        eq.insert(QStringLiteral("op"), QStringLiteral("eq"));
        eq.insert(QStringLiteral("value"), found);
        QVERIFY(Condition::compile(eq, where)->matches(sampleEvent(), now));
    }
}

void tst_Condition::groups_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<bool>("expected");
    const QByteArray yes = R"({"path":"/count","op":"eq","value":3})";
    const QByteArray no = R"({"path":"/count","op":"eq","value":4})";

    QTest::addRow("all true") << "{\"all\":[" + yes + "," + yes + "]}" << true;
    QTest::addRow("all one false") << "{\"all\":[" + yes + "," + no + "," + yes + "]}" << false;
    QTest::addRow("all empty") << QByteArray(R"({"all":[]})") << true;
    QTest::addRow("any one true") << "{\"any\":[" + no + "," + yes + "]}" << true;
    QTest::addRow("any none") << "{\"any\":[" + no + "," + no + "]}" << false;
    QTest::addRow("any empty") << QByteArray(R"({"any":[]})") << false;
    QTest::addRow("not true") << "{\"not\":" + yes + "}" << false;
    QTest::addRow("not false") << "{\"not\":" + no + "}" << true;
    QTest::addRow("not not") << "{\"not\":{\"not\":" + yes + "}}" << true;
    QTest::addRow("nested true") << "{\"all\":[{\"any\":[" + no + "," + yes + "]},{\"not\":" + no
            + "}," + yes + "]}" << true;
    QTest::addRow("nested last false")
        << "{\"all\":[{\"any\":[" + no + "," + yes + "]},{\"not\":" + no + "}," + no + "]}"
        << false;
    QTest::addRow("nested inner false")
        << "{\"all\":[{\"any\":[" + no + "," + no + "]},{\"not\":" + no + "}," + yes + "]}"
        << false;
    // A sibling after a nested group is reached: the group's end is where the next one starts.
    QTest::addRow("any after nested all")
        << "{\"any\":[{\"all\":[" + yes + "," + no + "]},{\"all\":[" + no + "]}," + yes + "]}"
        << true;
    QTest::addRow("any after nested all, false")
        << "{\"any\":[{\"all\":[" + yes + "," + no + "]},{\"all\":[" + no + "]}," + no + "]}"
        << false;
    QTest::addRow("deep") << "{\"any\":[{\"all\":[{\"any\":[{\"not\":{\"all\":[" + yes + "," + no
            + "]}}]}]}]}" << true;
}

void tst_Condition::groups()
{
    QFETCH(QByteArray, condition);
    QFETCH(bool, expected);
    const auto compiled = Condition::compile(json(condition), where);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QCOMPARE(compiled->matches(sampleEvent(), now), expected);
}

void tst_Condition::relativeTimes_data()
{
    // now is 2026-11-20T12:00:00Z; /document/due is 19 hours earlier, /document/signed is now.
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<bool>("expected");
    QTest::addRow("overdue by more than 2h")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":"2h"})") << true;
    QTest::addRow("overdue by more than 18h")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":"18h"})") << true;
    QTest::addRow("overdue by exactly 19h is not more")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":"19h"})") << false;
    QTest::addRow("overdue by more than 1d")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":"1d"})") << false;
    QTest::addRow("seconds as a number")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":68399})") << true;
    QTest::addRow("seconds as a number, boundary")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":68400})") << false;
    QTest::addRow("minutes") << QByteArray(
        R"({"path":"/document/due","op":"before_now","value":"1139m"})")
                             << true;
    QTest::addRow("minutes, boundary")
        << QByteArray(R"({"path":"/document/due","op":"before_now","value":"1140m"})") << false;
    QTest::addRow("seconds") << QByteArray(
        R"({"path":"/document/due","op":"before_now","value":"90s"})")
                             << true;
    QTest::addRow("no offset") << QByteArray(R"({"path":"/document/due","op":"before_now"})")
                               << true;
    QTest::addRow("no offset, 1 ms before")
        << QByteArray(R"({"path":"/document/just_before","op":"before_now"})") << true;
    QTest::addRow("no offset, 1 ms before, not after")
        << QByteArray(R"({"path":"/document/just_before","op":"after_now","value":"-0s"})")
        << false;
    QTest::addRow("now is not before now")
        << QByteArray(R"({"path":"/document/signed","op":"before_now"})") << false;
    QTest::addRow("negative offset")
        << QByteArray(R"({"path":"/document/signed","op":"before_now","value":"-1s"})") << true;
    QTest::addRow("after now - 1d")
        << QByteArray(R"({"path":"/document/due","op":"after_now","value":"-1d"})") << true;
    QTest::addRow("after now - 15m")
        << QByteArray(R"({"path":"/document/due","op":"after_now","value":"-15m"})") << false;
    QTest::addRow("now is not after now")
        << QByteArray(R"({"path":"/document/signed","op":"after_now","value":"0s"})") << false;
    QTest::addRow("after now - 15m, in another zone")
        << QByteArray(R"({"path":"/document/signed","op":"after_now","value":"-15m"})") << true;
    QTest::addRow("after now + 1d")
        << QByteArray(R"({"path":"/document/signed","op":"after_now","value":"1d"})") << false;
    QTest::addRow("milliseconds count")
        << QByteArray(R"({"path":"/document/precise","op":"after_now","value":-0.25})") << false;
    QTest::addRow("milliseconds count, just")
        << QByteArray(R"({"path":"/document/precise","op":"after_now","value":-0.251})") << true;
    QTest::addRow("local time is UTC")
        << QByteArray(R"({"path":"/document/local","op":"before_now","value":"59m"})") << true;
    QTest::addRow("local time is UTC, boundary")
        << QByteArray(R"({"path":"/document/local","op":"before_now","value":"60m"})") << false;
    QTest::addRow("not a time") << QByteArray(R"({"path":"/event","op":"before_now"})") << false;
    QTest::addRow("a number") << QByteArray(R"({"path":"/count","op":"before_now"})") << false;
    QTest::addRow("missing before")
        << QByteArray(R"({"path":"/missing","op":"before_now"})") << false;
    QTest::addRow("missing after")
        << QByteArray(R"({"path":"/missing","op":"after_now","value":"-1d"})") << false;
}

void tst_Condition::relativeTimes()
{
    QFETCH(QByteArray, condition);
    QFETCH(bool, expected);
    const auto compiled = Condition::compile(json(condition), where);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QCOMPARE(compiled->matches(sampleEvent(), now), expected);
}

void tst_Condition::emptyConditionMatchesEverything_data()
{
    QTest::addColumn<QJsonValue>("condition");
    QTest::addRow("absent") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("null") << QJsonValue();
    QTest::addRow("{}") << QJsonValue(QJsonObject());
}

void tst_Condition::emptyConditionMatchesEverything()
{
    QFETCH(QJsonValue, condition);
    const auto compiled = Condition::compile(condition, where);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QVERIFY(compiled->isEmpty());
    QVERIFY(compiled->matches(sampleEvent(), now));
    QVERIFY(compiled->matches(QJsonValue(QStringLiteral("not even an object")), now));
    QVERIFY(compiled->explain(sampleEvent(), now).isEmpty());
    QVERIFY(Condition().isEmpty());
}

void tst_Condition::compileErrorsInWords_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<QString>("error");
    const QByteArray ok = R"({"path":"/a","op":"exists"})";
    const QString ops
        = QStringLiteral("eq, ne, in, not_in, contains, starts_with, ends_with, "
                         "matches, exists, gt, gte, lt, lte, before_now or after_now");

    QTest::addRow("regex") << "{\"all\":[" + ok + R"(,{"path":"/b","op":"matches","value":"(ab"}]})"
                           << where
            + QStringLiteral(" 2: operator 'matches' needs a valid regular "
                             "expression: missing closing parenthesis at "
                             "character 4");
    QTest::addRow("regex not a string")
        << QByteArray(R"({"path":"/b","op":"matches","value":1})")
        << where + QStringLiteral(": 'matches' needs a string value");
    QTest::addRow("unknown operator")
        << "{\"all\":[{\"any\":[" + ok + "," + ok + R"(,{"path":"/x","op":"like","value":1}]}]})"
        << where + QStringLiteral(" 1.3: unknown operator 'like' (use ") + ops + QLatin1Char(')');
    QTest::addRow("no operator") << QByteArray(R"({"path":"/x","value":1})")
                                 << where
            + QStringLiteral(": the condition needs an operator (use ") + ops + QLatin1Char(')');
    QTest::addRow("operator not a string") << QByteArray(R"({"path":"/x","op":1})")
                                           << where
            + QStringLiteral(": the condition needs an operator (use ") + ops + QLatin1Char(')');
    QTest::addRow("path without /")
        << QByteArray(R"({"path":"due","op":"exists"})")
        << where + QStringLiteral(": path 'due' must be a JSON Pointer starting with '/'");
    QTest::addRow("path with bad ~")
        << "{\"any\":[" + ok + R"(,{"path":"/a~2b","op":"exists"}]})"
        << where + QStringLiteral(" 2: path '/a~2b' has a '~' that is not followed by 0 or 1");
    QTest::addRow("path ending in ~")
        << QByteArray(R"({"path":"/a~","op":"exists"})")
        << where + QStringLiteral(": path '/a~' has a '~' that is not followed by 0 or 1");
    QTest::addRow("no path") << QByteArray(R"({"op":"exists"})")
                             << where
            + QStringLiteral(": the condition needs a path, a JSON Pointer such as "
                             "'/document/owner'");
    QTest::addRow("path not a string") << QByteArray(R"({"path":["a"],"op":"exists"})")
                                       << where
            + QStringLiteral(": the condition needs a path, a JSON Pointer such as "
                             "'/document/owner'");
    QTest::addRow("in without array") << QByteArray(R"({"path":"/a","op":"in","value":"a"})")
                                      << where + QStringLiteral(": 'in' needs an array value");
    QTest::addRow("not_in without value")
        << QByteArray(R"({"path":"/a","op":"not_in"})")
        << where + QStringLiteral(": 'not_in' needs an array value");
    QTest::addRow("gt with a word")
        << QByteArray(R"({"path":"/a","op":"gt","value":"soon"})")
        << where + QStringLiteral(": 'gt' needs a number or an ISO-8601 time");
    QTest::addRow("lte with a bool")
        << QByteArray(R"({"path":"/a","op":"lte","value":true})")
        << where + QStringLiteral(": 'lte' needs a number or an ISO-8601 time");
    QTest::addRow("gte without value")
        << QByteArray(R"({"path":"/a","op":"gte"})")
        << where + QStringLiteral(": 'gte' needs a number or an ISO-8601 time");
    QTest::addRow("offset unit") << QByteArray(R"({"path":"/a","op":"before_now","value":"2x"})")
                                 << where
            + QStringLiteral(": offset '2x' must look like 30s, 15m, 2h or 1d");
    QTest::addRow("offset fraction")
        << QByteArray(R"({"path":"/a","op":"after_now","value":"1.5h"})")
        << where + QStringLiteral(": offset '1.5h' must look like 30s, 15m, 2h or 1d");
    QTest::addRow("offset without unit")
        << QByteArray(R"({"path":"/a","op":"after_now","value":"15"})")
        << where + QStringLiteral(": offset '15' must look like 30s, 15m, 2h or 1d");
    QTest::addRow("offset bool") << QByteArray(R"({"path":"/a","op":"after_now","value":true})")
                                 << where
            + QStringLiteral(": offset 'true' must look like 30s, 15m, 2h or 1d");
    QTest::addRow("offset huge") << QByteArray(R"({"path":"/a","op":"after_now","value":1e300})")
                                 << where
            + QStringLiteral(": offset '1e+300' must look like 30s, 15m, 2h or 1d");
    QTest::addRow("eq without value") << QByteArray(R"({"path":"/a","op":"eq"})")
                                      << where + QStringLiteral(": 'eq' needs a value");
    QTest::addRow("contains without value") << QByteArray(R"({"path":"/a","op":"contains"})")
                                            << where + QStringLiteral(": 'contains' needs a value");
    QTest::addRow("starts_with number")
        << QByteArray(R"({"path":"/a","op":"starts_with","value":1})")
        << where + QStringLiteral(": 'starts_with' needs a string value");
    QTest::addRow("ends_with missing")
        << QByteArray(R"({"path":"/a","op":"ends_with"})")
        << where + QStringLiteral(": 'ends_with' needs a string value");
    QTest::addRow("exists string") << QByteArray(R"({"path":"/a","op":"exists","value":"yes"})")
                                   << where + QStringLiteral(": 'exists' needs true or false");
    QTest::addRow("two group keys")
        << QByteArray(R"({"all":[],"any":[]})")
        << where + QStringLiteral(": a group has one of all, any or not");
    QTest::addRow("no group key") << "{\"all\":[" + ok + R"(,{"one":[]}]})"
                                  << where
            + QStringLiteral(" 2: a group has one of all, any or not");
    QTest::addRow("empty nested group")
        << QByteArray(R"({"all":[{}]})")
        << where + QStringLiteral(" 1: a group has one of all, any or not");
    QTest::addRow("group and leaf") << QByteArray(R"({"path":"/a","op":"exists","not":{}})")
                                    << where
            + QStringLiteral(": a condition has either path and op or one of all, any and not");
    QTest::addRow("all not an array")
        << QByteArray(R"({"all":{}})")
        << where + QStringLiteral(": 'all' needs an array of conditions");
    QTest::addRow("any not an array")
        << QByteArray(R"({"all":[{"any":"x"}]})")
        << where + QStringLiteral(" 1: 'any' needs an array of conditions");
    QTest::addRow("not an array") << "{\"not\":[" + ok + "]}"
                                  << where + QStringLiteral(": 'not' needs one condition");
    QTest::addRow("not a condition")
        << QByteArray(R"({"any":[1]})")
        << where + QStringLiteral(" 1: a condition must be a JSON object");
    QTest::addRow("top level string")
        << QByteArray(R"("count > 3")")
        << where + QStringLiteral(": a condition must be a JSON object");
    // 'not' adds no number: it wraps one condition of the list people see.
    QTest::addRow("numbers through not")
        << "{\"all\":[" + ok + ",{\"not\":{\"any\":[" + ok + R"(,{"path":"/a","op":"in"}]}}]})"
        << where + QStringLiteral(" 2.2: 'in' needs an array value");
    QTest::addRow("numbers past 9")
        << "{\"any\":[" + ok + "," + ok + "," + ok + "," + ok + "," + ok + "," + ok + "," + ok + ","
            + ok + "," + ok + R"(,{"all":[)" + ok + R"(,{"path":"/a","op":"eq"}]}]})"
        << where + QStringLiteral(" 10.2: 'eq' needs a value");
}

void tst_Condition::compileErrorsInWords()
{
    QFETCH(QByteArray, condition);
    QFETCH(QString, error);
    const auto compiled = Condition::compile(json(condition), where);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error(), error);
}

// The place as data: the part's number, the leaf's index in explain() order (the designer's
// rows), and for a pattern the character offset into the value.
void tst_Condition::compileErrorPlaces_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("leaf");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("kind");
    const QByteArray ok = R"({"path":"/a","op":"exists"})";
    using K = Error::Kind;
    QTest::addRow("top leaf") << QByteArray(R"({"path":"/a","op":"like"})") << QString() << 0 << -1
                              << int(K::Unknown);
    QTest::addRow("second leaf") << "{\"all\":[" + ok + R"(,{"path":"b","op":"exists"}]})"
                                 << "2" << 1 << -1 << int(K::Syntax);
    QTest::addRow("pattern") << "{\"all\":[" + ok + "," + ok
            + R"(,{"path":"/b","op":"matches","value":"x(ab"}]})"
                             << "3" << 2 << 4 << int(K::Syntax);
    QTest::addRow("leaf in a nested group")
        << "{\"all\":[" + ok + ",{\"any\":[" + ok + R"(,{"path":"/a","op":"eq"}]}]})"
        << "2.2" << 2 << -1 << int(K::Missing);
    QTest::addRow("leaf through not")
        << "{\"all\":[" + ok + ",{\"not\":{\"any\":[" + ok + R"(,{"path":"/a","op":"in"}]}}]})"
        << "2.2" << 2 << -1 << int(K::Invalid);
    QTest::addRow("group") << "{\"all\":[" + ok + R"(,{"any":"x"}]})"
                           << "2" << -1 << -1 << int(K::Invalid);
    QTest::addRow("not an object")
        << QByteArray(R"({"any":[1]})") << "1" << -1 << -1 << int(K::Invalid);
}

void tst_Condition::compileErrorPlaces()
{
    QFETCH(QByteArray, condition);
    QFETCH(QString, number);
    QFETCH(int, leaf);
    QFETCH(int, offset);
    QFETCH(int, kind);

    // In a rule: the section and the rule come from the place given.
    const ErrorPlace rule
        = ErrorPlace::inRule(QStringLiteral("workspace w.json"), QStringLiteral("legal-review"));
    const auto compiled = Condition::compile(json(condition), rule.withCondition({}, -1));
    QVERIFY(!compiled.ok());
    const Error &error = compiled.errorDetail();
    QCOMPARE(error.place.section, ErrorPlace::Section::Condition);
    QCOMPARE(error.place.rule, QStringLiteral("legal-review"));
    QCOMPARE(error.place.condition, number);
    QCOMPARE(error.place.conditionLeaf, leaf);
    QCOMPARE(error.place.offset, offset);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(compiled.error(),
             QStringLiteral("workspace w.json, rule 'legal-review', condition%1: %2")
                 .arg(number.isEmpty() ? QString() : QLatin1Char(' ') + number, error.message));

    // Given words only, the same data, and the same words as before there were places.
    const auto worded = Condition::compile(json(condition), where);
    QVERIFY(!worded.ok());
    QCOMPARE(worded.errorDetail().place.condition, number);
    QCOMPARE(worded.errorDetail().place.conditionLeaf, leaf);
    QCOMPARE(
        worded.error(),
        QStringLiteral("%1%2: %3")
            .arg(where, number.isEmpty() ? QString() : QLatin1Char(' ') + number, error.message));
}

// The operators the designer offers come from the same table compile() reads: each compiles
// with a value of its kind, and the "unknown operator" message lists exactly these, in order.
void tst_Condition::operatorTable()
{
    const QList<ConditionOperator> operators = conditionOperators();
    QStringList names;
    for (const ConditionOperator &op : operators) {
        names.append(op.name);
        QVERIFY2(!op.label.isEmpty(), qPrintable(op.name));
        QJsonObject leaf {{QStringLiteral("path"), QStringLiteral("/count")},
                          {QStringLiteral("op"), op.name}};
        using V = ConditionOperator::Value;
        switch (op.value) {
        case V::Any:
        case V::Text:
            leaf.insert(QStringLiteral("value"), QStringLiteral("x"));
            break;
        case V::List:
            leaf.insert(QStringLiteral("value"), QJsonArray {1, 2});
            break;
        case V::Pattern:
            leaf.insert(QStringLiteral("value"), QStringLiteral("^a+$"));
            break;
        case V::Bool:
            leaf.insert(QStringLiteral("value"), true);
            break;
        case V::NumberOrTime:
            leaf.insert(QStringLiteral("value"), 3);
            break;
        case V::Offset:
            leaf.insert(QStringLiteral("value"), QStringLiteral("15m"));
            break;
        }
        const auto compiled = Condition::compile(leaf, where);
        QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    }
    QCOMPARE(
        names,
        QStringList({"eq", "ne", "in", "not_in", "contains", "starts_with", "ends_with", "matches",
                     "exists", "gt", "gte", "lt", "lte", "before_now", "after_now"}));
    const auto unknown
        = Condition::compile(QJsonObject {{QStringLiteral("path"), QStringLiteral("/a")},
                                          {QStringLiteral("op"), QStringLiteral("like")}},
                             where);
    const QString last = names.takeLast();
    QVERIFY2(unknown.error().endsWith(
                 QStringLiteral("(use %1 or %2)").arg(names.join(QLatin1String(", ")), last)),
             qPrintable(unknown.error()));
    QCOMPARE(operators.first().label, QStringLiteral("equals"));
    QCOMPARE(operators.last().label, QStringLiteral("is after now, offset"));
}

void tst_Condition::explainListsEveryLeaf()
{
    const auto compiled = Condition::compile(json(R"({"all":[
        {"path":"/event","op":"eq","value":"document.updated"},
        {"any":[
            {"path":"/missing","op":"exists"},
            {"not":{"path":"/count","op":"gt","value":5}},
            {"path":"/tags/0","op":"in","value":["legal"]}
        ]},
        {"path":"/document/due","op":"before_now","value":"2h"}
    ]})"),
                                             where);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QVERIFY(compiled->matches(sampleEvent(), now));

    const QList<LeafResult> leaves = compiled->explain(sampleEvent(), now);
    QCOMPARE(leaves.size(), 5);
    const struct
    {
        const char *location;
        const char *path;
        const char *op;
        QJsonValue actual;
        bool matched;
    } expected[] = {
        {"all[0]", "/event", "eq", QStringLiteral("document.updated"), true},
        {"all[1].any[0]", "/missing", "exists", QJsonValue(QJsonValue::Undefined), false},
        // the leaf itself: the 'not' around it is not a leaf
        {"all[1].any[1].not", "/count", "gt", 3, false},
        // evaluated although any[1] already decided the group
        {"all[1].any[2]", "/tags/0", "in", QStringLiteral("legal"), true},
        {"all[2]", "/document/due", "before_now", QStringLiteral("2026-11-19T17:00:00Z"), true},
    };
    for (int i = 0; i < leaves.size(); ++i) {
        QCOMPARE(leaves.at(i).location, QLatin1String(expected[i].location));
        QCOMPARE(leaves.at(i).path, QLatin1String(expected[i].path));
        QCOMPARE(leaves.at(i).op, QLatin1String(expected[i].op));
        QCOMPARE(leaves.at(i).actual, expected[i].actual);
        QCOMPARE(leaves.at(i).matched, expected[i].matched);
    }

    // A leaf at the top has no location of its own.
    const auto single = Condition::compile(json(R"({"path":"/count","op":"lt","value":5})"), where);
    QCOMPARE(single->explain(sampleEvent(), now).size(), 1);
    QCOMPARE(single->explain(sampleEvent(), now).at(0).location, QString());
    QVERIFY(single->explain(sampleEvent(), now).at(0).matched);
}

void tst_Condition::overdueApprovalSample()
{
    // Use case 4 as the designer would write it, against the shipped sample.
    QFile file(QStringLiteral(":/samples/04-approval-overdue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument sample = QJsonDocument::fromJson(file.readAll());
    const auto compiled = Condition::compile(json(R"({"all":[
        {"path":"/event","op":"eq","value":"approval.overdue"},
        {"path":"/approval/due_at","op":"before_now","value":"2h"},
        {"path":"/approval/subject","op":"matches","value":"PO-\\d+"},
        {"path":"/approval/approver/manager/email","op":"exists"}
    ]})"),
                                             where);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    const QDateTime occurred
        = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
    QVERIFY(compiled->matches(sample, occurred));
    // Two hours after the due time it is not yet "passed by more than 2 h".
    QVERIFY(!compiled->matches(
        sample, QDateTime::fromString(QStringLiteral("2026-11-19T19:00:00Z"), Qt::ISODate)));
    QVERIFY(compiled->matches(
        sample, QDateTime::fromString(QStringLiteral("2026-11-19T19:00:01Z"), Qt::ISODate)));
}

QTEST_GUILESS_MAIN(tst_Condition)
#include "tst_condition.moc"
