// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetmetricsmodel.h"

#include "datetimetext.h"

#include <QFont>
#include <QLocale>

namespace OtBridge {

TargetMetricsModel::TargetMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TargetMetricsModel::~TargetMetricsModel() = default;

void TargetMetricsModel::setTargets(const QList<TargetMetrics> &targets)
{
    bool sameTargets = targets.size() == m_targets.size();
    for (qsizetype row = 0; sameTargets && row < targets.size(); ++row)
        sameTargets = targets.at(row).target == m_targets.at(row).target;
    if (!sameTargets) {
        beginResetModel();
        m_targets = targets;
        endResetModel();
        return;
    }
    for (int row = 0; row < int(targets.size()); ++row) {
        if (targets.at(row) == m_targets.at(row))
            continue;
        m_targets[row] = targets.at(row);
        Q_EMIT dataChanged(index(row, BreakerColumn), index(row, ColumnCount - 1));
    }
}

int TargetMetricsModel::rowOf(const QString &target) const
{
    for (int row = 0; row < int(m_targets.size()); ++row) {
        if (m_targets.at(row).target == target)
            return row;
    }
    return -1;
}

QString TargetMetricsModel::breakerText(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return tr("Closed");
    case CircuitBreaker::State::Open:
        return tr("Open");
    case CircuitBreaker::State::HalfOpen:
        return tr("Half-open");
    }
    return {};
}

int TargetMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetMetrics &target = m_targets.at(index.row());
    const auto count = [&](qint64 value) -> QVariant {
        if (role == Qt::DisplayRole)
            return QLocale().toString(value);
        if (role == ValueRole)
            return value;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (Column(index.column())) {
    case TargetColumn:
        if (role == Qt::DisplayRole || role == ValueRole)
            return target.target;
        return {};
    case BreakerColumn:
        if (role == Qt::DisplayRole)
            return breakerText(target.breaker);
        if (role == ValueRole)
            return int(target.breaker);
        if (role == Qt::ToolTipRole && target.breaker != CircuitBreaker::State::Closed)
            return tr("Calls to %1 are held back until a trial call succeeds. Failures in a row: "
                      "%2")
                .arg(target.target)
                .arg(target.consecutiveFailures);
        if (role == Qt::ToolTipRole)
            return tr("Failures in a row: %1").arg(target.consecutiveFailures);
        if (role == Qt::FontRole && target.breaker != CircuitBreaker::State::Closed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case DeliveredColumn:
        return count(target.delivered);
    case FailedAttemptsColumn:
        return count(target.failedAttempts);
    case LastSuccessColumn:
        if (role == Qt::DisplayRole)
            return target.lastSuccessAt.isValid() ? DateTimeText::shortText(target.lastSuccessAt)
                                                  : tr("none yet");
        if (role == ValueRole)
            return target.lastSuccessAt;
        if (role == Qt::ToolTipRole)
            return DateTimeText::isoText(target.lastSuccessAt);
        return {};
    case LastErrorColumn:
        if (role == Qt::DisplayRole) {
            if (!target.lastErrorAt.isValid())
                return tr("none");
            return target.lastError.isEmpty()
                ? DateTimeText::shortText(target.lastErrorAt)
                : QStringLiteral("%1: %2").arg(DateTimeText::shortText(target.lastErrorAt),
                                               target.lastError);
        }
        if (role == ValueRole)
            return target.lastError;
        if (role == Qt::ToolTipRole && target.lastErrorAt.isValid())
            return QStringLiteral("%1\n%2").arg(DateTimeText::isoText(target.lastErrorAt),
                                                target.lastError);
        return {};
    case FailuresColumn:
        return count(target.consecutiveFailures);
    case PendingColumn:
        return count(target.pending);
    case RetryingColumn:
        return count(target.retrying);
    case DeadColumn:
        if (role == Qt::FontRole && target.dead > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return count(target.dead);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TargetColumn:
        return tr("Target");
    case BreakerColumn:
        return tr("Circuit breaker");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedAttemptsColumn:
        return tr("Failed attempts");
    case LastSuccessColumn:
        return tr("Last success");
    case LastErrorColumn:
        return tr("Last error");
    case FailuresColumn:
        return tr("Failures in a row");
    case PendingColumn:
        return tr("Pending");
    case RetryingColumn:
        return tr("Retrying");
    case DeadColumn:
        return tr("Dead letters");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OtBridge
