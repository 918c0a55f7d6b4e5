// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentextsandbox.h"

#include <QStringList>

#include <cmath>

namespace OtBridge {

namespace {

using Check = Result<void>;

constexpr int maxLatencyMs = 600'000;
constexpr int maxCount = 1'000'000;
constexpr int maxTokenLifetimeSeconds = 7 * 24 * 3600;

// Statuses a gateway in front of the API could answer with (each has its reason phrase in
// GuardedTcpServer's replies).
const QList<int> &injectableStatuses()
{
    static const QList<int> statuses
        = {400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412,
           413, 414, 415, 416, 417, 422, 423, 424, 426, 428, 429, 431, 451,
           500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511};
    return statuses;
}

Check readRate(const QJsonValue &value, const QString &name, double *out)
{
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
        return Check::failure(QStringLiteral("%1 must be a number from 0 to 1").arg(name));
    *out = value.toDouble();
    return {};
}

Check readInt(const QJsonValue &value, const QString &name, int lowest, int highest, int *out)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < lowest || number > highest)
        return Check::failure(QStringLiteral("%1 must be a whole number from %2 to %3")
                                  .arg(name)
                                  .arg(lowest)
                                  .arg(highest));
    *out = int(number);
    return {};
}

Check readStatus(const QJsonValue &value, const QString &name, int *out)
{
    int status = 0;
    if (!readInt(value, name, 400, 599, &status) || !injectableStatuses().contains(status)) {
        QStringList allowed;
        for (int known : injectableStatuses())
            allowed.append(QString::number(known));
        return Check::failure(QStringLiteral("%1 must be an HTTP error status, one of %2")
                                  .arg(name, allowed.join(u", ")));
    }
    *out = status;
    return {};
}

} // namespace

QJsonObject SandboxFaults::toJson() const
{
    return {{QStringLiteral("error_rate"), errorRate},
            {QStringLiteral("error_status"), errorStatus},
            {QStringLiteral("rate_limit_rate"), rateLimitRate},
            {QStringLiteral("retry_after_seconds"), retryAfterSeconds},
            {QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("drop_rate"), dropRate},
            {QStringLiteral("fail_next"), failNext},
            {QStringLiteral("rate_limit_next"), rateLimitNext},
            {QStringLiteral("drop_next"), dropNext},
            {QStringLiteral("expire_tokens_next"), expireTokensNext},
            {QStringLiteral("omit_job_id_next"), omitJobIdNext},
            {QStringLiteral("token_lifetime_seconds"), tokenLifetimeSeconds},
            {QStringLiteral("send_expires_in"), sendExpiresIn}};
}

Result<void> SandboxFaults::merge(const QJsonObject &json)
{
    SandboxFaults merged = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue value = it.value();
        Check check;
        if (name == QLatin1String("error_rate"))
            check = readRate(value, name, &merged.errorRate);
        else if (name == QLatin1String("error_status"))
            check = readStatus(value, name, &merged.errorStatus);
        else if (name == QLatin1String("rate_limit_rate"))
            check = readRate(value, name, &merged.rateLimitRate);
        else if (name == QLatin1String("retry_after_seconds"))
            check = readInt(value, name, 0, 86'400, &merged.retryAfterSeconds);
        else if (name == QLatin1String("latency_ms"))
            check = readInt(value, name, 0, maxLatencyMs, &merged.latencyMs);
        else if (name == QLatin1String("drop_rate"))
            check = readRate(value, name, &merged.dropRate);
        else if (name == QLatin1String("fail_next"))
            check = readInt(value, name, 0, maxCount, &merged.failNext);
        else if (name == QLatin1String("rate_limit_next"))
            check = readInt(value, name, 0, maxCount, &merged.rateLimitNext);
        else if (name == QLatin1String("drop_next"))
            check = readInt(value, name, 0, maxCount, &merged.dropNext);
        else if (name == QLatin1String("expire_tokens_next"))
            check = readInt(value, name, 0, maxCount, &merged.expireTokensNext);
        else if (name == QLatin1String("omit_job_id_next"))
            check = readInt(value, name, 0, maxCount, &merged.omitJobIdNext);
        else if (name == QLatin1String("token_lifetime_seconds"))
            check = readInt(value, name, 1, maxTokenLifetimeSeconds, &merged.tokenLifetimeSeconds);
        else if (name == QLatin1String("send_expires_in")) {
            if (!value.isBool())
                check = Check::failure(QStringLiteral("send_expires_in must be true or false"));
            else
                merged.sendExpiresIn = value.toBool();
        } else {
            check = Check::failure(QStringLiteral("unknown fault '%1'; known are %2")
                                       .arg(name, QStringList(toJson().keys()).join(u", ")));
        }
        if (!check)
            return check;
    }
    *this = merged;
    return {};
}

} // namespace OtBridge
