// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxinboxpage.h"

#include "datetimetext.h"
#include "engine/engine.h"
#include "sandboxinboxmodel.h"
#include "sandboxmessageview.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr int requestTimeoutMs = 5000;

QString replyError(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0)
        return SandboxInboxPage::tr("it answered HTTP %1").arg(status);
    return reply->errorString();
}

} // namespace

SandboxInboxPage::SandboxInboxPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_network(new QNetworkAccessManager(this))
    , m_model(new SandboxInboxModel(this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_messageView(new SandboxMessageView(m_splitter))
    , m_pollTimer(this)
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("sandboxToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_refreshAction = toolBar->addAction(tr("Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setToolTip(tr("Fetch the inbox and every job's state now"));
    m_clearAction = toolBar->addAction(tr("Clear"));
    m_clearAction->setObjectName(QStringLiteral("clearInboxAction"));
    m_clearAction->setToolTip(tr("Delete every message the sandbox received"));

    m_notice->setObjectName(QStringLiteral("sandboxNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(32);
    m_notice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notice->hide();

    m_error->setObjectName(QStringLiteral("inboxError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e4; color: #8a1f11; "
                                          "padding: 6px; border: 1px solid #e8a1a3; }"));
    m_error->hide();

    m_view->setObjectName(QStringLiteral("inboxTable"));
    m_view->setAccessibleName(tr("Messages the sandbox received"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    // The subject or text takes what the fixed columns leave, so nothing scrolls sideways.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthOf = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QLatin1String(sample)) + 2 * metrics.averageCharWidth();
    };
    header->setMinimumSectionSize(widthOf("SMS"));
    header->resizeSection(SandboxInboxModel::ChannelColumn, widthOf("WhatsApp"));
    header->resizeSection(SandboxInboxModel::RecipientsColumn, widthOf("+49 151 12345678"));
    header->resizeSection(SandboxInboxModel::JobColumn, widthOf("xsi-0000000000"));
    header->resizeSection(SandboxInboxModel::StateColumn, widthOf("Processing"));
    header->resizeSection(SandboxInboxModel::ReceivedColumn,
                          fontMetrics().horizontalAdvance(DateTimeText::shortText(
                              QDateTime(QDate(2026, 12, 30), QTime(23, 59))))
                              + 24);
    header->setSectionResizeMode(SandboxInboxModel::SummaryColumn, QHeaderView::Stretch);
    m_messageView->setObjectName(QStringLiteral("messageView"));

    m_splitter->setObjectName(QStringLiteral("sandboxSplitter"));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SandboxInboxPage::poll);
    connect(m_refreshAction, &QAction::triggered, this, &SandboxInboxPage::refresh);
    connect(m_clearAction, &QAction::triggered, this, &SandboxInboxPage::confirmClear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SandboxInboxPage::handleCurrentRowChanged);
    // A job's state moves on while it is shown.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_view->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showSelected();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfSeq(m_messageView->shownSeq());
        if (row < 0) {
            m_messageView->clear();
            return;
        }
        m_view->setCurrentIndex(m_model->index(row, 0));
    });
    // Another sandbox (or none) after the target changed: its inbox starts empty.
    connect(m_engine, &Engine::openTextTargetChanged, this, [this] {
        ++m_generation;
        if (m_pending)
            m_pending->abort();
        m_model->clear();
        m_messageView->clear();
        if (updateAvailability() && isVisible())
            refresh();
    });
    updateAvailability();
}

SandboxInboxPage::~SandboxInboxPage()
{
    if (m_pending)
        m_pending->abort();
}

QUrl SandboxInboxPage::inboxUrl() const
{
    const QUrl base = m_engine->sandboxUrl();
    return base.isEmpty() ? QUrl() : base.resolved(QUrl(QStringLiteral("/admin/inbox")));
}

bool SandboxInboxPage::updateAvailability()
{
    const bool available = !inboxUrl().isEmpty();
    if (!available)
        m_notice->setText(
            m_engine->isRunning()
                ? tr("This workspace sends to a real OpenText account, not the built-in sandbox, "
                     "so there is no sandbox inbox to show. To try messages offline, choose "
                     "Built-in sandbox on the Targets page, save, and start OT Bridge again.")
                : tr("OT Bridge is not running, so neither is its built-in sandbox: there is no "
                     "inbox to show."));
    m_notice->setVisible(!available);
    m_splitter->setVisible(available);
    m_refreshAction->setEnabled(available);
    m_clearAction->setEnabled(available);
    if (!available)
        m_error->hide();
    return available;
}

void SandboxInboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pollTimer.start();
    refresh();
}

void SandboxInboxPage::hideEvent(QHideEvent *event)
{
    m_pollTimer.stop();
    QWidget::hideEvent(event);
}

void SandboxInboxPage::refresh()
{
    m_fullWanted = true;
    if (!m_pending)
        fetch(true);
}

void SandboxInboxPage::poll()
{
    if (m_pending)
        return;
    ++m_polls;
    fetch(m_fullWanted || m_polls % fullRefreshEvery == 0);
}

void SandboxInboxPage::fetch(bool full)
{
    if (!updateAvailability())
        return;
    QUrl url = inboxUrl();
    if (!full) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(m_model->latestSeq()));
        url.setQuery(query);
    }
    m_fullWanted = false;
    QNetworkRequest request(url);
    request.setTransferTimeout(requestTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, full, generation = m_generation] {
        handleFetched(reply, full, generation);
    });
}

