// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "config/workspace.h"
#include "rules/actionrenderer.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

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

} // namespace

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
    for (const Rule *rule : rules) {
        if (!rule->condition.matches(body, now))
            continue;
        const QJsonObject extras
            = renderExtras(event.id, event.source, event.receivedAt, {}, *rule);
        for (int i = 0; i < rule->actions.size(); ++i) {
            const RuleAction &action = rule->actions.at(i);
            if (action.kind != RuleAction::Kind::Escalate) {
                routed.deliveries.append(
                    renderAction(workspace, *rule, i, action, 0, event.id, body, extras, now, ack));
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

QList<NewDelivery> renderEscalationTier(const Workspace &workspace, const Rule &rule, int tier,
                                        const Event &event, const RoutingContext &context,
                                        const QDateTime &now)
{
    QList<NewDelivery> deliveries;
    const RuleAction *escalate = rule.escalation();
    if (!escalate || tier < 1 || tier > escalate->tiers.size())
        return deliveries;
    const QJsonValue body = eventBodyJson(event);
    const QJsonObject extras
        = renderExtras(event.id, event.source, event.receivedAt, {}, rule, tier);
    const AckUrlForRecipient ack = ackUrls(context, event.id, tier, now);
    const EscalationTier &spec = *escalate->tiers.at(tier - 1);
    for (int i = 0; i < spec.actions.size(); ++i)
        deliveries.append(renderAction(workspace, rule, i, spec.actions.at(i), tier, event.id, body,
                                       extras, now, ack));
    return deliveries;
}

} // namespace OtBridge
