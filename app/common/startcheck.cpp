// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startcheck.h"

#include "config/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryFile>

namespace OtBridge {

namespace {

QString hostForUrl(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
}

std::optional<StartRefusal> checkDataDir(const QString &path)
{
    const auto refuse = [](const QString &message) {
        return StartRefusal {ExitDataDirRefused, message};
    };
    if (path.isEmpty())
        return refuse(QStringLiteral("no data directory is known for this user (is HOME set?); "
                                     "give one with --data-dir DIR"));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return refuse(QStringLiteral("the data directory %1 is not a directory; choose another "
                                     "with --data-dir DIR")
                          .arg(path));
    if (!info.exists() && !QDir().mkpath(path)) {
        // Say which part of the path is in the way.
        QFileInfo ancestor(info.absolutePath());
        while (!ancestor.exists() && !ancestor.isRoot())
            ancestor = QFileInfo(ancestor.absolutePath());
        const QString why = ancestor.isDir()
            ? QStringLiteral("%1 is not writable by this user").arg(ancestor.absoluteFilePath())
            : QStringLiteral("%1 is not a directory").arg(ancestor.absoluteFilePath());
        return refuse(QStringLiteral("cannot create the data directory %1: %2; create it for "
                                     "this user, or choose another with --data-dir DIR")
                          .arg(path, why));
    }
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        return refuse(QStringLiteral("the data directory %1 is not writable by this user (%2); "
                                     "give this user write access to it (chown, chmod), or choose "
                                     "another with --data-dir DIR")
                          .arg(path, probe.errorString()));
    return std::nullopt;
}

std::optional<StartRefusal> checkWorkspace(const QString &path, Face face)
{
    if (path.isEmpty())
        return std::nullopt; // the built-in workspace, which the tests keep valid
    const Result<Workspace> workspace = Workspace::load(path);
    if (workspace)
        return std::nullopt;
    return StartRefusal {ExitWorkspaceRefused,
                         QStringLiteral("%1; fix the file ('%2 check %3' lists every problem), or "
                                        "start without --workspace to use the built-in workspace")
                             .arg(workspace.error(), programName(face), path)};
}

std::optional<StartRefusal> checkDatabase(const DatabaseUrl &database)
{
    if (auto supported = checkDatabaseSupported(database); !supported)
        return StartRefusal {ExitDatabaseRefused, supported.error()};
    return std::nullopt;
}

// The engine binds with SO_REUSEADDR too, so this probe leaves nothing behind that would stop it.
std::optional<StartRefusal> checkListenAddress(const QHostAddress &address, quint16 port)
{
    if (port == 0)
        return std::nullopt; // any free port
    QTcpServer probe;
    if (probe.listen(address, port))
        return std::nullopt;
    const QString where = hostForUrl(address) + QLatin1Char(':') + QString::number(port);
    const QString another
        = QStringLiteral("choose another with --listen %1:PORT").arg(hostForUrl(address));
    switch (probe.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return StartRefusal {ExitListenRefused,
                             QStringLiteral("%1 is in use (by another otbridge?); %2, or stop "
                                            "what listens there")
                                 .arg(where, another)};
    case QAbstractSocket::SocketAccessError:
        return StartRefusal {ExitListenRefused,
                             QStringLiteral("not allowed to listen on %1 (ports below 1024 need "
                                            "privileges); %2 with a port above 1023")
                                 .arg(where, another)};
    case QAbstractSocket::SocketAddressNotAvailableError:
        return StartRefusal {ExitListenRefused,
                             QStringLiteral("cannot listen on %1: the address is not one of this "
                                            "machine's; choose one with --listen ADDRESS:%2")
                                 .arg(where)
                                 .arg(port)};
    default:
        return StartRefusal {
            ExitListenRefused,
            QStringLiteral("cannot listen on %1: %2; %3").arg(where, probe.errorString(), another)};
    }
}

} // namespace

std::optional<StartRefusal> checkBeforeStart(const EngineOptions &options, Face face)
{
    if (auto refused = checkDataDir(options.dataDir))
        return refused;
    if (auto refused = checkDatabase(options.database))
        return refused;
    if (auto refused = checkWorkspace(options.workspacePath, face))
        return refused;
    return checkListenAddress(options.address, options.port);
}

} // namespace OtBridge
