// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusmetrics.h"

namespace OtBridge {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

// Label values escape backslash, quote and newline (the format's only rule for them).
QByteArray label(const QString &value)
{
    QByteArray text = value.toUtf8();
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return text;
}

void family(QByteArray &text, const char *name, const char *type, const char *help)
{
    text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

} // namespace

QByteArray prometheusText(const EngineMetrics &metrics)
{
    QByteArray text;
    const auto single
        = [&text](const char *name, const char *type, const char *help, double value) {
              family(text, name, type, help);
              text += QByteArray(name) + ' ' + number(value) + '\n';
          };
    single("otbridge_events_received_total", "counter",
           "Events received from outside and stored since the start.", double(metrics.eventsTotal));
    single("otbridge_deliveries_delivered_total", "counter",
           "Deliveries a target took since the start.", double(metrics.deliveredTotal));
    single("otbridge_delivery_failures_total", "counter",
           "Delivery attempts that failed since the start.", double(metrics.failuresTotal));
    single("otbridge_events_per_second", "gauge", "Events stored per second over the last 5 s.",
           metrics.eventsPerSecond);
    single("otbridge_deliveries_per_second", "gauge",
           "Deliveries taken per second over the last 5 s.", metrics.deliveriesPerSecond);
    single("otbridge_delivery_failures_per_second", "gauge",
           "Failed attempts per second over the last 5 s.", metrics.failuresPerSecond);
    if (metrics.hasLatency()) {
        family(text, "otbridge_delivery_latency_milliseconds", "gauge",
               "From routing to the target taking it, over the last 60 s.");
        text += "otbridge_delivery_latency_milliseconds{quantile=\"0.5\"} "
            + number(metrics.latencyP50Ms) + '\n';
        text += "otbridge_delivery_latency_milliseconds{quantile=\"0.99\"} "
            + number(metrics.latencyP99Ms) + '\n';
    }
    if (metrics.targets.isEmpty())
        return text;
    family(text, "otbridge_target_breaker_open", "gauge",
           "1 while the target's circuit breaker is open, 0.5 half-open, 0 closed.");
    for (const TargetMetrics &target : metrics.targets) {
        const double open = target.breaker == CircuitBreaker::State::Open ? 1
            : target.breaker == CircuitBreaker::State::HalfOpen           ? 0.5
                                                                          : 0;
        text += "otbridge_target_breaker_open{target=\"" + label(target.target) + "\"} "
            + number(open) + '\n';
    }
    family(text, "otbridge_target_deliveries", "gauge",
           "Deliveries of the target waiting (pending, retrying) or given up on (dead).");
    for (const TargetMetrics &target : metrics.targets) {
        for (const auto &[state, count] :
             {std::pair("pending", target.pending), std::pair("retrying", target.retrying),
              std::pair("dead", target.dead)})
            text += "otbridge_target_deliveries{target=\"" + label(target.target) + "\",state=\""
                + state + "\"} " + QByteArray::number(count) + '\n';
    }
    return text;
}

} // namespace OtBridge
