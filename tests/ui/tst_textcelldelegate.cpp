// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console's cell delegate paints what the stock QStyledItemDelegate paints, from lines it
// lays out once.
#include "console/textcelldelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace OtBridge;

namespace {

// Rows like the console's: short and repeated texts, one too long for its column (elided),
// right-aligned numbers, a coloured outcome, an empty cell.
void fill(QStandardItemModel &model)
{
    const QStringList sources {QStringLiteral("contract-review"), QStringLiteral("opentext-status"),
                               QStringLiteral("monitoring")};
    model.setColumnCount(4);
    for (int row = 0; row < 12; ++row) {
        QList<QStandardItem *> items;
        items << new QStandardItem(sources.at(row % sources.size()));
        QString type = QStringLiteral("contract.ready");
        if (row == 3)
            type = QStringLiteral("contract.ready_for_review.with.a.very.long.event.type.name");
        else if (row == 7)
            type = QStringLiteral("\u05e9\u05dc\u05d5\u05dd world"); // starts right to left
        items << new QStandardItem(type);
        auto *outcome = new QStandardItem(row % 4 == 0 ? QStringLiteral("delivered")
                                                       : QStringLiteral("no rule"));
        if (row % 4 == 0)
            outcome->setForeground(QColor(0x1b, 0x7f, 0x3b));
        items << outcome;
        auto *size = new QStandardItem(row == 5 ? QString() : QStringLiteral("%1 B").arg(95 + row));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << size;
        model.appendRow(items);
    }
}

enum class Cells { Stock, Cached };

// A table like the console's, its cells painted by the stock delegate or by TextCellDelegate.
struct Table
{
    explicit Table(Cells cells, void (*rows)(QStandardItemModel &) = fill)
    {
        rows(model);
        if (cells == Cells::Cached) {
            delegate = new TextCellDelegate(&view);
            view.setItemDelegate(delegate);
        }
        view.setModel(&model);
        view.setWordWrap(false);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.horizontalHeader()->resizeSection(1, 120);
        view.resize(520, 360);
        view.selectRow(2);
        view.setCurrentIndex(model.index(2, 1)); // a focus frame too
    }

    bool show()
    {
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }
    QImage paint() { return view.viewport()->grab().toImage(); }

    QStandardItemModel model;
    QTableView view;
    TextCellDelegate *delegate = nullptr; // the view's, when Cached
};

int differingPixels(const QImage &a, const QImage &b)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    }
    return differing;
}

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsWhatTheStockDelegatePaints();
    void laysOutEachLineOnce();
    void leavesSeveralLinesToTheStockDelegate();
    void leavesStyleSheetsToTheStockDelegate();
    void laysOutInTheViewsDirection();
};

void TestTextCellDelegate::paintsWhatTheStockDelegatePaints()
{
    Table stock(Cells::Stock);
    Table cached(Cells::Cached);
    QVERIFY(stock.show());
    QVERIFY(cached.show());
    const QImage expected = stock.paint();
    const QImage painted = cached.paint();
    QCOMPARE(painted.size(), expected.size());
    // Text went through the delegate (and its cache), not around it.
    QVERIFY(cached.delegate->cachedLines() > 0);
    // Selection, alternate rows, the focus frame, colour, elision and alignment included.
    QCOMPARE(differingPixels(painted, expected), 0);
}

void TestTextCellDelegate::laysOutEachLineOnce()
{
    Table table(Cells::Cached);
    QVERIFY(table.show());
    const TextCellDelegate *delegate = table.delegate;
    table.paint();
    // One line per text and column width in view: the repeated sources and outcomes share.
    QSet<QPair<QString, int>> distinct;
    int cells = 0;
    const QRect viewport = table.view.viewport()->rect();
    for (int row = 0; row < table.model.rowCount(); ++row) {
        for (int column = 0; column < table.model.columnCount(); ++column) {
            const QModelIndex index = table.model.index(row, column);
            const QString text = index.data().toString();
            if (text.isEmpty() || !table.view.visualRect(index).intersects(viewport))
                continue;
            ++cells;
            distinct.insert({text, table.view.columnWidth(column)});
        }
    }
    QVERIFY(cells > 30);
    QCOMPARE(delegate->cachedLines(), qsizetype(distinct.size()));
    QVERIFY(distinct.size() < cells);

    // Painted again (new rows pushing the old ones down repaint the same texts): nothing new.
    table.paint();
    table.paint();
    QCOMPARE(delegate->cachedLines(), qsizetype(distinct.size()));

    // A column made narrower elides to a new width: its lines are laid out again.
    table.view.horizontalHeader()->resizeSection(0, 60);
    table.paint();
    QVERIFY(delegate->cachedLines() > distinct.size());
}

void TestTextCellDelegate::leavesSeveralLinesToTheStockDelegate()
{
    const auto twoLines = [](QStandardItemModel &model) {
        model.appendRow(new QStandardItem(QStringLiteral("first line\nsecond line")));
    };
    Table stock(Cells::Stock, twoLines);
    Table cached(Cells::Cached, twoLines);
    QVERIFY(stock.show());
    QVERIFY(cached.show());
    QCOMPARE(differingPixels(cached.paint(), stock.paint()), 0);
    QCOMPARE(cached.delegate->cachedLines(), 0);
}

void TestTextCellDelegate::leavesStyleSheetsToTheStockDelegate()
{
    // Padding and colour only the style sheet's style knows how to apply.
    const QString sheet
        = QStringLiteral("QTableView::item { padding-left: 12px; color: #8a1f11; }");
    Table stock(Cells::Stock);
    stock.view.setStyleSheet(sheet);
    Table cached(Cells::Cached);
    cached.view.setStyleSheet(sheet);
    QVERIFY(stock.show());
    QVERIFY(cached.show());
    const QImage expected = stock.paint();
    QCOMPARE(differingPixels(cached.paint(), expected), 0);
    QCOMPARE(cached.delegate->cachedLines(), 0);
    // And the sheet did change the painting (this test would prove nothing otherwise).
    Table plain(Cells::Stock);
    QVERIFY(plain.show());
    QVERIFY(differingPixels(plain.paint(), expected) > 0);
}

void TestTextCellDelegate::laysOutInTheViewsDirection()
{
    // A right-to-left window (otbridge -reverse): "95 B" reads "B 95", the row with Hebrew
    // reads as in a right-to-left layout; in the left-to-right tables above it reads as there.
    Table stock(Cells::Stock);
    stock.view.setLayoutDirection(Qt::RightToLeft);
    Table cached(Cells::Cached);
    cached.view.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(stock.show());
    QVERIFY(cached.show());
    QCOMPARE(differingPixels(cached.paint(), stock.paint()), 0);
    QVERIFY(cached.delegate->cachedLines() > 0);
}

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
