// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "config/secretstore.h"
#include "delivery/opentextclient.h"
#include "ingest/webhooklistener.h"
#include "sandbox/opentextsandbox.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcEngine, "otbridge.engine")

namespace OtBridge {

Engine::Engine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EventSummary>();
    qRegisterMetaType<QList<EventSummary>>();
    m_ingestThread.setObjectName(QStringLiteral("otbridge-ingest"));
    m_sandboxThread.setObjectName(QStringLiteral("otbridge-sandbox"));
    m_deliveryThread.setObjectName(QStringLiteral("otbridge-delivery"));
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
    return {};
}

void Engine::startDelivery()
{
    m_openTextClient = new OpenTextClient;
    m_openTextClient->moveToThread(&m_deliveryThread);
    m_deliveryThread.start();
    OpenTextClient *client = m_openTextClient;
    // Status documents pushed to /hooks/opentext-status reach the client once stored.
    EventStore *store = &m_store;
    connect(&m_store, &EventStore::appended, client,
            [store, client](const QList<AppendResult> &results) {
                for (const AppendResult &result : results) {
                    if (result.status != AppendStatus::Stored
                        || result.summary.source != statusSourceName())
                        continue;
                    const std::optional<Event> event = store->event(result.id);
                    if (!event)
                        continue;
                    if (auto status = client->acceptStatusDocument(event->body); !status)
                        qCWarning(lcEngine).noquote()
                            << "a pushed OpenText status could not be read:" << status.error();
                }
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

    auto workspace = options.workspacePath.isEmpty()
        ? Result<Workspace>(Workspace::builtInDefault())
        : Workspace::load(options.workspacePath);
    if (!workspace)
        return R::failure(workspace.error());
    m_workspace = std::move(workspace).value();

    m_options = options;
    if (options.dataDir.isEmpty())
        return R::failure(tr("no data directory given"));
    StoreOptions storeOptions;
    storeOptions.path = QDir(options.dataDir).filePath(storeFileName());
    storeOptions.maxSizeBytes = options.maxStoreBytes;
    storeOptions.busyTimeoutMs = options.storeBusyTimeoutMs;
    if (auto opened = m_store.open(storeOptions); !opened)
        return R::failure(opened.error());

    m_listener = new WebhookListener(&m_store, options.limits);
    m_listener->setSources(m_workspace.sources());
    m_listener->moveToThread(&m_ingestThread);
    connect(m_listener, &WebhookListener::activity, this, &Engine::activity);
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
    url.setScheme(QStringLiteral("http"));
    url.setHost(options.address.toString());
    url.setPort(port.value());
    m_url = url;

    startDelivery();
    if (const OpenTextTarget *target = m_workspace.openTextTarget()) {
        if (auto used = useOpenTextTarget(*target); !used) {
            stop();
            return R::failure(used.error());
        }
    }
    return url;
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

    stopSandbox();
    // The secret comes from the environment (headless deployments) or the keychain. Until it
    // is read, requests end as "retry later" and nothing is sent without it. A later change of
    // target makes this read stale: its answer is then dropped.
    const quint64 generation = ++m_openTextGeneration;
    QMetaObject::invokeMethod(client, [client, target] {
        client->configureUnavailable(
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
    }
}

void Engine::stop()
{
    stopDelivery();
    if (!m_listener) {
        m_store.close();
        return;
    }
    WebhookListener *listener = m_listener;
    QMetaObject::invokeMethod(
        listener, [listener] { listener->stopAccepting(); }, Qt::BlockingQueuedConnection);
    // Commits everything already appended; the results queue up on the ingest thread ahead of
    // the call below, so every reply is written before the listener goes.
    m_store.close();
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
}

} // namespace OtBridge
