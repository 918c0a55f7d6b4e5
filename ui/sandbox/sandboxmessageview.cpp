// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxmessageview.h"

#include "datetimetext.h"
#include "ingest/headerredaction.h"
#include "offlinetextbrowser.h"
#include "sandboxinboxmodel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

const char bubbleStyle[] = "QLabel { background: #dcf3d6; color: #1b1b1b; border-radius: 12px; "
                           "padding: 10px 14px; }";

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QLabel *makeLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // everything shown here came from outside
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A bubble on the left, as wide as its text up to its maximum width, wrapping beyond. An
// alignment flag instead of the stretch would give the label its one-line height and cut off
// every line after the first.
QHBoxLayout *bubbleRow(QLabel *bubble)
{
    bubble->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *row = new QHBoxLayout;
    row->addWidget(bubble, 3);
    row->addStretch(1);
    return row;
}

QTableWidget *makeTable(QWidget *parent, const char *objectName, const QStringList &headers,
                        const QString &accessibleName)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    // Small tables: every column as wide as its contents, the last one takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QWidget *page(QStackedWidget *pages, const char *objectName)
{
    auto *widget = new QWidget(pages);
    widget->setObjectName(QLatin1String(objectName));
    pages->addWidget(widget);
    return widget;
}

} // namespace

SandboxMessageView::SandboxMessageView(QWidget *parent)
    : QWidget(parent)
    , m_title(makeLabel(this, "messageTitle"))
    , m_jobId(makeLabel(this, "messageJobId"))
    , m_state(makeLabel(this, "messageState"))
    , m_received(makeLabel(this, "messageReceived"))
    , m_overview(new QWidget(this))
    , m_destinations(makeTable(this, "destinationsTable",
                               {tr("Address"), tr("Reference"), tr("State")}, tr("Destinations")))
    , m_pages(new QStackedWidget(this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    auto *overview = new QFormLayout(m_overview);
    overview->setContentsMargins(0, 0, 0, 0);
    overview->addRow(tr("Job:"), m_jobId);
    overview->addRow(tr("State:"), m_state);
    overview->addRow(tr("Received:"), m_received);
    m_destinations->setMaximumHeight(m_destinations->fontMetrics().height() * 7);
    m_pages->setObjectName(QStringLiteral("channelPages"));

    auto *empty = page(m_pages, "emptyPage");
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("Select a message to see what its recipients would get."));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);

    auto *email = page(m_pages, "emailPage");
    m_emailSubject = makeLabel(email, "emailSubject");
    m_emailSubject->setFont(font);
    m_emailFrom = makeLabel(email, "emailFrom");
    m_emailTo = makeLabel(email, "emailTo");
    m_emailBody = new OfflineTextBrowser(email);
    m_emailBody->setObjectName(QStringLiteral("emailBody"));
    m_emailBody->setAccessibleName(tr("Email body"));
    m_emailAttachments = makeLabel(email, "emailAttachments");
    auto *emailHeader = new QFormLayout;
    emailHeader->addRow(tr("From:"), m_emailFrom);
    emailHeader->addRow(tr("To:"), m_emailTo);
    auto *emailLayout = new QVBoxLayout(email);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addWidget(m_emailSubject);
    emailLayout->addLayout(emailHeader);
    emailLayout->addWidget(m_emailBody, 1);
    emailLayout->addWidget(m_emailAttachments);

    auto *sms = page(m_pages, "smsPage");
    m_smsBubble = makeLabel(sms, "smsBubble");
    m_smsBubble->setStyleSheet(QString::fromLatin1(bubbleStyle));
    m_smsBubble->setMaximumWidth(420);
    m_smsSize = makeLabel(sms, "smsSize");
    auto *smsLayout = new QVBoxLayout(sms);
    smsLayout->addLayout(bubbleRow(m_smsBubble));
    smsLayout->addWidget(m_smsSize);
    smsLayout->addStretch(1);

    auto *fax = page(m_pages, "faxPage");
    m_faxSummary = makeLabel(fax, "faxSummary");
    m_faxDocuments
        = makeTable(fax, "faxDocuments", {tr("Document"), tr("Type"), tr("Pages"), tr("Size")},
                    tr("Fax documents"));
    auto *faxLayout = new QVBoxLayout(fax);
    faxLayout->setContentsMargins(0, 0, 0, 0);
    faxLayout->addWidget(m_faxSummary);
    faxLayout->addWidget(m_faxDocuments, 1);

    auto *whatsApp = page(m_pages, "whatsAppPage");
    m_whatsAppBubble = makeLabel(whatsApp, "whatsAppBubble");
    m_whatsAppBubble->setStyleSheet(QString::fromLatin1(bubbleStyle));
    m_whatsAppBubble->setMaximumWidth(420);
    m_whatsAppTemplate = makeLabel(whatsApp, "whatsAppTemplate");
    m_whatsAppParameters = makeTable(whatsApp, "whatsAppParameters", {tr("Parameter"), tr("Value")},
                                     tr("Template parameters"));
    auto *whatsAppLayout = new QVBoxLayout(whatsApp);
    whatsAppLayout->setContentsMargins(0, 0, 0, 0);
    whatsAppLayout->addLayout(bubbleRow(m_whatsAppBubble));
    whatsAppLayout->addWidget(m_whatsAppTemplate);
    whatsAppLayout->addWidget(m_whatsAppParameters, 1);

    auto *capture = page(m_pages, "capturePage");
    m_captureRequest = makeLabel(capture, "captureRequest");
    m_captureRequest->setFont(font);
    m_captureHeaders
        = makeTable(capture, "captureHeaders", {tr("Header"), tr("Value")}, tr("Request headers"));
    m_captureBody = new QPlainTextEdit(capture);
    m_captureBody->setObjectName(QStringLiteral("captureBody"));
    m_captureBody->setAccessibleName(tr("Request body"));
    m_captureBody->setReadOnly(true);
    m_captureBody->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_captureBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *captureLayout = new QVBoxLayout(capture);
    captureLayout->setContentsMargins(0, 0, 0, 0);
    captureLayout->addWidget(m_captureRequest);
    captureLayout->addWidget(m_captureHeaders, 1);
    captureLayout->addWidget(m_captureBody, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_overview);
    layout->addWidget(m_destinations);
    layout->addWidget(m_pages, 1);
    clear();
}

