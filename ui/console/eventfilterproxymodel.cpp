// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

namespace OtBridge {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

EventFilterProxyModel::~EventFilterProxyModel() = default;

void EventFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

void EventFilterProxyModel::setShowRejected(bool show)
{
    if (show == m_showRejected)
        return;
    m_showRejected = show;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showRejected && index.data(EventTableModel::RejectedRole).toBool())
        return false;
    if (m_filterText.isEmpty())
        return true;
    return index.data(EventTableModel::FilterTextRole)
        .toString()
        .contains(m_filterText, Qt::CaseInsensitive);
}

} // namespace OtBridge
