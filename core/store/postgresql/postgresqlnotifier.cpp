// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgresql/postgresqlnotifier.h"

#include "store/sqlerror.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcNotifier, "otbridge.store.notify")

namespace OtBridge {

PostgresqlNotifier::PostgresqlNotifier(const PostgresqlNotifierOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_retryMs(options.firstRetryMs)
    , m_checkTimer(this)
    , m_retryTimer(this)
{
    m_checkTimer.setInterval(options.checkIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &PostgresqlNotifier::check);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PostgresqlNotifier::connectNow);
}

PostgresqlNotifier::~PostgresqlNotifier()
{
    dropConnection();
}

void PostgresqlNotifier::start()
{
    if (m_running)
        return;
    m_running = true;
    m_retryMs = m_options.firstRetryMs;
    connectNow();
}

void PostgresqlNotifier::stop()
{
    m_running = false;
    m_checkTimer.stop();
    m_retryTimer.stop();
    dropConnection();
}

void PostgresqlNotifier::connectNow()
{
    if (!m_running || isListening())
        return;
    static std::atomic<quint64> serial {0};
    const QString name = QStringLiteral("otbridge-listen-%1").arg(++serial);
    PostgresqlConnectionOptions options = m_options.connection;
    options.applicationName = QStringLiteral("otbridge-listen");
    QString error;
    {
        const Result<QSqlDatabase> opened = PostgresqlConnections::open(name, options);
        if (!opened) {
            error = opened.error();
        } else {
            QSqlDatabase db = opened.value();
            QSqlDriver *driver = db.driver();
            for (const StoreNotification::Channel channel : std::as_const(m_options.channels)) {
                if (!driver->subscribeToNotification(StoreNotification::channelName(channel))) {
                    error = tr("cannot listen on %1: %2")
                                .arg(StoreNotification::channelName(channel),
                                     sqlError(driver->lastError()));
                    break;
                }
            }
            QSqlQuery pid(db);
            if (error.isEmpty()) {
                if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
                    m_backendPid = pid.value(0).toInt();
                else
                    error = sqlError(pid);
            }
            if (error.isEmpty()) {
                connect(driver, &QSqlDriver::notification, this,
                        &PostgresqlNotifier::handleNotification);
                // The driver watches the connection's socket for notifications; when it reads
                // the end of the connection instead, notice at once rather than at the next
                // check (the socket is closed then, and its notifier must go with it).
                for (QSocketNotifier *socket : driver->findChildren<QSocketNotifier *>())
                    connect(socket, &QSocketNotifier::activated, this,
                            &PostgresqlNotifier::checkOpen, Qt::QueuedConnection);
                m_connectionName = name;
            } else {
                db.close();
            }
        }
    }
    if (!error.isEmpty()) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
        m_backendPid = 0;
        qCWarning(lcNotifier).noquote() << "not listening for the cluster's notifications:" << error
                                        << "- trying again in" << m_retryMs << "ms";
        Q_EMIT connectionLost(error);
        retryLater();
        return;
    }
    m_retryMs = m_options.firstRetryMs;
    m_checkTimer.start();
    qCDebug(lcNotifier) << "listening on backend" << m_backendPid;
    Q_EMIT listening();
}

void PostgresqlNotifier::retryLater()
{
    if (!m_running)
        return;
    m_retryTimer.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_options.lastRetryMs);
}

void PostgresqlNotifier::checkOpen()
{
    if (!isListening())
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.driver() && !db.driver()->isOpen()) {
        const QString error = sqlError(db.driver()->lastError());
        lose(error.isEmpty() ? tr("the server closed the connection") : error);
    }
}

void PostgresqlNotifier::check()
{
    if (!isListening())
        return;
    QString error;
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery probe(db);
        if (!db.driver()->isOpen())
            error = sqlError(db.driver()->lastError());
        else if (!probe.exec(QStringLiteral("SELECT 1")))
            error = sqlError(probe);
        if (error.isEmpty() && !db.driver()->isOpen())
            error = tr("the server closed the connection");
    }
    if (!error.isEmpty())
        lose(error);
}

void PostgresqlNotifier::lose(const QString &error)
{
    dropConnection();
    qCWarning(lcNotifier).noquote() << "the connection that listens for the cluster's "
                                       "notifications dropped:"
                                    << error << "- connecting again";
    Q_EMIT connectionLost(error);
    // At once the first time: a terminated backend or a restarted server usually takes the
    // next connection.
    if (m_running)
        m_retryTimer.start(0);
}

void PostgresqlNotifier::dropConnection()
{
    m_checkTimer.stop();
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (QSqlDriver *driver = db.driver())
            disconnect(driver, nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_backendPid = 0;
}

void PostgresqlNotifier::handleNotification(const QString &name, QSqlDriver::NotificationSource,
                                            const QVariant &payload)
{
    const Result<StoreNotification> parsed = StoreNotification::parse(name, payload.toString());
    if (!parsed) {
        qCWarning(lcNotifier).noquote() << parsed.error();
        return;
    }
    Q_EMIT notificationReceived(parsed.value());
}

Result<void> PostgresqlNotifier::notify(const QSqlDatabase &db,
                                        const StoreNotification &notification)
{
    QSqlQuery query(db);
    query.prepare(notifySql());
    for (const QVariant &value : notifyValues(notification))
        query.addBindValue(value);
    if (!query.exec())
        return Result<void>::failure(sqlError(query));
    return {};
}

QVariantList PostgresqlNotifier::notifyValues(const StoreNotification &notification)
{
    return {StoreNotification::channelName(notification.channel), notification.payload()};
}

} // namespace OtBridge
