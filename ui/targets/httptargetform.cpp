// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptargetform.h"

#include "config/httppreset.h"
#include "config/secretstore.h"
#include "delivery/targetsample.h"
#include "engine/engine.h"
#include "event/webhooksignature.h"
#include "formfeedback.h"
#include "formgrid.h"
#include "workspacefile.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

using namespace FormFeedback;

constexpr int maxTimeoutSeconds = 600;
constexpr int responseShownBytes = 16 * 1024;

// The words people know a preset by, and an address of the shape it wants. A preset added to
// the core without words here still shows, under its workspace name.
struct PresetWords
{
    const char *name;
    const char *label;
    const char *urlExample;
};

const PresetWords presetWords[] = {
    {"", QT_TRANSLATE_NOOP("OtBridge::HttpTargetForm", "Generic JSON endpoint"),
     "https://example.com/webhooks/otbridge"},
    {"servicenow", QT_TRANSLATE_NOOP("OtBridge::HttpTargetForm", "ServiceNow incident"),
     "https://acme.service-now.com"},
    {"jira", QT_TRANSLATE_NOOP("OtBridge::HttpTargetForm", "Jira issue"),
     "https://acme.atlassian.net"},
    {"pagerduty", QT_TRANSLATE_NOOP("OtBridge::HttpTargetForm", "PagerDuty event"), ""},
    {"slack", QT_TRANSLATE_NOOP("OtBridge::HttpTargetForm", "Slack message"),
     "https://hooks.slack.com/services/…"},
    {"teams", QT_TRANSLATE_NOOP("OtBridge::HttpTargetForm", "Microsoft Teams message"),
     "https://acme.webhook.office.com/…"},
};

const PresetWords *wordsFor(const QString &preset)
{
    for (const PresetWords &words : presetWords) {
        if (preset == QLatin1String(words.name))
            return &words;
    }
    return nullptr;
}

bool isTargetName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isHeaderName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return pattern.match(name).hasMatch();
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLineEdit *secretEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    QLineEdit *edit = lineEdit(parent, name, accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(HttpTargetForm::tr("Kept in the keychain"));
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return edit;
}

QPushButton *button(const QString &text, QWidget *parent, const char *name,
                    const QString &accessibleName)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(QLatin1String(name));
    pushButton->setAccessibleName(accessibleName);
    return pushButton;
}

