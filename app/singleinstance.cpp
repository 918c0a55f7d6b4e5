// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

#include <unistd.h>

namespace OtBridge {

namespace {

constexpr char showCommand[] = "show\n";
constexpr char shownReply[] = "shown\n";

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

QString SingleInstance::serverName(const QString &dataDir)
{
    // The same directory however it was written (relative, trailing slash, a link).
    const QFileInfo info(dataDir);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("otbridge-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::askRunningWindowToShow(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(showCommand);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer proves a live window took it (not a socket file a crash left behind).
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == shownReply;
}

bool SingleInstance::listen()
{
    // Only this user may connect: the name is per user, the socket file is too.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_name))
        return true;
    if (m_server.serverError() != QAbstractSocket::AddressInUseError)
        return false;
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            if (line == showCommand) {
                Q_EMIT showRequested();
                socket->write(shownReply);
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace OtBridge
