// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetailpane.h"

#include "datetimetext.h"
#include "eventdetail.h"
#include "eventtablemodel.h"
#include "jsontreemodel.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
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
    RulesField,
    RerunField,
    ReasonField,
    FieldCount
};

} // namespace

EventDetailPane::EventDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_tree(new QTreeView(this))
    , m_jsonModel(new JsonTreeModel(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_deliveries(new QTreeWidget(this))
    , m_escalationSummary(new QLabel(this))
    , m_escalations(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("overview"));
    // Two columns of short facts, then the long ones across the width, shown only when they
    // say something: the pane stays low and the table keeps the height.
    auto *grid = new QGridLayout(overview);
    grid->setContentsMargins(6, 6, 6, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const QString labels[FieldCount]
        = {tr("Event id:"), tr("Source:"),        tr("Received:"), tr("Peer:"),  tr("Size:"),
           tr("Outcome:"),  tr("Matched rules:"), tr("Re-runs:"),  tr("Reason:")};
    const char *names[FieldCount]
        = {"overviewId",    "overviewSource", "overviewReceived", "overviewPeer",  "overviewSize",
           "overviewState", "overviewRules",  "overviewRerun",    "overviewReason"};
    for (int field = 0; field < FieldCount; ++field) {
        auto *caption = new QLabel(labels[field], overview);
        auto *value = new QLabel(overview);
        value->setObjectName(QLatin1String(names[field]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const bool wide = field >= RulesField;
        value->setWordWrap(wide);
        if (wide) {
            grid->addWidget(caption, field - RulesField + 3, 0, Qt::AlignTop);
            grid->addWidget(value, field - RulesField + 3, 1, 1, 3);
        } else {
            grid->addWidget(caption, field / 2, (field % 2) * 2);
            grid->addWidget(value, field / 2, (field % 2) * 2 + 1);
        }
        m_overviewCaptions.append(caption);
        m_overviewValues.append(value);
    }
    layout->addWidget(overview);

    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_message);

    m_body->setObjectName(QStringLiteral("bodyView"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setReadOnly(true);
    // Wrapped for the eye only: what is copied is still the bytes as received.
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setToolTip(tr("The body exactly as it was received"));
    m_pretty->setObjectName(QStringLiteral("prettyBodyView"));
    m_pretty->setAccessibleName(tr("Formatted body"));
    m_pretty->setReadOnly(true);
    m_pretty->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_pretty->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_pretty->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pretty->setToolTip(tr("The body indented for reading; members stay in the order they came"));
    auto *bodies = new QSplitter(Qt::Horizontal, this);
    bodies->setObjectName(QStringLiteral("bodySplitter"));
    bodies->setChildrenCollapsible(false);
    const auto titled = [bodies](QPlainTextEdit *edit, const QString &title) {
        auto *box = new QWidget(bodies);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 2, 0, 0);
        boxLayout->setSpacing(2);
        auto *label = new QLabel(title, box);
        label->setContentsMargins(4, 0, 4, 0);
        boxLayout->addWidget(label);
        boxLayout->addWidget(edit, 1);
        bodies->addWidget(box);
    };
    titled(m_body, tr("As received"));
    titled(m_pretty, tr("Formatted"));

    m_tree->setObjectName(QStringLiteral("jsonTreeView"));
    m_tree->setAccessibleName(tr("Body as a JSON tree"));
    m_tree->setModel(m_jsonModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::ResizeToContents);

    m_headers->setObjectName(QStringLiteral("headersView"));
    m_headers->setAccessibleName(tr("Headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->verticalHeader()->hide();
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_deliveries->setObjectName(QStringLiteral("deliveriesView"));
    m_deliveries->setAccessibleName(tr("Deliveries and their attempts"));
    m_deliveries->setHeaderLabels(
        {tr("Delivery"), tr("State"), tr("Time"), tr("HTTP"), tr("OpenText job"), tr("Detail")});
    m_deliveries->setUniformRowHeights(true);
    m_deliveries->setAlternatingRowColors(true);
    m_deliveries->setRootIsDecorated(true);
    m_deliveries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deliveries->header()->setStretchLastSection(true);

    auto *escalation = new QWidget(this);
    escalation->setObjectName(QStringLiteral("escalationTab"));
    auto *escalationLayout = new QVBoxLayout(escalation);
    escalationLayout->setContentsMargins(6, 6, 6, 6);
    m_escalationSummary->setObjectName(QStringLiteral("escalationSummary"));
    m_escalationSummary->setAccessibleName(tr("Escalation and acknowledgement"));
    m_escalationSummary->setWordWrap(true);
    m_escalationSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_escalations->setObjectName(QStringLiteral("escalationView"));
    m_escalations->setAccessibleName(tr("Escalation tiers"));
    m_escalations->setHeaderLabels({tr("Rule"), tr("Tier"), tr("Due"), tr("State"), tr("Fired")});
    m_escalations->setRootIsDecorated(false);
    m_escalations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    escalationLayout->addWidget(m_escalationSummary);
    escalationLayout->addWidget(m_escalations, 1);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Event detail"));
    m_tabs->addTab(bodies, tr("Body"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_deliveries, tr("Deliveries"));
    m_tabs->addTab(escalation, tr("Escalation"));
    layout->addWidget(m_tabs, 1);

    clear();
}

EventDetailPane::~EventDetailPane() = default;

void EventDetailPane::setOverviewValue(int field, const QString &text)
{
    m_overviewValues.at(field)->setText(text);
    if (field >= RulesField) {
        m_overviewValues.at(field)->setVisible(!text.isEmpty());
        m_overviewCaptions.at(field)->setVisible(!text.isEmpty());
    }
}

void EventDetailPane::clearContent(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_body->clear();
    m_pretty->clear();
    m_jsonModel->setDocument({});
    m_headers->setRowCount(0);
    m_deliveries->clear();
    m_escalations->clear();
    m_escalationSummary->clear();
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
    setOverviewValue(ReceivedField, DateTimeText::shortText(summary.receivedAt));
    m_overviewValues.at(ReceivedField)->setToolTip(DateTimeText::isoText(summary.receivedAt));
    setOverviewValue(PeerField, summary.peer);
    setOverviewValue(SizeField,
                     summary.rejected ? QString() : QLocale().formattedDataSize(summary.bodySize));
    updateOutcome(summary);
    setOverviewValue(RerunField,
                     summary.rerunOf.isNull()
                         ? QString()
                         : tr("re-run %1 of %2")
                               .arg(summary.rerunNumber)
                               .arg(summary.rerunOf.toString(QUuid::WithoutBraces)));
    setOverviewValue(ReasonField,
                     summary.rejected || summary.duplicate ? summary.detail : QString());
    if (summary.rejected) {
        QString kept;
        if (summary.body.isEmpty() && summary.bodyTruncated)
            kept = tr("None of its body was kept.");
        else if (summary.body.isEmpty())
            kept = tr("It had no body.");
        else if (summary.bodyTruncated)
            kept = tr("The first %1 of its body are kept below.")
                       .arg(QLocale().formattedDataSize(summary.body.size()));
        else
            kept = tr("Its body is kept below.");
        clearContent(tr("This request was rejected with HTTP %1, so it was not stored: %2. %3")
                         .arg(summary.httpStatus)
                         .arg(summary.detail, kept));
        showBody(summary.body);
        m_headers->setRowCount(int(summary.requestHeaders.size()));
        for (int row = 0; row < summary.requestHeaders.size(); ++row) {
            const auto &[name, value] = summary.requestHeaders.at(row);
            m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
            m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
        }
    } else if (loading) {
        clearContent(tr("Reading the event from the store…"));
    } else {
        clearContent({});
    }
}

void EventDetailPane::updateOutcome(const EventSummary &summary)
{
    // A stored event's answer was always 202; a refusal's or a duplicate's status says more.
    setOverviewValue(
        StateField,
        (summary.rejected || summary.duplicate) && summary.httpStatus > 0
            ? tr("%1 (HTTP %2)").arg(EventTableModel::outcomeText(summary)).arg(summary.httpStatus)
            : EventTableModel::outcomeText(summary));
    setOverviewValue(RulesField, summary.rules.join(QStringLiteral(", ")));
}

void EventDetailPane::showBody(const QByteArray &body)
{
    const EventDetail::BodyView view = EventDetail::viewOf(body);
    m_body->setPlainText(view.raw);
    m_pretty->setPlainText(view.pretty);
    m_jsonModel->setDocument(view.json);
    m_tree->expandToDepth(1);
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
    m_body->setPlainText(detail.rawText);
    m_pretty->setPlainText(detail.bodyText);
    m_jsonModel->setDocument(detail.json);
    m_tree->expandToDepth(1); // the top-level members and their children
    m_tree->resizeColumnToContents(JsonTreeModel::ValueColumn);

    m_headers->setRowCount(int(event.headers.size()));
    for (int row = 0; row < event.headers.size(); ++row) {
        const auto &[name, value] = event.headers.at(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
    if (!detail.reruns.isEmpty()) {
        QStringList ids;
        for (const QUuid &rerun : detail.reruns)
            ids.append(rerun.toString(QUuid::WithoutBraces));
        setOverviewValue(RerunField, tr("run again as %1").arg(ids.join(QStringLiteral(", "))));
    } else if (!event.rerunOf.isNull()) {
        setOverviewValue(RerunField,
                         tr("re-run %1 of %2")
                             .arg(event.rerunNumber)
                             .arg(event.rerunOf.toString(QUuid::WithoutBraces)));
    }
    showDeliveries(detail);
    showEscalation(detail);
}

namespace {

QString timeText(const QDateTime &time)
{
    return DateTimeText::shortText(time);
}

QString deliveryStateText(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return EventDetailPane::tr("pending");
    case DeliveryState::Retrying:
        return EventDetailPane::tr("retrying");
    case DeliveryState::Delivered:
        return EventDetailPane::tr("delivered");
    case DeliveryState::Dead:
        return EventDetailPane::tr("dead");
    case DeliveryState::Cancelled:
        return EventDetailPane::tr("cancelled");
    }
    return {};
}

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("delivered"))
        return EventDetailPane::tr("delivered");
    if (outcome == QLatin1String("retry"))
        return EventDetailPane::tr("will retry");
    if (outcome == QLatin1String("failed"))
        return EventDetailPane::tr("failed");
    return outcome;
}

QString openTextStateText(const QString &state)
{
    if (state == QLatin1String("pending"))
        return EventDetailPane::tr("pending");
    if (state == QLatin1String("sent"))
        return EventDetailPane::tr("sent");
    if (state == QLatin1String("delivered"))
        return EventDetailPane::tr("delivered");
    if (state == QLatin1String("failed"))
        return EventDetailPane::tr("failed");
    return state;
}

QString escalationTierStateText(const QString &state)
{
    if (state == QLatin1String("scheduled"))
        return EventDetailPane::tr("scheduled");
    if (state == QLatin1String("fired"))
        return EventDetailPane::tr("fired");
    if (state == QLatin1String("cancelled"))
        return EventDetailPane::tr("cancelled");
    return state;
}

QString oneLine(const QString &text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars)
        line = line.left(maxChars) + QChar(0x2026);
    return line;
}

} // namespace

void EventDetailPane::showDeliveries(const EventDetail &detail)
{
    m_deliveries->clear();
    if (detail.deliveries.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_deliveries);
        none->setText(0, tr("No deliveries: no rule sent this event anywhere (yet)."));
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const DeliveryRecord &delivery : detail.deliveries) {
        auto *item = new QTreeWidgetItem(m_deliveries);
        item->setData(0, Qt::UserRole, delivery.id);
        item->setText(0,
                      delivery.tier > 0 ? tr("%1 (rule %2, escalation tier %3)")
                                              .arg(delivery.target, delivery.rule)
                                              .arg(delivery.tier)
                                        : tr("%1 (rule %2, action %3)")
                                              .arg(delivery.target, delivery.rule)
                                              .arg(delivery.actionIndex + 1));
        item->setText(1, deliveryStateText(delivery.state));
        item->setText(2, timeText(delivery.updatedAt));
        if (!delivery.openTextJobId.isEmpty())
            item->setText(4,
                          delivery.openTextState.isEmpty()
                              ? delivery.openTextJobId
                              : tr("%1: %2").arg(delivery.openTextJobId,
                                                 openTextStateText(delivery.openTextState)));
        QString detailText = delivery.lastError;
        if (delivery.state == DeliveryState::Retrying && delivery.nextAttemptAt.isValid())
            detailText = tr("next attempt %1; %2")
                             .arg(timeText(delivery.nextAttemptAt), delivery.lastError);
        // Notification steps (README, "Notification steps"): why it waited, a digest's events,
        // a fallback's link to the delivery that failed.
        QStringList steps;
        const DeliverySteps &step = delivery.steps;
        if (step.hold == QLatin1String("delay"))
            steps.append(tr("held by a delay until %1").arg(timeText(step.heldUntil)));
        else if (step.hold == QLatin1String("quiet"))
            steps.append(tr("held for quiet hours until %1").arg(timeText(step.heldUntil)));
        else if (step.hold == QLatin1String("digest"))
            steps.append(
                tr("digest of %n event(s), sent %1", nullptr, int(step.digestEvents.size()))
                    .arg(timeText(step.heldUntil)));
        if (!step.fallbackFor.isEmpty())
            steps.append(tr("fallback for %1").arg(step.fallbackFor));
        if (step.fallbackSent)
            steps.append(tr("its fallback %1 was sent").arg(step.fallback));
        if (!steps.isEmpty())
            detailText = steps.join(QLatin1String("; "))
                + (detailText.isEmpty() ? QString() : QStringLiteral("; ") + detailText);
        item->setText(5, oneLine(detailText, responseExcerptChars));
        item->setToolTip(5, detailText);
        for (const QUuid &digested : step.digestEvents) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, Qt::UserRole, delivery.id);
            child->setText(0, tr("digested event"));
            child->setText(5, digested.toString(QUuid::WithoutBraces));
        }
        for (const DeliveryAttempt &attempt : detail.attempts.value(delivery.id)) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, Qt::UserRole, delivery.id);
            child->setText(0, tr("attempt %1").arg(attempt.number));
            child->setText(1, outcomeText(attempt.outcome));
            child->setText(2, timeText(attempt.startedAt));
            if (attempt.httpStatus > 0)
                child->setText(3, QString::number(attempt.httpStatus));
            const QString answer = attempt.error.isEmpty()
                ? attempt.response
                : (attempt.response.isEmpty()
                       ? attempt.error
                       : tr("%1; answer: %2").arg(attempt.error, attempt.response));
            child->setText(
                5,
                tr("%1 ms; %2").arg(attempt.durationMs).arg(oneLine(answer, responseExcerptChars)));
            child->setToolTip(5, answer);
        }
        item->setExpanded(delivery.state != DeliveryState::Delivered);
    }
}

