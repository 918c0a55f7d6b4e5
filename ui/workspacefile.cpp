// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile.h"

#include "engine/engine.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace OtBridge {

QString WorkspaceFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("workspace.json"));
}

QString WorkspaceFile::savePath(const Workspace &workspace)
{
    const QString origin = workspace.origin();
    if (origin.isEmpty() || origin.startsWith(QLatin1Char(':')))
        return defaultPath();
    return origin;
}

Workspace WorkspaceFile::current(const Engine *engine)
{
    return engine && engine->isRunning() ? engine->workspace() : Workspace::builtInDefault();
}

Result<WorkspaceFile::Saved> WorkspaceFile::save(Engine *engine, const Workspace &edited,
                                                 const QString &appliedWords)
{
    using R = Result<Saved>;
    Saved saved;
    // On a database nodes share, the workspace is the cluster's: saved there, for every node.
    if (engine && engine->isRunning() && engine->sharesWorkspace()) {
        const auto checked = Workspace::fromJson(edited.toJson(), edited.origin());
        if (!checked)
            return R::failure(checked.error());
        if (const Result<void> shared
            = engine->saveSharedWorkspace(checked.value(), tr("the window"));
            !shared)
            return R::failure(shared.errorDetail());
        saved.message = tr("Saved as the cluster's workspace, version %1: every node uses it now.")
                            .arg(engine->sharedWorkspace().version);
        if (!appliedWords.isEmpty())
            saved.message += QLatin1Char(' ') + appliedWords;
        return saved;
    }
    saved.path = savePath(edited);
    saved.newFile = saved.path != edited.origin();
    const auto checked = Workspace::fromJson(edited.toJson(), saved.path);
    if (!checked)
        return R::failure(checked.error());
    const QString folder = QFileInfo(saved.path).absolutePath();
    if (!QDir().mkpath(folder))
        return R::failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    if (const Result<void> written = checked->save(saved.path); !written)
        return R::failure(written.error());

    const QString native = QDir::toNativeSeparators(saved.path);
    saved.message = saved.newFile
        ? tr("Saved to %1. OT Bridge was running its built-in workspace, so it was saved to this "
             "new file in the default location, which the window opens from now on (otbridge "
             "--headless needs --workspace \"%1\").")
              .arg(native)
        : tr("Saved to %1.").arg(native);
    if (engine && engine->isRunning()) {
        if (const Result<void> applied = engine->reloadWorkspace(saved.path); !applied)
            saved.message += QLatin1Char(' ')
                + tr("OT Bridge could not switch to it while running: %1. It will use it when "
                     "it starts again.")
                      .arg(applied.error());
        else if (!appliedWords.isEmpty())
            saved.message += QLatin1Char(' ') + appliedWords;
    }
    return saved;
}

} // namespace OtBridge
