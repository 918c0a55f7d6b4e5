// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace OtBridge {

// Paints a cell of plain text as QStyledItemDelegate does (the style's panel: selection,
// alternate rows, focus; the palette's text colours; alignment and elision), but draws the
// text from a cache of laid-out lines. The stock delegate shapes every cell's text three times
// on every paint (its size, its elision, the drawing): on the console, while events flow,
// that was four fifths of the GUI thread's time (tests/bench/README.md, bench_guistall). The
// console's cells repeat (sources, event types, outcomes) and a row's text does not change
// as new rows push it down, so nearly every line comes from the cache. A cell with an icon, a
// check box or several lines, any cell under a style sheet, and every cell of a style other than
// Fusion or Windows (which draw item text as QCommonStyle does) is left to the stock delegate.
class TextCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~TextCellDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Lines laid out so far (for tests).
    qsizetype cachedLines() const { return m_lines.size(); }

private:
    struct LineKey
    {
        QString text;
        QFont font;
        int width = 0;
        Qt::TextElideMode elideMode = Qt::ElideRight;
        Qt::LayoutDirection direction = Qt::LeftToRight;

        friend bool operator==(const LineKey &a, const LineKey &b)
        {
            return a.width == b.width && a.elideMode == b.elideMode && a.direction == b.direction
                && a.text == b.text && a.font == b.font;
        }
        friend size_t qHash(const LineKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.elideMode), int(key.direction));
        }
    };

    static bool drawsTextAsCommonStyle(const QStyle *style, const QWidget *widget);
    void drawLine(QPainter *painter, const QStyleOptionViewItem &cell, const QStyle *style) const;
    static void drawFocusFrame(QPainter *painter, const QStyleOptionViewItem &cell,
                               const QStyle *style);
    const QStaticText &lineFor(LineKey key) const;

    // Cleared when full: refilled by the rows in view within a paint or two.
    static constexpr qsizetype maxLines = 4096;
    mutable QHash<LineKey, QStaticText> m_lines;
};

} // namespace OtBridge
