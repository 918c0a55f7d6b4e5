// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/template.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

Q_DECLARE_METATYPE(OtBridge::Template::Escape)

// Mustache mapping templates: escaping per output on hostile values, JSON bodies that stay
// JSON, sections, paths, formatting, missing values, extra values, errors in words, limits.
class tst_Template : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void jsonBodyStaysJson_data();
    void jsonBodyStaysJson();
    void renderJsonReportsInvalidJson();
    void sections_data();
    void sections();
    void paths_data();
    void paths();
    void formatsNumbersAndBools_data();
    void formatsNumbersAndBools();
    void missingWithEmptyPolicy();
    void missingWithFailPolicy();
    void extraValuesWin();
    void preparedExtra();
    void variables();
    void parseErrorsInWords_data();
    void parseErrorsInWords();
    void limits();
    void limitsCountUtf8();
    void loneSurrogates();
    void partialsReadNothing();
    void valuesAreNotTemplates();
    void samplePayloads_data();
    void samplePayloads();

private:
    static QString render(const QString &source, const QJsonValue &event,
                          Template::Escape escape = Template::Escape::Plain,
                          const QJsonObject &extra = {});
};

static QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QString tst_Template::render(const QString &source, const QJsonValue &event,
                             Template::Escape escape, const QJsonObject &extra)
{
    const auto compiled = Template::compile(source, escape, QStringLiteral("t"));
    if (!compiled) {
        qWarning("compile: %s", qPrintable(compiled.error()));
        return QStringLiteral("<compile failed>");
    }
    const auto rendered = compiled->render(event, Template::MissingPolicy::Empty, extra);
    if (!rendered) {
        qWarning("render: %s", qPrintable(rendered.error()));
        return QStringLiteral("<render failed>");
    }
    return rendered->text;
}

static const QString hostile
    = QStringLiteral("a \"q\" 'b' \\ c\nd\te\u0001f\u007f </script> & ü 契約 \U0001F600 +/?=%#");

void tst_Template::escapes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<Template::Escape>("escape");
    QTest::addColumn<QString>("expected");

    using E = Template::Escape;
    QTest::addRow("plain") << "[{{v}}]" << E::Plain << "[" + hostile + "]";
    QTest::addRow("html") << "<p>{{v}}</p>" << E::Html
                          << QStringLiteral("<p>a &quot;q&quot; &#39;b&#39; \\ c\nd\te\u0001f"
                                            "\u007f &lt;/script&gt; &amp; ü 契約 \U0001F600 "
                                            "+/?=%#</p>");
    QTest::addRow("json string") << "\"{{v}}\"" << E::JsonString
                                 << QStringLiteral("\"a \\\"q\\\" 'b' \\\\ c\\u000Ad\\u0009e"
                                                   "\\u0001f\\u007F </script> & ü 契約 "
                                                   "\U0001F600 +/?=%#\"");
    QTest::addRow("url") << "https://x.example/?q={{v}}" << E::Url
                         << QStringLiteral("https://x.example/?q=a%20%22q%22%20%27b%27%20%5C%20c"
                                           "%0Ad%09e%01f%7F%20%3C%2Fscript%3E%20%26%20%C3%BC%20"
                                           "%E5%A5%91%E7%B4%84%20%F0%9F%98%80%20%2B%2F%3F%3D%25"
                                           "%23");
    QTest::addRow("url unreserved kept") << "{{u}}" << E::Url << "AZaz09-._~";
    QTest::addRow("html triple is raw") << "{{{v}}}" << E::Html << hostile;
    QTest::addRow("html ampersand is raw") << "{{& v}}" << E::Html << hostile;
    QTest::addRow("json triple is raw") << "{{{v}}}" << E::JsonString << hostile;
    QTest::addRow("url ampersand is raw") << "{{&v}}" << E::Url << hostile;
    QTest::addRow("template text is never escaped")
        << "<\"&'>{{u}}" << E::Html << "<\"&'>AZaz09-._~";
}

void tst_Template::escapes()
{
    QFETCH(QString, source);
    QFETCH(Template::Escape, escape);
    QFETCH(QString, expected);
    const QJsonObject event {{QStringLiteral("v"), hostile},
                             {QStringLiteral("u"), QStringLiteral("AZaz09-._~")}};
    QCOMPARE(render(source, event, escape), expected);
}

void tst_Template::jsonBodyStaysJson_data()
{
    QTest::addColumn<QString>("title");
    QTest::addRow("quotes") << QStringLiteral("Contract \"C-1\"");
    QTest::addRow("backslashes") << QStringLiteral("C:\\temp\\ \\\" \\u0041");
    QTest::addRow("newlines") << QStringLiteral("line 1\nline 2\r\n\tend");
    QTest::addRow("script") << QStringLiteral("</script><script>alert(1)</script>");
    QTest::addRow("injection") << QStringLiteral("x\", \"injected\": true, \"y\": \"");
    QTest::addRow("unicode") << QStringLiteral("契約 ü \U0001F600 \u2028 \u2029");
    QTest::addRow("control characters") << QString::fromUtf16(u"\u0000\u0001\u001f\u007f!", 5);
    QTest::addRow("braces") << QStringLiteral("{{title}} }} {\"a\":1}");
    QTest::addRow("empty") << QString();
}

