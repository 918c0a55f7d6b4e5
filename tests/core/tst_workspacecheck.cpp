// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"
#include "config/workspace.h"
#include "rules/workspacecheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace OtBridge;

namespace {

const QString workspaceDir = QStringLiteral(OTBRIDGE_WORKSPACE_DIR);

QString defaultWorkspace()
{
    return workspaceDir + QStringLiteral("/default.json");
}

QString defaultFixtures()
{
    return workspaceDir + QStringLiteral("/default.tests");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CommandRun runCommand(const QStringList &arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runCheckCommand(arguments, out, err);
    return run;
}

QString failuresText(const WorkspaceCheckReport &report)
{
    QStringList lines;
    for (const FixtureResult &fixture : report.fixtures) {
        for (const CheckFailure &failure : fixture.failures)
            lines.append(fixture.name + QStringLiteral(": ") + failure.message);
    }
    return lines.join(QLatin1Char('\n'));
}

// A fixture about the default workspace's case-update rule, with the expectations of one test
// row put in.
QByteArray caseFixture(const QJsonObject &expect)
{
    const QJsonObject fixture {
        {QStringLiteral("source"), QStringLiteral("case-updates")},
        {QStringLiteral("body_file"),
         QStringLiteral("%1/../samples/06-case-updated.json").arg(workspaceDir)},
        {QStringLiteral("now"), QStringLiteral("2026-11-20T14:05:13Z")},
        {QStringLiteral("expect"), expect},
    };
    return QJsonDocument(fixture).toJson();
}

QJsonObject caseAction(const QJsonObject &fields)
{
    return {{QStringLiteral("rules"),
             QJsonObject {{QStringLiteral("case-update"),
                           QJsonObject {{QStringLiteral("actions"), QJsonArray {fields}}}}}}};
}

} // namespace

class TestWorkspaceCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultWorkspacePasses();
    void everyDefaultRuleHasAFixture();
    void brokenExpectationFails_data();
    void brokenExpectationFails();
    void invalidWorkspaceIsAnError();
    void malformedFixtureIsAnError_data();
    void malformedFixtureIsAnError();
    void unreadableFixtureIsAnError();
    void fixturesFolder();
    void commandPassesOnDefault();
    void commandFailsOnBrokenExpectation();
    void commandFailsOnChangedWorkspace();
    void commandWritesJUnit();
    void commandUsage_data();
    void commandUsage();
};

void TestWorkspaceCheck::defaultWorkspacePasses()
{
    const auto report = checkWorkspace(defaultWorkspace());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->fixturesDir, defaultFixtures());
    QVERIFY(report->fixturesDirFound);
    QCOMPARE(report->fixtures.size(),
             QDir(defaultFixtures()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    QVERIFY(report->fixtures.size() >= 10);
    QVERIFY2(report->passed(), qPrintable(failuresText(report.value())));
    for (const FixtureResult &fixture : report->fixtures) {
        QVERIFY2(fixture.checks >= 2, qPrintable(fixture.name));
        QVERIFY2(!fixture.description.isEmpty(), qPrintable(fixture.name));
    }
}

void TestWorkspaceCheck::everyDefaultRuleHasAFixture()
{
    // Each rule of the default workspace is named under expect.rules by some fixture, so a
    // change to any of its messages is caught.
    const auto workspace = Workspace::load(defaultWorkspace());
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    QSet<QString> covered;
    const QDir dir(defaultFixtures());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject rules = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("expect"))
                                      .toObject()
                                      .value(QLatin1String("rules"))
                                      .toObject();
        for (const QString &rule : rules.keys())
            covered.insert(rule);
    }
    QVERIFY(!workspace->rules().isEmpty());
    for (const Rule &rule : workspace->rules())
        QVERIFY2(covered.contains(rule.name), qPrintable(rule.name));
}

