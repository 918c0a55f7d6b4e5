// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <QTest>

using namespace OtBridge;

Q_DECLARE_METATYPE(OtBridge::Error)

// Error and Result: the place as data, and the words rendered from it at each depth.
class tst_Error : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAtEachDepth_data();
    void wordsAtEachDepth();
    void fieldWords_data();
    void fieldWords();
    void resultCarriesTheError();
    void wordsAloneHaveNoPlace();
};

void tst_Error::wordsAtEachDepth_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field");

    const ErrorPlace rule = ErrorPlace::inRule(QStringLiteral("workspace w.json"),
                                               QStringLiteral("legal-review"));
    const QString message = QStringLiteral("a tag opened at character 5 is never closed");
    QTest::addRow("action field")
        << Error(Error::Kind::Syntax, rule.withAction(0).withField(QStringLiteral("subject")),
                 message)
        << "workspace w.json, rule 'legal-review', action 1, subject: " + message
        << "rule 'legal-review', action 1, subject: " + message
        << "action 1, subject: " + message << "subject: " + message;
    QTest::addRow("escalation tier")
        << Error(Error::Kind::Unknown,
                 rule.withAction(2).withTierAction(2, 0).withField(QStringLiteral("to"),
                                                                    QStringLiteral("roles")),
                 QStringLiteral("no role 'ops' in this workspace"))
        << "workspace w.json, rule 'legal-review', action 3, tier 2, action 1, roles: no role "
           "'ops' in this workspace"
        << "rule 'legal-review', action 3, tier 2, action 1, roles: no role 'ops' in this "
           "workspace"
        << "action 3, tier 2, action 1, roles: no role 'ops' in this workspace"
        << "roles: no role 'ops' in this workspace";
    QTest::addRow("condition leaf")
        << Error(Error::Kind::Unknown,
                 rule.withCondition(QStringLiteral("2.1"), 3).withField(QStringLiteral("op")),
                 QStringLiteral("unknown operator 'like'"))
        << "workspace w.json, rule 'legal-review', condition 2.1, operator: unknown operator "
           "'like'"
        << "rule 'legal-review', condition 2.1, operator: unknown operator 'like'"
        << "condition 2.1, operator: unknown operator 'like'"
        << "operator: unknown operator 'like'";
    QTest::addRow("trigger, no field")
        << Error(Error::Kind::Missing, rule.withSection(ErrorPlace::Section::Trigger),
                 QStringLiteral("needs at least one source or internal event"))
        << "workspace w.json, rule 'legal-review', trigger: needs at least one source or "
           "internal event"
        << "rule 'legal-review', trigger: needs at least one source or internal event"
        << "trigger: needs at least one source or internal event"
        << "trigger: needs at least one source or internal event";
    QTest::addRow("the rule itself")
        << Error(Error::Kind::Invalid, rule.withField(QStringLiteral("title")),
                 QStringLiteral("\"title\" must be a string"))
        << "workspace w.json, rule 'legal-review', title: \"title\" must be a string"
        << "rule 'legal-review', title: \"title\" must be a string"
        << "title: \"title\" must be a string"
        << "title: \"title\" must be a string";
    QTest::addRow("outside a rule")
        << Error(Error::Kind::Syntax, ErrorPlace::inScope(QStringLiteral("body")),
                 QStringLiteral("not JSON"))
        << "body: not JSON"
        << "not JSON"
        << "not JSON"
        << "not JSON";
}

void tst_Error::wordsAtEachDepth()
{
    QFETCH(Error, error);
    QFETCH(QString, scope);
    QFETCH(QString, rule);
    QFETCH(QString, action);
    QFETCH(QString, field);
    QCOMPARE(error.text(), scope);
    QCOMPARE(error.text(Error::From::Scope), scope);
    QCOMPARE(error.text(Error::From::Rule), rule);
    QCOMPARE(error.text(Error::From::Action), action);
    QCOMPARE(error.text(Error::From::Field), field);
}

void tst_Error::fieldWords_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("words");
    QTest::addRow("subject") << "subject" << QString() << -1 << "subject";
    QTest::addRow("html") << "html" << QString() << -1 << "HTML";
    QTest::addRow("from_name") << "from_name" << QString() << -1 << "sender name";
    QTest::addRow("body") << "body" << QString() << -1 << "JSON body";
    QTest::addRow("address") << "to" << "addresses" << 1 << "address 2";
    QTest::addRow("roles_from") << "to" << "roles_from" << 0 << "roles from the payload, line 1";
    QTest::addRow("recipients") << "to" << QString() << -1 << "recipients";
    QTest::addRow("header") << "headers" << "X-Request-Id" << -1 << "header X-Request-Id";
    QTest::addRow("template parameter") << "template_parameters" << QString() << 2
                                        << "template parameter 3";
    QTest::addRow("operator") << "op" << QString() << -1 << "operator";
    QTest::addRow("preset field") << "short_description" << QString() << -1
                                  << "short_description";
}

void tst_Error::fieldWords()
{
    QFETCH(QString, field);
    QFETCH(QString, key);
    QFETCH(int, item);
    QFETCH(QString, words);
    QCOMPARE(Error::fieldText(field, key, item), words);
}

void tst_Error::resultCarriesTheError()
{
    const ErrorPlace place = ErrorPlace::inRule({}, QStringLiteral("r"))
                                 .withAction(1)
                                 .withField(QStringLiteral("subject"))
                                 .withOffset(4);
    const auto failed = Result<int>::failure(
        Error(Error::Kind::Syntax, place, QStringLiteral("a tag opened at character 5 is never "
                                                         "closed")));
    QVERIFY(!failed.ok());
    QVERIFY(!failed);
    QCOMPARE(failed.error(),
             QStringLiteral("rule 'r', action 2, subject: a tag opened at character 5 is never "
                            "closed"));
    QCOMPARE(failed.errorDetail().kind, Error::Kind::Syntax);
    QCOMPARE(failed.errorDetail().place, place);
    QCOMPARE(failed.errorDetail().place.offset, 4);
    QCOMPARE(failed.errorDetail().place.action, 1);

    const Result<int> fine = 42;
    QVERIFY(fine.ok());
    QCOMPARE(fine.value(), 42);
    QCOMPARE(fine.error(), QString());
    QCOMPARE(fine.errorDetail().kind, Error::Kind::Other);
    QCOMPARE(fine.errorDetail().place, ErrorPlace());

    const auto refused = Result<void>::failure(
        Error(Error::Kind::Missing, place.withOffset(-1), QStringLiteral("needs a subject")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("rule 'r', action 2, subject: needs a subject"));
    QCOMPARE(refused.errorDetail().place.field, QStringLiteral("subject"));
    QVERIFY(Result<void>().ok());
}

void tst_Error::wordsAloneHaveNoPlace()
{
    // Errors that still come as words only: the text stays exactly as given, with no place.
    const auto failed = Result<QString>::failure(QStringLiteral("cannot read the file x: gone"));
    QCOMPARE(failed.error(), QStringLiteral("cannot read the file x: gone"));
    QCOMPARE(failed.errorDetail().kind, Error::Kind::Other);
    QCOMPARE(failed.errorDetail().place, ErrorPlace());
    QCOMPARE(failed.errorDetail().message, failed.error());
}

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_error.moc"
