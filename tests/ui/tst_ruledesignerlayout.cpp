// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/workspace.h"
#include "engine/engine.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "rules/ruledesignerpage.h"
#include "rules/ruleeditor.h"
#include "rules/rulelistmodel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace OtBridge;

// The rule designer in the main window at the default size and a large one, in each language
// the application ships: nothing scrolls sideways, no label or button is cut, every rule's name
// shows whole, the condition's value field is in view. Screenshots of each land in the build's
// screenshots/ folder (under tst_ruledesignerlayout_xvfb, what a real X server draws).
class tst_RuleDesignerLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fits_data();
    void fits();

private:
    void settle();
    QStringList problems(const QString &rule) const;

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    RuleDesignerPage *m_page = nullptr;
};

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName());
}

} // namespace

void tst_RuleDesignerLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ruledesignerlayout"));
}

void tst_RuleDesignerLayout::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_dir.reset();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
}

void tst_RuleDesignerLayout::fits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "de", "fr"}) {
        for (const QSize size : {QSize(1100, 720), QSize(1600, 1000)})
            QTest::addRow("%s-%dx%d", language, size.width(), size.height())
                << QString::fromLatin1(language) << size;
    }
}

// Layouts and deferred deletions run as posted events: deliver them until none is left (a
// bounded number of rounds), rather than waiting some time.
void tst_RuleDesignerLayout::settle()
{
    for (int round = 0; round < 20; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// What does not fit on the page as it is shown now, in words; empty when everything does.
QStringList tst_RuleDesignerLayout::problems(const QString &rule) const
{
    QStringList found;
    const auto visible = [this](const QWidget *widget) {
        return widget->isVisibleTo(m_window.get()) && widget->width() > 0;
    };
    const auto add = [&found, &rule](const QString &what) {
        found.append(QStringLiteral("%1: %2").arg(rule, what));
    };

    // Nothing scrolls sideways: not the page, not the editor, not the preview, not a list.
    for (const QAbstractScrollArea *area : m_page->findChildren<QAbstractScrollArea *>()) {
        if (visible(area) && area->horizontalScrollBar()->isVisible())
            add(QStringLiteral("%1 scrolls sideways").arg(describe(area)));
    }

    // Labels show their text whole: a line that does not wrap fits its width, and a label that
    // wraps has room for its longest word.
    for (const QLabel *label : m_page->findChildren<QLabel *>()) {
        if (!visible(label) || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
            continue;
        const QFontMetrics metrics = label->fontMetrics();
        const int room
            = label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
        const QString text = withoutMnemonic(label->text());
        QStringList pieces = text.split(QLatin1Char('\n'));
        if (label->wordWrap()) {
            static const QRegularExpression space(QStringLiteral("\\s+"));
            pieces = text.split(space, Qt::SkipEmptyParts);
        }
        for (const QString &piece : std::as_const(pieces)) {
            if (metrics.horizontalAdvance(piece) > room)
                add(QStringLiteral("%1 cuts \"%2\" (%3 px of text in %4 px)")
                        .arg(describe(label), piece)
                        .arg(metrics.horizontalAdvance(piece))
                        .arg(room));
        }
    }

    // Buttons and check boxes: their text, and what the style draws around it, fit.
    for (const QAbstractButton *button : m_page->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty())
            continue;
        const QString text = withoutMnemonic(button->text());
        const int advance = button->fontMetrics().horizontalAdvance(text);
        if (advance > button->width() || button->sizeHint().width() > button->width())
            add(QStringLiteral("%1 cuts \"%2\" (%3 px of text, %4 px wanted, %5 px given)")
                    .arg(describe(button), text)
                    .arg(advance)
                    .arg(button->sizeHint().width())
                    .arg(button->width()));
    }

    // The rule's fields end where the editor's pane ends, not under the preview.
    const auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("ruleEditorScroll"));
    const QWidget *viewport = scroll->viewport();
    for (const char *name : {"ruleName", "ruleTitle", "ruleDescription", "conditionValue"}) {
        const QWidget *field = m_page->editor()->findChild<QWidget *>(QLatin1String(name));
        if (!field || !visible(field))
            continue;
        const QRect inViewport(field->mapTo(viewport, QPoint(0, 0)), field->size());
        if (inViewport.right() > viewport->width())
            add(QStringLiteral("%1 runs %2 px past the editor's pane")
                    .arg(describe(field))
                    .arg(inViewport.right() - viewport->width()));
    }
    // The condition's value can be typed into: in view, and wide enough for a word.
    if (const auto *value
        = m_page->editor()->findChild<QLineEdit *>(QStringLiteral("conditionValue"));
        value && value->isVisibleTo(m_window.get()) && value->width() < 80)
        add(QStringLiteral("the condition's value field is %1 px wide").arg(value->width()));

    // The sample's keys show whole, or take three fifths of the tree (the rest is the value's).
    const auto *tree = m_page->findChild<QTreeView *>(QStringLiteral("sampleTree"));
    const int keyColumn = tree->columnWidth(0);
    const bool keysCapped = keyColumn >= tree->viewport()->width() * 3 / 5 - 2;
    for (QModelIndex index = tree->model()->index(0, 0); index.isValid() && !keysCapped;
         index = tree->indexBelow(index)) {
        int depth = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int needed = depth * tree->indentation()
            + tree->fontMetrics().horizontalAdvance(index.data().toString());
        if (needed > keyColumn)
            add(QStringLiteral("the sample tree cuts the key \"%1\" (%2 px needed, %3 px given)")
                    .arg(index.data().toString())
                    .arg(needed)
                    .arg(keyColumn));
    }

    // The rule list: every title shows whole, wrapped when long, never cut or scrolled.
    const auto *list = m_page->findChild<QListView *>(QStringLiteral("ruleList"));
    QStyleOptionViewItem option;
    option.initFrom(list);
    const int indicator = list->style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, list);
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, list) + 1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QRect rect = list->visualRect(index);
        const QString text = index.data().toString();
        const int room = rect.width() - indicator - 4 * margin;
        const QRect needed
            = list->fontMetrics().boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, text);
        if (needed.width() > room || needed.height() > rect.height())
            add(QStringLiteral("the rule list cuts \"%1\" (%2×%3 px needed, %4×%5 px given)")
                    .arg(text)
                    .arg(needed.width())
                    .arg(needed.height())
                    .arg(room)
                    .arg(rect.height()));
    }
    return found;
}

