// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"
#include "eventidkey.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>

namespace OtBridge {

// The live console's rows: accepted events, duplicates and rejected requests, oldest first.
// Rows arrive in batches (one beginInsertRows per batch) and the oldest are dropped past a cap,
// so a listener under load neither floods the view with signals nor grows memory without bound.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column {
        TimeColumn,
        SourceColumn,
        EventTypeColumn,
        OutcomeColumn,
        RulesColumn,
        StatusColumn,
        SizeColumn,
        PeerColumn,
        IdColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid; null for a rejected request
        RejectedRole, // bool
        DuplicateRole, // bool
        ReceivedAtRole, // QDateTime
        FilterTextRole, // QString: every searchable field of the row
        OutcomeRole, // QString: EventSummary::outcome ("delivered", …), "rejected", "duplicate"
        InternalRole, // bool: OpenText status callbacks and internal events
        EscalatesRole, // bool: an escalation exists, so it can be acknowledged
    };
    Q_ENUM(Role)

    // Rows held in memory: a console scrolled back through 100k events keeps about 30 MB.
    static constexpr int defaultMaximumRows = 100000;
    // Refused requests that keep their body (up to 64 KiB each, 16 MiB in all); older ones
    // drop it.
    static constexpr int maximumKeptBodies = 256;

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // New activity, oldest first. Rows for events already shown are updated in place.
    void appendBatch(const QList<OtBridge::EventSummary> &batch);
    // Stored history, oldest first (refused requests of that time may be mixed in), placed
    // before the rows shown; events already shown are skipped, and the cap never drops live rows
    // for history. Returns how many rows were inserted.
    int prependHistory(const QList<OtBridge::EventSummary> &history);
    // Newer word on events already shown (their state after a delivery moved on); events not
    // shown are ignored.
    void refreshRows(const QList<OtBridge::EventSummary> &summaries);
    // Says the rows of these events changed, so a filter judges them again.
    void touchRows(const QList<QUuid> &ids);
    void clear();

    int maximumRows() const { return m_maximumRows; }
    // Takes effect with the next batch.
    void setMaximumRows(int rows);

    const EventSummary &summary(int row) const;
    // The row of the event with this id (the first row, if duplicates follow), or -1.
    int rowForId(const QUuid &id) const;

    static QString stateText(const EventSummary &summary);
    // What became of the row's event, in words: "delivered", "no rule", "rejected", …
    static QString outcomeText(const EventSummary &summary);
    static QString outcomeName(const EventSummary &summary);
    // OpenText's status callbacks and the internal events the engine raises.
    static bool isInternalSource(const QString &source);

private:
    void dropOldest(int count);
    QVariant displayData(const EventSummary &summary, int column) const;

    void keepBodiesBounded(qint64 firstNewSequence);

    std::deque<EventSummary> m_rows;
    std::deque<qint64> m_bodySequences; // rows that keep a refused request's body, oldest first
    // Sequence numbers instead of row numbers, so dropping the oldest rows never rewrites them.
    QHash<EventIdKey, qint64> m_sequenceById;
    qint64 m_firstSequence = 0; // sequence number of row 0
    int m_maximumRows = defaultMaximumRows;
};

} // namespace OtBridge
