// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opentexttargetpage.h"

#include "config/secretstore.h"
#include "delivery/opentextclient.h"
#include "engine/engine.h"
#include "formfeedback.h"
#include "formgrid.h"
#include "workspacefile.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

constexpr int sandboxChoice = -1;
constexpr int customChoice = -2;
constexpr int maxTimeoutSeconds = 600;

const char successStyle[] = "QLabel { background: #e6f4e3; color: #1d5e20; padding: 6px; "
                            "border: 1px solid #a6d5a0; }";
const char failureStyle[] = "QLabel { background: #fbe3e4; color: #8a1f11; padding: 6px; "
                            "border: 1px solid #e8a1a3; }";
const char fieldErrorStyle[] = "QLabel { color: #b3261e; }";

// Why text is not a usable http(s) address, or nothing.
QString urlProblem(const QString &text, const QString &what, const QString &example)
{
    if (text.trimmed().isEmpty())
        return OpenTextTargetPage::tr("Enter the %1, such as %2").arg(what, example);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return OpenTextTargetPage::tr("\"%1\" is not an http or https address; the %2 looks "
                                      "like %3")
            .arg(text.trimmed(), what, example);
    return {};
}

} // namespace

OpenTextTargetPage::OpenTextTargetPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_secrets(new SecretStore(this))
    , m_service(new QComboBox(this))
    , m_sandboxNote(new QLabel(this))
    , m_connection(new QWidget(this))
    , m_form(new FormGrid(m_connection))
    , m_auth(new QComboBox(m_connection))
    , m_maxDestinations(new QSpinBox(m_connection))
    , m_timeout(new QSpinBox(m_connection))
    , m_formError(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_busy(new QProgressBar(this))
    , m_saveResult(new QLabel(this))
    , m_testResult(new QLabel(this))
{
    auto *heading = new QLabel(tr("OpenText Notifications"), this);
    heading->setObjectName(QStringLiteral("targetTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Where rules send email, SMS, fax and WhatsApp messages. Secrets "
                                "are kept in the system keychain, never in the workspace file."),
                             this);
    intro->setWordWrap(true);

    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->setAccessibleName(tr("Service"));
    m_service->addItem(tr("Built-in sandbox"), sandboxChoice);
    const QList<OpenTextTarget::Region> regions = OpenTextTarget::regions();
    for (int i = 0; i < regions.size(); ++i)
        m_service->addItem(tr("OpenText cloud: %1").arg(regions.at(i).name), i);
    m_service->addItem(tr("Custom address"), customChoice);
    auto *serviceForm = new QFormLayout;
    serviceForm->addRow(tr("&Service:"), m_service);

    m_sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setText(tr("The built-in sandbox runs inside OT Bridge on this computer and "
                              "works offline: nothing leaves the machine. It accepts messages "
                              "like OpenText would and shows them on the Sandbox page."));

    m_form->setContentsMargins(0, 0, 0, 0);
    m_messagingUrl
        = addLineEdit(m_form, "messagingUrlEdit", tr("&Messaging URL:"), tr("Messaging URL"));
    m_messagingUrl->setPlaceholderText(
        QStringLiteral("https://api.eu.cloudmessaging.opentext.com/mra/v1"));
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->addItem(tr("OAuth2 client credentials"), int(OpenTextTarget::Auth::OAuth2));
    m_auth->addItem(tr("HTTP Basic"), int(OpenTextTarget::Auth::Basic));
    m_form->addRow(tr("&Authentication:"), m_auth);
    m_authUrl
        = addLineEdit(m_form, "authUrlEdit", tr("A&uthorization URL:"), tr("Authorization URL"));
    m_authUrl->setPlaceholderText(QStringLiteral("https://eu.api.opentext.com"));
    m_tenantId = addLineEdit(m_form, "tenantIdEdit", tr("&Tenant ID:"), tr("Tenant ID"));
    m_clientId = addLineEdit(m_form, "clientIdEdit", tr("&Client ID:"), tr("Client ID"));
    m_clientSecret
        = addLineEdit(m_form, "clientSecretEdit", tr("Client s&ecret:"), tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_user = addLineEdit(m_form, "userEdit", tr("&User:"), tr("User"));
    m_password = addLineEdit(m_form, "passwordEdit", tr("&Password:"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit *secret : {m_clientSecret, m_password}) {
        secret->setPlaceholderText(tr("Kept in the keychain"));
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                    | Qt::ImhSensitiveData);
    }
    m_secretRef = addLineEdit(m_form, "secretRefEdit", tr("&Keychain entry:"),
                              tr("Keychain entry for the secret"));
    m_secretRef->setToolTip(tr("The name the secret is stored under in the system keychain. "
                               "Headless servers may set OTBRIDGE_SECRET_ and this name in "
                               "capitals instead, with _ for every other character."));

    m_maxDestinations->setObjectName(QStringLiteral("maxDestinationsSpin"));
    m_maxDestinations->setAccessibleName(tr("Maximum destinations per job"));
    m_maxDestinations->setRange(1, 1000);
    m_maxDestinations->setToolTip(tr("Messages to more people are sent as several jobs."));
    m_form->addRow(tr("Ma&x destinations per job:"), m_maxDestinations);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setRange(1, maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_form->addRow(tr("T&imeout:"), m_timeout);

    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QString::fromLatin1(fieldErrorStyle));
    m_formError->hide();

    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the target"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);

    for (QLabel *result : {m_saveResult, m_testResult}) {
        result->setWordWrap(true);
        result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        result->hide();
    }
    m_saveResult->setObjectName(QStringLiteral("saveResult"));
    m_testResult->setObjectName(QStringLiteral("testResult"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(serviceForm);
    layout->addWidget(m_sandboxNote);
    layout->addWidget(m_connection);
    layout->addWidget(m_formError);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_saveResult);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    content->setMaximumWidth(760);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_service, &QComboBox::currentIndexChanged, this,
            &OpenTextTargetPage::handleServiceChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &OpenTextTargetPage::handleAuthChanged);
    for (QLineEdit *edit : {m_messagingUrl, m_authUrl, m_tenantId, m_clientId, m_clientSecret,
                            m_user, m_password, m_secretRef})
        connect(edit, &QLineEdit::textChanged, this, &OpenTextTargetPage::validate);
    connect(m_saveButton, &QPushButton::clicked, this, &OpenTextTargetPage::save);
    connect(m_testButton, &QPushButton::clicked, this, &OpenTextTargetPage::testConnection);

    reload();
}

OpenTextTargetPage::~OpenTextTargetPage()
{
    cancelTest();
}

QLineEdit *OpenTextTargetPage::addLineEdit(FormGrid *form, const char *objectName,
                                           const QString &label, const QString &accessibleName)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    // The error lives in the field's own row, under it: showing it never touches the form's
    // rows, whose visibility depends on the chosen kind alone (handleAuthChanged).
    QLabel *error = FormFeedback::createErrorLabel(
        form->parentWidget(),
        QString::fromLatin1(objectName).replace(QLatin1String("Edit"), QLatin1String("Error")));
    QWidget *row = FormFeedback::withError(edit, error);
    form->addRow(label, row);
    m_rows.insert(edit, row);
    m_errorLabels.insert(edit, error);
    return edit;
}

QString OpenTextTargetPage::defaultWorkspacePath()
{
    return WorkspaceFile::defaultPath();
}

QString OpenTextTargetPage::savePath() const
{
    if (!m_savePath.isEmpty())
        return m_savePath;
    const QString origin = m_workspace.origin();
    if (origin.isEmpty() || origin.startsWith(QLatin1Char(':')))
        return defaultWorkspacePath();
    return origin;
}

void OpenTextTargetPage::reload()
{
    m_workspace = m_engine->isRunning() ? m_engine->workspace() : Workspace::builtInDefault();
    m_savePath.clear();
    const OpenTextTarget *configured = m_workspace.openTextTarget();
    const OpenTextTarget shown = configured ? *configured : OpenTextTarget();
    m_targetName = shown.name;

    int choice = customChoice;
    if (shown.sandbox) {
        choice = sandboxChoice;
    } else {
        const QList<OpenTextTarget::Region> regions = OpenTextTarget::regions();
        for (int i = 0; i < regions.size(); ++i) {
            if (regions.at(i).messagingUrl == shown.messagingUrl
                && (shown.auth != OpenTextTarget::Auth::OAuth2
                    || regions.at(i).authUrl == shown.authUrl))
                choice = i;
        }
    }
    const QSignalBlocker blockService(m_service);
    const QSignalBlocker blockAuth(m_auth);
    m_service->setCurrentIndex(m_service->findData(choice));
    m_messagingUrl->setText(shown.messagingUrl.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(shown.auth)));
    m_authUrl->setText(shown.authUrl.toString());
    m_tenantId->setText(shown.tenantId);
    m_clientId->setText(shown.clientId);
    m_user->setText(shown.user);
    m_secretRef->setText(shown.secretRef.isEmpty() ? QStringLiteral("opentext/") + shown.name
                                                   : shown.secretRef);
    m_clientSecret->clear();
    m_password->clear();
    m_maxDestinations->setValue(shown.maxDestinationsPerJob);
    m_timeout->setValue(qBound(1, (shown.timeoutMs + 500) / 1000, maxTimeoutSeconds));
    m_saveResult->hide();
    m_testResult->hide();
    handleServiceChanged();
    handleAuthChanged();

    const int read = ++m_secretReads;
    if (shown.sandbox || shown.secretRef.isEmpty())
        return;
    QLineEdit *field = shown.auth == OpenTextTarget::Auth::OAuth2 ? m_clientSecret : m_password;
    m_secrets->read(shown.secretRef, this, [this, read, field](const Result<QString> &secret) {
        // A later reload, or the user typing, wins over a late answer.
        if (read != m_secretReads || !field->text().isEmpty())
            return;
        if (secret)
            field->setText(secret.value());
        else
            setFieldError(field, secret.error());
    });
}