void TestWorkspaceCheck::brokenExpectationFails_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::addRow("sms text")
        << caseFixture(caseAction(
               {{QStringLiteral("action"), 2},
                {QStringLiteral("text"), QStringLiteral("Case CASE-20931 updated: closed.")}}))
        << "case-update" << 1 << "text"
        << "rule 'case-update', action 2, text: expected \"Case CASE-20931 updated: closed.\", "
           "got \"Case CASE-20931 updated: awaiting_customer.\"";
    QTest::addRow("recipients")
        << caseFixture(caseAction(
               {{QStringLiteral("action"), 1},
                {QStringLiteral("to"), QJsonArray {QStringLiteral("someone@example.net")}}}))
        << "case-update" << 0 << "to"
        << "rule 'case-update', action 1, to: expected [\"someone@example.net\"], got "
           "[\"hannah.okafor@example.net\"]";
    QTest::addRow("subject contains")
        << caseFixture(
               caseAction({{QStringLiteral("action"), 1},
                           {QStringLiteral("subject"),
                            QJsonObject {{QStringLiteral("contains"), QStringLiteral("CASE-1")}}}}))
        << "case-update" << 0 << "subject"
        << "rule 'case-update', action 1, subject: expected something containing \"CASE-1\"";
    QTest::addRow("field of the other kind")
        << caseFixture(caseAction(
               {{QStringLiteral("action"), 2}, {QStringLiteral("url"), QStringLiteral("x")}}))
        << "case-update" << 1 << "url"
        << "rule 'case-update', action 2, url: expected an action with url, got an opentext "
           "action, which has no url";
    QTest::addRow("expected render error")
        << caseFixture(caseAction(
               {{QStringLiteral("action"), 2},
                {QStringLiteral("error"),
                 QJsonObject {{QStringLiteral("contains"), QStringLiteral("no recipients")}}}}))
        << "case-update" << 1 << "error"
        << "rule 'case-update', action 2, error: expected a render error, something containing "
           "\"no recipients\", got no render error";
    QTest::addRow("no such action")
        << caseFixture(caseAction({{QStringLiteral("action"), 3}})) << "case-update" << 2 << ""
        << "rule 'case-update', action 3: expected an action, got the rule has 2 action(s)";
    QTest::addRow("not matched") << caseFixture(
        {{QStringLiteral("not_matched"), QJsonArray {QStringLiteral("case-update")}}})
                                 << "case-update" << -1 << "matched"
                                 << "rule 'case-update', matched: expected no match, got a match";
    QTest::addRow("other rules match")
        << caseFixture({{QStringLiteral("matched"), QJsonArray {}}}) << "case-update" << -1
        << "matched"
        << "rule 'case-update', matched: expected no match, got a match";
    QTest::addRow("not triggered")
        << caseFixture(
               {{QStringLiteral("matched"),
                 QJsonArray {QStringLiteral("case-update"), QStringLiteral("contract-review")}}})
        << "contract-review" << -1 << "matched"
        << "rule 'contract-review', matched: expected a match, got no match: source "
           "'case-updates' does not trigger it (it listens to contract-review)";
    QTest::addRow("unknown rule")
        << caseFixture(
               {{QStringLiteral("not_matched"), QJsonArray {QStringLiteral("case-updated")}}})
        << "case-updated" << -1 << "matched"
        << "rule 'case-updated', matched: expected a rule of the workspace, got no rule "
           "'case-updated' in";

    // The condition that was false is named with what the event had.
    const QJsonObject publicDocument {
        {QStringLiteral("source"), QStringLiteral("document-portal")},
        {QStringLiteral("body"),
         QJsonObject {
             {QStringLiteral("event"), QStringLiteral("document.updated")},
             {QStringLiteral("document"),
              QJsonObject {{QStringLiteral("classification"), QStringLiteral("public")}}}}},
        {QStringLiteral("expect"),
         QJsonObject {{QStringLiteral("rules"),
                       QJsonObject {{QStringLiteral("regulated-document"), QJsonObject {}}}}}},
    };
    QTest::addRow("condition false")
        << QJsonDocument(publicDocument).toJson() << "regulated-document" << -1 << "matched"
        << "rule 'regulated-document', matched: expected a match, got no match: condition all[1] "
           "/document/classification eq \"regulated\" is false, the event has \"public\"";

    QFile approval(defaultFixtures() + QStringLiteral("/04-approval-overdue.json"));
    QVERIFY(approval.open(QIODevice::ReadOnly));
    QByteArray escalation = approval.readAll();
    escalation.replace("\"within_seconds\": 3600", "\"within_seconds\": 1800");
    escalation.replace("../../samples/", (workspaceDir + QStringLiteral("/../samples/")).toUtf8());
    QTest::addRow("escalation time")
        << escalation << "approval-overdue" << 1 << "within_seconds"
        << "rule 'approval-overdue', action 2, within_seconds: expected 1800, got 3600";

    QFile content(defaultFixtures() + QStringLiteral("/05-content-published.json"));
    QVERIFY(content.open(QIODevice::ReadOnly));
    QByteArray json = content.readAll();
    json.replace("\"/campaign\": \"winter-2026\"", "\"/campaign\": \"summer-2026\"");
    json.replace("../../samples/", (workspaceDir + QStringLiteral("/../samples/")).toUtf8());
    QTest::addRow("json body field")
        << json << "content-published" << 0 << "json /campaign"
        << "rule 'content-published', action 1, json /campaign: expected \"summer-2026\", got "
           "\"winter-2026\"";
}

