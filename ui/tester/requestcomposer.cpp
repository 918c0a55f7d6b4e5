// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcomposer.h"

#include "tester/jsoncheck.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr int validationDelayMs = 150;

void name(QWidget *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type.endsWith("+json");
}

} // namespace

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_body(new QPlainTextEdit(this))
    , m_validation(new QLabel(this))
    , m_format(new QPushButton(tr("Format JSON"), this))
    , m_signing(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_sourceHint(new QLabel(this))
    , m_readSecret(new QPushButton(tr("Use the source's secret"), this))
    , m_count(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_validationTimer(this)
{
    name(m_method, "methodCombo", tr("Method"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("GET"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    name(m_url, "urlEdit", tr("URL"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8787/hooks/test"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::textEdited, this, &RequestComposer::urlEdited);
    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);

    name(m_headers, "headersTable", tr("Headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->setColumnWidth(0, 180);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setToolTip(tr("Unchecked headers are not sent"));
    auto *addHeader = new QPushButton(tr("Add header"), this);
    name(addHeader, "addHeaderButton", tr("Add header"));
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow({}, {});
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    auto *removeHeader = new QPushButton(tr("Remove"), this);
    name(removeHeader, "removeHeaderButton", tr("Remove the selected headers"));
    connect(removeHeader, &QPushButton::clicked, this, &RequestComposer::removeSelectedHeaders);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    auto *headersBox = new QWidget(this);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    auto *headersTitle = new QLabel(tr("Headers"), headersBox);
    headersTitle->setBuddy(m_headers);
    headersLayout->addWidget(headersTitle);
    headersLayout->addWidget(m_headers, 1);
    headersLayout->addLayout(headerButtons);

    name(m_body, "bodyEdit", tr("Body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setTabChangesFocus(true);
    name(m_validation, "bodyValidationLabel", tr("Body check"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    name(m_format, "formatBodyButton", tr("Format JSON"));
    m_format->setToolTip(tr("Indents the JSON; object keys come out in alphabetical order"));
    connect(m_format, &QPushButton::clicked, this, &RequestComposer::formatBody);
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(validationDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &RequestComposer::validateBody);
    connect(m_body, &QPlainTextEdit::textChanged, &m_validationTimer, qOverload<>(&QTimer::start));
    connect(m_headers, &QTableWidget::itemChanged, &m_validationTimer, qOverload<>(&QTimer::start));
    auto *bodyBox = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bodyTitle = new QLabel(tr("Body"), bodyBox);
    bodyTitle->setBuddy(m_body);
    bodyLayout->addWidget(bodyTitle);
    bodyLayout->addWidget(m_body, 1);
    auto *checkLine = new QHBoxLayout;
    checkLine->addWidget(m_validation, 1);
    checkLine->addWidget(m_format);
    bodyLayout->addLayout(checkLine);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("composerSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(headersBox);
    split->addWidget(bodyBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({170, 400});

    name(m_signing, "signingCombo", tr("Signing"));
    m_signing->addItem(tr("Not signed"), int(RequestSigning::Kind::None));
    m_signing->addItem(tr("Standard Webhooks (webhook-signature)"),
                       int(RequestSigning::Kind::StandardWebhooks));
    m_signing->addItem(tr("GitHub-style HMAC (X-Hub-Signature-256)"),
                       int(RequestSigning::Kind::GitHub));
    m_signing->addItem(tr("Stripe-style (Stripe-Signature)"), int(RequestSigning::Kind::Stripe));
    m_signing->setToolTip(tr("Signed afresh for every request sent: a new webhook-id and "
                             "timestamp each time, unless the headers give a webhook-id"));
    name(m_secret, "secretEdit", tr("Signing secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_secret->setPlaceholderText(tr("whsec_… or the shared secret; kept in memory only"));
    name(m_sourceHint, "sourceHintLabel", tr("What the source checks"));
    m_sourceHint->setWordWrap(true);
    m_sourceHint->hide();
    name(m_readSecret, "readSecretButton", tr("Use the source's secret"));
    m_readSecret->setToolTip(tr("Reads the source's secret from the keychain (or the "
                                "environment) into this form, in memory only"));
    m_readSecret->hide();
    connect(m_readSecret, &QPushButton::clicked, this, &RequestComposer::sourceSecretRequested);
    connect(m_signing, &QComboBox::currentIndexChanged, this,
            &RequestComposer::handleSigningChanged);

    name(m_count, "countSpin", tr("Number of requests"));
    m_count->setRange(1, LoadRunner::maxCount);
    m_count->setValue(1);
    m_count->setSuffix(tr(" × "));
    name(m_concurrency, "concurrencySpin", tr("Requests at once"));
    m_concurrency->setRange(1, LoadRunner::maxConcurrency);
    m_concurrency->setValue(1);
    m_concurrency->setSuffix(tr(" at once"));

    auto *options = new QFormLayout;
    auto *signingLine = new QHBoxLayout;
    signingLine->addWidget(m_signing);
    signingLine->addWidget(m_secret, 1);
    signingLine->addWidget(m_readSecret);
    auto *signLabel = new QLabel(tr("&Sign:"), this);
    signLabel->setBuddy(m_signing);
    options->addRow(signLabel, signingLine);
    options->addRow(QString(), m_sourceHint);
    auto *sendLine = new QHBoxLayout;
    sendLine->addWidget(m_count);
    sendLine->addWidget(m_concurrency);
    sendLine->addStretch(1);
    auto *sendLabel = new QLabel(tr("Se&nd:"), this);
    sendLabel->setBuddy(m_count);
    options->addRow(sendLabel, sendLine);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(line);
    layout->addWidget(split, 1);
    layout->addLayout(options);

    handleSigningChanged();
    validateBody();
}

RequestComposer::~RequestComposer() = default;

void RequestComposer::addHeaderRow(const QByteArray &header, const QByteArray &value, bool enabled)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *nameItem = new QTableWidgetItem(QString::fromUtf8(header));
    nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
    nameItem->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, 0, nameItem);
    m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(value)));
}

void RequestComposer::removeSelectedHeaders()
{
    QList<int> rows;
    for (const QModelIndex &index : m_headers->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_headers->removeRow(row);
    m_validationTimer.start();
}

TesterRequest RequestComposer::request() const
{
    TesterRequest request;
    request.name = m_name;
    request.method = m_method->currentText().trimmed().toUpper().toLatin1();
    request.url = m_url->text().trimmed();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_headers->item(row, 0);
        const QTableWidgetItem *valueItem = m_headers->item(row, 1);
        if (!nameItem || nameItem->checkState() != Qt::Checked
            || nameItem->text().trimmed().isEmpty())
            continue;
        request.headers.append({nameItem->text().trimmed().toUtf8(),
                                valueItem ? valueItem->text().toUtf8() : QByteArray()});
    }
    request.body = m_body->toPlainText().toUtf8();
    request.secretHeaders = m_secretHeaders;
    request.secretQueryKeys = m_secretQueryKeys;
    request.secretValues = m_secretValues;
    if (!m_secret->text().isEmpty() && signing().kind != RequestSigning::Kind::None)
        request.secretValues.append(m_secret->text());
    return request;
}

void RequestComposer::setRequest(const TesterRequest &request)
{
    m_name = request.name;
    m_method->setCurrentText(QString::fromLatin1(request.method));
    m_url->setText(request.url);
    m_headers->setRowCount(0);
    for (const auto &[header, value] : request.headers)
        addHeaderRow(header, value);
    m_body->setPlainText(QString::fromUtf8(request.body));
    m_secretHeaders = request.secretHeaders;
    m_secretQueryKeys = request.secretQueryKeys;
    m_secretValues = request.secretValues;
    validateBody();
}

RequestSigning RequestComposer::signing() const
{
    return {RequestSigning::Kind(m_signing->currentData().toInt()), m_secret->text()};
}

void RequestComposer::setSigningKind(RequestSigning::Kind kind)
{
    m_signing->setCurrentIndex(std::max(0, m_signing->findData(int(kind))));
}

void RequestComposer::setSecret(const QString &secret)
{
    m_secret->setText(secret);
}

LoadPlan RequestComposer::plan() const
{
    LoadPlan plan;
    plan.count = m_count->value();
    plan.concurrency = m_concurrency->value();
    return plan;
}

void RequestComposer::setPlan(int count, int concurrency)
{
    m_count->setValue(count);
    m_concurrency->setValue(concurrency);
}

void RequestComposer::setSourceHint(const QString &hint, bool canReadSecret)
{
    m_sourceHint->setText(hint);
    m_sourceHint->setVisible(!hint.isEmpty());
    m_readSecret->setVisible(canReadSecret);
}

void RequestComposer::handleSigningChanged()
{
    const bool signs = signing().kind != RequestSigning::Kind::None;
    m_secret->setEnabled(signs);
}

void RequestComposer::validateBody()
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    const QByteArray contentType = headerValue(request().headers, "content-type");
    QPalette palette = m_validation->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    m_format->setEnabled(false);
    if (body.trimmed().isEmpty()) {
        m_validation->setText(tr("No body"));
    } else if (!isJsonContentType(contentType)) {
        m_validation->setText(
            tr("Sent as it is (Content-Type: %1)").arg(QString::fromLatin1(contentType)));
    } else {
        const JsonCheck check = JsonCheck::of(body);
        if (check.valid) {
            m_validation->setText(tr("✓ Valid JSON"));
            palette.setColor(QPalette::WindowText, QColor(0x1b, 0x7f, 0x3b));
            m_format->setEnabled(true);
        } else {
            m_validation->setText(tr("✗ Not valid JSON: %1").arg(check.message));
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
        }
    }
    m_validation->setPalette(palette);
}

void RequestComposer::formatBody()
{
    const QJsonDocument document = QJsonDocument::fromJson(m_body->toPlainText().toUtf8());
    if (document.isNull())
        return;
    m_body->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace OtBridge