OpenTextTargetPage::Service OpenTextTargetPage::service() const
{
    const int choice = m_service->currentData().toInt();
    if (choice == sandboxChoice)
        return Service::Sandbox;
    return choice == customChoice ? Service::Custom : Service::Region;
}

void OpenTextTargetPage::handleServiceChanged()
{
    const Service chosen = service();
    m_sandboxNote->setVisible(chosen == Service::Sandbox);
    m_connection->setEnabled(chosen != Service::Sandbox);
    if (chosen == Service::Region) {
        const OpenTextTarget::Region region
            = OpenTextTarget::regions().at(m_service->currentData().toInt());
        m_messagingUrl->setText(region.messagingUrl.toString());
        m_authUrl->setText(region.authUrl.toString());
    }
    // A region fixes its addresses; a custom service (or a proxy in front of one) sets them.
    m_messagingUrl->setReadOnly(chosen == Service::Region);
    m_authUrl->setReadOnly(chosen == Service::Region);
    m_testResult->hide();
    validate();
}

void OpenTextTargetPage::handleAuthChanged()
{
    const bool oauth = m_auth->currentData().toInt() == int(OpenTextTarget::Auth::OAuth2);
    for (QWidget *field :
         {static_cast<QWidget *>(m_authUrl), static_cast<QWidget *>(m_tenantId),
          static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_clientSecret)})
        m_form->setRowVisible(m_rows.value(field), oauth);
    for (QWidget *field : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(m_rows.value(field), !oauth);
    m_testResult->hide();
    validate();
}