void tst_Template::jsonBodyStaysJson()
{
    QFETCH(QString, title);
    const auto body = Template::compile(
        QStringLiteral(R"({"summary": "{{title}}", "items": [{{#tags}}"{{.}}",{{/tags}}"end"],)"
                       R"( "count": {{count}}})"),
        Template::Escape::JsonString, QStringLiteral("body"));
    QVERIFY2(body.ok(), qPrintable(body.error()));
    const QJsonObject event {{QStringLiteral("title"), title},
                             {QStringLiteral("tags"), QJsonArray {title, QStringLiteral("b")}},
                             {QStringLiteral("count"), 3}};
    const auto document = body->renderJson(event, Template::MissingPolicy::Fail);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    const QJsonObject json = document->object();
    QCOMPARE(json.value(QLatin1String("summary")).toString(), title);
    QCOMPARE(json.value(QLatin1String("items")).toArray(),
             (QJsonArray {title, QStringLiteral("b"), QStringLiteral("end")}));
    QCOMPARE(json.value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(json.size(), 3); // nothing injected
}

void tst_Template::renderJsonReportsInvalidJson()
{
    // Raw insertion into a JSON body is the author's risk; the damage is reported in words.
    const auto body = Template::compile(QStringLiteral(R"({"a": "{{{title}}}"})"),
                                        Template::Escape::JsonString, QStringLiteral("body"));
    QVERIFY2(body.ok(), qPrintable(body.error()));
    const QJsonObject event {{QStringLiteral("title"), QStringLiteral("x\"y")}};
    const auto document = body->renderJson(event, Template::MissingPolicy::Empty);
    QVERIFY(!document.ok());
    QCOMPARE(document.error(),
             QStringLiteral("body: the rendered JSON is not valid: unterminated object at "
                            "character 11"));

    // Offsets count characters of the rendered text, not UTF-8 bytes.
    const auto garbage = Template::compile(QStringLiteral("[\"{{x}}\", {{{y}}}]"),
                                           Template::Escape::JsonString, QStringLiteral("body"));
    QVERIFY2(garbage.ok(), qPrintable(garbage.error()));
    const auto result
        = garbage->renderJson(QJsonObject {{QStringLiteral("x"), QStringLiteral("契約")},
                                           {QStringLiteral("y"), QStringLiteral("oops")}},
                              Template::MissingPolicy::Empty);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(),
             QStringLiteral("body: the rendered JSON is not valid: illegal number at character 8"));
}

void tst_Template::sections_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::addRow("array of objects") << "{{#items}}{{sku}}x{{qty}};{{/items}}"
                                      << "A1x2;B7x1;";
    QTest::addRow("array of strings with dot") << "{{#tags}}<{{.}}>{{/tags}}"
                                               << "<red><blue>";
    QTest::addRow("numbers with dot") << "{{#numbers}}{{.}},{{/numbers}}"
                                      << "1,2.5,-3,";
    QTest::addRow("nested arrays") << "{{#matrix}}[{{#.}}{{.}}{{/.}}]{{/matrix}}"
                                   << "[12][3]";
    QTest::addRow("object section") << "{{#customer}}{{name}} <{{email}}>{{/customer}}"
                                    << "Ana <ana@example.com>";
    QTest::addRow("outer names seen inside") << "{{#items}}{{sku}}@{{shop}} {{/items}}"
                                             << "A1@north B7@north ";
    QTest::addRow("true") << "{{#urgent}}URGENT{{/urgent}}"
                          << "URGENT";
    QTest::addRow("false") << "{{#quiet}}x{{/quiet}}"
                           << "";
    QTest::addRow("empty array") << "{{#none}}x{{/none}}"
                                 << "";
    QTest::addRow("missing") << "{{#nothing}}x{{/nothing}}"
                             << "";
    QTest::addRow("null") << "{{#nil}}x{{/nil}}"
                          << "";
    QTest::addRow("empty string") << "{{#blank}}x{{/blank}}"
                                  << "";
    QTest::addRow("zero is a value") << "{{#zero}}[{{.}}]{{/zero}}"
                                     << "[0]";
    QTest::addRow("string enters once") << "{{#shop}}({{.}}){{/shop}}"
                                        << "(north)";
    QTest::addRow("inverted on missing") << "{{^nothing}}none{{/nothing}}"
                                         << "none";
    QTest::addRow("inverted on empty array") << "{{^none}}none{{/none}}"
                                             << "none";
    QTest::addRow("inverted on false") << "{{^quiet}}calm{{/quiet}}"
                                       << "calm";
    QTest::addRow("inverted on null") << "{{^nil}}nil{{/nil}}"
                                      << "nil";
    QTest::addRow("inverted on empty string") << "{{^blank}}blank{{/blank}}"
                                              << "blank";
    QTest::addRow("inverted on array") << "{{^items}}none{{/items}}"
                                       << "";
    QTest::addRow("inverted on true") << "{{^urgent}}calm{{/urgent}}"
                                      << "";
    QTest::addRow("dot inside inverted is the outer item")
        << "{{#tags}}{{^nothing}}{{.}}{{/nothing}}{{/tags}}"
        << "redblue";
    QTest::addRow("standalone section lines vanish")
        << "Items:\n{{#items}}\n- {{sku}}\n{{/items}}\nend"
        << "Items:\n- A1\n- B7\nend";
    QTest::addRow("comment") << "a{{! not shown }}b"
                             << "ab";
    QTest::addRow("delimiters") << "{{=<% %>=}}<% shop %> {{shop}} <%={{ }}=%>{{shop}}"
                                << "north {{shop}} north";
}

