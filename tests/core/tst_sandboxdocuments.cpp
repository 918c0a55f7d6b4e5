// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpclient.h"
#include "sandbox/inboxdecoding.h"
#include "sandbox/opentextsandbox.h"
#include "sandbox/sandboxjob.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace OtBridge;
using namespace Qt::StringLiterals;

// What the sandbox writes on its hot path, byte for byte as it was before that path was made
// cheaper: ISO times against QDateTime's own, status documents against the writer they had
// (kept here as the reference), the submit's answer against QJsonDocument's, and the inbox of
// an in-process sandbox against the message it used to build at each submit.
class tst_SandboxDocuments : public QObject
{
    Q_OBJECT

private slots:
    void isoTimeIsQtsOwn();
    void isoTimeOfOtherSpecs();
    void statusDocumentIsAsBefore();
    void submitAnswerIsQJsonDocuments_data();
    void submitAnswerIsQJsonDocuments();
    void inboxIsAsBefore();
    void errorPatternChangesTakeEffect();
};

namespace reference {

// SandboxJob::statusDocument() before it kept its fixed parts: every member through JsonWriter,
// every time through QDateTime::toString, every base64 afresh.
QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

const char *channelKey(SandboxChannel channel)
{
    switch (channel) {
    case SandboxChannel::Email:
        return "email";
    case SandboxChannel::Sms:
        return "sms";
    case SandboxChannel::Fax:
        return "fax";
    case SandboxChannel::WhatsApp:
        return "whatsapp";
    }
    return "email";
}

QByteArray statusDocument(const SandboxJob &job)
{
    using Stage = SandboxJob::Stage;
    constexpr int errorGammaCode = 1;
    constexpr int faxBaudRate = 14400;
    constexpr int faxSecondsPerPage = 20;
    const Stage stage = job.stage;
    const SandboxChannel channel = job.channel;

    JsonWriter json;
    json.beginObject()
        .key("job_id"_L1)
        .value(job.id)
        .key("entry_time"_L1)
        .value(isoTime(job.entryTime))
        .key("billing_code_base64"_L1)
        .value(base64(job.billingCode))
        .key("job_state"_L1)
        .values(job.jobState());
    if (job.hasCustomerReference)
        json.key("customer_reference_base64"_L1).value(base64(job.customerReference));

    json.key("deliveries"_L1).beginArray();
    const QString sent = stage == Stage::Submitted ? QString() : isoTime(job.sentTime);
    const QString complete = stage == Stage::Complete ? isoTime(job.completeTime) : QString();
    for (const SandboxDestination &destination : job.destinations) {
        const bool failed = stage == Stage::Complete && destination.fails;
        json.beginObject()
            .key("ref_base64"_L1)
            .value(base64(destination.ref))
            .key(QLatin1StringView(channelKey(channel)))
            .value(destination.address);

        json.key("delivery_attempts"_L1).beginArray().beginObject();
        if (stage == Stage::Submitted) {
            json.key("state"_L1)
                .value("Submitted"_L1)
                .key("first_attempt"_L1)
                .value(""_L1)
                .key("delivery_time"_L1)
                .value(""_L1)
                .key("gamma_code"_L1)
                .value(0);
        } else {
            json.key("state"_L1)
                .value(failed ? "Error"_L1 : "Sent"_L1)
                .key("first_attempt"_L1)
                .value(sent)
                .key("delivery_time"_L1)
                .value(failed ? complete : sent)
                .key("gamma_code"_L1)
                .value(failed ? errorGammaCode : 0);
        }
        if (channel == SandboxChannel::Fax) {
            const bool delivered = stage != Stage::Submitted && !failed;
            json.key("delivery_sec"_L1)
                .value(delivered ? job.faxPages * faxSecondsPerPage : 0)
                .key("pages_delivered"_L1)
                .value(delivered ? job.faxPages : 0)
                .key("baud_rate"_L1)
                .value(delivered ? faxBaudRate : 0)
                .key("rcsid"_L1)
                .value(delivered ? QStringView(destination.address) : QStringView());
        }
        json.endObject().endArray();

        const auto events = [&] {
            json.beginArray();
            if (stage == Stage::Complete) {
                json.beginObject()
                    .key("event_time"_L1)
                    .value(complete)
                    .key("status"_L1)
                    .value(failed ? "Failed"_L1 : "Confirmed"_L1)
                    .endObject();
            }
            json.endArray();
        };
        json.key("events"_L1).beginObject();
        switch (channel) {
        case SandboxChannel::Email:
            json.key("email_delivery_events"_L1).beginObject().key("dsn"_L1);
            events();
            json.key("html_open"_L1).beginArray().endArray();
            json.key("pull"_L1).beginArray().endArray().endObject();
            break;
        case SandboxChannel::Sms:
            json.key("sms_delivery_events"_L1);
            events();
            break;
        case SandboxChannel::Fax:
            json.key("fax_delivery_events"_L1);
            events();
            break;
        case SandboxChannel::WhatsApp:
            json.key("whatsapp_delivery_events"_L1);
            events();
            break;
        }
        json.endObject();
        if (channel == SandboxChannel::Email) {
            json.key("html_open_tracking"_L1)
                .beginObject()
                .key("total_open_count"_L1)
                .value(0)
                .key("distinct_open_count"_L1)
                .value(0)
                .endObject();
        }
        json.endObject();
    }
    json.endArray().endObject();
    return json.take();
}

} // namespace reference

