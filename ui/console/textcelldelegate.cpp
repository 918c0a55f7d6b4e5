// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcelldelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

namespace OtBridge {

TextCellDelegate::~TextCellDelegate() = default;

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const bool plainLine = drawsTextAsCommonStyle(style, widget)
        && !(cell.features & QStyleOptionViewItem::HasDecoration)
        && !(cell.features & QStyleOptionViewItem::HasCheckIndicator)
        && !(cell.features & QStyleOptionViewItem::WrapText)
        && !(cell.state & QStyle::State_Editing) && !cell.text.contains(QLatin1Char('\n'))
        && !cell.text.contains(QChar::LineSeparator)
        && !cell.text.contains(QChar::ParagraphSeparator);
    if (!plainLine) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

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

bool TextCellDelegate::drawsTextAsCommonStyle(const QStyle *style, const QWidget *widget)
{
    // A style sheet may give item views their own padding and colours, and another style may
    // draw its items' text its own way: only these two are known to leave it to QCommonStyle.
    if (widget && widget->testAttribute(Qt::WA_StyleSheet))
        return false;
    const QString name = style->name();
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
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

    const QStaticText &line
        = lineFor({text, cell.font, textRect.width(), cell.textElideMode, cell.direction});
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
    painter->setClipRect(cell.rect, Qt::IntersectClip);
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
    painter->setClipRect(cell.rect, Qt::IntersectClip);
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
    // The view's direction, not one guessed from the text (as QCommonStyle lays it out).
    QTextOption layout;
    layout.setTextDirection(key.direction);
    layout.setWrapMode(QTextOption::ManualWrap);
    line.setTextOption(layout);
    line.prepare(QTransform(), key.font);
    return *m_lines.insert(std::move(key), std::move(line));
}

} // namespace OtBridge
