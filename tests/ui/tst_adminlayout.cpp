// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/consolepage.h"
#include "console/eventfilterproxymodel.h"
#include "console/eventtablemodel.h"
#include "dashboard/dashboardpage.h"
#include "engine/engine.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "sources/sourcespage.h"
#include "targets/httptargetform.h"
#include "targets/opentexttargetpage.h"
#include "targets/targetspage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>

using namespace OtBridge;

// The admin's pages (Sources, Targets with the OpenText form and an HTTP target, Settings, the
// console with a few webhooks and one selected, the dashboard) in
// the main window at the default size and a large one, in English, German and French, in the
// states people meet them in (errors shown included): no label or button whose text does not
// fit, no field squeezed below the height it needs (the OpenText form's bug in issue 14), and
// nothing that scrolls sideways. Screenshots land in the build's screenshots/ folder (under
// tst_adminlayout_xvfb, what a real X server draws).
class tst_AdminLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fits_data();
    void fits();

private:
    struct State
    {
        QString name;
        MainWindow::Page page;
        std::function<void()> prepare;
        bool screenshot = false;
    };
    void settle();
    QStringList problems(const QString &state) const;
    QList<State> states();

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
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

// A widget that is part of another control: a spin box's or combo box's own line edit.
bool isPartOfAControl(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    }
    return false;
}

} // namespace

void tst_AdminLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("otbridge-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_adminlayout"));
}

void tst_AdminLayout::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_dir.reset();
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
}

