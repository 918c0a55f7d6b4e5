// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/opentextstatus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OtBridge;
using State = OpenTextDestinationStatus::State;

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

QTEST_GUILESS_MAIN(TestOpenTextStatus)
#include "tst_opentextstatus.moc"
