// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/opentextstatus.h"
#include "jsoncorpus.h"
#include "sandbox/sandboxjob.h"

#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace OtBridge;
using namespace Qt::StringLiterals;
using State = OpenTextDestinationStatus::State;

// Who answers for a document: the one pass, or the old path (QJsonDocument), which accepts it
// or refuses it.
enum class Way { OnePass, OldPath, Refused };
Q_DECLARE_METATYPE(Way)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(OTBRIDGE_FIXTURES_DIR "/opentext/status/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open status fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

OpenTextJobStatus parsed(const QString &name)
{
    auto result = parseJobStatus(fixture(name));
    if (!result)
        qFatal("%s: %s", qPrintable(name), qPrintable(result.error()));
    return std::move(result).value();
}

QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    Q_ASSERT(time.isValid());
    return time;
}

QStringList statusesOf(const OpenTextDestinationStatus &delivery)
{
    QStringList result;
    for (const OpenTextDeliveryEvent &event : delivery.events)
        result.append(event.kind + QLatin1Char(':') + event.status);
    return result;
}

// parseJobStatus(QByteArray) as it was before the one pass: QJsonDocument, then the object.
// The reference the one pass is compared with.
Result<OpenTextJobStatus> throughQJsonDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<OpenTextJobStatus>::failure(
            QObject::tr("job status: not valid JSON: %1 at offset %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return Result<OpenTextJobStatus>::failure(QObject::tr("job status: not a JSON object"));
    return parseJobStatus(document.object());
}

QString described(const QString &text)
{
    return text.isNull() ? QStringLiteral("(null)") : u'"' + text + u'"';
}

QString described(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("(invalid, spec %1)").arg(int(time.timeSpec()));
    return QStringLiteral("%1 spec %2 offset %3 ms %4")
        .arg(time.toString(Qt::ISODateWithMs))
        .arg(int(time.timeSpec()))
        .arg(time.offsetFromUtc())
        .arg(time.toMSecsSinceEpoch());
}

// CBOR's notation tells an integer from a double, which QJsonValue's == does not.
QString described(const QJsonObject &object)
{
    return QCborValue::fromJsonValue(object).toDiagnosticNotation();
}

// Every field of the status, in words: two statuses are the same when these are.
QString described(const OpenTextJobStatus &status)
{
    QStringList lines {
        u"job_id "_s + described(status.jobId),
        u"entry_time "_s + described(status.entryTime),
        u"billing_code "_s + described(status.billingCode),
        u"customer_reference "_s + described(status.customerReference),
    };
    for (const QString &state : status.jobStates)
        lines.append(u"job_state "_s + described(state));
    for (const OpenTextDestinationStatus &delivery : status.deliveries) {
        lines.append(u"delivery "_s + described(delivery.channelKey) + u' '
                     + described(delivery.address) + u" ref "_s + described(delivery.ref)
                     + u" details "_s + described(delivery.details));
        for (const OpenTextAttempt &attempt : delivery.attempts) {
            lines.append(u"  attempt "_s + described(attempt.state) + u" first "_s
                         + described(attempt.firstAttempt) + u" delivered "_s
                         + described(attempt.deliveryTime) + u" gamma "_s
                         + QString::number(attempt.gammaCode) + u" details "_s
                         + described(attempt.details));
        }
        for (const OpenTextDeliveryEvent &event : delivery.events) {
            lines.append(u"  event "_s + described(event.kind) + u' ' + described(event.time) + u' '
                         + described(event.status));
        }
    }
    return lines.join(u'\n');
}

// Parses json both ways and fails the test where they differ: the result, every field, or the
// error's words. Counts the documents the one pass answered by itself.
struct Comparison
{
    int documents = 0;
    int inOnePass = 0;
    int refused = 0;

    bool same(const QByteArray &json)
    {
        ++documents;
        const Result<OpenTextJobStatus> reference = throughQJsonDocument(json);
        const Result<OpenTextJobStatus> parsed = parseJobStatus(json);
        const std::optional<OpenTextJobStatus> onePass = readJobStatus(json);
        const auto report
            = [&json](const char *what, const QString &expected, const QString &actual) {
                  qWarning("%s differs for %s:\nexpected %s\nactual   %s", what,
                           json.left(300).toPercentEncoding(" {}[]:,\"_").constData(),
                           qPrintable(expected), qPrintable(actual));
                  return false;
              };
        if (!reference.ok()) {
            ++refused;
            if (parsed.ok())
                return report("success", reference.error(), described(parsed.value()));
            if (onePass)
                return report("one pass", reference.error(), described(*onePass));
            if (parsed.error() != reference.error())
                return report("error", reference.error(), parsed.error());
            return true;
        }
        const QString expected = described(reference.value());
        if (!parsed.ok())
            return report("error", expected, parsed.error());
        if (described(parsed.value()) != expected)
            return report("status", expected, described(parsed.value()));
        if (onePass) {
            ++inOnePass;
            if (described(*onePass) != expected)
                return report("one pass", expected, described(*onePass));
        }
        return true;
    }
};

QList<QByteArray> fixtures()
{
    QList<QByteArray> documents;
    const QDir dir(QStringLiteral(OTBRIDGE_FIXTURES_DIR "/opentext/status"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        documents.append(fixture(name));
    return documents;
}

// What the built-in sandbox sends (SandboxJob::statusDocument()): every stage of every
// channel, with and without failures, a customer reference and several destinations.
QList<QByteArray> sandboxDocuments()
{
    QList<QByteArray> documents;
    for (const SandboxChannel channel : {SandboxChannel::Email, SandboxChannel::Sms,
                                         SandboxChannel::Fax, SandboxChannel::WhatsApp}) {
        for (const auto stage :
             {SandboxJob::Stage::Submitted, SandboxJob::Stage::Sent, SandboxJob::Stage::Complete}) {
            for (int variant = 0; variant < 4; ++variant) {
                SandboxJob job;
                job.id = QStringLiteral("xsi-%1-%2").arg(int(channel)).arg(variant);
                job.channel = channel;
                job.stage = stage;
                job.entryTime = QDateTime::fromMSecsSinceEpoch(
                    1'800'000'000'123LL + variant * 86'399'999LL, Qt::UTC);
                job.sentTime = job.entryTime.addMSecs(1500);
                job.completeTime = job.entryTime.addMSecs(3001);
                job.billingCode = variant % 2 ? u"cost-centre 7 €"_s : u"legal"_s;
                job.customerReference = u"ticket\n42 \"ü\""_s;
                job.hasCustomerReference = variant >= 2;
                job.faxPages = variant + 1;
                job.destinations = {{u"märc@example.com"_s, u"ref-1"_s, variant == 1}};
                if (variant >= 2) {
                    job.destinations.append({u"+4915112345678"_s, u"Prüfung – 契約"_s, true});
                    job.destinations.append({u"b@example.org"_s, QString(), false});
                }
                documents.append(job.statusDocument());
            }
        }
    }
    return documents;
}

QString wrapped(const char *delivery, const char *jobState = "[\"Complete\"]")
{
    return QStringLiteral(R"({"job_id":"xsi-1","job_state":%1,"deliveries":[%2]})")
        .arg(QLatin1String(jobState), QLatin1String(delivery));
}

} // namespace

class TestOpenTextStatus final : public QObject
{
    Q_OBJECT

private slots:
    void smsComplete();
    void emailTracking();
    void faxDelivered();
    void failed();
    void inProgress();
    void singleJobState();
    void sameResultFromObject();
    void destinationState_data();
    void destinationState();
    void jobSummary_data();
    void jobSummary();
    void badInput_data();
    void badInput();
    void stateNames();
    void onePassReadsTheSandboxAndFixtures();
    void onePassSameAsQJsonDocument_data();
    void onePassSameAsQJsonDocument();
    void onePassTimes_data();
    void onePassTimes();
    void onePassCutEverywhere();
    void onePassDetailsAreTheirOwn();
    void onePassMutations();
};

// The example from the contract: job_state is a set, "Posted" next to "Complete".
void TestOpenTextStatus::smsComplete()
{
    const OpenTextJobStatus status = parsed(QStringLiteral("sms-complete.json"));
    QCOMPARE(status.jobId, QStringLiteral("xsi2-50120001"));
    QCOMPARE(status.entryTime, utc("2026-03-02T08:15:42.000Z"));
    QCOMPARE(status.entryTime.timeSpec(), Qt::UTC);
    QCOMPARE(status.billingCode, QStringLiteral("Q2-2026/Rechtsabteilung"));
    QCOMPARE(status.customerReference, QStringLiteral("kunde-7731"));
    QCOMPARE(status.jobStates, (QStringList {"Complete", "Posted"}));
    QVERIFY(status.isComplete());
    QVERIFY(!status.hasError());

    QCOMPARE(status.deliveries.size(), 2);
    const OpenTextDestinationStatus &confirmed = status.deliveries.at(0);
    QCOMPARE(confirmed.channelKey, QStringLiteral("sms"));
    QCOMPARE(confirmed.address, QStringLiteral("+4915112345678"));
    QCOMPARE(confirmed.ref, QStringLiteral("Prüfung – 契約"));
    QCOMPARE(confirmed.attempts.size(), 1);
    QCOMPARE(confirmed.attempts.at(0).state, QStringLiteral("Sent"));
    QCOMPARE(confirmed.attempts.at(0).firstAttempt, utc("2026-03-02T08:15:44.000Z"));
    QCOMPARE(confirmed.attempts.at(0).deliveryTime, utc("2026-03-02T08:15:47.250Z"));
    QCOMPARE(confirmed.attempts.at(0).deliveryTime.time().msec(), 250);
    QCOMPARE(confirmed.attempts.at(0).gammaCode, 0);
    QVERIFY(confirmed.attempts.at(0).details.isEmpty());
    QCOMPARE(confirmed.events.size(), 1);
    QCOMPARE(confirmed.events.at(0).kind, QStringLiteral("sms_delivery_events"));
    QCOMPARE(confirmed.events.at(0).status, QStringLiteral("Confirmed"));
    QCOMPARE(confirmed.events.at(0).time, utc("2026-03-02T08:15:51.000Z"));
    QVERIFY(confirmed.details.isEmpty());
    QCOMPARE(confirmed.state(), State::Delivered);

    const OpenTextDestinationStatus &sent = status.deliveries.at(1);
    QCOMPARE(sent.ref, QStringLiteral("bereitschaft-2"));
    QVERIFY(sent.events.isEmpty());
    QCOMPARE(sent.state(), State::Sent);
}

void TestOpenTextStatus::emailTracking()
{
    const OpenTextJobStatus status = parsed(QStringLiteral("email-tracking.json"));
    QCOMPARE(status.jobId, QStringLiteral("usme-70440012"));
    QCOMPARE(status.entryTime, utc("2026-03-03T14:00:05.123Z"));
    QCOMPARE(status.billingCode, QStringLiteral("legal-ops"));
    QCOMPARE(status.customerReference, QStringLiteral("C-4711"));
    QVERIFY(status.isComplete());
    // No Error in job_state, but one destination bounced.
    QVERIFY(!status.jobStates.contains(QStringLiteral("Error")));
    QVERIFY(status.hasError());

    QCOMPARE(status.deliveries.size(), 2);
    const OpenTextDestinationStatus &opened = status.deliveries.at(0);
    QCOMPARE(opened.channelKey, QStringLiteral("email"));
    QCOMPARE(opened.address, QStringLiteral("vertrag@example.de"));
    QCOMPARE(opened.ref, QStringLiteral("rv-17"));
    // Events come from both nested arrays; opt_out is no array and pull is empty.
    QCOMPARE(opened.events.size(), 3);
    QStringList statuses = statusesOf(opened);
    statuses.sort();
    QCOMPARE(statuses, (QStringList {"dsn:Delivered", "html_open:Opened", "html_open:Opened"}));
    for (const OpenTextDeliveryEvent &event : opened.events) {
        QVERIFY(event.time.isValid());
        if (event.kind == QLatin1String("dsn"))
            QCOMPARE(event.time, utc("2026-03-03T14:00:12.000Z"));
    }
    QCOMPARE(opened.state(), State::Delivered);

    // Everything else is kept, base64 fields decoded under their plain name.
    QCOMPARE(opened.details.value("subject").toString(),
             QStringLiteral("Vertrag Nr. 4711 – Prüfung"));
    QVERIFY(!opened.details.contains("subject_base64"));
    QCOMPARE(opened.details.value("html_open_tracking").toObject(),
             (QJsonObject {{"total_open_count", 3}, {"distinct_open_count", 1}}));
    QCOMPARE(
        opened.details.value("attachments").toArray().at(0).toObject().value("name").toString(),
        QStringLiteral("annex.pdf"));
    QVERIFY(!opened.details.contains("email"));
    QVERIFY(!opened.details.contains("ref_base64"));
    QVERIFY(!opened.details.contains("events"));
    QVERIFY(!opened.details.contains("delivery_attempts"));
    QCOMPARE(opened.details.size(), 3);

    const OpenTextDestinationStatus &bounced = status.deliveries.at(1);
    QCOMPARE(bounced.events.size(), 1);
    QCOMPARE(bounced.events.at(0).kind, QStringLiteral("dsn"));
    QCOMPARE(bounced.events.at(0).status, QStringLiteral("Bounced"));
    QCOMPARE(bounced.events.at(0).time, utc("2026-03-03T14:03:00.000Z"));
    // The attempt says Sent; the bounce that came afterwards decides.
    QCOMPARE(bounced.attempts.constLast().state, QStringLiteral("Sent"));
    QCOMPARE(bounced.state(), State::Failed);
}

void TestOpenTextStatus::faxDelivered()
{
    const OpenTextJobStatus status = parsed(QStringLiteral("fax-delivered.json"));
    QCOMPARE(status.billingCode, QStringLiteral("einkauf"));
    QVERIFY(status.customerReference.isEmpty());
    QCOMPARE(status.deliveries.size(), 1);
    const OpenTextDestinationStatus &fax = status.deliveries.at(0);
    QCOMPARE(fax.channelKey, QStringLiteral("fax"));
    QCOMPARE(fax.address, QStringLiteral("+492211234567"));
    QCOMPARE(fax.ref, QStringLiteral("lieferant-3"));

    QCOMPARE(fax.attempts.size(), 2);
    const OpenTextAttempt &busy = fax.attempts.at(0);
    QCOMPARE(busy.state, QStringLiteral("Error"));
    QCOMPARE(busy.gammaCode, 2101);
    const OpenTextAttempt &sent = fax.attempts.at(1);
    QCOMPARE(sent.state, QStringLiteral("Sent"));
    QCOMPARE(sent.firstAttempt, utc("2026-03-04T09:35:10.000Z"));
    QCOMPARE(sent.deliveryTime, utc("2026-03-04T09:36:02.000Z"));
    QCOMPARE(sent.gammaCode, 0);
    QCOMPARE(sent.details,
             (QJsonObject {{"delivery_sec", 52},
                           {"pages_delivered", 3},
                           {"baud_rate", 14400},
                           {"rcsid", "+49 221 1234567"}}));

    // The failed first try does not count: the last attempt went through.
    QCOMPARE(fax.state(), State::Sent);
    QVERIFY(status.isComplete());
    QVERIFY(!status.hasError());
}

void TestOpenTextStatus::failed()
{
    const OpenTextJobStatus status = parsed(QStringLiteral("failed.json"));
    QCOMPARE(status.jobId, QStringLiteral("xsi2-50120099"));
    QCOMPARE(status.customerReference, QStringLiteral("fall-22"));
    QVERIFY(status.billingCode.isEmpty());
    QCOMPARE(status.jobStates, (QStringList {"Complete", "Error"}));
    QCOMPARE(status.deliveries.size(), 1);
    const OpenTextDestinationStatus &sms = status.deliveries.at(0);
    QCOMPARE(sms.ref, QStringLiteral("bereitschaft-9"));
    QCOMPARE(sms.attempts.at(0).state, QStringLiteral("Error"));
    QCOMPARE(sms.attempts.at(0).gammaCode, 6005);
    QCOMPARE(sms.attempts.at(0).deliveryTime, utc("2026-03-05T11:00:04.000Z"));
    QCOMPARE(sms.state(), State::Failed);
    QVERIFY(status.isComplete());
    QVERIFY(status.hasError());
}

void TestOpenTextStatus::inProgress()
{
    const OpenTextJobStatus status = parsed(QStringLiteral("in-progress.json"));
    QCOMPARE(status.jobStates, (QStringList {"Processing", "Delivering"}));
    QVERIFY(!status.isComplete());
    QVERIFY(!status.hasError());
    QCOMPARE(status.deliveries.size(), 2);

    const OpenTextDestinationStatus &working = status.deliveries.at(0);
    QCOMPARE(working.channelKey, QStringLiteral("fax"));
    QVERIFY(working.ref.isEmpty());
    QCOMPARE(working.attempts.size(), 1);
    QCOMPARE(working.attempts.at(0).state, QStringLiteral("InProcess"));
    QVERIFY(working.attempts.at(0).firstAttempt.isValid());
    QVERIFY(!working.attempts.at(0).deliveryTime.isValid());
    QCOMPARE(working.state(), State::Pending);

    const OpenTextDestinationStatus &waiting = status.deliveries.at(1);
    QCOMPARE(waiting.address, QStringLiteral("+492211234598"));
    QVERIFY(waiting.attempts.isEmpty());
    QCOMPARE(waiting.state(), State::Pending);
}

void TestOpenTextStatus::singleJobState()
{
    const OpenTextJobStatus status = parsed(QStringLiteral("single-state.json"));
    QCOMPARE(status.jobStates, QStringList {QStringLiteral("Complete")});
    QVERIFY(status.isComplete());
    QCOMPARE(status.deliveries.size(), 1);
    const OpenTextDestinationStatus &whatsapp = status.deliveries.at(0);
    QCOMPARE(whatsapp.channelKey, QStringLiteral("whatsapp"));
    QCOMPARE(whatsapp.address, QStringLiteral("+4917612345678"));
    QCOMPARE(whatsapp.ref, QStringLiteral("kunde-9"));
    QCOMPARE(statusesOf(whatsapp),
             (QStringList {"whatsapp_delivery_events:Delivered", "whatsapp_delivery_events:Read"}));
    QCOMPARE(whatsapp.events.at(1).time, utc("2026-03-07T16:12:40.000Z"));
    QCOMPARE(whatsapp.state(), State::Delivered);
}

void TestOpenTextStatus::sameResultFromObject()
{
    const QJsonObject object = QJsonDocument::fromJson(fixture("fax-delivered.json")).object();
    const auto fromObject = parseJobStatus(object);
    QVERIFY2(fromObject.ok(), qPrintable(fromObject.error()));
    QCOMPARE(fromObject->jobId, QStringLiteral("xsi-31100077"));
    QCOMPARE(fromObject->deliveries.at(0).attempts.at(1).details.value("pages_delivered").toInt(),
             3);
    QCOMPARE(fromObject->deliveries.at(0).ref, QStringLiteral("lieferant-3"));
}

void TestOpenTextStatus::destinationState_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<State>("state");

    QTest::addRow("no attempts") << wrapped(R"({"sms":"1"})") << State::Pending;
    QTest::addRow("submitted") << wrapped(
        R"({"sms":"1","delivery_attempts":[{"state":"Submitted"}]})")
                               << State::Pending;
    QTest::addRow("sent") << wrapped(R"({"sms":"1","delivery_attempts":[{"state":"Sent"}]})")
                          << State::Sent;
    QTest::addRow("sent after error")
        << wrapped(R"({"sms":"1","delivery_attempts":[{"state":"Error"},{"state":"Sent"}]})")
        << State::Sent;
    QTest::addRow("error after sent")
        << wrapped(R"({"sms":"1","delivery_attempts":[{"state":"Sent"},{"state":"Error"}]})")
        << State::Failed;
    for (const char *attempt : {"Error", "Cancelled", "Expired"}) {
        QTest::addRow("last attempt %s", attempt) << wrapped(qPrintable(
            QStringLiteral(R"({"fax":"1","delivery_attempts":[{"state":"%1"}]})")
                .arg(QLatin1String(attempt)))) << State::Failed;
    }
    for (const char *event :
         {"Failed", "Bounced", "Rejected", "Undeliverable", "Error", "Expired"}) {
        QTest::addRow("event %s", event) << wrapped(
            qPrintable(QStringLiteral(R"({"sms":"1","delivery_attempts":[{"state":"Sent"}],)"
                                      R"("events":{"x":[{"status":"Confirmed"},)"
                                      R"({"status":"%1"}]}})")
                           .arg(QLatin1String(event))))
                                         << State::Failed;
    }
    for (const char *event : {"Confirmed", "Delivered", "Read", "Opened"}) {
        QTest::addRow("event %s", event) << wrapped(
            qPrintable(QStringLiteral(R"({"sms":"1","delivery_attempts":[{"state":"Sent"}],)"
                                      R"("events":{"x":[{"status":"%1"}]}})")
                           .arg(QLatin1String(event))))
                                         << State::Delivered;
    }
    QTest::addRow("status under state")
        << wrapped(R"({"sms":"1","events":{"x":[{"state":"Delivered"}]}})") << State::Delivered;
    QTest::addRow("status under event")
        << wrapped(R"({"sms":"1","events":{"x":[{"event":"Rejected"}]}})") << State::Failed;
    QTest::addRow("nested event arrays") << wrapped(
        R"({"email":"a@b","events":{"email_delivery_events":{"dsn":[{"status":"Bounced"}]}}})")
                                         << State::Failed;
    QTest::addRow("unknown event status") << wrapped(
        R"({"sms":"1","delivery_attempts":[{"state":"Sent"}],"events":{"x":[{"status":"Queued"}]}})")
                                          << State::Sent;
}

void TestOpenTextStatus::destinationState()
{
    QFETCH(QString, json);
    QFETCH(State, state);

    const auto status = parseJobStatus(json.toUtf8());
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(status->deliveries.size(), 1);
    QCOMPARE(stateName(status->deliveries.at(0).state()), stateName(state));
    QVERIFY(status->deliveries.at(0).state() == state);
    QCOMPARE(status->hasError(), state == State::Failed);
}

void TestOpenTextStatus::jobSummary_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("error");

    QTest::addRow("complete") << wrapped("", R"(["Posted","Complete"])") << true << false;
    QTest::addRow("cancelled") << wrapped("", R"(["Cancelled"])") << true << false;
    QTest::addRow("posted only") << wrapped("", R"(["Posted"])") << false << false;
    QTest::addRow("error") << wrapped("", R"(["Error"])") << false << true;
    QTest::addRow("single string") << wrapped("", R"("Cancelled")") << true << false;
    QTest::addRow("no job_state") << QStringLiteral(R"({"job_id":"xsi-1"})") << false << false;
}

