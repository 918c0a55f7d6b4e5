// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/workspacerepository.h"
#include "enginenode.h"
#include "httptestclient.h"
#include "postgresqltestserver.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OtBridge;

namespace {

// A workspace of plain JSON sources, one per name.
QByteArray workspaceWith(const QString &name, const QStringList &sources)
{
    QJsonArray list;
    for (const QString &source : sources)
        list.append(QJsonObject {{"name", source}, {"format", "json"}});
    return QJsonDocument(QJsonObject {{"version", 1}, {"name", name}, {"sources", list}})
        .toJson(QJsonDocument::Indented);
}

using EngineNode::writeFile;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int postTo(const Engine &engine, const char *source)
{
    return TestHttp::post(quint16(engine.url().port()), QByteArray("/hooks/") + source, "{}")
        .status;
}

} // namespace

// The cluster's one workspace as nodes use it (README, "Running a cluster"): engines on the
// suite's real PostgreSQL server, each with a data directory and a workspace file of its own.
// The first node stores its workspace as version 1; a node that joins runs the stored one
// (its file then holds it, what it held kept beside it); an edit saved on one node reaches the
// other, whose listener takes the new source, within a bounded wait; an edit based on a version
// that is no longer the stored one is refused in words that say who saved last, and nothing
// changes.
class tst_SharedWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theFirstNodeStoresItsWorkspace();
    void aJoiningNodeRunsTheStoredWorkspace();
    void aSaveOnOneNodeReachesTheOther();
    void aStaleSaveIsRefusedAndChangesNothing();
    void theWindowSavesToTheCluster();

private:
    std::unique_ptr<Engine> startNode(const QString &name, const QByteArray &workspace,
                                      bool watch = false);
    QString workspacePath(const QString &name) const
    {
        return EngineNode::workspacePath(*m_dir, name);
    }
    std::optional<StoredWorkspace> stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresqlTestDatabase> m_database;
};

void tst_SharedWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString error = EngineNode::useServerPassword();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_SharedWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<PostgresqlTestDatabase>();
    QVERIFY2(m_database->errorString().isEmpty(), qPrintable(m_database->errorString()));
}

void tst_SharedWorkspace::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<Engine> tst_SharedWorkspace::startNode(const QString &name,
                                                       const QByteArray &workspace, bool watch)
{
    return EngineNode::start(*m_dir, name, workspace, m_database->url(), watch);
}

