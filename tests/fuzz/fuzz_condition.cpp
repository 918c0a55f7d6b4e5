// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: a rule condition as a workspace file would hold it, compiled and evaluated
// against a fixed event. The input is the condition's JSON text; the event covers every JSON
// type, pointer escapes and ISO times, so that each operator has something to bite on.
#include "config/condition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

constexpr char sampleEvent[] = R"json({
  "event": "approval.overdue",
  "occurred_at": "2026-11-20T12:00:00Z",
  "approval": {
    "id": "APR-3391",
    "subject": "Purchase order PO-88120 (EUR 18,400)",
    "due_at": "2026-11-19T17:00:00+01:00",
    "amount": 18400.5,
    "approved": false,
    "approver": {"name": "Marcus Lee", "email": "marcus.lee@example.com", "manager": null},
    "tags": ["finance", "urgent", 3, true, null, {"k": "v"}, [1, 2]]
  },
  "a/b": {"m~n": "escaped keys"},
  "": {"": "empty keys"},
  "count": 3,
  "items": [{"sku": "X-1", "qty": 2}, {"sku": "Y-2", "qty": 0}]
})json";

const QJsonDocument &event()
{
    static const QJsonDocument document = QJsonDocument::fromJson(sampleEvent);
    return document;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument condition = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (condition.isNull())
        return 0;
    const QJsonValue json
        = condition.isObject() ? QJsonValue(condition.object()) : QJsonValue(condition.array());
    const auto compiled = OtBridge::Condition::compile(json, QStringLiteral("fuzz condition"));
    if (!compiled) {
        // A refusal must say why.
        if (compiled.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'795'000'000'000, Qt::UTC);
    const bool matched = compiled->matches(event(), now);
    if (compiled->matches(event().object(), now) != matched)
        __builtin_trap(); // the two overloads disagree
    (void)compiled->explain(event().object(), now);
    // Pointers from the input itself, the way the router resolves within_minutes_from.
    if (condition.isObject()) {
        const QJsonValue path = condition.object().value(QLatin1String("path"));
        if (path.isString())
            (void)OtBridge::valueAtPointer(event().object(), path.toString());
    }
    return 0;
}
