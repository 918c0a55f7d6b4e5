// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace OtBridge {

// One window per user and data directory, as desktop applications do it: the first window
// listens on a local socket named after both; a second start finds it there, asks it to show
// itself, and exits instead of opening a window whose engine could not take the data directory
// (docs/architecture.md, "One process per data directory").
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    // The socket's name: per user (the name carries the user id) and per data directory.
    static QString serverName(const QString &dataDir);

    // True when a running window answered: it was asked to show itself. Bounded by timeoutMs.
    bool askRunningWindowToShow(int timeoutMs = 2000);
    // Listens for later starts (showRequested()). A socket left by a window that crashed is
    // removed first: nobody answered on it (askRunningWindowToShow() said so).
    bool listen();
    QString errorString() const { return m_server.errorString(); }

Q_SIGNALS:
    void showRequested();

private:
    void onNewConnection();

    QString m_name;
    QLocalServer m_server;
};

} // namespace OtBridge
