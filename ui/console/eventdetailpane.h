// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTreeView;
class QTreeWidget;

namespace OtBridge {

class JsonTreeModel;
struct EventDetail;

// The lower half of the console: an overview of the selected row, and for a stored event its
// body as received beside a formatted view of it, its JSON tree, its headers, the timeline of
// its deliveries (attempts, answers, OpenText jobs) and its escalation and acknowledgement. A
// refused request shows the headers and the first 64 KiB of the body it came with.
class EventDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailPane)

public:
    explicit EventDetailPane(QWidget *parent = nullptr);
    ~EventDetailPane() override;

    void clear();
    // Shows what the console row knows; the body follows with showDetail() once it is read.
    void showSummary(const OtBridge::EventSummary &summary, bool loading);
    void showDetail(const OtBridge::EventDetail &detail);
    // The row's newer word on what became of the event shown (outcome, matched rules).
    void updateOutcome(const OtBridge::EventSummary &summary);

    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    QTreeWidget *deliveriesView() const { return m_deliveries; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QPlainTextEdit *prettyBodyView() const { return m_pretty; }
    // The delivery whose row (or one of whose attempts) is selected in the timeline; empty when
    // none is.
    QString selectedDeliveryId() const;
    bool deliveriesShown() const;

    // Answers longer than this are cut in the timeline (the whole answer is in its tooltip).
    static constexpr int responseExcerptChars = 160;

private:
    void setOverviewValue(int field, const QString &text);
    void clearContent(const QString &message);
    void showBody(const QByteArray &body);
    void showDeliveries(const OtBridge::EventDetail &detail);
    void showEscalation(const OtBridge::EventDetail &detail);

    QLabel *m_message;
    QList<QLabel *> m_overviewCaptions;
    QList<QLabel *> m_overviewValues;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_body; // as received
    QPlainTextEdit *m_pretty; // formatted
    QTreeView *m_tree;
    JsonTreeModel *m_jsonModel;
    QTableWidget *m_headers;
    QTreeWidget *m_deliveries;
    QLabel *m_escalationSummary;
    QTreeWidget *m_escalations;
};

} // namespace OtBridge
