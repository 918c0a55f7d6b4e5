// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverypolicy.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

#include <cmath>

namespace OtBridge {

namespace {

constexpr int maxScheduleLength = 50;
// A longer pause is a delivery nobody waits for any more; it also keeps the sums in an int.
constexpr int maxScheduleSeconds = 30 * 24 * 3600;
constexpr int maxBreakerFailures = 1000;
constexpr int maxOpenSeconds = 86400;
constexpr int maxBurst = 1000000;

// A JSON number that is a whole number from low to high.
std::optional<int> wholeNumber(const QJsonValue &value, int low, int high)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < low || number > high)
        return std::nullopt;
    return int(number);
}

QString unknownKey(const QString &where, const QString &key, const QString &expected)
{
    return QObject::tr("%1: unknown key \"%2\"; the known keys are %3").arg(where, key, expected);
}

} // namespace

QList<int> DeliveryPolicy::defaultRetrySchedule()
{
    static const QList<int> schedule {0, 5, 300, 1800, 7200, 18000, 36000, 36000};
    return schedule;
}

std::optional<QDateTime> DeliveryPolicy::nextAttempt(int attemptsMade, const QDateTime &failedAt,
                                                     std::optional<int> retryAfterSeconds) const
{
    if (attemptsMade >= maxAttempts())
        return std::nullopt;
    int delay = retrySchedule.at(qMax(0, attemptsMade));
    if (retryAfterSeconds && *retryAfterSeconds > delay)
        delay = *retryAfterSeconds;
    return failedAt.addSecs(delay);
}

QString DeliveryPolicy::retryScheduleText(const QList<int> &schedule)
{
    QStringList parts;
    for (const int seconds : schedule) {
        if (seconds != 0 && seconds % 86400 == 0)
            parts.append(QStringLiteral("%1d").arg(seconds / 86400));
        else if (seconds != 0 && seconds % 3600 == 0)
            parts.append(QStringLiteral("%1h").arg(seconds / 3600));
        else if (seconds != 0 && seconds % 60 == 0)
            parts.append(QStringLiteral("%1m").arg(seconds / 60));
        else
            parts.append(QStringLiteral("%1s").arg(seconds));
    }
    return parts.join(QLatin1String(", "));
}

Result<QList<int>> DeliveryPolicy::parseRetrySchedule(const QString &text)
{
    using R = Result<QList<int>>;
    static const QRegularExpression entryPattern(QStringLiteral("^(\\d{1,9})\\s*([smhd]?)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QStringList entries = text.split(
        QRegularExpression(QStringLiteral("[,;\\s]+(?=\\d)|[,;]")), Qt::SkipEmptyParts);
    QList<int> schedule;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).trimmed();
        if (entry.isEmpty())
            continue;
        const QRegularExpressionMatch match = entryPattern.match(entry);
        if (!match.hasMatch())
            return R::failure(QObject::tr("entry %1, '%2', is not a wait such as 30s, 5m, 2h or "
                                          "1d")
                                  .arg(i + 1)
                                  .arg(entry));
        const QString suffix = match.captured(2).toLower();
        qint64 unit = 1;
        if (suffix == QLatin1String("m"))
            unit = 60;
        else if (suffix == QLatin1String("h"))
            unit = 3600;
        else if (suffix == QLatin1String("d"))
            unit = 86400;
        const qint64 seconds = match.captured(1).toLongLong() * unit;
        if (seconds > maxScheduleSeconds)
            return R::failure(
                QObject::tr("entry %1, '%2', waits longer than 30 days").arg(i + 1).arg(entry));
        schedule.append(int(seconds));
    }
    if (schedule.isEmpty())
        return R::failure(QObject::tr("give at least one attempt, such as 0 (at once)"));
    if (schedule.size() > maxScheduleLength)
        return R::failure(
            QObject::tr("at most %1 attempts, not %2").arg(maxScheduleLength).arg(schedule.size()));
    return schedule;
}

QJsonObject DeliveryPolicy::toJson() const
{
    const DeliveryPolicy defaults;
    QJsonObject json;
    if (retrySchedule != defaultRetrySchedule()) {
        QJsonArray schedule;
        for (const int seconds : retrySchedule)
            schedule.append(seconds);
        json.insert(QStringLiteral("retry_schedule"), schedule);
    }
    QJsonObject breaker;
    if (breakerFailures != defaults.breakerFailures)
        breaker.insert(QStringLiteral("failures"), breakerFailures);
    if (breakerOpenSeconds != defaults.breakerOpenSeconds)
        breaker.insert(QStringLiteral("open_seconds"), breakerOpenSeconds);
    if (!breaker.isEmpty())
        json.insert(QStringLiteral("breaker"), breaker);
    QJsonObject rate;
    if (ratePerSecond != defaults.ratePerSecond)
        rate.insert(QStringLiteral("per_second"), ratePerSecond);
    if (rateBurst != defaults.rateBurst)
        rate.insert(QStringLiteral("burst"), rateBurst);
    if (!rate.isEmpty())
        json.insert(QStringLiteral("rate_limit"), rate);
    return json;
}

