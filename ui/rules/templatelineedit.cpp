// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelineedit.h"

#include "templatecompletion.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace OtBridge {

bool isUndoRedoKey(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
        || (event->key() == Qt::Key_Z
            && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier));
}

TemplateLineEdit::TemplateLineEdit(const QString &objectName, QWidget *parent)
    : QLineEdit(parent)
    , m_completion(nullptr)
{
    setObjectName(objectName);
    m_completion = new TemplateCompletion(this);
    setAcceptDrops(true);
    connect(m_completion, &TemplateCompletion::nameChosen, this,
            [this](const QString &completion, int typedLength) {
                const int end = cursorPosition();
                setSelection(end - typedLength, typedLength);
                ++m_generation;
                insert(completion);
                ++m_generation;
            });
}

TemplateLineEdit::~TemplateLineEdit() = default;

void TemplateLineEdit::setNamesModel(QAbstractItemModel *names)
{
    m_completion->setNamesModel(names);
}

bool TemplateLineEdit::event(QEvent *event)
{
    // Leave Ctrl+Z to the designer's undo stack instead of the line edit's own.
    if (event->type() == QEvent::ShortcutOverride && isUndoRedoKey(static_cast<QKeyEvent *>(event)))
        return false;
    return QLineEdit::event(event);
}

void TemplateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (isUndoRedoKey(event)) {
        event->ignore();
        return;
    }
    if (m_completion->isPopupVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes them
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
    m_completion->update(text().left(cursorPosition()), cursorRect());
}

void TemplateLineEdit::dragEnterEvent(QDragEnterEvent *event)
{
    if (!TemplateCompletion::placeholderFor(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dragEnterEvent(event);
}

void TemplateLineEdit::dragMoveEvent(QDragMoveEvent *event)
{
    if (!TemplateCompletion::placeholderFor(event->mimeData()).isEmpty()) {
        setCursorPosition(cursorPositionAt(event->position().toPoint()));
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dragMoveEvent(event);
}

void TemplateLineEdit::dropEvent(QDropEvent *event)
{
    const QString placeholder = TemplateCompletion::placeholderFor(event->mimeData());
    if (placeholder.isEmpty()) {
        QLineEdit::dropEvent(event);
        return;
    }
    setCursorPosition(cursorPositionAt(event->position().toPoint()));
    ++m_generation;
    insert(placeholder);
    ++m_generation;
    setFocus(Qt::OtherFocusReason);
    event->acceptProposedAction();
}

} // namespace OtBridge
