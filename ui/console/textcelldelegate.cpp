// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcelldelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace OtBridge {

TextCellDelegate::~TextCellDelegate() = default;

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    // A style sheet may give item views their own padding and colours: only its style knows.
    const bool styleSheet = cell.widget && cell.widget->testAttribute(Qt::WA_StyleSheet);
    const bool plainLine = !styleSheet && !(cell.features & QStyleOptionViewItem::HasDecoration)
        && !(cell.features & QStyleOptionViewItem::HasCheckIndicator)
        && !(cell.features & QStyleOptionViewItem::WrapText)
        && !(cell.state & QStyle::State_Editing) && !cell.text.contains(QLatin1Char('\n'))
        && !cell.text.contains(QChar::LineSeparator);
    if (!plainLine) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The style's panel, then the text, then the focus frame: QCommonStyle's order (the frame
    // of some styles tints what lies under it).
    const QString text = cell.text;
    cell.text.clear();
    const bool focus = cell.state & QStyle::State_HasFocus;
    cell.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    cell.text = text;
    if (!text.isEmpty())
        drawLine(painter, cell, style);
    if (focus) {
        cell.state |= QStyle::State_HasFocus;
        drawFocusFrame(painter, cell, style);
    }
}

void TextCellDelegate::drawLine(QPainter *painter, const QStyleOptionViewItem &cell,
                                const QStyle *style) const
{
    const QString &text = cell.text;
    const QWidget *widget = cell.widget;

    // Where and in which colour QCommonStyle puts an item view's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    QPalette::ColorGroup group = QPalette::Normal;
    if (!(cell.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role
        = cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;

    const QStaticText &line = lineFor({text, cell.font, textRect.width(), cell.textElideMode});
    // The line's box across the whole width, aligned vertically; the line within it.
    const QSizeF size = line.size();
    const QRect box
        = QStyle::alignedRect(cell.direction, cell.displayAlignment & Qt::AlignVertical_Mask,
                              QSize(textRect.width(), int(size.height())), textRect);
    const Qt::Alignment horizontal
        = QStyle::visualAlignment(cell.direction, cell.displayAlignment) & Qt::AlignHorizontal_Mask;
    qreal x = box.x();
    if (horizontal & Qt::AlignRight)
        x += box.width() - size.width();
    else if (horizontal & Qt::AlignHCenter)
        x += (box.width() - size.width()) / 2;
    painter->save();
    painter->setClipRect(cell.rect);
    painter->setPen(cell.palette.color(group, role));
    painter->setFont(cell.font);
    painter->drawStaticText(QPointF(x, box.y()), line);
    painter->restore();
}

void TextCellDelegate::drawFocusFrame(QPainter *painter, const QStyleOptionViewItem &cell,
                                      const QStyle *style)
{
    // As QCommonStyle frames the current item, after its text.
    QStyleOptionFocusRect frame;
    frame.QStyleOption::operator=(cell);
    frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, cell.widget);
    frame.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group
        = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    frame.backgroundColor = cell.palette.color(
        group, cell.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    painter->save();
    painter->setClipRect(cell.rect);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, cell.widget);
    painter->restore();
}

const QStaticText &TextCellDelegate::lineFor(LineKey key) const
{
    if (const auto found = m_lines.constFind(key); found != m_lines.constEnd())
        return *found;
    if (m_lines.size() >= maxLines)
        m_lines.clear();
    const QFontMetrics metrics(key.font);
    QStaticText line(metrics.elidedText(key.text, key.elideMode, key.width));
    line.setTextFormat(Qt::PlainText);
    line.prepare(QTransform(), key.font);
    return *m_lines.insert(std::move(key), std::move(line));
}

} // namespace OtBridge
