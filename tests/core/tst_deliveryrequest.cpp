// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/deliveryrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OtBridge;

// The stored form of what a delivery sends: every field of every channel and of an HTTP
// request survives a round trip through JSON text, and what cannot be read says why.
class tst_DeliveryRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openTextRoundTrips_data();
    void openTextRoundTrips();
    void emptyFieldsAreLeftOut();
    void httpTextBodyIsStoredAsText();
    void httpBinaryBodyIsStoredAsBase64();
    void httpWithoutBodyRoundTrips();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void textIsWhatQJsonDocumentWrites();
};

namespace {

// Through JSON text, the way the delivery store keeps it.
Result<DeliveryRequest> throughText(const DeliveryRequest &request)
{
    return DeliveryRequest::fromJson(QJsonDocument::fromJson(request.toJsonText()).object());
}

// Every character from U+0001 to U+00FF, then some beyond: what JSON escapes and what it
// does not.
QString everyCharacter()
{
    QString text;
    for (char16_t c = 1; c < 0x100; ++c)
        text.append(QChar(c));
    return text + QStringLiteral("€ “quoted” ✓ 😀 \u2028");
}

void compareMessages(const OpenTextMessage &actual, const OpenTextMessage &expected)
{
    QCOMPARE(actual.channel, expected.channel);
    QCOMPARE(actual.destinations.size(), expected.destinations.size());
    for (qsizetype i = 0; i < expected.destinations.size(); ++i) {
        QCOMPARE(actual.destinations[i].address, expected.destinations[i].address);
        QCOMPARE(actual.destinations[i].ref, expected.destinations[i].ref);
        QCOMPARE(actual.destinations[i].displayTo, expected.destinations[i].displayTo);
        QCOMPARE(actual.destinations[i].displayCc, expected.destinations[i].displayCc);
    }
    QCOMPARE(actual.messageId, expected.messageId);
    QCOMPARE(actual.billingCode, expected.billingCode);
    QCOMPARE(actual.customerReference, expected.customerReference);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.fromDisplayName, expected.fromDisplayName);
    QCOMPARE(actual.text, expected.text);
    QCOMPARE(actual.html, expected.html);
    QCOMPARE(actual.attachments.size(), expected.attachments.size());
    for (qsizetype i = 0; i < expected.attachments.size(); ++i) {
        QCOMPARE(actual.attachments[i].name, expected.attachments[i].name);
        QCOMPARE(actual.attachments[i].type, expected.attachments[i].type);
        QCOMPARE(actual.attachments[i].charset, expected.attachments[i].charset);
        QCOMPARE(actual.attachments[i].data, expected.attachments[i].data);
    }
    QCOMPARE(actual.coversheet, expected.coversheet);
    QCOMPARE(actual.coversheetFrom, expected.coversheetFrom);
    QCOMPARE(actual.coversheetName, expected.coversheetName);
    QCOMPARE(actual.coversheetSubject, expected.coversheetSubject);
    QCOMPARE(actual.faxMode, expected.faxMode);
    QCOMPARE(actual.pageOrientation, expected.pageOrientation);
    QCOMPARE(actual.pilotLine, expected.pilotLine);
    QCOMPARE(actual.templateId, expected.templateId);
    QCOMPARE(actual.languageCode, expected.languageCode);
    QCOMPARE(actual.templateParameters, expected.templateParameters);
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

namespace {

// One message of every channel, every field set somewhere.
QList<std::pair<const char *, OpenTextMessage>> sampleMessages()
{
    QList<std::pair<const char *, OpenTextMessage>> messages;

    OpenTextMessage email;
    email.channel = OpenTextChannel::Email;
    email.destinations = {{"legal@example.com", "ref-1", "Legal <legal@example.com>", ""},
                          {"ops@example.com", "", "", "Ops \"on call\" <ops@example.com>"}};
    email.messageId = "msg-1";
    email.billingCode = "bill-7";
    email.customerReference = "cust-9";
    email.subject = QStringLiteral("Vertrag bereit – “Größe” ✓");
    email.fromDisplayName = "OT Bridge";
    email.text = "line 1\nline 2\t\"quoted\" \\ back";
    email.html = "<p>Hello &amp; <b>bye</b></p>";
    email.attachments = {{"contract.pdf", "pdf", "", everyByte()},
                         {"note.txt", "text", "utf-8", QByteArray("hi\r\n")},
                         {"empty.bin", "", "", QByteArray()}};
    messages.append({"email", email});

    OpenTextMessage sms;
    sms.channel = OpenTextChannel::Sms;
    sms.destinations = {{"+4915112345678", "r1", "", ""}, {"+15550001", "", "", ""}};
    sms.text = QStringLiteral("Approval overdue 😀");
    sms.billingCode = "b";
    messages.append({"sms", sms});

    OpenTextMessage fax;
    fax.channel = OpenTextChannel::Fax;
    fax.destinations = {{"+4930123456", "fax-ref", "", ""}};
    fax.attachments = {{"scan.tif", "tiff", "", QByteArray(5000, '\xff')}};
    fax.coversheet = true;
    fax.coversheetFrom = "Records";
    fax.coversheetName = "Ms. Receiver";
    fax.coversheetSubject = "Expired certificate";
    fax.faxMode = "fine";
    fax.pageOrientation = "landscape";
    fax.pilotLine = "OT Bridge fax";
    messages.append({"fax", fax});

    OpenTextMessage whatsappText;
    whatsappText.channel = OpenTextChannel::WhatsApp;
    whatsappText.destinations = {{"+4915100000", "", "", ""}};
    whatsappText.text = "hello";
    messages.append({"whatsapp text", whatsappText});

    OpenTextMessage whatsappTemplate;
    whatsappTemplate.channel = OpenTextChannel::WhatsApp;
    whatsappTemplate.destinations = {{"+4915100000", "wa", "", ""}};
    whatsappTemplate.templateId = "case_update";
    whatsappTemplate.languageCode = "de";
    // In order, including a repeated name: a list, not a map.
    whatsappTemplate.templateParameters
        = {{"body[1]text", "Fall 42"}, {"body[2]text", "offen"}, {"body[1]text", "again"}};
    messages.append({"whatsapp template", whatsappTemplate});
    return messages;
}

} // namespace

void tst_DeliveryRequest::openTextRoundTrips_data()
{
    QTest::addColumn<OpenTextMessage>("message");
    for (const auto &[name, message] : sampleMessages())
        QTest::addRow("%s", name) << message;
}

void tst_DeliveryRequest::openTextRoundTrips()
{
    QFETCH(OpenTextMessage, message);
    DeliveryRequest request;
    request.kind = DeliveryRequest::Kind::OpenText;
    request.target = QStringLiteral("opentext-prod");
    request.message = message;
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("kind").toString(), QStringLiteral("opentext"));
    QCOMPARE(json.value("target").toString(), QStringLiteral("opentext-prod"));
    QVERIFY(json.value("message").isObject());
    QVERIFY(!json.contains("request"));

