// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/opentextmessage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace OtBridge;

namespace {

// Non-ASCII on purpose: the body must carry UTF-8, whatever the platform's locale.
const QString unicodeText = QStringLiteral("Prüfung – 契約");
// "Prüfung – 契約" as UTF-8, base64-encoded by hand (python3 base64), not by Qt.
const QString unicodeTextBase64 = QStringLiteral("UHLDvGZ1bmcg4oCTIOWlkee0hA==");

QJsonObject loadShape(const QString &name)
{
    QFile file(QStringLiteral(OTBRIDGE_FIXTURES_DIR "/opentext/shapes/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open shape fixture %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("shape fixture %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return document.object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &entry : value.toArray())
        result.append(entry.toString());
    return result;
}

// Every field by its nesting: "/destinations/*/email". Objects listed in maps hold data as
// keys (template parameters), so their keys all become "{}".
void collectShape(const QJsonValue &value, const QString &path, const QStringList &maps,
                  QSet<QString> *paths)
{
    if (!path.isEmpty())
        paths->insert(path);
    if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            collectShape(entry, path + QStringLiteral("/*"), maps, paths);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const bool isMap = maps.contains(path);
        for (auto it = object.begin(); it != object.end(); ++it)
            collectShape(it.value(),
                         path + QLatin1Char('/') + (isMap ? QStringLiteral("{}") : it.key()), maps,
                         paths);
    }
}

QSet<QString> shapeOf(const QJsonObject &body, const QStringList &maps)
{
    QSet<QString> paths;
    collectShape(body, QString(), maps, &paths);
    return paths;
}

QByteArray decoded(const QJsonValue &base64)
{
    const auto result = QByteArray::fromBase64Encoding(base64.toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    return result ? *result : QByteArray("<invalid base64>");
}

QJsonObject at(const QJsonObject &object, const QString &slashPath)
{
    QJsonObject current = object;
    for (const QString &key : slashPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        current = current.value(key).toObject();
    return current;
}

QList<OpenTextDestination> destinationsFor(int count, const QString &prefix)
{
    QList<OpenTextDestination> result;
    for (int i = 0; i < count; ++i)
        result.append({prefix + QString::number(i), QStringLiteral("ref-%1").arg(i), {}, {}});
    return result;
}

// Sized by the literal (20 bytes): a hand-counted 22 read past its end (ASan).
constexpr char pdfLiteral[] = "%PDF-1.4\n\x00\xff\xfe binary\n";
const QByteArray pdfBytes(pdfLiteral, sizeof pdfLiteral - 1);

OpenTextMessage emailMessage()
{
    OpenTextMessage message;
    message.channel = OpenTextChannel::Email;
    message.destinations = {
        {QStringLiteral("vertrag@example.de"), QStringLiteral("rv-17"),
         QStringLiteral("Vertragsstelle Köln"), QStringLiteral("Ablage")},
        {QStringLiteral("alt@example.org"), {}, {}, {}},
    };
    message.messageId = QStringLiteral("otb-msg-0001");
    message.billingCode = QStringLiteral("Q2-2026/Rechtsabteilung");
    message.customerReference = QStringLiteral("kunde-7731");
    message.subject = QStringLiteral("Vertrag – 契約");
    message.fromDisplayName = QStringLiteral("Bereich Recht");
    message.text = unicodeText;
    message.html = QStringLiteral("<p>") + unicodeText + QStringLiteral("</p>");
    message.attachments = {
        {QStringLiteral("annex.pdf"), QStringLiteral("pdf"), {}, pdfBytes},
        {QStringLiteral("notes.txt"), QStringLiteral("text"), QStringLiteral("ISO-8859-1"),
         QByteArray("Gr\xfc\xdf"
                    "e",
                    5)},
    };
    return message;
}

OpenTextMessage smsMessage()
{
    OpenTextMessage message;
    message.channel = OpenTextChannel::Sms;
    message.destinations = {{QStringLiteral("+4915112345678"), QStringLiteral("bereit-1"), {}, {}}};
    message.customerReference = QStringLiteral("fall-22");
    message.text = unicodeText;
    return message;
}

OpenTextMessage faxMessage()
{
    OpenTextMessage message;
    message.channel = OpenTextChannel::Fax;
    message.destinations = {{QStringLiteral("+492211234567"), QStringLiteral("lief-3"), {}, {}}};
    message.billingCode = QStringLiteral("einkauf");
    message.attachments = {
        {QStringLiteral("hinweis.txt"), QStringLiteral("text"), QStringLiteral("UTF-8"),
         unicodeText.toUtf8()},
        {QStringLiteral("annex.pdf"), QStringLiteral("pdf"), {}, pdfBytes},
    };
    message.coversheet = true;
    message.coversheetFrom = QStringLiteral("Einkauf");
    message.coversheetName = QStringLiteral("Lieferantenbetreuung");
    message.coversheetSubject = QStringLiteral("Zertifikat – abgelaufen");
    message.faxMode = QStringLiteral("fine");
    message.pageOrientation = QStringLiteral("landscape");
    message.pilotLine = QStringLiteral("OT Bridge Einkauf");
    return message;
}

OpenTextMessage whatsAppTextMessage()
{
    OpenTextMessage message;
    message.channel = OpenTextChannel::WhatsApp;
    message.destinations = {{QStringLiteral("+4917612345678"), QStringLiteral("kunde-9"), {}, {}}};
    message.messageId = QStringLiteral("otb-msg-0004");
    message.text = unicodeText;
    return message;
}

OpenTextMessage whatsAppTemplateMessage()
{
    OpenTextMessage message = whatsAppTextMessage();
    message.templateId = QStringLiteral("antrag_eingang_v2");
    message.languageCode = QStringLiteral("de");
    message.templateParameters = {
        {QStringLiteral("body[1]text"), QStringLiteral("Frau Weber")},
        {QStringLiteral("body[2]text"), unicodeText},
        {QStringLiteral("body[10]text"), QStringLiteral("zehn")},
    };
    return message;
}

} // namespace

class TestOpenTextMessage final : public QObject
{
    Q_OBJECT

private slots:
    void contractShape_data();
    void contractShape();
    void paths_data();
    void paths();
    void emailBody();
    void smsBody();
    void faxBody();
    void whatsAppTextBody();
    void whatsAppTemplateBody();
    void emptyFieldsOmitted();
    void split_data();
    void split();
    void splitCopiesTheRestOfTheMessage();
    void bodyTextIsWhatQJsonDocumentWrites();
};

void TestOpenTextMessage::contractShape_data()
{
    QTest::addColumn<OpenTextMessage>("message");
    QTest::addColumn<QString>("fixture");

    QTest::addRow("email") << emailMessage() << QStringLiteral("email.json");
    QTest::addRow("sms") << smsMessage() << QStringLiteral("sms.json");
    QTest::addRow("fax") << faxMessage() << QStringLiteral("fax.json");
    QTest::addRow("whatsapp text") << whatsAppTextMessage() << QStringLiteral("whatsapp-text.json");
    QTest::addRow("whatsapp template")
        << whatsAppTemplateMessage() << QStringLiteral("whatsapp-template.json");
}

// Every field we write exists, at the same nesting, in the documented request; every field the
// channel needs is there.
void TestOpenTextMessage::contractShape()
{
    QFETCH(OpenTextMessage, message);
    QFETCH(QString, fixture);

    const QJsonObject shape = loadShape(fixture);
    const QStringList maps = stringList(shape.value(QLatin1String("maps")));
    const QSet<QString> documented
        = shapeOf(shape.value(QLatin1String("request")).toObject(), maps);
    const QSet<QString> ours = shapeOf(submitBody(message), maps);

    QVERIFY(!ours.isEmpty());
    for (const QString &path : ours) {
        if (!documented.contains(path))
            QFAIL(qPrintable(QStringLiteral("%1 is not in the documented shape").arg(path)));
    }
    for (const QString &path : stringList(shape.value(QLatin1String("required")))) {
        if (!ours.contains(path))
            QFAIL(qPrintable(QStringLiteral("required %1 is missing").arg(path)));
    }
    QCOMPARE(submitPath(message), shape.value(QLatin1String("endpoint")).toString());
}

void TestOpenTextMessage::paths_data()
{
    QTest::addColumn<OpenTextChannel>("channel");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("submit");
    QTest::addColumn<QString>("status");

    QTest::addRow("email") << OpenTextChannel::Email << QStringLiteral("email")
                           << QStringLiteral("/outbound/emails")
                           << QStringLiteral("/outbound/emails/status");
    QTest::addRow("sms") << OpenTextChannel::Sms << QStringLiteral("sms")
                         << QStringLiteral("/outbound/sms")
                         << QStringLiteral("/outbound/sms/status");
    QTest::addRow("fax") << OpenTextChannel::Fax << QStringLiteral("fax")
                         << QStringLiteral("/outbound/faxes")
                         << QStringLiteral("/outbound/faxes/status");
    QTest::addRow("whatsapp") << OpenTextChannel::WhatsApp << QStringLiteral("whatsapp")
                              << QStringLiteral("/outbound/whatsapp")
                              << QStringLiteral("/outbound/whatsapp/status");
}

void TestOpenTextMessage::paths()
{
    QFETCH(OpenTextChannel, channel);
    QFETCH(QString, name);
    QFETCH(QString, submit);
    QFETCH(QString, status);

    OpenTextMessage message;
    message.channel = channel;
    QCOMPARE(channelName(channel), name);
    QCOMPARE(addressKey(channel), name);
    QCOMPARE(submitPath(message), submit);
    QCOMPARE(statusPath(channel), status);

    // Only WhatsApp has a second endpoint for templates.
    message.templateId = QStringLiteral("t1");
    QCOMPARE(submitPath(message),
             channel == OpenTextChannel::WhatsApp
                 ? QStringLiteral("/outbound/whatsapp/template_message")
                 : submit);
}

void TestOpenTextMessage::emailBody()
{
    const QJsonObject body = submitBody(emailMessage());

    const QJsonArray destinations = body.value(QLatin1String("destinations")).toArray();
    QCOMPARE(destinations.size(), 2);
    QCOMPARE(destinations.at(0).toObject(),
             (QJsonObject {{"email", "vertrag@example.de"},
                           {"ref", "rv-17"},
                           {"display_to", QStringLiteral("Vertragsstelle Köln")},
                           {"display_cc", "Ablage"}}));
    QCOMPARE(destinations.at(1).toObject(), (QJsonObject {{"email", "alt@example.org"}}));

    const QJsonArray parts = body.value(QLatin1String("body")).toArray();
    QCOMPARE(parts.size(), 4);
    const QJsonObject text = parts.at(0).toObject();
    QCOMPARE(text.value("type").toString(), QStringLiteral("text"));
    QCOMPARE(text.value("charset").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(text.value("name").toString(), QStringLiteral("body.txt"));
    QCOMPARE(text.value("data").toString(), unicodeTextBase64);
    QCOMPARE(QString::fromUtf8(decoded(text.value("data"))), unicodeText);
    QCOMPARE(text.size(), 4);

    const QJsonObject html = parts.at(1).toObject();
    QCOMPARE(html.value("type").toString(), QStringLiteral("html"));
    QCOMPARE(html.value("charset").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(html.value("name").toString(), QStringLiteral("body.html"));
    QCOMPARE(decoded(html.value("data")),
             (QStringLiteral("<p>") + unicodeText + QStringLiteral("</p>")).toUtf8());

    const QJsonObject pdf = parts.at(2).toObject();
    QCOMPARE(pdf,
             (QJsonObject {{"type", "pdf"},
                           {"name", "annex.pdf"},
                           {"data", QString::fromLatin1(pdfBytes.toBase64())}}));
    QCOMPARE(decoded(pdf.value("data")), pdfBytes);

    // An attachment's own charset is passed on, and its bytes are not re-encoded.
    const QJsonObject notes = parts.at(3).toObject();
    QCOMPARE(notes.value("charset").toString(), QStringLiteral("ISO-8859-1"));
    QCOMPARE(decoded(notes.value("data")),
             QByteArray("Gr\xfc\xdf"
                        "e",
                        5));

    QCOMPARE(body.value("options").toObject(),
             (QJsonObject {{"message_id", "otb-msg-0001"},
                           {"billing_code", "Q2-2026/Rechtsabteilung"},
                           {"customer_reference", "kunde-7731"},
                           {"email_options",
                            QJsonObject {{"subject", QStringLiteral("Vertrag – 契約")},
                                         {"from_display_name", "Bereich Recht"}}}}));
    QCOMPARE(body.size(), 3);
}

void TestOpenTextMessage::smsBody()
{
    const QJsonObject body = submitBody(smsMessage());
    QCOMPARE(
        body,
        (QJsonObject {{"destinations",
                       QJsonArray {QJsonObject {{"sms", "+4915112345678"}, {"ref", "bereit-1"}}}},
                      {"sms_text", unicodeText},
                      {"options", QJsonObject {{"customer_reference", "fall-22"}}}}));
}

void TestOpenTextMessage::faxBody()
{
    const QJsonObject body = submitBody(faxMessage());

    QCOMPARE(body.value("destinations").toArray(),
             (QJsonArray {QJsonObject {{"fax", "+492211234567"}, {"ref", "lief-3"}}}));

    const QJsonArray documents = body.value("documents").toArray();
    QCOMPARE(documents.size(), 2);
    const QJsonObject text = documents.at(0).toObject();
    QCOMPARE(text.value("type").toString(), QStringLiteral("text"));
    QCOMPARE(text.value("name").toString(), QStringLiteral("hinweis.txt"));
    QCOMPARE(text.value("charset").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(text.value("data").toString(), unicodeTextBase64);
    const QJsonObject pdf = documents.at(1).toObject();
    QVERIFY(!pdf.contains("charset"));
    QCOMPARE(decoded(pdf.value("data")), pdfBytes);
    QVERIFY(!body.contains("body"));

    QCOMPARE(body.value("options").toObject(),
             (QJsonObject {{"billing_code", "einkauf"},
                           {"coversheet",
                            QJsonObject {{"enabled", true},
                                         {"from", "Einkauf"},
                                         {"name", "Lieferantenbetreuung"},
                                         {"subject", QStringLiteral("Zertifikat – abgelaufen")}}},
                           {"translation_options",
                            QJsonObject {{"fax_mode", "fine"}, {"page_orientation", "landscape"}}},
                           {"pilot_line", QJsonObject {{"text", "OT Bridge Einkauf"}}}}));
}

void TestOpenTextMessage::whatsAppTextBody()
{
    const QJsonObject body = submitBody(whatsAppTextMessage());
    QCOMPARE(body,
             (QJsonObject {
                 {"destinations",
                  QJsonArray {QJsonObject {{"whatsapp", "+4917612345678"}, {"ref", "kunde-9"}}}},
                 {"whatsapp_message",
                  QJsonObject {{"text_message", QJsonObject {{"text", unicodeText}}}}},
                 {"options", QJsonObject {{"message_id", "otb-msg-0004"}}}}));
    QCOMPARE(submitPath(whatsAppTextMessage()), QStringLiteral("/outbound/whatsapp"));
}

void TestOpenTextMessage::whatsAppTemplateBody()
{
    const OpenTextMessage message = whatsAppTemplateMessage();
    const QJsonObject body = submitBody(message);

    QVERIFY(!body.contains("whatsapp_message"));
    const QJsonObject whatsapp
        = at(body,
             QStringLiteral("whatsapp_template_message/template_message/channel_template/"
                            "WHATSAPP"));
    QCOMPARE(whatsapp.value("template_id").toString(), QStringLiteral("antrag_eingang_v2"));
    QCOMPARE(whatsapp.value("language_code").toString(), QStringLiteral("de"));
    QCOMPARE(whatsapp.value("parameters").toObject(),
             (QJsonObject {{"body[1]text", "Frau Weber"},
                           {"body[2]text", unicodeText},
                           {"body[10]text", "zehn"}}));
    QCOMPARE(submitPath(message), QStringLiteral("/outbound/whatsapp/template_message"));
}

void TestOpenTextMessage::emptyFieldsOmitted()
{
    OpenTextMessage email;
    email.channel = OpenTextChannel::Email;
    email.destinations = {{QStringLiteral("a@example.org"), {}, {}, {}}};
    email.html = QStringLiteral("<p>x</p>");
    QCOMPARE(submitBody(email),
             (QJsonObject {{"destinations", QJsonArray {QJsonObject {{"email", "a@example.org"}}}},
                           {"body",
                            QJsonArray {QJsonObject {{"type", "html"},
                                                     {"charset", "UTF-8"},
                                                     {"name", "body.html"},
                                                     {"data", "PHA+eDwvcD4="}}}}}));

    // Only the set common option; email_options only with what is set.
    email.billingCode = QStringLiteral("b");
    email.fromDisplayName = QStringLiteral("OT Bridge");
    QCOMPARE(submitBody(email).value("options").toObject(),
             (QJsonObject {{"billing_code", "b"},
                           {"email_options", QJsonObject {{"from_display_name", "OT Bridge"}}}}));

    // Display names belong to email; other channels never write them.
    OpenTextMessage sms;
    sms.channel = OpenTextChannel::Sms;
    sms.destinations = {{QStringLiteral("+1555"), {}, QStringLiteral("To"), QStringLiteral("Cc")}};
    sms.text = QStringLiteral("hi");
    sms.subject = QStringLiteral("ignored");
    QCOMPARE(submitBody(sms),
             (QJsonObject {{"destinations", QJsonArray {QJsonObject {{"sms", "+1555"}}}},
                           {"sms_text", "hi"}}));

    OpenTextMessage fax;
    fax.channel = OpenTextChannel::Fax;
    fax.destinations = {{QStringLiteral("+1555"), {}, {}, {}}};
    fax.attachments = {{QStringLiteral("a.txt"), QStringLiteral("text"), {}, "a"}};
    fax.coversheetFrom = QStringLiteral("not without coversheet");
    QCOMPARE(submitBody(fax),
             (QJsonObject {{"destinations", QJsonArray {QJsonObject {{"fax", "+1555"}}}},
                           {"documents",
                            QJsonArray {QJsonObject {
                                {"type", "text"}, {"name", "a.txt"}, {"data", "YQ=="}}}}}));

    fax.coversheet = true;
    fax.coversheetFrom.clear();
    fax.pageOrientation = QStringLiteral("portrait");
    QCOMPARE(
        submitBody(fax).value("options").toObject(),
        (QJsonObject {{"coversheet", QJsonObject {{"enabled", true}}},
                      {"translation_options", QJsonObject {{"page_orientation", "portrait"}}}}));

    OpenTextMessage whatsapp;
    whatsapp.channel = OpenTextChannel::WhatsApp;
    whatsapp.templateId = QStringLiteral("t1");
    QCOMPARE(at(submitBody(whatsapp),
                QStringLiteral("whatsapp_template_message/template_message/channel_template/"
                               "WHATSAPP")),
             (QJsonObject {{"template_id", "t1"}}));
}

void TestOpenTextMessage::split_data()
{
    QTest::addColumn<int>("destinations");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QList<int>>("sizes");

    QTest::addRow("23 by 10") << 23 << 10 << QList<int> {10, 10, 3};
    QTest::addRow("20 by 10") << 20 << 10 << QList<int> {10, 10};
    QTest::addRow("fewer than the maximum") << 4 << 10 << QList<int> {4};
    QTest::addRow("none") << 0 << 10 << QList<int> {0};
    QTest::addRow("maximum 0 means 1") << 3 << 0 << QList<int> {1, 1, 1};
    QTest::addRow("negative maximum means 1") << 2 << -7 << QList<int> {1, 1};
}

void TestOpenTextMessage::split()
{
    QFETCH(int, destinations);
    QFETCH(int, maximum);
    QFETCH(QList<int>, sizes);

    OpenTextMessage message = smsMessage();
    message.destinations = destinationsFor(destinations, QStringLiteral("+4915100000"));

    const QList<OpenTextMessage> jobs = splitDestinations(message, maximum);
    QList<int> actualSizes;
    QList<OpenTextDestination> joined;
    for (const OpenTextMessage &job : jobs) {
        actualSizes.append(int(job.destinations.size()));
        joined.append(job.destinations);
    }
    QCOMPARE(actualSizes, sizes);
    // Order kept across the jobs, nothing lost or repeated.
    QCOMPARE(joined.size(), message.destinations.size());
    for (qsizetype i = 0; i < joined.size(); ++i) {
        QCOMPARE(joined.at(i).address, message.destinations.at(i).address);
        QCOMPARE(joined.at(i).ref, message.destinations.at(i).ref);
    }
}

void TestOpenTextMessage::splitCopiesTheRestOfTheMessage()
{
    OpenTextMessage message = emailMessage();
    message.destinations = destinationsFor(23, QStringLiteral("user"));
    const QList<OpenTextMessage> jobs = splitDestinations(message, 10);
    QCOMPARE(jobs.size(), 3);
    for (const OpenTextMessage &job : jobs) {
        QCOMPARE(job.channel, OpenTextChannel::Email);
        QCOMPARE(job.subject, message.subject);
        QCOMPARE(job.billingCode, message.billingCode);
        QCOMPARE(job.attachments.size(), message.attachments.size());
        QCOMPARE(job.attachments.at(0).data, pdfBytes);
    }
    QCOMPARE(jobs.at(2).destinations.constFirst().address, QStringLiteral("user20"));
    QCOMPARE(jobs.at(2).destinations.constLast().address, QStringLiteral("user22"));
}

void TestOpenTextMessage::bodyTextIsWhatQJsonDocumentWrites()
{
    // The client sends submitBodyJson(); until it did, it sent QJsonDocument's compact form of
    // submitBody(). Every combination of the optional fields of every channel, a few hundred
    // each, chosen the same way every run.
    const QString odd = QStringLiteral("\"quoted\" \\ back\tline\nnext \b\f\x01 – “Größe” 😀");
    const QList<OpenTextChannel> channels {OpenTextChannel::Email, OpenTextChannel::Sms,
                                           OpenTextChannel::Fax, OpenTextChannel::WhatsApp};
    quint32 seed = 12345;
    const auto nextMask = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    int compared = 0;
    for (const OpenTextChannel channel : channels) {
        for (int round = 0; round < 300; ++round) {
            const quint32 mask = round == 0 ? 0u : round == 1 ? 0xffffffu : nextMask();
            const auto has = [mask](int bit) {
                return (mask >> bit) & 1u;
            };
            OpenTextMessage message;
            message.channel = channel;
            OpenTextDestination first {QStringLiteral("first@example.com"), {}, {}, {}};
            if (has(0))
                first.ref = QStringLiteral("ref-1");
            if (has(1))
                first.displayTo = QStringLiteral("First <first@example.com>");
            if (has(2))
                first.displayCc = odd;
            message.destinations = {first};
            if (has(3))
                message.destinations.append({QStringLiteral("+15550001"), odd, odd, {}});
            if (has(4))
                message.text = odd;
            if (has(5))
                message.html = QStringLiteral("<p>Hello &amp; bye</p>");
            if (has(6))
                message.attachments = {{QStringLiteral("a.pdf"),
                                        QStringLiteral("pdf"),
                                        {},
                                        QByteArray("\x00\x01\xff", 3)}};
            if (has(7))
                message.attachments.append(
                    {{}, QStringLiteral("text"), QStringLiteral("utf-8"), QByteArray("hi")});
            if (has(8))
                message.subject = odd;
            if (has(9))
                message.fromDisplayName = QStringLiteral("OT Bridge");
            if (has(10))
                message.messageId = QStringLiteral("msg-1");
            if (has(11))
                message.billingCode = QStringLiteral("bill");
            if (has(12))
                message.customerReference = odd;
            if (has(13))
                message.coversheet = true;
            if (has(14))
                message.coversheetFrom = QStringLiteral("Records");
            if (has(15))
                message.coversheetName = odd;
            if (has(16))
                message.coversheetSubject = QStringLiteral("Expired");
            if (has(17))
                message.faxMode = QStringLiteral("fine");
            if (has(18))
                message.pageOrientation = QStringLiteral("landscape");
            if (has(19))
                message.pilotLine = QStringLiteral("OT Bridge fax");
            if (has(20) && channel == OpenTextChannel::WhatsApp) {
                message.templateId = QStringLiteral("case_update");
                if (has(21))
                    message.languageCode = QStringLiteral("de");
                if (has(22))
                    message.templateParameters
                        = {{QStringLiteral("body[2]text"), odd},
                           {QStringLiteral("body[1]text"), odd},
                           {QStringLiteral("body[2]text"), QStringLiteral("again")}};
            }
            const QByteArray expected
                = QJsonDocument(submitBody(message)).toJson(QJsonDocument::Compact);
            QCOMPARE(submitBodyJson(message), expected);
            ++compared;
        }
    }
    QCOMPARE(compared, 4 * 300);
}

QTEST_GUILESS_MAIN(TestOpenTextMessage)
#include "tst_opentextmessage.moc"
