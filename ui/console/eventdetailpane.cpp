// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetailpane.h"

#include "eventdetail.h"
#include "eventtablemodel.h"
#include "jsontreemodel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

enum OverviewField {
    IdField,
    SourceField,
    ReceivedField,
    PeerField,
    SizeField,
    StateField,
    ReasonField,
    FieldCount
};

} // namespace

EventDetailPane::EventDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_tree(new QTreeView(this))
    , m_jsonModel(new JsonTreeModel(this))
    , m_headers(new QTableWidget(0, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("overview"));
    auto *form = new QFormLayout(overview);
    form->setContentsMargins(6, 6, 6, 0);
    const QString labels[FieldCount]
        = {tr("Event id:"), tr("Source:"), tr("Received:"), tr("Peer:"),
           tr("Size:"),     tr("State:"),  tr("Reason:")};
    const char *names[FieldCount]
        = {"overviewId",   "overviewSource", "overviewReceived", "overviewPeer",
           "overviewSize", "overviewState",  "overviewReason"};
    for (int field = 0; field < FieldCount; ++field) {
        auto *value = new QLabel(overview);
        value->setObjectName(QLatin1String(names[field]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(field == ReasonField);
        form->addRow(labels[field], value);
        m_overviewValues.append(value);
    }
    layout->addWidget(overview);

    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_message);

    m_body->setObjectName(QStringLiteral("bodyView"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_tree->setObjectName(QStringLiteral("jsonTreeView"));
    m_tree->setModel(m_jsonModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::ResizeToContents);

    m_headers->setObjectName(QStringLiteral("headersView"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_headers, tr("Headers"));
    layout->addWidget(m_tabs, 1);

    clear();
}

EventDetailPane::~EventDetailPane() = default;

void EventDetailPane::setOverviewValue(int field, const QString &text)
{
    m_overviewValues.at(field)->setText(text);
}

void EventDetailPane::clearContent(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_body->clear();
    m_jsonModel->setDocument({});
    m_headers->setRowCount(0);
}

void EventDetailPane::clear()
{
    for (int field = 0; field < FieldCount; ++field)
        setOverviewValue(field, {});
    clearContent(tr("Select a row to see its headers and body."));
}

void EventDetailPane::showSummary(const EventSummary &summary, bool loading)
{
    setOverviewValue(IdField,
                     summary.id.isNull() ? tr("none (not stored)")
                                         : summary.id.toString(QUuid::WithoutBraces));
    setOverviewValue(SourceField, summary.source.isEmpty() ? tr("unknown") : summary.source);
    setOverviewValue(ReceivedField,
                     QLocale().toString(summary.receivedAt.toLocalTime(),
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")));
    setOverviewValue(PeerField, summary.peer);
    setOverviewValue(SizeField,
                     summary.rejected ? QString() : QLocale().formattedDataSize(summary.bodySize));
    setOverviewValue(
        StateField,
        summary.httpStatus > 0
            ? tr("%1 (HTTP %2)").arg(EventTableModel::stateText(summary)).arg(summary.httpStatus)
            : EventTableModel::stateText(summary));
    setOverviewValue(ReasonField,
                     summary.rejected || summary.duplicate ? summary.detail : QString());
    if (summary.rejected)
        clearContent(
            tr("This request was rejected, so nothing of it was stored: %1").arg(summary.detail));
    else if (loading)
        clearContent(tr("Reading the event from the store…"));
    else
        clearContent({});
}

void EventDetailPane::showDetail(const EventDetail &detail)
{
    if (!detail.found) {
        clearContent(tr("The event %1 is no longer in the store.")
                         .arg(detail.id.toString(QUuid::WithoutBraces)));
        return;
    }
    const Event &event = detail.event;
    switch (detail.bodyFormat) {
    case EventDetail::BodyFormat::Empty:
        clearContent(tr("The request had an empty body."));
        break;
    case EventDetail::BodyFormat::Json:
        clearContent({});
        break;
    case EventDetail::BodyFormat::Text:
        clearContent(tr("The body is not JSON; it is shown as text."));
        break;
    case EventDetail::BodyFormat::Hex:
        clearContent(tr("The body is binary; it is shown as a hex dump."));
        break;
    }
    m_body->setPlainText(detail.bodyText);
    m_jsonModel->setDocument(detail.json);
    m_tree->expandToDepth(1); // the top-level members and their children
    m_tree->resizeColumnToContents(JsonTreeModel::ValueColumn);

    m_headers->setRowCount(int(event.headers.size()));
    for (int row = 0; row < event.headers.size(); ++row) {
        const auto &[name, value] = event.headers.at(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
}

} // namespace OtBridge
