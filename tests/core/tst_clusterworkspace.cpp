// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterworkspace.h"
#include "clustertestdatabase.h"
#include "config/workspace.h"
#include "store/postgresql/postgresqlnotifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace OtBridge;

namespace {

WorkspaceSave makeSave(const QByteArray &document, qint64 basedOn, const QString &by,
                       const QString &on)
{
    WorkspaceSave save;
    save.document = document;
    save.basedOn = basedOn;
    save.by = by;
    save.on = on;
    return save;
}

QByteArray documentNamed(const QString &name)
{
    Workspace workspace = Workspace::builtInDefault();
    QJsonObject object = QJsonDocument::fromJson(workspace.toJson()).object();
    object.insert(QStringLiteral("name"), name);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

// The cluster's workspace in the database (WorkspaceRepository, ClusterWorkspace) on both
// backends: a save and a load give back the same document, version, writer and time; a save
// based on a version that is no longer stored is refused in exact words and changes nothing;
// a save from one node reaches another within a bounded wait (PostgreSQL: its notification;
// either: the poll beneath it); two saves at once, one wins; no secret reaches the table.
class tst_ClusterWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void nothingStoredYet();
    void saveAndLoadRoundTrip();
    void aStaleSaveIsRefusedAndLosesNothing();
    void aSecondNodeAppliesASave();
    void aSaveIsNotNewsToTheNodeThatMadeIt();
    void twoSavesAtOnceOneWins();
    void secretsStayOut();

private:
    std::unique_ptr<ClusterTestDatabase> m_db;
};

void tst_ClusterWorkspace::initTestCase_data()
{
    ClusterTestDatabase::addRows();
}

void tst_ClusterWorkspace::initTestCase()
{
    qRegisterMetaType<StoredWorkspace>();
    qRegisterMetaType<StoreNotification>();
}

void tst_ClusterWorkspace::init()
{
    m_db = std::make_unique<ClusterTestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorString()));
}

void tst_ClusterWorkspace::cleanup()
{
    m_db.reset();
}

