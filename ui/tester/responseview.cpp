// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responseview.h"

#include "ingest/headerredaction.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

void name(QWidget *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
}

QTableWidget *headerTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels({ResponseView::tr("Header"), ResponseView::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setColumnWidth(0, 180);
    return table;
}

void fill(QTableWidget *table, const HeaderList &headers)
{
    table->setRowCount(0);
    for (const auto &[header, value] : headers) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(QString::fromUtf8(header)));
        table->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
    }
}

QString milliseconds(double value)
{
    return ResponseView::tr("%1 ms").arg(QLocale().toString(value, 'f', value < 10 ? 2 : 1));
}

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_statuses(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_throughput(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_status(new QLabel(this))
    , m_which(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_headers(headerTable(this))
    , m_sent(headerTable(this))
{
    name(m_progress, "runProgress", tr("Progress of the run"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();

    auto *summary = new QGroupBox(tr("Summary"), this);
    summary->setObjectName(QStringLiteral("summaryBox"));
    auto *form = new QFormLayout(summary);
    name(m_statuses, "summaryStatusLabel", tr("Answers by status"));
    name(m_latency, "summaryLatencyLabel", tr("Latency percentiles"));
    name(m_throughput, "summaryThroughputLabel", tr("Requests per second"));
    name(m_errors, "summaryErrorsLabel", tr("Errors"));
    for (QLabel *label : {m_statuses, m_latency, m_throughput, m_errors}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    form->addRow(tr("Answers:"), m_statuses);
    form->addRow(tr("Latency:"), m_latency);
    form->addRow(tr("Rate:"), m_throughput);
    form->addRow(tr("Errors:"), m_errors);

    name(m_status, "responseStatusLabel", tr("Response status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setWordWrap(true);

    name(m_which, "responseWhichLabel", tr("Which request the answer belongs to"));
    m_which->hide();

    name(m_tabs, "responseTabs", tr("Response"));
    name(m_body, "responseBodyView", tr("Response body"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    name(m_headers, "responseHeadersTable", tr("Response headers"));
    name(m_sent, "sentHeadersTable", tr("Headers sent"));
    m_sent->setToolTip(tr("Credentials and signatures are shown redacted"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_sent, tr("Sent"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(summary);
    layout->addWidget(m_which);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    clear();
}

ResponseView::~ResponseView() = default;

void ResponseView::clear()
{
    m_statuses->setText(tr("Nothing sent yet"));
    m_latency->clear();
    m_throughput->clear();
    m_errors->clear();
    m_status->clear();
    m_which->hide();
    m_body->clear();
    m_headers->setRowCount(0);
    m_sent->setRowCount(0);
}

void ResponseView::startRun(int total)
{
    m_total = total;
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->show();
    m_statuses->setText(tr("Sending…"));
    m_latency->clear();
    m_throughput->clear();
    m_errors->clear();
}

void ResponseView::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ResponseView::showResponse(const TesterResponse &response)
{
    const bool wrong = response.status == 0 || response.status >= 400;
    m_which->setText(
        wrong ? tr("Request %1 of %2, the last that went wrong:")
                    .arg(response.sequence + 1)
                    .arg(m_total)
              : tr("Request %1 of %2, the last answered:").arg(response.sequence + 1).arg(m_total));
    m_which->setVisible(m_total > 1);
    if (response.status == 0) {
        m_status->setText(tr("No answer: %1").arg(response.error));
        m_status->setStyleSheet(QStringLiteral("color: #b01e1e"));
        m_body->clear();
        m_headers->setRowCount(0);
    } else {
        m_status->setText(
            tr("%1 %2 · %3 · %n byte(s)", nullptr, int(response.body.size()))
                .arg(response.status)
                .arg(QString::fromLatin1(response.reason), milliseconds(response.latencyMs)));
        m_status->setStyleSheet(response.status < 300       ? QStringLiteral("color: #1b7f3b")
                                    : response.status < 500 ? QStringLiteral("color: #a35200")
                                                            : QStringLiteral("color: #b01e1e"));
        const QJsonDocument json = QJsonDocument::fromJson(response.body);
        QString body = json.isNull() ? QString::fromUtf8(response.body)
                                     : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
        if (response.bodyTruncated)
            body += tr("\n… (cut at %n byte(s))", nullptr, int(LoadRunner::maxResponseBytes));
        m_body->setPlainText(body);
        fill(m_headers, response.headers);
    }
    fill(m_sent, redactHeaders(response.sentHeaders));
}

void ResponseView::showSummary(const LoadSummary &summary)
{
    m_progress->setVisible(summary.planned > 1);
    QString statuses = summary.statusText();
    if (statuses.isEmpty())
        statuses = tr("no answers");
    if (summary.cancelled)
        statuses = tr("%1 (cancelled after %2 of %3)")
                       .arg(statuses)
                       .arg(summary.completed + summary.failed)
                       .arg(summary.planned);
    m_statuses->setText(statuses);
    m_latency->setText(summary.completed == 0
                           ? tr("–")
                           : tr("p50 %1 · p90 %2 · p99 %3 · max %4")
                                 .arg(milliseconds(summary.p50Ms), milliseconds(summary.p90Ms),
                                      milliseconds(summary.p99Ms), milliseconds(summary.maxMs)));
    m_throughput->setText(
        tr("%n request(s) in %1 s, %2 per second", nullptr, summary.completed + summary.failed)
            .arg(QLocale().toString(summary.elapsedMs / 1000.0, 'f', 2),
                 QLocale().toString(summary.requestsPerSecond(), 'f', 0)));
    QStringList errors;
    for (auto it = summary.errorCounts.begin(); it != summary.errorCounts.end(); ++it)
        errors.append(tr("%1 × %2").arg(it.value()).arg(it.key()));
    m_errors->setText(errors.isEmpty() ? tr("none") : errors.join(QLatin1Char('\n')));
}

void ResponseView::showError(const QString &error)
{
    m_progress->hide();
    m_statuses->setText(tr("Not sent"));
    m_status->setText(tr("Not sent: %1").arg(error));
    m_status->setStyleSheet(QStringLiteral("color: #b01e1e"));
}

} // namespace OtBridge
