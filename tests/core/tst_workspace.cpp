// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "rules/actionrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace OtBridge;

class tst_Workspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultWorkspaceHasSeedSources();
    void samplesManifestMatchesWorkspace();
    void reportsProblemsInWords_data();
    void reportsProblemsInWords();
    void keepsUnknownSectionsWhenSaving();
    void defaultOpenTextTargetIsTheSandbox();
    void openTextTargetProblemsInWords_data();
    void openTextTargetProblemsInWords();
    void openTextTargetRoundTripsWithoutSecrets();
    void defaultRoleDirectory();
    void roleProblemsInWords_data();
    void roleProblemsInWords();
    void ruleProblemsInWords_data();
    void ruleProblemsInWords();
    void rulesAndHttpTargetsRoundTrip();
    void editsSources();
    void editsHttpTargets();
    void defaultWorkspaceServesEveryUseCase();
    void defaultRulesRenderMessages_data();
    void defaultRulesRenderMessages();
    void defaultRulesRenderRequests_data();
    void defaultRulesRenderRequests();
};

namespace {

QJsonObject sample(const QString &file)
{
    QFile payload(QStringLiteral(":/samples/") + file);
    if (!payload.open(QIODevice::ReadOnly))
        qFatal("no sample %s", qPrintable(file));
    return QJsonDocument::fromJson(payload.readAll()).object();
}

// The bodies the engine gives its own events (delivery.dead, opentext.delivery.failed,
// escalation.fired), around the job-failed and approval samples.
QJsonObject internalEvent(const QString &name)
{
    const QJsonObject originalEvent {
        {QStringLiteral("id"), QStringLiteral("0192e3c4-0000-7000-8000-0000000000aa")},
        {QStringLiteral("source"), QStringLiteral("opentext-jobs")}};
    const QJsonObject delivery {
        {QStringLiteral("id"),
         QStringLiteral("0192e3c4-0000-7000-8000-0000000000aa.opentext-job-failed.0")},
        {QStringLiteral("rule"), QStringLiteral("opentext-job-failed")},
        {QStringLiteral("target"), QStringLiteral("servicenow")},
        {QStringLiteral("attempts"), 8},
        {QStringLiteral("last_error"), QStringLiteral("HTTP 503: Service Unavailable")}};
    if (name == QLatin1String("delivery.dead"))
        return {
            {QStringLiteral("event"), name},
            {QStringLiteral("delivery"), delivery},
            {QStringLiteral("original_event"), originalEvent},
            {QStringLiteral("original"), sample(QStringLiteral("02-opentext-job-failed.json"))}};
    if (name == QLatin1String("opentext.delivery.failed"))
        return {{QStringLiteral("event"), name},
                {QStringLiteral("job_id"), QStringLiteral("xsi-100384199")},
                {QStringLiteral("destination"), QStringLiteral("dana.whitfield@example.com")},
                {QStringLiteral("error"), QStringLiteral("550 5.1.1 user unknown")},
                {QStringLiteral("delivery"), delivery},
                {QStringLiteral("original_event"), originalEvent}};
    return {{QStringLiteral("event"), name},
            {QStringLiteral("tier"), 1},
            {QStringLiteral("rule"), QStringLiteral("approval-overdue")},
            {QStringLiteral("original_event"),
             QJsonObject {
                 {QStringLiteral("id"), QStringLiteral("0192e3c4-0000-7000-8000-0000000000bb")},
                 {QStringLiteral("source"), QStringLiteral("approvals")}}},
            {QStringLiteral("original"), sample(QStringLiteral("04-approval-overdue.json"))}};
}

QJsonObject bodyFor(const QString &input)
{
    return input.endsWith(QLatin1String(".json")) ? sample(input) : internalEvent(input);
}

const QUuid useCaseEvent
    = QUuid::fromString(QStringLiteral("0192e3c4-0000-7000-8000-000000000042"));

// Renders the rule's action (tier 0) or the escalation tier's action against the input.
NewDelivery renderDefault(const Workspace &workspace, const QString &ruleName, int tier,
                          int actionIndex, const QString &input)
{
    const Rule *rule = workspace.rule(ruleName);
    if (!rule)
        qFatal("no rule %s", qPrintable(ruleName));
    const RuleAction &action = tier == 0
        ? rule->actions.at(actionIndex)
        : rule->escalation()->tiers.at(tier - 1)->actions.at(actionIndex);
    const QDateTime received(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    // An acknowledgement link as a listener with a public URL makes them (tst_acklink signs
    // real ones): the messages that carry one show it.
    QJsonObject extras = renderExtras(useCaseEvent, rule->sources.value(0), received,
                                      QStringLiteral("https://alerts.example.com/ack/"
                                                     "AaJMYxipc_S3IqXQT6f-GQFrHtTlABTVW86E-iYp"),
                                      *rule, tier);
    if (rule->digest) {
        // A digest of this one event, as the window's end renders it (renderDigest).
        extras.insert(QStringLiteral("digest.count"), 1);
        extras.insert(QStringLiteral("digest.window"), QStringLiteral("10 min"));
        extras.insert(QStringLiteral("digest.events"), QJsonArray {bodyFor(input)});
    }
    return renderAction(workspace, *rule, actionIndex, action, tier, useCaseEvent, bodyFor(input),
                        extras, received);
}

} // namespace

void tst_Workspace::defaultWorkspaceHasSeedSources()
{
    const auto workspace = Workspace::load(QString::fromLatin1(Workspace::defaultResource));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    QVERIFY(workspace->source(QStringLiteral("test")));
    QCOMPARE(workspace->source(QStringLiteral("test"))->format, SourceConfig::Format::Json);
    QVERIFY(workspace->sources().size() >= 8);
}

void tst_Workspace::samplesManifestMatchesWorkspace()
{
    // The tester, the docs and the tests share this list: every seed use case has a source in
    // the default workspace and a sample payload that is valid JSON.
    QFile file(QStringLiteral(":/samples/index.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray samples = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("samples"))
                                   .toArray();
    QCOMPARE(samples.size(), 7);
    const Workspace workspace = Workspace::builtInDefault();
    for (int i = 0; i < samples.size(); ++i) {
        const QJsonObject sample = samples.at(i).toObject();
        QCOMPARE(sample.value(QLatin1String("use_case")).toInt(), i + 1);
        const QString source = sample.value(QLatin1String("source")).toString();
        QVERIFY2(workspace.source(source), qPrintable(source));
        QFile payload(QStringLiteral(":/samples/")
                      + sample.value(QLatin1String("file")).toString());
        QVERIFY2(payload.open(QIODevice::ReadOnly), qPrintable(payload.fileName()));
        QJsonParseError error;
        QJsonDocument::fromJson(payload.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
}

void tst_Workspace::reportsProblemsInWords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addRow("not JSON")
        << QByteArray("{")
        << QStringLiteral("workspace w.json is not valid JSON: unterminated object at offset 1");
    QTest::addRow("array") << QByteArray(
        "[]") << QStringLiteral("workspace w.json: the top level must be a JSON object");
    QTest::addRow("no version") << QByteArray(
        "{}") << QStringLiteral("workspace w.json: \"version\" must be 1 to 1, not ");
    QTest::addRow("future version")
        << QByteArray(R"({"version": 7})")
        << QStringLiteral("workspace w.json: \"version\" must be 1 to 1, not 7");
    QTest::addRow("sources not array")
        << QByteArray(R"({"version": 1, "sources": {}})")
        << QStringLiteral("workspace w.json: \"sources\" must be an array");
    QTest::addRow("bad name")
        << QByteArray(R"({"version": 1, "sources": [{"name": "Bad Name"}]})")
        << QStringLiteral(
               "workspace w.json, source 1: name 'Bad Name' must be 1 to 64 "
               "characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
    QTest::addRow("twice")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a"}, {"name": "a"}]})")
        << QStringLiteral("workspace w.json, source 2: the name 'a' is used twice");
    QTest::addRow("format")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a", "format": "xml"}]})")
        << QStringLiteral(
               "workspace w.json, source 1 ('a'): format must be \"json\" or \"any\", not \"xml\"");
    QTest::addRow("limit")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a", "max_body_bytes": 0}]})")
        << QStringLiteral(
               "workspace w.json, source 1 ('a'): max_body_bytes must be a positive number");
}

void tst_Workspace::reportsProblemsInWords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto workspace = Workspace::fromJson(json, QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(), error);
}

void tst_Workspace::keepsUnknownSectionsWhenSaving()
{
    const auto workspace = Workspace::fromJson(
        R"({"version": 1, "future": {"x": 1}, "sources": []})", QStringLiteral("w.json"));
    QVERIFY(workspace.ok());
    const QJsonObject saved = QJsonDocument::fromJson(workspace->toJson()).object();
    QCOMPARE(saved.value(QLatin1String("future")).toObject().value(QLatin1String("x")).toInt(), 1);
}

void tst_Workspace::defaultOpenTextTargetIsTheSandbox()
{
    // A fresh workspace works with no account: its OpenText target is the built-in sandbox,
    // and the sandbox's status pushes have a source to arrive at.
    const Workspace workspace = Workspace::builtInDefault();
    QCOMPARE(workspace.openTextTargets().size(), 1);
    QVERIFY(workspace.openTextTarget()->sandbox);
    QCOMPARE(workspace.openTextTarget()->maxDestinationsPerJob, 10);
    QVERIFY(workspace.source(QStringLiteral("opentext-status")));
}

void tst_Workspace::openTextTargetProblemsInWords_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("error");
    const QString where = QStringLiteral("workspace w.json, target 1 ('ot')");
    QTest::addRow("messaging url")
        << QByteArray(R"({"name":"ot","type":"opentext","messaging_url":"ftp://x"})")
        << where
            + QStringLiteral(": messaging_url must be an http(s) URL such as "
                             "https://api.eu.cloudmessaging.opentext.com/mra/v1");
    QTest::addRow("auth url")
        << QByteArray(R"({"name":"ot","type":"opentext","messaging_url":"https://m/mra/v1"})")
        << where
            + QStringLiteral(
                ": auth_url must be an http(s) URL such as https://us.api.opentext.com");
    QTest::addRow("tenant") << QByteArray(
        R"({"name":"ot","type":"opentext","messaging_url":"https://m/mra/v1",
                         "auth_url":"https://a","client_id":"c"})")
                            << where + QStringLiteral(": OAuth2 needs tenant_id and client_id");
    QTest::addRow("auth mode") << QByteArray(
        R"({"name":"ot","type":"opentext","messaging_url":"https://m/mra/v1",
                         "auth":"digest"})")
                               << where
            + QStringLiteral(": auth must be \"oauth2\" or \"basic\", not \"digest\"");
    QTest::addRow("basic user") << QByteArray(
        R"({"name":"ot","type":"opentext","messaging_url":"https://m/mra/v1",
                         "auth":"basic"})")
                                << where + QStringLiteral(": HTTP Basic needs a user");
    QTest::addRow("secret ref") << QByteArray(
        R"({"name":"ot","type":"opentext","messaging_url":"https://m/mra/v1",
                         "auth":"basic","user":"u"})")
                                << where
            + QStringLiteral(": secret_ref must name the keychain entry that holds the secret");
    QTest::addRow("secret in file")
        << QByteArray(R"({"name":"ot","type":"opentext","messaging_url":"https://m/mra/v1",
                         "auth":"basic","user":"u","secret_ref":"r","password":"hunter2"})")
        << where
            + QStringLiteral(": secrets do not belong in the workspace file; store them in "
                             "the keychain and name them with secret_ref");
    QTest::addRow("split") << QByteArray(
        R"({"name":"ot","type":"opentext","sandbox":true,"max_destinations_per_job":0})")
                           << where
            + QStringLiteral(": max_destinations_per_job must be a number from 1 to 1000");
    QTest::addRow("timeout") << QByteArray(
        R"({"name":"ot","type":"opentext","sandbox":true,"timeout_ms":5})")
                             << where
            + QStringLiteral(": timeout_ms must be at least 100 milliseconds");
}

