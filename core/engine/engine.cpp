// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "api/apitoken.h"
#include "cluster/cluster.h"
#include "cluster/clusterworkspace.h"
#include "config/acklinkkeys.h"
#include "config/secretstore.h"
#include "delivery/dispatcher.h"
#include "delivery/opentextclient.h"
#include "engine/metricssampler.h"
#include "engine/prometheusmetrics.h"
#include "engine/threadpriority.h"
#include "event/uuidv7.h"
#include "event/webhooksignature.h"
#include "ingest/webhooklistener.h"
#include "rules/actionrenderer.h"
#include "sandbox/opentextsandbox.h"
#include "store/storejob.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>

Q_LOGGING_CATEGORY(lcEngine, "otbridge.engine")

namespace OtBridge {

namespace {
// Five nice levels: when both compete, the ingest thread gets about three times the CPU of the
// delivery thread (the kernel's weights, 1024 to 335), and delivery never starves.
constexpr int deliveryNiceSteps = 5;
} // namespace

namespace {

std::unique_ptr<Store> storeFor(const DatabaseUrl &database)
{
    StoreOptions options;
    options.database = database;
    // createStore() fails for no database it knows; DatabaseUrl knows no other.
    return createStore(options).value();
}

} // namespace

Engine::Engine(const DatabaseUrl &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_storage(storeFor(database))
    , m_store(*m_storage->events())
    , m_deliveries(*m_storage->deliveries())
{
    qRegisterMetaType<EventSummary>();
    qRegisterMetaType<QList<EventSummary>>();
    m_ingestThread.setObjectName(QStringLiteral("otbridge-ingest"));
    m_sandboxThread.setObjectName(QStringLiteral("otbridge-sandbox"));
    m_deliveryThread.setObjectName(QStringLiteral("otbridge-delivery"));
    // Under a burst, taking webhooks in comes first: a sender waits for its answer, a delivery
    // goes out a moment later (tests/bench/README.md, "Ingest while deliveries run"). The store's
    // writer serves both and keeps its priority.
    for (QThread *thread : {&m_deliveryThread, &m_sandboxThread}) {
        connect(
            thread, &QThread::started, thread,
            [] { lowerCurrentThreadPriority(deliveryNiceSteps); }, Qt::DirectConnection);
    }
    m_secrets = new SecretStore(this);
}

namespace {

QString randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

OpenTextTarget Engine::sandboxTarget() const
{
    const OpenTextTarget *configured = m_workspace.openTextTarget();
    OpenTextTarget target = configured ? *configured : OpenTextTarget();
    target.sandbox = true;
    target.auth = OpenTextTarget::Auth::OAuth2;
    target.messagingUrl = m_sandboxUrl.resolved(QUrl(QStringLiteral("/mra/v1")));
    target.authUrl = m_sandboxUrl;
    target.tenantId = QStringLiteral("sandbox");
    target.clientId = QStringLiteral("otbridge");
    target.secretRef.clear();
    return target;
}

Result<void> Engine::startSandbox()
{
    if (m_sandbox)
        return {};
    const EngineOptions &options = m_options;
    SandboxOptions sandboxOptions;
    sandboxOptions.clientId = QStringLiteral("otbridge");
    m_sandboxSecret = randomSecret();
    sandboxOptions.clientSecret = m_sandboxSecret;
    // Job status comes back the way OpenText's status webhook would bring it.
    if (m_workspace.source(statusSourceName()))
        sandboxOptions.statusWebhook
            = m_url.resolved(QUrl(QStringLiteral("/hooks/") + statusSourceName()));
    m_sandbox = new OpenTextSandbox(sandboxOptions);
    m_sandbox->moveToThread(&m_sandboxThread);
    m_sandboxThread.start();
    Result<quint16> port = Result<quint16>::failure(QString());
    QMetaObject::invokeMethod(
        m_sandbox, [&] { port = m_sandbox->listen(options.sandboxAddress, options.sandboxPort); },
        Qt::BlockingQueuedConnection);
    if (!port) {
        stopSandbox();
        return Result<void>::failure(
            tr("cannot start the built-in OpenText sandbox: %1").arg(port.error()));
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(options.sandboxAddress.toString());
    url.setPort(port.value());
    m_sandboxUrl = url;
    if (Dispatcher *dispatcher = m_dispatcher) {
        QMetaObject::invokeMethod(dispatcher,
                                  [dispatcher, url] { dispatcher->setSandboxUrl(url); });
    }
    return {};
}

void Engine::startDelivery()
{
    m_openTextClient = new OpenTextClient;
    m_dispatcher = new Dispatcher(&m_store, &m_deliveries, m_openTextClient);
    m_dispatcher->setStatusSource(statusSourceName());
    m_dispatcher->setDelayScale(m_options.delayScale);
    m_dispatcher->setClock(Clock::startingAt(m_options.clockStart));
    RoutingContext context;
    context.publicUrl = m_options.publicUrl;
    context.delayScale = m_options.delayScale;
    context.ackLinkValiditySeconds = m_options.ackLinkValiditySeconds;
    m_dispatcher->setRoutingContext(context);
    m_dispatcher->setWorkspace(m_workspace);
    m_openTextClient->moveToThread(&m_deliveryThread);
    m_dispatcher->moveToThread(&m_deliveryThread);
    connect(&m_store, &EventStore::appended, m_dispatcher, &Dispatcher::onAppended);
    connect(m_dispatcher, &Dispatcher::eventsRouted, this, &Engine::eventsChanged);
    connect(m_dispatcher, &Dispatcher::deliveriesUpdated, this,
            [this](const QList<DeliveryRecord> &deliveries) {
                for (const DeliveryRecord &delivery : deliveries)
                    Q_EMIT deliveryUpdated(delivery);
            });
    Dispatcher *dispatcher = m_dispatcher;
    connect(m_listener, &WebhookListener::deliveriesChanged, dispatcher, &Dispatcher::wake);
    // The dispatcher's child: it reads the breakers on their thread and goes with them.
    auto *metrics = new MetricsSampler(dispatcher, &m_deliveries);
    metrics->moveToThread(&m_deliveryThread);
    metrics->setParent(dispatcher);
    connect(&m_store, &EventStore::appended, metrics, &MetricsSampler::handleAppended);
    connect(dispatcher, &Dispatcher::attemptRecorded, metrics,
            &MetricsSampler::handleAttemptRecorded);
    connect(metrics, &MetricsSampler::sampled, this, &Engine::metricsSampled);
    // /metrics serves the latest sample; the listener only ever reads its own copy.
    WebhookListener *listener = m_listener;
    connect(metrics, &MetricsSampler::sampled, listener, [listener](const EngineMetrics &sample) {
        listener->setMetricsText(prometheusText(sample));
    });
    m_deliveryThread.start();
    QMetaObject::invokeMethod(metrics, &MetricsSampler::start);
}

void Engine::startCluster(const StoreOptions &storeOptions)
{
    ClusterOptions options;
    options.store = storeOptions;
    options.heartbeatIntervalMs = m_options.heartbeatIntervalMs;
    options.node.id = storeOptions.nodeId;
    options.workspaceVersion = m_shared.version;
    options.node.host = QSysInfo::machineHostName();
    // Where the other nodes and a load balancer reach this one: the listener, named by the
    // machine when it listens on every address.
    QUrl address = m_url;
    if (m_options.address == QHostAddress::Any || m_options.address == QHostAddress::AnyIPv4
        || m_options.address == QHostAddress::AnyIPv6)
        address.setHost(options.node.host);
    options.node.address = address.toString();
    options.node.version = QStringLiteral(OTBRIDGE_VERSION);
    options.node.startedAt = QDateTime::currentDateTimeUtc();
    // Attached, the window reads the nodes and is none of them.
    options.observer = m_attached;
    if (!storeOptions.database.isPostgresql()) {
        // One writer for the file: the heartbeat's too (NodeRegistryOptions::writeThrough).
        Store *store = m_storage.get();
        options.writeThrough = [store](
                                   const std::function<Result<void>(const QSqlDatabase &)> &work) {
            return store->write([&work](SqlWriteContext &write) { return work(write.database()); });
        };
    }
    m_cluster = std::make_unique<Cluster>(options);
    connect(m_cluster.get(), &Cluster::viewChanged, this, &Engine::clusterViewChanged);
    if (WebhookListener *listener = m_listener) {
        connect(m_cluster.get(), &Cluster::viewChanged, listener,
                [listener](const ClusterView &view) { listener->setClusterView(view); });
    }
    Cluster *cluster = m_cluster.get();
    // PostgreSQL: another node made deliveries due, or notifications were missed while the
    // connection was down: lease now rather than at the next poll.
    m_following.setMaxThreadCount(1);
    connect(cluster, &Cluster::notificationReceived, this,
            [this, self = options.node.id](const StoreNotification &notification) {
                if (notification.node != self)
                    handleOtherNodesNotification(notification);
            });
    connect(cluster, &Cluster::listening, this, &Engine::wakeDispatcher);
    connect(cluster, &Cluster::listening, this, &Engine::clusterHeardAgain);
    connect(cluster, &Cluster::workspaceSaved, this, &Engine::handleSharedWorkspaceSaved);
    connect(this, &Engine::metricsSampled, cluster, [cluster](const EngineMetrics &metrics) {
        NodeLoad load;
        load.eventsPerSecond = metrics.eventsPerSecond;
        load.deliveriesPerSecond = metrics.deliveriesPerSecond;
        for (const TargetMetrics &target : metrics.targets)
            load.backlog += target.pending + target.retrying;
        cluster->setLoad(load);
    });
    m_cluster->start();
}

void Engine::handleOtherNodesNotification(const StoreNotification &notification)
{
    switch (notification.channel) {
    case StoreNotification::Channel::Work:
        if (notification.kind == StoreNotification::workRoute())
            routeStoredElsewhere(notification.eventIds());
        else
            wakeDispatcher();
        break;
    case StoreNotification::Channel::Activity:
        // The window's console and dashboard show every node's events, not only this one's:
        // what the other nodes' writers announce is read off this thread, one notification at
        // a time in the order heard, and said as if it happened here. Only while a window
        // listens: a headless node reads nothing of it.
        if (isWatchedFor(notification.kind))
            m_following.start([this, notification] { followActivity(notification); });
        break;
    case StoreNotification::Channel::Workspace:
        break; // ClusterWorkspace follows it
    }
}

bool Engine::isWatchedFor(const QString &kind) const
{
    if (kind == StoreNotification::eventsStored())
        return isSignalConnected(QMetaMethod::fromSignal(&Engine::activity));
    if (kind == StoreNotification::eventsChanged())
        return isSignalConnected(QMetaMethod::fromSignal(&Engine::eventsChanged));
    if (kind == StoreNotification::deliveriesChanged())
        return isSignalConnected(QMetaMethod::fromSignal(&Engine::deliveryUpdated));
    return false;
}

void Engine::followActivity(const StoreNotification &notification)
{
    const QList<QUuid> ids = notification.eventIds();
    if (notification.kind == StoreNotification::eventsStored()) {
        if (ids.isEmpty())
            return;
        EventQuery query;
        query.ids = ids;
        query.limit = int(ids.size());
        const Result<EventPage> page = m_store.query(query);
        if (!page) {
            qCWarning(lcEngine).noquote()
                << "cannot read the events another node stored:" << page.error();
            return;
        }
        QMetaObject::invokeMethod(this, [this, rows = page->events] { Q_EMIT activity(rows); });
    } else if (notification.kind == StoreNotification::eventsChanged()) {
        if (!ids.isEmpty())
            QMetaObject::invokeMethod(this, [this, ids] { Q_EMIT eventsChanged(ids); });
    } else if (notification.kind == StoreNotification::deliveriesChanged()) {
        QList<DeliveryRecord> records;
        for (const QString &id : notification.ids) {
            if (std::optional<DeliveryRecord> record = m_deliveries.delivery(id))
                records.append(std::move(*record));
        }
        if (records.isEmpty())
            return;
        QMetaObject::invokeMethod(this, [this, records] {
            for (const DeliveryRecord &record : records)
                Q_EMIT deliveryUpdated(record);
        });
    }
}

ClusterView Engine::clusterView() const
{
    return m_cluster ? m_cluster->view() : ClusterView();
}

bool Engine::needsSandbox() const
{
    const OpenTextTarget *target = m_workspace.openTextTarget();
    if (target && target->sandbox)
        return true;
    for (const HttpTargetConfig &http : m_workspace.httpTargets()) {
        if (http.url.scheme() == QLatin1String("sandbox"))
            return true;
    }
    return false;
}

void Engine::useWorkspace()
{
    // Only events some rule (or the OpenText client) listens to need routing.
    QSet<QString> sourcesToRoute {statusSourceName()};
    for (const Rule &rule : m_workspace.rules()) {
        for (const QString &source : rule.sources + rule.events)
            sourcesToRoute.insert(source);
    }
    m_store.setSourcesToRoute(sourcesToRoute);
    readSourceSecrets();
    QHash<QString, QString> ruleTitles;
    QStringList withAckUrl;
    for (const Rule &rule : m_workspace.rules()) {
        ruleTitles.insert(rule.name, rule.title);
        if (std::any_of(rule.actions.cbegin(), rule.actions.cend(), usesAckUrl))
            withAckUrl.append(rule.name);
    }
    if (WebhookListener *listener = m_listener)
        QMetaObject::invokeMethod(listener,
                                  [listener, ruleTitles] { listener->setRuleTitles(ruleTitles); });
    // Attached, the window sends nothing: the nodes' own public URL is what counts.
    if (!m_attached && m_options.publicUrl.isEmpty() && !withAckUrl.isEmpty()
        && !m_saidNoPublicUrl) {
        m_saidNoPublicUrl = true;
        qCWarning(lcEngine).noquote()
            << tr("rules %1 use {{event.ack_url}}, but no public URL is set (--public-url, or "
                  "Settings in the window): their messages carry no acknowledgement link")
                   .arg(withAckUrl.join(QLatin1String(", ")));
    }
    Dispatcher *dispatcher = m_dispatcher;
    if (!dispatcher)
        return;
    const Workspace workspace = m_workspace;
    const QUrl sandboxUrl = m_sandboxUrl;
    QMetaObject::invokeMethod(dispatcher, [dispatcher, workspace, sandboxUrl] {
        dispatcher->setWorkspace(workspace);
        dispatcher->setSandboxUrl(sandboxUrl);
        dispatcher->wake();
    });
    readTargetSecrets();
}

void Engine::readTargetSecrets()
{
    QStringList refs;
    for (const HttpTargetConfig &target : m_workspace.httpTargets()) {
        for (const QString &ref : {target.signingSecretRef, target.authSecretRef}) {
            if (!ref.isEmpty() && !refs.contains(ref))
                refs.append(ref);
        }
    }
    for (const QString &ref : std::as_const(refs)) {
        m_secrets->read(ref, this, [this, ref](const Result<QString> &secret) {
            if (!m_dispatcher)
                return;
            if (secret) {
                m_targetSecrets.insert(ref, secret.value());
                m_targetSecretErrors.remove(ref);
            } else {
                qCWarning(lcEngine).noquote()
                    << "the secret" << ref
                    << "of an HTTP target could not be read:" << secret.error();
                m_targetSecrets.remove(ref);
                m_targetSecretErrors.insert(ref, secret.error());
            }
            Dispatcher *dispatcher = m_dispatcher;
            const QHash<QString, QString> secrets = m_targetSecrets;
            const QHash<QString, QString> errors = m_targetSecretErrors;
            QMetaObject::invokeMethod(dispatcher, [dispatcher, secrets, errors] {
                dispatcher->setSecrets(secrets, errors);
                dispatcher->wake();
            });
        });
    }
}

void Engine::readSourceSecrets()
{
    for (const SourceConfig &source : m_workspace.sources()) {
        if (source.auth.kind == SourceAuth::Kind::None)
            continue;
        const QString name = source.name;
        const bool standardWebhooks = source.auth.kind == SourceAuth::Kind::StandardWebhooks;
        m_secrets->read(
            source.auth.secretRef, this,
            [this, name, standardWebhooks](const Result<QString> &secret) {
                if (!m_listener)
                    return;
                QList<QByteArray> keys;
                if (!secret) {
                    qCWarning(lcEngine).noquote()
                        << "the secret of source" << name << "could not be read:" << secret.error();
                } else {
                    // Several secrets, separated by spaces or lines, are in force during a
                    // rotation.
                    for (const QString &part : secret->split(
                             QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                        if (!standardWebhooks) {
                            keys.append(part.toUtf8());
                            continue;
                        }
                        auto key = StandardWebhooks::decodeSecret(part);
                        if (key)
                            keys.append(key.value());
                        else
                            qCWarning(lcEngine).noquote()
                                << "a secret of source" << name << "is not usable:" << key.error();
                    }
                }
                m_sourceSecrets.insert(name, keys);
                WebhookListener *listener = m_listener;
                const QHash<QString, QList<QByteArray>> secrets = m_sourceSecrets;
                QMetaObject::invokeMethod(
                    listener, [listener, secrets] { listener->setSourceSecrets(secrets); });
                Q_EMIT sourceSecretsRead(name);
            });
    }
}

void Engine::reloadApiToken()
{
    if (!m_listener
        || qEnvironmentVariableIsSet(
            SecretStore::environmentVariable(apiTokenKey()).toLatin1().constData()))
        return;
    readApiToken();
}

void Engine::readApiToken()
{
    m_secrets->read(apiTokenKey(), this, [this](const Result<QString> &token) {
        if (!m_listener)
            return;
        if (!token)
            qCInfo(lcEngine).noquote() << "no API token:" << token.error();
        // Without a token the API answers 403 saying how to configure one.
        WebhookListener *listener = m_listener;
        const QByteArray value = token ? token->toUtf8() : QByteArray();
        QMetaObject::invokeMethod(listener, [listener, value] { listener->setApiToken(value); });
    });
}

Result<void> Engine::checkSourcesReachable(const Workspace &workspace, const QHostAddress &address)
{
    // Reachable beyond loopback, every source must prove its webhooks are its own.
    if (address.isLoopback())
        return {};
    for (const SourceConfig &source : workspace.sources()) {
        if (source.auth.kind == SourceAuth::Kind::None)
            return Result<void>::failure(
                tr("source '%1' has no authentication, and %2 is reachable beyond this "
                   "machine: give the source an \"auth\" in the workspace (Standard "
                   "Webhooks, GitHub, Stripe, Basic, bearer or API key), or listen on "
                   "127.0.0.1 behind the reverse proxy of packaging/nginx-otbridge.conf")
                    .arg(source.name, address.toString()));
    }
    return {};
}

Result<void> Engine::reloadWorkspace(const QString &path)
{
    auto loaded = Workspace::load(path);
    if (!loaded) {
        qCWarning(lcEngine).noquote() << "keeping the current workspace:" << loaded.error();
        Q_EMIT workspaceReloaded(false, loaded.error());
        return Result<void>::failure(loaded.error());
    }
    // On a database nodes share, an edit is the cluster's next version, for every node.
    if (sharesWorkspace()) {
        if (path == m_options.workspacePath && !m_workspaceFileInSync) {
            const QString refused
                = tr("%1 does not hold the cluster's workspace (version %2) that this node runs, "
                     "so saving it could undo another node's changes: nothing was saved")
                      .arg(path)
                      .arg(m_shared.version);
            qCWarning(lcEngine).noquote() << refused;
            Q_EMIT workspaceReloaded(false, refused);
            return Result<void>::failure(refused);
        }
        return saveSharedWorkspace(loaded.value(), path);
    }
    return applyWorkspace(std::move(loaded).value(), path);
}

Result<void> Engine::applyWorkspace(Workspace loaded, const QString &from)
{
    if (m_listener) {
        if (auto reachable = checkSourcesReachable(loaded, m_options.address); !reachable) {
            qCWarning(lcEngine).noquote() << "keeping the current workspace:" << reachable.error();
            Q_EMIT workspaceReloaded(false, reachable.error());
            return reachable;
        }
    }
    const Workspace previous = m_workspace;
    m_workspace = std::move(loaded);
    const OpenTextTarget *before = previous.openTextTarget();
    const OpenTextTarget *after = m_workspace.openTextTarget();
    const bool targetChanged = (before == nullptr) != (after == nullptr)
        || (before && after && before->toJson() != after->toJson());
    if (m_attached) {
        // Nothing delivered here: the nodes use the OpenText target.
    } else if (targetChanged && after) {
        if (auto used = useOpenTextTarget(*after); !used) {
            m_workspace = previous;
            Q_EMIT workspaceReloaded(false, used.error());
            return used;
        }
    } else if (needsSandbox() && !m_sandbox) {
        if (auto started = startSandbox(); !started) {
            m_workspace = previous;
            Q_EMIT workspaceReloaded(false, started.error());
            return started;
        }
    }
    // Last, once nothing can fail any more: the listener takes the new sources.
    if (m_listener) {
        WebhookListener *listener = m_listener;
        const QList<SourceConfig> sources = m_workspace.sources();
        QMetaObject::invokeMethod(listener, [listener, sources] { listener->setSources(sources); });
    }
    useWorkspace();
    qCInfo(lcEngine).noquote() << "workspace reloaded from" << from;
    Q_EMIT workspaceReloaded(true, {});
    return {};
}

bool Engine::sharesWorkspace() const
{
    return m_cluster && m_cluster->workspace();
}

QString Engine::sharedWorkspaceOrigin() const
{
    // Where the window saves an edit before it goes to the database: the node's own file.
    return m_options.workspacePath;
}

namespace {

// Runs work on a connection of its own to the store's database, closed after it: the engine's
// few workspace reads and saves (ClusterWorkspace follows the table on the cluster's thread).
Result<StoredWorkspace>
onDatabase(const StoreOptions &storeOptions,
           const std::function<Result<StoredWorkspace>(const QSqlDatabase &)> &work)
{
    static std::atomic<quint64> serial {0};
    const QString name = QStringLiteral("otbridge-engine-workspace-%1").arg(++serial);
    Result<StoredWorkspace> outcome = Result<StoredWorkspace>::failure(QString());
    {
        const Result<QSqlDatabase> opened = Cluster::opener(storeOptions)(name);
        outcome = opened ? work(opened.value()) : Result<StoredWorkspace>::failure(opened.error());
        if (opened) {
            QSqlDatabase db = opened.value();
            db.close();
        }
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

Result<void> Engine::adoptSharedWorkspace(const StoreOptions &storeOptions)
{
    WorkspaceSave first;
    first.document = m_workspace.toJson();
    first.by = savedBy();
    first.on = QSysInfo::machineHostName();
    first.node = m_nodeId;
    const Result<StoredWorkspace> adopted
        = onDatabase(storeOptions, [&first](const QSqlDatabase &db) -> Result<StoredWorkspace> {
              auto stored = WorkspaceRepository::load(db);
              if (!stored)
                  return Result<StoredWorkspace>::failure(stored.error());
              if (stored.value())
                  return *stored.value();
              // The first node on an empty database brings its workspace (--workspace, or the
              // built-in one); if another came first, this one takes that.
              auto seeded = WorkspaceRepository::save(db, first);
              if (seeded || seeded.errorDetail().kind != Error::Kind::Stale)
                  return seeded;
              stored = WorkspaceRepository::load(db);
              if (!stored)
                  return Result<StoredWorkspace>::failure(stored.error());
              if (!stored.value())
                  return Result<StoredWorkspace>::failure(seeded.error());
              return *stored.value();
          });
    const QString where = storeOptions.database.toString();
    if (!adopted)
        return Result<void>::failure(
            tr("cannot read the cluster's workspace in %1: %2").arg(where, adopted.error()));
    auto parsed = Workspace::fromJson(adopted->document, sharedWorkspaceOrigin());
    if (!parsed)
        return Result<void>::failure(
            tr("the cluster's workspace in %1 (version %2, saved by %3 on %4) is not valid: %5")
                .arg(where)
                .arg(adopted->version)
                .arg(adopted->savedBy, adopted->savedOn, parsed.error()));
    if (auto reachable = checkSourcesReachable(parsed.value(), m_options.address); !reachable)
        return reachable;
    m_workspace = std::move(parsed).value();
    m_shared = adopted.value();
    mirrorSharedWorkspace(true);
    return {};
}

Result<QUrl> Engine::startAttached(const StoreOptions &storeOptions)
{
    // The cluster's workspace as the nodes run it; the console stores none of its own.
    const QString where = storeOptions.database.toString();
    const Result<StoredWorkspace> stored
        = onDatabase(storeOptions, [](const QSqlDatabase &db) -> Result<StoredWorkspace> {
              auto loaded = WorkspaceRepository::load(db);
              if (!loaded)
                  return Result<StoredWorkspace>::failure(loaded.error());
              if (!loaded.value())
                  return Result<StoredWorkspace>::failure(QString());
              return *loaded.value();
          });
    if (!stored) {
        m_storage->close();
        return Result<QUrl>::failure(
            stored.error().isEmpty()
                ? tr("no node has run on %1 yet (it holds no cluster workspace): start a node "
                     "there first (otbridged --database %1)")
                      .arg(where)
                : tr("cannot read the cluster's workspace in %1: %2").arg(where, stored.error()));
    }
    auto parsed = Workspace::fromJson(stored->document, sharedWorkspaceOrigin());
    if (!parsed) {
        m_storage->close();
        return Result<QUrl>::failure(
            tr("the cluster's workspace in %1 (version %2, saved by %3 on %4) is not valid: %5")
                .arg(where)
                .arg(stored->version)
                .arg(stored->savedBy, stored->savedOn, parsed.error()));
    }
    m_workspace = std::move(parsed).value();
    m_shared = stored.value();
    m_attached = true;
    connect(&m_store, &EventStore::appended, this, &Engine::handleRerunsAppended,
            Qt::ConnectionType(Qt::DirectConnection | Qt::UniqueConnection));
    startCluster(storeOptions);
    useWorkspace();
    qCInfo(lcEngine).noquote() << "attached to the cluster on" << where << "(its workspace: version"
                               << m_shared.version << ")";
    return QUrl();
}

Result<void> Engine::saveSharedWorkspace(const Workspace &edited, const QString &from)
{
    WorkspaceSave save;
    save.document = edited.toJson();
    save.basedOn = m_shared.version;
    save.by = savedBy();
    save.on = QSysInfo::machineHostName();
    save.node = m_nodeId;
    const Result<StoredWorkspace> saved
        = onDatabase(m_storeOptions, [&save](const QSqlDatabase &db) {
              return WorkspaceRepository::save(db, save);
          });
    if (!saved) {
        qCWarning(lcEngine).noquote() << "keeping the current workspace:" << saved.error();
        Q_EMIT workspaceReloaded(false, saved.error());
        return Result<void>::failure(saved.errorDetail());
    }
    qCInfo(lcEngine).noquote() << "workspace from" << from << "saved as the cluster's version"
                               << saved->version;
    m_shared = saved.value();
    // Its notification comes back to this node too: not news.
    m_cluster->workspace()->setAppliedVersion(saved->version);
    const Result<void> applied
        = applyWorkspace(edited, tr("the cluster's version %1").arg(saved->version));
    mirrorSharedWorkspace(false);
    return applied;
}

void Engine::handleSharedWorkspaceSaved(const StoredWorkspace &stored)
{
    if (!isRunning() || stored.version <= m_shared.version)
        return;
    auto parsed = Workspace::fromJson(stored.document, sharedWorkspaceOrigin());
    const QString from = tr("the cluster's version %1, saved by %2 on %3")
                             .arg(stored.version)
                             .arg(stored.savedBy, stored.savedOn);
    if (!parsed) {
        qCWarning(lcEngine).noquote()
            << "keeping the current workspace:" << from << "is not valid:" << parsed.error();
        Q_EMIT workspaceReloaded(false, parsed.error());
        return;
    }
    if (!applyWorkspace(std::move(parsed).value(), from))
        return;
    m_shared = stored;
    m_cluster->workspace()->setAppliedVersion(stored.version);
    mirrorSharedWorkspace(false);
}

void Engine::mirrorSharedWorkspace(bool keepPrevious)
{
    // The node's workspace file holds what it runs, so that an edit of it starts from the
    // cluster's version that it names (saveSharedWorkspace), never from an older one.
    const QString path = m_options.workspacePath;
    m_workspaceFileInSync = path.isEmpty();
    if (path.isEmpty())
        return;
    QByteArray held;
    {
        QFile current(path);
        if (current.open(QIODevice::ReadOnly))
            held = current.readAll();
    }
    if (held == m_shared.document) {
        m_workspaceContent = held;
        m_workspaceFileInSync = true;
        return;
    }
    const QString previous = path + QStringLiteral(".previous");
    if (keepPrevious && !held.isEmpty()) {
        QSaveFile copy(previous);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(held) != held.size() || !copy.commit()) {
            qCWarning(lcEngine).noquote()
                << tr("%1 holds another workspace than the cluster's version %2, and it could not "
                      "be kept in %3 (%4): the file is left as it is, and its edits are not "
                      "saved to the cluster")
                       .arg(path)
                       .arg(m_shared.version)
                       .arg(previous, copy.errorString());
            return;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(m_shared.document) != m_shared.document.size() || !file.commit()) {
        qCWarning(lcEngine).noquote()
            << tr("cannot write the cluster's workspace (version %1) to %2: %3; edits of the "
                  "file are not saved to the cluster until it holds it")
                   .arg(m_shared.version)
                   .arg(path, file.errorString());
        return;
    }
    if (keepPrevious && !held.isEmpty())
        qCInfo(lcEngine).noquote()
            << tr("%1 now holds the cluster's workspace (version %2, saved by %3 on %4), and %5 "
                  "what it held before")
                   .arg(path)
                   .arg(m_shared.version)
                   .arg(m_shared.savedBy, m_shared.savedOn, previous);
    m_workspaceContent = m_shared.document;
    m_workspaceFileInSync = true;
}

QString Engine::savedBy()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("otbridge") : user;
}

Result<Acknowledgement> Engine::acknowledge(const QUuid &eventId, const QString &by,
                                            const QString &note)
{
    Acknowledgement ack;
    ack.at = QDateTime::currentDateTimeUtc();
    ack.by = by;
    ack.note = note;
    ack.via = QStringLiteral("console");
    auto stored = m_deliveries.acknowledge(eventId, ack);
    if (stored) {
        wakeDispatcher();
        QMetaObject::invokeMethod(this, [this, eventId] { Q_EMIT eventsChanged({eventId}); });
    }
    return stored;
}

Result<QUuid> Engine::rerun(const QUuid &eventId)
{
    if (!m_store.isOpen())
        return Result<QUuid>::failure(tr("the event store is closed"));
    std::optional<Event> original = m_store.event(eventId);
    if (!original)
        return Result<QUuid>::failure(
            tr("there is no event %1 in the store").arg(eventId.toString(QUuid::WithoutBraces)));
    Event event = std::move(*original);
    event.rerunOf
        = event.rerunOf.isNull() ? eventId : event.rerunOf; // runs of a run link to the first
    event.id = createUuidV7();
    event.receivedAt = QDateTime::currentDateTimeUtc();
    event.state = EventState::Received;
    event.dedupKey.clear(); // the same key again would make it a duplicate of the original
    event.rerunNumber = 0;
    {
        // Before the append: its commit may be reported before append() returns.
        QMutexLocker locker(&m_rerunMutex);
        m_reruns.insert(event.id, event.rerunOf);
    }
    const QUuid id = event.id;
    m_store.append(std::move(event));
    return id;
}

void Engine::handleRerunsAppended(const QList<AppendResult> &results)
{
    // On the writer thread, for every commit: most have no re-run in them.
    QList<QPair<QUuid, AppendResult>> committed;
    {
        QMutexLocker locker(&m_rerunMutex);
        if (m_reruns.isEmpty())
            return;
        for (const AppendResult &result : results) {
            if (const auto it = m_reruns.constFind(result.summary.id); it != m_reruns.cend()) {
                committed.append({*it, result});
                m_reruns.erase(it);
            }
        }
    }
    if (committed.isEmpty())
        return;
    QMetaObject::invokeMethod(this, [this, committed] {
        QList<EventSummary> rows;
        for (const auto &[original, result] : committed) {
            EventSummary row = result.summary;
            row.rerunOf = original;
            row.detail = tr("re-run of %1").arg(original.toString(QUuid::WithoutBraces));
            if (result.status == AppendStatus::Stored)
                rows.append(row);
            Q_EMIT rerunStored(original, result.summary.id,
                               result.status == AppendStatus::Stored
                                   ? QString()
                                   : tr("the re-run could not be stored: %1").arg(result.error));
        }
        if (!rows.isEmpty())
            Q_EMIT activity(rows);
    });
}

Result<int> Engine::replay(const QStringList &deliveryIds)
{
    auto replayed = m_deliveries.replay(deliveryIds, QDateTime::currentDateTimeUtc());
    if (replayed)
        wakeDispatcher();
    return replayed;
}

void Engine::routeStoredElsewhere(const QList<QUuid> &events)
{
    if (Dispatcher *dispatcher = m_dispatcher) {
        QMetaObject::invokeMethod(
            dispatcher, [dispatcher, events] { dispatcher->routeStoredElsewhere(events); });
    }
}

void Engine::wakeDispatcher()
{
    // Called on a pool thread (EngineClient) m_dispatcher could be deleted by stop() or set by
    // start() meanwhile: only the engine's thread reads it.
    QMetaObject::invokeMethod(this, [this] {
        if (Dispatcher *dispatcher = m_dispatcher)
            dispatcher->wake();
    });
}

Engine::~Engine()
{
    stop();
}

Result<QUrl> Engine::start(const EngineOptions &options)
{
    using R = Result<QUrl>;
    if (m_listener)
        return R::failure(tr("the engine is already running"));
    m_databaseRefused = false;
    if (options.database != m_database)
        return R::failure(tr("this OT Bridge was started to store in %1, not in %2: the database "
                             "is chosen when OT Bridge starts")
                              .arg(m_database.toString(), options.database.toString()));
    if (auto supported = checkDatabaseSupported(options.database); !supported) {
        m_databaseRefused = true;
        return R::failure(supported.error());
    }
    m_client.resume();

    auto workspace = options.workspacePath.isEmpty()
        ? Result<Workspace>(Workspace::builtInDefault())
        : Workspace::load(options.workspacePath);
    if (!workspace)
        return R::failure(workspace.error());
    m_workspace = std::move(workspace).value();
    if (options.attach && !options.database.isPostgresql())
        return R::failure(tr("attaching to a cluster needs the PostgreSQL database its nodes "
                             "share (--database postgresql://USER@HOST:PORT/DB): %1 is this "
                             "machine's own store")
                              .arg(options.database.toString()));
    if (auto reachable
        = options.attach ? Result<void>() : checkSourcesReachable(m_workspace, options.address);
        !reachable)
        return R::failure(reachable.error());
    m_options = options;
    m_nodeId = createUuidV7().toString(QUuid::WithoutBraces);
    if (options.dataDir.isEmpty())
        return R::failure(tr("no data directory given"));
    // Attached, nothing is stored in the data directory: a node may run on it meanwhile.
    if (!options.attach) {
        if (auto locked = lockDataDir(options.dataDir); !locked)
            return R::failure(locked.error());
    }
    StoreOptions storeOptions;
    storeOptions.database = options.database;
    storeOptions.path = QDir(options.dataDir).filePath(storeFileName());
    storeOptions.maxSizeBytes = options.maxStoreBytes;
    storeOptions.busyTimeoutMs = options.storeBusyTimeoutMs;
    // One id for this run of the node: its leases name it, and its heartbeat (startCluster).
    storeOptions.nodeId = m_nodeId;
    if (options.database.isPostgresql())
        storeOptions.password = readDatabasePassword();
    storeOptions.routedElsewhere = options.attach;
    // One writer for the whole store: deliveries, leases and outcomes commit with the events.
    if (auto opened = m_storage->open(storeOptions); !opened) {
        m_dataLock.reset();
        m_databaseRefused = options.database.isPostgresql();
        if (m_databaseRefused && storeOptions.password.isEmpty())
            return R::failure(tr("%1 (no password was given: neither %2 nor the keychain's %3 "
                                 "holds one)")
                                  .arg(opened.error(),
                                       SecretStore::environmentVariable(DatabaseUrl::passwordKey()),
                                       DatabaseUrl::passwordKey()));
        return R::failure(opened.error());
    }
    // On a database nodes share, the workspace is the cluster's, stored there.
    m_storeOptions = storeOptions;
    m_shared = {};
    if (options.attach)
        return startAttached(storeOptions);
    if (options.database.isPostgresql()) {
        if (auto adopted = adoptSharedWorkspace(storeOptions); !adopted) {
            m_storage->close();
            m_dataLock.reset();
            return R::failure(adopted.error());
        }
    }

    m_listener = new WebhookListener(&m_store, options.limits);
    m_listener->setSources(m_workspace.sources());
    if (!options.tlsCertificatePath.isEmpty() || !options.tlsKeyPath.isEmpty()) {
        const auto tls = options.tlsCertificatePath.isEmpty() || options.tlsKeyPath.isEmpty()
            ? Result<void>::failure(tr("TLS needs both a certificate file and a key file"))
            : m_listener->useTls(options.tlsCertificatePath, options.tlsKeyPath);
        if (!tls) {
            delete m_listener;
            m_listener = nullptr;
            stop();
            return R::failure(tls.error());
        }
    }
    m_listener->setEndpointAccess(options.healthAccess,
                                  options.metricsAccess.value_or(options.address.isLoopback()
                                                                     ? EndpointAccess::Open
                                                                     : EndpointAccess::Token));
    // A token from the environment is there at once; one from the keychain takes a moment, in
    // which the API answers 503 instead of a 403 that would be wrong a little later.
    const QByteArray tokenVariable = SecretStore::environmentVariable(apiTokenKey()).toLatin1();
    if (qEnvironmentVariableIsSet(tokenVariable.constData()))
        m_listener->setApiToken(qgetenv(tokenVariable.constData()));
    else
        m_listener->setApiTokenReading();
    m_listener->setDeliveryStore(&m_deliveries);
    m_listener->moveToThread(&m_ingestThread);
    connect(m_listener, &WebhookListener::activity, this, &Engine::activity);
    connect(m_listener, &WebhookListener::eventAcknowledged, this,
            [this](const QUuid &id) { Q_EMIT eventsChanged({id}); });
    connect(&m_store, &EventStore::appended, this, &Engine::handleRerunsAppended,
            Qt::ConnectionType(Qt::DirectConnection | Qt::UniqueConnection));
    m_ingestThread.start();

    Result<quint16> port = Result<quint16>::failure(QString());
    QMetaObject::invokeMethod(
        m_listener, [&] { port = m_listener->listen(options.address, options.port); },
        Qt::BlockingQueuedConnection);
    if (!port) {
        stop();
        return R::failure(port.error());
    }

    QUrl url;
    url.setScheme(options.tlsCertificatePath.isEmpty() ? QStringLiteral("http")
                                                       : QStringLiteral("https"));
    url.setHost(options.address.toString());
    url.setPort(port.value());
    m_url = url;

    startDelivery();
    startCluster(storeOptions);
    if (const OpenTextTarget *target = m_workspace.openTextTarget()) {
        if (auto used = useOpenTextTarget(*target); !used) {
            stop();
            return R::failure(used.error());
        }
    }
    if (needsSandbox() && !m_sandbox) {
        if (auto started = startSandbox(); !started) {
            stop();
            return R::failure(started.error());
        }
    }
    useWorkspace();
    if (!qEnvironmentVariableIsSet(tokenVariable.constData()))
        readApiToken();
    if (options.publicUrl.isEmpty()) {
        Dispatcher *dispatcher = m_dispatcher;
        QMetaObject::invokeMethod(dispatcher, [dispatcher] { dispatcher->start(); });
    } else {
        startDispatchingWithAckLinks();
    }

    if (options.watchWorkspace && !options.workspacePath.isEmpty()) {
        m_watcher = new QFileSystemWatcher(this);
        // Editors and save() replace the file: watch the directory too and re-add the file.
        m_watcher->addPath(options.workspacePath);
        m_watcher->addPath(QFileInfo(options.workspacePath).absolutePath());
        const QString path = options.workspacePath;
        const auto changed = [this, path] {
            if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
                m_watcher->addPath(path);
            if (!QFileInfo::exists(path))
                return;
            const QByteArray content = [&] {
                QFile file(path);
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }();
            if (content == m_workspaceContent)
                return;
            m_workspaceContent = content;
            (void)reloadWorkspace(path);
        };
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_workspaceContent = file.readAll();
    }
    return url;
}

void Engine::startDispatchingWithAckLinks()
{
    WebhookListener *listener = m_listener;
    AckLinkEndpoint::Keys reading;
    reading.state = AckLinkEndpoint::Keys::State::Reading;
    QMetaObject::invokeMethod(listener, [listener, reading] { listener->setAckLinkKeys(reading); });
    Dispatcher *dispatcher = m_dispatcher;
    readAckLinkKeys(m_secrets, this, [this, dispatcher](const Result<AckLink::Keys> &keys) {
        if (m_dispatcher != dispatcher || !m_listener)
            return; // stopped meanwhile
        AckLinkEndpoint::Keys checking;
        checking.validitySeconds = m_options.ackLinkValiditySeconds;
        RoutingContext context;
        context.publicUrl = m_options.publicUrl;
        context.delayScale = m_options.delayScale;
        context.ackLinkValiditySeconds = m_options.ackLinkValiditySeconds;
        if (keys) {
            checking.state = AckLinkEndpoint::Keys::State::On;
            checking.keys = keys.value();
            context.ackKeys = keys.value();
        } else {
            qCWarning(lcEngine).noquote()
                << tr("acknowledgement links are off: %1; set %2 (otbridged ack-key --print "
                      "makes a key) or make the keychain available")
                       .arg(keys.error(), SecretStore::environmentVariable(AckLink::secretKey()));
        }
        WebhookListener *listener = m_listener;
        QMetaObject::invokeMethod(listener,
                                  [listener, checking] { listener->setAckLinkKeys(checking); });
        QMetaObject::invokeMethod(dispatcher, [dispatcher, context] {
            dispatcher->setRoutingContext(context);
            dispatcher->start();
        });
    });
}

Result<void> Engine::setOpenTextTarget(const OpenTextTarget &target)
{
    if (!m_listener)
        return Result<void>::failure(tr("the engine is not running"));
    const Workspace previous = m_workspace;
    m_workspace.setOpenTextTarget(target);
    auto used = useOpenTextTarget(target);
    if (!used)
        m_workspace = previous; // the client still talks to the previous target
    return used;
}

Result<void> Engine::useOpenTextTarget(const OpenTextTarget &target)
{
    OpenTextClient *client = m_openTextClient;
    const auto configure = [client](const OpenTextTarget &target, const QString &secret) {
        QMetaObject::invokeMethod(client,
                                  [client, target, secret] { client->configure(target, secret); });
    };
    if (target.sandbox) {
        ++m_openTextGeneration; // a secret still being read for another target is stale now
        if (auto started = startSandbox(); !started)
            return started;
        configure(sandboxTarget(), m_sandboxSecret);
        Q_EMIT openTextTargetChanged();
        return {};
    }

    if (!needsSandbox()) // HTTP targets may still capture into it
        stopSandbox();
    // The secret comes from the environment (headless deployments) or the keychain. Until it
    // is read, requests end as "retry later" and nothing is sent without it. A later change of
    // target makes this read stale: its answer is then dropped.
    const quint64 generation = ++m_openTextGeneration;
    QMetaObject::invokeMethod(client, [client, target] {
        client->configureWaiting(
            target, tr("the secret of OpenText target '%1' is still being read").arg(target.name));
    });
    m_secrets->read(
        target.secretRef, this, [this, client, generation, target](const Result<QString> &secret) {
            if (generation != m_openTextGeneration || client != m_openTextClient)
                return;
            if (secret) {
                const QString value = secret.value();
                QMetaObject::invokeMethod(
                    client, [client, target, value] { client->configure(target, value); });
                return;
            }
            const QString reason = tr("the secret of OpenText target '%1' could not be read: %2")
                                       .arg(target.name, secret.error());
            qCWarning(lcEngine).noquote() << reason;
            QMetaObject::invokeMethod(
                client, [client, target, reason] { client->configureUnavailable(target, reason); });
        });
    Q_EMIT openTextTargetChanged();
    return {};
}

void Engine::stopDelivery()
{
    ++m_openTextGeneration;
    if (m_dispatcher) {
        Dispatcher *dispatcher = m_dispatcher;
        QMetaObject::invokeMethod(
            dispatcher, [dispatcher] { dispatcher->stop(); }, Qt::BlockingQueuedConnection);
        // Writes the dispatcher submitted call back to it when they commit: let them all
        // arrive (and be dropped with it) before it goes.
        if (m_store.isOpen())
            m_store.waitForWrites();
        QMetaObject::invokeMethod(
            dispatcher, [dispatcher] { delete dispatcher; }, Qt::BlockingQueuedConnection);
        m_dispatcher = nullptr;
    }
    if (m_openTextClient) {
        OpenTextClient *client = m_openTextClient;
        QMetaObject::invokeMethod(
            client, [client] { delete client; }, Qt::BlockingQueuedConnection);
        m_openTextClient = nullptr;
        m_deliveryThread.quit();
        m_deliveryThread.wait();
    }
    stopSandbox();
}

void Engine::stopSandbox()
{
    if (m_sandbox) {
        OpenTextSandbox *sandbox = m_sandbox;
        QMetaObject::invokeMethod(
            sandbox, [sandbox] { delete sandbox; }, Qt::BlockingQueuedConnection);
        m_sandbox = nullptr;
        m_sandboxThread.quit();
        m_sandboxThread.wait();
        m_sandboxUrl.clear();
        m_sandboxSecret.clear();
        if (Dispatcher *dispatcher = m_dispatcher)
            QMetaObject::invokeMethod(dispatcher, [dispatcher] { dispatcher->setSandboxUrl({}); });
    }
}

void Engine::stop()
{
    // First the window's jobs: they read and write the stores closed below.
    m_client.shutDown();
    delete m_watcher;
    m_watcher = nullptr;
    stopDelivery();
    // After delivery: a node's row goes only once it holds no more work.
    m_cluster.reset();
    // What was heard of other nodes is read before the stores close.
    m_following.clear();
    m_following.waitForDone();
    if (!m_listener) {
        m_storage->close();
        m_dataLock.reset();
        m_attached = false;
        return;
    }
    WebhookListener *listener = m_listener;
    QMetaObject::invokeMethod(
        listener, [listener] { listener->stopAccepting(); }, Qt::BlockingQueuedConnection);
    // Commits everything already appended; the results queue up on the ingest thread ahead of
    // the call below, so every reply is written before the listener goes.
    m_storage->close();
    QMetaObject::invokeMethod(
        listener,
        [listener] {
            for (QTcpSocket *socket : listener->findChildren<QTcpSocket *>()) {
                if (socket->bytesToWrite() > 0)
                    socket->waitForBytesWritten(1000);
                socket->disconnectFromHost();
            }
            delete listener;
        },
        Qt::BlockingQueuedConnection);
    m_listener = nullptr;
    m_ingestThread.quit();
    m_ingestThread.wait();
    m_url.clear();
    m_dataLock.reset(); // last: the next process may start delivering now
}

QString Engine::readDatabasePassword()
{
    // start() is synchronous and the keychain is not: wait for it here, on a loop of our own,
    // no longer than the Secret Service's own D-Bus timeout.
    std::optional<Result<QString>> read;
    QEventLoop loop;
    m_secrets->read(DatabaseUrl::passwordKey(), this,
                    [&read, &loop](const Result<QString> &secret) {
                        read = secret;
                        loop.quit();
                    });
    if (!read) {
        QTimer::singleShot(30 * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!read) {
        qCWarning(lcEngine).noquote() << "the keychain did not answer within 30 s: connecting to"
                                      << m_database.toString() << "without a password";
        return {};
    }
    if (!*read) {
        qCInfo(lcEngine).noquote() << "no database password:" << read->error();
        return {};
    }
    return read->value();
}

Result<void> Engine::lockDataDir(const QString &dataDir)
{
    // One process per data directory: a second dispatcher would take back the first one's
    // leases at its start and send what the first has on the wire again.
    if (!QDir().mkpath(dataDir))
        return Result<void>::failure(
            tr("cannot create the data directory %1: check that its parent exists and is "
               "writable, or choose another with --data-dir")
                .arg(QDir::toNativeSeparators(dataDir)));
    const QString path = QDir(dataDir).filePath(QStringLiteral("otbridge.lock"));
    auto lock = std::make_unique<QLockFile>(path);
    // Never stale while its process lives; a lock left by a process that is gone (kill -9)
    // is taken over at once.
    lock->setStaleLockTime(0);
    m_dataDirInUse = false;
    if (lock->tryLock(0)) {
        m_dataLock = std::move(lock);
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        m_dataDirInUse = true;
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        const QDateTime since = QFileInfo(path).lastModified().toUTC();
        return Result<void>::failure(
            tr("the data directory %1 is in use by another OT Bridge (pid %2 on %3, running "
               "since %4): stop it first, or give this one another --data-dir")
                .arg(QDir::toNativeSeparators(dataDir))
                .arg(pid)
                .arg(host.isEmpty() ? tr("this machine") : host, since.toString(Qt::ISODate)));
    }
    return Result<void>::failure(
        tr("cannot write to the data directory %1 (lock file %2): make it writable for this "
           "user, or choose another with --data-dir")
            .arg(QDir::toNativeSeparators(dataDir), QDir::toNativeSeparators(path)));
}

} // namespace OtBridge