void tst_Template::sections()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const QJsonObject event = parse(R"({
        "items": [{"sku": "A1", "qty": 2}, {"sku": "B7", "qty": 1}],
        "tags": ["red", "blue"], "numbers": [1, 2.5, -3], "matrix": [[1, 2], [3]],
        "customer": {"name": "Ana", "email": "ana@example.com"}, "shop": "north",
        "urgent": true, "quiet": false, "none": [], "nil": null, "blank": "", "zero": 0})");
    QCOMPARE(render(source, event), expected);
}

void tst_Template::paths_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::addRow("dotted") << "{{contract.owner.name}}"
                            << "Dana";
    QTest::addRow("indexed") << "{{items.0.sku}}/{{items.1.sku}}"
                             << "A1/B7";
    QTest::addRow("index into array of arrays") << "{{matrix.1.0}}"
                                                << "3";
    QTest::addRow("index out of range") << "[{{items.2.sku}}]"
                                        << "[]";
    QTest::addRow("negative index") << "[{{items.-1.sku}}]"
                                    << "[]";
    QTest::addRow("not an index") << "[{{items.first}}]"
                                  << "[]";
    QTest::addRow("through a string") << "[{{contract.id.x}}]"
                                      << "[]";
    QTest::addRow("dotted inside a section") << "{{#contract}}{{owner.name}}{{/contract}}"
                                             << "Dana";
    QTest::addRow("dotted section") << "{{#contract.owner}}{{name}}{{/contract.owner}}"
                                    << "Dana";
    // Mustache: once the first name is found, the rest must follow from there.
    QTest::addRow("no fallback after the first name")
        << "{{#items}}[{{contract.id}}|{{owner.name}}]{{/items}}"
        << "[|][C-1|]";
    QTest::addRow("whole event as JSON") << "{{{contract.owner}}}"
                                         << R"({"name":"Dana"})";
    QTest::addRow("array as JSON") << "{{{matrix}}}"
                                   << "[[1,2],[3]]";
    QTest::addRow("spaces in tags") << "{{ contract.id }}{{{ contract.id }}}{{&  contract.id }}"
                                    << "C-1C-1C-1";
}

void tst_Template::paths()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const QJsonObject event = parse(R"({
        "contract": {"id": "C-1", "owner": {"name": "Dana"}},
        "items": [{"sku": "A1", "contract": {"note": "n"}}, {"sku": "B7"}],
        "matrix": [[1, 2], [3]]})");
    QCOMPARE(render(source, event), expected);
}

void tst_Template::formatsNumbersAndBools_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("integer") << QJsonValue(240000) << "240000";
    QTest::addRow("integral double") << QJsonValue(42.0) << "42";
    QTest::addRow("negative") << QJsonValue(-7) << "-7";
    QTest::addRow("zero") << QJsonValue(0) << "0";
    QTest::addRow("fraction") << QJsonValue(1.5) << "1.5";
    QTest::addRow("shortest") << QJsonValue(0.1) << "0.1";
    QTest::addRow("large integer") << QJsonValue(qint64(9007199254740991)) << "9007199254740991";
    QTest::addRow("too large for exact") << QJsonValue(1e21) << "1e+21";
    QTest::addRow("true") << QJsonValue(true) << "true";
    QTest::addRow("false") << QJsonValue(false) << "false";
    QTest::addRow("object") << QJsonValue(QJsonObject {{QStringLiteral("a"), 1}}) << "{\"a\":1}";
}

void tst_Template::formatsNumbersAndBools()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(render(QStringLiteral("{{{v}}}"), QJsonObject {{QStringLiteral("v"), value}}),
             expected);
}

void tst_Template::missingWithEmptyPolicy()
{
    const auto subject = Template::compile(
        QStringLiteral("{{customer.name}}|{{nil}}|{{{raw}}}|{{#items}}{{sku}}{{gone}};"
                       "{{/items}}|{{customer.name}}|{{#absent}}{{inside}}{{/absent}}"
                       "{{^absent}}ok{{/absent}}|{{ok}}"),
        Template::Escape::Plain, QStringLiteral("subject"));
    QVERIFY2(subject.ok(), qPrintable(subject.error()));
    const QJsonObject event = parse(R"({"nil": null, "ok": "yes",
        "items": [{"sku": "A"}, {"sku": "B", "gone": "here"}]})");
    const auto rendered = subject->render(event, Template::MissingPolicy::Empty);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error()));
    QCOMPARE(rendered->text, QStringLiteral("|||A;Bhere;||ok|yes"));
    // Each once, in order; sections over nothing are not missing values, and names in a
    // section that did not render were never asked for.
    QCOMPARE(rendered->missing,
             (QStringList {QStringLiteral("customer.name"), QStringLiteral("nil"),
                           QStringLiteral("raw"), QStringLiteral("gone")}));

    const auto full = subject->render(parse(R"({"customer": {"name": "Ana"}, "nil": 0,
        "raw": "<r>", "items": [], "ok": "yes"})"),
                                      Template::MissingPolicy::Empty);
    QVERIFY2(full.ok(), qPrintable(full.error()));
    QCOMPARE(full->text, QStringLiteral("Ana|0|<r>||Ana|ok|yes"));
    QVERIFY(full->missing.isEmpty());
}

