// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acklinkendpoint.h"

#include "config/opentextchannelinfo.h"

#include "store/deliverystore.h"
#include "store/eventstore.h"

#include <QObject>

#include <cmath>

namespace OtBridge {

namespace {

// Limiters idle this long have refilled past their burst: forgetting them changes nothing.
constexpr qint64 idleLimiterMs = 60'000;
constexpr int maxLimiters = 4096;

// Who and what a verified token is about.
struct Match
{
    QString recipient;
    QString rule;
    QString subject;
};

// The recipients the event's deliveries of this tier went to, each with its delivery's rule
// and, for an email, its subject: the token is checked against each.
QList<Match> candidates(const QList<DeliveryRecord> &deliveries, int tier)
{
    QList<Match> matches;
    for (const DeliveryRecord &delivery : deliveries) {
        if (delivery.tier != tier)
            continue;
        const DeliveryRequest &request = delivery.request;
        if (request.kind == DeliveryRequest::Kind::Http) {
            if (!request.target.isEmpty())
                matches.append({request.target, delivery.rule, {}});
            continue;
        }
        const OpenTextMessage &message = request.message;
        for (const OpenTextDestination &destination : message.destinations) {
            QString subject;
            if (channelInfo(message.channel).takes(QStringLiteral("subject"))) {
                const OpenTextMessage::OwnTexts *own = message.ownTextsFor(destination.address);
                subject = own ? own->subject : message.subject;
            }
            matches.append({destination.address, delivery.rule, subject});
        }
    }
    return matches;
}

} // namespace

AckLinkEndpoint::AckLinkEndpoint(EventStore *events, DeliveryStore *deliveries)
    : m_events(events)
    , m_deliveries(deliveries)
{ }

bool AckLinkEndpoint::allow(const QString &client, qint64 nowMs, int *retryAfterSeconds)
{
    if (m_limiters.size() >= maxLimiters) {
        for (auto it = m_limiters.begin(); it != m_limiters.end();) {
            if (nowMs - it->lastMs > idleLimiterMs)
                it = m_limiters.erase(it);
            else
                ++it;
        }
    }
    auto it = m_limiters.find(client);
    if (it == m_limiters.end()) {
        // Still full after pruning: every address is busy, so this one shares their fate.
        if (m_limiters.size() >= maxLimiters) {
            *retryAfterSeconds = 60;
            return false;
        }
        it = m_limiters.insert(client, {RateLimiter(perMinute / 60.0, burst), nowMs});
    }
    it->lastMs = nowMs;
    if (it->bucket.tryAcquire(nowMs))
        return true;
    *retryAfterSeconds = int(std::ceil(double(it->bucket.waitMs(nowMs)) / 1000.0));
    *retryAfterSeconds = qMax(1, *retryAfterSeconds);
    return false;
}

AckLinkEndpoint::Answer AckLinkEndpoint::page(int status, AckPage content, const QString &language,
                                              const QString &detail) const
{
    Answer answer;
    answer.status = status;
    answer.kind = content.kind;
    answer.html = ackPageHtml(content, language);
    answer.detail = detail;
    answer.headers = {
        {"Content-Type", "text/html; charset=utf-8"},
        {"Content-Language", language.toLatin1()},
        {"Vary", "Accept-Language"},
        // The token is a capability: never cached, never sent on as a Referer.
        {"Cache-Control", "no-store"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Content-Security-Policy",
         "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
         "frame-ancestors 'none'; base-uri 'none'"},
    };
    if (content.retryAfterSeconds > 0)
        answer.headers.append({"Retry-After", QByteArray::number(content.retryAfterSeconds)});
    return answer;
}

AckLinkEndpoint::Answer AckLinkEndpoint::handle(bool post, const QString &token,
                                                QByteArrayView acceptLanguage,
                                                const QString &client, const QDateTime &now,
                                                qint64 nowMs)
{
    const QString language = ackPageLanguage(acceptLanguage);
    AckPage content;
    int retryAfter = 0;
    if (!allow(client, nowMs, &retryAfter)) {
        content.kind = AckPage::Kind::TooManyRequests;
        content.retryAfterSeconds = retryAfter;
        return page(429, content, language,
                    QObject::tr("acknowledgement link: too many requests from %1").arg(client));
    }
    if (m_keys.state == Keys::State::Off || !m_deliveries) {
        content.kind = AckPage::Kind::Off;
        return page(404, content, language,
                    QObject::tr("acknowledgement link: links are off (no public URL or no key)"));
    }
    if (m_keys.state == Keys::State::Reading) {
        content.kind = AckPage::Kind::NotReady;
        content.retryAfterSeconds = 1;
        return page(503, content, language,
                    QObject::tr("acknowledgement link: the key is still being read"));
    }

    // Forged, changed, or naming an event that is not there: one answer for all of them.
    const auto invalid = [&] {
        content.kind = AckPage::Kind::Invalid;
        return page(403, content, language, QObject::tr("acknowledgement link: not a valid link"));
    };
    const std::optional<AckLink::Claims> claims = AckLink::read(token);
    if (!claims)
        return invalid();
    const std::optional<Event> event = m_events->event(claims->eventId);
    if (!event)
        return invalid();
    std::optional<Match> match;
    for (const Match &candidate :
         candidates(m_deliveries->deliveriesForEvent(event->id), claims->tier)) {
        if (AckLink::verify(m_keys.keys, token, candidate.recipient, now, m_keys.validitySeconds)) {
            match = candidate;
            break;
        }
    }
    if (!match)
        return invalid();

    const QString eventId = event->id.toString(QUuid::WithoutBraces);
    if (claims->expiresAt <= now) {
        content.kind = AckPage::Kind::Expired;
        content.expiresAt = claims->expiresAt;
        return page(410, content, language,
                    QObject::tr("acknowledgement link: the link of %1 for event %2 expired at %3")
                        .arg(match->recipient, eventId, claims->expiresAt.toString(Qt::ISODate)));
    }

    content.ruleName = match->rule;
    content.ruleTitle = m_ruleTitles.value(match->rule);
    content.eventId = eventId;
    content.eventSource = event->source;
    content.since = event->receivedAt;
    content.recipient = match->recipient;
    content.tier = claims->tier;
    content.subject = match->subject;
    content.expiresAt = claims->expiresAt;

    std::optional<Acknowledgement> existing = m_deliveries->acknowledgement(event->id);
    bool acknowledgedNow = false;
    if (post && !existing) {
        Acknowledgement ack;
        ack.at = now;
        ack.by = match->recipient;
        ack.via = QStringLiteral("link");
        const Result<Acknowledgement> stored = m_deliveries->acknowledge(event->id, ack);
        if (!stored) {
            content.kind = AckPage::Kind::Failed;
            content.retryAfterSeconds = 5;
            return page(503, content, language,
                        QObject::tr("acknowledgement link: %1").arg(stored.error()));
        }
        // The first acknowledgement wins: another one may have come in meanwhile.
        acknowledgedNow = stored->via == ack.via && stored->by == ack.by
            && stored->at.toMSecsSinceEpoch() == now.toMSecsSinceEpoch();
        existing = stored.value();
    }
    if (existing) {
        content.kind
            = acknowledgedNow ? AckPage::Kind::Acknowledged : AckPage::Kind::AlreadyAcknowledged;
        content.by = existing->by;
        content.via = existing->via;
        content.at = existing->at;
        Answer answer = page(
            200, content, language,
            acknowledgedNow
                ? QObject::tr("event %1 acknowledged by %2 via link").arg(eventId, match->recipient)
                : QObject::tr("acknowledgement link: event %1 was already "
                              "acknowledged by %2")
                      .arg(eventId, existing->by));
        answer.acknowledged = acknowledgedNow;
        answer.eventId = event->id;
        return answer;
    }
    content.kind = AckPage::Kind::Confirm;
    return page(200, content, language, {});
}

} // namespace OtBridge
