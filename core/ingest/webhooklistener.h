// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/sourceconfig.h"
#include "delivery/deliverystore.h"
#include "event/eventstore.h"
#include "listenerlimits.h"
#include "requesthead.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <unordered_map>

namespace OtBridge {

class GuardedTcpServer;
struct Rejection;

// The HTTP face of the bridge: POST /hooks/{source} for webhooks, the /api/v1 endpoints and
// /health. Lives on the ingest thread. A webhook is answered only after the store's commit
// that holds it is durable; until then its responder waits in m_pending.
class WebhookListener final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookListener)

public:
    WebhookListener(EventStore *store, const ListenerLimits &limits, QObject *parent = nullptr);
    ~WebhookListener() override;

    // Binds the guarded server. Returns the port, or the reason binding failed.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    void setSources(const QList<OtBridge::SourceConfig> &sources);
    // The secrets each source's auth checks against, by source name (decoded: Standard
    // Webhooks key bytes, else the secret's UTF-8). A source with auth and no secrets here
    // answers 503 until they arrive.
    void setSourceSecrets(const QHash<QString, QList<QByteArray>> &secrets)
    {
        m_sourceSecrets = secrets;
    }
    // Deliveries, acknowledgements and escalations for GET /api/v1/events/{id} and the
    // POST …/ack and …/retry endpoints. Without it the API answers with the event alone.
    void setDeliveryStore(DeliveryStore *deliveries) { m_deliveries = deliveries; }
    // The bearer token /api/v1 requires. Empty: reading stays open (loopback by default) and
    // acknowledging or retrying is refused until a token is configured.
    void setApiToken(const QByteArray &token) { m_apiToken = token; }
    // Stops accepting; requests already read are still answered.
    void stopAccepting();
    int pendingReplies() const { return int(m_pending.size()); }
    int connectionCount() const;

Q_SIGNALS:
    // Accepted, duplicate and refused requests, batched every ~100 ms for the console.
    void activity(const QList<OtBridge::EventSummary> &batch);
    // An acknowledgement or a retry through the API changed what the dispatcher should do.
    void deliveriesChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PendingReply
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };

    std::optional<Rejection> checkHead(const RequestHead &head) const;
    void handleWebhook(const QString &sourceName, const QHttpServerRequest &request,
                       QTcpSocket *socket);
    void handleEventQuery(const QString &id, QTcpSocket *socket, const QHttpServerRequest &request);
    void handleEventAction(const QString &id, const QByteArray &action, QTcpSocket *socket,
                           const QHttpServerRequest &request);
    bool authorizeApi(const QHttpServerRequest &request, QTcpSocket *socket, bool writing);
    void handleHealth(QTcpSocket *socket, const QHttpServerRequest &request);
    void handleReplay(QTcpSocket *socket, const QHttpServerRequest &request);
    void handleAppended(const QList<OtBridge::AppendResult> &results);
    void reply(QHttpServerResponder &responder, QTcpSocket *socket, int status,
               const QByteArray &json, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void replyError(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                    const QString &message, const QString &source = {},
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void record(const EventSummary &summary);
    const SourceConfig *findSource(const QString &name) const;

    EventStore *m_store;
    DeliveryStore *m_deliveries = nullptr;
    QByteArray m_apiToken;
    ListenerLimits m_limits;
    GuardedTcpServer *m_server = nullptr;
    QHash<QString, SourceConfig> m_sources;
    QHash<QString, QList<QByteArray>> m_sourceSecrets;
    std::unordered_map<quint64, PendingReply> m_pending;
    QList<EventSummary> m_activity;
    QTimer m_activityTimer;
};

} // namespace OtBridge
