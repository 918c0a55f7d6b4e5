// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "engine/engine.h"
#include "mainwindow.h"
#include "rules/ruledesignerpage.h"
#include "sources/sourcespage.h"
#include "targets/targetspage.h"
#include "uisettings.h"
#include "workspacefile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace OtBridge;

// The window's menu bar and how it ends: File (open and export the workspace, quit with
// Ctrl+Q), Help (about), and the real otbridge program closing cleanly on SIGTERM and SIGINT.
class tst_MainWindowMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menusHoldTheirActions();
    void quitClosesTheWindowAndKeepsItsLayout();
    void aboutNamesTheVersionAndTheLicences();
    void openWorkspaceSwitchesEveryPage();
    void openingABrokenWorkspaceChangesNothing();
    void exportWritesTheRunningWorkspace();
    void rulesOfferWhatTheAdminPagesSaved();
    void signalClosesTheProgramCleanly_data();
    void signalClosesTheProgramCleanly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList itemNames(const QListWidget *list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->data(Qt::UserRole).toString();
    return names;
}

} // namespace

void tst_MainWindowMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowmenu"));
}

void tst_MainWindowMenu::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<Engine>();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    m_window->startEngine(options);
    QVERIFY(m_engine->isRunning());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindowMenu::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_dir.reset();
    QSettings().clear();
    // Where the pages save the built-in workspace (the test's own location, test mode).
    QFile::remove(WorkspaceFile::defaultPath());
}

void tst_MainWindowMenu::menusHoldTheirActions()
{
    QMenuBar *bar = m_window->menuBar();
    QVERIFY(bar->isVisible());
    auto *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *help = m_window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(file && help);
    QCOMPARE(bar->actions().size(), 2);
    QCOMPARE(bar->actions().at(0), file->menuAction());
    QCOMPARE(bar->actions().at(1), help->menuAction());
    QVERIFY(file->actions().contains(m_window->openWorkspaceAction()));
    QVERIFY(file->actions().contains(m_window->exportWorkspaceAction()));
    QCOMPARE(file->actions().constLast(), m_window->quitAction());
    QVERIFY(help->actions().contains(m_window->aboutAction()));
    QCOMPARE(m_window->quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(m_window->openWorkspaceAction()->shortcut(), QKeySequence(QKeySequence::Open));
}

void tst_MainWindowMenu::quitClosesTheWindowAndKeepsItsLayout()
{
    m_window->setCurrentPage(MainWindow::SourcesPageIndex);
    QVERIFY(UiSettings().windowGeometry().isEmpty());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QTRY_VERIFY(!m_window->isVisible());
    // Closed the way the window's close button closes it: its layout is kept for next time.
    const UiSettings settings;
    QVERIFY(!settings.windowGeometry().isEmpty());
    QCOMPARE(settings.currentPage(), int(MainWindow::SourcesPageIndex));
}

void tst_MainWindowMenu::aboutNamesTheVersionAndTheLicences()
{
    m_window->aboutAction()->trigger();
    auto *about = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QVERIFY(!about->isModal() || about->windowModality() == Qt::WindowModal);
    QVERIFY2(about->text().contains(QStringLiteral("OT Bridge " OTBRIDGE_VERSION)),
             qPrintable(about->text()));
    const QString licences = about->informativeText();
    for (const char *expected :
         {"GPL-3.0-or-later", "LGPL-3.0", "BSD-3-Clause", "Boost Software License 1.0", qVersion()})
        QVERIFY2(licences.contains(QLatin1String(expected)), expected);
    about->close();
    QTRY_VERIFY(!about->isVisible());
}

void tst_MainWindowMenu::openWorkspaceSwitchesEveryPage()
{
    // An admin's file with a source and a target the built-in workspace does not have.
    QJsonObject document = QJsonDocument::fromJson(Workspace::builtInDefault().toJson()).object();
    QJsonArray sources = document.value(QLatin1String("sources")).toArray();
    sources.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("from-file")}});
    document.insert(QStringLiteral("sources"), sources);
    QJsonArray targets = document.value(QLatin1String("targets")).toArray();
    targets.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("file-target")},
                                {QStringLiteral("type"), QStringLiteral("http")},
                                {QStringLiteral("url"), QStringLiteral("https://x.example.com")}});
    document.insert(QStringLiteral("targets"), targets);
    const QString path = m_dir->filePath(QStringLiteral("mine.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
    }
    auto *sourceList
        = m_window->sourcesPage()->findChild<QListWidget *>(QStringLiteral("sourceList"));
    QVERIFY(!itemNames(sourceList).contains(QStringLiteral("from-file")));

    const Result<void> opened = m_window->openWorkspace(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(m_engine->workspace().origin(), path);
    QVERIFY(m_engine->workspace().source(QStringLiteral("from-file")));
    QVERIFY(itemNames(sourceList).contains(QStringLiteral("from-file")));
    QVERIFY(m_window->targetPage()->selectTarget(QStringLiteral("file-target")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    // The listener takes webhooks for it now.
    QNetworkAccessManager network;
    QUrl url = m_engine->url();
    url.setPath(QStringLiteral("/hooks/from-file"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray(R"({"a": 1})")));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    // The window opens it again at the next start.
    QCOMPARE(UiSettings().workspacePath(), path);
    EngineOptions options;
    UiSettings().applyTo(options);
    QCOMPARE(options.workspacePath, path);
}

void tst_MainWindowMenu::openingABrokenWorkspaceChangesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "sources": [{"name": "Not A Name"}]})");
    }
    const QString before = m_engine->workspace().origin();
    const Result<void> opened = m_window->openWorkspace(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("Not A Name")), qPrintable(opened.error()));
    QCOMPARE(m_engine->workspace().origin(), before);
    QVERIFY(UiSettings().workspacePath().isEmpty());
}