void tst_Workspace::openTextTargetProblemsInWords()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, error);
    const auto workspace = Workspace::fromJson(R"({"version": 1, "targets": [)" + target + "]}",
                                               QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(), error);
}

void tst_Workspace::openTextTargetRoundTripsWithoutSecrets()
{
    auto loaded = Workspace::fromJson(
        R"({"version": 1, "targets": [{"name": "servicenow", "type": "http", "url": "https://x"}]})",
        QStringLiteral("w.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    Workspace workspace = std::move(loaded).value();
    OpenTextTarget target;
    target.name = QStringLiteral("opentext");
    target.messagingUrl = OpenTextTarget::regions().at(1).messagingUrl;
    target.authUrl = OpenTextTarget::regions().at(1).authUrl;
    target.tenantId = QStringLiteral("tenant 7");
    target.clientId = QStringLiteral("client-7");
    target.secretRef = QStringLiteral("opentext/opentext");
    target.maxDestinationsPerJob = 25;
    workspace.setOpenTextTarget(target);
    QCOMPARE(target.tokenUrl().toEncoded(),
             QByteArray("https://eu.api.opentext.com/tenants/tenant%207/oauth2/token"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.json"));
    const auto saved = workspace.save(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const auto reloaded = Workspace::load(path);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    QCOMPARE(reloaded->openTextTargets().size(), 1);
    const OpenTextTarget *back = reloaded->openTextTarget(QStringLiteral("opentext"));
    QVERIFY(back);
    QCOMPARE(back->messagingUrl, target.messagingUrl);
    QCOMPARE(back->tenantId, target.tenantId);
    QCOMPARE(back->clientId, target.clientId);
    QCOMPARE(back->secretRef, target.secretRef);
    QCOMPARE(back->maxDestinationsPerJob, 25);
    // The HTTP target this version does not know yet is kept as it was.
    const QJsonArray targets = QJsonDocument::fromJson(reloaded->toJson())
                                   .object()
                                   .value(QLatin1String("targets"))
                                   .toArray();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).toObject().value(QLatin1String("url")).toString(),
             QStringLiteral("https://x"));

    // Replacing a target by name does not add a second one.
    target.maxDestinationsPerJob = 5;
    workspace.setOpenTextTarget(target);
    QCOMPARE(workspace.openTextTargets().size(), 1);
    QCOMPARE(workspace.openTextTarget()->maxDestinationsPerJob, 5);
}

void tst_Workspace::defaultRoleDirectory()
{
    const Workspace workspace = Workspace::builtInDefault();
    const RoleDirectory &roles = workspace.roles();
    for (const char *name : {"legal", "finance", "procurement", "compliance", "support"})
        QVERIFY2(!roles.members(QString::fromLatin1(name)).isEmpty(), name);
    const Person *dana = roles.person(QStringLiteral("Dana.Reyes@example.com"));
    QVERIFY(dana);
    QCOMPARE(dana->name, QStringLiteral("Dana Reyes"));
    // Escalation climbs: Dana -> Marc -> Helena, and stops at the top.
    const Person *manager = roles.managerOf(dana->email);
    QVERIFY(manager);
    QCOMPARE(manager->name, QStringLiteral("Marc Olsen"));
    QVERIFY(!manager->phone.isEmpty());
    QCOMPARE(roles.managerOf(manager->email)->name, QStringLiteral("Helena Brandt"));
    QVERIFY(!roles.managerOf(QStringLiteral("helena.brandt@example.com")));
    QVERIFY(roles.members(QStringLiteral("nobody")).isEmpty());
}

void tst_Workspace::roleProblemsInWords_data()
{
    QTest::addColumn<QByteArray>("roles");
    QTest::addColumn<QString>("error");
    QTest::addRow("not an array") << QByteArray(R"({})")
                                  << QStringLiteral("workspace w.json: \"roles\" must be an array");
    QTest::addRow("bad name") << QByteArray(R"([{"name": "Legal Team", "people": []}])")
                              << QStringLiteral(
                                     "workspace w.json, role 1: name 'Legal Team' must be 1 to 64 "
                                     "characters of a-z, 0-9, '.', '_' or '-', starting with a "
                                     "letter or digit");
    QTest::addRow("twice")
        << QByteArray(R"([{"name": "a", "people": []}, {"name": "a", "people": []}])")
        << QStringLiteral("workspace w.json, role 2: the name 'a' is used twice");
    QTest::addRow("people") << QByteArray(R"([{"name": "legal"}])")
                            << QStringLiteral("workspace w.json, role 1 ('legal'): \"people\" must "
                                              "be an array of people");
    QTest::addRow("no name") << QByteArray(R"([{"name": "legal", "people": [{"email": "a@b.c"}]}])")
                             << QStringLiteral(
                                    "workspace w.json, role 1 ('legal'), person 1: a name "
                                    "is required");
    QTest::addRow("email")
        << QByteArray(R"([{"name": "legal", "people": [{"name": "A", "email": "a-at-b"}]}])")
        << QStringLiteral("workspace w.json, role 1 ('legal'), person 1 (A): 'a-at-b' is not an "
                          "email address");
    QTest::addRow("phone") << QByteArray(
        R"([{"name": "legal", "people": [{"name": "A", "email": "a@b.c", "phone": "0151 123"}]}])")
                           << QStringLiteral("workspace w.json, role 1 ('legal'), person 1 (A): "
                                             "phone '0151 123' must "
                                             "be in international form, such as +4915112345678");
    QTest::addRow("unknown manager") << QByteArray(
        R"([{"name": "legal", "people": [{"name": "A", "email": "a@b.c", "manager": "m@b.c"}]}])")
                                     << QStringLiteral("workspace w.json: the manager m@b.c of "
                                                       "a@b.c is not in any role");
    QTest::addRow("circle") << QByteArray(R"([{"name": "legal", "people": [
               {"name": "A", "email": "a@b.c", "manager": "b@b.c"},
               {"name": "B", "email": "b@b.c", "manager": "a@b.c"}]}])")
                            << QStringLiteral(
                                   "workspace w.json: the managers of a@b.c go round in a circle");
    QTest::addRow("inconsistent")
        << QByteArray(R"([{"name": "legal", "people": [{"name": "A", "email": "a@b.c"}]},
                         {"name": "finance", "people": [{"name": "Another A", "email": "a@b.c"}]}])")
        << QStringLiteral("workspace w.json, role 2 ('finance'), person 1 (Another A): a@b.c is "
                          "listed in another role with a different name, phone or manager");
    QTest::addRow("listed twice")
        << QByteArray(R"([{"name": "legal", "people": [{"name": "A", "email": "a@b.c"},
                                                     {"name": "A", "email": "A@b.c"}]}])")
        << QStringLiteral("workspace w.json, role 1 ('legal'), person 2: A@b.c is listed twice");
}