QSpinBox *spinBox(QWidget *parent, const char *name, const QString &accessibleName, int minimum,
                  int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessibleName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

HttpTargetForm::HttpTargetForm(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_secrets(new SecretStore(this))
{
    buildForm();
    newTarget();
}

HttpTargetForm::~HttpTargetForm()
{
    cancelTest();
}

void HttpTargetForm::buildForm()
{
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("httpTargetContent"));
    m_formTitle = createHeading(tr("HTTP target"), content, QStringLiteral("httpTargetTitle"));
    auto *intro = new QLabel(tr("Where rules send HTTP requests: a service desk, monitoring, "
                                "chat or any JSON endpoint. Passwords, tokens and signing "
                                "secrets are kept in the system keychain, never in the "
                                "workspace file."),
                             content);
    intro->setObjectName(QStringLiteral("httpTargetIntro"));
    intro->setWordWrap(true);

    m_name = lineEdit(content, "httpNameEdit", tr("Target name"));
    m_name->setPlaceholderText(QStringLiteral("servicedesk"));
    m_name->setToolTip(tr("How rules name the target: 1 to 64 characters of a-z, 0-9, '.', '_' "
                          "or '-'. It cannot change once saved."));
    m_nameError = createErrorLabel(content, QStringLiteral("httpNameError"));
    m_title = lineEdit(content, "httpTitleEdit", tr("Title"));
    m_preset = new QComboBox(content);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Kind of target"));
    m_preset->addItem(tr(presetWords[0].label), QString());
    for (const HttpPresetInfo &preset : httpPresets()) {
        const PresetWords *words = wordsFor(preset.name);
        m_preset->addItem(words ? tr(words->label) : preset.name, preset.name);
    }
    m_presetNote = new QLabel(content);
    m_presetNote->setObjectName(QStringLiteral("presetNote"));
    m_presetNote->setWordWrap(true);
    m_presetNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_url = lineEdit(content, "httpUrlEdit", tr("URL"));
    m_url->setToolTip(tr("sandbox:/capture/NAME sends to the built-in sandbox, which records "
                         "the request on its Sandbox page instead of calling a real service."));
    m_urlError = createErrorLabel(content, QStringLiteral("httpUrlError"));
    m_method = new QComboBox(content);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setAccessibleName(tr("Method"));
    for (const char *method : {"POST", "PUT", "PATCH", "GET", "DELETE"})
        m_method->addItem(QString::fromLatin1(method));

    m_headers = new QTableWidget(0, 2, content);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setAccessibleName(tr("Headers sent with every request"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->setColumnWidth(0, 180);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setMinimumHeight(m_headers->fontMetrics().height() * 6);
    m_headers->setMaximumHeight(m_headers->fontMetrics().height() * 9);
    m_addHeader = button(tr("Add &header"), content, "addHeaderButton", tr("Add a header"));
    m_removeHeader = button(tr("Remove header"), content, "removeHeaderButton",
                            tr("Remove the selected header"));
    m_headersError = createErrorLabel(content, QStringLiteral("headersError"));

    m_auth = new QComboBox(content);
    m_auth->setObjectName(QStringLiteral("httpAuthCombo"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("None"), int(HttpTargetConfig::Auth::None));
    m_auth->addItem(tr("HTTP Basic"), int(HttpTargetConfig::Auth::Basic));
    m_auth->addItem(tr("Bearer token"), int(HttpTargetConfig::Auth::Bearer));
    m_auth->addItem(tr("API key in a header"), int(HttpTargetConfig::Auth::Header));
    m_authUser = lineEdit(content, "httpAuthUserEdit", tr("User"));
    m_authUserError = createErrorLabel(content, QStringLiteral("httpAuthUserError"));
    m_authHeader = lineEdit(content, "httpAuthHeaderEdit", tr("Header name for the key"));
    m_authHeader->setPlaceholderText(QStringLiteral("X-Api-Key"));
    m_authHeaderError = createErrorLabel(content, QStringLiteral("httpAuthHeaderError"));
    m_authSecret = secretEdit(content, "httpAuthSecretEdit", tr("Password, token or key"));
    m_authSecretError = createErrorLabel(content, QStringLiteral("httpAuthSecretError"));
    m_authSecretRef = lineEdit(content, "httpAuthSecretRefEdit",
                               tr("Keychain entry for the password, token or key"));
    m_authSecretRefError = createErrorLabel(content, QStringLiteral("httpAuthSecretRefError"));

    m_sign = new QCheckBox(tr("Si&gn requests (Standard Webhooks)"), content);
    m_sign->setObjectName(QStringLiteral("signCheck"));
    m_sign->setToolTip(tr("Adds webhook-id, webhook-timestamp and webhook-signature, so the "
                          "receiver can check the request comes from this bridge."));
    m_signingSecret = secretEdit(content, "signingSecretEdit", tr("Signing secret"));
    m_signingSecretError = createErrorLabel(content, QStringLiteral("signingSecretError"));
    m_generateSigning = button(tr("Ge&nerate"), content, "generateSigningSecretButton",
                               tr("Generate a new signing secret"));
    m_copySigning = button(tr("Cop&y"), content, "copySigningSecretButton",
                           tr("Copy the signing secret to the clipboard"));
    m_signingSecretRef
        = lineEdit(content, "signingSecretRefEdit", tr("Keychain entry for the signing secret"));
    m_signingSecretRefError = createErrorLabel(content, QStringLiteral("signingSecretRefError"));
    for (QLineEdit *ref : {m_authSecretRef, m_signingSecretRef})
        ref->setToolTip(tr("The name the secret is stored under in the system keychain. "
                           "Headless servers may set OTBRIDGE_SECRET_ and this name in capitals "
                           "instead, with _ for every other character."));
    m_idempotency = new QCheckBox(tr("Send an &Idempotency-Key"), content);
    m_idempotency->setObjectName(QStringLiteral("idempotencyCheck"));
    m_idempotency->setToolTip(tr("The delivery's id, the same on every retry of it, so the "
                                 "receiver can drop repeats."));
    m_timeout = spinBox(content, "httpTimeoutSpin", tr("Timeout in seconds"), 1, maxTimeoutSeconds,
                        tr(" s"));

    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch(1);
    auto *headersBox = new QWidget(content);
    auto *headersColumn = new QVBoxLayout(headersBox);
    headersColumn->setContentsMargins(0, 0, 0, 0);
    headersColumn->addWidget(m_headers);
    headersColumn->addLayout(headerButtons);
    headersColumn->addWidget(m_headersError);
    headersBox->setFocusProxy(m_headers);

    auto *signingButtons = new QWidget(content);
    auto *signingButtonsLayout = new QHBoxLayout(signingButtons);
    signingButtonsLayout->setContentsMargins(0, 0, 0, 0);
    signingButtonsLayout->addWidget(m_generateSigning);
    signingButtonsLayout->addWidget(m_copySigning);

    auto *fields = new QWidget(content);
    fields->setObjectName(QStringLiteral("httpTargetFields"));
    m_form = new FormGrid(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    m_form->addRow(tr("&Title:"), m_title);
    // The note lives in the combo box's row, under it, as an error lives under its field.
    m_form->addRow(tr("&Kind:"), withError(m_preset, m_presetNote));
    m_form->addRow(tr("&URL:"), withError(m_url, m_urlError));
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(tr("Hea&ders:"), headersBox);
    m_form->addRow(tr("&Authentication:"), m_auth);
    m_authUserRow = withError(m_authUser, m_authUserError);
    m_form->addRow(tr("U&ser:"), m_authUserRow);
    m_authHeaderRow = withError(m_authHeader, m_authHeaderError);
    m_form->addRow(tr("Key &header:"), m_authHeaderRow);
    m_authSecretRow = withError(m_authSecret, m_authSecretError);
    m_form->addRow(tr("Pass&word or token:"), m_authSecretRow);
    m_authSecretRefRow = withError(m_authSecretRef, m_authSecretRefError);
    m_form->addRow(tr("Keychain &entry:"), m_authSecretRefRow);
    m_form->addRow(m_sign);
    m_signingSecretRow = withError(m_signingSecret, m_signingSecretError, signingButtons);
    m_form->addRow(tr("Signing se&cret:"), m_signingSecretRow);
    m_signingSecretRefRow = withError(m_signingSecretRef, m_signingSecretRefError);
    m_form->addRow(tr("Signing keychain entr&y:"), m_signingSecretRefRow);
    m_form->addRow(m_idempotency);
    m_form->addRow(tr("Ti&meout:"), m_timeout);

    auto *policy = new QGroupBox(tr("Delivery policy"), content);
    policy->setObjectName(QStringLiteral("deliveryPolicyGroup"));
    m_policyForm = new FormGrid(policy);
    m_retrySchedule = lineEdit(policy, "retryScheduleEdit", tr("Retry schedule"));
    m_retrySchedule->setToolTip(tr("The wait before each attempt: the first after the event "
                                   "arrives, each next one after the one before failed. Seconds, "
                                   "or with a unit: 30s, 5m, 2h, 1d. After the last attempt the "
                                   "delivery is dead and can be replayed."));
    m_retryScheduleError = createErrorLabel(policy, QStringLiteral("retryScheduleError"));
    m_breakerFailures = spinBox(policy, "breakerFailuresSpin",
                                tr("Failures in a row that pause the target"), 0, 1000, QString());
    m_breakerFailures->setSpecialValueText(tr("Never pause"));
    m_breakerOpen = spinBox(policy, "breakerOpenSpin", tr("Pause in seconds"), 1, 86400, tr(" s"));
    m_ratePerSecond = new QDoubleSpinBox(policy);
    m_ratePerSecond->setObjectName(QStringLiteral("ratePerSecondSpin"));
    m_ratePerSecond->setAccessibleName(tr("Requests per second at most"));
    m_ratePerSecond->setRange(0, 100000);
    m_ratePerSecond->setDecimals(2);
    m_ratePerSecond->setSpecialValueText(tr("No limit"));
    m_ratePerSecond->setSuffix(tr(" per second"));
    m_rateBurst = spinBox(policy, "rateBurstSpin", tr("Requests at once"), 1, 1000000, QString());
    m_rateBurst->setToolTip(tr("How many requests may go at once after a quiet spell before the "
                               "rate applies"));
    m_policyForm->addRow(tr("&Retry schedule:"), withError(m_retrySchedule, m_retryScheduleError));
    m_policyForm->addRow(tr("&Pause after failures:"), m_breakerFailures);
    m_policyForm->addRow(tr("Pause &length:"), m_breakerOpen);
    m_policyForm->addRow(tr("Rate &limit:"), m_ratePerSecond);
    m_policyForm->addRow(tr("Bu&rst:"), m_rateBurst);

    m_formError = createErrorLabel(content, QStringLiteral("httpFormError"));
    m_save = button(tr("&Save"), content, "saveTargetButton", tr("Save the target"));
    m_revert = button(tr("Re&vert"), content, "revertTargetButton", tr("Revert changes"));
    m_test
        = button(tr("&Test"), content, "testTargetButton", tr("Send a test request to the target"));
    m_test->setToolTip(tr("Sends the preset's sample request (a generic target: a small JSON "
                          "document) with what the form says now, and shows the answer."));
    m_delete = button(tr("&Delete…"), content, "deleteTargetButton", tr("Delete the target"));
    m_busy = new QProgressBar(content);
    m_busy->setObjectName(QStringLiteral("targetTestBusy"));
    m_busy->setAccessibleName(tr("Testing the target"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_test);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);

    m_saveResult = new QLabel(content);
    m_saveResult->setObjectName(QStringLiteral("targetSaveResult"));
    m_testResult = new QLabel(content);
    m_testResult->setObjectName(QStringLiteral("targetTestResult"));
    for (QLabel *result : {m_saveResult, m_testResult}) {
        result->setWordWrap(true);
        result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        result->hide();
    }
    m_response = new QPlainTextEdit(content);
    m_response->setObjectName(QStringLiteral("testResponseView"));
    m_response->setAccessibleName(tr("The target's answer"));
    m_response->setReadOnly(true);
    m_response->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_response->setMaximumHeight(m_response->fontMetrics().height() * 10);
    m_response->hide();

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(24, 16, 24, 16);
    column->addWidget(m_formTitle);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(fields);
    column->addWidget(policy);
    column->addWidget(m_formError);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(m_saveResult);
    column->addWidget(m_testResult);
    column->addWidget(m_response);
    column->addStretch(1);
    content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 120);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("httpTargetScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &HttpTargetForm::handlePresetChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &HttpTargetForm::handleAuthChanged);
    connect(m_sign, &QCheckBox::toggled, this, &HttpTargetForm::handleSigningChanged);
    for (QLineEdit *edit : {m_name, m_title, m_url, m_authUser, m_authHeader, m_authSecret,
                            m_authSecretRef, m_signingSecret, m_signingSecretRef, m_retrySchedule})
        connect(edit, &QLineEdit::textChanged, this, &HttpTargetForm::validate);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A new target's keychain entries follow its name until someone types their own.
        if (!m_current.isEmpty())
            return;
        const QString name = text.trimmed().isEmpty() ? QStringLiteral("new") : text.trimmed();
        if (!m_authSecretRef->isModified())
            m_authSecretRef->setText(QStringLiteral("target/%1").arg(name));
        if (!m_signingSecretRef->isModified())
            m_signingSecretRef->setText(QStringLiteral("target/%1-signing").arg(name));
    });
    connect(m_headers, &QTableWidget::itemChanged, this, &HttpTargetForm::validate);
    connect(m_breakerFailures, &QSpinBox::valueChanged, this, &HttpTargetForm::validate);
    connect(m_ratePerSecond, &QDoubleSpinBox::valueChanged, this, &HttpTargetForm::validate);
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
        validate();
    });
    connect(m_generateSigning, &QPushButton::clicked, this, [this] {
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / int(sizeof(quint32)));
        m_signingSecret->setText(QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64()));
        // Shown so it can be handed to the receiver; hidden again when another target shows.
        m_signingSecret->setEchoMode(QLineEdit::Normal);
    });
    connect(m_copySigning, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_signingSecret->text());
        showOutcome(m_saveResult, true, tr("The signing secret is on the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            newTarget();
        else
            showTarget(m_current);
    });
    connect(m_test, &QPushButton::clicked, this, &HttpTargetForm::test);
    connect(m_delete, &QPushButton::clicked, this, &HttpTargetForm::deleteTarget);
}

