// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/rule.h"
#include "event/acklink.h"
#include "event/event.h"
#include "rules/routedevent.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

namespace OtBridge {

class Workspace;

// What routing needs besides the workspace and the event.
struct RoutingContext
{
    // Where people reach the listener's /ack/ ({{event.ack_url}}); empty, or no ackKeys: the
    // messages carry no acknowledgement link.
    QUrl publicUrl;
    double delayScale = 1.0; // escalation delays are multiplied by it (tests shorten the clock)
    AckLink::Keys ackKeys;
    qint64 ackLinkValiditySeconds = AckLink::defaultValiditySeconds; // from when it is sent
};

// docs/architecture.md, data flow step 3: every enabled rule triggered by the event's source whose
// condition matches yields its OpenText and HTTP actions as delivery jobs (rendered, with
// deterministic ids) and, for an escalate action, the escalation tiers with their due times
// counted from when the event was received. Pure: routing the same event twice gives the same
// jobs, which is what lets the store insert them idempotently after a crash.
RoutedEvent routeEvent(const Workspace &workspace, const Event &event,
                       const RoutingContext &context, const QDateTime &now);

// The escalation tier's deliveries for one event, rendered when the tier fires.
QList<NewDelivery> renderEscalationTier(const Workspace &workspace, const Rule &rule, int tier,
                                        const Event &event, const RoutingContext &context,
                                        const QDateTime &now);

// A digest's deliveries when its window ends, one per action of the rule, rendered over the
// first event with {{digest.count}}, {{digest.key}}, {{digest.window}} and a list section
// {{#digest.events}}…{{/digest.events}} over every event's body. Ids:
// "{first event}.{rule}.digest.{action index}".
QList<NewDelivery> renderDigest(const Workspace &workspace, const Rule &rule,
                                const DigestRecord &digest, const QList<Event> &events,
                                const RoutingContext &context, const QDateTime &now);

// Quiet hours (README, "Notification steps"): an OpenText message to someone of the role
// directory who is in their quiet period at its dueAt waits until the period ends (for several
// recipients, until the last one's ends): dueAt moves and hold says "quiet" unless it was held
// already. An urgent rule's messages, HTTP calls and render errors are left alone.
void holdForQuietHours(const Workspace &workspace, const Rule &rule, NewDelivery &delivery);

// A step's key (a delay's, a digest's) rendered for one event, trimmed; empty when it has no
// value there.
QString stepKey(const Template &key, const QJsonValue &body, const Template::Extra &extras);

// The event's body as JSON (null when it is not JSON: conditions then see nothing).
QJsonValue eventBodyJson(const Event &event);

} // namespace OtBridge