void tst_Workspace::roleProblemsInWords()
{
    QFETCH(QByteArray, roles);
    QFETCH(QString, error);
    const auto workspace = Workspace::fromJson(R"({"version": 1, "roles": )" + roles + "}",
                                               QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(), error);
}

void tst_Workspace::ruleProblemsInWords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray roles = R"("roles": [{"name": "legal", "people": [
        {"name": "Dana Reyes", "email": "dana.reyes@example.com"}]}])";
    QTest::addRow("reserved source")
        << QByteArray(R"({"version": 1, "sources": [{"name": "delivery.dead"}]})")
        << QStringLiteral("workspace w.json, source 1: the name 'delivery.dead' is reserved for "
                          "an event of the bridge itself");
    QTest::addRow("rule source")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a"}],
                         "rules": [{"name": "x", "trigger": {"sources": ["foo"]}}]})")
        << QStringLiteral("workspace w.json, rule 'x', trigger, sources: no source 'foo' in this "
                          "workspace");
    QTest::addRow("rule error carries the workspace")
        << QByteArray(R"({"version": 1, "rules": [{"name": "x", "trigger": {"events": ["x"]}}]})")
        << QStringLiteral("workspace w.json, rule 'x', trigger, events: 'x' is not an internal "
                          "event "
                          "(opentext.delivery.failed, opentext.delivery.confirmed, delivery.dead, "
                          "escalation.fired)");
    QTest::addRow("no OpenText target")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a"}], )" + roles + R"(,
                         "rules": [{"name": "x", "trigger": {"sources": ["a"]}, "actions": [
                           {"type": "opentext", "to": {"roles": ["legal"]}, "subject": "s",
                            "text": "t"}]}]})")
        << QStringLiteral("workspace w.json, rule 'x', action 1, target: there is no OpenText "
                          "target in this workspace");
    QTest::addRow("unknown role")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a"}], )" + roles + R"(,
                         "targets": [{"name": "opentext", "type": "opentext", "sandbox": true}],
                         "rules": [{"name": "x", "trigger": {"sources": ["a"]}, "actions": [
                           {"type": "opentext", "to": {"roles": ["finance"]}, "subject": "s",
                            "text": "t"}]}]})")
        << QStringLiteral("workspace w.json, rule 'x', action 1, roles: no role 'finance' in "
                          "this workspace");
    QTest::addRow("preset field")
        << QByteArray(R"({"version": 1, "sources": [{"name": "a"}],
                         "targets": [{"name": "sn", "type": "http", "preset": "servicenow",
                                      "url": "https://acme.service-now.com"}],
                         "rules": [{"name": "x", "trigger": {"sources": ["a"]}, "actions": [
                           {"type": "http", "target": "sn", "fields": {"text": "t"}}]}]})")
        << QStringLiteral("workspace w.json, rule 'x', action 1, summary: the servicenow preset "
                          "needs this field");
    QTest::addRow("http target")
        << QByteArray(R"({"version": 1, "targets": [{"name": "sn", "type": "http",
                                                    "preset": "servicenow"}]})")
        << QStringLiteral("workspace w.json, target 1 ('sn'): the servicenow preset needs the url "
                          "of the instance or webhook");
}

