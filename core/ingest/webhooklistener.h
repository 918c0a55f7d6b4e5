// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acklinkendpoint.h"
#include "cluster/clusternode.h"
#include "config/sourceconfig.h"
#include "endpointaccess.h"
#include "incomingrequest.h"
#include "listenerlimits.h"
#include "requesthead.h"
#include "store/deliverystore.h"
#include "store/eventstore.h"
#include "tlscredentials.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_map>

class QFileSystemWatcher;

namespace OtBridge {

class GuardedTcpServer;
struct Rejection;

// The HTTP face of the bridge: POST /hooks/{source} for webhooks, GET and POST /ack/{token}
// for acknowledgement links (AckLinkEndpoint), the /api/v1 endpoints, /health and /metrics. Lives
// on the ingest thread. A webhook is answered only after the store's commit that holds it is
// durable; until then its socket waits in m_pending.
class WebhookListener final : public QObject
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
    void setDeliveryStore(DeliveryStore *deliveries)
    {
        m_deliveries = deliveries;
        m_ackLinks->setDeliveryStore(deliveries);
    }
    // The keys /ack/ checks links with (off: answers 404; reading: 503), and the rule titles
    // its page names.
    void setAckLinkKeys(const AckLinkEndpoint::Keys &keys) { m_ackLinks->setKeys(keys); }
    void setRuleTitles(const QHash<QString, QString> &titles) { m_ackLinks->setRuleTitles(titles); }
    // The bearer token every /api/v1 endpoint (and /health or /metrics when set to "token")
    // requires. Empty: none is configured, and those endpoints answer 403 saying how to set one.
    void setApiToken(const QByteArray &token);
    // The token is on its way from the keychain: the endpoints answer 503 until it is set.
    void setApiTokenReading();
    void setEndpointAccess(EndpointAccess health, EndpointAccess metrics);
    // Prometheus text the engine adds to /metrics after the listener's own figures.
    void setMetricsText(const QByteArray &text) { m_metricsText = text; }
    // The cluster's nodes as this one last read them, for /health.
    void setClusterView(const ClusterView &view) { m_clusterView = view; }
    // Serves TLS with the certificate chain and key in these PEM files, and reloads them when
    // either changes: a new pair is used only once it loads and matches (connections already
    // open keep theirs); otherwise the pair in use stays and tlsReloaded() says why. Call
    // before listen().
    Result<void> useTls(const QString &certificatePath, const QString &keyPath);
    // SHA-256 of the certificate new connections get, hex; empty without TLS.
    QByteArray tlsFingerprint() const { return m_tls ? m_tls->fingerprint() : QByteArray(); }
    // Stops accepting; requests already read are still answered.
    void stopAccepting();
    int pendingReplies() const { return int(m_pending.size()); }
    int connectionCount() const;

Q_SIGNALS:
    // Accepted, duplicate and refused requests, batched every ~100 ms for the console.
    void activity(const QList<OtBridge::EventSummary> &batch);
    // An acknowledgement or a retry through the API changed what the dispatcher should do.
    void deliveriesChanged();
    // An event was acknowledged through the API or an acknowledgement link.
    void eventAcknowledged(const QUuid &id);
    // The certificate or key file changed: ok when the new pair is in use, else why not.
    void tlsReloaded(bool ok, const QString &message);

private:
    void handleRequest(const IncomingRequest &request, QTcpSocket *socket);
    std::optional<Rejection> checkHead(const RequestHead &head) const;
    void handleWebhook(const QString &sourceName, const IncomingRequest &request,
                       QTcpSocket *socket);
    void handleEventQuery(const QString &id, QTcpSocket *socket, const IncomingRequest &request);
    void handleEventAction(const QString &id, const QByteArray &action, QTcpSocket *socket,
                           const IncomingRequest &request);
    bool authorize(const IncomingRequest &request, QTcpSocket *socket);
    bool authorizeEndpoint(EndpointAccess access, const IncomingRequest &request,
                           QTcpSocket *socket);
    void handleHealth(QTcpSocket *socket, const IncomingRequest &request);
    void handleMetrics(QTcpSocket *socket, const IncomingRequest &request);
    void reloadTls();
    void handleReplay(QTcpSocket *socket, const IncomingRequest &request);
    void handleAckLink(const QString &token, QTcpSocket *socket, const IncomingRequest &request);
    void handleAppended(const QList<OtBridge::AppendResult> &results);
    void reply(QTcpSocket *socket, int status, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &contentType = QByteArrayLiteral("application/json"));
    void replyError(const IncomingRequest &request, QTcpSocket *socket, int status,
                    const QString &message, const QString &source = {},
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void record(const EventSummary &summary);
    const SourceConfig *findSource(const QString &name) const;

    EventStore *m_store;
    DeliveryStore *m_deliveries = nullptr;
    std::unique_ptr<AckLinkEndpoint> m_ackLinks;
    QElapsedTimer m_clock; // the acknowledgement links' rate limits
    enum class TokenState { Missing, Reading, Set };
    TokenState m_apiTokenState = TokenState::Missing;
    QByteArray m_apiToken;
    EndpointAccess m_healthAccess = EndpointAccess::Open;
    EndpointAccess m_metricsAccess = EndpointAccess::Open;
    QByteArray m_metricsText;
    ClusterView m_clusterView;
    QMap<int, quint64> m_answered; // requests the console saw, by HTTP status
    std::optional<TlsCredentials> m_tls;
    QString m_tlsCertificatePath;
    QString m_tlsKeyPath;
    QFileSystemWatcher *m_tlsWatcher = nullptr;
    QTimer m_tlsReloadTimer;
    ListenerLimits m_limits;
    GuardedTcpServer *m_server = nullptr;
    QHash<QString, SourceConfig> m_sources;
    QHash<QString, QList<QByteArray>> m_sourceSecrets;
    std::unordered_map<quint64, QPointer<QTcpSocket>> m_pending; // replies waiting for commits
    QList<EventSummary> m_activity;
    QTimer m_activityTimer;
};

} // namespace OtBridge