bool HttpTargetForm::showTarget(const QString &name)
{
    m_workspace = WorkspaceFile::current(m_engine);
    const HttpTargetConfig *target = m_workspace.httpTarget(name);
    if (!target)
        return false;
    showConfig(*target, false);
    return true;
}

void HttpTargetForm::newTarget()
{
    m_workspace = WorkspaceFile::current(m_engine);
    HttpTargetConfig fresh;
    showConfig(fresh, true);
}

void HttpTargetForm::showConfig(const HttpTargetConfig &target, bool isNew)
{
    cancelTest();
    m_current = isNew ? QString() : target.name;
    const QSignalBlocker blockPreset(m_preset);
    const QSignalBlocker blockAuth(m_auth);
    const QSignalBlocker blockSign(m_sign);
    const QSignalBlocker blockHeaders(m_headers);
    m_formTitle->setText(isNew ? tr("New HTTP target") : tr("HTTP target %1").arg(target.name));
    m_name->setText(target.name);
    m_name->setReadOnly(!isNew);
    m_title->setText(target.title);
    const int preset = m_preset->findData(target.preset);
    m_preset->setCurrentIndex(preset < 0 ? 0 : preset);
    m_url->setText(target.url.toString());
    m_method->setCurrentText(QString::fromLatin1(target.method));
    m_headers->setRowCount(0);
    for (const auto &[name, value] : target.headers)
        addHeaderRow(QString::fromLatin1(name), QString::fromUtf8(value));
    m_auth->setCurrentIndex(m_auth->findData(int(target.auth)));
    m_authUser->setText(target.authUser);
    m_authHeader->setText(QString::fromLatin1(target.authHeader));
    const QString base = isNew ? QStringLiteral("new") : target.name;
    m_authSecretRef->setText(target.authSecretRef.isEmpty() ? QStringLiteral("target/%1").arg(base)
                                                            : target.authSecretRef);
    m_authSecretRef->setModified(!target.authSecretRef.isEmpty());
    m_sign->setChecked(!target.signingSecretRef.isEmpty());
    m_signingSecretRef->setText(target.signingSecretRef.isEmpty()
                                    ? QStringLiteral("target/%1-signing").arg(base)
                                    : target.signingSecretRef);
    m_signingSecretRef->setModified(!target.signingSecretRef.isEmpty());
    for (QLineEdit *secret : {m_authSecret, m_signingSecret}) {
        secret->clear();
        secret->setEchoMode(QLineEdit::Password);
    }
    m_idempotency->setChecked(target.idempotencyKey);
    m_timeout->setValue(qBound(1, (target.timeoutMs + 500) / 1000, maxTimeoutSeconds));
    m_retrySchedule->setText(DeliveryPolicy::retryScheduleText(target.delivery.retrySchedule));
    m_breakerFailures->setValue(target.delivery.breakerFailures);
    m_breakerOpen->setValue(target.delivery.breakerOpenSeconds);
    m_ratePerSecond->setValue(target.delivery.ratePerSecond);
    m_rateBurst->setValue(target.delivery.rateBurst);
    m_delete->setEnabled(!isNew);
    m_saveResult->hide();
    m_testResult->hide();
    m_response->hide();
    handlePresetChanged();
    handleAuthChanged();
    handleSigningChanged();

    ++m_secretReads;
    if (isNew)
        return;
    if (target.auth != HttpTargetConfig::Auth::None)
        readSecret(target.authSecretRef, m_authSecret, m_authSecretError);
    if (!target.signingSecretRef.isEmpty())
        readSecret(target.signingSecretRef, m_signingSecret, m_signingSecretError);
}

