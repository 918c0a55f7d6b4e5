// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/postgresql/postgresqlconnections.h"
#include "store/storenotification.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace OtBridge {

struct PostgresqlNotifierOptions
{
    PostgresqlConnectionOptions connection;
    QList<StoreNotification::Channel> channels = StoreNotification::channels();
    // How often the listening connection is proven alive with a round trip: a connection cut
    // without a word (a firewall, a dead server) is noticed within this.
    int checkIntervalMs = 2'000;
    // Waits between attempts to connect again, doubling from the first to the last.
    int firstRetryMs = 250;
    int lastRetryMs = 10'000;
};

// Hears the cluster's notifications (StoreNotification) on a connection of its own, LISTENing
// on their channels through QSqlDriver::subscribeToNotification: a node wakes when another
// stored work, saved the workspace or changed what a console shows, instead of polling for it.
// When the connection drops (the server restarted, the backend was terminated) it connects
// again, waiting longer each time it fails, and says listening() again: whatever was notified
// meanwhile was not heard, so a listener reads again what it watches then. Polling stays the
// safety net. Lives on the thread it is moved to.
class PostgresqlNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresqlNotifier)

public:
    explicit PostgresqlNotifier(const PostgresqlNotifierOptions &options,
                                QObject *parent = nullptr);
    ~PostgresqlNotifier() override;

    // On its thread: connects and listens, and keeps doing so until stop().
    void start();
    void stop();
    bool isListening() const { return !m_connectionName.isEmpty(); }
    // The server process of the listening connection (pg_stat_activity.pid); 0 when none.
    int backendPid() const { return m_backendPid; }

    // Sends notification on db: inside a transaction it is delivered when that commits, and
    // never if it rolls back (which is why a writer sends it in the transaction of its change).
    static Result<void> notify(const QSqlDatabase &db, const StoreNotification &notification);
    // The same as one statement and its values, for a writer that runs its own statements
    // (SqlWriteContext::run).
    static QString notifySql() { return QStringLiteral("SELECT pg_notify(?, ?)"); }
    static QVariantList notifyValues(const StoreNotification &notification);

Q_SIGNALS:
    void notificationReceived(const OtBridge::StoreNotification &notification);
    // Connected and listening: at start, and again after every reconnection.
    void listening();
    // The connection failed or dropped (error says how); it is retried.
    void connectionLost(const QString &error);

private:
    void connectNow();
    void retryLater();
    void check();
    void checkOpen();
    void lose(const QString &error);
    void dropConnection();
    void handleNotification(const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload);

    PostgresqlNotifierOptions m_options;
    QString m_connectionName; // empty while not listening
    int m_backendPid = 0;
    bool m_running = false;
    int m_retryMs = 0;
    QTimer m_checkTimer;
    QTimer m_retryTimer;
};

} // namespace OtBridge
