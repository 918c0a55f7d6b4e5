// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: a workspace file as an admin (or a tampered disk) could hand it over,
// loaded by Workspace::fromJson. A workspace that loads must also save and load again, and
// route the built-in sample events without harm: that walks every rule's conditions,
// templates, recipients and HTTP presets the way the router does after each commit.
#include "config/workspace.h"
#include "rules/router.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace OtBridge;

namespace {

// The seven use cases' sample webhooks, as their sources would receive them.
const QList<Event> &sampleEvents()
{
    static const QList<Event> events = [] {
        QList<Event> list;
        QFile indexFile(QStringLiteral(":/samples/index.json"));
        if (!indexFile.open(QIODevice::ReadOnly))
            qFatal("fuzz_workspace: the sample index is not in the binary");
        const QJsonArray samples
            = QJsonDocument::fromJson(indexFile.readAll()).object().value(u"samples").toArray();
        int n = 0;
        for (const QJsonValue &sample : samples) {
            QFile file(QStringLiteral(":/samples/") + sample[u"file"].toString());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("fuzz_workspace: a sample is missing");
            Event event;
            event.id = QUuid(QStringLiteral("0190a0e0-0000-7000-8000-00000000000%1").arg(++n));
            event.source = sample[u"source"].toString();
            event.receivedAt = QDateTime::fromMSecsSinceEpoch(1'795'000'000'000, Qt::UTC);
            event.body = file.readAll();
            event.contentType = "application/json";
            list.append(event);
        }
        return list;
    }();
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto loaded = Workspace::fromJson(json, QStringLiteral("fuzz.json"));
    if (!loaded) {
        if (loaded.error().isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    Workspace workspace = std::move(loaded).value();

    // What the Targets page does on save: the OpenText target written back through toJson.
    if (const OpenTextTarget *target = workspace.openTextTarget())
        workspace.setOpenTextTarget(OpenTextTarget(*target));
    const auto reloaded = Workspace::fromJson(workspace.toJson(), QStringLiteral("saved.json"));
    if (!reloaded) {
        qWarning("a loaded workspace did not load again after saving: %s",
                 qPrintable(reloaded.error()));
        __builtin_trap();
    }

    // With signed acknowledgement links (a fixed key), so rendering per recipient is fuzzed too.
    RoutingContext context;
    context.publicUrl = QUrl(QStringLiteral("https://alerts.example.com"));
    context.ackKeys.current = QByteArray(32, 'k');
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'795'000'060'000, Qt::UTC);
    for (const Event &event : sampleEvents()) {
        (void)routeEvent(workspace, event, context, now);
        for (const Rule &rule : workspace.rules()) {
            const RuleAction *escalation = rule.escalation();
            if (!escalation || !rule.isTriggeredBy(event.source))
                continue;
            for (int tier = 1; tier <= int(escalation->tiers.size()); ++tier)
                (void)renderEscalationTier(workspace, rule, tier, event, context, now);
        }
    }
    return 0;
}