void TestOpenTextStatus::jobSummary()
{
    QFETCH(QString, json);
    QFETCH(bool, complete);
    QFETCH(bool, error);

    const auto status = parseJobStatus(json.toUtf8());
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(status->isComplete(), complete);
    QCOMPARE(status->hasError(), error);
}

void TestOpenTextStatus::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    // The detail after "not valid JSON:" is Qt's own wording and offset.
    for (const QByteArray &text :
         {QByteArray("job_id=xsi-1"), QByteArray(R"({"job_id":"xsi-1")")}) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(text, &parseError);
        QTest::addRow("not JSON: %s", text.constData())
            << text
            << QStringLiteral("job status: not valid JSON: %1 at offset %2")
                   .arg(parseError.errorString())
                   .arg(parseError.offset);
    }
    QTest::addRow("array") << QByteArray(R"([{"job_id":"xsi-1"}])")
                           << QStringLiteral("job status: not a JSON object");
    QTest::addRow("no job_id") << QByteArray(R"({"job_state":["Complete"]})")
                               << QStringLiteral("job status: job_id is missing");
    QTest::addRow("null job_id") << QByteArray(R"({"job_id":null})")
                                 << QStringLiteral("job status: job_id is missing");
    QTest::addRow("numeric job_id")
        << QByteArray(R"({"job_id":17})") << QStringLiteral("job status: job_id is not a string");
    QTest::addRow("empty job_id") << QByteArray(R"({"job_id":""})")
                                  << QStringLiteral("job status: job_id is empty");
    QTest::addRow("bad billing code")
        << QByteArray(R"({"job_id":"xsi-1","billing_code_base64":"not base64!"})")
        << QStringLiteral("job status: billing_code_base64 is not valid base64");
    QTest::addRow("bad customer reference")
        << QByteArray(R"({"job_id":"xsi-1","customer_reference_base64":"a$b="})")
        << QStringLiteral("job status: customer_reference_base64 is not valid base64");
    QTest::addRow("bad ref") << QByteArray(
        R"({"job_id":"xsi-1","deliveries":[{"sms":"1","ref_base64":"YQ=="},)"
        R"({"sms":"2","ref_base64":"%%%"}]})")
                             << QStringLiteral(
                                    "job status: deliveries[1].ref_base64 is not valid base64");
    QTest::addRow("bad extra field")
        << QByteArray(R"({"job_id":"xsi-1","deliveries":[{"email":"a@b","subject_base64":"?"}]})")
        << QStringLiteral("job status: deliveries[0].subject_base64 is not valid base64");
    QTest::addRow("bad attempt field")
        << QByteArray(R"({"job_id":"xsi-1","deliveries":[{"fax":"1","delivery_attempts":)"
                      R"([{"state":"Sent"},{"state":"Sent","rcsid_base64":"#"}]}]})")
        << QStringLiteral(
               "job status: deliveries[0].delivery_attempts[1].rcsid_base64 is not valid "
               "base64");
    QTest::addRow("base64 not a string")
        << QByteArray(R"({"job_id":"xsi-1","deliveries":[{"sms":"1","ref_base64":5}]})")
        << QStringLiteral("job status: deliveries[0].ref_base64 is not a string");
}

