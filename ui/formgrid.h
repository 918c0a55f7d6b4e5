// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGridLayout>
#include <QHash>

class QLabel;

namespace OtBridge {

// A form of labelled rows (label, then field) on a QGridLayout, for forms whose fields carry
// word-wrapped errors and notes under them. QFormLayout in Qt 6.4 reckons such a row's height
// for one field width and lays it out at another: a German error's second line was cut, and in
// issue 14 the OpenText form's Client secret field was squeezed to 0 px. A grid measures and
// lays out with the same column widths. Rows are shown and hidden whole, label and field.
class FormGrid final : public QGridLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormGrid)

public:
    explicit FormGrid(QWidget *parent);
    ~FormGrid() override;

    // A row: a label with text (its mnemonic reaching buddy, the field by default) and field.
    QLabel *addRow(const QString &text, QWidget *field, QWidget *buddy = nullptr);
    // A row with no label: the field in the field column (a check box, a note).
    void addRow(QWidget *field);
    QWidget *labelForField(QWidget *field) const { return m_labels.value(field); }
    void setRowVisible(QWidget *field, bool visible);

private:
    QHash<QWidget *, QWidget *> m_labels; // by field
};

} // namespace OtBridge