void HttpTargetForm::readSecret(const QString &ref, QLineEdit *field, QLabel *error)
{
    const int read = m_secretReads;
    m_secrets->read(ref, this, [this, read, field, error](const Result<QString> &secret) {
        // Another target shown since, or the user typing, wins over a late answer.
        if (read != m_secretReads || !field->text().isEmpty())
            return;
        if (secret)
            field->setText(secret.value());
        else
            showFieldError(error, field, secret.error());
    });
}

void HttpTargetForm::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void HttpTargetForm::handlePresetChanged()
{
    const QString preset = m_preset->currentData().toString();
    // Which rows show depends on the kind alone, never on what is typed.
    m_form->setRowVisible(m_method, preset.isEmpty());
    const PresetWords *words = wordsFor(preset);
    m_url->setPlaceholderText(words ? QString::fromUtf8(words->urlExample) : QString());
    if (preset.isEmpty())
        m_presetNote->setText(tr("Rules give the body (JSON) and may add headers or another URL."));
    else if (const HttpPresetInfo *info = httpPreset(preset); info && !info->defaultUrl.isEmpty())
        m_presetNote->setText(tr("Rules fill the preset's fields. Leave the URL empty for "
                                 "PagerDuty's public Events API endpoint."));
    else
        m_presetNote->setText(
            tr("Rules fill the preset's fields; the URL is the instance, site or webhook."));
    validate();
}

