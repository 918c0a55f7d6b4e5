// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/submitvalidation.h"

#include <QJsonDocument>
#include <QTest>

using namespace OtBridge;

Q_DECLARE_METATYPE(OtBridge::SandboxSubmitKind)

// The sandbox's check of a submit body against the OpenText contract
// (docs/opentext-notifications-api.md, "The sandbox"): every refusal with the exact words,
// starting with the JSON path of what is wrong, and the good bodies of each kind accepted.
class tst_SubmitValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void base64IsStrict_data();
    void base64IsStrict();
    void addresses_data();
    void addresses();
};

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void tst_SubmitValidation::accepted_data()
{
    QTest::addColumn<SandboxSubmitKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("email") << SandboxSubmitKind::Email
                           << QByteArray(R"({"destinations": [{"email": "a@example.com",
                                "ref": "r1"}], "body": [{"type": "text", "name": "b.txt",
                                "data": "SGk="}], "options": {"email_options": {"subject": "s"}}})");
    QTest::addRow("sms, number with spaces")
        << SandboxSubmitKind::Sms
        << QByteArray(R"({"destinations": [{"sms": "+49 151 1234-5678"}], "sms_text": "Hi"})");
    QTest::addRow("fax") << SandboxSubmitKind::Fax
                         << QByteArray(R"({"destinations": [{"fax": "+15550001"}],
                              "documents": [{"type": "text", "name": "m.txt", "data": "SGk="}]})");
    QTest::addRow("whatsapp text") << SandboxSubmitKind::WhatsAppMessage
                                   << QByteArray(R"({"destinations": [{"whatsapp": "+15550001"}],
                         "whatsapp_message": {"text_message": {"text": "Hi"}}})");
}

void tst_SubmitValidation::accepted()
{
    QFETCH(SandboxSubmitKind, kind);
    QFETCH(QByteArray, body);
    const Result<void> valid = validateSubmit(kind, parse(body.constData()));
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
}

void tst_SubmitValidation::refused_data()
{
    QTest::addColumn<SandboxSubmitKind>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addRow("no destinations")
        << SandboxSubmitKind::Sms << QByteArray(R"({"sms_text": "Hi"})")
        << "destinations: required, an array with at least one destination";
    QTest::addRow("destinations not an array")
        << SandboxSubmitKind::Sms << QByteArray(R"({"destinations": {}, "sms_text": "Hi"})")
        << "destinations: must be an array";
    QTest::addRow("empty destinations")
        << SandboxSubmitKind::Sms << QByteArray(R"({"destinations": [], "sms_text": "Hi"})")
        << "destinations: must have at least one destination";
    QTest::addRow("destination not an object")
        << SandboxSubmitKind::Sms << QByteArray(R"({"destinations": ["+15550001"],
                                                    "sms_text": "Hi"})")
        << "destinations[0]: must be an object";
    QTest::addRow("second address not an email")
        << SandboxSubmitKind::Email
        << QByteArray(R"({"destinations": [{"email": "a@example.com"}, {"email": "bob"}]})")
        << "destinations[1].email: 'bob' is not an email address";
    QTest::addRow("not a phone number")
        << SandboxSubmitKind::Sms
        << QByteArray(R"({"destinations": [{"sms": "call me"}], "sms_text": "Hi"})")
        << "destinations[0].sms: 'call me' is not a phone number";
    QTest::addRow("sms without text")
        << SandboxSubmitKind::Sms << QByteArray(R"({"destinations": [{"sms": "+15550001"}]})")
        << "sms_text: required, a non-empty string";
    QTest::addRow("sms text blank")
        << SandboxSubmitKind::Sms
        << QByteArray(R"({"destinations": [{"sms": "+15550001"}], "sms_text": "  "})")
        << "sms_text: must not be empty";
    QTest::addRow("email subject a number")
        << SandboxSubmitKind::Email << QByteArray(R"({"destinations": [{"email": "a@example.com"}],
                         "body": [{"type": "text", "data": "SGk="}],
                         "options": {"email_options": {"subject": 7}}})")
        << "options.email_options.subject: must be a string";
    QTest::addRow("email part without data")
        << SandboxSubmitKind::Email << QByteArray(R"({"destinations": [{"email": "a@example.com"}],
                         "body": [{"type": "text"}]})")
        << "body[0].data: required, the content in base64";
    QTest::addRow("fax without documents")
        << SandboxSubmitKind::Fax << QByteArray(R"({"destinations": [{"fax": "+15550001"}]})")
        << "documents: required, an array with at least one document";
    QTest::addRow("whatsapp without a message")
        << SandboxSubmitKind::WhatsAppMessage
        << QByteArray(R"({"destinations": [{"whatsapp": "+15550001"}]})")
        << "whatsapp_message: required, an object";
}

void tst_SubmitValidation::refused()
{
    QFETCH(SandboxSubmitKind, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Result<void> valid = validateSubmit(kind, parse(body.constData()));
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error(), error);
}

void tst_SubmitValidation::base64IsStrict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("strict");
    QTest::addRow("padded") << QByteArray("SGk=") << true;
    QTest::addRow("no padding") << QByteArray("SGk") << false;
    QTest::addRow("base64url") << QByteArray("__8=") << false;
    QTest::addRow("line break") << QByteArray("SGk=\n") << false;
    QTest::addRow("empty") << QByteArray() << true;
}

void tst_SubmitValidation::base64IsStrict()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, strict);
    QCOMPARE(isStrictBase64(text), strict);
}

void tst_SubmitValidation::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("phone");
    QTest::addRow("email") << "a.b@example.com" << true << false;
    QTest::addRow("two at signs") << "a@b@example.com" << false << false;
    QTest::addRow("international") << "+4915112345678" << false << true;
    QTest::addRow("dashes") << "555-0100" << false << true;
    QTest::addRow("double space") << "555  0100" << false << false;
    QTest::addRow("two digits") << "12" << false << false;
}

void tst_SubmitValidation::addresses()
{
    QFETCH(QString, address);
    QFETCH(bool, email);
    QFETCH(bool, phone);
    QCOMPARE(isPlausibleEmailAddress(address), email);
    QCOMPARE(isPlausiblePhoneNumber(address), phone);
}

QTEST_GUILESS_MAIN(tst_SubmitValidation)
#include "tst_submitvalidation.moc"
