// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncorpus.h"
#include "json/jsonreader.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace OtBridge;
using Error = JsonReader::Error;
using Type = JsonReader::Type;

namespace {

// CBOR's notation tells an integer from a double, which QJsonValue's == does not.
QString described(const QJsonValue &value)
{
    return QCborValue::fromJsonValue(value).toDiagnosticNotation();
}

// What QJsonDocument makes of the document, or a null string when it refuses it.
QString throughQt(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString();
    return document.isObject() ? described(document.object()) : described(document.array());
}

// What the reader makes of the whole document, or a null string when it refuses it.
QString throughReader(const QByteArray &json)
{
    JsonReader reader(json);
    const QJsonValue value = reader.readValue();
    if (!reader.atEnd())
        return QString();
    return described(value);
}

bool skips(const QByteArray &json)
{
    JsonReader reader(json);
    reader.skipValue();
    return reader.atEnd();
}

struct Refusal
{
    Error error = Error::None;
    qsizetype offset = -1;
};

Refusal refusalOf(const QByteArray &json)
{
    JsonReader reader(json);
    reader.readValue();
    reader.atEnd();
    return {reader.error(), reader.errorOffset()};
}

// Every JSON document the project ships.
QList<QByteArray> shippedDocuments()
{
    return JsonCorpus::shippedDocuments(QStringLiteral(OTBRIDGE_SOURCE_DIR));
}

} // namespace

// The pull reader of core/json/jsonreader.h: walked by hand, compared with QJsonDocument on
// valid documents (the same values, integers and doubles told apart), refusing what it must
// with the error and offset it names, and never accepting what QJsonDocument refuses.
class tst_JsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walk();
    void keysAndStrings_data();
    void keysAndStrings();
    void numbers_data();
    void numbers();
    void sameAsQt_data();
    void sameAsQt();
    void refused_data();
    void refused();
    void wrongType();
    void firstErrorStays();
    void depthLimit();
    void shippedDocuments();
    void neverAcceptsWhatQtRefuses();
};

void tst_JsonReader::walk()
{
    const QByteArray json = R"( {"id":"a-1", "n":-12, "ok":true, "no":false, "none":null,)"
                            R"( "list":["x",{"deep":[1]}], "empty":{} , "after":"z"} )";
    JsonReader reader(json);
    QCOMPARE(reader.peek(), Type::Object);
    QVERIFY(reader.beginObject());
    QStringList seen;
    while (reader.nextMember()) {
        const QByteArrayView key = reader.key();
        seen.append(QString::fromUtf8(key));
        if (key == "id") {
            QCOMPARE(reader.peek(), Type::String);
            QString text;
            QVERIFY(reader.readString(&text));
            QCOMPARE(text, QStringLiteral("a-1"));
        } else if (key == "n") {
            QCOMPARE(reader.peek(), Type::Number);
            QJsonValue number;
            QVERIFY(reader.readNumber(&number));
            QCOMPARE(number.toInteger(), -12);
        } else if (key == "ok" || key == "no") {
            QCOMPARE(reader.peek(), Type::Bool);
            bool flag = key == "no";
            QVERIFY(reader.readBool(&flag));
            QCOMPARE(flag, key == "ok");
        } else if (key == "none") {
            QCOMPARE(reader.peek(), Type::Null);
            QVERIFY(reader.readNull());
        } else if (key == "list") {
            QCOMPARE(reader.peek(), Type::Array);
            QVERIFY(reader.beginArray());
            QVERIFY(reader.nextElement());
            QByteArrayView utf8;
            bool escaped = true;
            QVERIFY(reader.readUtf8(&utf8, &escaped));
            QCOMPARE(utf8, "x");
            QVERIFY(!escaped);
            QVERIFY(reader.nextElement());
            QCOMPARE(reader.peek(), Type::Object);
            QByteArrayView raw;
            QVERIFY(reader.skipValue(&raw));
            QCOMPARE(raw, R"({"deep":[1]})");
            QVERIFY(!reader.nextElement());
            QVERIFY(!reader.hasError());
        } else {
            QVERIFY(reader.skipValue());
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(seen, (QStringList {"id", "n", "ok", "no", "none", "list", "empty", "after"}));
    QVERIFY(!reader.keyHadEscapes());
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.error(), Error::None);
    QVERIFY(reader.errorString().isEmpty());
}

void tst_JsonReader::keysAndStrings_data()
{
    QTest::addColumn<QByteArray>("json"); // {"<key>":"<value>"}, key and value the same
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("escaped");

    QTest::newRow("plain") << QByteArray("plain") << QStringLiteral("plain") << false;
    QTest::newRow("empty") << QByteArray() << QString() << false;
    QTest::newRow("UTF-8") << QByteArray("\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80")
                           << QStringLiteral("é € 😀") << false;
    QTest::newRow("edges of UTF-8")
        << QByteArray("\x7f \xc2\x80 \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 "
                      "\xef\xbf\xbf \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf")
        << QString::fromUtf8("\x7f \xc2\x80 \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 "
                             "\xef\xbf\xbf \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf")
        << false;
    QTest::newRow("short escapes") << QByteArray(R"(\" \\ \/ \b \f \n \r \t)")
                                   << QStringLiteral("\" \\ / \b \f \n \r \t") << true;
    QTest::newRow("\\u escapes") << QByteArray(R"(\u0041\u00e9\u20AC\uFFFF\u007f)")
                                 << QStringLiteral("Aé€\uffff\u007f") << true;
    QTest::newRow("NUL") << QByteArray(R"(a\u0000b)") << QStringView(u"a\0b", 3).toString() << true;
    QTest::newRow("surrogate pair")
        << QByteArray(R"(\uD83D\uDE00 \udbff\udfff)") << QStringLiteral("😀 \U0010FFFF") << true;
    QTest::newRow("escapes among UTF-8")
        << QByteArray("\xc3\xa9\\n\xe2\x82\xac\\u00e9") << QStringLiteral("é\n€é") << true;
}

void tst_JsonReader::keysAndStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QFETCH(bool, escaped);

    const QByteArray document = "{\"" + json + "\":\"" + json + "\"}";
    JsonReader reader(document);
    QVERIFY(reader.beginObject());
    QVERIFY(reader.nextMember());
    const QByteArray key = reader.key().toByteArray();
    QCOMPARE(QString::fromUtf8(key), text);
    QByteArrayView utf8;
    bool hadEscapes = !escaped;
    QCOMPARE(reader.keyHadEscapes(), escaped);
    QVERIFY(reader.readUtf8(&utf8, &hadEscapes));
    QCOMPARE(hadEscapes, escaped);
    QCOMPARE(QString::fromUtf8(utf8), text);
    // The key's bytes are its own: reading the value left them as they were.
    QCOMPARE(reader.key(), key);
    QVERIFY(!reader.nextMember());
    QVERIFY(reader.atEnd());
    QCOMPARE(throughReader(document), throughQt(document));
}