void TestWorkspaceCheck::brokenExpectationFails()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, rule);
    QFETCH(int, action);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, fixture));
    const auto report = checkWorkspace(defaultWorkspace(), dir.path());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->fixtures.size(), 1);
    const FixtureResult &result = report->fixtures.constFirst();
    QCOMPARE(result.file, path);
    QCOMPARE(result.name, QStringLiteral("broken"));
    QVERIFY(!result.passed());
    QVERIFY(!report->passed());
    QCOMPARE(result.failures.size(), 1);
    const CheckFailure &failure = result.failures.constFirst();
    QCOMPARE(failure.rule, rule);
    QCOMPARE(failure.action, action);
    QCOMPARE(failure.field, field);
    QVERIFY2(failure.message.startsWith(message), qPrintable(failure.message));
    QVERIFY(!failure.expected.isEmpty());
    QVERIFY(!failure.actual.isEmpty());
}

void TestWorkspaceCheck::invalidWorkspaceIsAnError()
{
    QFile file(defaultWorkspace());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    // The case-update rule's SMS now goes to a target the workspace does not have.
    const QByteArray sms = "\"target\": \"opentext\",\n          \"channel\": \"sms\",\n          "
                           "\"to\": {\n            \"addresses\": [\n              "
                           "\"{{case.customer.phone}}\"";
    QVERIFY(json.contains(sms));
    json.replace(sms, QByteArray(sms).replace("\"opentext\"", "\"texting\""));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, json));
    const auto report = checkWorkspace(path, defaultFixtures());
    QVERIFY(!report.ok());
    const QString expected
        = QStringLiteral(
              "workspace %1, rule 'case-update', action 2, target: no target 'texting' in this "
              "workspace")
              .arg(path);
    QCOMPARE(report.error(), expected);

    const CommandRun run = runCommand({path});
    QCOMPARE(run.exitCode, int(CheckError));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const CommandRun missing = runCommand({dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(missing.exitCode, int(CheckError));
    QVERIFY2(missing.err.contains(QStringLiteral("cannot read the workspace")),
             qPrintable(missing.err));
}

void TestWorkspaceCheck::malformedFixtureIsAnError_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QString>("error");

    QTest::addRow("not JSON") << QByteArray("{\"source\": ") << "is not valid JSON";
    QTest::addRow("not an object") << QByteArray("[]") << "the top level must be a JSON object";
    QTest::addRow("unknown key") << QByteArray(R"({"source": "test", "body": {}, "expekt": {}})")
                                 << "unknown key 'expekt'";
    QTest::addRow("no source") << QByteArray(R"({"body": {}, "expect": {"matched": []}})")
                               << "\"source\" must name";
    QTest::addRow("no body") << QByteArray(R"({"source": "test", "expect": {"matched": []}})")
                             << "give the event as \"body\" or as \"body_file\"";
    QTest::addRow("missing body_file") << QByteArray(
        R"({"source": "test", "body_file": "absent.json", "expect": {"matched": []}})")
                                       << "cannot read the body_file";
    QTest::addRow("now without offset") << QByteArray(
        R"({"source": "test", "body": {}, "now": "2026-11-20T10:00:00", "expect": {"matched": []}})")
                                        << "\"now\" must be an ISO 8601 time with its offset";
    QTest::addRow("no expectations")
        << QByteArray(R"({"source": "test", "body": {}})") << "\"expect\" must say";
    QTest::addRow("unknown action field") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 1, "subjekt": "a"}]}}}})")
                                          << "expect.rules.x, actions[0]: unknown key 'subjekt'";
    QTest::addRow("action number") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 0}]}}}})")
                                   << "\"action\" must be the action's number";
    QTest::addRow("bad regular expression") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 1, "text": {"matches": "("}}]}}}})")
                                            << "\"matches\" wants a valid regular expression";
    QTest::addRow("unknown matcher") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 1, "text": {"startswith": "a"}}]}}}})")
                                     << "text: unknown matcher 'startswith' (equals, contains or "
                                        "matches)";
    QTest::addRow("object to compare") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 1, "json": {"/a": {"b": 1, "c": 2}}}]}}}})")
                                       << "json /a: an object must be one of {\"equals\": …}";
    QTest::addRow("error with fields") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 1, "error": "e", "text": "t"}]}}}})")
                                       << "give \"error\" alone";
    QTest::addRow("json pointer") << QByteArray(
        R"({"source": "test", "body": {}, "expect": {"rules": {"x": {"actions": [{"action": 1, "json": {"content/id": "a"}}]}}}})")
                                  << "'content/id' is not a JSON Pointer";
}

