// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "console/consolepage.h"
#include "dashboard/dashboardpage.h"
#include "rules/ruledesignerpage.h"
#include "rules/ruledocument.h"
#include "sandbox/sandboxinboxpage.h"
#include "settings/settingspage.h"
#include "sources/sourcespage.h"
#include "targets/httptargetform.h"
#include "targets/targetspage.h"
#include "tester/testerpage.h"
#include "uisettings.h"
#include "workspacefile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace OtBridge {

namespace {

constexpr int rateUpdateIntervalMs = 1000;

// Our own SVGs when Qt's SVG icon engine is installed, a style icon otherwise.
QIcon pageIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    if (icon.availableSizes().isEmpty() && icon.pixmap(24, 24).isNull())
        return QApplication::style()->standardIcon(fallback);
    return icon;
}

QStyle::StandardPixmap fallbackIcon(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::ConsolePageIndex:
        return QStyle::SP_FileDialogDetailedView;
    case MainWindow::RulesPageIndex:
        return QStyle::SP_FileDialogContentsView;
    case MainWindow::TesterPageIndex:
        return QStyle::SP_MediaPlay;
    case MainWindow::SourcesPageIndex:
        return QStyle::SP_DriveNetIcon;
    case MainWindow::TargetsPageIndex:
        return QStyle::SP_DriveNetIcon;
    case MainWindow::SandboxPageIndex:
        return QStyle::SP_DirIcon;
    case MainWindow::DashboardPageIndex:
        return QStyle::SP_ComputerIcon;
    case MainWindow::SettingsPageIndex:
    case MainWindow::PageCount:
        break;
    }
    return QStyle::SP_FileDialogInfoView;
}

} // namespace

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_console(new ConsolePage(engine, m_pages))
    , m_sources(new SourcesPage(engine, m_pages))
    , m_targets(new TargetsPage(engine, m_pages))
    , m_rules(new RuleDesignerPage(engine, m_pages))
    , m_sandbox(new SandboxInboxPage(engine, m_pages))
    , m_tester(new TesterPage(engine, m_pages))
    , m_dashboard(new DashboardPage(engine, m_pages))
    , m_settings(new SettingsPage(engine, m_pages))
    , m_listenerLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_rateTimer(this)
{
    setWindowTitle(tr("OT Bridge"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->setObjectName(QStringLiteral("pages"));

    addPage(ConsolePageIndex, QStringLiteral("console"), tr("Console"), m_console);
    addPage(RulesPageIndex, QStringLiteral("rules"), tr("Rules"), m_rules);
    addPage(TesterPageIndex, QStringLiteral("tester"), tr("Tester"), m_tester);
    addPage(SourcesPageIndex, QStringLiteral("sources"), tr("Sources"), m_sources);
    addPage(TargetsPageIndex, QStringLiteral("targets"), tr("Targets"), m_targets);
    addPage(SandboxPageIndex, QStringLiteral("sandbox"), tr("Sandbox"), m_sandbox);
    addPage(DashboardPageIndex, QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
    addPage(SettingsPageIndex, QStringLiteral("settings"), tr("Settings"), m_settings);
    int labelWidth = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        labelWidth = std::max(
            labelWidth,
            m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(labelWidth + m_navigation->iconSize().width() + 40);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_listenerLabel->setObjectName(QStringLiteral("listenerLabel"));
    m_listenerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listenerLabel->setText(tr("Not listening"));
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_rateLabel->setToolTip(tr("Requests handled per second over the last five seconds, "
                               "rejected ones included"));
    statusBar()->addPermanentWidget(m_listenerLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_engine, &Engine::activity, this, &MainWindow::handleActivity);
    connect(m_sources, &SourcesPage::saved, this, &MainWindow::handleWorkspaceEdited);
    connect(m_sources, &SourcesPage::deleted, this, &MainWindow::handleWorkspaceEdited);
    connect(m_targets->httpForm(), &HttpTargetForm::saved, this,
            &MainWindow::handleWorkspaceEdited);
    connect(m_targets->httpForm(), &HttpTargetForm::deleted, this,
            &MainWindow::handleWorkspaceEdited);
    m_clock.start();
    m_rateTimer.setInterval(rateUpdateIntervalMs);
    connect(&m_rateTimer, &QTimer::timeout, this, &MainWindow::updateRate);
    m_rateTimer.start();
    updateRate();

    const UiSettings settings;
    resize(1100, 720);
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_console->restoreState(settings.consoleState());
    const int page = settings.currentPage();
    setCurrentPage(page >= 0 && page < PageCount ? Page(page) : ConsolePageIndex);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &iconName, const QString &title, QWidget *widget)
{
    Q_ASSERT(m_pages->count() == page);
    widget->setObjectName(iconName + QStringLiteral("Page"));
    m_pages->addWidget(widget);
    auto *item = new QListWidgetItem(pageIcon(iconName, fallbackIcon(page)), title, m_navigation);
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::startEngine(const EngineOptions &options)
{
    const Result<QUrl> url = m_engine->start(options);
    if (!url) {
        m_listenerLabel->setText(tr("Not listening"));
        statusBar()->showMessage(tr("The webhook listener could not start: %1").arg(url.error()));
        m_console->setEngineError(url.error());
        return;
    }
    if (m_engine->isAttached()) {
        // No listener here: the nodes take the webhooks.
        m_listenerLabel->setText(
            tr("Attached to the cluster on %1").arg(m_engine->database().toString()));
        setWindowTitle(tr("OT Bridge — cluster on %1").arg(m_engine->database().toString()));
    } else {
        m_listenerLabel->setText(tr("Listening on %1").arg(url->toString()));
    }
    m_console->setEngineError({});
    m_console->loadHistory();
    // The workspace the engine loaded, and the sandbox it may have started, are known now.
    m_tester->handleEngineStarted(options.dataDir);
    reloadPages();
}

void MainWindow::reloadPages()
{
    m_sources->reload();
    m_targets->reload();
    m_rules->reload();
}

void MainWindow::handleWorkspaceEdited()
{
    // The rule designer offers the sources and targets just saved as triggers and targets, unless
    // it holds unsaved rules, which reading the workspace again would drop.
    if (!m_rules->document()->isModified())
        m_rules->reload();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_openAction
        = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    m_openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_exportAction = file->addAction(tr("&Export workspace…"), this, &MainWindow::chooseExportFile);
    m_exportAction->setObjectName(QStringLiteral("exportWorkspaceAction"));
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on some platforms' key bindings: Ctrl+Q everywhere.
    m_quitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = help->addAction(tr("&About OT Bridge"), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString start
        = QFileInfo(WorkspaceFile::savePath(WorkspaceFile::current(m_engine))).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), start, tr("Workspace files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<void> opened = openWorkspace(path); !opened)
        QMessageBox::warning(this, tr("Open workspace"),
                             tr("The workspace was not opened: %1").arg(opened.error()));
}

void MainWindow::chooseExportFile()
{
    const QString start
        = QDir(QFileInfo(WorkspaceFile::savePath(WorkspaceFile::current(m_engine))).absolutePath())
              .filePath(QStringLiteral("workspace-export.json"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export workspace"), start, tr("Workspace files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<void> exported = exportWorkspace(path); !exported)
        QMessageBox::warning(this, tr("Export workspace"),
                             tr("The workspace was not exported: %1").arg(exported.error()));
}

Result<void> MainWindow::openWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const auto loaded = Workspace::load(absolute); !loaded)
        return Result<void>::failure(loaded.error());
    if (m_engine->isRunning()) {
        if (const Result<void> used = m_engine->reloadWorkspace(absolute); !used)
            return used;
    }
    UiSettings().setWorkspacePath(absolute);
    reloadPages();
    statusBar()->showMessage(m_engine->isRunning()
                                 ? tr("Opened the workspace %1; OT Bridge uses it now.")
                                       .arg(QDir::toNativeSeparators(absolute))
                                 : tr("The workspace %1 is used the next time OT Bridge starts.")
                                       .arg(QDir::toNativeSeparators(absolute)),
                             10000);
    return {};
}

Result<void> MainWindow::exportWorkspace(const QString &path) const
{
    const Workspace workspace = WorkspaceFile::current(m_engine);
    if (const Result<void> written = workspace.save(path); !written)
        return written;
    statusBar()->showMessage(
        tr("Exported the workspace to %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return {};
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new QMessageBox(this);
        m_about->setObjectName(QStringLiteral("aboutBox"));
        m_about->setWindowTitle(tr("About OT Bridge"));
        m_about->setIconPixmap(windowIcon().pixmap(64, 64));
        m_about->setTextFormat(Qt::RichText);
        m_about->setStandardButtons(QMessageBox::Close);
    }
    const QString version = QCoreApplication::applicationVersion().isEmpty()
        ? QStringLiteral(OTBRIDGE_VERSION)
        : QCoreApplication::applicationVersion();
    m_about->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("OT Bridge %1").arg(version.toHtmlEscaped()),
                 tr("Connects systems that speak HTTP webhooks with OpenText Notifications, in "
                    "both directions.")
                     .toHtmlEscaped()));
    m_about->setInformativeText(
        QStringLiteral("<p>%1</p><p>%2</p><ul><li>%3</li><li>%4</li><li>%5</li><li>%6</li>"
                       "<li>%7</li></ul>")
            .arg(tr("OT Bridge is free software under the GNU General Public License, version 3 "
                    "or later (GPL-3.0-or-later), with no warranty.")
                     .toHtmlEscaped(),
                 tr("It is built on:").toHtmlEscaped(),
                 tr("Qt %1 (LGPL-3.0; Qt HTTP Server under GPL-3.0)")
                     .arg(QString::fromLatin1(qVersion()))
                     .toHtmlEscaped(),
                 tr("QtKeychain (BSD-3-Clause)").toHtmlEscaped(),
                 tr("SQLite (public domain)").toHtmlEscaped(),
                 tr("Mustache templates by Kevin Wojniak (Boost Software License 1.0)")
                     .toHtmlEscaped(),
                 tr("Icons drawn for OT Bridge (GPL-3.0-or-later)").toHtmlEscaped()));
    m_about->open();
}

void MainWindow::handleActivity(const QList<EventSummary> &batch)
{
    m_rate.add(int(batch.size()), m_clock.elapsed());
}

void MainWindow::updateRate()
{
    const double rate = m_rate.ratePerSecond(m_clock.elapsed());
    m_rateLabel->setText(tr("%1 events/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    UiSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setConsoleState(m_console->saveState());
    settings.setCurrentPage(m_navigation->currentRow());
}

} // namespace OtBridge