void tst_JsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("number");
    for (const char *number : {"0",
                               "-0",
                               "1",
                               "-1",
                               "7",
                               "123456789012345678",
                               "-123456789012345678",
                               "999999999999999999",
                               "9223372036854775807",
                               "-9223372036854775808",
                               "9223372036854775808",
                               "-9223372036854775809",
                               "18446744073709551616",
                               "123456789012345678901234567890",
                               "0.0",
                               "-0.0",
                               "1.0",
                               "1.5",
                               "-1.5",
                               "0.1",
                               "1e2",
                               "1E2",
                               "1e+2",
                               "1e-2",
                               "-12e-1",
                               "2.5e0",
                               "1e18",
                               "1e19",
                               "9.2233720368547758e18",
                               "9007199254740993",
                               "9007199254740993.0",
                               "0.30000000000000004",
                               "1e308",
                               "-1e308",
                               "1.7976931348623157e308",
                               "2.2250738585072014e-308",
                               "4.9e-324",
                               "1e-300",
                               "0.000000000000000000000000000001",
                               "1e100",
                               "3e9",
                               "-2147483649",
                               "2147483648",
                               "12345678901234567890.12",
                               "1.000000000000000000001"}) {
        QTest::newRow(number) << QByteArray(number);
    }
}

// The same value as QJsonDocument keeps: integer or double, and the same bits.
void tst_JsonReader::numbers()
{
    QFETCH(QByteArray, number);
    const QByteArray json = '[' + number + ']';
    const QString expected = throughQt(json);
    QVERIFY(!expected.isNull());
    QCOMPARE(throughReader(json), expected);

    const QJsonValue qt = QJsonDocument::fromJson(json).array().at(0);
    JsonReader reader(number);
    QJsonValue value;
    QVERIFY(reader.readNumber(&value));
    QVERIFY(reader.atEnd());
    QCOMPARE(value.toVariant().typeId(), qt.toVariant().typeId());
    const double a = value.toDouble();
    const double b = qt.toDouble();
    QCOMPARE(memcmp(&a, &b, sizeof a), 0);
    QCOMPARE(value.toInteger(), qt.toInteger());
    QCOMPARE(value.toInt(), qt.toInt());
}

