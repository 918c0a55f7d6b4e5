// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace OtBridge {

// What the console shows of an EventTableModel: rows containing the filter text (in any field,
// case-insensitively) and, unless hidden, rejected requests.
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxyModel)

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);
    ~EventFilterProxyModel() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool showsRejected() const { return m_showRejected; }
    void setShowRejected(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    bool m_showRejected = true;
};

} // namespace OtBridge
