// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ackpage.h"
#include "delivery/ratelimiter.h"
#include "event/acklink.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace OtBridge {

class DeliveryStore;
class EventStore;

// GET and POST /ack/<token> (docs/architecture.md, "Acknowledgement links"). A GET only shows
// what would be acknowledged, because mail scanners and link previews fetch every link; the
// page's one button POSTs the same URL, which acknowledges the event as the recipient the
// token was signed for, "via" link. Forged or changed: 403; expired: 410; acknowledged before:
// 200 saying by whom and when; too many requests from one address: 429. Nothing about another
// event is ever shown, and a token naming an event that does not exist looks exactly forged.
// Lives on the listener's thread.
class AckLinkEndpoint final
{
public:
    // Requests one client address may make: a burst, then this many per minute.
    static constexpr int burst = 20;
    static constexpr int perMinute = 30;
    static constexpr qint64 maxBodyBytes = 4096;

    struct Keys
    {
        enum class State { Off, Reading, On };
        State state = State::Off;
        AckLink::Keys keys;
        qint64 validitySeconds = AckLink::defaultValiditySeconds;
    };

    struct Answer
    {
        int status = 200;
        AckPage::Kind kind = AckPage::Kind::Invalid;
        QByteArray html;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type and the rest
        bool acknowledged = false; // this request acknowledged the event
        QUuid eventId; // the event the link is for, once the link checked out
        QString detail; // for the console and the log, in words; never the token
    };

    AckLinkEndpoint(EventStore *events, DeliveryStore *deliveries);

    void setKeys(const Keys &keys) { m_keys = keys; }
    // Rule titles by rule name, for the page.
    void setRuleTitles(const QHash<QString, QString> &titles) { m_ruleTitles = titles; }
    void setDeliveryStore(DeliveryStore *deliveries) { m_deliveries = deliveries; }

    // client: the address the rate limit counts against. nowMs: a monotonic clock.
    Answer handle(bool post, const QString &token, QByteArrayView acceptLanguage,
                  const QString &client, const QDateTime &now, qint64 nowMs);

private:
    Answer page(int status, AckPage page, const QString &language, const QString &detail) const;
    bool allow(const QString &client, qint64 nowMs, int *retryAfterSeconds);

    struct Limiter
    {
        RateLimiter bucket;
        qint64 lastMs = 0;
    };

    EventStore *m_events;
    DeliveryStore *m_deliveries;
    Keys m_keys;
    QHash<QString, QString> m_ruleTitles;
    QHash<QString, Limiter> m_limiters;
};

} // namespace OtBridge