void tst_JsonReader::sameAsQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("whitespace around") << QByteArray(" \t\r\n{ } \n");
    QTest::newRow("every type") << QByteArray(
        R"({"s":"x","n":-12.5e+3,"i":42,"t":true,"f":false,"z":null,"a":[1,"2",[3]],)"
        R"("o":{"p":{"q":[[],{}]}}})");
    QTest::newRow("duplicate keys, the last wins") << QByteArray(R"({"a":1,"b":2,"a":3})");
    QTest::newRow("duplicate keys, nested") << QByteArray(R"({"a":{"x":1},"a":{"y":[2,2]}})");
    QTest::newRow("duplicate escaped keys") << QByteArray(R"({"a":1,"\u0061":2})");
    QTest::newRow("empty key") << QByteArray(R"({"":1,"":2})");
    QTest::newRow("keys beyond ASCII") << QByteArray("{\"\xc3\xa9\":1,\"z\":2,\"\\u00e9\":3,"
                                                     "\"\xf0\x9f\x98\x80\":4,\"\xee\x80\x80\":5}");
    QTest::newRow("array of arrays") << QByteArray("[[[[[[[[[[1]]]]]]]]]]");
    QTest::newRow("spaces everywhere") << QByteArray(" [ 1 , { \"a\" : [ ] } , \"b\" ] ");
}

void tst_JsonReader::sameAsQt()
{
    QFETCH(QByteArray, json);
    const QString expected = throughQt(json);
    QVERIFY(!expected.isNull());
    QCOMPARE(throughReader(json), expected);
    QVERIFY(skips(json));
}

