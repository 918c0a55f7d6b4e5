// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace OtBridge {

// How the dispatcher treats one target (OpenText or HTTP): when to try again, when to stop
// calling it for a while, how fast to call it. Every target in the workspace may carry these
// under "delivery"; what it leaves out keeps the defaults.
//
//   "delivery": { "retry_schedule": [0, 5, 300, 1800, 7200, 18000, 36000, 36000],
//                 "breaker": { "failures": 5, "open_seconds": 30 },
//                 "rate_limit": { "per_second": 10, "burst": 20 } }
struct DeliveryPolicy
{
    // Seconds before attempt i + 1, counted from the failure of attempt i; entry 0 is the
    // first attempt's delay after routing (0: at once). Its length is the number of attempts:
    // after the last one fails, the delivery is dead. Svix's schedule by default.
    QList<int> retrySchedule = defaultRetrySchedule();
    int breakerFailures = 5; // consecutive failures that open the breaker; 0: no breaker
    int breakerOpenSeconds = 30; // how long it stays open before one trial call
    double ratePerSecond = 0; // 0: no limit
    int rateBurst = 10;

    // 0, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. Defined once in the .cpp: an inline
    // initializer list here made GCC 12 at -O2 warn (maybe-uninitialized) in every includer.
    static QList<int> defaultRetrySchedule();

    int maxAttempts() const { return int(retrySchedule.size()); }
    // When attempt number attemptsMade + 1 is due after attempt attemptsMade failed at
    // failedAt, or nullopt when attemptsMade was the last. retryAfterSeconds (from a 429 or
    // 503) wins when it is later than the schedule.
    std::optional<QDateTime> nextAttempt(int attemptsMade, const QDateTime &failedAt,
                                         std::optional<int> retryAfterSeconds = {}) const;

    // The schedule as people write it: "0, 5s, 5m, 30m, 2h" (whole seconds, minutes, hours or
    // days; a bare number is seconds). parseRetrySchedule reads it back, with words for what
    // is wrong ("entry 3, '5x', is not …").
    static QString retryScheduleText(const QList<int> &schedule);
    static Result<QList<int>> parseRetrySchedule(const QString &text);

    QJsonObject toJson() const; // only what differs from the defaults
    // json: the target's "delivery" object (absent or null: the defaults). where names the
    // target ("workspace w.json, target 'slack'"); errors read "<where>, delivery: …".
    static Result<DeliveryPolicy> fromJson(const QJsonValue &json, const QString &where);
};

} // namespace OtBridge