void SandboxInboxPage::handleFetched(QNetworkReply *reply, bool full, int generation)
{
    reply->deleteLater();
    if (m_pending == reply)
        m_pending = nullptr;
    if (generation != m_generation)
        return; // asked before a clear: it may list what is gone
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        showError(tr("The sandbox at %1 did not give its inbox: %2")
                      .arg(m_engine->sandboxUrl().toString(), replyError(reply)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonValue messages = document.object().value(QLatin1String("messages"));
    if (parseError.error != QJsonParseError::NoError || !messages.isArray()) {
        showError(tr("The sandbox at %1 answered something that is not an inbox: %2")
                      .arg(m_engine->sandboxUrl().toString(),
                           parseError.error != QJsonParseError::NoError
                               ? parseError.errorString()
                               : tr("there is no \"messages\" list")));
        return;
    }
    m_error->hide();
    QList<QJsonObject> list;
    for (const QJsonValue &message : messages.toArray())
        list.append(message.toObject());
    if (full)
        m_model->replaceAll(list);
    else
        m_model->addNewer(list);
    Q_EMIT refreshed();
    if (m_fullWanted && !m_pending)
        fetch(true);
}

void SandboxInboxPage::handleCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_messageView->clear();
        return;
    }
    showSelected();
    // What is shown should be current: its state may have moved on since the last poll.
    refresh();
}

void SandboxInboxPage::showSelected()
{
    const QJsonObject message = m_model->message(m_view->currentIndex().row());
    if (message.isEmpty())
        m_messageView->clear();
    else
        m_messageView->showMessage(message);
}

void SandboxInboxPage::confirmClear()
{
    const auto answer = QMessageBox::question(
        this, tr("Clear the sandbox inbox"),
        tr("Delete every message the sandbox received? Nothing was sent anywhere, so nothing "
           "else changes."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        clearInbox();
}

void SandboxInboxPage::clearInbox()
{
    const QUrl url = inboxUrl();
    if (url.isEmpty())
        return;
    // Whatever is on its way was asked before the clear.
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    QNetworkRequest request(url);
    request.setTransferTimeout(requestTimeoutMs);
    QNetworkReply *reply = m_network->deleteResource(request);
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_pending == reply)
            m_pending = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
            showError(tr("The sandbox at %1 did not clear its inbox: %2")
                          .arg(m_engine->sandboxUrl().toString(), replyError(reply)));
            return;
        }
        ++m_generation;
        m_model->clear();
        m_messageView->clear();
        m_error->hide();
        Q_EMIT inboxCleared();
    });
}

void SandboxInboxPage::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}

} // namespace OtBridge
