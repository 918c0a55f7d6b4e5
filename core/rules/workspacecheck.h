// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <memory>

namespace OtBridge {

class Workspace;

// One broken expectation of a fixture, in words and as data (where it points), so a CI report
// or the designer can name the rule, action and field without reading the sentence.
struct CheckFailure
{
    QString rule; // empty: about the fixture as a whole (its source, the set of matched rules)
    int action = -1; // 0-based index in the rule's actions; -1: about the rule
    QString field; // "matched", "to", "subject", "url", "header X-Key", "json /content/id", …
    QString expected; // in words: "\"Contract C-1 ready\"", "contains \"C-1\"", "a match"
    QString actual; // in words
    // The whole failure: "rule 'case-update', action 2, text: expected …, got …".
    QString message;
};

// The outcome of one fixture file.
struct FixtureResult
{
    QString file; // the fixture's path
    QString name; // its file name without ".json"
    QString description;
    int checks = 0; // expectations evaluated
    QList<CheckFailure> failures;

    bool passed() const { return failures.isEmpty(); }
};

struct WorkspaceCheckReport
{
    QString workspace; // the workspace's path
    QString workspaceName;
    int ruleCount = 0;
    QString fixturesDir; // where fixtures were looked for
    bool fixturesDirFound = false;
    QList<FixtureResult> fixtures; // in file name order

    int failedCount() const;
    bool passed() const { return failedCount() == 0; }
};

// A parsed fixture: an event, when it arrives, and what routing must make of it. The format is
// described in docs/workspace-check.md.
class WorkspaceFixture final
{
public:
    // path: the fixture file; relative "body_file" paths are read next to it. Errors say what
    // is malformed and where: "fixture f.json: expect.rules.x.actions[0]: unknown key 'subjct'".
    static Result<WorkspaceFixture> load(const QString &path);
    static Result<WorkspaceFixture> fromJson(const QByteArray &json, const QString &path);

    QString path() const { return m_path; }

    // Routes the fixture's event through every rule of workspace as routing would (conditions,
    // then each action rendered through the rule preview, which renders what routing stores)
    // and compares the outcome with the expectations.
    FixtureResult run(const Workspace &workspace) const;

private:
    struct Data;
    QString m_path;
    std::shared_ptr<const Data> m_data;
};

// Where fixtures sit by default: beside the workspace, in a folder named after it with
// ".tests" for ".json" ("conf/default.json" → "conf/default.tests").
QString defaultFixturesDir(const QString &workspacePath);

// Loads and validates the workspace, loads every *.json fixture of fixturesDir (empty: the
// default folder; a missing default folder means no fixtures, a missing given one is an error)
// and runs them. A failure in words: the workspace is unreadable or invalid
// (Workspace::fromJson's error), the folder is missing, or a fixture is unreadable or malformed.
// A broken expectation is not a failure of this function: it is in the report.
Result<WorkspaceCheckReport> checkWorkspace(const QString &workspacePath,
                                            const QString &fixturesDir = {});

} // namespace OtBridge