void tst_JsonReader::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Error>("error");
    QTest::addColumn<qsizetype>("offset");
    // Whether QJsonDocument accepts it: the reader is stricter on the corners of JSON.
    QTest::addColumn<bool>("qtAccepts");

    const auto add = [](const char *name, const QByteArray &json, Error error, qsizetype offset,
                        bool qtAccepts) {
        QTest::newRow(name) << json << error << offset << qtAccepts;
    };
    add("empty", "", Error::UnexpectedEnd, 0, false);
    add("spaces", "  ", Error::UnexpectedEnd, 2, false);
    add("word", "nope", Error::UnexpectedCharacter, 1, false);
    add("garbage after", "{}x", Error::GarbageAtEnd, 2, false);
    add("two documents", "{} {}", Error::GarbageAtEnd, 3, false);
    add("unterminated object", R"({"a":1)", Error::UnexpectedEnd, 6, false);
    add("unterminated array", "[1,2", Error::UnexpectedEnd, 4, false);
    add("unterminated string", R"(["abc)", Error::UnexpectedEnd, 5, false);
    add("unterminated key", R"({"ab)", Error::UnexpectedEnd, 4, false);
    add("trailing comma in an array", "[1,]", Error::UnexpectedCharacter, 3, false);
    add("trailing comma in an object", R"({"a":1,})", Error::UnexpectedCharacter, 7, false);
    add("leading comma", "[,1]", Error::UnexpectedCharacter, 1, false);
    add("missing comma", "[1 2]", Error::UnexpectedCharacter, 3, false);
    add("missing colon", R"({"a" 1})", Error::UnexpectedCharacter, 5, false);
    add("missing value", R"({"a":})", Error::UnexpectedCharacter, 5, false);
    add("unquoted key", "{a:1}", Error::UnexpectedCharacter, 1, false);
    add("number as key", "{1:1}", Error::UnexpectedCharacter, 1, false);
    add("mismatched brackets", "[1}", Error::UnexpectedCharacter, 2, false);
    add("mismatched brackets, object", R"({"a":1])", Error::UnexpectedCharacter, 6, false);
    add("leading zero", "[01]", Error::UnexpectedCharacter, 2, false);
    add("lone minus", "[-]", Error::UnexpectedCharacter, 2, false);
    add("minus at the end", "[-", Error::UnexpectedEnd, 2, false);
    add("empty exponent", "[1e]", Error::UnexpectedCharacter, 3, false);
    add("exponent sign only", "[1e+]", Error::UnexpectedCharacter, 4, false);
    add("point without digits", "[1.]", Error::UnexpectedCharacter, 3, true);
    add("digits without a leading zero", "[.5]", Error::UnexpectedCharacter, 1, true);
    add("plus sign", "[+1]", Error::UnexpectedCharacter, 1, false);
    add("overflowing exponent", "[1e999]", Error::NumberOutOfRange, 1, false);
    add("underflowing exponent", "[1e-400]", Error::NumberOutOfRange, 1, false);
    add("overflowing digits", '[' + QByteArray(400, '9') + ']', Error::NumberOutOfRange, 1, false);
    add("truthy", "[tru]", Error::UnexpectedCharacter, 4, false);
    add("true cut", "[tr", Error::UnexpectedEnd, 3, false);
    add("nul", "[nul]", Error::UnexpectedCharacter, 4, false);
    add("unknown escape", R"(["\x"])", Error::InvalidEscape, 2, true);
    add("bad escape hex", R"(["\u12G4"])", Error::InvalidEscape, 2, false);
    add("truncated escape", R"(["\u12"])", Error::InvalidEscape, 2, false);
    add("escape at the end", R"(["\u12)", Error::UnexpectedEnd, 6, false);
    add("backslash at the end", R"(["\)", Error::UnexpectedEnd, 2, false);
    add("lone high surrogate", R"(["\ud800"])", Error::InvalidEscape, 2, true);
    add("lone high surrogate at the end", R"(["\ud800)", Error::UnexpectedEnd, 8, false);
    add("lone low surrogate", R"(["\udc00"])", Error::InvalidEscape, 2, true);
    add("high surrogate before a non-surrogate", R"(["\ud800\u0041"])", Error::InvalidEscape, 2,
        true);
    add("high surrogate before another escape", R"(["\ud800\n"])", Error::InvalidEscape, 2, true);
    add("control character", "[\"\x01\"]", Error::ControlCharacter, 2, true);
    add("raw newline", "[\"a\nb\"]", Error::ControlCharacter, 3, true);
    add("byte order mark", "\xef\xbb\xbf{}", Error::UnexpectedCharacter, 0, true);
    add("overlong UTF-8", "[\"\xc0\x80\"]", Error::InvalidUtf8, 2, false);
    add("overlong three bytes", "[\"\xe0\x9f\xbf\"]", Error::InvalidUtf8, 2, false);
    add("encoded surrogate", "[\"\xed\xa0\x80\"]", Error::InvalidUtf8, 2, false);
    add("beyond U+10FFFF", "[\"\xf4\x90\x80\x80\"]", Error::InvalidUtf8, 2, false);
    add("lead byte F5", "[\"\xf5\x80\x80\x80\"]", Error::InvalidUtf8, 2, false);
    add("cut UTF-8", "[\"\xe2\x82\"]", Error::InvalidUtf8, 2, false);
    add("UTF-8 cut by the end", "[\"\xe2\x82", Error::InvalidUtf8, 2, false);
    add("stray continuation", "[\"\x80\"]", Error::InvalidUtf8, 2, false);
    add("Latin-1", "[\"caf\xe9\"]", Error::InvalidUtf8, 5, false);
    add("invalid UTF-8 in a key", "{\"\xff\":1}", Error::InvalidUtf8, 2, false);
    add("NUL byte after", QByteArray("{}\0", 3), Error::GarbageAtEnd, 2, false);
    add("too deep", QByteArray(JsonReader::maxDepth + 1, '['), Error::TooDeep, JsonReader::maxDepth,
        false);
    add("too deep for Qt too", QByteArray(1100, '[') + QByteArray(1100, ']'), Error::TooDeep,
        JsonReader::maxDepth, false);
}

void tst_JsonReader::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(Error, error);
    QFETCH(qsizetype, offset);
    QFETCH(bool, qtAccepts);

    const Refusal refusal = refusalOf(json);
    QCOMPARE(refusal.error, error);
    QCOMPARE(refusal.offset, offset);
    QVERIFY(!skips(json));
    QCOMPARE(!throughQt(json).isNull(), qtAccepts);

    JsonReader reader(json);
    reader.readValue();
    reader.atEnd();
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().endsWith(QStringLiteral(" at offset %1").arg(offset)));
}

void tst_JsonReader::wrongType()
{
    JsonReader reader(R"({"a":12})");
    QVERIFY(reader.beginObject());
    QVERIFY(reader.nextMember());
    QString text;
    QVERIFY(!reader.readString(&text));
    QCOMPARE(reader.error(), Error::WrongType);
    QCOMPARE(reader.errorOffset(), 5);

    JsonReader array("[]");
    QVERIFY(!array.beginObject());
    QCOMPARE(array.error(), Error::WrongType);
    QCOMPARE(array.errorOffset(), 0);
}

