// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfeedback.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

namespace OtBridge::FormFeedback {

namespace {

const char successStyle[] = "QLabel { background: #e6f4e3; color: #1d5e20; padding: 6px; "
                            "border: 1px solid #a6d5a0; }";
const char failureStyle[] = "QLabel { background: #fbe3e4; color: #8a1f11; padding: 6px; "
                            "border: 1px solid #e8a1a3; }";

} // namespace

QLabel *createErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Under its field: when the form gives it more height than its lines take, the words stay
    // by the field.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget *withError(QWidget *field, QLabel *error, QWidget *extra)
{
    auto *box = new QWidget(field->parentWidget());
    // A form label's buddy is the box: the shortcut lands in the field.
    box->setFocusProxy(field);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    column->addWidget(error);
    return box;
}

void relayout(QLayout *form)
{
    for (int i = 0; i < form->count(); ++i) {
        QWidget *row = form->itemAt(i)->widget();
        if (row && row->layout()) {
            row->layout()->invalidate();
            row->updateGeometry();
        }
    }
    form->invalidate();
}

void showFieldError(QLabel *label, QWidget *field, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
    // The row's box measures its height again (see relayout).
    if (QWidget *box = label->parentWidget(); box && box->layout()) {
        box->layout()->invalidate();
        box->updateGeometry();
    }
    if (field)
        field->setAccessibleDescription(error);
}

void showOutcome(QLabel *label, bool ok, const QString &text)
{
    label->setStyleSheet(QString::fromLatin1(ok ? successStyle : failureStyle));
    label->setText(text);
    label->setAccessibleName(ok ? QCoreApplication::translate("OtBridge::FormFeedback", "Succeeded")
                                : QCoreApplication::translate("OtBridge::FormFeedback", "Failed"));
    label->show();
}

QLabel *createHeading(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *heading = new QLabel(text, parent);
    heading->setObjectName(objectName);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace OtBridge::FormFeedback
