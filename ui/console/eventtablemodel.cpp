// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "config/rule.h"
#include "datetimetext.h"
#include "engine/engine.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace OtBridge {

namespace {

const QColor rejectedColor(0xc0, 0x1c, 0x28);
const QColor duplicateColor(0x80, 0x80, 0x80);
const QColor failingColor(0xb5, 0x6b, 0x00);
const QColor deliveredColor(0x26, 0x7a, 0x2e);

bool updatesExistingRow(const EventSummary &summary)
{
    return !summary.id.isNull() && !summary.rejected && !summary.duplicate;
}

} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EventTableModel::~EventTableModel() = default;

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::stateText(const EventSummary &summary)
{
    if (summary.rejected)
        return tr("rejected");
    if (summary.duplicate)
        return tr("duplicate");
    bool known = false;
    switch (eventStateFromName(summary.state, &known)) {
    case EventState::Received:
        return known ? tr("received") : summary.state;
    case EventState::Routed:
        return tr("routed");
    case EventState::Delivered:
        return tr("delivered");
    case EventState::Failed:
        return tr("failed");
    case EventState::Acknowledged:
        return tr("acknowledged");
    }
    return summary.state;
}

QString EventTableModel::outcomeName(const EventSummary &summary)
{
    if (summary.rejected)
        return QStringLiteral("rejected");
    if (summary.duplicate)
        return QStringLiteral("duplicate");
    return summary.outcome;
}

QString EventTableModel::outcomeText(const EventSummary &summary)
{
    const QString outcome = outcomeName(summary);
    if (outcome == QLatin1String("rejected"))
        return tr("rejected");
    if (outcome == QLatin1String("duplicate"))
        return tr("duplicate");
    if (outcome == QLatin1String("received"))
        return tr("received");
    if (outcome == QLatin1String("no rule"))
        return tr("no rule");
    if (outcome == QLatin1String("pending"))
        return tr("sending");
    if (outcome == QLatin1String("delivered"))
        return tr("delivered");
    if (outcome == QLatin1String("failing"))
        return tr("failing");
    if (outcome == QLatin1String("dead"))
        return tr("dead");
    if (outcome == QLatin1String("waiting"))
        return tr("awaiting acknowledgement");
    if (outcome == QLatin1String("acknowledged"))
        return tr("acknowledged");
    return outcome.isEmpty() ? stateText(summary) : outcome;
}

bool EventTableModel::isInternalSource(const QString &source)
{
    return source == Engine::statusSourceName() || InternalEvent::isInternal(source);
}