void OpenTextTargetPage::setFieldError(QWidget *field, const QString &error)
{
    if (QLabel *label = m_errorLabels.value(field))
        FormFeedback::showFieldError(label, field, error);
}

OpenTextTarget OpenTextTargetPage::target() const
{
    const OpenTextTarget *configured = m_workspace.openTextTarget(m_targetName);
    OpenTextTarget target = configured ? *configured : OpenTextTarget();
    target.name = m_targetName;
    target.sandbox = service() == Service::Sandbox;
    target.messagingUrl = QUrl(m_messagingUrl->text().trimmed(), QUrl::StrictMode);
    target.auth = OpenTextTarget::Auth(m_auth->currentData().toInt());
    target.authUrl.clear();
    target.tenantId.clear();
    target.clientId.clear();
    target.user.clear();
    if (target.auth == OpenTextTarget::Auth::OAuth2) {
        target.authUrl = QUrl(m_authUrl->text().trimmed(), QUrl::StrictMode);
        target.tenantId = m_tenantId->text().trimmed();
        target.clientId = m_clientId->text().trimmed();
    } else {
        target.user = m_user->text().trimmed();
    }
    target.secretRef = m_secretRef->text().trimmed();
    target.maxDestinationsPerJob = m_maxDestinations->value();
    target.timeoutMs = m_timeout->value() * 1000;
    return target;
}