void HttpTargetForm::handleAuthChanged()
{
    const auto auth = HttpTargetConfig::Auth(m_auth->currentData().toInt());
    m_form->setRowVisible(m_authUserRow, auth == HttpTargetConfig::Auth::Basic);
    m_form->setRowVisible(m_authHeaderRow, auth == HttpTargetConfig::Auth::Header);
    m_form->setRowVisible(m_authSecretRow, auth != HttpTargetConfig::Auth::None);
    m_form->setRowVisible(m_authSecretRefRow, auth != HttpTargetConfig::Auth::None);
    if (auth == HttpTargetConfig::Auth::Header && m_authHeader->text().trimmed().isEmpty())
        m_authHeader->setText(QStringLiteral("X-Api-Key"));
    validate();
}

void HttpTargetForm::handleSigningChanged()
{
    m_form->setRowVisible(m_signingSecretRow, m_sign->isChecked());
    m_form->setRowVisible(m_signingSecretRefRow, m_sign->isChecked());
    validate();
}

HeaderList HttpTargetForm::headers(QString *error) const
{
    HeaderList list;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name
            = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        if (name.isEmpty() && value.trimmed().isEmpty())
            continue;
        if (!isHeaderName(name)) {
            if (error && error->isEmpty())
                *error = tr("Row %1: '%2' is not a header name (letters, digits and - _ . ! # $ "
                            "% & ' * + ^ ` | ~)")
                             .arg(row + 1)
                             .arg(name);
            continue;
        }
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            if (error && error->isEmpty())
                *error = tr("Row %1: credentials belong under Authentication, where they are "
                            "kept in the keychain, not in a header")
                             .arg(row + 1);
            continue;
        }
        list.append({name.toLatin1(), value.toUtf8()});
    }
    return list;
}