void TestWorkspaceCheck::malformedFixtureIsAnError()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, error);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(path, fixture));
    // A good fixture beside it does not hide the bad one.
    QVERIFY(QFile::copy(defaultFixtures() + QStringLiteral("/01-contract-signed-ignored.json"),
                        dir.filePath(QStringLiteral("good.json"))));

    const auto report = checkWorkspace(defaultWorkspace(), dir.path());
    QVERIFY(!report.ok());
    QVERIFY2(report.error().startsWith(QStringLiteral("fixture %1").arg(path)),
             qPrintable(report.error()));
    QVERIFY2(report.error().contains(error), qPrintable(report.error()));

    const CommandRun run
        = runCommand({defaultWorkspace(), QStringLiteral("--fixtures"), dir.path()});
    QCOMPARE(run.exitCode, int(CheckError));
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestWorkspaceCheck::unreadableFixtureIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.json"));
    QVERIFY(
        QFile::copy(defaultFixtures() + QStringLiteral("/01-contract-signed-ignored.json"), path));
    // A link whose target is gone is unreadable for every user, root included.
    const QString dangling = dir.filePath(QStringLiteral("moved.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.json")), dangling));
    const CommandRun link
        = runCommand({defaultWorkspace(), QStringLiteral("--fixtures"), dir.path()});
    QCOMPARE(link.exitCode, int(CheckError));
    QVERIFY2(link.err.contains(QStringLiteral("fixture %1: cannot read it: the link points to %2")
                                   .arg(dangling, dir.filePath(QStringLiteral("gone.json")))),
             qPrintable(link.err));
    QVERIFY(QFile::remove(dangling));

    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("this user reads files without read permission (root): nothing to test");

    const CommandRun run
        = runCommand({defaultWorkspace(), QStringLiteral("--fixtures"), dir.path()});
    QCOMPARE(run.exitCode, int(CheckError));
    QVERIFY2(run.err.contains(QStringLiteral("fixture %1: cannot read it").arg(path)),
             qPrintable(run.err));
}