void tst_ClusterWorkspace::nothingStoredYet()
{
    ClusterWorkspace workspace(m_db->opener(), {QStringLiteral("n1"), 60'000});
    const auto loaded = workspace.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(!loaded.value().has_value());
    QCOMPARE(workspace.appliedVersion(), 0);
}

void tst_ClusterWorkspace::saveAndLoadRoundTrip()
{
    ClusterWorkspace workspace(m_db->opener(), {QStringLiteral("n1"), 60'000});
    const QByteArray first = documentNamed(QStringLiteral("First"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const auto saved
        = workspace.save(makeSave(first, 0, QStringLiteral("alice"), QStringLiteral("desk-1")));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->document, first);
    QCOMPARE(saved->savedBy, QStringLiteral("alice"));
    QCOMPARE(saved->savedOn, QStringLiteral("desk-1"));
    QVERIFY(saved->savedAt >= before);
    QVERIFY(saved->savedAt <= QDateTime::currentDateTimeUtc().addSecs(5));
    QCOMPARE(workspace.appliedVersion(), 1);

    const auto loaded = workspace.load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->document, first);
    QCOMPARE(loaded.value()->version, 1);
    QCOMPARE(loaded.value()->savedBy, QStringLiteral("alice"));
    QCOMPARE(loaded.value()->savedOn, QStringLiteral("desk-1"));
    QCOMPARE(loaded.value()->savedAt, saved->savedAt);
    // What is stored is a workspace the engine loads.
    const auto parsed = Workspace::fromJson(loaded.value()->document, QStringLiteral("db"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->name(), QStringLiteral("First"));

    const QByteArray second = documentNamed(QStringLiteral("Second"));
    const auto again = workspace.save(
        makeSave(second, 1, QStringLiteral("otbridged"), QStringLiteral("node-2 (0193…)")));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->version, 2);
    QCOMPARE(workspace.load().value()->document, second);
    QCOMPARE(workspace.load().value()->savedBy, QStringLiteral("otbridged"));
    QCOMPARE(workspace.appliedVersion(), 2);
}

void tst_ClusterWorkspace::aStaleSaveIsRefusedAndLosesNothing()
{
    ClusterWorkspace alice(m_db->opener(), {QStringLiteral("n1"), 60'000});
    ClusterWorkspace bob(m_db->opener(), {QStringLiteral("n2"), 60'000});
    const QByteArray first = documentNamed(QStringLiteral("Alice's first"));
    QVERIFY(alice.save(makeSave(first, 0, QStringLiteral("alice"), QStringLiteral("desk-1"))));

    // Bob made his own first workspace meanwhile.
    const auto firstToo = bob.save(makeSave(documentNamed(QStringLiteral("Bob's first")), 0,
                                            QStringLiteral("bob"), QStringLiteral("desk-2")));
    QVERIFY(!firstToo.ok());
    QCOMPARE(firstToo.errorDetail().kind, Error::Kind::Stale);
    const StoredWorkspace v1 = alice.load().value().value();
    const QString v1At = v1.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(
        firstToo.error(),
        QStringLiteral("the workspace was first saved by alice on desk-1 at %1 UTC (version 1) "
                       "while this one was being made: nothing was saved; load the stored "
                       "one and make the change again")
            .arg(v1At));

    // Both loaded version 1; Alice saves first.
    const QByteArray alices = documentNamed(QStringLiteral("Alice's edit"));
    QVERIFY(alice.save(makeSave(alices, 1, QStringLiteral("alice"), QStringLiteral("desk-1"))));
    const StoredWorkspace v2 = alice.load().value().value();
    QCOMPARE(v2.version, 2);
    const auto stale = bob.save(makeSave(documentNamed(QStringLiteral("Bob's edit")), 1,
                                         QStringLiteral("bob"), QStringLiteral("desk-2")));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.errorDetail().kind, Error::Kind::Stale);
    QCOMPARE(
        stale.error(),
        QStringLiteral("the workspace was saved by alice on desk-1 at %1 UTC (version 2) after "
                       "this one was loaded (version 1): nothing was saved; load the current "
                       "one and make the change again")
            .arg(v2.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    QCOMPARE(bob.appliedVersion(), 0);

    // Nothing stored was lost or changed.
    const StoredWorkspace kept = bob.load().value().value();
    QCOMPARE(kept.version, 2);
    QCOMPARE(kept.document, alices);
    QCOMPARE(kept.savedBy, QStringLiteral("alice"));
    QCOMPARE(kept.savedAt, v2.savedAt);
    int rows = -1;
    {
        QSqlDatabase db = m_db->connect(QStringLiteral("rows"));
        QSqlQuery query(QStringLiteral("SELECT count(*) FROM workspace"), db);
        if (query.next())
            rows = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));
    QCOMPARE(rows, 1);

    // Based on the current version, Bob's save goes through.
    const auto rebased = bob.save(makeSave(documentNamed(QStringLiteral("Bob's edit")), 2,
                                           QStringLiteral("bob"), QStringLiteral("desk-2")));
    QVERIFY2(rebased.ok(), qPrintable(rebased.error()));
    QCOMPARE(rebased->version, 3);
}

void tst_ClusterWorkspace::aSecondNodeAppliesASave()
{
    // The second node runs its workspace on a thread of its own, as a node does.
    QThread thread;
    thread.setObjectName(QStringLiteral("second-node"));
    // With PostgreSQL the notification brings it, so the poll is too slow to matter; SQLite
    // has only the poll.
    const int pollMs = m_db->isPostgresql() ? 600'000 : 300;
    auto *second = new ClusterWorkspace(m_db->opener(), {QStringLiteral("n2"), pollMs});
    PostgresqlNotifier *notifier = nullptr;
    if (m_db->isPostgresql()) {
        PostgresqlNotifierOptions options;
        options.connection.url = m_db->storeOptions().database;
        options.connection.password = m_db->password();
        notifier = new PostgresqlNotifier(options);
        notifier->moveToThread(&thread);
        connect(notifier, &PostgresqlNotifier::notificationReceived, second,
                &ClusterWorkspace::handleNotification);
    }
    second->moveToThread(&thread);
    // What the second node says reaches this thread queued, in order; not a QSignalSpy, whose
    // wait() misses a signal another thread emits before the wait begins.
    QList<StoredWorkspace> applied;
    connect(second, &ClusterWorkspace::workspaceSaved, this,
            [&applied](const StoredWorkspace &stored) { applied.append(stored); });
    bool listening = false;
    if (notifier)
        connect(notifier, &PostgresqlNotifier::listening, this, [&listening] { listening = true; });
    thread.start();
    // Whatever fails below, the thread is stopped before it is destroyed (a running QThread's
    // destructor aborts the whole test binary) and the node's objects go with it.
    const auto stopSecondNode = qScopeGuard([&thread, second, notifier] {
        QMetaObject::invokeMethod(
            second,
            [second, notifier] {
                if (notifier) {
                    notifier->stop();
                    delete notifier;
                }
                second->stop();
                delete second;
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    });
    // Blocking: the second node has read what is stored (nothing yet) before the first saves,
    // so version 1 is news to it rather than where it starts.
    QMetaObject::invokeMethod(
        second,
        [second, notifier] {
            if (notifier)
                notifier->start();
            second->start();
        },
        Qt::BlockingQueuedConnection);
    if (notifier)
        QTRY_VERIFY_WITH_TIMEOUT(listening, 10'000);

    ClusterWorkspace first(m_db->opener(), {QStringLiteral("n1"), 600'000});
    const QByteArray document = documentNamed(QStringLiteral("From node 1"));
    QElapsedTimer timer;
    timer.start();
    const auto saved
        = first.save(makeSave(document, 0, QStringLiteral("alice"), QStringLiteral("desk-1")));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 5'000);
    QVERIFY2(timer.elapsed() < 5'000, qPrintable(QString::number(timer.elapsed())));
    const StoredWorkspace heard = applied.first();
    QCOMPARE(heard.version, 1);
    QCOMPARE(heard.document, document);
    QCOMPARE(heard.savedBy, QStringLiteral("alice"));

    // Each version once.
    QVERIFY(first.save(makeSave(documentNamed(QStringLiteral("v2")), 1, QStringLiteral("alice"),
                                QStringLiteral("desk-1"))));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 5'000);
    QCOMPARE(applied.at(1).version, 2);
    QMetaObject::invokeMethod(second, &ClusterWorkspace::check, Qt::BlockingQueuedConnection);
    // Whatever that check said has been queued to this thread by now.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(applied.size(), 2);
}

void tst_ClusterWorkspace::aSaveIsNotNewsToTheNodeThatMadeIt()
{
    ClusterWorkspace node(m_db->opener(), {QStringLiteral("n1"), 600'000});
    QSignalSpy applied(&node, &ClusterWorkspace::workspaceSaved);
    node.start();
    QVERIFY(node.save(makeSave(documentNamed(QStringLiteral("mine")), 0, QStringLiteral("alice"),
                               QStringLiteral("desk-1"))));
    node.check();
    QVERIFY(applied.isEmpty());
    // Another node's save is news.
    ClusterWorkspace other(m_db->opener(), {QStringLiteral("n2"), 600'000});
    QVERIFY(other.save(makeSave(documentNamed(QStringLiteral("theirs")), 1, QStringLiteral("bob"),
                                QStringLiteral("desk-2"))));
    node.check();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().first().value<StoredWorkspace>().savedBy, QStringLiteral("bob"));
    node.stop();
}

void tst_ClusterWorkspace::twoSavesAtOnceOneWins()
{
    ClusterWorkspace seed(m_db->opener(), {QStringLiteral("n0"), 600'000});
    QVERIFY(seed.save(makeSave(documentNamed(QStringLiteral("seed")), 0, QStringLiteral("admin"),
                               QStringLiteral("desk-0"))));
    constexpr int writers = 4;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<Result<StoredWorkspace>> outcomes(writers,
                                                  Result<StoredWorkspace>::failure(QString()));
    std::vector<std::unique_ptr<ClusterWorkspace>> nodes;
    for (int i = 0; i < writers; ++i)
        nodes.push_back(std::make_unique<ClusterWorkspace>(
            m_db->opener(), ClusterWorkspaceOptions {QStringLiteral("n%1").arg(i + 1), 600'000}));
    QSemaphore go;
    for (int i = 0; i < writers; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            go.acquire();
            outcomes[i]
                = nodes[i]->save(makeSave(documentNamed(QStringLiteral("edit %1").arg(i)), 1,
                                          QStringLiteral("user%1").arg(i), QStringLiteral("desk")));
        }));
        threads.back()->start();
    }
    go.release(writers);
    for (auto &thread : threads)
        QVERIFY(thread->wait(30'000));
    int won = 0;
    for (const auto &outcome : outcomes) {
        if (outcome.ok()) {
            ++won;
            QCOMPARE(outcome->version, 2);
        } else {
            QCOMPARE(outcome.errorDetail().kind, Error::Kind::Stale);
        }
    }
    QCOMPARE(won, 1);
    QCOMPARE(seed.load().value()->version, 2);
}

void tst_ClusterWorkspace::secretsStayOut()
{
    static constexpr char sourceSecret[] = "cluster-workspace-source-secret-2b7d";
    qputenv("OTBRIDGE_SECRET_CLUSTER_HOOKS", sourceSecret);
    const QByteArray file = R"({
  "version": 1,
  "name": "With a secret",
  "sources": [
    {"name": "hooks", "format": "json", "auth": {"type": "bearer", "secret": "cluster/hooks"}}
  ]
})";
    auto workspace = Workspace::fromJson(file, QStringLiteral("w.json"));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error()));
    ClusterWorkspace node(m_db->opener(), {QStringLiteral("n1"), 600'000});
    QVERIFY(node.save(
        makeSave(workspace->toJson(), 0, QStringLiteral("alice"), QStringLiteral("desk-1"))));
    qunsetenv("OTBRIDGE_SECRET_CLUSTER_HOOKS");
    // The reference is stored, exactly as a workspace file holds it; the secret is not.
    const QByteArray stored = node.load().value()->document;
    QCOMPARE(stored, workspace->toJson());
    QVERIFY(stored.contains("\"cluster/hooks\""));
    QVERIFY(!stored.contains(sourceSecret));
    QString everything;
    {
        QSqlDatabase db = m_db->connect(QStringLiteral("all"));
        QSqlQuery query(QStringLiteral("SELECT document, saved_by, saved_on FROM workspace"), db);
        while (query.next())
            everything += query.value(0).toString() + query.value(1).toString()
                + query.value(2).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("all"));
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(QLatin1String(sourceSecret)));
}

QTEST_GUILESS_MAIN(tst_ClusterWorkspace)
#include "tst_clusterworkspace.moc"