void tst_Template::missingWithFailPolicy()
{
    const auto subject = Template::compile(QStringLiteral("Hello {{customer.name}}, {{ok}}"),
                                           Template::Escape::Html, QStringLiteral("subject"));
    QVERIFY2(subject.ok(), qPrintable(subject.error()));
    const auto failed = subject->render(parse(R"({"ok": "yes"})"), Template::MissingPolicy::Fail);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error(), QStringLiteral("subject: no value for {{customer.name}}"));

    const auto null = subject->render(parse(R"({"customer": {"name": null}, "ok": "yes"})"),
                                      Template::MissingPolicy::Fail);
    QVERIFY(!null.ok());
    QCOMPARE(null.error(), QStringLiteral("subject: no value for {{customer.name}}"));

    const auto fine = subject->render(parse(R"({"customer": {"name": "Ana"}, "ok": "yes"})"),
                                      Template::MissingPolicy::Fail);
    QVERIFY2(fine.ok(), qPrintable(fine.error()));
    QCOMPARE(fine->text, QStringLiteral("Hello Ana, yes"));

    // An optional part in a section is not a missing value.
    const auto optional = Template::compile(
        QStringLiteral("{{#phone}}SMS {{phone}}{{/phone}}{{^phone}}no phone{{/phone}}"),
        Template::Escape::Plain, QStringLiteral("sms"));
    QVERIFY2(optional.ok(), qPrintable(optional.error()));
    const auto withoutPhone = optional->render(QJsonObject {}, Template::MissingPolicy::Fail);
    QVERIFY2(withoutPhone.ok(), qPrintable(withoutPhone.error()));
    QCOMPARE(withoutPhone->text, QStringLiteral("no phone"));
}

void tst_Template::extraValuesWin()
{
    const QJsonObject event = parse(R"({"event": "contract.ready_for_review",
        "contract": {"id": "C-1", "title": "MSA"}, "role": "from the body"})");
    const QJsonObject extra {
        {QStringLiteral("event.id"), QStringLiteral("0192e3c4-0000-7000-8000-000000000001")},
        {QStringLiteral("event.source"), QStringLiteral("contract-review")},
        {QStringLiteral("contract.id"), QStringLiteral("from extra")},
        {QStringLiteral("role"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("legal")},
                      {QStringLiteral("members"),
                       QJsonArray {QStringLiteral("a@x"), QStringLiteral("b@x")}}}}};
    QCOMPARE(render(QStringLiteral("{{event}} {{event.id}} {{event.source}} {{contract.id}} "
                                   "{{contract.title}} {{role.name}} {{role.members.1}} "
                                   "{{#role.members}}<{{.}}>{{/role.members}}"),
                    event, Template::Escape::Plain, extra),
             QStringLiteral("contract.ready_for_review 0192e3c4-0000-7000-8000-000000000001 "
                            "contract-review from extra MSA legal b@x <a@x><b@x>"));
    // Inside a section too.
    QCOMPARE(render(QStringLiteral("{{#contract}}{{id}}/{{contract.id}}{{/contract}}"), event,
                    Template::Escape::Plain, extra),
             QStringLiteral("C-1/from extra"));
}

void tst_Template::preparedExtra()
{
    // Template::Extra, built once and rendered with many times, gives what the same values
    // as a QJsonObject give; text and JSON values replace each other, undefined removes.
    const QJsonObject event = parse(R"({"event": "contract.ready_for_review",
        "contract": {"id": "C-1"}, "role": "from the body", "n": 1})");
    Template::Extra extra;
    extra.insert(QStringLiteral("event.id"), QStringLiteral("E-1"));
    extra.insert(QStringLiteral("contract.id"), QJsonValue(QStringLiteral("json")));
    extra.insert(QStringLiteral("contract.id"), QStringLiteral("text wins"));
    extra.insert(QStringLiteral("role"),
                 QJsonObject {{QStringLiteral("members"), QJsonArray {QStringLiteral("a@x")}}});
    extra.insert(QStringLiteral("n"), 2);
    extra.insert(QStringLiteral("gone"), QStringLiteral("x"));
    extra.insert(QStringLiteral("gone"), QJsonValue(QJsonValue::Undefined));
    extra.insert(QStringLiteral("event.source"), QStringLiteral("first"));
    extra.insert(QStringLiteral("event.source"), QJsonValue(QStringLiteral("second")));
    const QJsonObject object {
        {QStringLiteral("event.id"), QStringLiteral("E-1")},
        {QStringLiteral("contract.id"), QStringLiteral("text wins")},
        {QStringLiteral("role"),
         QJsonObject {{QStringLiteral("members"), QJsonArray {QStringLiteral("a@x")}}}},
        {QStringLiteral("n"), 2},
        {QStringLiteral("event.source"), QStringLiteral("second")}};
    QCOMPARE(extra.toObject(), object);
    QCOMPARE(extra.entries().size(), 5);

    const auto tmpl = Template::compile(
        QStringLiteral("{{event}} {{event.id}} {{event.source}} {{contract.id}} {{role.members.0}} "
                       "{{#role.members}}<{{.}}>{{/role.members}} {{n}} {{gone}} {{event.id.x}}"
                       "{{#contract.id}}[{{.}}]{{/contract.id}}"),
        Template::Escape::Plain, QStringLiteral("t"));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const auto fromExtra = tmpl->render(event, Template::MissingPolicy::Empty, extra);
    const auto fromObject = tmpl->render(event, Template::MissingPolicy::Empty, object);
    QVERIFY(fromExtra.ok() && fromObject.ok());
    QCOMPARE(fromExtra->text,
             QStringLiteral("contract.ready_for_review E-1 second text wins a@x <a@x> 2  "
                            "[text wins]"));
    QCOMPARE(fromExtra->text, fromObject->text);
    QCOMPARE(fromExtra->missing,
             (QStringList {QStringLiteral("gone"), QStringLiteral("event.id.x")}));
    QCOMPARE(fromExtra->missing, fromObject->missing);

    // Only what a template can reach: the values whose first name part starts a variable.
    const auto eventOnly = Template::compile(QStringLiteral("{{#x}}{{event.id}}{{/x}}"),
                                             Template::Escape::Plain, QStringLiteral("t"));
    QVERIFY2(eventOnly.ok(), qPrintable(eventOnly.error()));
    QCOMPARE(extra.toObject(eventOnly.value()),
             (QJsonObject {{QStringLiteral("event.id"), QStringLiteral("E-1")},
                           {QStringLiteral("event.source"), QStringLiteral("second")}}));
    QCOMPARE(extra.toObject(Template()), QJsonObject());
}

