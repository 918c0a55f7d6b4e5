// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

namespace OtBridge {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

EventFilterProxyModel::~EventFilterProxyModel() = default;

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_events = qobject_cast<EventTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterProxyModel::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    if (filter.rule != m_filter.rule || filter.text.trimmed() != m_filter.text.trimmed())
        m_storeMatches.clear();
    m_filter = filter;
    m_text = filter.text.trimmed();
    invalidateFilter();
}

void EventFilterProxyModel::setFilterText(const QString &text)
{
    EventFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void EventFilterProxyModel::setShowRejected(bool show)
{
    if (show == m_showRejected)
        return;
    m_showRejected = show;
    invalidateFilter();
}

void EventFilterProxyModel::addStoreMatches(const QList<QUuid> &ids)
{
    QList<QUuid> added;
    for (const QUuid &id : ids) {
        if (!m_storeMatches.contains({id})) {
            m_storeMatches.insert({id});
            added.append(id);
        }
    }
    // Rows already shown are judged again; rows still to come are judged as they arrive.
    if (m_events && !added.isEmpty() && m_filter.needsStore())
        m_events->touchRows(added);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_events)
        return false;
    const EventSummary &row = m_events->summary(sourceRow);
    if (row.rejected && !m_showRejected)
        return false;
    if (!m_filter.sources.isEmpty() && !m_filter.sources.contains(row.source))
        return false;
    if (!m_filter.showsSource(row.source))
        return false;
    if (m_filter.from.isValid() && row.receivedAt < m_filter.from)
        return false;
    if (m_filter.to.isValid() && row.receivedAt >= m_filter.to)
        return false;
    if (!m_filter.states.isEmpty()) {
        const QString state = row.rejected ? QStringLiteral("rejected")
            : row.duplicate                ? QStringLiteral("duplicate")
                                           : row.state;
        if (!m_filter.states.contains(state))
            return false;
    }
    const auto contains = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    const bool stored = !row.rejected && !row.duplicate && !row.id.isNull();
    if (!stored) {
        // Never routed: a refusal has no deliveries, a duplicate's belong to the first event.
        if (!m_filter.rule.isEmpty())
            return false;
        return m_text.isEmpty()
            || m_events->index(sourceRow, 0)
                   .data(EventTableModel::FilterTextRole)
                   .toString()
                   .contains(m_text, Qt::CaseInsensitive);
    }
    if (m_storeMatches.contains({row.id}))
        return true;
    if (!m_filter.rule.isEmpty())
        return false;
    return m_text.isEmpty() || contains(row.source) || contains(row.peer)
        || contains(row.id.toString(QUuid::WithoutBraces));
}

} // namespace OtBridge
