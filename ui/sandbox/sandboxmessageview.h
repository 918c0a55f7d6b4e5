// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace OtBridge {

class OfflineTextBrowser;

// One inbox entry the way its recipient would see it: an email with its HTML body (nothing
// remote loaded), an SMS as a bubble with its length and segments, a fax's documents and
// pages, a WhatsApp message or template, or a captured HTTP request. The job id and its
// current state are on top of each.
class SandboxMessageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxMessageView)

public:
    explicit SandboxMessageView(QWidget *parent = nullptr);
    ~SandboxMessageView() override;

    // Renders the entry; for the entry already shown, only its state and destinations change,
    // so reading a long email is not interrupted by a status update.
    void showMessage(const QJsonObject &message);
    void clear();
    qint64 shownSeq() const { return m_shownSeq; }

    OfflineTextBrowser *emailBody() const { return m_emailBody; }

private:
    enum PageIndex { EmptyPage, EmailPage, SmsPage, FaxPage, WhatsAppPage, CapturePage };

    void showState(const QJsonObject &message);
    void showEmail(const QJsonObject &message);
    void showSms(const QJsonObject &message);
    void showFax(const QJsonObject &message);
    void showWhatsApp(const QJsonObject &message);
    void showCapture(const QJsonObject &message);

    qint64 m_shownSeq = -1;
    QLabel *m_title;
    QLabel *m_jobId;
    QLabel *m_state;
    QLabel *m_received;
    QWidget *m_overview;
    QTableWidget *m_destinations;
    QStackedWidget *m_pages;

    QLabel *m_emailSubject;
    QLabel *m_emailFrom;
    QLabel *m_emailTo;
    OfflineTextBrowser *m_emailBody;
    QLabel *m_emailAttachments;

    QLabel *m_smsBubble;
    QLabel *m_smsSize;

    QTableWidget *m_faxDocuments;
    QLabel *m_faxSummary;

    QLabel *m_whatsAppBubble;
    QLabel *m_whatsAppTemplate;
    QTableWidget *m_whatsAppParameters;

    QLabel *m_captureRequest;
    QTableWidget *m_captureHeaders;
    QPlainTextEdit *m_captureBody;
};

} // namespace OtBridge