void OpenTextTargetPage::validate()
{
    m_problems.clear();
    const bool sandbox = service() == Service::Sandbox;
    const bool oauth = m_auth->currentData().toInt() == int(OpenTextTarget::Auth::OAuth2);
    const auto check = [this, sandbox](QWidget *field, bool applies, const QString &error) {
        const QString shown = sandbox || !applies ? QString() : error;
        setFieldError(field, shown);
        if (!shown.isEmpty())
            m_problems.append(shown);
    };
    const auto required = [](const QLineEdit *edit, const QString &error) {
        return edit->text().trimmed().isEmpty() ? error : QString();
    };
    check(m_messagingUrl, true,
          urlProblem(m_messagingUrl->text(), tr("messaging URL"),
                     QStringLiteral("https://api.eu.cloudmessaging.opentext.com/mra/v1")));
    check(m_authUrl, oauth,
          urlProblem(m_authUrl->text(), tr("authorization URL"),
                     QStringLiteral("https://eu.api.opentext.com")));
    check(m_tenantId, oauth, required(m_tenantId, tr("Enter the tenant ID OpenText gave you")));
    check(m_clientId, oauth, required(m_clientId, tr("Enter the client ID of the API client")));
    // Secrets are kept as typed: a space can be part of one.
    check(m_clientSecret, oauth,
          m_clientSecret->text().isEmpty() ? tr("Enter the client secret") : QString());
    check(m_user, !oauth, required(m_user, tr("Enter the user name")));
    check(m_password, !oauth, m_password->text().isEmpty() ? tr("Enter the password") : QString());
    check(m_secretRef, true,
          required(m_secretRef, tr("Name the keychain entry the secret is kept under")));

    // Whatever the fields allow, the workspace must load it again.
    QString formError;
    if (m_problems.isEmpty()) {
        const Result<OpenTextTarget> reread
            = OpenTextTarget::fromJson(target().toJson(), tr("this target"));
        if (!reread) {
            formError = reread.error();
            m_problems.append(formError);
        }
    }
    FormFeedback::relayout(m_form);
    m_formError->setText(formError);
    m_formError->setVisible(!formError.isEmpty());
    m_saveButton->setEnabled(m_problems.isEmpty() && !m_saving);
    m_testButton->setEnabled(m_problems.isEmpty() && !isTesting());
}

void OpenTextTargetPage::save()
{
    validate();
    if (!m_problems.isEmpty() || m_saving)
        return;
    const OpenTextTarget saved = target();
    m_saving = true;
    m_saveButton->setEnabled(false);
    if (saved.sandbox) {
        writeWorkspace(saved);
        return;
    }
    QLineEdit *field = saved.auth == OpenTextTarget::Auth::OAuth2 ? m_clientSecret : m_password;
    m_secrets->write(saved.secretRef, field->text(), this,
                     [this, saved, field](const Result<void> &stored) {
                         if (!stored) {
                             m_saving = false;
                             validate();
                             setFieldError(field, stored.error());
                             const QString error
                                 = tr("Not saved: the secret could not be stored in the keychain: "
                                      "%1")
                                       .arg(stored.error());
                             showResult(m_saveResult, false, error);
                             Q_EMIT saveFailed(error);
                             return;
                         }
                         writeWorkspace(saved);
                     });
}