void tst_MainWindowMenu::exportWritesTheRunningWorkspace()
{
    const QString path = m_dir->filePath(QStringLiteral("export.json"));
    const Result<void> exported = m_window->exportWorkspace(path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const Result<Workspace> read = Workspace::load(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(QJsonDocument::fromJson(contents(path)),
             QJsonDocument::fromJson(m_engine->workspace().toJson()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    // Exporting does not switch the window to the export.
    QVERIFY(m_engine->workspace().origin() != path);
}

// A source added on the Sources page is a trigger the rule designer offers at once.
void tst_MainWindowMenu::rulesOfferWhatTheAdminPagesSaved()
{
    const auto offered = [this](const QString &name) {
        auto *trigger
            = m_window->rulesPage()->findChild<QListWidget *>(QStringLiteral("ruleTrigger"));
        return trigger && itemNames(trigger).contains(name);
    };
    m_window->setCurrentPage(MainWindow::RulesPageIndex);
    m_window->rulesPage()->selectRule(0);
    QVERIFY(!offered(QStringLiteral("crm-events")));

    m_window->setCurrentPage(MainWindow::SourcesPageIndex);
    SourcesPage *sources = m_window->sourcesPage();
    sources->addSource();
    sources->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit"))
        ->setText(QStringLiteral("crm-events"));
    QSignalSpy saved(sources, &SourcesPage::saved);
    QVERIFY(sources->save());
    QTRY_COMPARE(saved.size(), 1);
    m_window->setCurrentPage(MainWindow::RulesPageIndex);
    m_window->rulesPage()->selectRule(0);
    QVERIFY(offered(QStringLiteral("crm-events")));
}

void tst_MainWindowMenu::signalClosesTheProgramCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addRow("SIGTERM") << int(SIGTERM);
    QTest::addRow("SIGINT") << int(SIGINT);
}

// The real program, its window on the offscreen platform: a signal closes the window as Quit
// does and the program exits 0 (it used to die of the signal, 143).
void tst_MainWindowMenu::signalClosesTheProgramCleanly()
{
    QFETCH(int, signalNumber);
    const QString binary = qEnvironmentVariable("OTBRIDGE_BINARY");
    QVERIFY2(!binary.isEmpty(), "OTBRIDGE_BINARY is not set");
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("share")));
    program.setProcessEnvironment(environment);
    program.setProcessChannelMode(QProcess::MergedChannels);
    program.start(binary,
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("program-data"))});
    QVERIFY2(program.waitForStarted(10000), qPrintable(program.errorString()));

    // Up once its listener answers.
    QNetworkAccessManager network;
    const QUrl health(QStringLiteral("http://127.0.0.1:%1/health").arg(port));
    const auto answers = [&] {
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(health)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 2000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(answers() || program.state() == QProcess::NotRunning,
                              program.readAll().constData(), 30000);
    QVERIFY2(program.state() == QProcess::Running, program.readAll().constData());

    QCOMPARE(::kill(pid_t(program.processId()), signalNumber), 0);
    QVERIFY2(program.waitForFinished(20000), "still running 20 s after the signal");
    const QByteArray output = program.readAll();
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QVERIFY2(program.exitCode() == 0, output.constData());
    // The window was closed, not killed: it saved its layout on the way out.
    const QByteArray settings
        = contents(m_dir->filePath(QStringLiteral("config/otbridge/otbridge.conf")));
    QVERIFY2(settings.contains("windowGeometry"), settings.constData());
    // And the listener is gone.
    QVERIFY(!answers());
}

QTEST_MAIN(tst_MainWindowMenu)
#include "tst_mainwindowmenu.moc"
