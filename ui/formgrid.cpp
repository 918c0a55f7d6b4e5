// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formgrid.h"

#include <QLabel>

namespace OtBridge {

FormGrid::FormGrid(QWidget *parent)
    : QGridLayout(parent)
{
    setColumnStretch(1, 1);
}

FormGrid::~FormGrid() = default;

QLabel *FormGrid::addRow(const QString &text, QWidget *field, QWidget *buddy)
{
    const int row = rowCount();
    auto *label = new QLabel(text, parentWidget());
    label->setBuddy(buddy ? buddy : field);
    // The label faces the field's first line (a field may carry an error under it): as high as
    // that control (a line edit, a combo box; no more than two lines of text for a table), its
    // text in the middle of it.
    const QWidget *control = field->focusProxy() ? field->focusProxy() : field;
    label->setMinimumHeight(qMin(control->sizeHint().height(), 2 * label->fontMetrics().height()));
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    addWidget(field, row, 1);
    m_labels.insert(field, label);
    return label;
}

void FormGrid::addRow(QWidget *field)
{
    addWidget(field, rowCount(), 1);
}

void FormGrid::setRowVisible(QWidget *field, bool visible)
{
    if (QWidget *label = m_labels.value(field))
        label->setVisible(visible);
    field->setVisible(visible);
}

} // namespace OtBridge