void TestWorkspaceCheck::fixturesFolder()
{
    QCOMPARE(defaultFixturesDir(QStringLiteral("/etc/otbridge/workspace.json")),
             QStringLiteral("/etc/otbridge/workspace.tests"));
    QCOMPARE(defaultFixturesDir(QStringLiteral("conf/mappings")),
             QStringLiteral("conf/mappings.tests"));

    // Without a folder beside it a workspace is only validated; a folder named on purpose must
    // exist and hold fixtures.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(QFile::copy(defaultWorkspace(), path));
    const CommandRun alone = runCommand({path});
    QCOMPARE(alone.exitCode, int(CheckPassed));
    QVERIFY2(
        alone.out.contains(
            QStringLiteral("No fixtures in %1").arg(dir.filePath(QStringLiteral("mine.tests")))),
        qPrintable(alone.out));

    const CommandRun absent
        = runCommand({path, QStringLiteral("--fixtures"), dir.filePath(QStringLiteral("none"))});
    QCOMPARE(absent.exitCode, int(CheckError));
    QVERIFY2(absent.err.contains(QStringLiteral("no fixtures folder")), qPrintable(absent.err));

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    const CommandRun empty
        = runCommand({path, QStringLiteral("--fixtures"), dir.filePath(QStringLiteral("empty"))});
    QCOMPARE(empty.exitCode, int(CheckError));
    QVERIFY2(empty.err.contains(QStringLiteral("no fixtures (*.json)")), qPrintable(empty.err));
}

void TestWorkspaceCheck::commandPassesOnDefault()
{
    const CommandRun run = runCommand({defaultWorkspace()});
    QVERIFY2(run.exitCode == CheckPassed, qPrintable(run.out + run.err));
    QVERIFY(run.err.isEmpty());
    const int count
        = int(QDir(defaultFixtures()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    QVERIFY2(run.out.contains(QStringLiteral("PASS 01-contract-ready (")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("%1 fixtures: %1 passed, 0 failed").arg(count)),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("FAIL")));
}

void TestWorkspaceCheck::commandFailsOnBrokenExpectation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Every default fixture, one of them with a broken expectation.
    const QDir fixtures(defaultFixtures());
    for (const QString &name : fixtures.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(fixtures.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        json.replace("../../samples/", (workspaceDir + QStringLiteral("/../samples/")).toUtf8());
        if (name == QLatin1String("06-case-updated.json")) {
            QVERIFY(json.contains("\"from_name\": \"Customer Service\""));
            json.replace("\"from_name\": \"Customer Service\"", "\"from_name\": \"Support\"");
        }
        QVERIFY(writeFile(dir.filePath(name), json));
    }
    const CommandRun run
        = runCommand({QStringLiteral("--fixtures"), dir.path(), defaultWorkspace()});
    QCOMPARE(run.exitCode, int(CheckFailed));
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.contains(QStringLiteral("FAIL 06-case-updated (1 of ")), qPrintable(run.out));
    QVERIFY2(
        run.out.contains(
            QStringLiteral("%1: rule 'case-update', action 1, from_name: expected \"Support\", "
                           "got \"Customer Service\"")
                .arg(dir.filePath(QStringLiteral("06-case-updated.json")))),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("PASS 06-case-updated-no-phone")),
             qPrintable(run.out));
    const int count = int(fixtures.entryList({QStringLiteral("*.json")}, QDir::Files).size());
    QVERIFY2(run.out.contains(
                 QStringLiteral("%1 fixtures: %2 passed, 1 failed").arg(count).arg(count - 1)),
             qPrintable(run.out));
}

