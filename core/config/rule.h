// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/condition.h"
#include "config/notificationsteps.h"
#include "config/opentextchannel.h"
#include "config/template.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace OtBridge {

// Events the bridge raises itself; a rule lists them under "trigger": {"events": […]}. They are
// stored and routed like webhooks, with these names as their source.
namespace InternalEvent {
inline constexpr char openTextDeliveryFailed[] = "opentext.delivery.failed";
inline constexpr char openTextDeliveryConfirmed[] = "opentext.delivery.confirmed";
inline constexpr char deliveryDead[] = "delivery.dead";
inline constexpr char escalationFired[] = "escalation.fired";
QStringList all();
bool isInternal(const QString &name);
} // namespace InternalEvent

struct EscalationTier;

// One thing a rule does when it matches. Every text field is a Mustache template compiled
// with the escape its destination needs.
//
// OpenText: {"type": "opentext", "target": "opentext", "channel": "email"|"sms"|"fax"|"whatsapp",
//            "to": {"roles": ["legal"], "people": ["a@example.com"],
//                   "addresses": ["{{contract.owner.email}}", "{{document.owner_roles}}"]},
//            "subject", "text", "html", "from_name", "template_id", "language",
//            "template_parameters": ["{{a}}", …], "missing": "empty"|"fail"}
//   "addresses" templates may render one address, several separated by commas, or a JSON
//   array of addresses (or of role names, under "roles_from": ["{{document.owner_roles}}"]).
// HTTP:     {"type": "http", "target": "servicenow", "fields": {"short_description": "…"}}
//           for a preset target; for a generic one: "method", "url", "headers": {"X": "…"},
//           "body" (a JSON body template, rendered with JSON-string escaping, must parse).
// Escalate: {"type": "escalate", "within_seconds": 3600,
//            "within_minutes_from": "/acknowledge_within_minutes" (optional JSON Pointer),
//            "tiers": [{"actions": […]}, {"after_seconds": 1800, "actions": […]}]}
//   The event must then be acknowledged within the time; tier 1 fires when it runs out, each
//   later tier after_seconds (default: within_seconds) after the one before.
// Fallback: an OpenText action of the rule (not of a tier) may name "fallback": {action}, an
//   OpenText or HTTP action sent once when OpenText reports the first one's destination failed
//   or the delivery dies (README, "Notification steps").
struct RuleAction
{
    enum class Kind { OpenText, Http, Escalate };

    Kind kind = Kind::OpenText;
    QString target; // OpenText or HTTP target name
    Template::MissingPolicy missing = Template::MissingPolicy::Empty;

    // OpenText
    OpenTextChannel channel = OpenTextChannel::Email;
    QStringList people; // emails from the role directory
    QStringList roles; // role names
    QList<Template> addresses; // Plain templates rendering addresses
    QList<Template> rolesFrom; // Plain templates rendering role names
    QHash<QString, Template> fields; // "subject", "text", "html" (Html escape), "from_name", …
    QList<Template> templateParameters; // WhatsApp template parameters, in order

    // HTTP: preset fields ("short_description", …) go in `fields` too (Plain); a generic
    // target uses these.
    QString method; // empty: the target's
    std::optional<Template> url; // Url escape; empty: the target's URL
    QList<QPair<QByteArray, Template>> headers; // Plain
    std::optional<Template> body; // JsonString escape

    // Escalate
    int withinSeconds = 0;
    QString withinMinutesFrom; // JSON Pointer to a number of minutes in the event
    QList<std::shared_ptr<const EscalationTier>> tiers;

    // OpenText: what to send instead when this one fails; null: nothing.
    std::shared_ptr<const RuleAction> fallback;
};

struct EscalationTier
{
    int afterSeconds = 0; // after the tier before (tier 1: after the acknowledgement time)
    QList<RuleAction> actions; // OpenText and HTTP actions only
};

struct Rule
{
    QString name; // [a-z0-9][a-z0-9-]{0,63}
    QString title;
    QString description;
    bool enabled = true;
    QStringList sources; // webhook sources that trigger it
    QStringList events; // internal events that trigger it
    Condition condition;
    QJsonValue conditionJson; // as written, for the designer and for saving
    QList<RuleAction> actions;
    // Steps before the actions (README, "Notification steps"): at most one of delay and digest.
    std::optional<DelayStep> delay;
    std::optional<DigestStep> digest;
    bool urgent = false; // quiet hours of the role directory do not hold its messages
    QJsonObject json; // the rule as written

    bool isTriggeredBy(const QString &source) const
    {
        return sources.contains(source) || events.contains(source);
    }
    // The escalate action, or null.
    const RuleAction *escalation() const;

    // where: e.g. "workspace w.json". Errors name the rule and the place in it, in words:
    // "rule 'legal-review', condition 2: operator 'matches' needs a valid regular expression: …",
    // "rule 'legal-review', action 1, subject: unclosed section 'x' at character 12".
    // Checks only the rule itself; Workspace checks its references (sources, targets, roles).
    static Result<Rule> fromJson(const QJsonObject &json, const QString &where);
};

} // namespace OtBridge
