// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/rule.h"
#include "rules/routedevent.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <functional>

namespace OtBridge {

class Workspace;

// The id of the delivery of one action for one event: "{event uuid}.{rule}.{action index}"
// for a rule's actions, "{event uuid}.{rule}.t{tier}.{action index}" for an escalation tier's.
// The same inputs always give the same id, which is what makes routing idempotent.
QString deliveryId(const QUuid &eventId, const QString &rule, int actionIndex, int tier = 0);

// Values every template may use besides the event's own fields:
// {{event.id}}, {{event.source}}, {{event.received_at}}, {{event.ack_url}}, {{rule.name}},
// {{rule.title}}, {{escalation.tier}} (escalation tiers only).
QJsonObject renderExtras(const QUuid &eventId, const QString &source, const QDateTime &receivedAt,
                         const QString &ackUrl, const Rule &rule, int tier = 0);
// The same values as a Template::Extra, in two parts: the event's ({{event.…}}), the same for
// every rule it matches, then each rule's ({{rule.…}}, {{escalation.tier}}). Routing makes the
// event's part once per event.
Template::Extra eventExtras(const QUuid &eventId, const QString &source,
                            const QDateTime &receivedAt, const QString &ackUrl);
void addRuleExtras(Template::Extra &extras, const Rule &rule, int tier = 0);

// {{event.ack_url}} for one recipient: an OpenText destination's address, or an HTTP target's
// name. Empty (or no function): the message carries no link.
using AckUrlForRecipient = std::function<QString(const QString &recipient)>;

// Whether any template of the action (a tier's actions included, for an escalate action) uses
// {{event.ack_url}}.
bool usesAckUrl(const RuleAction &action);

// Renders one OpenText or HTTP action against an event body into the delivery the router
// stores: recipients resolved (roles and people through the workspace's role directory,
// addresses from the payload; duplicates dropped, each checked for the channel), every field
// rendered with its escape, HTTP presets built through buildPresetRequest. A problem (missing
// value under "fail", no recipient left, an invalid address, a body that is not JSON, an
// unknown target) gives a delivery with renderError set in words naming the rule, action and
// field (and, given error, the same as an Error with its place); never a half-built request.
//
// With ackUrl, {{event.ack_url}} is each recipient's own link: an OpenText message to several
// recipients that uses it is rendered once per recipient (OpenTextDestination::ownTexts; a fax
// or a WhatsApp template, which cannot be split that way, then gets no link). Without it,
// extras' "event.ack_url" is used as it is.
NewDelivery renderAction(const Workspace &workspace, const Rule &rule, int actionIndex,
                         const RuleAction &action, int tier, const QUuid &eventId,
                         const QJsonValue &body, const Template::Extra &extras,
                         const QDateTime &dueAt, const AckUrlForRecipient &ackUrl = {},
                         Error *error = nullptr);

} // namespace OtBridge
