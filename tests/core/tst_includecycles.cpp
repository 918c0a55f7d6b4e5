// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

// The folders of core/ form a line (docs/architecture.md, "What each folder owns"): includes
// between them run one way. This reads every #include "folder/file.h" in core/ and fails on a
// cycle between folders, naming it with one include per edge, and on an include that runs up
// the documented line.

namespace {

// Lowest first; a folder may include only the folders before it.
const QStringList folderLine {
    QStringLiteral("json"),    QStringLiteral("net"),      QStringLiteral("event"),
    QStringLiteral("config"),  QStringLiteral("rules"),    QStringLiteral("store"),
    QStringLiteral("cluster"), QStringLiteral("delivery"), QStringLiteral("api"),
    QStringLiteral("ingest"),  QStringLiteral("sandbox"),  QStringLiteral("engine"),
    QStringLiteral("tester")};

// folder → included folder → one include that makes the edge ("rules/router.h includes
// delivery/deliverystore.h").
using FolderGraph = QMap<QString, QMap<QString, QString>>;

FolderGraph readGraph(const QString &coreDir)
{
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*\"([a-z0-9_]+)/([^\"]+)\""),
        QRegularExpression::MultilineOption);
    FolderGraph graph;
    const QDir core(coreDir);
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = core.relativeFilePath(path);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        if (!relative.contains(QLatin1Char('/')))
            continue; // result.h, error.h: below every folder
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = include.globalMatch(text);
        graph[folder]; // a folder that includes nothing still counts
        while (matches.hasNext()) {
            const auto match = matches.next();
            const QString target = match.captured(1);
            if (target == folder || !core.exists(target))
                continue;
            if (!graph[folder].contains(target))
                graph[folder].insert(
                    target,
                    QStringLiteral("%1 includes %2/%3").arg(relative, target, match.captured(2)));
        }
    }
    return graph;
}

// The first cycle found, as "a -> b (why) -> a (why)"; empty when there is none.
QString findCycle(const FolderGraph &graph)
{
    enum class Mark { None, OnPath, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    QString cycle;
    std::function<bool(const QString &)> visit = [&](const QString &folder) {
        marks[folder] = Mark::OnPath;
        path.append(folder);
        const auto edges = graph.value(folder);
        for (auto it = edges.constBegin(); it != edges.constEnd(); ++it) {
            const Mark mark = marks.value(it.key(), Mark::None);
            if (mark == Mark::OnPath) {
                QStringList words {it.key()};
                const qsizetype start = path.indexOf(it.key());
                for (qsizetype i = start; i < path.size(); ++i) {
                    const QString &from = path.at(i);
                    const QString &to = i + 1 < path.size() ? path.at(i + 1) : it.key();
                    words.append(QStringLiteral("-> %1 (%2)").arg(to, graph[from][to]));
                }
                cycle = words.join(QLatin1Char(' '));
                return true;
            }
            if (mark == Mark::None && visit(it.key()))
                return true;
        }
        path.removeLast();
        marks[folder] = Mark::Done;
        return false;
    };
    for (auto it = graph.constBegin(); it != graph.constEnd(); ++it) {
        if (marks.value(it.key(), Mark::None) == Mark::None && visit(it.key()))
            return cycle;
    }
    return {};
}

} // namespace

class TestIncludeCycles final : public QObject
{
    Q_OBJECT

private slots:
    void detectorNamesACycle()
    {
        FolderGraph graph;
        graph[QStringLiteral("rules")][QStringLiteral("delivery")]
            = QStringLiteral("rules/router.h includes delivery/deliverystore.h");
        graph[QStringLiteral("delivery")][QStringLiteral("rules")]
            = QStringLiteral("delivery/dispatcher.h includes rules/router.h");
        graph[QStringLiteral("delivery")][QStringLiteral("event")]
            = QStringLiteral("delivery/deliveryqueue.h includes event/event.h");
        QCOMPARE(findCycle(graph),
                 QStringLiteral("delivery -> rules (delivery/dispatcher.h includes "
                                "rules/router.h) -> delivery (rules/router.h includes "
                                "delivery/deliverystore.h)"));

        graph[QStringLiteral("delivery")].remove(QStringLiteral("rules"));
        QCOMPARE(findCycle(graph), QString());
    }

    void coreFoldersHaveNoCycle()
    {
        const FolderGraph graph = readGraph(QStringLiteral(OTBRIDGE_CORE_DIR));
        // The reader found the includes it should: a few known edges of the line.
        QVERIFY(graph.value(QStringLiteral("engine")).contains(QStringLiteral("delivery")));
        QVERIFY(graph.value(QStringLiteral("delivery")).contains(QStringLiteral("rules")));
        QVERIFY(graph.value(QStringLiteral("rules")).contains(QStringLiteral("config")));
        QVERIFY(graph.value(QStringLiteral("delivery")).contains(QStringLiteral("store")));
        QVERIFY(graph.value(QStringLiteral("store")).contains(QStringLiteral("rules")));
        const QString cycle = findCycle(graph);
        QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("include cycle: ") + cycle));
    }

    void includesRunDownTheLine()
    {
        const FolderGraph graph = readGraph(QStringLiteral(OTBRIDGE_CORE_DIR));
        for (auto it = graph.constBegin(); it != graph.constEnd(); ++it) {
            QVERIFY2(folderLine.contains(it.key()),
                     qPrintable(QStringLiteral("core/%1/ is not in the folder line of "
                                               "docs/architecture.md and tst_includecycles")
                                    .arg(it.key())));
            for (auto edge = it->constBegin(); edge != it->constEnd(); ++edge) {
                QVERIFY2(folderLine.indexOf(edge.key()) < folderLine.indexOf(it.key()),
                         qPrintable(QStringLiteral("%1: %2/ sits below %3/ "
                                                   "(docs/architecture.md, Layering)")
                                        .arg(edge.value(), it.key(), edge.key())));
            }
        }
    }

    // The window reaches the engine's stores only through EngineClient (docs/architecture.md,
    // "The window and the engine"): a store call of its own would block the GUI thread or
    // outlive the store.
    void windowReachesStoresThroughTheClient()
    {
        static const QRegularExpression storeCall(
            QStringLiteral("(->|\\.)\\s*(store|deliveries)\\(\\)"));
        const QDir ui(QStringLiteral(OTBRIDGE_UI_DIR));
        QStringList calls;
        int files = 0;
        QDirIterator it(ui.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (storeCall.match(lines.at(i)).hasMatch())
                    calls.append(QStringLiteral("ui/%1:%2: %3")
                                     .arg(ui.relativeFilePath(file.fileName()))
                                     .arg(i + 1)
                                     .arg(lines.at(i).trimmed()));
            }
        }
        QVERIFY(files > 50); // the reader found the sources
        QVERIFY(storeCall.match(QStringLiteral("m_engine->store()->query(q)")).hasMatch());
        QVERIFY2(calls.isEmpty(), qPrintable(calls.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestIncludeCycles)
#include "tst_includecycles.moc"