void tst_Workspace::ruleProblemsInWords()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto workspace = Workspace::fromJson(json, QStringLiteral("w.json"));
    QVERIFY(!workspace.ok());
    QCOMPARE(workspace.error(), error);
}

void tst_Workspace::rulesAndHttpTargetsRoundTrip()
{
    const Workspace workspace = Workspace::builtInDefault();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.json"));
    QVERIFY(workspace.save(path).ok());
    const auto reloaded = Workspace::load(path);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    QCOMPARE(reloaded->rules().size(), workspace.rules().size());
    QCOMPARE(reloaded->httpTargets().size(), workspace.httpTargets().size());
    for (qsizetype i = 0; i < workspace.rules().size(); ++i)
        QCOMPARE(reloaded->rules().at(i).json, workspace.rules().at(i).json);
    for (const HttpTargetConfig &target : workspace.httpTargets())
        QCOMPARE(reloaded->httpTarget(target.name)->toJson(), target.toJson());
}

// What the Sources page does: add, replace (keeping keys a later version wrote), remove; the
// rules that would lose their trigger are named first.
void tst_Workspace::editsSources()
{
    QJsonObject document = QJsonDocument::fromJson(Workspace::builtInDefault().toJson()).object();
    QJsonArray sources = document.value(QLatin1String("sources")).toArray();
    QJsonObject test = sources.at(0).toObject();
    QCOMPARE(test.value(QLatin1String("name")).toString(), QStringLiteral("test"));
    test.insert(QStringLiteral("x_later_version"), 42);
    sources.replace(0, test);
    document.insert(QStringLiteral("sources"), sources);
    auto loaded = Workspace::fromJson(QJsonDocument(document).toJson(), QStringLiteral("w.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    Workspace workspace = loaded.value();

    SourceConfig crm;
    crm.name = QStringLiteral("crm-events");
    crm.title = QStringLiteral("CRM events");
    crm.format = SourceConfig::Format::Any;
    crm.auth.kind = SourceAuth::Kind::StandardWebhooks;
    crm.auth.secretRef = QStringLiteral("source/crm-events");
    crm.auth.toleranceSeconds = 120;
    crm.auth.allow = {QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8"))};
    workspace.setSource(crm);
    SourceConfig replaced = *workspace.source(QStringLiteral("test"));
    replaced.title = QStringLiteral("Renamed title");
    replaced.auth.kind = SourceAuth::Kind::Bearer;
    replaced.auth.secretRef = QStringLiteral("source/test");
    workspace.setSource(replaced);
    QCOMPARE(workspace.sources().size(), Workspace::builtInDefault().sources().size() + 1);

    const auto reread = Workspace::fromJson(workspace.toJson(), QStringLiteral("w.json"));
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    const SourceConfig *back = reread->source(QStringLiteral("crm-events"));
    QVERIFY(back);
    QCOMPARE(back->title, QStringLiteral("CRM events"));
    QCOMPARE(back->format, SourceConfig::Format::Any);
    QCOMPARE(back->auth.kind, SourceAuth::Kind::StandardWebhooks);
    QCOMPARE(back->auth.secretRef, QStringLiteral("source/crm-events"));
    QCOMPARE(back->auth.toleranceSeconds, 120);
    QCOMPARE(back->auth.allow.size(), 1);
    QVERIFY(QHostAddress(QStringLiteral("10.1.2.3")).isInSubnet(back->auth.allow.constFirst()));
    QCOMPARE(reread->source(QStringLiteral("test"))->title, QStringLiteral("Renamed title"));
    QCOMPARE(reread->source(QStringLiteral("test"))->auth.kind, SourceAuth::Kind::Bearer);
    // The key this version does not know is still in the replaced entry, and in place.
    const QJsonObject written = QJsonDocument::fromJson(workspace.toJson()).object();
    const QJsonObject first = written.value(QLatin1String("sources")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("test"));
    QCOMPARE(first.value(QLatin1String("x_later_version")).toInt(), 42);
    QVERIFY(!workspace.toJson().contains("whsec_"));

    QCOMPARE(workspace.rulesUsingSource(QStringLiteral("contract-review")),
             (QStringList {QStringLiteral("contract-review"),
                           QStringLiteral("contract-review-reminder")}));
    QVERIFY(workspace.rulesUsingSource(QStringLiteral("crm-events")).isEmpty());
    QVERIFY(workspace.removeSource(QStringLiteral("crm-events")));
    QVERIFY(!workspace.source(QStringLiteral("crm-events")));
    QVERIFY(!workspace.removeSource(QStringLiteral("crm-events")));
    QVERIFY(Workspace::fromJson(workspace.toJson(), QStringLiteral("w.json")).ok());
    // Removing a rule's trigger leaves a workspace that does not load: the page asks first.
    QVERIFY(workspace.removeSource(QStringLiteral("contract-review")));
    const auto broken = Workspace::fromJson(workspace.toJson(), QStringLiteral("w.json"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QStringLiteral("no source 'contract-review'")),
             qPrintable(broken.error()));
}

// What the Targets page does with HTTP targets; the OpenText target is not one of them.
void tst_Workspace::editsHttpTargets()
{
    Workspace workspace = Workspace::builtInDefault();
    HttpTargetConfig receiver;
    receiver.name = QStringLiteral("receiver");
    receiver.url = QUrl(QStringLiteral("http://127.0.0.1:9/hooks/in"));
    receiver.headers = {{"X-Team", "ops"}};
    receiver.auth = HttpTargetConfig::Auth::Bearer;
    receiver.authSecretRef = QStringLiteral("target/receiver");
    receiver.signingSecretRef = QStringLiteral("target/receiver-signing");
    receiver.delivery.retrySchedule = {0, 1, 2};
    receiver.delivery.breakerFailures = 3;
    receiver.delivery.ratePerSecond = 5;
    workspace.setHttpTarget(receiver);
    HttpTargetConfig slack = *workspace.httpTarget(QStringLiteral("slack"));
    slack.delivery.breakerFailures = 0;
    workspace.setHttpTarget(slack);

    const auto reread = Workspace::fromJson(workspace.toJson(), QStringLiteral("w.json"));
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->httpTargets().size(), Workspace::builtInDefault().httpTargets().size() + 1);
    QCOMPARE(reread->httpTarget(QStringLiteral("receiver"))->toJson(), receiver.toJson());
    QCOMPARE(reread->deliveryPolicy(QStringLiteral("receiver")).retrySchedule,
             (QList<int> {0, 1, 2}));
    QCOMPARE(reread->deliveryPolicy(QStringLiteral("slack")).breakerFailures, 0);
    QVERIFY(reread->openTextTarget());

    QVERIFY(workspace.rulesUsingTarget(QStringLiteral("slack"))
                .contains(QStringLiteral("delivery-dead")));
    QCOMPARE(workspace.rulesUsingTarget(QStringLiteral("marketing")),
             QStringList {QStringLiteral("content-published")});
    QCOMPARE(workspace.rulesUsingTarget(QStringLiteral("teams")),
             QStringList {QStringLiteral("escalation-fired")});
    QVERIFY(workspace.rulesUsingTarget(QStringLiteral("receiver")).isEmpty());
    QVERIFY(workspace.removeHttpTarget(QStringLiteral("receiver")));
    QVERIFY(!workspace.httpTarget(QStringLiteral("receiver")));
    QVERIFY(!workspace.removeHttpTarget(QStringLiteral("receiver")));
    QVERIFY(!workspace.removeHttpTarget(QStringLiteral("opentext")));
    QVERIFY(workspace.openTextTarget(QStringLiteral("opentext")));
    QVERIFY(Workspace::fromJson(workspace.toJson(), QStringLiteral("w.json")).ok());
}

void tst_Workspace::defaultWorkspaceServesEveryUseCase()
{
    const Workspace workspace = Workspace::builtInDefault();
    QVERIFY(workspace.rules().size() >= 7);
    for (const char *name : {"servicenow", "jira", "pagerduty", "slack", "teams", "marketing"}) {
        const HttpTargetConfig *target = workspace.httpTarget(QString::fromLatin1(name));
        QVERIFY2(target, name);
        QCOMPARE(target->url.scheme(), QStringLiteral("sandbox"));
        QCOMPARE(target->url.path(), QStringLiteral("/capture/") + QString::fromLatin1(name));
    }
    QVERIFY(workspace.httpTarget(QStringLiteral("marketing"))->preset.isEmpty());
    QCOMPARE(workspace.deliveryPolicy(QStringLiteral("servicenow")).maxAttempts(),
             DeliveryPolicy().maxAttempts());

    // Every sample is routed: its source has a rule whose condition matches it.
    QFile file(QStringLiteral(":/samples/index.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray samples = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("samples"))
                                   .toArray();
    const QDateTime now(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC);
    for (const QJsonValue &entry : samples) {
        const QString source = entry.toObject().value(QLatin1String("source")).toString();
        const QJsonObject body = sample(entry.toObject().value(QLatin1String("file")).toString());
        int matched = 0;
        for (const Rule *rule : workspace.rulesFor(source))
            matched += rule->condition.matches(QJsonValue(body), now) ? 1 : 0;
        // Use case 1 has two: the message at once and the reminder before review_due.
        QVERIFY2(matched == (source == QLatin1String("contract-review") ? 2 : 1),
                 qPrintable(source));
    }
    for (const char *event : {"delivery.dead", "opentext.delivery.failed", "escalation.fired"})
        QVERIFY2(workspace.rulesFor(QString::fromLatin1(event)).size() == 1, event);
    QVERIFY(workspace.rule(QStringLiteral("approval-overdue"))->escalation());
    // Issue 18: use case 1 reminds 24 h before review_due unless reviewed; use case 7 digests
    // per owner roles for 10 minutes.
    const Rule *reminder = workspace.rule(QStringLiteral("contract-review-reminder"));
    QVERIFY(reminder && reminder->delay);
    QCOMPARE(reminder->delay->describe(), QStringLiteral("24 h before review_due"));
    QVERIFY(reminder->delay->cancelWhen && reminder->delay->skipIfPast);
    const Rule *expired = workspace.rule(QStringLiteral("supplier-document-expired"));
    QVERIFY(expired && expired->digest);
    QCOMPARE(expired->digest->windowMs, qint64(10 * 60 * 1000));
}

void tst_Workspace::defaultRulesRenderMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("subject"); // email: the subject; SMS: the text

    QTest::addRow("1 contract to legal")
        << QStringLiteral("01-contract-ready.json") << QStringLiteral("contract-review") << 0 << 0
        << QStringList {QStringLiteral("dana.reyes@example.com"),
                        QStringLiteral("marc.olsen@example.com")}
        << QStringLiteral(
               "Legal review: CTR-2026-0418 Master services agreement — Northwind Traders");
    QTest::addRow("3 regulated document to compliance")
        << QStringLiteral("03-regulated-document-updated.json")
        << QStringLiteral("regulated-document") << 0 << 0
        << QStringList {QStringLiteral("amara.okafor@example.com"),
                        QStringLiteral("jonas.weber@example.com")}
        << QStringLiteral("Regulated document updated: DOC-77812 Product safety data sheet — "
                          "Solvent X-200 (version 4.2)");
    QTest::addRow("4 approver")
        << QStringLiteral("04-approval-overdue.json") << QStringLiteral("approval-overdue") << 0
        << 0 << QStringList {QStringLiteral("marcus.lee@example.com")}
        << QStringLiteral("Overdue approval APR-3391: Purchase order PO-88120 (EUR 18,400)");
    QTest::addRow("4 tier 1 manager email")
        << QStringLiteral("04-approval-overdue.json") << QStringLiteral("approval-overdue") << 1
        << 0 << QStringList {QStringLiteral("priya.raman@example.com")}
        << QStringLiteral("Escalation: approval APR-3391 is still waiting for Marcus Lee");
    QTest::addRow("4 tier 1 manager SMS")
        << QStringLiteral("04-approval-overdue.json") << QStringLiteral("approval-overdue") << 1
        << 1 << QStringList {QStringLiteral("+15551230002")}
        << QStringLiteral("Escalation: approval APR-3391 (Purchase order PO-88120 (EUR 18,400)) is "
                          "overdue with Marcus Lee. https://erp.example.com/approvals/APR-3391 "
                          "Ack: https://alerts.example.com/ack/"
                          "AaJMYxipc_S3IqXQT6f-GQFrHtTlABTVW86E-iYp");
    QTest::addRow("4 tier 2 management")
        << QStringLiteral("04-approval-overdue.json") << QStringLiteral("approval-overdue") << 2
        << 0 << QStringList {QStringLiteral("helena.brandt@example.com")}
        << QStringLiteral("Escalation tier 2: approval APR-3391 still open");
    QTest::addRow("6 customer email")
        << QStringLiteral("06-case-updated.json") << QStringLiteral("case-update") << 0 << 0
        << QStringList {QStringLiteral("hannah.okafor@example.net")}
        << QStringLiteral("Your case CASE-20931: Invoice dispute — order 55102");
    QTest::addRow("6 customer SMS")
        << QStringLiteral("06-case-updated.json") << QStringLiteral("case-update") << 0 << 1
        << QStringList {QStringLiteral("+15557650199")}
        << QStringLiteral("Case CASE-20931 updated: awaiting_customer.");
    QTest::addRow("6 dead delivery to support")
        << QStringLiteral("delivery.dead") << QStringLiteral("delivery-dead") << 0 << 1
        << QStringList {QStringLiteral("kim.novak@example.com"),
                        QStringLiteral("ravi.shah@example.com")}
        << QStringLiteral("Delivery to servicenow failed: rule opentext-job-failed");
    QTest::addRow("7 supplier document by owner roles")
        << QStringLiteral("07-supplier-document-expired.json")
        << QStringLiteral("supplier-document-expired") << 0 << 0
        << QStringList {QStringLiteral("lukas.meyer@example.com"),
                        QStringLiteral("sofia.rossi@example.com"),
                        QStringLiteral("dana.reyes@example.com"),
                        QStringLiteral("marc.olsen@example.com"),
                        QStringLiteral("priya.natarajan@example.com"),
                        QStringLiteral("tom.becker@example.com")}
        << QStringLiteral("Expired supplier documents (1)");
}

void tst_Workspace::defaultRulesRenderMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, rule);
    QFETCH(int, tier);
    QFETCH(int, action);
    QFETCH(QStringList, to);
    QFETCH(QString, subject);
    const Workspace workspace = Workspace::builtInDefault();
    const NewDelivery delivery = renderDefault(workspace, rule, tier, action, input);
    QVERIFY2(delivery.renderError.isEmpty(), qPrintable(delivery.renderError));
    QCOMPARE(delivery.request.kind, DeliveryRequest::Kind::OpenText);
    QCOMPARE(delivery.request.target, QStringLiteral("opentext"));
    const OpenTextMessage &message = delivery.request.message;
    QStringList addresses;
    for (const OpenTextDestination &destination : message.destinations)
        addresses.append(destination.address);
    QCOMPARE(addresses, to);
    if (message.channel == OpenTextChannel::Email) {
        QCOMPARE(message.subject, subject);
        QVERIFY(!message.text.isEmpty());
    } else {
        QCOMPARE(message.channel, OpenTextChannel::Sms);
        QCOMPARE(message.text, subject);
    }
    // Nothing the templates ask for is missing from the sample.
    for (const Template &field : workspace.rule(rule)->actions.value(0).fields) {
        QJsonObject extras = renderExtras(useCaseEvent, {}, QDateTime::currentDateTimeUtc(),
                                          QStringLiteral("http://x/ack"), *workspace.rule(rule), 2);
        if (workspace.rule(rule)->digest) {
            // A digest of this one event, as the window's end renders it (renderDigest).
            extras.insert(QStringLiteral("digest.count"), 1);
            extras.insert(QStringLiteral("digest.key"), QStringLiteral("procurement"));
            extras.insert(QStringLiteral("digest.window"), QStringLiteral("10 min"));
            extras.insert(QStringLiteral("digest.events"), QJsonArray {bodyFor(input)});
        }
        const auto rendered = field.render(bodyFor(input), Template::MissingPolicy::Fail, extras);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error()));
    }
}

