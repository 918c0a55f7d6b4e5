// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testerpage.h"

#include "api/curlcommand.h"
#include "config/secretstore.h"
#include "datetimetext.h"
#include "engine/engine.h"
#include "requestcomposer.h"
#include "responseview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <functional>

namespace OtBridge {

namespace {

enum ItemRole { KindRole = Qt::UserRole, IndexRole };
enum ItemKind { SampleItem = 1, ImportedItem };

void name(QWidget *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
}

QString signingTitle(RequestSigning::Kind kind)
{
    switch (kind) {
    case RequestSigning::Kind::None:
        break;
    case RequestSigning::Kind::StandardWebhooks:
        return TesterPage::tr("Standard Webhooks signatures");
    case RequestSigning::Kind::GitHub:
        return TesterPage::tr("GitHub-style X-Hub-Signature-256");
    case RequestSigning::Kind::Stripe:
        return TesterPage::tr("Stripe-style signatures");
    }
    return {};
}

RequestSigning::Kind signingFor(SourceAuth::Kind kind)
{
    switch (kind) {
    case SourceAuth::Kind::StandardWebhooks:
        return RequestSigning::Kind::StandardWebhooks;
    case SourceAuth::Kind::GitHub:
        return RequestSigning::Kind::GitHub;
    case SourceAuth::Kind::Stripe:
        return RequestSigning::Kind::Stripe;
    default:
        return RequestSigning::Kind::None;
    }
}

} // namespace

TesterPage::TesterPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_secrets(new SecretStore(this))
    , m_runner(new LoadRunner)
    , m_library(new QTreeWidget(this))
    , m_history(new QListWidget(this))
    , m_composer(new RequestComposer(this))
    , m_response(new ResponseView(this))
    , m_message(new QLabel(this))
    , m_fireButton(new QPushButton(tr("Fire"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    m_runner->moveToThread(&m_runnerThread);
    connect(&m_runnerThread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &LoadRunner::progressed, this, &TesterPage::handleProgress);
    connect(m_runner, &LoadRunner::responseReceived, this, &TesterPage::handleResponse);
    connect(m_runner, &LoadRunner::finished, this, &TesterPage::handleRunFinished);
    m_runnerThread.setObjectName(QStringLiteral("tester"));
    m_runnerThread.start();

    const auto action = [this](const char *objectName, const QString &text,
                               const QKeySequence &shortcut, const std::function<void()> &slot) {
        auto *created = new QAction(text, this);
        created->setObjectName(QLatin1String(objectName));
        created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        created->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    m_fireAction = action("fireAction", tr("Fire"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                          [this] { fire(); });
    m_cancelAction
        = action("cancelAction", tr("Cancel"), QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    m_cancelAction->setEnabled(false);
    m_curlAction = action("copyCurlAction", tr("Copy as curl"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyAsCurl(); });
    m_importAction = action("importAction", tr("Import Postman collection…"),
                            QKeySequence(Qt::CTRL | Qt::Key_I), [this] { chooseCollection(); });

    // Left: the library (samples, imported collections) and the history.
    auto *left = new QTabWidget(this);
    name(left, "testerLeftTabs", tr("Library and history"));
    name(m_library, "libraryTree", tr("Sample library"));
    m_library->setHeaderHidden(true);
    m_library->setColumnCount(1);
    left->addTab(m_library, tr("Library"));
    auto *historyBox = new QWidget(left);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    name(m_history, "historyList", tr("History of what was sent"));
    historyLayout->addWidget(m_history, 1);
    auto *clear = new QPushButton(tr("Clear history"), historyBox);
    name(clear, "clearHistoryButton", tr("Clear history"));
    connect(clear, &QPushButton::clicked, this, &TesterPage::clearHistory);
    historyLayout->addWidget(clear);
    left->addTab(historyBox, tr("History"));
    auto *importButton = new QPushButton(tr("Import…"), this);
    name(importButton, "importButton", tr("Import a Postman collection"));
    importButton->setToolTip(m_importAction->toolTip());
    connect(importButton, &QPushButton::clicked, m_importAction, &QAction::trigger);
    auto *leftBox = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftBox);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(left, 1);
    leftLayout->addWidget(importButton);

    // Middle: the composer with the fire controls under it.
    name(m_fireButton, "fireButton", tr("Fire"));
    m_fireButton->setToolTip(m_fireAction->toolTip());
    m_fireButton->setDefault(true);
    connect(m_fireButton, &QPushButton::clicked, this, &TesterPage::fire);
    name(m_cancelButton, "cancelButton", tr("Cancel"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &TesterPage::cancel);
    auto *curlButton = new QPushButton(tr("Copy as curl"), this);
    name(curlButton, "copyCurlButton", tr("Copy as curl"));
    curlButton->setToolTip(m_curlAction->toolTip());
    connect(curlButton, &QPushButton::clicked, m_curlAction, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(curlButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_fireButton);
    name(m_message, "testerMessageLabel", tr("Tester message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_message);
    middleLayout->addWidget(m_composer, 1);
    middleLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("testerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(leftBox);
    splitter->addWidget(middle);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({220, 520, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_library, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { handleLibraryItem(current); });
    connect(m_history, &QListWidget::currentRowChanged, this, &TesterPage::handleHistoryRow);
    connect(m_composer, &RequestComposer::urlEdited, this, &TesterPage::updateSourceHint);
    connect(m_composer, &RequestComposer::sourceSecretRequested, this,
            &TesterPage::readSourceSecret);

    buildLibrary();
    TesterRequest start;
    start.url = listenerBase() + QStringLiteral("/hooks/test");
    start.headers = {{"Content-Type", "application/json"}};
    start.body = "{\n  \"hello\": \"world\"\n}";
    m_composer->setRequest(start);
}

TesterPage::~TesterPage()
{
    LoadRunner *runner = m_runner;
    QMetaObject::invokeMethod(
        runner, [runner] { runner->cancel(); }, Qt::BlockingQueuedConnection);
    m_runnerThread.quit();
    m_runnerThread.wait();
}

QString TesterPage::listenerBase() const
{
    if (m_engine && m_engine->isRunning())
        return m_engine->url().toString(QUrl::StripTrailingSlash);
    return QStringLiteral("http://127.0.0.1:8787");
}

void TesterPage::handleEngineStarted(const QString &dataDir)
{
    // Requests still aimed at the address the page guessed before the engine listened follow
    // it to the real one.
    const QString guessed = QStringLiteral("http://127.0.0.1:8787");
    TesterRequest request = m_composer->request();
    if (request.url.startsWith(guessed) && listenerBase() != guessed) {
        const QString url = listenerBase() + request.url.mid(guessed.size());
        m_composer->urlEdit()->setText(url);
    }
    m_historyStore.emplace(dataDir);
    m_history->clear();
    m_historyEntries.clear();
    const auto entries = m_historyStore->load();
    if (!entries) {
        showMessage(tr("The history could not be read: %1").arg(entries.error()), true);
        return;
    }
    m_historyEntries = entries.value();
    for (const HistoryEntry &entry : std::as_const(m_historyEntries))
        addHistoryItem(entry, true);
    updateSourceHint();
}

void TesterPage::buildLibrary()
{
    const auto samples = SampleLibrary::builtIn();
    if (!samples) {
        showMessage(samples.error(), true);
        return;
    }
    m_samples = samples.value();
    auto *useCases = new QTreeWidgetItem(m_library, {tr("Use-case samples")});
    auto *signedSamples = new QTreeWidgetItem(m_library, {tr("Signed samples")});
    signedSamples->setToolTip(0,
                              tr("Signed with the secret you give; the source must be "
                                 "configured with the same scheme and secret"));
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const Sample &sample = m_samples.at(i);
        const bool isSigned = sample.signing != RequestSigning::Kind::None;
        auto *item = new QTreeWidgetItem(
            isSigned ? signedSamples : useCases,
            {isSigned ? sample.title : tr("%1. %2").arg(sample.useCase).arg(sample.title)});
        item->setData(0, KindRole, SampleItem);
        item->setData(0, IndexRole, int(i));
        item->setToolTip(0, tr("POST /hooks/%1 (%2)").arg(sample.source, sample.direction));
    }
    useCases->setFlags(useCases->flags() & ~Qt::ItemIsSelectable);
    signedSamples->setFlags(signedSamples->flags() & ~Qt::ItemIsSelectable);
    m_library->expandAll();
}

bool TesterPage::selectSample(const QString &title)
{
    for (QTreeWidgetItemIterator it(m_library); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == SampleItem
            && m_samples.at((*it)->data(0, IndexRole).toInt()).title == title) {
            m_library->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void TesterPage::handleLibraryItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    if (kind == SampleItem) {
        const Sample &sample = m_samples.at(item->data(0, IndexRole).toInt());
        TesterRequest request;
        request.name = sample.title;
        request.url = listenerBase() + QStringLiteral("/hooks/") + sample.source;
        request.headers = {{"Content-Type", "application/json"}};
        request.body = sample.body;
        m_composer->setRequest(request);
        m_composer->setSigningKind(sample.signing);
    } else if (kind == ImportedItem) {
        const auto at = item->data(0, IndexRole).toPoint();
        const PostmanRequest &imported = m_collections.at(at.x()).requests().at(at.y());
        m_composer->setRequest(imported.request);
        m_composer->setSigningKind(RequestSigning::Kind::None);
        QStringList notes = imported.warnings;
        if (!imported.unresolved.isEmpty())
            notes.prepend(tr("No value for %1: import the collection with a Postman "
                             "environment, or edit the request")
                              .arg(imported.unresolved.join(QLatin1String(", "))));
        if (notes.isEmpty())
            m_message->hide();
        else
            showMessage(notes.join(QLatin1Char('\n')), !imported.unresolved.isEmpty());
    } else {
        return;
    }
    updateSourceHint();
}

const SourceConfig *TesterPage::targetSource() const
{
    // A URL on our own listener names the source.
    const QString url = m_composer->urlEdit()->text().trimmed();
    const QString base = listenerBase() + QStringLiteral("/hooks/");
    if (!m_engine || !url.startsWith(base))
        return nullptr;
    return m_engine->workspace().source(url.mid(base.size()).section(QLatin1Char('?'), 0, 0));
}

void TesterPage::updateSourceHint()
{
    const SourceConfig *source = targetSource();
    if (!source || source->auth.kind == SourceAuth::Kind::None) {
        m_composer->setSourceHint({}, false);
        return;
    }
    const RequestSigning::Kind expected = signingFor(source->auth.kind);
    if (expected == RequestSigning::Kind::None) {
        m_composer->setSourceHint(
            tr("Source '%1' checks credentials (%2): add the header it expects")
                .arg(source->name, source->auth.toJson().value(QLatin1String("type")).toString()),
            false);
        return;
    }
    if (m_composer->signing().kind == RequestSigning::Kind::None)
        m_composer->setSigningKind(expected);
    m_composer->setSourceHint(
        tr("Source '%1' checks %2 with the secret '%3'")
            .arg(source->name, signingTitle(expected), source->auth.secretRef),
        true);
}

void TesterPage::readSourceSecret()
{
    const SourceConfig *source = targetSource();
    if (!source || source->auth.secretRef.isEmpty())
        return;
    const QString ref = source->auth.secretRef;
    m_secrets->read(ref, this, [this, ref](const Result<QString> &secret) {
        if (!secret) {
            showMessage(tr("The secret '%1' could not be read: %2").arg(ref, secret.error()), true);
            return;
        }
        // During a rotation several secrets are stored; the first signs.
        m_composer->setSecret(
            secret->split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).value(0));
        showMessage(tr("The secret '%1' is in the form (in memory only)").arg(ref));
    });
}

void TesterPage::fire()
{
    if (m_running)
        return;
    const TesterRequest request = m_composer->request();
    const RequestSigning signing = m_composer->signing();
    const LoadPlan plan = m_composer->plan();
    if (const auto checked = LoadRunner::check(request, signing, plan); !checked) {
        m_response->showError(checked.error());
        showMessage(tr("Not sent: %1").arg(checked.error()), true);
        return;
    }
    m_message->hide();
    m_running = true;
    m_current = {};
    m_current.sentAt = QDateTime::currentDateTimeUtc();
    m_current.request = request;
    m_current.signing = RequestSigning::kindName(signing.kind);
    m_current.count = plan.count;
    m_current.concurrency = plan.concurrency;
    m_fireAction->setEnabled(false);
    m_fireButton->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_cancelButton->setEnabled(true);
    m_response->startRun(plan.count);
    LoadRunner *runner = m_runner;
    QMetaObject::invokeMethod(runner, [runner, request, signing, plan] {
        // Checked above with the same values; nothing else can refuse it.
        (void)runner->start(request, signing, plan);
    });
}

void TesterPage::cancel()
{
    if (!m_running)
        return;
    LoadRunner *runner = m_runner;
    QMetaObject::invokeMethod(runner, [runner] { runner->cancel(); });
}

void TesterPage::handleProgress(int done, int total)
{
    m_response->setProgress(done, total);
}

void TesterPage::handleResponse(const TesterResponse &response)
{
    m_response->showResponse(response);
}

void TesterPage::handleRunFinished(const LoadSummary &summary)
{
    m_running = false;
    m_fireAction->setEnabled(true);
    m_fireButton->setEnabled(true);
    m_cancelAction->setEnabled(false);
    m_cancelButton->setEnabled(false);
    m_response->showSummary(summary);
    m_current.summary = summary;
    if (m_historyStore) {
        const auto written = m_historyStore->append(m_current);
        if (written) {
            m_historyEntries.append(written.value());
            addHistoryItem(written.value(), true);
        } else {
            showMessage(tr("The history could not be written: %1").arg(written.error()), true);
        }
    }
    Q_EMIT runFinished(summary);
}

void TesterPage::addHistoryItem(const HistoryEntry &entry, bool newest)
{
    const QUrl url(entry.request.url);
    QString text
        = tr("%1  %2 %3")
              .arg(DateTimeText::shortText(entry.sentAt), QString::fromLatin1(entry.request.method),
                   url.path().isEmpty() ? entry.request.url : url.path());
    const QString outcome = entry.summary.statusText();
    if (!outcome.isEmpty())
        text += QStringLiteral(" — ") + outcome;
    auto *item = new QListWidgetItem(text);
    item->setToolTip(tr("%1 %2, %n time(s), %3 at once; sent %4", nullptr, entry.count)
                         .arg(QString::fromLatin1(entry.request.method), entry.request.url)
                         .arg(entry.concurrency)
                         .arg(DateTimeText::isoText(entry.sentAt)));
    // The list shows newest first; the row maps back to m_historyEntries from the end.
    if (newest)
        m_history->insertItem(0, item);
    else
        m_history->addItem(item);
}

void TesterPage::handleHistoryRow(int row)
{
    if (row < 0 || row >= m_historyEntries.size())
        return;
    const HistoryEntry &entry = m_historyEntries.at(m_historyEntries.size() - 1 - row);
    m_composer->setRequest(entry.request);
    m_composer->setSigningKind(RequestSigning::kindFromName(entry.signing));
    m_composer->setPlan(entry.count, entry.concurrency);
    bool redacted = false;
    for (const auto &header : entry.request.headers)
        redacted = redacted || header.second == "[redacted]";
    if (redacted)
        showMessage(tr("Credentials were not kept in the history: fill in the [redacted] values "
                       "before firing"));
    updateSourceHint();
}

void TesterPage::clearHistory()
{
    if (m_historyStore) {
        if (const auto cleared = m_historyStore->clear(); !cleared) {
            showMessage(cleared.error(), true);
            return;
        }
    }
    m_historyEntries.clear();
    m_history->clear();
}

QString TesterPage::copyAsCurl()
{
    const TesterRequest request = m_composer->request();
    const RequestSigning signing = m_composer->signing();
    TesterRequest exported = request.redacted();
    // A signature tells nothing about the secret and keeps the command runnable against a
    // signed source (within its tolerance), so it is computed afresh rather than redacted.
    QString note = tr("Copied as curl; credentials are left out");
    if (signing.kind != RequestSigning::Kind::None) {
        const auto signedHeaders = signing.sign(
            exported.headers, exported.body, "msg_" + QUuid::createUuid().toByteArray(QUuid::Id128),
            QDateTime::currentSecsSinceEpoch());
        if (signedHeaders) {
            exported.headers = signedHeaders.value();
            note = tr("Copied as curl; credentials are left out, the signature is fresh");
        }
    }
    const QString command
        = curlCommand(exported.method, QUrl(exported.url), exported.headers, exported.body);
    QApplication::clipboard()->setText(command);
    showMessage(note);
    return command;
}

void TesterPage::chooseCollection()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Postman collection"), QString(),
        tr("Postman collections (*.postman_collection.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto imported = importCollection(path); !imported) {
        QMessageBox::warning(this, tr("Import a Postman collection"), imported.error());
        return;
    }
    // Variables the collection leaves to an environment: offer to take them from one.
    const PostmanCollection &collection = m_collections.last();
    QStringList unresolved;
    for (const PostmanRequest &request : collection.requests())
        unresolved += request.unresolved;
    unresolved.removeDuplicates();
    if (unresolved.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Import a Postman collection"),
        tr("The collection uses variables it does not define: %1. Take their values from a "
           "Postman environment file?")
            .arg(unresolved.join(QLatin1String(", "))));
    if (answer != QMessageBox::Yes)
        return;
    const QString environment = QFileDialog::getOpenFileName(
        this, tr("Choose a Postman environment"), QFileInfo(path).absolutePath(),
        tr("Postman environments (*.postman_environment.json *.json);;All files (*)"));
    if (environment.isEmpty())
        return;
    delete m_library->topLevelItem(m_library->topLevelItemCount() - 1);
    m_collections.removeLast();
    if (auto imported = importCollection(path, environment); !imported)
        QMessageBox::warning(this, tr("Import a Postman collection"), imported.error());
}

Result<void> TesterPage::importCollection(const QString &path, const QString &environmentPath)
{
    QHash<QString, QString> environment;
    if (!environmentPath.isEmpty()) {
        QFile file(environmentPath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<void>::failure(
                tr("%1: cannot be read: %2").arg(environmentPath, file.errorString()));
        auto values = PostmanCollection::environmentFromJson(file.readAll(),
                                                             QFileInfo(environmentPath).fileName());
        if (!values)
            return Result<void>::failure(values.error());
        environment = values.value();
    }
    auto collection = PostmanCollection::load(path, environment);
    if (!collection) {
        showMessage(collection.error(), true);
        return Result<void>::failure(collection.error());
    }
    addCollection(collection.value());
    QString note
        = tr("Imported %n request(s) from '%1'", nullptr, int(collection->requests().size()))
              .arg(collection->name());
    if (!collection->warnings().isEmpty())
        note += QStringLiteral("; ") + collection->warnings().join(QStringLiteral("; "));
    showMessage(note);
    return {};
}

void TesterPage::addCollection(const PostmanCollection &collection)
{
    const int index = int(m_collections.size());
    m_collections.append(collection);
    auto *root = new QTreeWidgetItem(m_library, {collection.name()});
    root->setFlags(root->flags() & ~Qt::ItemIsSelectable);
    root->setToolTip(0, collection.warnings().join(QLatin1Char('\n')));
    QHash<QString, QTreeWidgetItem *> folders;
    for (qsizetype i = 0; i < collection.requests().size(); ++i) {
        const PostmanRequest &request = collection.requests().at(i);
        QTreeWidgetItem *parent = root;
        QString path;
        for (const QString &folder : request.folders) {
            path += QLatin1Char('/') + folder;
            QTreeWidgetItem *&item = folders[path];
            if (!item) {
                item = new QTreeWidgetItem(parent, {folder});
                item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            }
            parent = item;
        }
        auto *item = new QTreeWidgetItem(
            parent,
            {tr("%1 %2").arg(QString::fromLatin1(request.request.method), request.request.name)});
        item->setData(0, KindRole, ImportedItem);
        item->setData(0, IndexRole, QPoint(index, int(i)));
        QStringList tip {request.request.url};
        if (!request.authType.isEmpty())
            tip.append(tr("auth: %1").arg(request.authType));
        if (!request.unresolved.isEmpty())
            tip.append(tr("no value for %1").arg(request.unresolved.join(QLatin1String(", "))));
        tip += request.warnings;
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
    }
    root->setExpanded(true);
    m_library->expandItem(root);
    for (QTreeWidgetItem *folder : std::as_const(folders))
        folder->setExpanded(true);
}

void TesterPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01e1e") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace OtBridge