void tst_AdminLayout::fits_data()
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
void tst_AdminLayout::settle()
{
    for (int round = 0; round < 20; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// What does not fit on the page shown now, in words; empty when everything does.
QStringList tst_AdminLayout::problems(const QString &state) const
{
    QStringList found;
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QWidget *page = pages->currentWidget();
    const auto visible = [this](const QWidget *widget) {
        return widget->isVisibleTo(m_window.get()) && widget->width() > 0;
    };
    const auto add = [&found, &state](const QString &what) {
        found.append(QStringLiteral("%1: %2").arg(state, what));
    };

    for (const QAbstractScrollArea *area : page->findChildren<QAbstractScrollArea *>()) {
        if (visible(area) && area->horizontalScrollBar()->isVisible())
            add(QStringLiteral("%1 scrolls sideways").arg(describe(area)));
    }

    // Labels show their text whole: a line that does not wrap fits its width; a label that
    // wraps has room for its longest word, and the height its lines take.
    for (const QLabel *label : page->findChildren<QLabel *>()) {
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
            const int lines = label->heightForWidth(label->width());
            if (label->height() < lines)
                add(QStringLiteral("%1 is %2 px high, its lines need %3 px")
                        .arg(describe(label))
                        .arg(label->height())
                        .arg(lines));
            // Nor an empty band under it, as a form that reckoned its lines at another width
            // leaves.
            if (label->height() > lines + metrics.lineSpacing())
                add(QStringLiteral("%1 is %2 px high, its lines take %3 px")
                        .arg(describe(label))
                        .arg(label->height())
                        .arg(lines));
        }
        for (const QString &piece : std::as_const(pieces)) {
            if (metrics.horizontalAdvance(piece) > room)
                add(QStringLiteral("%1 cuts \"%2\" (%3 px of text in %4 px)")
                        .arg(describe(label), piece)
                        .arg(metrics.horizontalAdvance(piece))
                        .arg(room));
        }
    }

    // Table headers: every column's title shows whole.
    for (const QHeaderView *header : page->findChildren<QHeaderView *>()) {
        if (!visible(header) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin
            = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + margin;
            if (needed > header->sectionSize(section))
                add(QStringLiteral("%1 cuts the column title \"%2\" (%3 px wanted, %4 px given)")
                        .arg(describe(header), title)
                        .arg(needed)
                        .arg(header->sectionSize(section)));
        }
    }

    // Buttons and check boxes: their text, and what the style draws around it, fit.
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
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

    // Fields get the height they need: a "visible" field squeezed to nothing is hidden in all
    // but name.
    for (const QWidget *field : page->findChildren<QWidget *>()) {
        const bool isField = qobject_cast<const QLineEdit *>(field)
            || qobject_cast<const QComboBox *>(field)
            || qobject_cast<const QAbstractSpinBox *>(field);
        if (!isField || !visible(field) || isPartOfAControl(field))
            continue;
        if (field->height() < field->minimumSizeHint().height())
            add(QStringLiteral("%1 is %2 px high, it needs %3 px")
                    .arg(describe(field))
                    .arg(field->height())
                    .arg(field->minimumSizeHint().height()));
    }
    return found;
}

// Each page in the states worth looking at, errors under their fields included.
QList<tst_AdminLayout::State> tst_AdminLayout::states()
{
    MainWindow *window = m_window.get();
    const auto combo = [window](const char *name, const QVariant &data) {
        auto *box = window->findChild<QComboBox *>(QLatin1String(name));
        if (box)
            box->setCurrentIndex(box->findData(data));
    };
    const auto text = [window](const char *name, const QString &value) {
        if (auto *edit = window->findChild<QLineEdit *>(QLatin1String(name)))
            edit->setText(value);
    };
    return {
        {QStringLiteral("sources"), MainWindow::SourcesPageIndex,
         [window] { window->sourcesPage()->selectSource(QStringLiteral("contract-review")); },
         true},
        {QStringLiteral("sources-new-standard-webhooks"), MainWindow::SourcesPageIndex,
         [window, combo, text] {
             window->sourcesPage()->addSource();
             text("sourceNameEdit", QStringLiteral("Not a name"));
             combo("sourceAuthCombo", int(SourceAuth::Kind::StandardWebhooks));
             text("sourceSecretEdit", QStringLiteral("not base64!"));
             text("sourceAllowEdit", QStringLiteral("10.0.0.0/8, intranet"));
         },
         true},
        {QStringLiteral("sources-basic"), MainWindow::SourcesPageIndex,
         [combo, text] {
             combo("sourceAuthCombo", int(SourceAuth::Kind::Basic));
             text("sourceUserEdit", QString());
         },
         false},
        {QStringLiteral("sources-api-key"), MainWindow::SourcesPageIndex,
         [combo] { combo("sourceAuthCombo", int(SourceAuth::Kind::ApiKey)); }, false},
        {QStringLiteral("targets-opentext"), MainWindow::TargetsPageIndex,
         [window] { window->targetPage()->selectTarget(QStringLiteral("opentext")); }, true},
        {QStringLiteral("targets-opentext-europe"), MainWindow::TargetsPageIndex,
         [combo] { combo("serviceCombo", 1); }, true},
        {QStringLiteral("targets-opentext-basic"), MainWindow::TargetsPageIndex,
         [combo] { combo("authCombo", int(OpenTextTarget::Auth::Basic)); }, false},
        {QStringLiteral("targets-http"), MainWindow::TargetsPageIndex,
         [window] { window->targetPage()->selectTarget(QStringLiteral("servicenow")); }, true},
        {QStringLiteral("targets-http-new"), MainWindow::TargetsPageIndex,
         [window, combo, text] {
             window->targetPage()->addHttpTarget();
             combo("httpAuthCombo", int(HttpTargetConfig::Auth::Basic));
             if (auto *sign = window->findChild<QCheckBox *>(QStringLiteral("signCheck")))
                 sign->setChecked(true);
             text("retryScheduleEdit", QStringLiteral("0, 5x"));
         },
         true},
        {QStringLiteral("settings"), MainWindow::SettingsPageIndex, [] {}, true},
        {QStringLiteral("console"), MainWindow::ConsolePageIndex,
         [window] {
             ConsolePage *console = window->consolePage();
             console->loadHistory();
             (void)QTest::qWaitFor([console] { return !console->isLoading(); }, 10000);
             // The newest stored event selected: the detail pane opens under the table.
             for (int row = console->proxyModel()->rowCount() - 1; row >= 0; --row) {
                 if (!console->proxyModel()
                          ->index(row, 0)
                          .data(EventTableModel::IdRole)
                          .toUuid()
                          .isNull()) {
                     console->view()->selectRow(row);
                     break;
                 }
             }
         },
         true},
        {QStringLiteral("dashboard"), MainWindow::DashboardPageIndex,
         [window] {
             (void)QTest::qWaitFor(
                 [window] { return window->dashboardPage()->lastMetrics().sampledAt.isValid(); },
                 5000);
         },
         true},
    };
}

void tst_AdminLayout::fits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(loadTranslation(*m_translator, QLocale(language)));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = std::make_unique<Engine>();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    EngineOptions options;
    options.dataDir = m_dir->path();
    m_window->startEngine(options);
    QVERIFY2(m_engine->isRunning(), qPrintable(m_window->statusBar()->currentMessage()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(size);
    settle();
    QCOMPARE(m_window->size(), size);

    // A few webhooks for the console and the dashboard: three of the built-in samples, and one
    // for a source that does not exist (refused).
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (const auto &[source, file] :
         {std::pair {"contract-review", "01-contract-ready.json"},
          std::pair {"approvals", "04-approval-overdue.json"},
          std::pair {"supplier-documents", "07-supplier-document-expired.json"},
          std::pair {"nowhere", "01-contract-ready.json"}}) {
        QFile sample(QStringLiteral(":/samples/") + QLatin1String(file));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QNetworkRequest request(
            m_engine->url().resolved(QUrl(QStringLiteral("/hooks/") + QLatin1String(source))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        replies.append(network.post(request, sample.readAll()));
    }
    QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                            [](const QNetworkReply *reply) { return reply->isFinished(); }));
    qDeleteAll(replies);

    const QDir dir(QStringLiteral(OTBRIDGE_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    QStringList found;
    for (const State &state : states()) {
        m_window->setCurrentPage(state.page);
        state.prepare();
        settle();
        found += problems(state.name);
        if (!state.screenshot)
            continue;
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), size * m_window->devicePixelRatio());
        const QString path = dir.filePath(QStringLiteral("%1-%2-%3x%4.png")
                                              .arg(state.name, language)
                                              .arg(size.width())
                                              .arg(size.height()));
        QVERIFY2(image.save(path), qPrintable(path));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_AdminLayout)
#include "tst_adminlayout.moc"
