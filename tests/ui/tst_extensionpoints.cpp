// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/rule.h"
#include "config/workspace.h"
#include "rules/actioneditor.h"
#include "rules/conditionbuilder.h"
#include "rules/deliveryrequest.h"
#include "rules/opentextmessage.h"
#include "rules/rulepreview.h"
#include "testextensions.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OtBridge;

// A channel and a condition operator the product does not have, each added as one entry in
// tests/common/testextensions.h: the core validates and renders them, and the rule designer
// offers them, with nothing else changed.
class tst_ExtensionPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestExtensions::add(); }
    void channelIsValidatedByItsEntry();
    void channelRendersIntoItsSubmit();
    void operatorCompilesAndMatches();
    void designerOffersBoth();

private:
    static QJsonObject parse(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }
    static Result<Rule> pagerRule(const QByteArray &action);
};

Result<Rule> tst_ExtensionPoints::pagerRule(const QByteArray &action)
{
    return Rule::fromJson(
        parse(R"({"name": "r", "trigger": {"sources": ["contract-review"]}, "actions": [)" + action
              + "]}"),
        QStringLiteral("workspace w.json"));
}

void tst_ExtensionPoints::channelIsValidatedByItsEntry()
{
    const auto ok = pagerRule(
        R"({"type": "opentext", "channel": "pager", "to": {"addresses": ["+15550001"]},
            "text": "Contract {{contract.id}}"})");
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(ok->actions.first().channel, TestExtensions::pager);

    const auto subject = pagerRule(
        R"({"type": "opentext", "channel": "pager", "to": {"addresses": ["+15550001"]},
            "subject": "s", "text": "t"})");
    QVERIFY(!subject.ok());
    QCOMPARE(subject.errorDetail().place.field, QStringLiteral("subject"));
    QCOMPARE(subject.errorDetail().text(Error::From::Field),
             QStringLiteral("subject: does not apply to the pager channel"));

    const auto noText = pagerRule(
        R"({"type": "opentext", "channel": "pager", "to": {"addresses": ["+15550001"]}})");
    QVERIFY(!noText.ok());
    QCOMPARE(noText.errorDetail().text(Error::From::Field),
             QStringLiteral("text: a page needs a text"));

    const auto unknown = pagerRule(
        R"({"type": "opentext", "channel": "telex", "to": {"addresses": ["x"]}, "text": "t"})");
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.errorDetail().text(Error::From::Field),
             QStringLiteral("channel: must be \"email\", \"sms\", \"fax\", \"whatsapp\" or "
                            "\"pager\", not \"telex\""));
}

void tst_ExtensionPoints::channelRendersIntoItsSubmit()
{
    const Workspace workspace = Workspace::builtInDefault();
    const auto rule = pagerRule(
        R"({"type": "opentext", "channel": "pager",
            "to": {"addresses": ["+1 555 0001", "{{contract.owner.email}}"]},
            "text": "Contract {{contract.id}}"})");
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    const QJsonValue sample = parse(R"({"contract": {"id": "C-7", "owner": {"email": "a@b.c"}}})");
    const RulePreview preview
        = previewRule(workspace, rule.value(), sample, QStringLiteral("contract-review"),
                      QUuid::createUuid(), at, at);
    QCOMPARE(preview.actions.size(), 1);
    // A phone channel: an email address is refused, with its place, as for SMS.
    QCOMPARE(preview.actions.first().error.text(Error::From::Field),
             QStringLiteral("address 2: 'a@b.c' is not a phone number (such as +4915112345678)"));

    const auto phones = pagerRule(
        R"({"type": "opentext", "channel": "pager", "to": {"addresses": ["+1 555 0001"]},
            "text": "Contract {{contract.id}}"})");
    const RulePreview shown
        = previewRule(workspace, phones.value(), sample, QStringLiteral("contract-review"),
                      QUuid::createUuid(), at, at);
    const ActionPreview &action = shown.actions.first();
    QVERIFY2(action.delivery.renderError.isEmpty(), qPrintable(action.delivery.renderError));
    const OpenTextMessage &message = action.delivery.request.message;
    QCOMPARE(message.channel, TestExtensions::pager);
    QCOMPARE(submitPath(message), QStringLiteral("/outbound/pager"));
    QCOMPARE(statusPath(message.channel), QStringLiteral("/outbound/pager/status"));
    QCOMPARE(submitBody(message),
             parse(R"({"destinations": [{"pager": "+15550001"}], "sms_text": "Contract C-7"})"));
    QCOMPARE(action.sms.length, 12); // its preview is an SMS's, with the size
    // A stored request reads back as the same channel.
    const auto stored = DeliveryRequest::fromJson(action.delivery.request.toJson());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->message.channel, TestExtensions::pager);
}

void tst_ExtensionPoints::operatorCompilesAndMatches()
{
    const auto condition = Condition::compile(parse(R"({"path": "/n", "op": "divisible_by",
                                                        "value": 5})"),
                                              QStringLiteral("condition"));
    QVERIFY2(condition.ok(), qPrintable(condition.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(condition->matches(parse(R"({"n": 15})"), now));
    QVERIFY(!condition->matches(parse(R"({"n": 7})"), now));
    QVERIFY(!condition->matches(parse(R"({})"), now));

    const auto noValue = Condition::compile(parse(R"({"path": "/n", "op": "divisible_by"})"),
                                            QStringLiteral("condition"));
    QVERIFY(!noValue.ok());
    QCOMPARE(noValue.error(), QStringLiteral("condition: 'divisible_by' needs a number or a time"));
    const auto unknown = Condition::compile(parse(R"({"path": "/n", "op": "like", "value": 1})"),
                                            QStringLiteral("condition"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().endsWith(QLatin1String("after_now or divisible_by)")),
             qPrintable(unknown.error()));
}

void tst_ExtensionPoints::designerOffersBoth()
{
    ActionEditor editor;
    editor.setWorkspace(Workspace::builtInDefault());
    editor.setAction(parse(R"({"type": "opentext", "target": "opentext", "channel": "pager",
                               "to": {"addresses": ["+15550001"]}, "text": "t"})"));
    editor.show();
    auto *channel = editor.findChild<QComboBox *>(QStringLiteral("actionChannel"));
    QVERIFY(channel);
    QCOMPARE(channel->itemText(channel->count() - 1), QStringLiteral("Pager"));
    QCOMPARE(channel->currentData().toString(), QStringLiteral("pager"));
    // Only the fields its entry names: the text, no subject or HTML.
    QVERIFY(editor.findChild<QWidget *>(QStringLiteral("actionText"))->isVisible());
    QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("actionSubject"))->isVisible());
    QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("actionHtml"))->isVisible());

    ConditionBuilder builder;
    builder.setCondition(parse(R"({"path": "/n", "op": "divisible_by", "value": 5})"));
    auto *op = builder.findChild<QComboBox *>(QStringLiteral("conditionOperator"));
    QVERIFY(op);
    QCOMPARE(op->currentData().toString(), QStringLiteral("divisible_by"));
    QCOMPARE(op->currentText(), QStringLiteral("is divisible by"));
    QCOMPARE(op->itemText(op->count() - 1), QStringLiteral("is divisible by"));
}

QTEST_MAIN(tst_ExtensionPoints)
#include "tst_extensionpoints.moc"
