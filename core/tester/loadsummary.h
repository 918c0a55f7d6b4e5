// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace OtBridge {

// What a burst of requests came to: how many got which status, how long they took, what failed
// on the way. A value snapshot the load runner hands over when it is done.
struct LoadSummary
{
    int planned = 0; // requests the run was asked to send
    int completed = 0; // answered with any HTTP status
    int failed = 0; // no HTTP answer: refused, reset, timed out
    bool cancelled = false;
    QMap<int, int> statusCounts; // HTTP status -> requests
    QMap<QString, int> errorCounts; // network error in words -> requests
    // Latency of answered requests in milliseconds, by nearest rank; 0 when none answered.
    double p50Ms = 0;
    double p90Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double elapsedMs = 0; // first send to last answer

    // Fills the percentiles from every answered request's latency (in microseconds).
    void setLatencies(QList<qint64> latenciesUs);
    double requestsPerSecond() const;
    // "20 × 202, 1 × 401" (the most frequent status first), and "3 failed" when some did.
    QString statusText() const;

    QJsonObject toJson() const;
    static LoadSummary fromJson(const QJsonObject &json);
};

// The nearest-rank percentile (0 < percent <= 100) of sorted values; 0 when there are none.
qint64 nearestRankPercentile(const QList<qint64> &sorted, double percent);

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::LoadSummary)