    const auto parsed = throughText(request);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->kind, DeliveryRequest::Kind::OpenText);
    QCOMPARE(parsed->target, request.target);
    compareMessages(parsed->message, message);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(parsed->toJson(), json);
    // The same message parsed alone.
    const auto alone = openTextMessageFromJson(openTextMessageToJson(message));
    QVERIFY2(alone, qPrintable(alone.error()));
    compareMessages(alone.value(), message);
}

void tst_DeliveryRequest::emptyFieldsAreLeftOut()
{
    OpenTextMessage sms;
    sms.channel = OpenTextChannel::Sms;
    sms.destinations = {{"+15550001", "", "", ""}};
    sms.text = "hi";
    QCOMPARE(openTextMessageToJson(sms),
             QJsonObject({{"channel", "sms"},
                          {"destinations", QJsonArray {QJsonObject {{"address", "+15550001"}}}},
                          {"text", "hi"}}));
    OpenTextMessage email;
    email.attachments = {{"a.bin", "", "", QByteArray("\x00\x01", 2)}};
    QCOMPARE(openTextMessageToJson(email).value("attachments"),
             QJsonValue(QJsonArray {QJsonObject {{"name", "a.bin"}, {"data", "AAE="}}}));
}

void tst_DeliveryRequest::httpTextBodyIsStoredAsText()
{
    DeliveryRequest request;
    request.kind = DeliveryRequest::Kind::Http;
    request.target = QStringLiteral("slack");
    request.http.method = "PUT";
    request.http.url
        = QUrl(QStringLiteral("https://hooks.example.com/services/T0/B0/x?a=1%202&b=ü"));
    request.http.headers = {{"Content-Type", "application/json"},
                            {"X-Trace", "a"},
                            {"X-Trace", "b"},
                            {"X-Name", "Jürgen"}};
    request.http.body = QStringLiteral("{\"text\":\"Größe ✓ \\u0000\"}").toUtf8();
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("kind").toString(), QStringLiteral("http"));
    const QJsonObject stored = json.value("request").toObject();
    QCOMPARE(stored.value("method").toString(), QStringLiteral("PUT"));
    QCOMPARE(stored.value("body").toString(), QString::fromUtf8(request.http.body));
    QVERIFY(!stored.contains("body_base64"));
    QCOMPARE(stored.value("headers").toArray().at(1), QJsonValue(QJsonArray {"X-Trace", "a"}));

    const auto parsed = throughText(request);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->kind, DeliveryRequest::Kind::Http);
    QCOMPARE(parsed->target, QStringLiteral("slack"));
    QCOMPARE(parsed->http.method, QByteArray("PUT"));
    QCOMPARE(parsed->http.url, request.http.url);
    QCOMPARE(parsed->http.headers, request.http.headers);
    QCOMPARE(parsed->http.body, request.http.body);
}

