// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/opentextstatus.h"
#include "sandbox/sandboxjob.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;
using namespace Qt::StringLiterals;

// JsonWriter, and the sandbox's status documents it writes, read back by Qt's own JSON parser
// and by the OpenText client's status codec.
class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void nestedDocument();
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void takeStartsAfresh();
    void statusDocumentReadsBack_data();
    void statusDocumentReadsBack();
};

namespace {

QJsonDocument parsed(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << bytes;
    return document;
}

} // namespace

void tst_JsonWriter::nestedDocument()
{
    JsonWriter json;
    json.beginObject()
        .key("id"_L1)
        .value(u"job-1"_s)
        .key("count"_L1)
        .value(qint64(-9007199254740991))
        .key("small"_L1)
        .value(0)
        .key("ok"_L1)
        .value(true)
        .key("no"_L1)
        .value(false)
        .key("states"_L1)
        .values({u"Complete"_s, u"Posted"_s})
        .key("empty"_L1)
        .beginArray()
        .endArray()
        .key("nothing"_L1)
        .beginObject()
        .endObject()
        .key("list"_L1)
        .beginArray()
        .beginObject()
        .key("a"_L1)
        .value(1)
        .endObject()
        .beginObject()
        .endObject()
        .value("x"_L1)
        .endArray()
        .endObject();
    const QByteArray bytes = json.take();
    QCOMPARE(bytes,
             QByteArray(R"({"id":"job-1","count":-9007199254740991,"small":0,"ok":true,"no":false,)"
                        R"("states":["Complete","Posted"],"empty":[],"nothing":{},)"
                        R"("list":[{"a":1},{},"x"]})"));
    const QJsonObject object = parsed(bytes).object();
    QCOMPARE(object.value(u"count"_s).toInteger(), qint64(-9007199254740991));
    QCOMPARE(object.value(u"list"_s).toArray().size(), 3);
}

void tst_JsonWriter::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"dana.reyes@example.com"_s;
    QTest::newRow("quote and backslash") << u"say \"hi\" C:\\path\\"_s;
    QTest::newRow("every control character") << controls;
    QTest::newRow("delete is plain") << u"a\x7f"_s;
    QTest::newRow("non-ASCII") << u"Märc Ølsen, 東京"_s;
    QTest::newRow("outside the BMP") << u"alert 🚨 now"_s;
    QTest::newRow("slash stays") << u"</script>"_s;
}

void tst_JsonWriter::stringsRoundTrip()
{
    QFETCH(QString, text);
    JsonWriter json;
    json.beginArray().value(text).value(QStringView(text)).endArray();
    const QByteArray bytes = json.take();
    const QJsonArray array = parsed(bytes).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toString(), text);
    QCOMPARE(array.at(1).toString(), text);
    // Control characters never appear raw: JSON forbids them inside strings.
    for (const char byte : bytes)
        QVERIFY2(static_cast<unsigned char>(byte) >= 0x20, bytes.constData());
    // Escaped as QJsonDocument escapes them (\b and \f included), so documents written either
    // way are the same bytes.
    QCOMPARE(bytes, QJsonDocument(QJsonArray {text, text}).toJson(QJsonDocument::Compact));

    // Latin-1 views: ASCII as it is, the upper half through UTF-8.
    JsonWriter latin1;
    latin1.beginArray().value("caf\xe9 \"x\""_L1).endArray();
    QCOMPARE(parsed(latin1.take()).array().at(0).toString(), u"café \"x\""_s);
}

void tst_JsonWriter::takeStartsAfresh()
{
    JsonWriter json;
    json.beginObject().key("a"_L1).value(1).endObject();
    QCOMPARE(json.take(), QByteArray(R"({"a":1})"));
    json.beginArray().value(2).endArray();
    QCOMPARE(json.take(), QByteArray("[2]"));
}

void tst_JsonWriter::statusDocumentReadsBack_data()
{
    QTest::addColumn<SandboxChannel>("channel");
    QTest::addColumn<SandboxJob::Stage>("stage");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<OpenTextDestinationStatus::State>("state");
    using State = OpenTextDestinationStatus::State;
    QTest::newRow("email submitted")
        << SandboxChannel::Email << SandboxJob::Stage::Submitted << false << State::Pending;
    QTest::newRow("email sent") << SandboxChannel::Email << SandboxJob::Stage::Sent << false
                                << State::Sent;
    QTest::newRow("email confirmed")
        << SandboxChannel::Email << SandboxJob::Stage::Complete << false << State::Delivered;
    QTest::newRow("email failed") << SandboxChannel::Email << SandboxJob::Stage::Complete << true
                                  << State::Failed;
    QTest::newRow("sms confirmed")
        << SandboxChannel::Sms << SandboxJob::Stage::Complete << false << State::Delivered;
    QTest::newRow("fax failed") << SandboxChannel::Fax << SandboxJob::Stage::Complete << true
                                << State::Failed;
    QTest::newRow("whatsapp sent")
        << SandboxChannel::WhatsApp << SandboxJob::Stage::Sent << false << State::Sent;
}

// The sandbox's status document, as its pushes and GET …/status send it, is OpenText's status
// schema to the client that reads it (docs/opentext-notifications-api.md).
void tst_JsonWriter::statusDocumentReadsBack()
{
    QFETCH(SandboxChannel, channel);
    QFETCH(SandboxJob::Stage, stage);
    QFETCH(bool, fails);
    QFETCH(OpenTextDestinationStatus::State, state);

    SandboxJob job;
    job.id = u"xsi-\"quoted\"-1"_s;
    job.channel = channel;
    job.stage = stage;
    job.entryTime = QDateTime::fromMSecsSinceEpoch(1'800'000'000'123, Qt::UTC);
    job.sentTime = job.entryTime.addMSecs(1500);
    job.completeTime = job.entryTime.addMSecs(3000);
    job.billingCode = u"cost-centre 7 €"_s;
    job.customerReference = u"ticket\n42"_s;
    job.hasCustomerReference = true;
    job.faxPages = 2;
    job.destinations = {{u"märc@example.com"_s, u"ref-1"_s, fails}};

    const QByteArray document = job.statusDocument();
    QVERIFY(!parsed(document).isNull());
    const Result<OpenTextJobStatus> status = parseJobStatus(document);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(status->jobId, job.id);
    QCOMPARE(status->entryTime, job.entryTime);
    QCOMPARE(status->billingCode, job.billingCode);
    QCOMPARE(status->customerReference, job.customerReference);
    QCOMPARE(status->jobStates, job.jobState());
    QCOMPARE(status->isComplete(), stage == SandboxJob::Stage::Complete);
    QCOMPARE(status->deliveries.size(), 1);
    const OpenTextDestinationStatus &destination = status->deliveries.constFirst();
    QCOMPARE(destination.channelKey, channelName(channel));
    QCOMPARE(destination.address, u"märc@example.com"_s);
    QCOMPARE(destination.ref, u"ref-1"_s);
    QCOMPARE(destination.state(), state);
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