void tst_Template::variables()
{
    const auto tmpl = Template::compile(
        QStringLiteral("{{a}} {{{b.c}}} {{& d}} {{#items}}{{.}}{{sku}}{{a}}{{/items}}"
                       "{{^e}}{{/e}}{{! comment }}{{=<% %>=}}<% f %>"),
        Template::Escape::Plain, QString());
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    QCOMPARE(tmpl->variables(),
             (QStringList {QStringLiteral("a"), QStringLiteral("b.c"), QStringLiteral("d"),
                           QStringLiteral("items"), QStringLiteral("sku"), QStringLiteral("e"),
                           QStringLiteral("f")}));
    QVERIFY(Template().variables().isEmpty());
}

void tst_Template::parseErrorsInWords_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("offset"); // where the place points, 0-based; the words count from 1

    const QString where = QStringLiteral("rule 'x', action 1, subject: ");
    QTest::addRow("unclosed tag") << "Dear {{name}} {{title"
                                  << where + "a tag opened at character 15 is never closed" << 14;
    QTest::addRow("unclosed triple")
        << "ab{{{name}}" << where + "a tag opened at character 3 is never closed" << 2;
    QTest::addRow("offset counts characters")
        << "契約 {{x" << where + "a tag opened at character 4 is never closed" << 3;
    QTest::addRow("unclosed section")
        << "{{#items}}{{#tags}}x{{/tags}}"
        << where + "the section {{#items}} opened at character 1 is never closed" << 0;
    QTest::addRow("unclosed inverted")
        << "ab{{^items}}x" << where + "the section {{^items}} opened at character 3 is never closed"
        << 2;
    QTest::addRow("mismatched close")
        << "{{#a}}x{{/b}}"
        << where + "{{/b}} at character 8 does not close {{#a}}, opened at character 1" << 7;
    QTest::addRow("close without open")
        << "x{{/a}}" << where + "{{/a}} at character 2 closes a section that is not open" << 1;
    QTest::addRow("empty tag") << "a{{ }}" << where + "the tag at character 2 has no name" << 1;
    QTest::addRow("empty section")
        << "a{{#}}{{/}}" << where + "the tag at character 2 has no name" << 1;
    QTest::addRow("bad delimiters")
        << "{{=<%=}}" << where + "the delimiter change at character 1 is not valid" << 0;
    QTest::addRow("digits in delimiters")
        << "x{{=1 2=}}" << where + "the delimiter change at character 2 is not valid" << 1;
    QTest::addRow("control character")
        << QStringLiteral("{{a\u0001b}}")
        << where + "the name of the tag at character 1 has a control character in it" << 0;
    QTest::addRow("partial") << "x {{> header}}"
                             << where
            + "{{> header}} at character 3 asks for a partial, and templates cannot include "
              "partials" << 2;
    QTest::addRow("custom delimiters unclosed")
        << "{{=<% %>=}} <% x" << where + "a tag opened at character 13 is never closed" << 12;
}

