// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadsummary.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace OtBridge {

qint64 nearestRankPercentile(const QList<qint64> &sorted, double percent)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

void LoadSummary::setLatencies(QList<qint64> latenciesUs)
{
    std::sort(latenciesUs.begin(), latenciesUs.end());
    p50Ms = double(nearestRankPercentile(latenciesUs, 50)) / 1000.0;
    p90Ms = double(nearestRankPercentile(latenciesUs, 90)) / 1000.0;
    p99Ms = double(nearestRankPercentile(latenciesUs, 99)) / 1000.0;
    maxMs = latenciesUs.isEmpty() ? 0 : double(latenciesUs.last()) / 1000.0;
}

double LoadSummary::requestsPerSecond() const
{
    return elapsedMs > 0 ? double(completed + failed) * 1000.0 / elapsedMs : 0;
}

QString LoadSummary::statusText() const
{
    QList<QPair<int, int>> counts; // count, status
    for (auto it = statusCounts.begin(); it != statusCounts.end(); ++it)
        counts.append({it.value(), it.key()});
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[count, status] : counts)
        parts.append(QObject::tr("%1 × %2").arg(count).arg(status));
    if (failed > 0)
        parts.append(QObject::tr("%n failed", nullptr, failed));
    return parts.join(QLatin1String(", "));
}

QJsonObject LoadSummary::toJson() const
{
    QJsonObject statuses;
    for (auto it = statusCounts.begin(); it != statusCounts.end(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonObject errors;
    for (auto it = errorCounts.begin(); it != errorCounts.end(); ++it)
        errors.insert(it.key(), it.value());
    return {{QStringLiteral("planned"), planned},     {QStringLiteral("completed"), completed},
            {QStringLiteral("failed"), failed},       {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("statuses"), statuses},   {QStringLiteral("errors"), errors},
            {QStringLiteral("p50_ms"), p50Ms},        {QStringLiteral("p90_ms"), p90Ms},
            {QStringLiteral("p99_ms"), p99Ms},        {QStringLiteral("max_ms"), maxMs},
            {QStringLiteral("elapsed_ms"), elapsedMs}};
}

LoadSummary LoadSummary::fromJson(const QJsonObject &json)
{
    LoadSummary summary;
    summary.planned = json.value(QLatin1String("planned")).toInt();
    summary.completed = json.value(QLatin1String("completed")).toInt();
    summary.failed = json.value(QLatin1String("failed")).toInt();
    summary.cancelled = json.value(QLatin1String("cancelled")).toBool();
    const QJsonObject statuses = json.value(QLatin1String("statuses")).toObject();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        summary.statusCounts.insert(it.key().toInt(), it.value().toInt());
    const QJsonObject errors = json.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        summary.errorCounts.insert(it.key(), it.value().toInt());
    summary.p50Ms = json.value(QLatin1String("p50_ms")).toDouble();
    summary.p90Ms = json.value(QLatin1String("p90_ms")).toDouble();
    summary.p99Ms = json.value(QLatin1String("p99_ms")).toDouble();
    summary.maxMs = json.value(QLatin1String("max_ms")).toDouble();
    summary.elapsedMs = json.value(QLatin1String("elapsed_ms")).toDouble();
    return summary;
}

} // namespace OtBridge
