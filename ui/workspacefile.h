// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/workspace.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace OtBridge {

class Engine;

// Where the window keeps the workspace it edits, and how a page saves an edit of it: the file
// the engine runs (--workspace, or the one opened from the File menu), or, while it runs the
// built-in default, workspace.json in the default location, which app/main.cpp opens at the
// next start. Every save starts from the running workspace, so what another page saved stays.
class WorkspaceFile final
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::WorkspaceFile)

public:
    struct Saved
    {
        QString path;
        bool newFile = false; // the built-in workspace was saved to the default location
        QString message; // in words, for the page's result line
    };

    static QString defaultPath();
    // The file a save of workspace goes to.
    static QString savePath(const Workspace &workspace);
    // The running workspace, or the built-in default when the engine is not running.
    static Workspace current(const Engine *engine);

    // Checks edited by loading it again (rules must still find their sources and targets),
    // writes it atomically to savePath(), and has the running engine use it. appliedWords is
    // added to the message when the engine took it ("OT Bridge accepts its webhooks now.").
    // On a database nodes share (Engine::sharesWorkspace) it is saved there instead, as the
    // cluster's next version (path stays empty), or refused when another save came first.
    static Result<Saved> save(Engine *engine, const Workspace &edited, const QString &appliedWords);
};

} // namespace OtBridge