HttpTargetConfig HttpTargetForm::target() const
{
    const HttpTargetConfig *saved
        = m_current.isEmpty() ? nullptr : m_workspace.httpTarget(m_current);
    HttpTargetConfig target = saved ? *saved : HttpTargetConfig();
    target.name = m_name->text().trimmed();
    target.title = m_title->text().trimmed();
    target.preset = m_preset->currentData().toString();
    target.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    target.method = target.preset.isEmpty() ? m_method->currentText().toLatin1() : "POST";
    target.headers = headers(nullptr);
    target.auth = HttpTargetConfig::Auth(m_auth->currentData().toInt());
    target.authUser.clear();
    target.authHeader.clear();
    target.authSecretRef.clear();
    if (target.auth == HttpTargetConfig::Auth::Basic)
        target.authUser = m_authUser->text().trimmed();
    if (target.auth == HttpTargetConfig::Auth::Header)
        target.authHeader = m_authHeader->text().trimmed().toLatin1();
    if (target.auth != HttpTargetConfig::Auth::None)
        target.authSecretRef = m_authSecretRef->text().trimmed();
    target.signingSecretRef
        = m_sign->isChecked() ? m_signingSecretRef->text().trimmed() : QString();
    target.idempotencyKey = m_idempotency->isChecked();
    target.timeoutMs = m_timeout->value() * 1000;
    const auto schedule = DeliveryPolicy::parseRetrySchedule(m_retrySchedule->text());
    if (schedule)
        target.delivery.retrySchedule = schedule.value();
    target.delivery.breakerFailures = m_breakerFailures->value();
    target.delivery.breakerOpenSeconds = m_breakerOpen->value();
    target.delivery.ratePerSecond = m_ratePerSecond->value();
    target.delivery.rateBurst = m_rateBurst->value();
    return target;
}

void HttpTargetForm::validate()
{
    m_problems.clear();
    const auto check = [this](QLabel *label, QWidget *field, const QString &error) {
        showFieldError(label, field, error);
        if (!error.isEmpty())
            m_problems.append(error);
    };
    const QString name = m_name->text().trimmed();
    QString nameError;
    if (name.isEmpty())
        nameError = tr("Name the target; rules send to it by this name");
    else if (!isTargetName(name))
        nameError = tr("Use 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a "
                       "letter or digit");
    else if (m_current.isEmpty()
             && (m_workspace.httpTarget(name) || m_workspace.openTextTarget(name)))
        nameError = tr("There is already a target called %1").arg(name);
    check(m_nameError, m_name, nameError);

    const QString preset = m_preset->currentData().toString();
    const QString urlText = m_url->text().trimmed();
    QString urlError;
    if (urlText.isEmpty()) {
        if (const HttpPresetInfo *info = httpPreset(preset); !info || info->defaultUrl.isEmpty()) {
            const PresetWords *words = wordsFor(preset);
            urlError = words && *words->urlExample
                ? tr("Enter the URL, such as %1").arg(QString::fromUtf8(words->urlExample))
                : tr("Enter the URL");
        }
    } else {
        const QUrl url(urlText, QUrl::StrictMode);
        const bool sandbox = url.scheme() == QLatin1String("sandbox");
        if (!url.isValid()
            || (sandbox ? !url.path().startsWith(QLatin1Char('/'))
                        : (url.host().isEmpty()
                           || (url.scheme() != QLatin1String("https")
                               && url.scheme() != QLatin1String("http")))))
            urlError = tr("\"%1\" is not an http or https address (or sandbox:/capture/NAME for "
                          "the built-in sandbox)")
                           .arg(urlText);
    }
    check(m_urlError, m_url, urlError);

    QString headersError;
    (void)headers(&headersError);
    check(m_headersError, m_headers, headersError);

    const auto auth = HttpTargetConfig::Auth(m_auth->currentData().toInt());
    check(m_authUserError, m_authUser,
          auth == HttpTargetConfig::Auth::Basic && m_authUser->text().trimmed().isEmpty()
              ? tr("Enter the user name")
              : QString());
    check(m_authHeaderError, m_authHeader,
          auth == HttpTargetConfig::Auth::Header && !isHeaderName(m_authHeader->text().trimmed())
              ? tr("Enter the header's name, such as X-Api-Key")
              : QString());
    // Secrets are kept as typed: a space can be part of one. A keychain error shown after a
    // read stays until the field changes.
    if (auth == HttpTargetConfig::Auth::None || !m_authSecret->text().isEmpty()
        || m_authSecretError->isHidden())
        check(m_authSecretError, m_authSecret,
              auth != HttpTargetConfig::Auth::None && m_authSecret->text().isEmpty()
                  ? tr("Enter the password, token or key")
                  : QString());
    check(m_authSecretRefError, m_authSecretRef,
          auth != HttpTargetConfig::Auth::None && m_authSecretRef->text().trimmed().isEmpty()
              ? tr("Name the keychain entry it is kept under")
              : QString());

    QString signingError;
    if (m_sign->isChecked()) {
        if (m_signingSecret->text().isEmpty())
            signingError = tr("Enter the signing secret the receiver checks, or generate one");
        else if (const auto key = StandardWebhooks::decodeSecret(m_signingSecret->text()); !key)
            signingError
                = tr("Not a Standard Webhooks secret (whsec_ and base64): %1").arg(key.error());
    }
    if (!m_sign->isChecked() || !m_signingSecret->text().isEmpty()
        || m_signingSecretError->isHidden())
        check(m_signingSecretError, m_signingSecret, signingError);
    check(m_signingSecretRefError, m_signingSecretRef,
          m_sign->isChecked() && m_signingSecretRef->text().trimmed().isEmpty()
              ? tr("Name the keychain entry the signing secret is kept under")
              : QString());

    const auto schedule = DeliveryPolicy::parseRetrySchedule(m_retrySchedule->text());
    check(m_retryScheduleError, m_retrySchedule,
          schedule ? QString() : tr("Retry schedule: %1").arg(schedule.error()));
    if (schedule)
        m_retrySchedule->setToolTip(
            tr("%n attempt(s) before the delivery is dead.", nullptr, int(schedule->size())));
    m_breakerOpen->setEnabled(m_breakerFailures->value() > 0);
    m_rateBurst->setEnabled(m_ratePerSecond->value() > 0);

    // Whatever the fields allow, the target and the workspace must load again.
    QString formError;
    if (m_problems.isEmpty()) {
        const HttpTargetConfig edited = target();
        if (const auto reread = HttpTargetConfig::fromJson(edited.toJson(), tr("this target"));
            !reread) {
            formError = reread.error();
        } else {
            Workspace workspace = m_workspace;
            workspace.setHttpTarget(edited);
            if (const auto loaded = Workspace::fromJson(workspace.toJson(), m_workspace.origin());
                !loaded)
                formError = loaded.error();
        }
    }
    showFieldError(m_formError, nullptr, formError);
    if (!formError.isEmpty())
        m_problems.append(formError);
    m_save->setEnabled(!m_saving);
    relayout(m_form);
    relayout(m_policyForm);
    m_test->setEnabled(m_problems.isEmpty() && !isTesting());
    m_copySigning->setEnabled(!m_signingSecret->text().isEmpty());
}