void TestOpenTextStatus::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    const auto status = parseJobStatus(json);
    QVERIFY(!status.ok());
    QCOMPARE(status.error(), error);
}

void TestOpenTextStatus::stateNames()
{
    QCOMPARE(stateName(State::Pending), QStringLiteral("pending"));
    QCOMPARE(stateName(State::Sent), QStringLiteral("sent"));
    QCOMPARE(stateName(State::Delivered), QStringLiteral("delivered"));
    QCOMPARE(stateName(State::Failed), QStringLiteral("failed"));
}

// The documents the client receives all day are read in one pass, the same to the last field
// as through QJsonDocument: the sandbox's and the project's fixtures.
void TestOpenTextStatus::onePassReadsTheSandboxAndFixtures()
{
    Comparison comparison;
    const QList<QByteArray> documents = sandboxDocuments() + fixtures();
    QCOMPARE(documents.size(), 4 * 3 * 4 + 6);
    for (const QByteArray &document : documents)
        QVERIFY(comparison.same(document));
    QCOMPARE(comparison.refused, 0);
    QCOMPARE(comparison.inOnePass, comparison.documents);
}

void TestOpenTextStatus::onePassSameAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Way>("way");

    const auto add = [](const char *name, const QByteArray &json, Way way) {
        QTest::newRow(name) << json << way;
    };
    const auto job = [](const QByteArray &members) -> QByteArray {
        return QByteArray(R"({"job_id":"j-1",)") + members + '}';
    };
    const auto delivery = [&job](const QByteArray &members) {
        return job(QByteArray(R"("deliveries":[{)") + members + "}]");
    };

    // The top level.
    add("minimal", R"({"job_id":"j"})", Way::OnePass);
    add("whitespace everywhere",
        " \t\r\n{ \"job_id\" :\n\"j\" , \"job_state\" : [ \"A\" ,\"B\" ] }\n ", Way::OnePass);
    add("no job_id", R"({"job_state":["Complete"]})", Way::Refused);
    add("null job_id", R"({"job_id":null})", Way::Refused);
    add("numeric job_id", R"({"job_id":17})", Way::Refused);
    add("object job_id", R"({"job_id":{"a":1}})", Way::Refused);
    add("empty job_id", R"({"job_id":""})", Way::Refused);
    add("job_id twice, the last counts", R"({"job_id":"a","job_id":"b"})", Way::OnePass);
    add("job_id null after a string", R"({"job_id":"a","job_id":null})", Way::Refused);
    add("job_id string after a null", R"({"job_id":null,"job_id":"b"})", Way::OnePass);
    add("escaped job_id", R"({"job_id":"x\"y\\z\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00\u0000"})",
        Way::OnePass);
    add("escaped member name", R"({"job\u005fid":"j","job_st\u0061te":"Complete"})", Way::OnePass);
    add("non-ASCII job_id", "{\"job_id\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}", Way::OnePass);
    add("entry_time missing", R"({"job_id":"j","entry_time":null})", Way::OnePass);
    add("entry_time a number", job(R"("entry_time":20260302)"), Way::OnePass);
    add("entry_time twice", job(R"("entry_time":"2026-03-02T08:15:44.000Z","entry_time":"x")"),
        Way::OnePass);
    add("billing code plain", job(R"("billing_code":"plain","customer_reference":"c")"),
        Way::OnePass);
    add("billing code plain not a string", job(R"("billing_code":5,"customer_reference":[])"),
        Way::OnePass);
    add("billing code both", job(R"("billing_code":"plain","billing_code_base64":"YmFzZTY0")"),
        Way::OnePass);
    add("billing code both, base64 first",
        job(R"("billing_code_base64":"YmFzZTY0","billing_code":"plain")"), Way::OnePass);
    add("billing code bad base64", job(R"("billing_code_base64":"not base64!")"), Way::Refused);
    add("billing code base64 null", job(R"("billing_code_base64":null)"), Way::Refused);
    add("billing code base64 a number", job(R"("billing_code_base64":12)"), Way::Refused);
    add("billing code base64 empty", job(R"("billing_code_base64":"")"), Way::OnePass);
    add("billing code base64 not ASCII", job("\"billing_code_base64\":\"\xc3\xa9QQ==\""),
        Way::Refused);
    add("billing code base64 escaped", job(R"("billing_code_base64":"Y\u006dF\/c2U2NA==")"),
        Way::OnePass);
    add("billing code base64 twice, the bad one first",
        job(R"("billing_code_base64":"%%","billing_code_base64":"YQ==")"), Way::OnePass);
    add("billing code base64 twice, the bad one last",
        job(R"("billing_code_base64":"YQ==","billing_code_base64":"%%")"), Way::Refused);
    add("billing code base64 not UTF-8", job(R"("billing_code_base64":"/w==")"), Way::OnePass);
    add("customer reference bad base64", job(R"("customer_reference_base64":"a$b=")"),
        Way::Refused);
    add("customer reference unpadded base64", job(R"("customer_reference_base64":"YWI")"),
        Way::OnePass);
    for (const char *text : {"YQ==", "YWI=", "YWJj",  "YR==",     "YWK=", "Y===", "====",
                             "YQ=",  "YQ",   "Y",     "YQ==YQ==", "YQ=a", "=YQ=", "YWJjZA==",
                             "+/+/", "-_-_", "YQ ==", "YQ==\\n",  "AAAA", "////"}) {
        QTest::addRow("base64 %s", text)
            << job("\"billing_code_base64\":\"" + QByteArray(text) + "\"")
            << (QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors)
                    ? Way::OnePass
                    : Way::Refused);
    }
    add("job_state string", job(R"("job_state":"Cancelled")"), Way::OnePass);
    add("job_state mixed array", job(R"("job_state":["A",1,null,{"x":"y"},["B"],"C"])"),
        Way::OnePass);
    add("job_state empty array", job(R"("job_state":[])"), Way::OnePass);
    add("job_state a number", job(R"("job_state":5)"), Way::OnePass);
    add("job_state twice", job(R"("job_state":["A"],"job_state":"B")"), Way::OnePass);
    add("deliveries an object", job(R"("deliveries":{"sms":"1"})"), Way::OnePass);
    add("deliveries null", job(R"("deliveries":null)"), Way::OnePass);
    add("deliveries empty", job(R"("deliveries":[])"), Way::OnePass);
    add("deliveries not objects", job(R"("deliveries":[1,"x",null,[],true])"), Way::OnePass);
    add("deliveries twice", job(R"("deliveries":[{"sms":"1"}],"deliveries":[{"fax":"2"},{}])"),
        Way::OnePass);
    add("deliveries twice, the last not an array",
        job(R"("deliveries":[{"sms":"1"}],"deliveries":0)"), Way::OnePass);
    add("unknown members at any depth",
        job(R"("x":{"y":[{"z":[[[{}]]],"w":-1.5e3}],"v":"\u00e9"},"deliveries":[{"sms":"1",)"
            R"("q":{"r":[1,2,{"s":null}]},"delivery_attempts":[{"state":"Sent","t":[[]]}],)"
            R"("events":{"sms_delivery_events":[{"status":"Confirmed","u":{"v":[]}}]}}],"z":true)"),
        Way::OnePass);
    add("huge numbers in unknown members",
        job(R"("a":123456789012345678901234567890,"b":-1e308,"c":1e-300,"d":0.1e1,"e":-0)"),
        Way::OnePass);
    add("number overflowing a double", job(R"("a":1e999)"), Way::Refused);
    add("number underflowing a double", job(R"("a":1e-400)"), Way::Refused);
    add("at the top, an array", R"([{"job_id":"j"}])", Way::Refused);
    add("at the top, a string", R"("job_id")", Way::Refused);
    add("empty", "", Way::Refused);
    add("empty object", "{}", Way::Refused);

    // Destinations.
    add("each channel",
        job(R"("deliveries":[{"email":"a@b"},{"sms":"1"},{"fax":"2"},)"
            R"({"whatsapp":"3"},{"pager":"4"}])"),
        Way::OnePass);
    add("two channel members, the first of the list wins",
        delivery(R"("whatsapp":"w","sms":"s","email":"e")"), Way::OnePass);
    add("channel member not a string", delivery(R"("email":5,"sms":"s")"), Way::OnePass);
    add("channel members none a string", delivery(R"("email":null,"sms":{"a":1},"fax":[1])"),
        Way::OnePass);
    add("channel member twice, a string last", delivery(R"("sms":5,"sms":"s")"), Way::OnePass);
    add("channel member twice, a string first", delivery(R"("sms":"s","sms":5)"), Way::OnePass);
    add("channel member beside its base64", delivery(R"("sms":"s","sms_base64":"YQ==")"),
        Way::OnePass);
    add("channel member not a string beside its base64",
        delivery(R"("sms":1,"sms_base64":"YQ==","email":"e")"), Way::OnePass);
    add("channel member beside its base64, in that order",
        delivery(R"("sms_base64":"YQ==","fax":"1","sms":"s")"), Way::OnePass);
    add("ref plain", delivery(R"("sms":"1","ref":"r")"), Way::OnePass);
    add("ref not a string", delivery(R"("sms":"1","ref":["r"])"), Way::OnePass);
    add("ref both", delivery(R"("sms":"1","ref":"plain","ref_base64":"Ymll")"), Way::OnePass);
    add("ref bad base64", delivery(R"("sms":"1","ref_base64":"%%%")"), Way::Refused);
    add("ref base64 null", delivery(R"("sms":"1","ref_base64":null)"), Way::Refused);
    add("ref base64 a number", delivery(R"("sms":"1","ref_base64":5)"), Way::Refused);
    add("extra members",
        delivery(R"("sms":"1","note":"n","count":3,"ratio":0.5,"ok":false,)"
                 R"("none":null,"list":[1,"a",{"b":2}],"obj":{"c":{"d":[]}})"),
        Way::OnePass);
    add("extra member twice", delivery(R"("sms":"1","note":"a","note":{"b":1})"), Way::OnePass);
    add("extra base64 member", delivery(R"("sms":"1","subject_base64":"U3ViamVjdA==")"),
        Way::OnePass);
    add("extra base64 member beside its plain one",
        delivery(R"("sms":"1","subject":"plain","subject_base64":"ZGVjb2RlZA==")"), Way::OnePass);
    add("extra base64 member before its plain one",
        delivery(R"("sms":"1","subject_base64":"ZGVjb2RlZA==","subject":"plain")"), Way::OnePass);
    add("extra base64 member twice",
        delivery(R"("sms":"1","s_base64":"YQ==","s_base64":"Yg==","s":1)"), Way::OnePass);
    add("extra member named _base64", delivery(R"("sms":"1","_base64":"plain")"), Way::OnePass);
    add("extra member named _base64_base64",
        delivery(R"("sms":"1","_base64_base64":"YQ==","_base64":"plain")"), Way::OnePass);
    add("extra base64 member bad", delivery(R"("sms":"1","subject_base64":"?")"), Way::Refused);
    add("extra base64 member not a string", delivery(R"("sms":"1","subject_base64":{})"),
        Way::Refused);
    add("extra member named like a handled one, base64",
        delivery(R"("sms":"1","delivery_attempts_base64":"YQ==","events_base64":"Yg==",)"
                 R"("ref_x":"r")"),
        Way::OnePass);
    add("extra member with an escaped name", delivery(R"("sms":"1","n\u00e4me":"v","\u00e9":1)"),
        Way::OnePass);
    add("extra member with a non-ASCII name", delivery("\"sms\":\"1\",\"\xc3\xa9t\xc3\xa9\":2"),
        Way::OnePass);
    add("extra member with an empty name", delivery(R"("sms":"1","":"empty")"), Way::OnePass);
    add("numbers in details",
        delivery(R"("sms":"1","a":1.0,"b":1e2,"c":-0.0,"d":1.5,)"
                 R"("e":9223372036854775807,"f":9223372036854775808,)"
                 R"("g":-9223372036854775808,"h":-9223372036854775809,)"
                 R"("i":12345678901234567890123,"j":4.9e-324,)"
                 R"("k":9007199254740993,"l":9007199254740993.0,)"
                 R"("m":0.30000000000000004,"n":1E+2,"o":-12e-1)"),
        Way::OnePass);

    // Attempts.
    add("attempts not an array", delivery(R"("sms":"1","delivery_attempts":{"state":"Sent"})"),
        Way::OnePass);
    add("attempts not objects", delivery(R"("sms":"1","delivery_attempts":[1,null,"x",[]])"),
        Way::OnePass);
    add("attempts empty", delivery(R"("sms":"1","delivery_attempts":[])"), Way::OnePass);
    add("attempts twice",
        delivery(R"("sms":"1","delivery_attempts":[{"state":"A"}],)"
                 R"("delivery_attempts":[{"state":"B"},{"state":"C"}])"),
        Way::OnePass);
    add("attempt fields of other types",
        delivery(R"("sms":"1","delivery_attempts":[{"state":5,"first_attempt":1,)"
                 R"("delivery_time":null,"gamma_code":null}])"),
        Way::OnePass);
    add("gamma codes",
        delivery(R"("sms":"1","delivery_attempts":[{"gamma_code":"12"},)"
                 R"({"gamma_code":" 13 "},{"gamma_code":"x"},{"gamma_code":1.5},)"
                 R"({"gamma_code":2.0},{"gamma_code":3e9},{"gamma_code":-7},)"
                 R"({"gamma_code":true},{"gamma_code":[1]},{"gamma_code":"1e3"},)"
                 R"({"gamma_code":99999999999},{"gamma_code":-2147483648},)"
                 R"({"gamma_code":"-2147483649"},{"gamma_code":1,"gamma_code":2}])"),
        Way::OnePass);
    add("attempt details",
        delivery(R"("fax":"1","delivery_attempts":[{"state":"Sent",)"
                 R"("delivery_sec":52,"pages_delivered":3,"baud_rate":14400,)"
                 R"("rcsid":"+49 221","rcsid_base64":"YQ==","x":{"y":[]}}])"),
        Way::OnePass);
    add("attempt bad base64 detail",
        delivery(R"("fax":"1","delivery_attempts":[{"state":"Sent"},)"
                 R"({"rcsid_base64":"#"}])"),
        Way::Refused);
    add("attempt fields twice",
        delivery(R"("sms":"1","delivery_attempts":[{"state":"A",)"
                 R"("state":"B","first_attempt":"2026-03-02T08:15:44.000Z",)"
                 R"("first_attempt":"","delivery_time":"",)"
                 R"("delivery_time":"2026-03-02T08:15:45.001Z"}])"),
        Way::OnePass);

    // Events.
    add("events an array", delivery(R"("sms":"1","events":[{"status":"Delivered"},1,{}])"),
        Way::OnePass);
    add("events a string", delivery(R"("sms":"1","events":"Delivered")"), Way::OnePass);
    add("events empty", delivery(R"("sms":"1","events":{})"), Way::OnePass);
    add("events in unsorted lists",
        delivery(R"("sms":"1","events":{"z":[{"status":"Z"}],"a":[{"status":"A"}],)"
                 R"("m":{"y":[{"status":"Y"}],"b":[{"status":"B"}],"c":5},"b":7})"),
        Way::OnePass);
    add("events list twice",
        delivery(R"("sms":"1","events":{"a":[{"status":"1"}],)"
                 R"("a":[{"status":"2"},{"status":"3"}]})"),
        Way::OnePass);
    add("events list replaced by a non-list",
        delivery(R"("sms":"1","events":{"a":[{"status":"1"}],"a":null,"b":[{"status":"2"}]})"),
        Way::OnePass);
    add("events nested lists twice",
        delivery(R"("sms":"1","events":{"e":{"dsn":[{"status":"1"}],"dsn":{},"x":[]},)"
                 R"("e":{"dsn":[{"status":"2"}]}})"),
        Way::OnePass);
    add("events three levels deep",
        delivery(R"("sms":"1","events":{"a":{"b":{"c":[{"status":"deep"}]}}})"), Way::OnePass);
    add("events twice", delivery(R"("sms":"1","events":{"a":[{"status":"1"}]},"events":[{}])"),
        Way::OnePass);
    add("event fields",
        delivery(R"("sms":"1","events":{"x":[{"event_time":"2026-03-02T08:15:44.000Z",)"
                 R"("time":"2026-03-02T08:15:45.000Z","status":"S","state":"T"},)"
                 R"({"time":"2026-03-02T08:15:46.000Z","state":"T","event":"E"},)"
                 R"({"timestamp":"2026-03-02T08:15:47.000Z","event":"E"},)"
                 R"({"event_time":5,"time":"2026-03-02T08:15:48.000Z","status":null,"state":"T"},)"
                 R"({"event_time":"bad","status":""},)"
                 R"({"status":"S","status":1,"event":"E"},)"
                 R"({"event_time":5,"time":[],"timestamp":{}}]})"),
        Way::OnePass);
    add("event list names beyond ASCII",
        delivery("\"sms\":\"1\",\"events\":{\"\xc3\xa9\":[{\"status\":\"1\"}],\"z\":[]}"),
        Way::OldPath);
    add("event list names escaped",
        delivery(R"("sms":"1","events":{"\u0062":[{"status":"b"}],"a":[{"status":"a"}]})"),
        Way::OnePass);

    // Malformed JSON of many kinds: QJsonDocument's words and offset.
    add("not JSON", "job_id=xsi-1", Way::Refused);
    add("unterminated object", R"({"job_id":"xsi-1")", Way::Refused);
    add("unterminated string", R"({"job_id":"xsi-1)", Way::Refused);
    add("trailing comma in an object", R"({"job_id":"j",})", Way::Refused);
    add("trailing comma in an array", job(R"("job_state":["A",])"), Way::Refused);
    add("missing comma", R"({"job_id":"j" "x":1})", Way::Refused);
    add("missing colon", R"({"job_id" "j"})", Way::Refused);
    add("missing value", R"({"job_id":})", Way::Refused);
    add("unquoted name", R"({job_id:"j"})", Way::Refused);
    add("single quotes", R"({'job_id':'j'})", Way::Refused);
    add("garbage after", R"({"job_id":"j"}x)", Way::Refused);
    add("two documents", R"({"job_id":"j"}{"job_id":"k"})", Way::Refused);
    add("mismatched brackets", job(R"("job_state":["A"})"), Way::Refused);
    add("leading zero", job(R"("a":01)"), Way::Refused);
    add("lone minus", job(R"("a":-)"), Way::Refused);
    add("point without digits", job(R"("a":1.)"), Way::OldPath);
    add("digits without a leading zero", job(R"("a":.5)"), Way::OldPath);
    add("plus sign", job(R"("a":+1)"), Way::Refused);
    add("empty exponent", job(R"("a":1e)"), Way::Refused);
    add("hex number", job(R"("a":0x10)"), Way::Refused);
    add("NaN", job(R"("a":NaN)"), Way::Refused);
    add("truthy", job(R"("a":tru)"), Way::Refused);
    add("capital True", job(R"("a":True)"), Way::Refused);
    add("bad escape", job(R"("a":"\x")"), Way::OldPath);
    add("bad escape hex", job(R"("a":"\u12G4")"), Way::Refused);
    add("truncated escape", job(R"("a":"\u12")"), Way::Refused);
    add("lone high surrogate", job(R"("a":"\ud800")"), Way::OldPath);
    add("lone low surrogate", job(R"("a":"\udc00")"), Way::OldPath);
    add("surrogates reversed", job(R"("a":"\udc00\ud800")"), Way::OldPath);
    add("high surrogate before a character", job(R"("a":"\ud83dx")"), Way::OldPath);
    add("control character", job("\"a\":\"\x01\""), Way::OldPath);
    add("tab in a string", job("\"a\":\"\t\""), Way::OldPath);
    add("newline in job_id", "{\"job_id\":\"a\nb\"}", Way::OldPath);
    add("byte order mark", "\xef\xbb\xbf{\"job_id\":\"j\"}", Way::OldPath);
    add("overlong UTF-8", job("\"a\":\"\xc0\x80\""), Way::Refused);
    add("encoded surrogate", job("\"a\":\"\xed\xa0\x80\""), Way::Refused);
    add("beyond U+10FFFF", job("\"a\":\"\xf4\x90\x80\x80\""), Way::Refused);
    add("cut UTF-8", job("\"a\":\"\xe2\x82\""), Way::Refused);
    add("stray continuation byte", job("\"a\":\"\x80\""), Way::Refused);
    add("Latin-1 byte", "{\"job_id\":\"caf\xe9\"}", Way::Refused);
    add("invalid UTF-8 in a name", job("\"\xff\":1"), Way::Refused);
    add("NUL byte", QByteArray("{\"job_id\":\"j\"}\0", 15), Way::Refused);
    add("deep nesting", job("\"a\":" + QByteArray(300, '[') + QByteArray(300, ']')), Way::OldPath);
    add("too deep for Qt", job("\"a\":" + QByteArray(1100, '[') + QByteArray(1100, ']')),
        Way::Refused);
    add("deep objects",
        job("\"a\":" + QByteArray(200, '{').replace("{", R"({"a":)") + "1" + QByteArray(200, '}')),
        Way::OnePass);
}

