// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfilter.h"
#include "eventidkey.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace OtBridge {

class EventTableModel;

// What the console shows of an EventTableModel: the rows the filter bar's EventFilter accepts
// and, unless hidden, rejected requests. Source, state and time are judged here from the row;
// so is the text for what the row holds (source, peer, id; for a refused request also its
// reason and HTTP status). Whether a stored event's body holds the text, or whether it has a
// delivery from the rule, only the store knows: rows the store confirmed are added with
// addStoreMatches(), and until then such a filter hides a stored row it cannot judge.
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxyModel)

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);
    ~EventFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    const EventFilter &filter() const { return m_filter; }
    // Forgets the store's confirmations when what only the store can judge changed.
    void setFilter(const EventFilter &filter);
    QString filterText() const { return m_filter.text.trimmed(); }
    void setFilterText(const QString &text);
    bool showsRejected() const { return m_showRejected; }
    void setShowRejected(bool show);

    // Stored events the store said match the current filter's rule and text.
    void addStoreMatches(const QList<QUuid> &ids);
    bool isStoreMatch(const QUuid &id) const { return m_storeMatches.contains({id}); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventTableModel *m_events = nullptr;
    EventFilter m_filter;
    QString m_text; // trimmed
    QSet<EventIdKey> m_storeMatches;
    bool m_showRejected = true;
};

} // namespace OtBridge