void tst_Template::parseErrorsInWords()
{
    QFETCH(QString, source);
    QFETCH(QString, error);
    QFETCH(int, offset);
    const auto tmpl = Template::compile(source, Template::Escape::Plain,
                                        QStringLiteral("rule 'x', action 1, subject"));
    QVERIFY(!tmpl.ok());
    QCOMPARE(tmpl.error(), error);
    QCOMPARE(tmpl.errorDetail().place.offset, offset);

    // Given a place, the error keeps it and adds the offset; the words name it the same way.
    const ErrorPlace subject = ErrorPlace::inRule({}, QStringLiteral("x"))
                                   .withAction(0)
                                   .withField(QStringLiteral("subject"));
    const auto placed = Template::compile(source, Template::Escape::Plain, subject);
    QVERIFY(!placed.ok());
    QCOMPARE(placed.errorDetail().place, subject.withOffset(offset));
    QCOMPARE(placed.error(), error);
    QCOMPARE(placed.errorDetail().text(Error::From::Field),
             error.mid(QStringLiteral("rule 'x', action 1, ").size()));
    QVERIFY(placed.errorDetail().kind == Error::Kind::Syntax
            || placed.errorDetail().kind == Error::Kind::Invalid);
}

void tst_Template::limits()
{
    // Source: 64 KiB of UTF-8 is the most.
    const QString atLimit(Template::maxSourceBytes, QLatin1Char('x'));
    QVERIFY(Template::compile(atLimit, Template::Escape::Plain, QStringLiteral("body")).ok());
    const auto tooLong = Template::compile(atLimit + QLatin1Char('x'), Template::Escape::Plain,
                                           QStringLiteral("body"));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error(),
             QStringLiteral("body: the template is longer than 64 KiB "
                            "(65537 bytes)"));
    const auto tooLongUtf8 = Template::compile(QString(Template::maxSourceBytes / 2, QChar(0xFC)),
                                               Template::Escape::Plain, QStringLiteral("body"));
    QVERIFY(tooLongUtf8.ok()); // 2 bytes each: exactly at the limit
    QVERIFY(!Template::compile(QString(Template::maxSourceBytes / 2 + 1, QChar(0xFC)),
                               Template::Escape::Plain, QStringLiteral("body"))
                 .ok());

    // Depth: 16 sections inside each other, not 17.
    const auto nested = [](int depth) {
        QString source;
        for (int i = 0; i < depth; ++i)
            source += QStringLiteral("{{#s%1}}").arg(i);
        for (int i = depth - 1; i >= 0; --i)
            source += QStringLiteral("{{/s%1}}").arg(i);
        return source;
    };
    QVERIFY(Template::compile(nested(Template::maxDepth), Template::Escape::Plain, QString()).ok());
    const auto tooDeep
        = Template::compile(nested(Template::maxDepth + 1), Template::Escape::Plain, QString());
    QVERIFY(!tooDeep.ok());
    QCOMPARE(tooDeep.error(),
             QStringLiteral("sections are nested deeper than 16 at character 119"));
    QCOMPARE(tooDeep.errorDetail().kind, Error::Kind::Limit);
    QCOMPARE(tooDeep.errorDetail().place.offset, 118);

    // Output: 1 MiB of UTF-8, counted after escaping.
    QJsonArray items;
    for (int i = 0; i < 1024; ++i)
        items.append(i);
    const QJsonObject event {{QStringLiteral("items"), items},
                             {QStringLiteral("kib"), QString(1023, QLatin1Char('x'))},
                             {QStringLiteral("quotes"), QString(512, QLatin1Char('"'))}};
    const auto exact = Template::compile(QStringLiteral("{{#items}}{{kib}}.{{/items}}"),
                                         Template::Escape::JsonString, QStringLiteral("body"));
    QVERIFY2(exact.ok(), qPrintable(exact.error()));
    const auto atOutputLimit = exact->render(event, Template::MissingPolicy::Fail);
    QVERIFY2(atOutputLimit.ok(), qPrintable(atOutputLimit.error()));
    QCOMPARE(atOutputLimit->text.size(), Template::maxOutputBytes);
    const auto oneMore = Template::compile(QStringLiteral("{{#items}}{{kib}}.{{/items}}!"),
                                           Template::Escape::JsonString, QStringLiteral("body"));
    QVERIFY2(oneMore.ok(), qPrintable(oneMore.error()));
    const auto overOutputLimit = oneMore->render(event, Template::MissingPolicy::Fail);
    QVERIFY(!overOutputLimit.ok());
    QCOMPARE(overOutputLimit.error(),
             QStringLiteral("body: the output would be longer than 1 MiB"));
    // 512 quotes become 1024 bytes once escaped.
    const auto escapedGrowth = Template::compile(QStringLiteral("{{#items}}{{quotes}}{{/items}}"),
                                                 Template::Escape::JsonString, QStringLiteral("b"));
    QVERIFY2(escapedGrowth.ok(), qPrintable(escapedGrowth.error()));
    QVERIFY(escapedGrowth->render(event, Template::MissingPolicy::Fail).ok());
    const auto escapedOver = Template::compile(QStringLiteral("{{#items}}{{quotes}}{{/items}}."),
                                               Template::Escape::JsonString, QStringLiteral("b"));
    QVERIFY2(escapedOver.ok(), qPrintable(escapedOver.error()));
    QCOMPARE(escapedOver->render(event, Template::MissingPolicy::Fail).error(),
             QStringLiteral("b: the output would be longer than 1 MiB"));
    // Static text repeated by a section counts as well, even without newlines.
    const auto textOver = Template::compile(
        QStringLiteral("{{#items}}%1{{/items}}.").arg(QString(1024, QLatin1Char('y'))),
        Template::Escape::Plain, QStringLiteral("b"));
    QVERIFY2(textOver.ok(), qPrintable(textOver.error()));
    QCOMPARE(textOver->render(event, Template::MissingPolicy::Fail).error(),
             QStringLiteral("b: the output would be longer than 1 MiB"));

    // Work: nested sections over an array multiply; empty bodies still cost steps.
    const auto cubic = Template::compile(
        QStringLiteral("{{#items}}{{#items}}{{#items}}{{/items}}{{/items}}{{/items}}"),
        Template::Escape::Plain, QStringLiteral("b"));
    QVERIFY2(cubic.ok(), qPrintable(cubic.error()));
    const auto slow = cubic->render(event, Template::MissingPolicy::Fail);
    QVERIFY(!slow.ok());
    QCOMPARE(slow.error(), QStringLiteral("b: rendering would take more than 1000000 steps"));
    QJsonArray few;
    for (int i = 0; i < 50; ++i)
        few.append(i);
    QVERIFY(
        cubic->render(QJsonObject {{QStringLiteral("items"), few}}, Template::MissingPolicy::Fail)
            .ok());
}