void TestOpenTextStatus::onePassSameAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(Way, way);
    Comparison comparison;
    QVERIFY(comparison.same(json));
    QCOMPARE(comparison.refused == 1, way == Way::Refused);
    QCOMPARE(comparison.inOnePass == 1, way == Way::OnePass);
}

// The one pass reads the usual form of a time itself and hands the rest to
// QDateTime::fromString(): the edges of both, compared.
void TestOpenTextStatus::onePassTimes_data()
{
    QTest::addColumn<QString>("time");
    for (const char *time : {
             "2026-03-02T08:15:44.000Z",
             "2026-03-02T08:15:44.999Z",
             "1970-01-01T00:00:00.000Z",
             "1969-12-31T23:59:59.999Z",
             "0001-01-01T00:00:00.000Z",
             "9999-12-31T23:59:59.999Z",
             "0000-01-01T00:00:00.000Z",
             "2024-02-29T12:00:00.000Z",
             "2026-02-29T12:00:00.000Z",
             "2026-02-30T12:00:00.000Z",
             "2026-04-31T12:00:00.000Z",
             "2026-13-01T12:00:00.000Z",
             "2026-00-01T12:00:00.000Z",
             "2026-01-00T12:00:00.000Z",
             "2026-03-02T24:00:00.000Z",
             "2026-03-02T23:60:00.000Z",
             "2026-03-02T23:59:60.000Z",
             "2026-03-02T08:15:44Z",
             "2026-03-02T08:15:44.1Z",
             "2026-03-02T08:15:44.12Z",
             "2026-03-02T08:15:44.1234Z",
             "2026-03-02T08:15:44,000Z",
             "2026-03-02T08:15:44.000",
             "2026-03-02T08:15:44.000+00:00",
             "2026-03-02T08:15:44.000+02:00",
             "2026-03-02T08:15:44.000-05:30",
             "2026-03-02T08:15:44.000z",
             "2026-03-02t08:15:44.000Z",
             "2026-03-02 08:15:44.000Z",
             "2026-03-02T08:15",
             "2026-03-02",
             "2026-3-2T8:15:44.000Z",
             "+2026-03-02T08:15:44.00Z",
             "-2026-03-02T08:15:4.000Z",
             "2026-03-02T08:15:44.000ZZ",
             "20260302T081544.000Z",
             "2026-03-02T08:1a:44.000Z",
             " 2026-03-02T08:15:44.00Z",
             "2026-03-02T08:15:44.00Z ",
             "\\u0032026-03-02T08:15:44.000Z",
             "garbage",
             "",
             "1900-02-29T00:00:00.000Z",
             "2000-02-29T00:00:00.000Z",
             "2100-02-29T00:00:00.000Z",
             "2400-02-29T00:00:00.000Z",
             "1600-02-29T23:59:59.999Z",
             "1582-10-10T12:00:00.000Z",
         }) {
        QTest::newRow(time) << QString::fromLatin1(time);
    }
    // Every day of years around the leap rules' edges and the range's ends, each at another
    // time of day.
    for (const int year : {1, 4, 100, 1600, 1899, 1900, 1969, 1970, 2000, 2024, 2100, 9999}) {
        const QDate first(year, 1, 1);
        for (QDate date = first; date.year() == year; date = date.addDays(1)) {
            const int n = int(first.daysTo(date));
            const QString time = QStringLiteral("%1T%2:%3:%4.%5Z")
                                     .arg(date.toString(u"yyyy-MM-dd"))
                                     .arg(n % 24, 2, 10, QLatin1Char('0'))
                                     .arg(n * 7 % 60, 2, 10, QLatin1Char('0'))
                                     .arg(n * 13 % 60, 2, 10, QLatin1Char('0'))
                                     .arg(n * 37 % 1000, 3, 10, QLatin1Char('0'));
            QTest::newRow(qPrintable(time)) << time;
        }
    }
}

