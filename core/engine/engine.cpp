// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "ingest/webhooklistener.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcEngine, "otbridge.engine")

namespace OtBridge {

Engine::Engine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EventSummary>();
    qRegisterMetaType<QList<EventSummary>>();
    m_ingestThread.setObjectName(QStringLiteral("otbridge-ingest"));
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
    return url;
}

void Engine::stop()
{
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