void tst_JsonReader::firstErrorStays()
{
    JsonReader reader(R"({"a":[1,,2], "b":"\x"})");
    QVERIFY(reader.beginObject());
    QVERIFY(reader.nextMember());
    QVERIFY(!reader.skipValue());
    QCOMPARE(reader.error(), Error::UnexpectedCharacter);
    QCOMPARE(reader.errorOffset(), 8);
    // Every later call fails, and the error is still the first one.
    QVERIFY(!reader.nextMember());
    QCOMPARE(reader.peek(), Type::Invalid);
    QVERIFY(reader.readValue().isUndefined());
    QVERIFY(!reader.atEnd());
    QCOMPARE(reader.error(), Error::UnexpectedCharacter);
    QCOMPARE(reader.errorOffset(), 8);
    QVERIFY(reader.key().isEmpty());
}

void tst_JsonReader::depthLimit()
{
    const int limit = JsonReader::maxDepth;
    const QByteArray deepest = QByteArray(limit, '[') + QByteArray(limit, ']');
    QCOMPARE(throughReader(deepest), throughQt(deepest));
    QVERIFY(skips(deepest));

    QByteArray objects;
    for (int i = 0; i < limit; ++i)
        objects += R"({"a":)";
    objects += "1" + QByteArray(limit, '}');
    QCOMPARE(throughReader(objects), throughQt(objects));
    const QByteArray deeper = R"({"a":)" + objects + "}";
    QCOMPARE(refusalOf(deeper).error, Error::TooDeep);
    QVERIFY(!skips(deeper));

    // Far deeper than any stack would take if the reader recursed without a limit.
    const QByteArray abyss = QByteArray(10'000'000, '[');
    QCOMPARE(refusalOf(abyss).error, Error::TooDeep);
    QVERIFY(!skips(abyss));
}

void tst_JsonReader::shippedDocuments()
{
    const QList<QByteArray> documents = ::shippedDocuments();
    QVERIFY2(documents.size() >= 20, qPrintable(QString::number(documents.size())));
    int compared = 0;
    for (const QByteArray &document : documents) {
        const QString expected = throughQt(document);
        if (expected.isNull())
            continue; // a fixture of a bad document
        QCOMPARE(throughReader(document), expected);
        QVERIFY(skips(document));
        ++compared;
    }
    QVERIFY(compared >= 20);
}

// Prefixes and random mutations of every shipped document: what the reader accepts, Qt
// accepts with the same value; and skipping a document accepts what reading it accepts.
void tst_JsonReader::neverAcceptsWhatQtRefuses()
{
    QRandomGenerator random(20261207); // fixed: a failure is the same on every run
    static const char interesting[] = "{}[],:\"\\/-+.eE0123456789tfnu \t\n\x01\x7f\xc0\xc3\xe2\xed"
                                      "\xef\xf0\xf4\x80\xa0\xbf";
    qsizetype checked = 0;
    qsizetype accepted = 0;
    qsizetype refusedByQt = 0;
    const auto compare = [&](const QByteArray &candidate) {
        ++checked;
        const QString reader = throughReader(candidate);
        const QString qt = throughQt(candidate);
        if (qt.isNull())
            ++refusedByQt;
        if (skips(candidate) != !reader.isNull()) {
            qWarning("skipping and reading differ: %s", candidate.toPercentEncoding().constData());
            return false;
        }
        if (reader.isNull())
            return true;
        ++accepted;
        if (reader == qt)
            return true;
        qWarning("%s: the reader has %s, Qt %s", candidate.toPercentEncoding().constData(),
                 qPrintable(reader), qt.isNull() ? "refuses it" : qPrintable(qt));
        return false;
    };
    for (const QByteArray &document : ::shippedDocuments()) {
        const QByteArray sample = document.left(4096);
        for (qsizetype length = 0; length < sample.size(); ++length)
            QVERIFY(compare(sample.left(length)));
        for (int round = 0; round < 400; ++round) {
            const QByteArray mutated
                = JsonCorpus::mutated(sample, random, interesting, int(sizeof(interesting) - 1));
            QVERIFY(compare(mutated));
        }
    }
    QVERIFY2(refusedByQt > 1000, qPrintable(QString::number(refusedByQt)));
    QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));
    qInfo("compared %lld documents with Qt's parser: %lld accepted by the reader, %lld refused "
          "by Qt",
          qlonglong(checked), qlonglong(accepted), qlonglong(refusedByQt));
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
