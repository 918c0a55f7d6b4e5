// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: a mapping template compiled and rendered. The first input byte picks the
// escaping and the missing-value policy; the rest is the template's source, up to an optional
// NUL, after which comes the event (JSON) to render it against instead of the built-in sample,
// so that both an admin's template and an attacker's payload are explored.
#include "config/template.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using OtBridge::Template;

namespace {

constexpr char sampleEvent[] = R"json({
  "event": "contract.ready_for_review",
  "contract": {"id": "C-1042", "title": "Master services <agreement> & \"terms\"",
               "value": 125000, "ratio": 0.25, "signed": false, "owner": null,
               "parties": [{"name": "Acme", "roles": ["legal", "finance"]}, {"name": "Beta"}],
               "tags": ["a", "b", "c"], "empty": [], "blank": ""},
  "items": [1, 2.5, "three", true, null, {"x": {"y": "deep"}}, [[1], [2]]]
})json";

const QJsonObject &sample()
{
    static const QJsonObject object = QJsonDocument::fromJson(sampleEvent).object();
    return object;
}

const QJsonObject &extra()
{
    static const QJsonObject object {
        {QStringLiteral("event.id"), QStringLiteral("0190a0e0-0000-7000-8000-000000000000")},
        {QStringLiteral("role"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("legal")},
                      {QStringLiteral("people"), QJsonArray {QStringLiteral("a@example.com")}}}},
    };
    return object;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto escape = static_cast<Template::Escape>(data[0] & 3);
    const auto policy
        = data[0] & 4 ? Template::MissingPolicy::Fail : Template::MissingPolicy::Empty;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype nul = input.indexOf('\0');
    const QString source = QString::fromUtf8(nul < 0 ? input : input.first(nul));
    QJsonValue event = sample();
    if (nul >= 0) {
        const QJsonDocument document = QJsonDocument::fromJson(input.sliced(nul + 1).toByteArray());
        event = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    const auto compiled = Template::compile(source, escape, QStringLiteral("fuzz"));
    if (!compiled) {
        if (compiled.error().isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    (void)compiled->variables();
    const auto rendered = compiled->render(event, policy, extra());
    if (rendered && rendered->text.toUtf8().size() > Template::maxOutputBytes)
        __builtin_trap(); // the output limit was not kept
    if (escape == Template::Escape::JsonString)
        (void)compiled->renderJson(event, policy, extra());
    return 0;
}