QVariant EventTableModel::displayData(const EventSummary &summary, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return DateTimeText::shortText(summary.receivedAt);
    case SourceColumn:
        return summary.source;
    case EventTypeColumn:
        if (!summary.eventType.isEmpty())
            return summary.eventType;
        if (summary.source == Engine::statusSourceName() && !summary.rejected)
            return tr("job status");
        return {};
    case OutcomeColumn:
        return outcomeText(summary);
    case RulesColumn:
        return summary.rules.join(QStringLiteral(", "));
    case StatusColumn:
        return summary.httpStatus > 0 ? QVariant(summary.httpStatus) : QVariant();
    case SizeColumn:
        return summary.rejected ? QVariant()
                                : QVariant(QLocale().formattedDataSize(summary.bodySize));
    case PeerColumn:
        return summary.peer;
    case IdColumn:
        return summary.id.isNull() ? QString() : summary.id.toString(QUuid::WithoutBraces);
    case DetailColumn:
        if (!summary.rerunOf.isNull() && summary.detail.isEmpty())
            return tr("re-run %1 of %2")
                .arg(summary.rerunNumber)
                .arg(summary.rerunOf.toString(QUuid::WithoutBraces));
        return summary.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventSummary &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (row.rejected)
            return tr("Rejected with HTTP %1: %2").arg(row.httpStatus).arg(row.detail);
        if (row.duplicate)
            return tr("Duplicate of event %1: it was not stored again.")
                .arg(row.id.toString(QUuid::WithoutBraces));
        if (index.column() == TimeColumn)
            return DateTimeText::isoText(row.receivedAt);
        if (index.column() == RulesColumn && !row.rules.isEmpty())
            return row.rules.join(QLatin1Char('\n'));
        return {};
    case Qt::ForegroundRole:
        if (row.rejected)
            return rejectedColor;
        if (row.duplicate)
            return duplicateColor;
        if (index.column() == OutcomeColumn) {
            if (row.outcome == QLatin1String("dead"))
                return rejectedColor;
            if (row.outcome == QLatin1String("failing"))
                return failingColor;
            if (row.outcome == QLatin1String("delivered"))
                return deliveredColor;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return row.id;
    case RejectedRole:
        return row.rejected;
    case DuplicateRole:
        return row.duplicate;
    case ReceivedAtRole:
        return row.receivedAt;
    case OutcomeRole:
        return outcomeName(row);
    case InternalRole:
        return isInternalSource(row.source);
    case EscalatesRole:
        return row.escalates;
    case FilterTextRole:
        return QStringList {
            row.source,       row.state,
            stateText(row),   row.eventType,
            outcomeText(row), row.rules.join(QLatin1Char(' ')),
            row.peer,         row.id.isNull() ? QString() : row.id.toString(QUuid::WithoutBraces),
            row.detail,       row.httpStatus > 0 ? QString::number(row.httpStatus) : QString()}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Received");
    case SourceColumn:
        return tr("Source");
    case EventTypeColumn:
        return tr("Event type");
    case OutcomeColumn:
        return tr("Outcome");
    case RulesColumn:
        return tr("Matched rules");
    case StatusColumn:
        return tr("HTTP");
    case SizeColumn:
        return tr("Size");
    case PeerColumn:
        return tr("Peer");
    case IdColumn:
        return tr("Event id");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

void EventTableModel::appendBatch(const QList<EventSummary> &batch)
{
    std::vector<EventSummary> inserts;
    inserts.reserve(size_t(batch.size()));
    QHash<EventIdKey, size_t> insertById; // state changes of events that arrive in the same batch
    int firstChanged = INT_MAX;
    int lastChanged = -1;

    for (const EventSummary &summary : batch) {
        if (updatesExistingRow(summary)) {
            if (const auto pending = insertById.constFind({summary.id});
                pending != insertById.cend()) {
                inserts[*pending] = summary;
                continue;
            }
            if (const int row = rowForId(summary.id); row >= 0) {
                m_rows[size_t(row)] = summary;
                firstChanged = std::min(firstChanged, row);
                lastChanged = std::max(lastChanged, row);
                continue;
            }
            insertById.insert({summary.id}, inserts.size());
        }
        inserts.push_back(summary);
    }

    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    if (inserts.empty())
        return;
    auto first = inserts.cbegin();
    if (inserts.size() > size_t(m_maximumRows))
        first += qsizetype(inserts.size()) - m_maximumRows;
    const int count = int(inserts.cend() - first);
    dropOldest(int(m_rows.size()) + count - m_maximumRows);

    const int row = int(m_rows.size());
    const qint64 firstNew = m_firstSequence + qint64(m_rows.size());
    beginInsertRows({}, row, row + count - 1);
    for (auto it = first; it != inserts.cend(); ++it) {
        const qint64 sequence = m_firstSequence + qint64(m_rows.size());
        if (!it->id.isNull() && !it->rejected && !m_sequenceById.contains({it->id}))
            m_sequenceById.insert({it->id}, sequence);
        m_rows.push_back(*it);
    }
    endInsertRows();
    keepBodiesBounded(firstNew);
}

void EventTableModel::keepBodiesBounded(qint64 firstNewSequence)
{
    const qint64 end = m_firstSequence + qint64(m_rows.size());
    for (qint64 sequence = firstNewSequence; sequence < end; ++sequence) {
        if (!m_rows[size_t(sequence - m_firstSequence)].body.isEmpty())
            m_bodySequences.push_back(sequence);
    }
    while (m_bodySequences.size() > size_t(maximumKeptBodies)) {
        const qint64 sequence = m_bodySequences.front();
        m_bodySequences.pop_front();
        if (sequence < m_firstSequence)
            continue; // the row itself is gone
        EventSummary &summary = m_rows[size_t(sequence - m_firstSequence)];
        summary.body.clear(); // the detail pane says none of it was kept
        summary.bodyTruncated = true;
    }
}

int EventTableModel::prependHistory(const QList<EventSummary> &history)
{
    QList<EventSummary> rows;
    rows.reserve(history.size());
    QSet<EventIdKey> seen;
    for (const EventSummary &summary : history) {
        if (updatesExistingRow(summary)) {
            if (m_sequenceById.contains({summary.id}) || seen.contains({summary.id}))
                continue;
            seen.insert({summary.id});
        }
        rows.append(summary);
    }
    const qsizetype room = qsizetype(m_maximumRows) - qsizetype(m_rows.size());
    if (room <= 0 || rows.isEmpty())
        return 0;
    if (rows.size() > room)
        rows = rows.mid(rows.size() - room); // keep the newest of the history

    const int count = int(rows.size());
    beginInsertRows({}, 0, count - 1);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        --m_firstSequence;
        if (updatesExistingRow(*it))
            m_sequenceById.insert({it->id}, m_firstSequence);
        m_rows.push_front(*it);
    }
    endInsertRows();
    return count;
}

void EventTableModel::refreshRows(const QList<EventSummary> &summaries)
{
    for (const EventSummary &summary : summaries) {
        const int row = updatesExistingRow(summary) ? rowForId(summary.id) : -1;
        if (row < 0)
            continue;
        EventSummary &shown = m_rows[size_t(row)];
        if (shown.state == summary.state && shown.bodySize == summary.bodySize
            && shown.outcome == summary.outcome && shown.rules == summary.rules
            && shown.eventType == summary.eventType && shown.escalates == summary.escalates
            && shown.rerunOf == summary.rerunOf && shown.rerunNumber == summary.rerunNumber)
            continue;
        shown.state = summary.state;
        shown.bodySize = summary.bodySize;
        shown.outcome = summary.outcome;
        shown.rules = summary.rules;
        shown.eventType = summary.eventType;
        shown.escalates = summary.escalates;
        shown.rerunOf = summary.rerunOf;
        shown.rerunNumber = summary.rerunNumber;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void EventTableModel::touchRows(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids) {
        if (const int row = rowForId(id); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void EventTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_bodySequences.clear();
    m_sequenceById.clear();
    m_firstSequence = 0;
    endResetModel();
}

void EventTableModel::setMaximumRows(int rows)
{
    m_maximumRows = std::max(1, rows);
}

const EventSummary &EventTableModel::summary(int row) const
{
    Q_ASSERT(row >= 0 && size_t(row) < m_rows.size());
    return m_rows[size_t(row)];
}

int EventTableModel::rowForId(const QUuid &id) const
{
    const auto it = m_sequenceById.constFind({id});
    if (it == m_sequenceById.cend())
        return -1;
    return int(*it - m_firstSequence);
}

void EventTableModel::dropOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        const EventSummary &row = m_rows.front();
        const auto it = m_sequenceById.constFind({row.id});
        if (it != m_sequenceById.cend() && *it == m_firstSequence)
            m_sequenceById.erase(it);
        m_rows.pop_front();
        ++m_firstSequence;
    }
    endRemoveRows();
}

} // namespace OtBridge