void TestOpenTextStatus::onePassTimes()
{
    QFETCH(QString, time);
    const QByteArray quoted = '"' + time.toUtf8() + '"';
    const QByteArray json = R"({"job_id":"j","entry_time":)" + quoted
        + R"(,"deliveries":[{"sms":"1","delivery_attempts":[{"first_attempt":)" + quoted
        + R"(,"delivery_time":)" + quoted + R"(}],"events":{"x":[{"time":)" + quoted
        + R"(,"status":"Delivered"}]}}]})";
    Comparison comparison;
    QVERIFY(comparison.same(json));
    QCOMPARE(comparison.inOnePass, 1);
}

// A document cut short at every byte: the same error (QJsonDocument's words and offset) or,
// where the cut leaves valid JSON, the same status.
void TestOpenTextStatus::onePassCutEverywhere()
{
    Comparison comparison;
    QList<QByteArray> documents = fixtures();
    documents.append(sandboxDocuments().at(4 * 3 - 2)); // email, complete, one failing
    for (const QByteArray &document : documents) {
        for (qsizetype length = 0; length <= document.size(); ++length)
            QVERIFY(comparison.same(document.left(length)));
    }
    QVERIFY(comparison.refused > 1000);
}

// The one pass keeps the details it made of the last documents, to hand them out again: a
// status whose details are changed afterwards changes none of the next ones.
void TestOpenTextStatus::onePassDetailsAreTheirOwn()
{
    const QByteArray document = sandboxDocuments().at(4 * 3 * 2 + 4 * 2 + 2); // fax, complete
    const Result<OpenTextJobStatus> reference = throughQJsonDocument(document);
    QVERIFY(reference.ok());
    QVERIFY(!reference->deliveries.at(0).attempts.at(0).details.isEmpty());
    for (int round = 0; round < 3; ++round) {
        std::optional<OpenTextJobStatus> status = readJobStatus(document);
        QVERIFY(status);
        QCOMPARE(described(*status), described(reference.value()));
        for (OpenTextDestinationStatus &delivery : status->deliveries) {
            delivery.details.insert(u"changed"_s, round);
            for (OpenTextAttempt &attempt : delivery.attempts) {
                attempt.details.insert(u"delivery_sec"_s, -1);
                attempt.details.remove(u"rcsid"_s);
            }
        }
    }
}