std::optional<StoredWorkspace> tst_SharedWorkspace::stored() const
{
    std::optional<StoredWorkspace> result;
    {
        QSqlDatabase db = m_database->connect(QStringLiteral("stored"));
        auto loaded = WorkspaceRepository::load(db);
        if (loaded)
            result = loaded.value();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stored"));
    return result;
}

void tst_SharedWorkspace::theFirstNodeStoresItsWorkspace()
{
    QVERIFY(!stored());
    const QByteArray mine = workspaceWith(QStringLiteral("first"), {QStringLiteral("alpha")});
    const auto node = startNode(QStringLiteral("a"), mine);
    QVERIFY(node);
    QVERIFY(node->sharesWorkspace());
    const std::optional<StoredWorkspace> first = stored();
    QVERIFY(first);
    QCOMPARE(first->version, 1);
    QCOMPARE(first->savedOn, QSysInfo::machineHostName());
    QVERIFY(!first->savedBy.isEmpty());
    QCOMPARE(Workspace::fromJson(first->document, {})->name(), QStringLiteral("first"));
    QCOMPARE(node->sharedWorkspace().version, 1);
    QCOMPARE(postTo(*node, "alpha"), 202);
    // Its file held the workspace it stored; it holds it still, as stored.
    QCOMPARE(readFile(workspacePath(QStringLiteral("a"))), first->document);
    QVERIFY(!QFile::exists(workspacePath(QStringLiteral("a")) + QStringLiteral(".previous")));
}

void tst_SharedWorkspace::aJoiningNodeRunsTheStoredWorkspace()
{
    const auto first = startNode(QStringLiteral("a"),
                                 workspaceWith(QStringLiteral("first"), {QStringLiteral("alpha")}));
    QVERIFY(first);
    const QByteArray its = workspaceWith(QStringLiteral("second"), {QStringLiteral("beta")});
    const auto second = startNode(QStringLiteral("b"), its);
    QVERIFY(second);
    QCOMPARE(second->workspace().name(), QStringLiteral("first"));
    QCOMPARE(second->sharedWorkspace().version, 1);
    QCOMPARE(postTo(*second, "alpha"), 202);
    QCOMPARE(postTo(*second, "beta"), 404);
    // Its file holds the cluster's workspace now, and what it held is kept beside it.
    QCOMPARE(readFile(workspacePath(QStringLiteral("b"))), stored()->document);
    QCOMPARE(readFile(workspacePath(QStringLiteral("b")) + QStringLiteral(".previous")), its);
    QCOMPARE(stored()->version, 1);
}

void tst_SharedWorkspace::aSaveOnOneNodeReachesTheOther()
{
    const auto first
        = startNode(QStringLiteral("a"),
                    workspaceWith(QStringLiteral("first"), {QStringLiteral("alpha")}), true);
    QVERIFY(first);
    const auto second = startNode(
        QStringLiteral("b"), workspaceWith(QStringLiteral("b's own"), {QStringLiteral("beta")}));
    QVERIFY(second);
    QSignalSpy reloaded(second.get(), &Engine::workspaceReloaded);

    // An admin edits the first node's file: it is saved as version 2, for every node.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writeFile(workspacePath(QStringLiteral("a")),
                      workspaceWith(QStringLiteral("edited"),
                                    {QStringLiteral("alpha"), QStringLiteral("gamma")})));
    QTRY_COMPARE_WITH_TIMEOUT(first->sharedWorkspace().version, 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(second->sharedWorkspace().version, 2, 5'000);
    qInfo("a save on one node was applied on the other after %lld ms", timer.elapsed());
    QVERIFY(reloaded.size() >= 1);
    QCOMPARE(reloaded.last().at(0).toBool(), true);
    QCOMPARE(second->workspace().name(), QStringLiteral("edited"));
    QCOMPARE(postTo(*second, "gamma"), 202);
    QCOMPARE(postTo(*first, "gamma"), 202);
    QCOMPARE(stored()->version, 2);
    // The second node's file follows.
    QCOMPARE(readFile(workspacePath(QStringLiteral("b"))), stored()->document);
}

void tst_SharedWorkspace::aStaleSaveIsRefusedAndChangesNothing()
{
    const auto node = startNode(QStringLiteral("a"),
                                workspaceWith(QStringLiteral("first"), {QStringLiteral("alpha")}));
    QVERIFY(node);
    // Carol saved version 2 by hand, behind the node's back (no notification, and the poll is
    // 30 s away): the node still runs version 1.
    {
        QSqlDatabase db = m_database->connect(QStringLiteral("carol"));
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral(
            "UPDATE workspace SET version = 2, document = ?, saved_by = 'carol', saved_on = "
            "'desk-9', saved_at = 1800000000000")));
        query.addBindValue(
            QString::fromUtf8(workspaceWith(QStringLiteral("carol's"), {QStringLiteral("delta")})));
        QVERIFY(query.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("carol"));
    QCOMPARE(node->sharedWorkspace().version, 1);

    const QString edit = m_dir->filePath(QStringLiteral("edit.json"));
    QVERIFY(writeFile(edit,
                      workspaceWith(QStringLiteral("mine"),
                                    {QStringLiteral("alpha"), QStringLiteral("epsilon")})));
    QSignalSpy reloaded(node.get(), &Engine::workspaceReloaded);
    const Result<void> refused = node->reloadWorkspace(edit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorDetail().kind, Error::Kind::Stale);
    QCOMPARE(refused.error(),
             QStringLiteral("the workspace was saved by carol on desk-9 at 2027-01-15 08:00:00 "
                            "UTC (version 2) after this one was loaded (version 1): nothing was "
                            "saved; load the current one and make the change again"));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(reloaded.first().at(0).toBool(), false);
    QCOMPARE(reloaded.first().at(1).toString(), refused.error());
    // Nothing changed: the node runs version 1, the database holds Carol's.
    QCOMPARE(node->sharedWorkspace().version, 1);
    QCOMPARE(postTo(*node, "epsilon"), 404);
    QCOMPARE(stored()->savedBy, QStringLiteral("carol"));
    QCOMPARE(Workspace::fromJson(stored()->document, {})->name(), QStringLiteral("carol's"));
}

void tst_SharedWorkspace::theWindowSavesToTheCluster()
{
    const auto first = startNode(QStringLiteral("a"),
                                 workspaceWith(QStringLiteral("first"), {QStringLiteral("alpha")}));
    QVERIFY(first);
    const auto second = startNode(
        QStringLiteral("b"), workspaceWith(QStringLiteral("b's own"), {QStringLiteral("beta")}));
    QVERIFY(second);
    // A page of the first node's window adds a source.
    Workspace edited = WorkspaceFile::current(first.get());
    SourceConfig zeta;
    zeta.name = QStringLiteral("zeta");
    edited.setSource(zeta);
    const auto saved = WorkspaceFile::save(first.get(), edited,
                                           QStringLiteral("OT Bridge accepts its webhooks now."));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->message,
             QStringLiteral("Saved as the cluster's workspace, version 2: every node uses it now. "
                            "OT Bridge accepts its webhooks now."));
    QVERIFY(saved->path.isEmpty());
    QCOMPARE(postTo(*first, "zeta"), 202);
    QTRY_COMPARE_WITH_TIMEOUT(second->sharedWorkspace().version, 2, 5'000);
    QCOMPARE(postTo(*second, "zeta"), 202);

    // The second node's window edits what it runs while a third party's save is on its way:
    // refused, in the same words, and nothing changes.
    {
        QSqlDatabase db = m_database->connect(QStringLiteral("carol"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE workspace SET version = 3, saved_by = 'carol', "
                                          "saved_on = 'desk-9', saved_at = 1800000000000")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("carol"));
    Workspace late = WorkspaceFile::current(second.get());
    SourceConfig eta;
    eta.name = QStringLiteral("eta");
    late.setSource(eta);
    const auto refused = WorkspaceFile::save(second.get(), late, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorDetail().kind, Error::Kind::Stale);
    QVERIFY2(refused.error().startsWith(
                 QStringLiteral("the workspace was saved by carol on desk-9 at 2027-01-15 08:00:00 "
                                "UTC (version 3) after this one was loaded (version 2)")),
             qPrintable(refused.error()));
    QCOMPARE(postTo(*second, "eta"), 404);
    QCOMPARE(stored()->version, 3);
}

QTEST_GUILESS_MAIN(tst_SharedWorkspace)
#include "tst_sharedworkspace.moc"
