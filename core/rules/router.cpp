// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "config/workspace.h"
#include "rules/actionrenderer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace OtBridge {

namespace {

// {{event.ack_url}} for each recipient of the deliveries rendered at `at` (tier 0: the rule's own
// actions), valid for the link validity from then; none without a public URL and a key.
AckUrlForRecipient ackUrls(const RoutingContext &context, const QUuid &eventId, int tier,
                           const QDateTime &at)
{
    if (context.publicUrl.isEmpty() || context.ackKeys.isEmpty() || tier > 255)
        return {};
    AckLink::Claims claims;
    claims.eventId = eventId;
    claims.tier = tier;
    // Whole seconds, rounded up: the token holds seconds.
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(
        (at.toMSecsSinceEpoch() + 999) / 1000 + context.ackLinkValiditySeconds, Qt::UTC);
    const QUrl publicUrl = context.publicUrl;
    const QByteArray key = context.ackKeys.current;
    return [publicUrl, key, claims](const QString &recipient) {
        return AckLink::url(publicUrl, AckLink::sign(key, claims, recipient));
    };
}

qint64 scaledMs(double seconds, double scale)
{
    // A payload may name any number of minutes: more than a year is a year, not an overflow
    // that would fire the escalation at once.
    constexpr double maxSeconds = 366.0 * 24 * 3600;
    return qint64(std::llround(std::clamp(seconds, 0.0, maxSeconds) * 1000.0 * scale));
}

// How long the event has to be acknowledged: the rule's time, or minutes the event names.
double withinSeconds(const RuleAction &escalate, const QJsonValue &body)
{
    if (!escalate.withinMinutesFrom.isEmpty()) {
        const QJsonValue value = valueAtPointer(body, escalate.withinMinutesFrom);
        if (value.isDouble() && value.toDouble() >= 0)
            return value.toDouble() * 60.0;
        if (value.isString()) {
            bool ok = false;
            const double minutes = value.toString().toDouble(&ok);
            if (ok && minutes >= 0)
                return minutes * 60.0;
        }
    }
    return escalate.withinSeconds;
}

// Quiet hours (README, "Notification steps"): an OpenText message to someone of the role
// directory who is in their quiet period waits until it ends (for several recipients, until
// the last one's ends). An urgent rule's messages, and HTTP calls, go at once.
void holdQuiet(const Workspace &workspace, const Rule &rule, NewDelivery &delivery)
{
    if (rule.urgent || !delivery.renderError.isEmpty()
        || delivery.request.kind != DeliveryRequest::Kind::OpenText || !delivery.dueAt.isValid())
        return;
    QDateTime until;
    for (const OpenTextDestination &destination : delivery.request.message.destinations) {
        const QDateTime end = workspace.roles().quietUntil(destination.address, delivery.dueAt);
        if (end.isValid() && (!until.isValid() || end > until))
            until = end;
    }
    if (!until.isValid() || until <= delivery.dueAt)
        return;
    delivery.dueAt = until;
    if (delivery.hold.isEmpty())
        delivery.hold = QStringLiteral("quiet");
}

QString renderKey(const Template &key, const QJsonValue &body, const Template::Extra &extras)
{
    const auto rendered = key.render(body, Template::MissingPolicy::Empty, extras);
    return rendered ? rendered->text.trimmed() : QString();
}

} // namespace

void holdForQuietHours(const Workspace &workspace, const Rule &rule, NewDelivery &delivery)
{
    holdQuiet(workspace, rule, delivery);
}

QString stepKey(const Template &key, const QJsonValue &body, const Template::Extra &extras)
{
    return renderKey(key, body, extras);
}

QJsonValue eventBodyJson(const Event &event)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(event.body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Null);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

