// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jsoncheck.h"
#include "jsoncorpus.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace OtBridge;

namespace {

bool qtAccepts(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError;
}

// Every JSON document the project ships.
QList<QByteArray> shippedDocuments()
{
    return JsonCorpus::shippedDocuments(QStringLiteral(OTBRIDGE_SOURCE_DIR));
}

} // namespace

// The listener's one-pass JSON check (core/ingest/jsoncheck.h). What it must never do is call
// certain a body QJsonDocument refuses: the listener would store it instead of answering 400.
// So every case is checked against Qt too, and mutations of every shipped JSON document (each
// prefix, random byte changes) are compared with Qt's answer. What it calls uncertain Qt
// decides, so being unsure only costs time.
class tst_JsonCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certain_data();
    void certain();
    void leftToQt_data();
    void leftToQt();
    void nestingDepth();
    void shippedDocumentsAreCertain();
    void neverCertainOfWhatQtRefuses();
};

void tst_JsonCheck::certain_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("whitespace around") << QByteArray(" \t\r\n{ } \n");
    QTest::newRow("webhook") << QByteArray(
        R"({"type":"contract.ready","id":"C-1","amount":-12.5e+3,"ok":true,"none":null,)"
        R"("list":[1,0,-0,0.25,1E5,"x"],"nested":{"a":{"b":[[],{}]}}})");
    QTest::newRow("escapes") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t \u00e9 \uD83D\uDE00"])");
    QTest::newRow("lone surrogate escape") << QByteArray(R"(["\ud800"])");
    QTest::newRow("UTF-8, 2 to 4 bytes")
        << QByteArray("[\"\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"]");
    QTest::newRow("edges of UTF-8")
        << QByteArray("[\"\xc2\x80 \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 \xef\xbf\xbf "
                      "\xf0\x90\x80\x80 \xf4\x8f\xbf\xbf\"]");
    QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("empty key") << QByteArray(R"({"":1})");
    QTest::newRow("two-digit exponent") << QByteArray("[1e99,-1E-99]");
    QTest::newRow("24-character number") << QByteArray("[-12345678901234567890.12]");
}

void tst_JsonCheck::certain()
{
    QFETCH(QByteArray, json);
    QVERIFY(qtAccepts(json));
    QVERIFY(JsonCheck::certainlyValid(json));
}

void tst_JsonCheck::leftToQt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("qtAccepts");
    // Refused by both.
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("spaces") << QByteArray("  ") << false;
    QTest::newRow("number at the top") << QByteArray("123") << false;
    QTest::newRow("string at the top") << QByteArray(R"("x")") << false;
    QTest::newRow("garbage after") << QByteArray("{}x") << false;
    QTest::newRow("two documents") << QByteArray("{}{}") << false;
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)") << false;
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)") << false;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << false;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("lone minus") << QByteArray("[-]") << false;
    QTest::newRow("empty exponent") << QByteArray("[1e]") << false;
    QTest::newRow("bad escape hex") << QByteArray(R"(["\u12G4"])") << false;
    QTest::newRow("truncated escape") << QByteArray(R"(["\u12"])") << false;
    QTest::newRow("truthy") << QByteArray("[tru]") << false;
    QTest::newRow("overflowing exponent") << QByteArray("[1e999]") << false;
    QTest::newRow("underflowing exponent") << QByteArray("[1e-400]") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\x80\"]") << false;
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]") << false;
    QTest::newRow("cut UTF-8") << QByteArray("[\"\xe2\x82\"]") << false;
    QTest::newRow("stray continuation") << QByteArray("[\"\x80\"]") << false;
    QTest::newRow("too deep for Qt")
        << QByteArray(QByteArray(1100, '[') + QByteArray(1100, ']')) << false;
    // Accepted by Qt, outside strict JSON or too close to a double's limits: Qt decides.
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << true;
    QTest::newRow("control character") << QByteArray("[\"\x01\"]") << true;
    QTest::newRow("unknown escape") << QByteArray(R"(["\x"])") << true;
    QTest::newRow("point without digits") << QByteArray("[1.]") << true;
    QTest::newRow("digits without a leading zero") << QByteArray("[.5]") << true;
    QTest::newRow("three-digit exponent") << QByteArray("[1e100]") << true;
    QTest::newRow("long number") << QByteArray("[123456789012345678901234567890]") << true;
}

void tst_JsonCheck::leftToQt()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, qtAccepts);
    QCOMPARE(::qtAccepts(json), qtAccepts);
    QVERIFY(!JsonCheck::certainlyValid(json));
}

void tst_JsonCheck::nestingDepth()
{
    const QByteArray deepest = QByteArray(512, '[') + QByteArray(512, ']');
    QVERIFY(JsonCheck::certainlyValid(deepest));
    const QByteArray deeper = QByteArray(513, '[') + QByteArray(513, ']');
    QVERIFY(!JsonCheck::certainlyValid(deeper));
    QVERIFY(qtAccepts(deeper));
    QByteArray objects;
    for (int i = 0; i < 512; ++i)
        objects += R"({"a":)";
    objects += "1" + QByteArray(512, '}');
    QVERIFY(JsonCheck::certainlyValid(objects));
    QVERIFY(qtAccepts(objects));
}

void tst_JsonCheck::shippedDocumentsAreCertain()
{
    const QList<QByteArray> documents = shippedDocuments();
    QVERIFY2(documents.size() >= 20, qPrintable(QString::number(documents.size())));
    int certain = 0;
    for (const QByteArray &document : documents) {
        if (!qtAccepts(document))
            continue; // a fixture of a bad document
        QVERIFY2(JsonCheck::certainlyValid(document), document.left(200).constData());
        ++certain;
    }
    QVERIFY(certain >= 20);
}

void tst_JsonCheck::neverCertainOfWhatQtRefuses()
{
    // Fixed seed: a failure here is the same failure on every run.
    QRandomGenerator random(20261207);
    const QList<QByteArray> documents = shippedDocuments();
    static const char interesting[] = "{}[],:\"\\/-+.eE0123456789tfnu \t\n\x01\x7f\xc0\xc3\xe2\xed"
                                      "\xef\xf0\xf4\x80\xa0\xbf";
    qsizetype checked = 0;
    qsizetype refused = 0;
    const auto compare = [&](const QByteArray &candidate) {
        ++checked;
        if (!JsonCheck::certainlyValid(candidate))
            return true;
        if (qtAccepts(candidate))
            return true;
        qWarning("certain of a document Qt refuses: %s", candidate.toPercentEncoding().constData());
        return false;
    };
    for (const QByteArray &document : documents) {
        const QByteArray sample = document.left(4096);
        // Every prefix: a body cut short anywhere.
        for (qsizetype length = 0; length < sample.size(); ++length)
            QVERIFY(compare(sample.left(length)));
        // Random changes: one to three bytes replaced, inserted or removed.
        for (int round = 0; round < 400; ++round) {
            const QByteArray mutated
                = JsonCorpus::mutated(sample, random, interesting, int(sizeof(interesting) - 1));
            if (!qtAccepts(mutated))
                ++refused;
            QVERIFY(compare(mutated));
        }
    }
    // The comparison saw many documents Qt refuses, not only valid ones.
    QVERIFY2(refused > 1000, qPrintable(QString::number(refused)));
    qInfo("compared %lld documents with Qt's parser, %lld of the mutations refused by it",
          qlonglong(checked), qlonglong(refused));
}

QTEST_GUILESS_MAIN(tst_JsonCheck)
#include "tst_jsoncheck.moc"