bool HttpTargetForm::save()
{
    validate();
    if (m_saving)
        return false;
    if (!m_problems.isEmpty()) {
        const QString error = tr("Not saved: %1").arg(m_problems.constFirst());
        showOutcome(m_saveResult, false, error);
        for (QWidget *field :
             {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url),
              static_cast<QWidget *>(m_headers), static_cast<QWidget *>(m_authUser),
              static_cast<QWidget *>(m_authHeader), static_cast<QWidget *>(m_authSecret),
              static_cast<QWidget *>(m_authSecretRef), static_cast<QWidget *>(m_signingSecret),
              static_cast<QWidget *>(m_signingSecretRef),
              static_cast<QWidget *>(m_retrySchedule)}) {
            if (!field->accessibleDescription().isEmpty() && field->isVisibleTo(this)) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        Q_EMIT saveFailed(error);
        return false;
    }
    const HttpTargetConfig edited = target();
    QStringList refs;
    QStringList values;
    if (edited.auth != HttpTargetConfig::Auth::None) {
        refs << edited.authSecretRef;
        values << m_authSecret->text();
    }
    if (!edited.signingSecretRef.isEmpty()) {
        refs << edited.signingSecretRef;
        values << m_signingSecret->text();
    }
    m_saving = true;
    m_save->setEnabled(false);
    storeSecrets(edited, refs, values);
    return true;
}

void HttpTargetForm::storeSecrets(const HttpTargetConfig &target, QStringList refs,
                                  QStringList values)
{
    if (refs.isEmpty()) {
        writeWorkspace(target);
        return;
    }
    const QString ref = refs.takeFirst();
    const QString value = values.takeFirst();
    m_secrets->write(
        ref, value, this, [this, target, ref, refs, values](const Result<void> &stored) {
            if (!stored) {
                m_saving = false;
                validate();
                QLabel *label
                    = ref == target.signingSecretRef ? m_signingSecretError : m_authSecretError;
                QLineEdit *field = ref == target.signingSecretRef ? m_signingSecret : m_authSecret;
                showFieldError(label, field, stored.error());
                const QString error
                    = tr("Not saved: the secret could not be stored in the keychain: %1")
                          .arg(stored.error());
                showOutcome(m_saveResult, false, error);
                Q_EMIT saveFailed(error);
                return;
            }
            storeSecrets(target, refs, values);
        });
}

void HttpTargetForm::writeWorkspace(const HttpTargetConfig &target)
{
    Workspace edited = WorkspaceFile::current(m_engine);
    edited.setHttpTarget(target);
    const auto written = WorkspaceFile::save(m_engine, edited,
                                             tr("Deliveries to %1 use it now.").arg(target.name));
    m_saving = false;
    if (!written) {
        validate();
        const QString error = tr("Not saved: %1").arg(written.error());
        showOutcome(m_saveResult, false, error);
        Q_EMIT saveFailed(error);
        return;
    }
    // The secrets just stored stay in their fields.
    const QString authSecret = m_authSecret->text();
    const QString signingSecret = m_signingSecret->text();
    if (m_engine && m_engine->isRunning())
        showTarget(target.name);
    else
        showConfig(target, false);
    ++m_secretReads;
    m_authSecret->setText(authSecret);
    m_signingSecret->setText(signingSecret);
    showOutcome(m_saveResult, true, written->message);
    Q_EMIT saved(written->path, target.name);
}

