// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatetextedit.h"

#include "templatecompletion.h"
#include "templatelineedit.h"

#include <QDropEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

namespace OtBridge {

TemplateTextEdit::TemplateTextEdit(const QString &objectName, int visibleLines, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completion(nullptr)
{
    setObjectName(objectName);
    m_completion = new TemplateCompletion(this);
    setUndoRedoEnabled(false);
    // Short fields wrap rather than hide half a line behind a scroll bar.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs too
    setHorizontalScrollBarPolicy(visibleLines <= 2 ? Qt::ScrollBarAlwaysOff
                                                   : Qt::ScrollBarAsNeeded);
    setTabChangesFocus(true);
    setAcceptDrops(true);
    const int lineHeight = fontMetrics().lineSpacing();
    setFixedHeight(lineHeight * visibleLines + 2 * frameWidth()
                   + int(document()->documentMargin() * 2) + 4);
    connect(m_completion, &TemplateCompletion::nameChosen, this,
            [this](const QString &completion, int typedLength) {
                QTextCursor cursor = textCursor();
                cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typedLength);
                ++m_generation;
                cursor.insertText(completion);
                ++m_generation;
                setTextCursor(cursor);
            });
}

TemplateTextEdit::~TemplateTextEdit() = default;

void TemplateTextEdit::setNamesModel(QAbstractItemModel *names)
{
    m_completion->setNamesModel(names);
}

void TemplateTextEdit::setTextIfChanged(const QString &text)
{
    if (toPlainText() != text)
        setPlainText(text);
}

bool TemplateTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isUndoRedoKey(static_cast<QKeyEvent *>(event)))
        return false;
    return QPlainTextEdit::event(event);
}

void TemplateTextEdit::keyPressEvent(QKeyEvent *event)
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
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    m_completion->update(before, cursorRect());
}

void TemplateTextEdit::dragEnterEvent(QDragEnterEvent *event)
{
    if (!TemplateCompletion::placeholderFor(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void TemplateTextEdit::dragMoveEvent(QDragMoveEvent *event)
{
    if (!TemplateCompletion::placeholderFor(event->mimeData()).isEmpty()) {
        setTextCursor(cursorForPosition(event->position().toPoint()));
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragMoveEvent(event);
}

void TemplateTextEdit::dropEvent(QDropEvent *event)
{
    const QString placeholder = TemplateCompletion::placeholderFor(event->mimeData());
    if (placeholder.isEmpty()) {
        QPlainTextEdit::dropEvent(event);
        return;
    }
    QTextCursor cursor = cursorForPosition(event->position().toPoint());
    ++m_generation;
    cursor.insertText(placeholder);
    ++m_generation;
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
    event->acceptProposedAction();
}

} // namespace OtBridge