Result<DeliveryPolicy> DeliveryPolicy::fromJson(const QJsonValue &json, const QString &where)
{
    using R = Result<DeliveryPolicy>;
    DeliveryPolicy policy;
    if (json.isUndefined() || json.isNull())
        return policy;
    const QString place = QObject::tr("%1, delivery").arg(where);
    if (!json.isObject())
        return R::failure(QObject::tr("%1: must be an object with retry_schedule, breaker or "
                                      "rate_limit")
                              .arg(place));
    const QJsonObject object = json.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("retry_schedule") && it.key() != QLatin1String("breaker")
            && it.key() != QLatin1String("rate_limit"))
            return R::failure(
                unknownKey(place, it.key(), QStringLiteral("retry_schedule, breaker, rate_limit")));
    }

    if (const QJsonValue schedule = object.value(QLatin1String("retry_schedule"));
        !schedule.isUndefined()) {
        const QJsonArray entries = schedule.toArray();
        const QString shape = QObject::tr("%1: \"retry_schedule\" must be an array of 1 to %2 "
                                          "non-negative numbers of seconds")
                                  .arg(place)
                                  .arg(maxScheduleLength);
        if (!schedule.isArray() || entries.isEmpty() || entries.size() > maxScheduleLength)
            return R::failure(shape);
        policy.retrySchedule.clear();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonValue entry = entries.at(i);
            if (!entry.isDouble() || !std::isfinite(entry.toDouble()) || entry.toDouble() < 0
                || entry.toDouble() != std::floor(entry.toDouble()))
                return R::failure(shape);
            if (entry.toDouble() > maxScheduleSeconds)
                return R::failure(QObject::tr("%1: \"retry_schedule\" entry %2 waits %3 seconds; "
                                              "at most %4 (30 days)")
                                      .arg(place)
                                      .arg(i + 1)
                                      .arg(entry.toDouble(), 0, 'f', 0)
                                      .arg(maxScheduleSeconds));
            policy.retrySchedule.append(int(entry.toDouble()));
        }
    }

    if (const QJsonValue breaker = object.value(QLatin1String("breaker")); !breaker.isUndefined()) {
        const QString breakerPlace = QObject::tr("%1: \"breaker\"").arg(place);
        if (!breaker.isObject())
            return R::failure(QObject::tr("%1 must be an object with failures and open_seconds")
                                  .arg(breakerPlace));
        const QJsonObject fields = breaker.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (it.key() != QLatin1String("failures") && it.key() != QLatin1String("open_seconds"))
                return R::failure(
                    unknownKey(breakerPlace, it.key(), QStringLiteral("failures, open_seconds")));
        }
        if (const QJsonValue value = fields.value(QLatin1String("failures"));
            !value.isUndefined()) {
            const std::optional<int> failures = wholeNumber(value, 0, maxBreakerFailures);
            if (!failures)
                return R::failure(QObject::tr("%1: \"failures\" must be a whole number from 0 "
                                              "(no breaker) to %2")
                                      .arg(breakerPlace)
                                      .arg(maxBreakerFailures));
            policy.breakerFailures = *failures;
        }
        if (const QJsonValue value = fields.value(QLatin1String("open_seconds"));
            !value.isUndefined()) {
            const std::optional<int> seconds = wholeNumber(value, 1, maxOpenSeconds);
            if (!seconds)
                return R::failure(QObject::tr("%1: \"open_seconds\" must be a whole number from 1 "
                                              "to %2")
                                      .arg(breakerPlace)
                                      .arg(maxOpenSeconds));
            policy.breakerOpenSeconds = *seconds;
        }
    }

    if (const QJsonValue rate = object.value(QLatin1String("rate_limit")); !rate.isUndefined()) {
        const QString ratePlace = QObject::tr("%1: \"rate_limit\"").arg(place);
        if (!rate.isObject())
            return R::failure(
                QObject::tr("%1 must be an object with per_second and burst").arg(ratePlace));
        const QJsonObject fields = rate.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (it.key() != QLatin1String("per_second") && it.key() != QLatin1String("burst"))
                return R::failure(
                    unknownKey(ratePlace, it.key(), QStringLiteral("per_second, burst")));
        }
        if (const QJsonValue value = fields.value(QLatin1String("per_second"));
            !value.isUndefined()) {
            if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
                return R::failure(QObject::tr("%1: \"per_second\" must be a number of calls a "
                                              "second, 0 (no limit) or more")
                                      .arg(ratePlace));
            policy.ratePerSecond = value.toDouble();
        }
        if (const QJsonValue value = fields.value(QLatin1String("burst")); !value.isUndefined()) {
            const std::optional<int> burst = wholeNumber(value, 1, maxBurst);
            if (!burst)
                return R::failure(QObject::tr("%1: \"burst\" must be a whole number from 1 to %2")
                                      .arg(ratePlace)
                                      .arg(maxBurst));
            policy.rateBurst = *burst;
        }
    }
    return policy;
}

} // namespace OtBridge
