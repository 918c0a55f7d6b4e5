// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "result.h"
#include "config/condition.h"
#include "config/template.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace OtBridge {

// "30s", "15m", "2h", "1d", "-15m" → milliseconds; nullopt for anything else. Conditions'
// offsets and the steps below share it.
std::optional<qint64> parseDuration(const QString &text);
// For people: 86400000 → "24 h", 600000 → "10 min", 90000 → "90 s".
QString durationText(qint64 ms);

// A rule's "delay" step (README, "Notification steps"): its messages wait a duration, or until
// a time the payload names, moved by an offset:
//   {"for": "2h"}
//   {"until": "{{contract.review_due}}", "offset": "-24h", "if_past": "send"|"skip",
//    "key": "{{contract.id}}", "cancel_when": {condition}}
// A later event of the rule's sources that matches cancel_when and renders the same key
// cancels the messages still held; so does acknowledging the event.
struct DelayStep
{
    qint64 forMs = 0; // "for"; 0 with until
    std::optional<Template> until; // renders an ISO 8601 time
    qint64 offsetMs = 0;
    bool skipIfPast = false; // a release time already past: skip the messages (else: send now)
    std::optional<Template> key;
    std::optional<Condition> cancelWhen;

    struct Release
    {
        QDateTime at; // when the messages go
        bool skip = false; // the time is past and the step says skip
        QString error; // until rendered no time: the messages are stored dead with this
    };
    // When messages routed at `now` for this payload go; durations are multiplied by scale
    // (tests shorten the clock), times from the payload are not.
    Release releaseFor(const QJsonValue &body, const QJsonObject &extras, const QDateTime &now,
                       double scale) const;
    // "24 h before review_due", "2 h after the event"; for the designer's preview.
    QString describe() const;
};

// A rule's "digest" step: events matching the rule with the same key within the window make
// one message per action, sent when the window ends, with {{digest.count}} and a
// {{#digest.events}}…{{/digest.events}} section over the events' bodies.
//   {"key": "{{supplier.id}}", "window": "10m", "first": "digest"|"send"}
// "first": "send" sends the event that opens a window at once; the rest are digested.
struct DigestStep
{
    Template key;
    qint64 windowMs = 0;
    bool sendFirst = false;
};

// Quiet hours of a person or a role in the role directory: from (inclusive) to (exclusive),
// wall-clock times in the time zone; from after to spans midnight ("22:00" to "07:00").
struct QuietHours
{
    QTime from;
    QTime to;
    QTimeZone zone = QTimeZone::utc();

    // The end of the quiet period `at` falls in (UTC), or invalid when it is outside one.
    QDateTime endAt(const QDateTime &at) const;
    QString text() const; // "22:00–07:00 Europe/Berlin"
};

// where: the words before the place ("workspace w.json, role 2 ('legal'), person 1").
Result<QuietHours> parseQuietHours(const QJsonValue &quietHours, const QJsonValue &timeZone,
                                   const QString &where);
// at: the rule's place; errors name the step as the field ("delay", "digest") and the key in
// it.
Result<DelayStep> parseDelayStep(const QJsonValue &json, const ErrorPlace &at);
Result<DigestStep> parseDigestStep(const QJsonValue &json, const ErrorPlace &at);

} // namespace OtBridge
