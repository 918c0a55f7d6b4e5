// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
