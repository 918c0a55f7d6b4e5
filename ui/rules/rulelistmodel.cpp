// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulelistmodel.h"

#include "ruledocument.h"

#include <QBrush>
#include <QColor>

namespace OtBridge {

RuleListModel::RuleListModel(RuleDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(document->count())
{
    connect(m_document, &RuleDocument::changed, this, &RuleListModel::handleDocumentChanged);
}

RuleListModel::~RuleListModel() = default;

void RuleListModel::handleDocumentChanged()
{
    const int rows = m_document->count();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        m_errors.clear();
        endResetModel();
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0), index(rows - 1));
}

void RuleListModel::setErrors(const QStringList &errors)
{
    m_errors = errors;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1),
                           {Qt::DecorationRole, Qt::ForegroundRole, Qt::ToolTipRole, ErrorRole});
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject rule = m_document->rule(index.row());
    const QString name = rule.value(QLatin1String("name")).toString();
    const QString title = rule.value(QLatin1String("title")).toString();
    const QString error = m_errors.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title.isEmpty() ? name : title;
    case Qt::ToolTipRole:
        return error.isEmpty() ? name : tr("%1\n%2").arg(name, error);
    case Qt::CheckStateRole:
        return rule.value(QLatin1String("enabled")).toBool(true) ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xb0, 0x1c, 0x1c)));
    case Qt::AccessibleDescriptionRole:
        return error;
    case NameRole:
        return name;
    case ErrorRole:
        return error;
    case SearchRole:
        return QStringList {name, title, rule.value(QLatin1String("description")).toString()}.join(
            QLatin1Char('\n'));
    default:
        return {};
    }
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QJsonObject rule = m_document->rule(index.row());
    const bool enabled = value.toInt() == Qt::Checked;
    // Enabled is the default: the file only says so when a rule is switched off.
    if (enabled)
        rule.remove(QLatin1String("enabled"));
    else
        rule.insert(QLatin1String("enabled"), false);
    m_document->editRule(index.row(), rule, enabled ? tr("Enable rule") : tr("Disable rule"));
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

} // namespace OtBridge