SandboxMessageView::~SandboxMessageView() = default;

void SandboxMessageView::clear()
{
    m_shownSeq = -1;
    m_title->clear();
    m_overview->hide();
    m_destinations->hide();
    m_destinations->setRowCount(0);
    m_emailBody->clear();
    m_captureBody->clear();
    m_pages->setCurrentIndex(EmptyPage);
}

void SandboxMessageView::showMessage(const QJsonObject &message)
{
    const qint64 seq = message.value(QLatin1String("seq")).toInteger(-1);
    if (seq == m_shownSeq) {
        showState(message);
        return;
    }
    m_shownSeq = seq;
    const QString channel = text(message, "channel");
    m_title->setText(SandboxInboxModel::channelLabel(channel));
    m_overview->show();
    showState(message);
    if (channel == QLatin1String("email"))
        showEmail(message);
    else if (channel == QLatin1String("sms"))
        showSms(message);
    else if (channel == QLatin1String("fax"))
        showFax(message);
    else if (channel == QLatin1String("whatsapp"))
        showWhatsApp(message);
    else if (channel == QLatin1String("capture"))
        showCapture(message);
    else
        m_pages->setCurrentIndex(EmptyPage);
}

void SandboxMessageView::showState(const QJsonObject &message)
{
    const bool capture = text(message, "channel") == QLatin1String("capture");
    const QString jobId = text(message, "job_id");
    const QString submitId = text(message, "submit_id");
    m_jobId->setText(capture                  ? tr("none: a captured request is not a job")
                         : submitId.isEmpty() ? jobId
                                              : tr("%1 (submit id %2)").arg(jobId, submitId));
    m_state->setText(SandboxInboxModel::state(message));
    const QDateTime received
        = QDateTime::fromString(text(message, "received_at"), Qt::ISODateWithMs);
    m_received->setText(received.isValid() ? DateTimeText::shortText(received)
                                           : text(message, "received_at"));
    m_received->setToolTip(DateTimeText::isoText(received));

    const QJsonArray destinations = message.value(QLatin1String("destinations")).toArray();
    m_destinations->setVisible(!capture);
    m_destinations->setRowCount(int(destinations.size()));
    for (int row = 0; row < destinations.size(); ++row) {
        const QJsonObject destination = destinations.at(row).toObject();
        fillRow(
            m_destinations, row,
            {text(destination, "address"), text(destination, "ref"), text(destination, "state")});
    }
}

void SandboxMessageView::showEmail(const QJsonObject &message)
{
    const QJsonObject email = message.value(QLatin1String("email")).toObject();
    const QString subject = text(email, "subject");
    m_emailSubject->setText(subject.isEmpty() ? tr("(no subject)") : subject);
    const QString from = text(email, "from_display_name");
    m_emailFrom->setText(from.isEmpty() ? tr("(the account's default sender)") : from);
    m_emailTo->setText(SandboxInboxModel::recipients(message));
    const QString html = text(email, "html");
    if (!html.isEmpty())
        m_emailBody->setHtml(html);
    else
        m_emailBody->setPlainText(text(email, "text"));

    QStringList attachments;
    for (const QJsonValue &value : email.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        attachments.append(
            tr("%1 (%2, %3)")
                .arg(text(attachment, "name"), text(attachment, "type"),
                     bytesText(attachment.value(QLatin1String("bytes")).toInteger())));
    }
    m_emailAttachments->setText(
        attachments.isEmpty() ? QString() : tr("Attachments: %1").arg(attachments.join(u"; ")));
    m_emailAttachments->setVisible(!attachments.isEmpty());
    m_pages->setCurrentIndex(EmailPage);
}

