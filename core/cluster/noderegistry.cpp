// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/noderegistry.h"

#include "cluster/clusterlogging.h"
#include "cluster/noderepository.h"

#include <atomic>

Q_LOGGING_CATEGORY(lcCluster, "otbridge.cluster")

namespace OtBridge {

namespace {
// How often the rows of nodes long gone are looked for.
constexpr qint64 forgetEveryMs = 10 * 60 * 1000;
} // namespace

NodeRegistry::NodeRegistry(ThreadConnections::Open open, const NodeRegistryOptions &options,
                           QObject *parent)
    : QObject(parent)
    , m_open(std::move(open))
    , m_options(options)
    , m_timer(this)
{
    m_options.node.beatIntervalMs = options.intervalMs;
    m_options.node.self = true;
    m_address = options.node.address;
    m_view.self = options.node.id;
    m_timer.setInterval(options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NodeRegistry::beat);
}

NodeRegistry::~NodeRegistry()
{
    dropConnection();
}

void NodeRegistry::start()
{
    beat();
    m_timer.start();
}

void NodeRegistry::stop()
{
    m_timer.stop();
    if (!m_connectionName.isEmpty() && !m_options.observer) {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (auto removed = write(db,
                                 [id = m_options.node.id](const QSqlDatabase &on) {
                                     return NodeRepository::remove(on, id);
                                 });
            !removed)
            qCWarning(lcCluster).noquote() << "node" << m_options.node.id
                                           << "could not remove its heartbeat:" << removed.error();
    }
    dropConnection();
}

Result<void> NodeRegistry::write(const QSqlDatabase &own,
                                 const std::function<Result<void>(const QSqlDatabase &)> &work)
{
    return m_options.writeThrough ? m_options.writeThrough(work) : work(own);
}

QString NodeRegistry::beatAndRead(const ClusterNode &node, QList<ClusterNode> &nodes)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return tr("cannot write this node's heartbeat: %1").arg(db.error());
    if (m_options.observer) {
        // Nothing of its own to write, nor to forget for the nodes.
        auto read = NodeRepository::nodes(db.value());
        if (!read)
            return tr("cannot read the cluster's nodes: %1").arg(read.error());
        nodes = std::move(read).value();
        return {};
    }
    if (auto beaten = write(
            db.value(), [&node](const QSqlDatabase &on) { return NodeRepository::beat(on, node); });
        !beaten)
        return tr("cannot write this node's heartbeat: %1").arg(beaten.error());
    auto read = NodeRepository::nodes(db.value());
    if (!read)
        return tr("cannot read the cluster's nodes: %1").arg(read.error());
    nodes = std::move(read).value();
    for (ClusterNode &each : nodes)
        each.self = each.id == node.id;
    // Now and then, not at every beat: on SQLite each DELETE takes the file's write lock.
    if (!m_forgotten.isValid() || m_forgotten.hasExpired(forgetEveryMs)) {
        (void)write(db.value(), [after = m_options.forgetAfterMs](const QSqlDatabase &on) {
            const Result<int> forgotten = NodeRepository::forgetGone(on, after);
            return forgotten ? Result<void>() : Result<void>::failure(forgotten.error());
        });
        m_forgotten.start();
    }
    return {};
}

void NodeRegistry::beat()
{
    ClusterNode node = m_options.node;
    {
        QMutexLocker locker(&m_mutex);
        node.load = m_load;
        node.address = m_address;
    }
    QList<ClusterNode> nodes;
    const QString error = beatAndRead(node, nodes);
    if (!error.isEmpty()) {
        // A new connection at the next beat: the database may have restarted, or this node may
        // have been cut off from it.
        dropConnection();
        if (error != m_lastError)
            qCWarning(lcCluster).noquote() << error;
    } else if (!m_lastError.isEmpty()) {
        qCInfo(lcCluster).noquote() << "node" << node.id << "beats again";
    }
    m_lastError = error;

    ClusterView view;
    {
        QMutexLocker locker(&m_mutex);
        if (error.isEmpty())
            m_view.nodes = nodes;
        m_view.error = error;
        m_view.readAt = QDateTime::currentDateTimeUtc();
        view = m_view;
    }
    Q_EMIT viewChanged(view);
}

void NodeRegistry::setLoad(const NodeLoad &load)
{
    QMutexLocker locker(&m_mutex);
    m_load = load;
}

void NodeRegistry::setAddress(const QString &address)
{
    QMutexLocker locker(&m_mutex);
    m_address = address;
}

ClusterView NodeRegistry::view() const
{
    QMutexLocker locker(&m_mutex);
    return m_view;
}

Result<QSqlDatabase> NodeRegistry::connection()
{
    if (!m_connectionName.isEmpty())
        return QSqlDatabase::database(m_connectionName, false);
    static std::atomic<quint64> serial {0};
    const QString name = QStringLiteral("otbridge-nodes-%1").arg(++serial);
    Result<QSqlDatabase> db = m_open(name);
    if (db)
        m_connectionName = name;
    return db;
}

void NodeRegistry::dropConnection()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

} // namespace OtBridge