void tst_Template::limitsCountUtf8()
{
    // The output limit counts UTF-8 bytes: 2 for ü, 4 for 😀, escapes included.
    QJsonArray items;
    for (int i = 0; i < 1024; ++i)
        items.append(i);
    const QJsonObject event {
        {QStringLiteral("items"), items},
        {QStringLiteral("two"), QString(QString(511, QChar(0xFC)) + QLatin1Char('x'))}, // 1023 B
        {QStringLiteral("four"),
         QString(QStringLiteral("😀").repeated(255) + QStringLiteral("xxx"))},
        {QStringLiteral("mixed"),
         QString(QStringLiteral("😀").repeated(254) + QStringLiteral("<ü"))}};
    const auto renderOf = [&event](const QString &source, Template::Escape escape) {
        const auto tmpl = Template::compile(source, escape, QStringLiteral("b"));
        return tmpl ? tmpl->render(event, Template::MissingPolicy::Fail)
                    : Result<Template::Rendered>::failure(tmpl.errorDetail());
    };
    for (const char *name : {"two", "four"}) {
        const auto exact = renderOf(QStringLiteral("{{#items}}{{%1}}.{{/items}}").arg(name),
                                    Template::Escape::Plain);
        QVERIFY2(exact.ok(), qPrintable(exact.error()));
        QCOMPARE(exact->text.toUtf8().size(), Template::maxOutputBytes);
        QCOMPARE(renderOf(QStringLiteral("{{#items}}{{%1}}.{{/items}}!").arg(name),
                          Template::Escape::Plain)
                     .error(),
                 QStringLiteral("b: the output would be longer than 1 MiB"));
    }
    // "<" becomes "&lt;" (4 bytes) in HTML: 254 × 4 + 4 + 2 = 1022 bytes, and a dot each.
    const auto html
        = renderOf(QStringLiteral("{{#items}}{{mixed}}..{{/items}}"), Template::Escape::Html);
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QCOMPARE(html->text.toUtf8().size(), Template::maxOutputBytes);
    QCOMPARE(renderOf(QStringLiteral("{{#items}}{{mixed}}..{{/items}}."), Template::Escape::Html)
                 .error(),
             QStringLiteral("b: the output would be longer than 1 MiB"));
    // Raw values are not escaped and count as they are: 1019 bytes.
    const auto raw
        = renderOf(QStringLiteral("{{#items}}{{{mixed}}}.....{{/items}}"), Template::Escape::Html);
    QVERIFY2(raw.ok(), qPrintable(raw.error()));
    QCOMPARE(raw->text.toUtf8().size(), Template::maxOutputBytes);
    // In a URL every byte of ü and 😀 is %XX: 254 × 12 + 3 + 6 = 3057 bytes.
    const auto url
        = renderOf(QStringLiteral("{{#items}}{{mixed}}{{/items}}"), Template::Escape::Url);
    QCOMPARE(url.error(), QStringLiteral("b: the output would be longer than 1 MiB"));
    QJsonArray few;
    for (int i = 0; i < 343; ++i)
        few.append(i);
    const auto fits
        = Template::compile(QStringLiteral("{{#items}}{{mixed}}{{/items}}"), Template::Escape::Url,
                            QStringLiteral("b"))
              ->render(QJsonObject {{QStringLiteral("items"), few},
                                    {QStringLiteral("mixed"), event.value(QLatin1String("mixed"))}},
                       Template::MissingPolicy::Fail);
    QVERIFY2(fits.ok(), qPrintable(fits.error()));
    QCOMPARE(fits->text.size(), 343 * 3057);
}

void tst_Template::loneSurrogates()
{
    // A surrogate without its pair cannot be UTF-8: it comes out as UTF-8 makes it, in text
    // and in escapes alike, and a pair stays a pair.
    const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00)
        + QStringLiteral("😀") + QChar(0xDBFF);
    const QString asUtf8 = QString::fromUtf8(lone.toUtf8());
    QVERIFY(asUtf8 != lone);
    const QJsonObject event {{QStringLiteral("v"), lone}};
    QCOMPARE(render(QStringLiteral("[{{v}}|{{{v}}}]"), event),
             QStringLiteral("[%1|%1]").arg(asUtf8));
    QCOMPARE(render(QStringLiteral("{{v}}"), event, Template::Escape::Html), asUtf8);
    QCOMPARE(render(QStringLiteral("{{v}}"), event, Template::Escape::JsonString), asUtf8);
    QCOMPARE(render(QStringLiteral("{{v}}"), event, Template::Escape::Url),
             QString::fromLatin1(asUtf8.toUtf8().toPercentEncoding()));
    // In the template's own text as well.
    QCOMPARE(render(lone + QStringLiteral("{{v}}"), QJsonObject {{QStringLiteral("v"), 1}}),
             asUtf8 + QLatin1Char('1'));
}

