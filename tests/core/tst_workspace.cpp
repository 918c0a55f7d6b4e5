// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"

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
};

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

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