void tst_RuleDesignerLayout::fits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    if (language != QLatin1String("en")) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(loadTranslation(*m_translator, QLocale(language)));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<Engine>();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->path();
    options.port = 0;
    m_window->startEngine(options);
    QVERIFY2(m_engine->isRunning(), qPrintable(m_window->statusBar()->currentMessage()));
    // As the window starts: on the console at the size it had, the designer laid out while
    // hidden; then resized, and the designer opened.
    m_window->setCurrentPage(MainWindow::ConsolePageIndex);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
    m_window->resize(size);
    settle();
    QCOMPARE(m_window->size(), size);
    m_window->setCurrentPage(MainWindow::RulesPageIndex);
    m_page = m_window->findChild<RuleDesignerPage *>();
    QVERIFY(m_page);
    QVERIFY(m_page->isVisible());

    // As it opens, before anything is chosen; then every rule of the default workspace, shown
    // in the editor one after the other.
    settle();
    QStringList found = problems(QStringLiteral("as opened"));
    // Every rule of the default workspace is listed (by name: adding a rule moves no row here).
    const int rules = m_page->listModel()->rowCount();
    const Workspace defaults = Workspace::builtInDefault();
    QCOMPARE(rules, int(defaults.rules().size()));
    QStringList listed;
    for (int row = 0; row < rules; ++row)
        listed.append(m_page->listModel()->index(row).data(RuleListModel::NameRole).toString());
    for (const Rule &rule : defaults.rules())
        QVERIFY2(listed.contains(rule.name), qPrintable(rule.name));
    for (int row = rules - 1; row >= 0; --row) {
        m_page->selectRule(row);
        settle();
        QCOMPARE(m_page->currentRow(), row);
        found += problems(m_page->listModel()->index(row).data(RuleListModel::NameRole).toString());
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // The first rule, as people first see the page: what the screenshot shows.
    QCOMPARE(m_page->currentRow(), 0);
    const QDir dir(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), size * m_window->devicePixelRatio());
    const QString path = dir.filePath(
        QStringLiteral("rules-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()));
    QVERIFY2(image.save(path), qPrintable(path));
}

QTEST_MAIN(tst_RuleDesignerLayout)
#include "tst_ruledesignerlayout.moc"