// Random changes to the fixtures and the sandbox's documents: one to three bytes replaced,
// inserted or removed. Most break the JSON, some break a field, some change a value.
void TestOpenTextStatus::onePassMutations()
{
    QRandomGenerator random(20261207); // fixed: a failure is the same on every run
    static const char interesting[] = "{}[],:\"\\/-+.eE0123456789tfnu \t\n\x01\x7f\xc0\xc3\xe2"
                                      "\xed\xef\xf0\xf4\x80\xa0\xbf=_aAzZ";
    Comparison comparison;
    QList<QByteArray> documents = fixtures();
    const QList<QByteArray> sandbox = sandboxDocuments();
    for (qsizetype i = 0; i < sandbox.size(); i += 5)
        documents.append(sandbox.at(i));
    for (const QByteArray &document : documents) {
        for (int round = 0; round < 600; ++round) {
            const QByteArray mutated
                = JsonCorpus::mutated(document, random, interesting, int(sizeof(interesting) - 1));
            QVERIFY(comparison.same(mutated));
        }
    }
    // Both kinds were compared: documents refused, and documents read whole in one pass.
    QVERIFY2(comparison.refused > 1000, qPrintable(QString::number(comparison.refused)));
    QVERIFY2(comparison.inOnePass > 1000, qPrintable(QString::number(comparison.inOnePass)));
    qInfo("compared %d documents, %d refused, %d read in one pass", comparison.documents,
          comparison.refused, comparison.inOnePass);
}

QTEST_GUILESS_MAIN(TestOpenTextStatus)
#include "tst_opentextstatus.moc"
