// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/condition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace OtBridge;

namespace {

constexpr int ruleCount = 1000;

const QDateTime &now()
{
    static const QDateTime time
        = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00Z"), Qt::ISODate);
    return time;
}

// resources/samples/04-approval-overdue.json, read at run time so the figures follow the sample.
const QJsonValue &event()
{
    static const QJsonValue value = [] {
        QFile file(QStringLiteral(OTBRIDGE_SAMPLE_EVENT));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", OTBRIDGE_SAMPLE_EVENT);
            std::exit(1);
        }
        return QJsonValue(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return value;
}

QJsonObject leaf(const char *path, const char *op, const QJsonValue &value)
{
    QJsonObject object {{QStringLiteral("path"), QLatin1String(path)},
                        {QStringLiteral("op"), QLatin1String(op)}};
    if (!value.isUndefined())
        object.insert(QStringLiteral("value"), value);
    return object;
}

// A rule as the designer writes them: an event type first, then a regular expression, a time
// comparison and up to three more leaves, one group nested. 3 to 6 leaves. The rules are spread
// evenly over eventTypes event types, one of which is the sample's.
QJsonValue rule(int i, int eventTypes)
{
    static const char *const types[] = {
        "approval.overdue",  "contract.ready", "opentext.delivery.failed",  "document.updated",
        "content.published", "case.updated",   "supplier.document.expired",
    };
    QJsonArray all;
    const int type = i % eventTypes;
    if (i % 2)
        all.append(leaf("/event", "eq", QLatin1String(types[type])));
    else
        all.append(leaf("/event", "in",
                        QJsonArray {QLatin1String(types[type]), QStringLiteral("x.%1").arg(i)}));
    all.append(leaf("/approval/subject", "matches",
                    QStringLiteral("(?:PO|INV)-\\d{%1}\\b|order %2").arg(4 + i % 3).arg(i)));
    if (i % 3)
        all.append(leaf("/approval/due_at", "before_now", QStringLiteral("%1h").arg(i % 30)));
    else
        all.append(leaf("/approval/due_at", "lt",
                        QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate)
                            .addSecs(qint64(i) * 3600)
                            .toString(Qt::ISODate)));
    if (i % 4 >= 1)
        all.append(
            QJsonObject {{QStringLiteral("any"),
                          QJsonArray {leaf("/approval/approver/email", "ends_with",
                                           QStringLiteral("@example.com")),
                                      leaf("/acknowledge_within_minutes", "lte", 30 + i % 60)}}});
    if (i % 4 >= 2)
        all.append(leaf("/approval/approver/manager/email", "exists", QJsonValue::Undefined));
    if (i % 4 >= 3)
        all.append(QJsonObject {{QStringLiteral("not"),
                                 leaf("/approval/id", "in",
                                      QJsonArray {QStringLiteral("APR-%1").arg(i),
                                                  QStringLiteral("APR-%1").arg(i + 1)})}});
    return QJsonObject {{QStringLiteral("all"), all}};
}

QList<QJsonValue> ruleJson(int eventTypes)
{
    QList<QJsonValue> rules;
    for (int i = 0; i < ruleCount; ++i)
        rules.append(rule(i, eventTypes));
    return rules;
}

QList<Condition> compiled(int eventTypes)
{
    QList<Condition> conditions;
    const QList<QJsonValue> rules = ruleJson(eventTypes);
    for (int i = 0; i < rules.size(); ++i) {
        auto condition = Condition::compile(rules.at(i), QStringLiteral("rule %1").arg(i));
        if (!condition) {
            std::fprintf(stderr, "%s\n", qPrintable(condition.error()));
            std::exit(1);
        }
        conditions.append(std::move(condition).value());
    }
    return conditions;
}

// One event against all 1,000 rules, as the router does after each commit. Argument: how many
// event types the rules are spread over (7: one rule in seven is for this event, as in the
// default workspace; 1: every rule is, and goes past its first leaf).
void BM_MatchEvent(benchmark::State &state)
{
    const QList<Condition> conditions = compiled(int(state.range(0)));
    const QJsonValue &body = event();
    int matched = 0;
    for (auto _ : state) {
        matched = 0;
        for (const Condition &condition : conditions)
            matched += condition.matches(body, now());
        benchmark::DoNotOptimize(matched);
    }
    state.counters["rules_matched"] = matched;
    state.counters["rules"]
        = benchmark::Counter(double(state.iterations()) * ruleCount, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MatchEvent)->ArgName("event_types")->Arg(7)->Arg(1)->Unit(benchmark::kMicrosecond);

// The designer's preview: every leaf of every rule, no short-circuit. The upper bound.
void BM_ExplainEvent(benchmark::State &state)
{
    const QList<Condition> conditions = compiled(1);
    const QJsonValue &body = event();
    qsizetype leaves = 0;
    for (auto _ : state) {
        leaves = 0;
        for (const Condition &condition : conditions)
            leaves += condition.explain(body, now()).size();
        benchmark::DoNotOptimize(leaves);
    }
    state.counters["leaves"] = double(leaves);
}
BENCHMARK(BM_ExplainEvent)->Unit(benchmark::kMicrosecond);

// Compiling 1,000 rules from parsed JSON, as loading a workspace does (regex JIT included).
void BM_Compile(benchmark::State &state)
{
    const QList<QJsonValue> rules = ruleJson(7);
    const QString where = QStringLiteral("rule");
    for (auto _ : state) {
        int compiledOk = 0;
        for (const QJsonValue &json : rules)
            compiledOk += Condition::compile(json, where).ok();
        benchmark::DoNotOptimize(compiledOk);
    }
}
BENCHMARK(BM_Compile)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
