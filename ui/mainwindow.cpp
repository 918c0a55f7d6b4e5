// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace OtBridge {

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("OT Bridge"));
    setCentralWidget(new QLabel(tr("Console"), this));
}

MainWindow::~MainWindow() = default;

void MainWindow::startEngine(const EngineOptions &options)
{
    const auto url = m_engine->start(options);
    statusBar()->showMessage(url ? tr("listening on %1").arg(url->toString()) : url.error());
}

} // namespace OtBridge
