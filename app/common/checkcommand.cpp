// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "rules/workspacecheck.h"

#include <QFileInfo>
#include <QObject>
#include <QTextStream>
#include <QXmlStreamWriter>

#include <cstdio>

namespace OtBridge {

namespace {

QString usage()
{
    return QObject::tr(
        "Usage: otbridge check [--fixtures DIR] [--format text|junit] FILE\n"
        "\n"
        "Validates the workspace FILE and runs the fixtures stored beside it: every\n"
        "*.json file in the folder named like FILE with .tests for .json\n"
        "(default.json -> default.tests/), or in DIR. Each fixture is an event with the rules it "
        "must match and what their\n"
        "actions must render (see docs/workspace-check.md).\n"
        "\n"
        "Options:\n"
        "  --fixtures DIR   read the fixtures from DIR\n"
        "  --format FORMAT  text (default) or junit (JUnit XML for CI)\n"
        "  -h, --help       show this help\n"
        "\n"
        "Exit status: 0 every fixture passed, 1 a fixture failed, 2 usage error, invalid\n"
        "workspace, or an unreadable or malformed fixture.\n");
}

struct Options
{
    QString workspace;
    QString fixtures;
    bool junit = false;
    bool help = false;
};

// Fills options; returns an error in words, empty when the arguments are fine.
QString parseArguments(const QStringList &arguments, Options &options)
{
    bool haveFile = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString name = argument;
        QString value;
        bool hasValue = false;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))) {
            name = argument.section(QLatin1Char('='), 0, 0);
            value = argument.section(QLatin1Char('='), 1);
            hasValue = true;
        }
        const auto takeValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            options.help = true;
        } else if (name == QLatin1String("--fixtures")) {
            if (!takeValue() || value.isEmpty())
                return QObject::tr("--fixtures wants a folder");
            options.fixtures = value;
        } else if (name == QLatin1String("--format")) {
            if (!takeValue())
                return QObject::tr("--format wants text or junit");
            if (value == QLatin1String("junit"))
                options.junit = true;
            else if (value != QLatin1String("text"))
                return QObject::tr("--format wants text or junit, not '%1'").arg(value);
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            return QObject::tr("unknown option '%1'").arg(argument);
        } else {
            if (haveFile)
                return QObject::tr("one workspace FILE only; '%1' is a second").arg(argument);
            options.workspace = argument;
            haveFile = true;
        }
    }
    if (!options.help && !haveFile)
        return QObject::tr("which workspace? Give its FILE");
    return {};
}

void writeText(const WorkspaceCheckReport &report, QTextStream &out)
{
    out << QObject::tr("Workspace %1 (%2) is valid: %3 rules.")
               .arg(report.workspace, report.workspaceName)
               .arg(report.ruleCount)
        << '\n';
    if (report.fixtures.isEmpty()) {
        out << QObject::tr("No fixtures in %1: nothing to run.").arg(report.fixturesDir) << '\n';
        return;
    }
    for (const FixtureResult &fixture : report.fixtures) {
        if (fixture.passed()) {
            out << QObject::tr("PASS %1 (%2 checks)").arg(fixture.name).arg(fixture.checks) << '\n';
            continue;
        }
        out << QObject::tr("FAIL %1 (%2 of %3 checks failed)")
                   .arg(fixture.name)
                   .arg(fixture.failures.size())
                   .arg(fixture.checks)
            << '\n';
        for (const CheckFailure &failure : fixture.failures)
            out << "  " << fixture.file << ": " << failure.message << '\n';
    }
    const int failed = report.failedCount();
    out << QObject::tr("%1 fixtures: %2 passed, %3 failed")
               .arg(report.fixtures.size())
               .arg(report.fixtures.size() - failed)
               .arg(failed)
        << '\n';
}

// JUnit XML as CI servers read it (Jenkins, GitLab, GitHub test reporters): one test suite for
// the workspace, one test case per fixture, one <failure> per fixture that failed.
void writeJUnit(const WorkspaceCheckReport &report, QTextStream &out)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    const QString suite = QFileInfo(report.workspace).completeBaseName();
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("otbridge check %1").arg(suite));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(report.fixtures.size()));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(report.failedCount()));
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    for (const FixtureResult &fixture : report.fixtures) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), suite);
        writer.writeAttribute(QStringLiteral("name"), fixture.name);
        writer.writeAttribute(QStringLiteral("file"), fixture.file);
        if (!fixture.passed()) {
            QStringList lines;
            for (const CheckFailure &failure : fixture.failures)
                lines.append(failure.message);
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), fixture.failures.constFirst().message);
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("expectation"));
            writer.writeCharacters(lines.join(QLatin1Char('\n')));
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    out << xml;
}

} // namespace

int runCheckCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    if (const QString error = parseArguments(arguments, options); !error.isEmpty()) {
        err << "otbridge check: " << error << '\n' << usage();
        err.flush();
        return CheckError;
    }
    if (options.help) {
        out << usage();
        out.flush();
        return CheckPassed;
    }
    const auto report = checkWorkspace(options.workspace, options.fixtures);
    if (!report) {
        err << "otbridge check: " << report.error() << '\n';
        err.flush();
        return CheckError;
    }
    if (options.junit)
        writeJUnit(report.value(), out);
    else
        writeText(report.value(), out);
    out.flush();
    return report->passed() ? CheckPassed : CheckFailed;
}

int runCheckCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runCheckCommand(arguments, out, err);
}

} // namespace OtBridge
