// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilter.h"

#include "config/rule.h"
#include "engine/engine.h"
#include "eventtablemodel.h"

namespace OtBridge {

QStringList EventFilter::storedStates()
{
    return {QStringLiteral("received"), QStringLiteral("routed"), QStringLiteral("delivered"),
            QStringLiteral("failed"), QStringLiteral("acknowledged")};
}

bool EventFilter::isEmpty() const
{
    return sources.isEmpty() && states.isEmpty() && rule.isEmpty() && text.trimmed().isEmpty()
        && !from.isValid() && !to.isValid();
}

bool EventFilter::showsSource(const QString &source) const
{
    return showInternal || sources.contains(source) || !EventTableModel::isInternalSource(source);
}

bool EventFilter::matchesStoredEvents() const
{
    if (states.isEmpty())
        return true;
    const QStringList stored = storedStates();
    for (const QString &state : states) {
        if (stored.contains(state))
            return true;
    }
    return false;
}

EventQuery EventFilter::toQuery(int limit) const
{
    EventQuery query;
    query.sources = sources;
    if (!showInternal) {
        for (const QString &source :
             QStringList {Engine::statusSourceName()} + InternalEvent::all()) {
            if (!sources.contains(source))
                query.excludeSources.append(source);
        }
    }
    const QStringList stored = storedStates();
    for (const QString &state : states) {
        if (stored.contains(state))
            query.states.append(state);
    }
    query.rule = rule;
    query.text = text.trimmed();
    query.from = from;
    query.to = to;
    query.limit = limit;
    return query;
}

bool EventFilter::operator==(const EventFilter &other) const
{
    return sources == other.sources && states == other.states && rule == other.rule
        && text.trimmed() == other.text.trimmed() && from == other.from && to == other.to
        && showInternal == other.showInternal;
}

} // namespace OtBridge