void tst_DeliveryRequest::httpBinaryBodyIsStoredAsBase64()
{
    const QList<QByteArray> bodies = {everyByte(), QByteArray("\xc3\x28", 2), // broken UTF-8
                                      QByteArray("ok then \xff", 9),
                                      QByteArray("\xef\xbb\xbf{}", 5)}; // QJsonDocument drops a BOM
    for (const QByteArray &body : bodies) {
        DeliveryRequest request;
        request.kind = DeliveryRequest::Kind::Http;
        request.target = QStringLiteral("capture");
        request.http.url = QUrl(QStringLiteral("http://127.0.0.1:8080/capture/bin"));
        request.http.headers = {{"Content-Type", "application/octet-stream"}};
        request.http.body = body;
        const QJsonObject stored = request.toJson().value("request").toObject();
        QVERIFY(stored.contains("body_base64"));
        QVERIFY(!stored.contains("body"));
        const auto parsed = throughText(request);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->http.body, body);
        QCOMPARE(parsed->http.method, QByteArray("POST"));
    }
}

void tst_DeliveryRequest::httpWithoutBodyRoundTrips()
{
    DeliveryRequest request;
    request.kind = DeliveryRequest::Kind::Http;
    request.target = QStringLiteral("ping");
    request.http.method = "GET";
    request.http.url = QUrl(QStringLiteral("http://[::1]:9000/health"));
    const auto parsed = throughText(request);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->http.method, QByteArray("GET"));
    QCOMPARE(parsed->http.url, request.http.url);
    QVERIFY(parsed->http.headers.isEmpty());
    QVERIFY(parsed->http.body.isEmpty());
}

void tst_DeliveryRequest::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString http = QStringLiteral("stored request for target 't': request: ");
    const QString message = QStringLiteral("stored request for target 't': message: ");
    QTest::addRow("no target") << QByteArray(R"({"kind": "http"})")
                               << "stored request: \"target\" must name the workspace target";
    QTest::addRow("unknown kind")
        << QByteArray(R"({"kind": "smtp", "target": "t"})")
        << "stored request for target 't': \"kind\" must be \"opentext\" or \"http\", not 'smtp'";
    QTest::addRow("no message") << QByteArray(R"({"kind": "opentext", "target": "t"})")
                                << "stored request for target 't': \"message\" must be an object";
    QTest::addRow("no request") << QByteArray(R"({"kind": "http", "target": "t", "request": 1})")
                                << "stored request for target 't': \"request\" must be an object";
    QTest::addRow("bad channel") << QByteArray(
        R"({"kind": "opentext", "target": "t", "message": {"channel": "pager"}})")
                                 << message
            + "\"channel\" must be email, sms, fax or whatsapp, not 'pager'";
    QTest::addRow("destinations not array")
        << QByteArray(R"({"kind": "opentext", "target": "t", "message": {"channel": "sms",
                         "destinations": {}}})")
        << message + "\"destinations\" must be an array of objects";
    QTest::addRow("destination address number")
        << QByteArray(R"({"kind": "opentext", "target": "t", "message": {"channel": "sms",
                         "destinations": [{"address": "+1"}, {"address": 5}]}})")
        << message + "destination 2: \"address\" must be a string";
    QTest::addRow("subject number")
        << QByteArray(R"({"kind": "opentext", "target": "t", "message": {"channel": "email",
                         "subject": 5}})")
        << message + "\"subject\" must be a string";
    QTest::addRow("attachment not base64")
        << QByteArray(R"({"kind": "opentext", "target": "t", "message": {"channel": "email",
                         "attachments": [{"name": "a", "data": "!!!"}]}})")
        << message + "attachment 1: \"data\" must be the file's bytes in base64";
    QTest::addRow("coversheet text")
        << QByteArray(R"({"kind": "opentext", "target": "t", "message": {"channel": "fax",
                         "coversheet": "yes"}})")
        << message + "\"coversheet\" must be true or false";
    QTest::addRow("template parameter single")
        << QByteArray(R"({"kind": "opentext", "target": "t", "message": {"channel": "whatsapp",
                         "template_parameters": [["a", "b"], ["c"]]}})")
        << message + "template parameter 2 must be a pair [name, value] of strings";
    QTest::addRow("relative url") << QByteArray(
        R"({"kind": "http", "target": "t", "request": {"url": "/capture/x"}})")
                                  << http + "\"url\" must be an absolute http or https URL";
    QTest::addRow("ftp url") << QByteArray(
        R"({"kind": "http", "target": "t", "request": {"url": "ftp://h/x"}})")
                             << http + "\"url\" must be an absolute http or https URL";
    QTest::addRow("bad method") << QByteArray(
        R"({"kind": "http", "target": "t", "request": {"url": "http://h/", "method": "PO ST"}})")
                                << http + "\"method\" must be an HTTP method such as POST";
    QTest::addRow("header not pair")
        << QByteArray(R"({"kind": "http", "target": "t", "request": {"url": "http://h/",
                         "headers": [["A", "1"], ["B"]]}})")
        << http + "header 2 must be a pair [name, value] of strings with a valid header name";
    QTest::addRow("header name with colon")
        << QByteArray(R"({"kind": "http", "target": "t", "request": {"url": "http://h/",
                         "headers": [["A:B", "1"]]}})")
        << http + "header 1 must be a pair [name, value] of strings with a valid header name";
    QTest::addRow("both bodies") << QByteArray(
        R"({"kind": "http", "target": "t", "request": {"url": "http://h/",
                         "body": "a", "body_base64": "YQ=="}})")
                                 << http + "give \"body\" or \"body_base64\", not both";
    QTest::addRow("body base64 broken")
        << QByteArray(R"({"kind": "http", "target": "t", "request": {"url": "http://h/",
                         "body_base64": "Y*=="}})")
        << http + "\"body_base64\" is not base64";
    QTest::addRow("body object") << QByteArray(
        R"({"kind": "http", "target": "t", "request": {"url": "http://h/",
                         "body": {}}})")
                                 << http + "\"body\" must be a string";
}