RoutedEvent routeEvent(const Workspace &workspace, const Event &event,
                       const RoutingContext &context, const QDateTime &now)
{
    RoutedEvent routed;
    routed.eventId = event.id;
    const QList<const Rule *> rules = workspace.rulesFor(event.source);
    if (rules.isEmpty())
        return routed;
    const QJsonValue body = eventBodyJson(event);
    const AckUrlForRecipient ack = ackUrls(context, event.id, 0, now);
    // The event's extras are the same for every rule: made once, when a rule first needs them.
    std::optional<Template::Extra> eventPart;
    const auto extrasFor = [&eventPart, &event](const Rule &rule) {
        if (!eventPart)
            eventPart = eventExtras(event.id, event.source, event.receivedAt, {});
        Template::Extra extras = *eventPart;
        addRuleExtras(extras, rule);
        return extras;
    };
    for (const Rule *rule : rules) {
        // A delay step's cancel_when: this event may stop what an earlier one left waiting.
        if (rule->delay && rule->delay->cancelWhen && rule->delay->key
            && rule->delay->cancelWhen->matches(body, now)) {
            const QString key = renderKey(*rule->delay->key, body, extrasFor(*rule));
            if (!key.isEmpty())
                routed.cancels.append({rule->name, key});
        }
        if (!rule->condition.matches(body, now))
            continue;
        const Template::Extra extras = extrasFor(*rule);
        if (rule->digest) {
            // Collected now, rendered when the window ends (renderDigest); the event that opens
            // a window may go at once.
            DigestEntry entry;
            entry.rule = rule->name;
            entry.key = renderKey(rule->digest->key, body, extras);
            entry.routedAt = now;
            entry.closesAt = now.addMSecs(
                qint64(std::llround(double(rule->digest->windowMs) * context.delayScale)));
            if (rule->digest->sendFirst) {
                for (int i = 0; i < rule->actions.size(); ++i) {
                    NewDelivery delivery = renderAction(workspace, *rule, i, rule->actions.at(i), 0,
                                                        event.id, body, extras, now, ack);
                    holdQuiet(workspace, *rule, delivery);
                    entry.first.append(delivery);
                }
            }
            routed.digests.append(entry);
            continue;
        }
        QDateTime dueAt = now;
        QString holdKey;
        QString releaseError;
        if (rule->delay) {
            // releaseFor renders only its until, which needs no more of the extras than it
            // names.
            const DelayStep::Release release = rule->delay->releaseFor(
                body, rule->delay->until ? extras.toObject(*rule->delay->until) : QJsonObject(),
                now, context.delayScale);
            if (release.skip)
                continue; // the time is past and the step says skip: nothing to send
            dueAt = release.at.isValid() ? release.at : now;
            releaseError = release.error;
            if (rule->delay->key)
                holdKey = renderKey(*rule->delay->key, body, extras);
        }
        for (int i = 0; i < rule->actions.size(); ++i) {
            const RuleAction &action = rule->actions.at(i);
            if (action.kind != RuleAction::Kind::Escalate) {
                NewDelivery delivery = renderAction(workspace, *rule, i, action, 0, event.id, body,
                                                    extras, dueAt, ack);
                if (rule->delay) {
                    delivery.hold = QStringLiteral("delay");
                    delivery.holdKey = holdKey;
                    if (delivery.renderError.isEmpty() && !releaseError.isEmpty())
                        delivery.renderError = QObject::tr("rule '%1', action %2, %3")
                                                   .arg(rule->name)
                                                   .arg(i + 1)
                                                   .arg(releaseError);
                }
                holdQuiet(workspace, *rule, delivery);
                if (action.fallback) {
                    NewDelivery fallback = renderAction(workspace, *rule, i, *action.fallback, 0,
                                                        event.id, body, extras, dueAt, ack);
                    fallback.id = delivery.id + QStringLiteral(".fallback");
                    routed.fallbacks.append({delivery.id, fallback});
                }
                routed.deliveries.append(delivery);
                continue;
            }
            // Every tier's due time is fixed now, from when the event was received, so routing
            // again after a crash schedules the same times.
            QDateTime due = event.receivedAt.toUTC().addMSecs(
                scaledMs(withinSeconds(action, body), context.delayScale));
            for (int tier = 1; tier <= action.tiers.size(); ++tier) {
                const EscalationTier &spec = *action.tiers.at(tier - 1);
                if (tier > 1) {
                    const double after
                        = spec.afterSeconds > 0 ? spec.afterSeconds : withinSeconds(action, body);
                    due = due.addMSecs(scaledMs(after, context.delayScale));
                }
                EscalationRecord record;
                record.eventId = event.id;
                record.rule = rule->name;
                record.tier = tier;
                record.dueAt = due;
                record.state = QStringLiteral("scheduled");
                routed.escalations.append(record);
            }
        }
    }
    return routed;
}

QList<NewDelivery> renderDigest(const Workspace &workspace, const Rule &rule,
                                const DigestRecord &digest, const QList<Event> &events,
                                const RoutingContext &context, const QDateTime &now)
{
    QList<NewDelivery> deliveries;
    if (events.isEmpty() || !rule.digest)
        return deliveries;
    const Event &first = events.constFirst();
    QJsonArray bodies;
    for (const Event &event : events)
        bodies.append(eventBodyJson(event));
    // The first event's fields, and the digest's: {{digest.count}}, {{digest.key}},
    // {{#digest.events}}…{{/digest.events}} over every event's body.
    Template::Extra extras = eventExtras(first.id, first.source, first.receivedAt, {});
    addRuleExtras(extras, rule);
    extras.insert(QStringLiteral("digest.count"), int(events.size()));
    extras.insert(QStringLiteral("digest.key"), digest.key);
    extras.insert(QStringLiteral("digest.events"), bodies);
    extras.insert(QStringLiteral("digest.window"), durationText(rule.digest->windowMs));
    extras.insert(QStringLiteral("digest.opened_at"),
                  digest.openedAt.toUTC().toString(Qt::ISODate));
    const AckUrlForRecipient ack = ackUrls(context, first.id, 0, now);
    const QJsonValue body = eventBodyJson(first);
    for (int i = 0; i < rule.actions.size(); ++i) {
        NewDelivery delivery = renderAction(workspace, rule, i, rule.actions.at(i), 0, first.id,
                                            body, extras, now, ack);
        delivery.id = QStringLiteral("%1.%2.digest.%3")
                          .arg(first.id.toString(QUuid::WithoutBraces), rule.name)
                          .arg(i);
        delivery.hold = QStringLiteral("digest");
        delivery.holdKey = QString::number(digest.id);
        holdQuiet(workspace, rule, delivery);
        deliveries.append(delivery);
    }
    return deliveries;
}

QList<NewDelivery> renderEscalationTier(const Workspace &workspace, const Rule &rule, int tier,
                                        const Event &event, const RoutingContext &context,
                                        const QDateTime &now)
{
    QList<NewDelivery> deliveries;
    const RuleAction *escalate = rule.escalation();
    if (!escalate || tier < 1 || tier > escalate->tiers.size())
        return deliveries;
    const QJsonValue body = eventBodyJson(event);
    Template::Extra extras = eventExtras(event.id, event.source, event.receivedAt, {});
    addRuleExtras(extras, rule, tier);
    const AckUrlForRecipient ack = ackUrls(context, event.id, tier, now);
    const EscalationTier &spec = *escalate->tiers.at(tier - 1);
    for (int i = 0; i < spec.actions.size(); ++i)
        deliveries.append(renderAction(workspace, rule, i, spec.actions.at(i), tier, event.id, body,
                                       extras, now, ack));
    return deliveries;
}

} // namespace OtBridge
