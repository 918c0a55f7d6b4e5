// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace OtBridge;

// Every page of the real window, walked as a screen reader and a keyboard user meet it: each
// control that takes input has a name, and no two shortcuts that are live at once collide.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void liveShortcutsDoNotCollide_data();
    void liveShortcutsDoNotCollide();

private:
    void addPages();
    QWidget *showPage(int page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

bool takesInput(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

// A view's header and scroll bars, a spin box's or combo box's line edit: named by the control
// they belong to.
bool isPartOfAnotherControl(const QWidget *widget, const QWidget *page)
{
    const bool slider = qobject_cast<const QAbstractSlider *>(widget);
    for (const QWidget *parent = widget->parentWidget(); parent && parent != page;
         parent = parent->parentWidget()) {
        // A tab's close button is part of the tab bar, which names its tabs.
        if (takesInput(parent) || qobject_cast<const QTabBar *>(parent)
            || (slider && qobject_cast<const QAbstractScrollArea *>(parent)))
            return true;
    }
    return false;
}

// What a screen reader would say the control is called.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QObject *object = widget; object; object = object->parent()) {
        chain.prepend(object->objectName().isEmpty()
                          ? QString::fromLatin1(object->metaObject()->className())
                          : object->objectName());
    }
    return chain.join(QLatin1Char('/'));
}

} // namespace

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
}

void tst_Accessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<Engine>();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->path();
    m_window->startEngine(options);
    QVERIFY2(m_engine->isRunning(), qPrintable(m_window->statusBar()->currentMessage()));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Accessibility::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_dir.reset();
}

void tst_Accessibility::addPages()
{
    QTest::addColumn<int>("page");
    for (int page = 0; page < MainWindow::PageCount; ++page)
        QTest::addRow("page %d", page) << page;
}

QWidget *tst_Accessibility::showPage(int page)
{
    m_window->setCurrentPage(MainWindow::Page(page));
    QTest::qWait(20);
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    return pages ? pages->currentWidget() : nullptr;
}

void tst_Accessibility::everyControlHasAName_data()
{
    addPages();
}

void tst_Accessibility::everyControlHasAName()
{
    QFETCH(int, page);
    QWidget *current = showPage(page);
    QVERIFY(current);
    QStringList unnamed;
    int checked = 0;
    for (QWidget *widget : current->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()) || !takesInput(widget))
            continue;
        if (isPartOfAnotherControl(widget, current))
            continue;
        ++checked;
        if (accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    }
    QVERIFY2(checked > 0, "a page without a single control");
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));
}

void tst_Accessibility::liveShortcutsDoNotCollide_data()
{
    addPages();
}

void tst_Accessibility::liveShortcutsDoNotCollide()
{
    QFETCH(int, page);
    QVERIFY(showPage(page));
    QHash<QString, QString> owners;
    QStringList collisions;
    const auto claim = [&](const QKeySequence &key, const QString &owner) {
        if (key.isEmpty())
            return;
        const QString text = key.toString(QKeySequence::PortableText);
        const QString previous = owners.value(text);
        if (!previous.isEmpty() && previous != owner)
            collisions << QStringLiteral("%1: %2 and %3").arg(text, previous, owner);
        owners.insert(text, owner);
    };
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        bool live = false;
        for (QObject *object : action->associatedObjects()) {
            auto *widget = qobject_cast<QWidget *>(object);
            live = live || (widget && widget->isVisible() && widget->window() == m_window.get());
        }
        if (!live)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            claim(key, action->objectName().isEmpty() ? action->text() : action->objectName());
    }
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
        auto *parent = qobject_cast<QWidget *>(shortcut->parent());
        if (!shortcut->isEnabled() || !parent || !parent->isVisible()
            || shortcut->context() == Qt::WidgetShortcut)
            continue;
        claim(shortcut->key(),
              shortcut->objectName().isEmpty() ? describe(parent) : shortcut->objectName());
    }
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(QLatin1String("\n"))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