namespace {

constexpr qint64 msecsPerDay = 24 * 3600 * 1000;
// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: Qt writes years 1 to 9999 only.
const qint64 firstWritten = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 lastWritten
    = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Instants to write: the edges of what Qt writes and of days, leap days and the epoch, then
// random ones from before year 1 to after 9999, every millisecond value among them.
QList<qint64> instants()
{
    QList<qint64> list = {0,
                          -1,
                          1,
                          999,
                          1000,
                          -999,
                          -1000,
                          -1001,
                          msecsPerDay - 1,
                          -msecsPerDay,
                          -msecsPerDay - 1,
                          firstWritten,
                          firstWritten - 1,
                          firstWritten + 1,
                          lastWritten,
                          lastWritten + 1,
                          lastWritten - 1,
                          1'800'000'000'123};
    for (const QDate date :
         {QDate(2000, 2, 29), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2100, 2, 28),
          QDate(2100, 3, 1), QDate(2024, 12, 31), QDate(1969, 12, 31), QDate(1600, 2, 29),
          QDate(1582, 10, 4), QDate(1582, 10, 15), QDate(1, 12, 31), QDate(9999, 1, 1)}) {
        const qint64 start = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        list << start << start - 1 << start + msecsPerDay - 1 << start + 43'200'007;
    }
    QRandomGenerator random(20261120);
    const qint64 low = firstWritten - 400 * 366 * msecsPerDay;
    const qint64 high = lastWritten + 400 * 366 * msecsPerDay;
    for (int i = 0; i < 200'000; ++i)
        list << low + qint64(random.bounded(quint64(high - low)));
    // Times of now, as the sandbox writes them.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 20'000; ++i)
        list << now + qint64(random.bounded(100 * msecsPerDay)) - 50 * msecsPerDay;
    return list;
}

QJsonObject fixtureJson(const QString &name)
{
    QFile file(QStringLiteral(OTBRIDGE_FIXTURES_DIR "/opentext/requests/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Exchange
{
    int status = 0;
    QByteArray body;
};

Exchange exchange(HttpClient &client, const QByteArray &method, const QUrl &url,
                  const QByteArray &body = {}, const QByteArray &submitId = {})
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = {{"Content-Type", "application/json"},
                       {"Authorization", "Basic " + QByteArray("user:secret").toBase64()}};
    if (!submitId.isEmpty())
        request.headers.append({"X-MRA-SubmitId", submitId});
    request.body = body;
    Exchange result;
    bool done = false;
    client.send(std::move(request), [&](const HttpResponse &response) {
        result.status = response.status;
        result.body = response.body;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the sandbox");
    return result;
}

SandboxOptions sandboxOptions()
{
    SandboxOptions options;
    options.user = u"user"_s;
    options.password = u"secret"_s;
    options.sentAfterMs = 0;
    options.confirmedAfterMs = 0;
    return options;
}

} // namespace

void tst_SandboxDocuments::isoTimeIsQtsOwn()
{
    QCOMPARE(sandboxIsoTime(QDateTime()), QString());
    int written = 0;
    for (const qint64 msecs : instants()) {
        const QDateTime time = utc(msecs);
        const QString expected = time.toString(Qt::ISODateWithMs);
        const QString actual = sandboxIsoTime(time);
        if (actual != expected)
            QFAIL(qPrintable(u"%1 ms: %2, Qt writes %3"_s.arg(msecs).arg(actual, expected)));
        written += expected.isEmpty() ? 0 : 1;
    }
    // Both kinds were there: what Qt writes, and years it writes as nothing.
    QVERIFY(written > 100'000);
    QVERIFY(written < 220'000);
    QCOMPARE(sandboxIsoTime(utc(lastWritten)), u"9999-12-31T23:59:59.999Z"_s);
    QCOMPARE(sandboxIsoTime(utc(firstWritten)), u"0001-01-01T00:00:00.000Z"_s);
    QCOMPARE(sandboxIsoTime(utc(-1)), u"1969-12-31T23:59:59.999Z"_s);
}

// A time in local time or at an offset is written as its instant in UTC.
void tst_SandboxDocuments::isoTimeOfOtherSpecs()
{
    QRandomGenerator random(42);
    const QTimeZone zone("Europe/Berlin");
    for (int i = 0; i < 5000; ++i) {
        const qint64 msecs = qint64(random.bounded(quint64(4'000'000'000'000)));
        QList<QDateTime> times = {QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime),
                                  QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, -34200),
                                  QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, 50400)};
        if (zone.isValid())
            times << QDateTime::fromMSecsSinceEpoch(msecs, zone);
        for (const QDateTime &time : times)
            QCOMPARE(sandboxIsoTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    }
}

// Every channel and stage, with one to three destinations, texts that need escaping and
// others that do not, with and without a customer reference, times missing: the document of
// a job as the sandbox keeps it (its parts written once, then the stage moving on) and of a
// job built by hand are the reference's, byte for byte.
void tst_SandboxDocuments::statusDocumentIsAsBefore()
{
    using Stage = SandboxJob::Stage;
    const QList<QList<SandboxDestination>> destinationSets = {
        {{u"legal.review@example.com"_s, u"legal-1"_s, false}},
        {{u"fail@example.com"_s, u"r"_s, true}},
        {{u"+49 170 1234567"_s, QString(), false}, {u"error-7@x.org"_s, u"ref-2"_s, true}},
        {{u"märc \"quoted\" \\ €@example.com"_s, u"ref\n\t\x01 ü"_s, false},
         {QString(), u"12.5"_s, false},
         {u"\x7f\x1f tab\there"_s, u"ü😀"_s, true}},
    };
    const QList<QPair<QString, QString>> texts = {
        {u"legal-ops"_s, u"C-1042"_s},
        {QString(), QString()},
        {u"cost-centre 7 €"_s, u"ticket\n42 \"x\""_s},
    };
    const QList<QString> ids = {u"xsi-1234567890"_s, u"xsi-\"quoted\"-1"_s, u"ü-\x02-9"_s};
    const QDateTime entry = utc(1'800'000'000'123);
    int compared = 0;
    for (const SandboxChannel channel : {SandboxChannel::Email, SandboxChannel::Sms,
                                         SandboxChannel::Fax, SandboxChannel::WhatsApp}) {
        for (const QList<SandboxDestination> &destinations : destinationSets) {
            for (const auto &[billingCode, customerReference] : texts) {
                for (const bool hasCustomerReference : {false, true}) {
                    for (const QString &id : ids) {
                        for (const QDateTime &entryTime :
                             {entry, QDateTime(), utc(-62'200'000'000'000)}) {
                            SandboxJob job;
                            job.id = id;
                            job.channel = channel;
                            job.submitId = u"submit-1"_s;
                            job.entryTime = entryTime;
                            job.billingCode = billingCode;
                            job.customerReference = customerReference;
                            job.hasCustomerReference = hasCustomerReference;
                            job.destinations = destinations;
                            job.faxPages = 3;
                            SandboxJob kept = job;
                            kept.keepDocumentParts();
                            // The stages as the sandbox moves through them, times as it sets them;
                            // then a Complete job that lost its sent time.
                            const QList<std::tuple<Stage, QDateTime, QDateTime>> steps = {
                                {Stage::Submitted, QDateTime(), QDateTime()},
                                {Stage::Sent, entry.addMSecs(1500), QDateTime()},
                                {Stage::Complete, entry.addMSecs(1500), entry.addMSecs(3001)},
                                {Stage::Complete, QDateTime(), entry.addMSecs(999)},
                            };
                            for (const auto &[stage, sentTime, completeTime] : steps) {
                                for (SandboxJob *each : {&job, &kept}) {
                                    each->stage = stage;
                                    each->sentTime = sentTime;
                                    each->completeTime = completeTime;
                                    const QByteArray expected = reference::statusDocument(*each);
                                    QCOMPARE(each->statusDocument(), expected);
                                    ++compared;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    QCOMPARE(compared, 4 * 4 * 3 * 2 * 3 * 3 * 4 * 2);

    // The kept parts are shared by the job's copies, as the sandbox's snapshots are.
    SandboxJob job;
    job.id = u"xsi-1"_s;
    job.entryTime = entry;
    job.destinations = destinationSets.at(2);
    job.keepDocumentParts();
    SandboxJob snapshot = job;
    snapshot.stage = Stage::Complete;
    snapshot.completeTime = entry.addMSecs(10);
    QCOMPARE(snapshot.documentParts, job.documentParts);
    QCOMPARE(snapshot.statusDocument(), reference::statusDocument(snapshot));
    // A job whose destinations changed after its parts were kept is written afresh.
    snapshot.destinations.append({u"late@example.com"_s, u"late"_s, false});
    QCOMPARE(snapshot.statusDocument(), reference::statusDocument(snapshot));
}

void tst_SandboxDocuments::submitAnswerIsQJsonDocuments_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("default") << u"xsi"_s;
    QTest::newRow("quote") << u"x\"s"_s;
    QTest::newRow("backslash") << u"x\\s"_s;
    QTest::newRow("control") << u"x\x01\b\f\n\r\t"_s;
    QTest::newRow("delete") << u"x\x7f"_s;
    QTest::newRow("non-ASCII") << u"ü€😀"_s;
    QTest::newRow("slash and space") << u"a/b c"_s;
    QTest::newRow("empty") << QString();
}

// The submit's {"job_id": …} is QJsonDocument's, whatever the configured prefix makes of it.
void tst_SandboxDocuments::submitAnswerIsQJsonDocuments()
{
    QFETCH(QString, prefix);
    SandboxOptions options = sandboxOptions();
    options.jobIdPrefix = prefix;
    OpenTextSandbox sandbox(options);
    const Result<quint16> port = sandbox.listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port, qPrintable(port.error()));
    HttpClient client;
    const QByteArray body = QJsonDocument(fixtureJson(u"sms.json"_s)).toJson();
    const Exchange answer = exchange(
        client, "POST", QUrl(sandbox.messagingUrl().toString() + u"/outbound/sms"_s), body);
    QCOMPARE(answer.status, 200);
    const QString id
        = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("job_id")).toString();
    QVERIFY(id.startsWith(prefix + u'-'));
    QCOMPARE(answer.body,
             QJsonDocument(QJsonObject {{u"job_id"_s, id}}).toJson(QJsonDocument::Compact));
}

// The inbox message of every fixture, as the sandbox used to build it at the submit: the
// request, its decoded view, the time received (the job's entry time), the submit id, the job
// id and sequence number, and the job's state beside it.
void tst_SandboxDocuments::inboxIsAsBefore()
{
    OpenTextSandbox sandbox(sandboxOptions());
    const Result<quint16> port = sandbox.listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port, qPrintable(port.error()));
    HttpClient client;
    const QString messaging = sandbox.messagingUrl().toString();
    const QList<std::tuple<QString, QString, QByteArray>> submits = {
        {u"email.json"_s, u"/outbound/emails"_s, "emails"},
        {u"sms.json"_s, u"/outbound/sms"_s, "sms"},
        {u"fax.json"_s, u"/outbound/faxes"_s, "faxes"},
        {u"whatsapp-text.json"_s, u"/outbound/whatsapp"_s, "whatsapp"},
        {u"whatsapp-media.json"_s, u"/outbound/whatsapp"_s, "whatsapp"},
        {u"whatsapp-location.json"_s, u"/outbound/whatsapp"_s, "whatsapp"},
        {u"whatsapp-template.json"_s, u"/outbound/whatsapp/template_message"_s, "whatsapp"},
    };
    struct Sent
    {
        QJsonObject request;
        QString channel;
        QString jobId;
        QByteArray statusSegment;
        QString submitId;
    };
    QList<Sent> sent;
    for (const auto &[name, path, segment] : submits) {
        const QJsonObject request = fixtureJson(name);
        // Every other submit names itself, as the OpenText client does.
        const QString submitId = sent.size() % 2 ? u"submit-ü-%1"_s.arg(sent.size()) : QString();
        const Exchange answer = exchange(client, "POST", QUrl(messaging + path),
                                         QJsonDocument(request).toJson(), submitId.toUtf8());
        QVERIFY2(answer.status == 200, answer.body.constData());
        const QString channel = segment == "emails" ? u"email"_s
            : segment == "faxes"                    ? u"fax"_s
                                                    : QString::fromLatin1(segment);
        sent.append({request, channel,
                     QJsonDocument::fromJson(answer.body)
                         .object()
                         .value(QLatin1String("job_id"))
                         .toString(),
                     segment, submitId});
    }
    // Every job Complete: the messages carry their final state.
    for (const Sent &each : std::as_const(sent)) {
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Exchange status
                    = exchange(client, "GET",
                               QUrl(messaging + u"/outbound/"_s + QLatin1String(each.statusSegment)
                                    + u"/status?job_id="_s + each.jobId));
                return status.body.contains("\"Complete\"");
            },
            10000));
    }

    const auto channelOfName = [](const QString &name) {
        if (name == QLatin1String("email"))
            return SandboxChannel::Email;
        if (name == QLatin1String("sms"))
            return SandboxChannel::Sms;
        if (name == QLatin1String("fax"))
            return SandboxChannel::Fax;
        return SandboxChannel::WhatsApp;
    };
    // Twice: the first read makes the messages, the second reads them back as kept.
    for (int read = 0; read < 2; ++read) {
        const QJsonArray messages = sandbox.inbox().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const Sent &each = sent.at(i);
            const QJsonObject message = messages.at(sent.size() - 1 - i).toObject();
            const Exchange status
                = exchange(client, "GET",
                           QUrl(messaging + u"/outbound/"_s + QLatin1String(each.statusSegment)
                                + u"/status?job_id="_s + each.jobId));
            const QJsonObject document = QJsonDocument::fromJson(status.body).object();
            QJsonArray destinations;
            for (const QJsonValue &delivery :
                 document.value(QLatin1String("deliveries")).toArray()) {
                const QJsonObject object = delivery.toObject();
                const QString state = object.value(QLatin1String("delivery_attempts"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QLatin1String("state"))
                                          .toString();
                destinations.append(QJsonObject {
                    {u"address"_s, object.value(each.channel)},
                    {u"ref"_s,
                     QString::fromUtf8(QByteArray::fromBase64(
                         object.value(QLatin1String("ref_base64")).toString().toLatin1()))},
                    {u"state"_s, state == QLatin1String("Sent") ? u"Confirmed"_s : state}});
            }
            const QJsonObject expected {
                {u"channel"_s, each.channel},
                {u"received_at"_s, document.value(QLatin1String("entry_time"))},
                {u"submit_id"_s,
                 each.submitId.isEmpty() ? QJsonValue() : QJsonValue(each.submitId)},
                {u"request"_s, each.request},
                {each.channel, decodedSubmit(channelOfName(each.channel), each.request)},
                {u"job_id"_s, each.jobId},
                {u"seq"_s, qint64(i + 1)},
                {u"job_state"_s, document.value(QLatin1String("job_state"))},
                {u"destinations"_s, destinations},
            };
            QCOMPARE(message, expected);
        }
    }
}

// Whether an address fails is known per address once asked: a new pattern asks afresh.
void tst_SandboxDocuments::errorPatternChangesTakeEffect()
{
    OpenTextSandbox sandbox(sandboxOptions());
    const Result<quint16> port = sandbox.listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port, qPrintable(port.error()));
    HttpClient client;
    const QUrl submitUrl(sandbox.messagingUrl().toString() + u"/outbound/emails"_s);
    const QUrl settingsUrl(sandbox.baseUrl().toString() + u"/admin/settings"_s);
    // The states of the newest message's destinations, once its job is Complete.
    const auto submitted = [&](const QStringList &addresses) {
        QJsonArray destinations;
        for (const QString &address : addresses)
            destinations.append(QJsonObject {{u"email"_s, address}});
        QJsonObject body = fixtureJson(u"email.json"_s);
        body.insert(u"destinations"_s, destinations);
        const Exchange answer = exchange(client, "POST", submitUrl, QJsonDocument(body).toJson());
        QStringList states;
        if (answer.status != 200)
            return states;
        const bool complete = QTest::qWaitFor(
            [&] {
                const QJsonObject newest
                    = sandbox.inbox().value(QLatin1String("messages")).toArray().at(0).toObject();
                return newest.value(QLatin1String("job_state")).toArray().contains(u"Complete"_s);
            },
            10000);
        if (!complete)
            return states;
        const QJsonArray shown = sandbox.inbox()
                                     .value(QLatin1String("messages"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("destinations"))
                                     .toArray();
        for (const QJsonValue &destination : shown)
            states.append(destination.toObject().value(QLatin1String("state")).toString());
        return states;
    };
    const QStringList addresses = {u"legal.review@example.com"_s, u"fail@example.com"_s};
    QCOMPARE(submitted(addresses), QStringList({u"Confirmed"_s, u"Error"_s}));
    QCOMPARE(submitted(addresses), QStringList({u"Confirmed"_s, u"Error"_s}));
    const Exchange set
        = exchange(client, "PUT", settingsUrl, R"({"error_address_pattern": "^legal"})");
    QCOMPARE(set.status, 200);
    QCOMPARE(submitted(addresses), QStringList({u"Error"_s, u"Confirmed"_s}));
    QCOMPARE(exchange(client, "PUT", settingsUrl, R"({"error_address_pattern": "(^|[^a-z])fail"})")
                 .status,
             200);
    QCOMPARE(submitted(addresses), QStringList({u"Confirmed"_s, u"Error"_s}));
}

QTEST_GUILESS_MAIN(tst_SandboxDocuments)
#include "tst_sandboxdocuments.moc"
