// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/condition.h"
#include "config/rule.h"
#include "config/smssize.h"
#include "rules/routedevent.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace OtBridge {

class Workspace;

// [a-z0-9][a-z0-9-]{0,63}, as Rule::fromJson requires.
bool isValidRuleName(const QString &name);

// One action rendered against a sample, exactly as routing would store it.
struct ActionPreview
{
    int index = 0;
    RuleAction::Kind kind = RuleAction::Kind::OpenText;
    OpenTextChannel channel = OpenTextChannel::Email;
    NewDelivery delivery; // delivery.renderError set when it could not be rendered
    Error error; // delivery.renderError with its place (rule, action, field)
    // Field key (as in ErrorPlace::field; "to" for every recipient field) → the placeholders
    // ({{name}} as written) the sample has no value for.
    QMap<QString, QStringList> missing;
    QString requestText; // HTTP: the request as text (see httpRequestText)
    SmsSize sms; // SMS: the size of the rendered text
    // When it would go, if not at once: "quiet hours until 2026-11-21 06:00 UTC". Empty: now.
    QString when;
};

// The rule's escalate action as it would be scheduled for the sample.
struct EscalationPreview
{
    int index = -1; // the action's index; -1: the rule does not escalate
    int withinSeconds = 0; // the acknowledgement time for this sample
    bool fromPayload = false; // taken from within_minutes_from in the sample
    QList<int> tierDelaySeconds; // per tier: after the one before (tier 1: after withinSeconds)
    QList<int> tierActionCounts;
};

struct RulePreview
{
    bool triggered = false; // the sample's source triggers the rule
    bool matched = false; // the condition matches the sample
    QList<LeafResult> leaves; // every condition leaf, evaluated on its own
    QList<QJsonValue> leafValues; // what each leaf compares with, as written; undefined: nothing
    QList<ActionPreview> actions; // the rule's own actions (escalation tiers are not rendered)
    EscalationPreview escalation;
    // About {{event.ack_url}} when the rule uses it: no link without a public URL, or a sample
    // link in place of each recipient's own. Empty when the rule does not use it.
    QString ackLinkNote;
    // The rule's delay or digest step for this sample, in words: "24 h before review_due:
    // 2026-11-23 17:00 UTC", "digest: window 10 min, key supplier-88". Empty: no step.
    QString timing;
};

// What routing would do with payload arriving from source at now: which conditions match, and
// every OpenText and HTTP action rendered through renderAction (whether or not it matches, so
// the designer always sees the message). publicUrl: the engine's (--public-url); empty, a
// {{event.ack_url}} renders nothing, as routing would, and ackLinkNote says why.
RulePreview previewRule(const Workspace &workspace, const Rule &rule, const QJsonValue &payload,
                        const QString &source, const QUuid &eventId, const QDateTime &receivedAt,
                        const QDateTime &now, const QUrl &publicUrl = {});

// "POST https://host/path\nName: value\n…\n\n{pretty JSON body}"; a body that is not JSON is
// shown as it is.
QString httpRequestText(const HttpRequestSpec &request);

} // namespace OtBridge
