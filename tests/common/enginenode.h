// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/secretstore.h"
#include "engine/engine.h"
#include "postgresqltestserver.h"

#include <QDebug>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

// Engines in one test process as the nodes of a cluster on a database of the suite's
// PostgreSQL server (tst_sharedworkspace, tst_clusterconsole).
namespace EngineNode {

// The server's password for every engine's start, as a server is given it (the environment;
// the suite's server makes its password at random). Returns what went wrong; empty when
// nothing did.
inline QString useServerPassword()
{
    const PostgresqlTestServer server = PostgresqlTestServer::fromEnvironment();
    if (!server.error.isEmpty())
        return server.error;
    qputenv(OtBridge::SecretStore::environmentVariable(OtBridge::DatabaseUrl::passwordKey())
                .toLatin1()
                .constData(),
            server.password.toUtf8());
    return {};
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The node name's workspace file in dir.
inline QString workspacePath(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name + QStringLiteral(".json"));
}

// Starts the node name on the database at databaseUrl: its data directory dir/NAME, its
// workspace file dir/NAME.json holding workspace (watched when watch says so). Null, with the
// reason in the log, when it does not start.
inline std::unique_ptr<OtBridge::Engine> start(const QTemporaryDir &dir, const QString &name,
                                               const QByteArray &workspace,
                                               const QString &databaseUrl, bool watch = false)
{
    if (!writeFile(workspacePath(dir, name), workspace))
        return nullptr;
    const OtBridge::DatabaseUrl database = OtBridge::DatabaseUrl::parse(databaseUrl).value();
    auto engine = std::make_unique<OtBridge::Engine>(database);
    OtBridge::EngineOptions options;
    options.database = database;
    options.dataDir = dir.filePath(name);
    options.workspacePath = workspacePath(dir, name);
    options.watchWorkspace = watch;
    const auto url = engine->start(options);
    if (!url) {
        qWarning().noquote() << name << "did not start:" << url.error();
        return nullptr;
    }
    return engine;
}

} // namespace EngineNode