void tst_Template::partialsReadNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secretPath = dir.filePath(QStringLiteral("secret.mustache"));
    QFile secret(secretPath);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP SECRET");
    secret.close();
    QVERIFY(QDir::setCurrent(dir.path()));

    const QJsonObject event {{QStringLiteral("secret"), QStringLiteral("{{token}}")},
                             {QStringLiteral("token"), QStringLiteral("TOKEN")}};
    for (const QString &name :
         {QStringLiteral("secret"), QStringLiteral("secret.mustache"), secretPath}) {
        const auto tmpl = Template::compile(QStringLiteral("a{{> %1}}b").arg(name),
                                            Template::Escape::Plain, QStringLiteral("body"));
        QVERIFY(!tmpl.ok());
        QCOMPARE(tmpl.error(),
                 QStringLiteral("body: {{> %1}} at character 2 asks for a partial, and templates "
                                "cannot include partials")
                     .arg(name));
    }
}

void tst_Template::valuesAreNotTemplates()
{
    // A value that looks like a template stays text: events cannot reach other fields.
    const QJsonObject event {{QStringLiteral("title"), QStringLiteral("{{token}} {{> secret}}")},
                             {QStringLiteral("token"), QStringLiteral("TOKEN")}};
    QCOMPARE(render(QStringLiteral("{{title}}|{{{title}}}"), event),
             QStringLiteral("{{token}} {{> secret}}|{{token}} {{> secret}}"));
    // Neither do section values from the event.
    const QJsonObject lambdaLike {{QStringLiteral("s"), QStringLiteral("{{token}}")},
                                  {QStringLiteral("token"), QStringLiteral("TOKEN")}};
    QCOMPARE(render(QStringLiteral("{{#s}}[{{.}}]{{/s}}"), lambdaLike),
             QStringLiteral("[{{token}}]"));
}

void tst_Template::samplePayloads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<Template::Escape>("escape");
    QTest::addColumn<QString>("expected");

    using E = Template::Escape;
    QTest::addRow("contract ready: email subject")
        << "01-contract-ready.json"
        << "Legal review: {{contract.title}} ({{contract.id}}), {{contract.value.amount}} "
           "{{contract.value.currency}}, owner {{contract.owner.name}}"
        << E::Plain
        << QStringLiteral("Legal review: Master services agreement — Northwind Traders "
                          "(CTR-2026-0418), 240000 EUR, owner Dana Whitfield");
    QTest::addRow("approval overdue: SMS to the manager")
        << "04-approval-overdue.json"
        << "{{approval.approver.manager.name}}: {{approval.subject}} by "
           "{{approval.approver.name}} is overdue. Acknowledge within "
           "{{acknowledge_within_minutes}} min."
        << E::Plain
        << QStringLiteral("Priya Raman: Purchase order PO-88120 (EUR 18,400) by Marcus Lee is "
                          "overdue. Acknowledge within 60 min.");
    QTest::addRow("supplier document expired: roles in HTML")
        << "07-supplier-document-expired.json"
        << "<p>{{supplier.name}}: {{document.number}} expired on {{document.expired_on}}</p>"
           "<ul>{{#document.owner_roles}}<li>{{.}}</li>{{/document.owner_roles}}</ul>"
        << E::Html
        << QStringLiteral("<p>Acme Industrial Supplies: INS-2025-7781 expired on 2026-11-19</p>"
                          "<ul><li>procurement</li><li>legal</li><li>finance</li></ul>");
    QTest::addRow("job failed: URL")
        << "02-opentext-job-failed.json"
        << "https://desk.example/new?q={{job.error.message}}&job={{job.job_id}}" << E::Url
        << QStringLiteral("https://desk.example/new?q=Mailbox%20unavailable%3A%20550%205.1.1%20"
                          "user%20unknown&job=xsi-100384112");
}

void tst_Template::samplePayloads()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(Template::Escape, escape);
    QFETCH(QString, expected);
    QFile sample(QStringLiteral(OTBRIDGE_SAMPLES_DIR "/") + file);
    QVERIFY2(sample.open(QIODevice::ReadOnly), qPrintable(sample.errorString()));
    const QJsonObject event = QJsonDocument::fromJson(sample.readAll()).object();
    QVERIFY(!event.isEmpty());
    const auto tmpl = Template::compile(source, escape, QStringLiteral("sample"));
    QVERIFY2(tmpl.ok(), qPrintable(tmpl.error()));
    const auto rendered = tmpl->render(event, Template::MissingPolicy::Fail);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error()));
    QCOMPARE(rendered->text, expected);
}

QTEST_GUILESS_MAIN(tst_Template)
#include "tst_template.moc"
