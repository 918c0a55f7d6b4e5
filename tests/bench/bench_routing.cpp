// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/template.h"
#include "config/workspace.h"
#include "rules/actionrenderer.h"
#include "rules/router.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace OtBridge;

namespace {

// resources/samples/01-contract-ready.json, read at run time so the figures follow the sample.
const QByteArray &sampleBody()
{
    static const QByteArray body = [] {
        QFile file(QStringLiteral(OTBRIDGE_SAMPLE_EVENT));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", OTBRIDGE_SAMPLE_EVENT);
            std::exit(1);
        }
        return file.readAll();
    }();
    return body;
}

// The default workspace as the daemon loads it (resources/workspace/default.json).
const Workspace &workspace()
{
    static const Workspace loaded = [] {
        auto result = Workspace::load(QStringLiteral(OTBRIDGE_DEFAULT_WORKSPACE));
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error()));
            std::exit(1);
        }
        return std::move(result).value();
    }();
    return loaded;
}

const Rule &contractReview()
{
    for (const Rule &rule : workspace().rules()) {
        if (rule.name == QLatin1String("contract-review"))
            return rule;
    }
    std::fprintf(stderr, "the default workspace has no rule contract-review\n");
    std::exit(1);
}

Event sampleEvent()
{
    Event event;
    event.id = QUuid::fromString(QStringLiteral("0193c2a4-7f1e-7b2c-9a40-2f0e8c6d1a55"));
    event.source = QStringLiteral("contract-review");
    event.receivedAt
        = QDateTime::fromString(QStringLiteral("2026-11-20T09:14:05.123Z"), Qt::ISODateWithMs);
    event.body = sampleBody();
    event.contentType = "application/json";
    return event;
}

// Routing the use case 1 webhook through the default workspace, as the dispatcher does for
// every stored event: both contract rules match, contract-review renders its email. Argument 0:
// routed after the review's reminder time (the reminder rule's delay skips, as the pipeline of
// tests/bench/instructions-per-event.sh does today); 1: routed when it arrives, so the reminder
// is rendered as well and held until its time.
void BM_RouteEvent(benchmark::State &state)
{
    const Event event = sampleEvent();
    const QDateTime now = state.range(0)
        ? event.receivedAt.addSecs(2)
        : QDateTime::fromString(QStringLiteral("2026-12-07T12:00:00Z"), Qt::ISODate);
    const RoutingContext context;
    qsizetype deliveries = 0;
    for (auto _ : state) {
        const RoutedEvent routed = routeEvent(workspace(), event, context, now);
        deliveries = routed.deliveries.size();
        benchmark::DoNotOptimize(deliveries);
    }
    state.counters["deliveries"] = double(deliveries);
}
BENCHMARK(BM_RouteEvent)->ArgName("reminder")->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// The rendering part alone: contract-review's OpenText action (recipients of the legal role,
// subject, text, HTML and sender name), with the extras built once outside the loop.
void BM_RenderAction(benchmark::State &state)
{
    const Event event = sampleEvent();
    const Rule &rule = contractReview();
    const QJsonValue body = eventBodyJson(event);
    const QJsonObject extras = renderExtras(event.id, event.source, event.receivedAt, {}, rule);
    for (auto _ : state) {
        const NewDelivery delivery = renderAction(workspace(), rule, 0, rule.actions.at(0), 0,
                                                  event.id, body, extras, event.receivedAt);
        benchmark::DoNotOptimize(delivery.request.message.text.size());
    }
}
BENCHMARK(BM_RenderAction)->Unit(benchmark::kMicrosecond);

// One template: the email text of contract-review (9 variables over 6 lines), rendered as
// renderAction renders it.
void BM_RenderTemplate(benchmark::State &state)
{
    const Event event = sampleEvent();
    const Rule &rule = contractReview();
    const RuleAction &action = rule.actions.at(0);
    const Template &text = action.fields.value(QStringLiteral("text"));
    const QJsonValue body = eventBodyJson(event);
    const QJsonObject extras = renderExtras(event.id, event.source, event.receivedAt, {}, rule);
    for (auto _ : state) {
        const auto rendered = text.render(body, action.missing, extras);
        benchmark::DoNotOptimize(rendered->text.size());
    }
}
BENCHMARK(BM_RenderTemplate)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