void tst_DeliveryRequest::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const auto parsed = DeliveryRequest::fromJson(object);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
    // The stored text's reader answers the same.
    const auto fromText = DeliveryRequest::fromJsonText(json);
    QVERIFY(!fromText);
    QCOMPARE(fromText.error(), error);
}

void tst_DeliveryRequest::textIsWhatQJsonDocumentWrites()
{
    // The store writes toJsonText(); until it did, it wrote QJsonDocument's compact form of
    // toJson(). The bytes are the same, so rows stored by either read back alike.
    QList<DeliveryRequest> requests;
    for (const auto &[name, message] : sampleMessages()) {
        DeliveryRequest request;
        request.target = QStringLiteral("opentext-prod");
        request.message = message;
        requests.append(request);
    }
    DeliveryRequest odd;
    odd.target = everyCharacter();
    odd.message.channel = OpenTextChannel::Email;
    odd.message.destinations = {{everyCharacter(), everyCharacter(), "", everyCharacter()}};
    odd.message.subject = everyCharacter();
    odd.message.text = everyCharacter();
    odd.message.ownTexts = {{"a@example.com", everyCharacter(), "", "<p>x</p>"}};
    odd.message.templateParameters = {{everyCharacter(), ""}};
    requests.append(odd);
    DeliveryRequest http;
    http.kind = DeliveryRequest::Kind::Http;
    http.target = QStringLiteral("slack");
    http.http.method = "POST";
    http.http.url = QUrl(QStringLiteral("https://hooks.example.com/x?a=1%202&b=ü"));
    http.http.headers = {{"Content-Type", "application/json"}, {"X-Name", "Jürgen \"J\""}};
    http.http.body = everyCharacter().toUtf8();
    requests.append(http);
    DeliveryRequest binary = http;
    binary.http.body = QByteArray("\xff\xfe\x00binary", 9);
    binary.http.headers.clear();
    requests.append(binary);
    DeliveryRequest empty;
    requests.append(empty);

    for (const DeliveryRequest &request : std::as_const(requests)) {
        const QByteArray expected = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(request.toJsonText(), expected);
        // Read back in one pass as fromJson reads it.
        const auto fast = DeliveryRequest::fromJsonText(expected);
        const auto slow = DeliveryRequest::fromJson(QJsonDocument::fromJson(expected).object());
        QCOMPARE(bool(fast), bool(slow));
        if (slow) {
            QCOMPARE(fast->toJsonText(), slow->toJsonText());
            QCOMPARE(fast->kind, slow->kind);
        } else {
            QCOMPARE(fast.error(), slow.error());
        }
    }
}

QTEST_GUILESS_MAIN(tst_DeliveryRequest)
#include "tst_deliveryrequest.moc"
