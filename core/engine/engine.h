// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusternode.h"
#include "cluster/workspacerepository.h"
#include "config/workspace.h"
#include "engine/engineclient.h"
#include "engine/enginemetrics.h"
#include "event/acklink.h"
#include "ingest/endpointaccess.h"
#include "ingest/listenerlimits.h"
#include "store/databaseurl.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "store/store.h"
#include "store/storenotification.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

#include <memory>

class QFileSystemWatcher;
class QLockFile;

namespace OtBridge {

class Cluster;
class Dispatcher;
class OpenTextClient;
class OpenTextSandbox;
class SecretStore;
class WebhookListener;

struct EngineOptions
{
    QString dataDir;
    // Where events and deliveries are stored (--database): SQLite in dataDir unless it says
    // PostgreSQL.
    DatabaseUrl database;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QString workspacePath; // empty: the built-in default workspace
    ListenerLimits limits;
    qint64 maxStoreBytes = 0; // 0: no cap
    int storeBusyTimeoutMs = 2000; // how long a commit waits for another process's lock
    // The built-in OpenText sandbox, started when the workspace's OpenText target says so.
    QHostAddress sandboxAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 sandboxPort = 0; // 0: any free port
    // Retry and escalation delays are multiplied by this (tests and demos shorten the clock).
    double delayScale = 1.0;
    // The dispatcher's clock starts here and runs at real speed (tests and demos stand before
    // a deadline or the end of quiet hours); invalid: the system clock.
    QDateTime clockStart;
    // Reload the workspace file when it changes (headless); an invalid file keeps the old one.
    bool watchWorkspace = false;
    // TLS for the listener: PEM certificate chain and unencrypted PEM key, reloaded when either
    // file changes. Both empty: plain HTTP.
    QString tlsCertificatePath;
    QString tlsKeyPath;
    // /health and /metrics: off, open, or behind the API token. Unset metrics access means open
    // on a loopback address and token beyond it.
    EndpointAccess healthAccess = EndpointAccess::Open;
    std::optional<EndpointAccess> metricsAccess;
    // Where people reach this listener from outside (--public-url, or Settings): messages carry
    // signed acknowledgement links <publicUrl>/ack/<token>, valid this long from when they are
    // sent. Empty: no links, and /ack/ answers 404.
    QUrl publicUrl;
    qint64 ackLinkValiditySeconds = AckLink::defaultValiditySeconds;
    // How often this node writes its heartbeat (and reads the cluster's nodes); a node not seen
    // for three of its intervals is gone.
    int heartbeatIntervalMs = 5'000;
    // The window attached to a cluster (--attach, or Settings): with a PostgreSQL database the
    // nodes share, the engine runs no listener, no delivery and no sandbox, stores nothing of
    // its own and writes no heartbeat; it shows every node's events live and acknowledges,
    // replays and re-runs in the database, where the nodes pick the work up.
    bool attach = false;
};

// The core every face shares: the event store on its writer thread and the webhook listener on
// the ingest thread. The GUI and --headless both own one; neither reaches inside it.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    // database: where the engine stores (EngineOptions::database; SQLite in the data directory
    // unless it names PostgreSQL). The store is made for it here, so that store(), deliveries()
    // and client() are the ones start() opens; start() must be given the same database (it is
    // chosen when OT Bridge starts: Settings' change applies at the next start).
    explicit Engine(const DatabaseUrl &database = {}, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the store, loads the workspace and binds the listener. Returns the listener's URL.
    Result<QUrl> start(const EngineOptions &options);
    // Stops accepting, answers every request already read once its commit is durable, closes.
    void stop();

    bool isRunning() const { return m_listener != nullptr || m_attached; }
    // Running attached to a cluster (EngineOptions::attach): no listener; url() is empty.
    bool isAttached() const { return m_attached; }
    // Why the last start() failed: another process holds the data directory.
    bool dataDirInUse() const { return m_dataDirInUse; }
    // Why the last start() failed: the PostgreSQL database could not be used (unreachable,
    // refused the login, a newer schema).
    bool databaseRefused() const { return m_databaseRefused; }
    const DatabaseUrl &database() const { return m_database; }
    QUrl url() const { return m_url; }
    // The public URL acknowledgement links start with; empty when there are none.
    QUrl publicUrl() const { return m_options.publicUrl; }
    const Workspace &workspace() const { return m_workspace; }
    // The window's way into the stores: thread-safe requests answered off its thread.
    EngineClient *client() { return &m_client; }
    // The stores themselves, for tests and tools that own the engine and call them on their own
    // threads. The window never does (tst_includecycles checks ui/): its reads would block the
    // GUI thread, and its jobs could outlive the stores; it goes through client().
    EventStore *store() { return &m_store; }
    DeliveryStore *deliveries() { return &m_deliveries; }
    // Both sides, opened and closed together (start() does; tests may open it themselves).
    Store *storage() { return m_storage.get(); }
    // The nodes on this engine's database as last read (with SQLite one: this one); empty
    // while not running. On the engine's thread (clusterViewChanged brings each new one).
    ClusterView clusterView() const;

    static QString storeFileName() { return QStringLiteral("events.sqlite"); }
    // The source OpenText pushes job status documents to.
    static QString statusSourceName() { return QStringLiteral("opentext-status"); }

    // The in-process sandbox's base URL (http://127.0.0.1:PORT), empty when the workspace's
    // OpenText target is a real account. Its admin API (/admin/inbox) is what the inbox page
    // reads.
    QUrl sandboxUrl() const { return m_sandboxUrl; }
    // The sandbox as an OpenText target (its run-time URLs and client id) and the secret that
    // goes with it; only meaningful while sandboxUrl() is set.
    OpenTextTarget sandboxTarget() const;
    QString sandboxSecret() const { return m_sandboxSecret; }
    // Talks to the workspace's OpenText target; lives on the delivery thread.
    OpenTextClient *openTextClient() const { return m_openTextClient; }
    // Puts the target into the running workspace (in memory; saving is the caller's) and points
    // the client at it: starts or stops the built-in sandbox, reads the secret from the
    // environment or the keychain.
    Result<void> setOpenTextTarget(const OpenTextTarget &target);
    // Reads the API token (apiTokenKey()) from the keychain again, after Settings stored a new
    // one: the API takes it within moments, with no restart. The environment's token, when
    // set, stays in force.
    void reloadApiToken();
    // Loads the workspace file and, if it is valid, uses it from now on (sources, rules,
    // targets); otherwise keeps the current one and returns why. On a database nodes share
    // (sharesWorkspace()) it is saved as the cluster's next version first, based on the one
    // this node runs, and every node uses it; a save based on an older version is refused
    // (Error::Kind::Stale, in WorkspaceRepository::staleWords) and nothing changes.
    Result<void> reloadWorkspace(const QString &path);
    // On PostgreSQL the workspace is the cluster's, stored in the database (README, "Running a
    // cluster"); the node's workspace file, if it has one, holds a copy of it.
    bool sharesWorkspace() const;
    // The cluster's version this node runs: number, who saved it, from where and when.
    const StoredWorkspace &sharedWorkspace() const { return m_shared; }
    // This node's id in the cluster (its heartbeat's row); made at each start.
    QString nodeId() const { return m_nodeId; }
    // On a database nodes share: saves edited as the cluster's next version, based on the one
    // this node runs, and uses it (every node does); from names the edit in the log. Refused as
    // reloadWorkspace() says. On the engine's thread.
    Result<void> saveSharedWorkspace(const Workspace &edited, const QString &from);
    // The console's acknowledgement (the API's goes through the listener). Thread-safe: it
    // waits for the commit on the calling thread, then wakes the dispatcher and emits
    // eventsChanged on the engine's thread.
    Result<Acknowledgement> acknowledge(const QUuid &eventId, const QString &by,
                                        const QString &note = {});
    // Makes dead deliveries pending again, due now; returns how many. Thread-safe, as
    // acknowledge().
    Result<int> replay(const QStringList &deliveryIds);
    // Runs a stored event through the rules as they are now: stores its request again as a new
    // event linked to it (Event::rerunOf), which routing gives a delivery set of its own (the
    // delivery ids follow from the new event's id). Returns the new event's id; rerunStored
    // says when it is committed. Thread-safe.
    Result<QUuid> rerun(const QUuid &eventId);

Q_SIGNALS:
    // Every accepted, duplicate or refused request, in batches (about every 100 ms).
    void activity(const QList<OtBridge::EventSummary> &batch);
    // The OpenText target changed: the sandbox may have started or stopped.
    void openTextTargetChanged();
    // A delivery changed state; for the console and the dashboard. They come in bursts, one
    // event-loop turn each about every 100 ms (Dispatcher::deliveriesUpdated), each delivery
    // once as it last stood.
    void deliveryUpdated(const OtBridge::DeliveryRecord &delivery);
    // The secrets of source were read (or failed to be) and handed to the listener: requests
    // that arrive from now on are checked against them.
    void sourceSecretsRead(const QString &source);
    // The workspace file changed and was reloaded (ok) or refused (error says why).
    void workspaceReloaded(bool ok, const QString &error);
    // About once a second while running: rates, latency, and each target's breaker and counts.
    void metricsSampled(const OtBridge::EngineMetrics &metrics);
    // What became of these events may have changed without a delivery changing: the rules ran
    // over them (with or without a match), or they were acknowledged (console, API or link).
    void eventsChanged(const QList<QUuid> &ids);
    // PostgreSQL: the other nodes' notifications are heard from now on, for the first time or
    // again after the connection dropped; what they did before was not heard, so a view of the
    // cluster's events reads them again.
    void clusterHeardAgain();
    // After each heartbeat (every EngineOptions::heartbeatIntervalMs): the cluster's nodes.
    void clusterViewChanged(const OtBridge::ClusterView &view);
    // A re-run was committed (error empty) or refused; its row came through activity().
    void rerunStored(const QUuid &original, const QUuid &rerun, const QString &error);

private:
    Result<void> lockDataDir(const QString &dataDir);
    // The database's password (DatabaseUrl::passwordKey(): the environment, else the keychain),
    // waited for; empty when none is stored (a server may let the user in without one).
    QString readDatabasePassword();
    Result<void> startSandbox();
    void stopSandbox();
    void startDelivery();
    void stopDelivery();
    // This node's heartbeat and its view of the cluster (docs/architecture.md, "Cluster").
    void startCluster(const StoreOptions &storeOptions);
    // Another node's activity (PostgreSQL): its events, and what became of them and of their
    // deliveries, read and said through activity(), eventsChanged() and deliveryUpdated() as
    // this node's own are. On m_following's thread.
    void followActivity(const OtBridge::StoreNotification &notification);
    // Another process stored these events and does not route them (an attached window's
    // re-runs): this node's dispatcher routes them now.
    void routeStoredElsewhere(const QList<QUuid> &events);
    // What another node (or an attached window) announced: work to do now, or activity for
    // the window.
    void handleOtherNodesNotification(const OtBridge::StoreNotification &notification);
    // Whether anyone (a window) listens to what followActivity() says of an activity of kind.
    bool isWatchedFor(const QString &kind) const;
    static Result<void> checkSourcesReachable(const Workspace &workspace,
                                              const QHostAddress &address);
    // Uses loaded from now on, if it can (from names it in the log).
    Result<void> applyWorkspace(Workspace loaded, const QString &from);
    // The cluster's workspace (PostgreSQL): at start, the stored one, or this node's stored
    // as the first version when there is none.
    Result<void> adoptSharedWorkspace(const StoreOptions &storeOptions);
    // The rest of start() for a window attached to a cluster (EngineOptions::attach).
    Result<QUrl> startAttached(const StoreOptions &storeOptions);
    // Another node saved a version: use it.
    void handleSharedWorkspaceSaved(const OtBridge::StoredWorkspace &stored);
    // Writes the cluster's version to the node's workspace file; at start, keepPrevious keeps
    // what the file held in FILE.previous when it differs.
    void mirrorSharedWorkspace(bool keepPrevious);
    QString sharedWorkspaceOrigin() const;
    // Who saves: the user running this process.
    static QString savedBy();
    Result<void> useOpenTextTarget(const OpenTextTarget &target);
    bool needsSandbox() const;
    void useWorkspace();
    void readTargetSecrets();
    void readApiToken();
    // Reads the acknowledgement links' keys, then starts dispatching (docs/architecture.md,
    // "Acknowledgement links"): a message rendered without them would go out with no link.
    void startDispatchingWithAckLinks();
    void readSourceSecrets();
    void handleRerunsAppended(const QList<OtBridge::AppendResult> &results);
    // From any thread: wakes the dispatcher, if one runs, from the engine's thread, where
    // m_dispatcher is set and deleted.
    void wakeDispatcher();

    std::unique_ptr<QLockFile> m_dataLock; // held from start to stop
    bool m_dataDirInUse = false;
    bool m_databaseRefused = false;
    DatabaseUrl m_database;
    // The store for m_database, and its two sides, which live as long as the engine.
    std::unique_ptr<Store> m_storage;
    EventStore &m_store;
    DeliveryStore &m_deliveries;
    EngineClient m_client {this, &m_store, &m_deliveries}; // after the stores: goes before them
    Dispatcher *m_dispatcher = nullptr;
    std::unique_ptr<Cluster> m_cluster; // while running
    QString m_nodeId; // made at each start
    bool m_attached = false; // started with EngineOptions::attach
    StoreOptions m_storeOptions; // the database start() opened
    StoredWorkspace m_shared; // PostgreSQL: the cluster's version this node runs
    // PostgreSQL: the node's workspace file holds m_shared (an edit of it is based on it).
    bool m_workspaceFileInSync = true;
    QFileSystemWatcher *m_watcher = nullptr;
    QHash<QString, QString> m_targetSecrets; // HTTP targets' secrets by keychain reference
    QHash<QString, QString> m_targetSecretErrors; // why a reference could not be read
    QByteArray m_workspaceContent; // what the watched file held when last loaded
    QHash<QString, QList<QByteArray>> m_sourceSecrets; // by source name, decoded
    EngineOptions m_options;
    Workspace m_workspace;
    SecretStore *m_secrets = nullptr;
    QThread m_ingestThread;
    QThreadPool m_following; // one thread: followActivity(), in the order heard
    WebhookListener *m_listener = nullptr;
    QUrl m_url;
    QThread m_sandboxThread;
    OpenTextSandbox *m_sandbox = nullptr;
    QUrl m_sandboxUrl;
    QString m_sandboxSecret;
    QThread m_deliveryThread;
    OpenTextClient *m_openTextClient = nullptr;
    quint64 m_openTextGeneration = 0; // which secret read is still wanted
    bool m_saidNoPublicUrl = false; // the log said once that links are missing for want of one
    QMutex m_rerunMutex; // guards m_reruns: the writer thread reads it
    QHash<QUuid, QUuid> m_reruns; // re-runs appended and not committed yet, to their originals
};

} // namespace OtBridge