void TestWorkspaceCheck::commandFailsOnChangedWorkspace()
{
    // What the fixtures are for: someone edits a message in the workspace, and the check
    // names what changed.
    QFile file(defaultWorkspace());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    const QByteArray sms = "\"text\": \"Case {{case.id}} updated: {{case.status}}.\"";
    QVERIFY(json.contains(sms));
    json.replace(sms, "\"text\": \"Case {{case.id}}: {{case.status}}\"");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    QVERIFY(writeFile(path, json));

    const CommandRun run = runCommand({path, QStringLiteral("--fixtures"), defaultFixtures()});
    QCOMPARE(run.exitCode, int(CheckFailed));
    QVERIFY(run.err.isEmpty());
    const auto workspace = Workspace::load(path);
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    QVERIFY2(run.out.contains(QStringLiteral("Workspace %1 (Default workspace) is valid: %2 rules.")
                                  .arg(path)
                                  .arg(workspace->rules().size())),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(
                 QStringLiteral(
                     "%1/06-case-updated.json: rule 'case-update', action 2, text: expected \"Case "
                     "CASE-20931 updated: awaiting_customer.\", got \"Case CASE-20931: "
                     "awaiting_customer\"")
                     .arg(defaultFixtures())),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("1 failed")), qPrintable(run.out));
}

void TestWorkspaceCheck::commandWritesJUnit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(defaultFixtures() + QStringLiteral("/01-contract-signed-ignored.json"),
                        dir.filePath(QStringLiteral("a-pass.json"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b-fail.json")),
                      caseFixture({{QStringLiteral("matched"), QJsonArray {}}})));

    const CommandRun run = runCommand({defaultWorkspace(), QStringLiteral("--fixtures"), dir.path(),
                                       QStringLiteral("--format=junit")});
    QCOMPARE(run.exitCode, int(CheckFailed));
    QXmlStreamReader xml(run.out);
    int suites = 0;
    QStringList cases;
    QStringList failures;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testsuite")) {
            ++suites;
            QCOMPARE(xml.attributes().value(QLatin1String("tests")).toString(),
                     QStringLiteral("2"));
            QCOMPARE(xml.attributes().value(QLatin1String("failures")).toString(),
                     QStringLiteral("1"));
        } else if (xml.name() == QLatin1String("testcase")) {
            cases.append(xml.attributes().value(QLatin1String("name")).toString());
        } else if (xml.name() == QLatin1String("failure")) {
            failures.append(xml.attributes().value(QLatin1String("message")).toString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, 1);
    QCOMPARE(cases, QStringList({QStringLiteral("a-pass"), QStringLiteral("b-fail")}));
    QCOMPARE(failures,
             QStringList({QStringLiteral("rule 'case-update', matched: expected no match, got a "
                                         "match")}));
}

void TestWorkspaceCheck::commandUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::addRow("no file") << QStringList() << int(CheckError) << "which workspace?";
    QTest::addRow("two files") << QStringList({QStringLiteral("a.json"), QStringLiteral("b.json")})
                               << int(CheckError) << "one workspace FILE only";
    QTest::addRow("unknown option")
        << QStringList({QStringLiteral("--verbose"), defaultWorkspace()}) << int(CheckError)
        << "unknown option '--verbose'";
    QTest::addRow("format") << QStringList(
        {QStringLiteral("--format"), QStringLiteral("xml"), defaultWorkspace()})
                            << int(CheckError) << "--format wants text or junit, not 'xml'";
    QTest::addRow("fixtures without folder")
        << QStringList({defaultWorkspace(), QStringLiteral("--fixtures")}) << int(CheckError)
        << "--fixtures wants a folder";
    QTest::addRow("help") << QStringList({QStringLiteral("--help")}) << int(CheckPassed)
                          << "Usage: otbridge check";
}

void TestWorkspaceCheck::commandUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const CommandRun run = runCommand(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == CheckPassed) {
        QVERIFY2(run.out.contains(message), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    } else {
        QVERIFY2(run.err.startsWith(QStringLiteral("otbridge check: ") + message),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Usage: otbridge check")));
        QVERIFY(run.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestWorkspaceCheck)
#include "tst_workspacecheck.moc"