void HttpTargetForm::deleteTarget()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    const QStringList rules = WorkspaceFile::current(m_engine).rulesUsingTarget(name);
    if (!rules.isEmpty()) {
        showOutcome(m_saveResult, false,
                    tr("%1 is not deleted: these rules send to it: %2. Change them on the Rules "
                       "page first.")
                        .arg(name, rules.join(QLatin1String(", "))));
        return;
    }
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete target"),
                                tr("Delete target %1? Deliveries still waiting for it fail "
                                   "once it is gone.")
                                    .arg(name),
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("deleteTargetConfirmation"));
    QPushButton *remove = m_confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    connect(m_confirm, &QMessageBox::finished, this, [this, remove, name] {
        const bool confirmed = m_confirm && m_confirm->clickedButton() == remove;
        m_confirm->deleteLater();
        if (confirmed)
            removeFromWorkspace(name);
    });
    m_confirm->open();
}

void HttpTargetForm::removeFromWorkspace(const QString &name)
{
    Workspace edited = WorkspaceFile::current(m_engine);
    const HttpTargetConfig *gone = edited.httpTarget(name);
    if (!gone)
        return;
    const QStringList refs {gone->authSecretRef, gone->signingSecretRef};
    edited.removeHttpTarget(name);
    const auto written = WorkspaceFile::save(m_engine, edited, {});
    if (!written) {
        showOutcome(m_saveResult, false, tr("Not deleted: %1").arg(written.error()));
        return;
    }
    // Its secrets go too, unless something else names the same entries.
    for (const QString &ref : refs) {
        bool shared = ref.isEmpty();
        for (const HttpTargetConfig &other : edited.httpTargets())
            shared = shared || other.authSecretRef == ref || other.signingSecretRef == ref;
        for (const SourceConfig &source : edited.sources())
            shared = shared || source.auth.secretRef == ref;
        if (!shared)
            m_secrets->remove(ref, this, [](const Result<void> &) {});
    }
    newTarget();
    showOutcome(m_saveResult, true, tr("Deleted target %1. %2").arg(name, written->message));
    Q_EMIT deleted(name);
}

void HttpTargetForm::test()
{
    validate();
    if (isTesting() || !m_problems.isEmpty())
        return;
    const HttpTargetConfig testedTarget = target();
    const QUrl sandbox = m_engine ? m_engine->sandboxUrl() : QUrl();
    auto request = sampleRequest(testedTarget, sandbox, QDateTime::currentDateTimeUtc());
    auto options = request
        ? sendOptions(testedTarget, m_signingSecret->text(), m_authSecret->text())
        : Result<HttpSendOptions>::failure(request.error());
    if (!request || !options) {
        const QString error = request ? options.error() : request.error();
        showOutcome(m_testResult, false, error);
        m_response->hide();
        Q_EMIT tested(false, error);
        return;
    }
    m_sender = new HttpSender(this);
    const QUrl url = request->url;
    connect(m_sender, &HttpSender::sent, this,
            [this, url](const QString &, const HttpOutcome &outcome) { handleSent(outcome, url); });
    m_busy->show();
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Sending the sample request to %1…").arg(url.host()));
    m_testResult->show();
    m_response->hide();
    m_sender->send(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                   request.value(), options.value());
}

void HttpTargetForm::handleSent(const HttpOutcome &outcome, const QUrl &url)
{
    cancelTest();
    const bool ok = outcome.kind == HttpOutcome::Kind::Delivered;
    QString message;
    if (ok)
        message = tr("The target accepted the test: HTTP %1 from %2 in %3 ms.")
                      .arg(outcome.httpStatus)
                      .arg(url.host())
                      .arg(outcome.elapsedMs);
    else if (outcome.kind == HttpOutcome::Kind::RetryLater)
        message = tr("The test did not go through: %1. A delivery would be tried again later.")
                      .arg(outcome.error);
    else
        message = tr("The target refused the test: %1. A delivery would fail for good: check "
                     "the URL, the credentials and the preset.")
                      .arg(outcome.error);
    showOutcome(m_testResult, ok, message);
    if (!outcome.responseBody.isEmpty()) {
        QString body = QString::fromUtf8(outcome.responseBody.left(responseShownBytes));
        if (outcome.responseBody.size() > responseShownBytes)
            body += QStringLiteral("\n…");
        m_response->setPlainText(body);
        m_response->show();
    } else {
        m_response->hide();
    }
    validate();
    Q_EMIT tested(ok, message);
}

void HttpTargetForm::cancelTest()
{
    if (m_sender) {
        m_sender->disconnect(this);
        m_sender->abortAll();
        // Not delete: this may run inside the sender's own signal.
        m_sender->deleteLater();
        m_sender = nullptr;
    }
    m_busy->hide();
}

} // namespace OtBridge