void OpenTextTargetPage::writeWorkspace(const OpenTextTarget &target)
{
    const QString path = savePath();
    const bool newFile = m_savePath.isEmpty() && path != m_workspace.origin();
    // The running engine's workspace, not the copy read when this page was shown: the rule
    // designer may have saved (and the engine reloaded) rules since, and they must not go back.
    Workspace workspace = m_engine->isRunning() ? m_engine->workspace() : m_workspace;
    workspace.setOpenTextTarget(target);
    Result<void> written = QDir().mkpath(QFileInfo(path).absolutePath())
        ? workspace.save(path)
        : Result<void>::failure(tr("cannot create the folder %1")
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    m_saving = false;
    validate();
    if (!written) {
        const QString error = tr("The workspace could not be saved: %1").arg(written.error());
        showResult(m_saveResult, false, error);
        Q_EMIT saveFailed(error);
        return;
    }
    m_workspace = workspace;
    m_savePath = path;
    const QString native = QDir::toNativeSeparators(path);
    QString message = newFile
        ? tr("Saved to %1. OT Bridge was running its built-in workspace, so the target was saved "
             "to this new file in the default location, which the window opens from now on "
             "(otbridge --headless needs --workspace \"%1\").")
              .arg(native)
        : tr("Saved to %1.").arg(native);
    // The running engine switches too: deliveries go to the new target from now on.
    if (m_engine->isRunning()) {
        if (const Result<void> applied = m_engine->setOpenTextTarget(target); !applied) {
            showResult(m_saveResult, false,
                       tr("%1 OT Bridge could not switch to it while running: %2. It will use it "
                          "when it starts again.")
                           .arg(message, applied.error()));
            Q_EMIT saved(path);
            return;
        }
        message += QLatin1Char(' ') + tr("OT Bridge uses it now.");
    }
    showResult(m_saveResult, true, message);
    Q_EMIT saved(path);
}

void OpenTextTargetPage::testConnection()
{
    if (isTesting())
        return;
    OpenTextTarget tested;
    QString secret;
    if (service() == Service::Sandbox) {
        if (m_engine->sandboxUrl().isEmpty()) {
            handleConnectionTested(false,
                                   tr("The built-in sandbox is not running: OT Bridge starts it "
                                      "when the workspace it started with uses the sandbox. Save, "
                                      "then start OT Bridge again with that workspace."));
            return;
        }
        tested = m_engine->sandboxTarget();
        secret = m_engine->sandboxSecret();
    } else {
        validate();
        if (!m_problems.isEmpty())
            return;
        tested = target();
        secret
            = (tested.auth == OpenTextTarget::Auth::OAuth2 ? m_clientSecret : m_password)->text();
    }
    m_client = new OpenTextClient(this);
    m_client->configure(tested, secret);
    connect(m_client, &OpenTextClient::connectionTested, this,
            &OpenTextTargetPage::handleConnectionTested);
    m_busy->show();
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing the connection…"));
    m_testResult->show();
    m_client->testConnection();
}

void OpenTextTargetPage::handleConnectionTested(bool ok, const QString &message)
{
    cancelTest();
    showResult(m_testResult, ok, message);
    validate();
    Q_EMIT connectionTested(ok, message);
}

void OpenTextTargetPage::cancelTest()
{
    if (m_client) {
        m_client->disconnect(this);
        // Not delete: this may run inside the client's own signal.
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_busy->hide();
}

void OpenTextTargetPage::showResult(QLabel *label, bool ok, const QString &text)
{
    label->setStyleSheet(QString::fromLatin1(ok ? successStyle : failureStyle));
    label->setText(text);
    label->setAccessibleName(ok ? tr("Succeeded") : tr("Failed"));
    label->show();
}

} // namespace OtBridge