void SandboxMessageView::showSms(const QJsonObject &message)
{
    const QJsonObject sms = message.value(QLatin1String("sms")).toObject();
    m_smsBubble->setText(text(sms, "text"));
    const int length = sms.value(QLatin1String("length")).toInt();
    const int segments = sms.value(QLatin1String("segments")).toInt();
    const QString encoding = text(sms, "encoding");
    // Spelled out rather than %n: without an English translation file, %n keeps its "(s)".
    const QString characters
        = length == 1 ? tr("1 character") : tr("%1 characters").arg(QLocale().toString(length));
    const QString parts
        = segments == 1 ? tr("1 segment") : tr("%1 segments").arg(QLocale().toString(segments));
    const QString size = tr("%1 · %2").arg(characters, parts);
    m_smsSize->setText(encoding.isEmpty() ? size : tr("%1 · %2").arg(size, encoding));
    m_pages->setCurrentIndex(SmsPage);
}

void SandboxMessageView::showFax(const QJsonObject &message)
{
    const QJsonObject fax = message.value(QLatin1String("fax")).toObject();
    const QJsonArray documents = fax.value(QLatin1String("documents")).toArray();
    m_faxDocuments->setRowCount(int(documents.size()));
    int pages = 0;
    for (int row = 0; row < documents.size(); ++row) {
        const QJsonObject document = documents.at(row).toObject();
        const int documentPages = document.value(QLatin1String("pages")).toInt();
        pages += documentPages;
        fillRow(m_faxDocuments, row,
                {text(document, "name"), text(document, "type"), QLocale().toString(documentPages),
                 bytesText(document.value(QLatin1String("bytes")).toInteger())});
    }
    QString summary
        = pages == 1 ? tr("1 page in all") : tr("%1 pages in all").arg(QLocale().toString(pages));
    const QJsonObject coversheet = fax.value(QLatin1String("coversheet")).toObject();
    if (coversheet.value(QLatin1String("enabled")).toBool()) {
        QStringList parts;
        for (const char *key : {"from", "name", "subject"}) {
            if (!text(coversheet, key).isEmpty())
                parts.append(text(coversheet, key));
        }
        summary += QLatin1Char('\n')
            + tr("With a coversheet: %1").arg(parts.join(QStringLiteral(" · ")));
    }
    m_faxSummary->setText(summary);
    m_pages->setCurrentIndex(FaxPage);
}

void SandboxMessageView::showWhatsApp(const QJsonObject &message)
{
    const QJsonObject whatsApp = message.value(QLatin1String("whatsapp")).toObject();
    const bool isTemplate = whatsApp.contains(QLatin1String("template_id"));
    m_whatsAppBubble->setVisible(!isTemplate);
    m_whatsAppTemplate->setVisible(isTemplate);
    m_whatsAppParameters->setVisible(isTemplate);
    if (!isTemplate) {
        const QString body = text(whatsApp, "text");
        m_whatsAppBubble->setText(body.isEmpty() ? QString::fromUtf8(
                                      QJsonDocument(whatsApp).toJson(QJsonDocument::Indented))
                                                 : body);
    } else {
        m_whatsAppTemplate->setText(
            tr("Template %1 in language %2")
                .arg(text(whatsApp, "template_id"), text(whatsApp, "language_code")));
        const QJsonObject parameters = whatsApp.value(QLatin1String("parameters")).toObject();
        m_whatsAppParameters->setRowCount(int(parameters.size()));
        int row = 0;
        for (auto it = parameters.begin(); it != parameters.end(); ++it, ++row) {
            const QJsonValue value = it.value();
            const QString shown = value.isString() ? value.toString()
                : value.isObject()
                ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                : value.isArray()
                ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                : value.toVariant().toString();
            fillRow(m_whatsAppParameters, row, {it.key(), shown});
        }
    }
    m_pages->setCurrentIndex(WhatsAppPage);
}

void SandboxMessageView::showCapture(const QJsonObject &message)
{
    const QString query = text(message, "query");
    m_captureRequest->setText(text(message, "method") + QLatin1Char(' ') + text(message, "path")
                              + (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    const QJsonArray headers = message.value(QLatin1String("headers")).toArray();
    m_captureHeaders->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        const QJsonArray pair = headers.at(row).toArray();
        const QString name = pair.at(0).toString();
        // Credentials stay out of the UI, as in the console.
        fillRow(m_captureHeaders, row,
                {name,
                 isSecretHeader(name.toLatin1()) ? QString::fromLatin1(redactedValue)
                                                 : pair.at(1).toString()});
    }
    const QString body = text(message, "body");
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (text(message, "body_encoding") == QLatin1String("base64"))
        m_captureBody->setPlainText(
            tr("(binary body, %1, shown as base64)\n%2")
                .arg(bytesText(QByteArray::fromBase64(body.toLatin1()).size()), body));
    else if (error.error == QJsonParseError::NoError && !json.isNull())
        m_captureBody->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    else
        m_captureBody->setPlainText(body);
    m_pages->setCurrentIndex(CapturePage);
}

} // namespace OtBridge