void tst_Workspace::defaultRulesRenderRequests_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QJsonObject>("expected"); // JSON Pointer into the body -> value

    QTest::addRow("2 ServiceNow incident")
        << QStringLiteral("02-opentext-job-failed.json") << QStringLiteral("opentext-job-failed")
        << 0 << QStringLiteral("sandbox:/capture/servicenow/api/now/table/incident")
        << QJsonObject {{QStringLiteral("/short_description"),
                         QStringLiteral("OpenText job xsi-100384112 failed: BAD_DESTINATION")},
                        {QStringLiteral("/correlation_id"), QStringLiteral("xsi-100384112")}};
    QTest::addRow("2 PagerDuty trigger")
        << QStringLiteral("02-opentext-job-failed.json") << QStringLiteral("opentext-job-failed")
        << 1 << QStringLiteral("sandbox:/capture/pagerduty")
        << QJsonObject {
               {QStringLiteral("/dedup_key"), QStringLiteral("opentext-job-xsi-100384112")},
               {QStringLiteral("/event_action"), QStringLiteral("trigger")},
               {QStringLiteral("/payload/severity"), QStringLiteral("error")},
               {QStringLiteral("/payload/source"), QStringLiteral("Customer Communications")},
               {QStringLiteral("/payload/custom_details/job_id"), QStringLiteral("xsi-100384112")}};
    QTest::addRow("2 OpenText delivery failed")
        << QStringLiteral("opentext.delivery.failed") << QStringLiteral("opentext-delivery-failed")
        << 0 << QStringLiteral("sandbox:/capture/servicenow/api/now/table/incident")
        << QJsonObject {{QStringLiteral("/short_description"),
                         QStringLiteral("OpenText could not deliver job xsi-100384199 to "
                                        "dana.whitfield@example.com")}};
    QTest::addRow("5 marketing webhook")
        << QStringLiteral("05-content-published.json") << QStringLiteral("content-published") << 0
        << QStringLiteral("sandbox:/capture/marketing")
        << QJsonObject {{QStringLiteral("/content/id"), QStringLiteral("CNT-5120")},
                        {QStringLiteral("/content/title"), QStringLiteral("Winter catalogue 2026")},
                        {QStringLiteral("/content/url"),
                         QStringLiteral("https://www.example.com/catalogue/winter-2026")},
                        {QStringLiteral("/campaign"), QStringLiteral("winter-2026")},
                        {QStringLiteral("/event_id"),
                         QStringLiteral("0192e3c4-0000-7000-8000-000000000042")}};
    QTest::addRow("6 Slack alert")
        << QStringLiteral("delivery.dead") << QStringLiteral("delivery-dead") << 0
        << QStringLiteral("sandbox:/capture/slack")
        << QJsonObject {{QStringLiteral("/blocks/0/text/text"),
                         QStringLiteral("Delivery to servicenow failed")}};
    QTest::addRow("6 Teams escalation")
        << QStringLiteral("escalation.fired") << QStringLiteral("escalation-fired") << 0
        << QStringLiteral("sandbox:/capture/teams")
        << QJsonObject {{QStringLiteral("/attachments/0/content/body/0/text"),
                         QStringLiteral("Escalation tier 1 of rule approval-overdue")}};
    QTest::addRow("7 Jira task")
        << QStringLiteral("07-supplier-document-expired.json")
        << QStringLiteral("supplier-document-expired") << 1
        << QStringLiteral("sandbox:/capture/jira/rest/api/2/issue")
        << QJsonObject {{QStringLiteral("/fields/project/key"), QStringLiteral("PROC")},
                        {QStringLiteral("/fields/summary"),
                         QStringLiteral("Renew 1 expired supplier document(s)")}};
}

void tst_Workspace::defaultRulesRenderRequests()
{
    QFETCH(QString, input);
    QFETCH(QString, rule);
    QFETCH(int, action);
    QFETCH(QString, url);
    QFETCH(QJsonObject, expected);
    const Workspace workspace = Workspace::builtInDefault();
    const NewDelivery delivery = renderDefault(workspace, rule, 0, action, input);
    QVERIFY2(delivery.renderError.isEmpty(), qPrintable(delivery.renderError));
    QCOMPARE(delivery.request.kind, DeliveryRequest::Kind::Http);
    QCOMPARE(delivery.request.http.method, QByteArray("POST"));
    QCOMPARE(delivery.request.http.url.toString(), url);
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(delivery.request.http.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QJsonValue value = body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array());
        for (const QString &step : it.key().mid(1).split(QLatin1Char('/'))) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            value = value.isArray() && isIndex ? value.toArray().at(index)
                                               : value.toObject().value(step);
        }
        QVERIFY2(value == it.value(),
                 qPrintable(it.key() + QStringLiteral(": ") + value.toVariant().toString()));
    }
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