void EventDetailPane::showEscalation(const EventDetail &detail)
{
    m_escalations->clear();
    QStringList lines;
    const QString state = detail.escalationState();
    if (state == QLatin1String("waiting"))
        lines << tr("Escalation: waiting for an acknowledgement.");
    else if (state == QLatin1String("acknowledged"))
        lines << tr("Escalation: stopped by the acknowledgement.");
    else if (state == QLatin1String("exhausted"))
        lines << tr("Escalation: every tier has fired.");
    else
        lines << tr("Escalation: none (no rule asks for an acknowledgement).");
    if (detail.acknowledgement) {
        const Acknowledgement &ack = *detail.acknowledgement;
        // How it came: an acknowledgement link in a message, the API, this console; stored
        // before version 3 of the store, nothing.
        QString who = ack.by;
        if (ack.via == QLatin1String("link"))
            who = tr("%1 via link").arg(ack.by);
        else if (ack.via == QLatin1String("api"))
            who = tr("%1 via the API").arg(ack.by);
        else if (ack.via == QLatin1String("console"))
            who = tr("%1 in the console").arg(ack.by);
        lines << (ack.note.isEmpty()
                      ? tr("Acknowledged by %1 at %2.").arg(who, timeText(ack.at))
                      : tr("Acknowledged by %1 at %2: %3").arg(who, timeText(ack.at), ack.note));
    } else {
        lines << tr("Not acknowledged.");
    }
    m_escalationSummary->setText(lines.join(QLatin1Char('\n')));
    for (const EscalationRecord &tier : detail.escalations) {
        auto *item = new QTreeWidgetItem(m_escalations);
        item->setText(0, tier.rule);
        item->setText(1, QString::number(tier.tier));
        item->setText(2, timeText(tier.dueAt));
        item->setText(3, escalationTierStateText(tier.state));
        item->setText(4, timeText(tier.firedAt));
    }
}

QString EventDetailPane::selectedDeliveryId() const
{
    const QTreeWidgetItem *item = m_deliveries->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

bool EventDetailPane::deliveriesShown() const
{
    return m_tabs->currentWidget() == m_deliveries;
}

} // namespace OtBridge
