// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespage.h"

#include "config/rule.h"
#include "config/secretstore.h"
#include "engine/engine.h"
#include "event/webhooksignature.h"
#include "formfeedback.h"
#include "formgrid.h"
#include "tester/sourcetest.h"
#include "workspacefile.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

namespace OtBridge {

namespace {

using namespace FormFeedback;

constexpr int answerShownChars = 600;

struct AuthChoice
{
    SourceAuth::Kind kind;
    const char *label;
    const char *note;
};

// The order people meet them in; the words for each kind are here, the checks in the core.
const AuthChoice authChoices[] = {
    {SourceAuth::Kind::None, QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "None"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "Anyone who can reach the listener may post to this source. Fine on "
                       "this computer; choose one of the others before opening the listener "
                       "to the network.")},
    {SourceAuth::Kind::StandardWebhooks,
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "Standard Webhooks signature"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "The sender signs every request with a shared whsec_ secret "
                       "(webhook-id, webhook-timestamp and webhook-signature headers).")},
    {SourceAuth::Kind::GitHub, QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "GitHub signature"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "GitHub signs with the webhook's secret in X-Hub-Signature-256.")},
    {SourceAuth::Kind::Stripe, QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "Stripe signature"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "Stripe signs with the endpoint's signing secret in Stripe-Signature.")},
    {SourceAuth::Kind::Basic, QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "HTTP Basic"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "The sender gives a user name and password in the Authorization header.")},
    {SourceAuth::Kind::Bearer, QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "Bearer token"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "The sender gives a token in the Authorization header.")},
    {SourceAuth::Kind::ApiKey, QT_TRANSLATE_NOOP("OtBridge::SourcesPage", "API key in a header"),
     QT_TRANSLATE_NOOP("OtBridge::SourcesPage",
                       "The sender gives a key in a header of its own, such as X-Api-Key.")},
};

const AuthChoice &authChoice(SourceAuth::Kind kind)
{
    for (const AuthChoice &choice : authChoices) {
        if (choice.kind == kind)
            return choice;
    }
    return authChoices[0];
}

bool isSourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isHeaderName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return pattern.match(name).hasMatch();
}

QString randomSecret(bool standardWebhooks)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    if (standardWebhooks)
        return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString defaultSecretRef(const QString &name)
{
    return QStringLiteral("source/") + (name.isEmpty() ? QStringLiteral("new") : name);
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
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

} // namespace

SourcesPage::SourcesPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_secrets(new SecretStore(this))
    , m_network(new QNetworkAccessManager(this))
    , m_list(new QListWidget(this))
    , m_add(button(tr("&Add source"), this, "addSourceButton", tr("Add a source")))
    , m_delete(button(tr("&Delete…"), this, "deleteSourceButton", tr("Delete the source")))
{
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_list->setAccessibleName(tr("Sources"));
    m_list->setWordWrap(true);
    // Each source is two lines, its title and its name: alternating rows keep them together.
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    m_list->setTextElideMode(Qt::ElideRight);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 6, 12);
    auto *listTitle = new QLabel(tr("Sources"), side);
    listTitle->setObjectName(QStringLiteral("sourceListTitle"));
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    sideLayout->addWidget(listTitle);
    sideLayout->addWidget(m_list, 1);
    auto *sideButtons = new QHBoxLayout;
    m_add->setParent(side);
    m_delete->setParent(side);
    sideButtons->addWidget(m_add);
    sideButtons->addWidget(m_delete);
    sideButtons->addStretch(1);
    sideLayout->addLayout(sideButtons);
    side->setMinimumWidth(220);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("sourceForm"));
    buildForm(content);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sourceScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sourceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesPage::handleSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &SourcesPage::addSource);
    connect(m_delete, &QPushButton::clicked, this, &SourcesPage::deleteSource);
    reload();
}

SourcesPage::~SourcesPage()
{
    if (m_reply)
        m_reply->abort();
}

void SourcesPage::buildForm(QWidget *content)
{
    m_formTitle = createHeading(tr("Source"), content, QStringLiteral("sourceTitle"));
    auto *intro = new QLabel(tr("Each source has its own address on the webhook listener. How "
                                "its senders prove who they are is checked over the raw body "
                                "before anything is stored; secrets stay in the system keychain, "
                                "never in the workspace file."),
                             content);
    intro->setObjectName(QStringLiteral("sourceIntro"));
    intro->setWordWrap(true);

    m_name = lineEdit(content, "sourceNameEdit", tr("Source name"));
    m_name->setPlaceholderText(QStringLiteral("crm-events"));
    m_name->setToolTip(tr("Part of the address: 1 to 64 characters of a-z, 0-9, '.', '_' or "
                          "'-'. It cannot change once saved, since senders and rules use it."));
    m_nameError = createErrorLabel(content, QStringLiteral("sourceNameError"));
    m_title = lineEdit(content, "sourceTitleEdit", tr("Title"));
    m_title->setPlaceholderText(tr("CRM events"));
    m_description = lineEdit(content, "sourceDescriptionEdit", tr("Description"));
    m_format = new QComboBox(content);
    m_format->setObjectName(QStringLiteral("sourceFormatCombo"));
    m_format->setAccessibleName(tr("Content type"));
    m_format->addItem(tr("JSON (application/json)"), int(SourceConfig::Format::Json));
    m_format->addItem(tr("Any content type"), int(SourceConfig::Format::Any));
    m_format->setToolTip(tr("A JSON source refuses bodies that are not JSON (400) or are sent "
                            "with another Content-Type (415)."));

    m_auth = new QComboBox(content);
    m_auth->setObjectName(QStringLiteral("sourceAuthCombo"));
    m_auth->setAccessibleName(tr("Authentication"));
    for (const AuthChoice &choice : authChoices)
        m_auth->addItem(tr(choice.label), int(choice.kind));
    m_authNote = new QLabel(content);
    m_authNote->setObjectName(QStringLiteral("sourceAuthNote"));
    m_authNote->setWordWrap(true);
    m_authNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_user = lineEdit(content, "sourceUserEdit", tr("User"));
    m_userError = createErrorLabel(content, QStringLiteral("sourceUserError"));
    m_header = lineEdit(content, "sourceHeaderEdit", tr("Header name"));
    m_header->setPlaceholderText(QStringLiteral("X-Api-Key"));
    m_headerError = createErrorLabel(content, QStringLiteral("sourceHeaderError"));
    m_secret = lineEdit(content, "sourceSecretEdit", tr("Secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Kept in the keychain"));
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                  | Qt::ImhSensitiveData);
    m_secret->setToolTip(tr("Several secrets separated by spaces are all accepted while one is "
                            "rotated."));
    m_secretError = createErrorLabel(content, QStringLiteral("sourceSecretError"));
    m_generate
        = button(tr("&Generate"), content, "generateSecretButton", tr("Generate a new secret"));
    m_copySecret
        = button(tr("Cop&y"), content, "copySecretButton", tr("Copy the secret to the clipboard"));
    m_copySecret->setToolTip(tr("Copy the secret, to give it to the sender"));
    m_secretRef = lineEdit(content, "sourceSecretRefEdit", tr("Keychain entry for the secret"));
    m_secretRef->setToolTip(tr("The name the secret is stored under in the system keychain. "
                               "Headless servers may set OTBRIDGE_SECRET_ and this name in "
                               "capitals instead, with _ for every other character."));
    m_secretRefError = createErrorLabel(content, QStringLiteral("sourceSecretRefError"));
    m_tolerance = new QSpinBox(content);
    m_tolerance->setObjectName(QStringLiteral("sourceToleranceSpin"));
    m_tolerance->setAccessibleName(tr("Timestamp tolerance in seconds"));
    m_tolerance->setRange(1, 3600);
    m_tolerance->setSuffix(tr(" s"));
    m_tolerance->setToolTip(tr("How far the signed timestamp may be from this computer's clock, "
                               "either way; older requests are refused as replays."));
    m_allow = lineEdit(content, "sourceAllowEdit", tr("Allowed addresses"));
    m_allow->setPlaceholderText(tr("Any address"));
    m_allow->setToolTip(tr("Addresses or subnets separated by commas, such as 10.0.0.0/8, "
                           "192.0.2.7; others are refused with 403. Empty: any address."));
    m_allowError = createErrorLabel(content, QStringLiteral("sourceAllowError"));

    m_url = lineEdit(content, "sourceUrlEdit", tr("Address for the sender"));
    m_url->setReadOnly(true);
    m_copyUrl
        = button(tr("&Copy URL"), content, "copyUrlButton", tr("Copy the address for the sender"));

    auto *secretButtons = new QWidget(content);
    auto *secretButtonsLayout = new QHBoxLayout(secretButtons);
    secretButtonsLayout->setContentsMargins(0, 0, 0, 0);
    secretButtonsLayout->addWidget(m_generate);
    secretButtonsLayout->addWidget(m_copySecret);

    auto *fields = new QWidget(content);
    fields->setObjectName(QStringLiteral("sourceFields"));
    m_form = new FormGrid(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("D&escription:"), m_description);
    m_form->addRow(tr("C&ontent type:"), m_format);
    // The note lives in the combo box's row, under it, as an error lives under its field.
    m_form->addRow(tr("Au&thentication:"), withError(m_auth, m_authNote));
    m_userRow = withError(m_user, m_userError);
    m_form->addRow(tr("&User:"), m_userRow);
    m_headerRow = withError(m_header, m_headerError);
    m_form->addRow(tr("&Header:"), m_headerRow);
    m_secretRow = withError(m_secret, m_secretError, secretButtons);
    m_form->addRow(tr("&Secret:"), m_secretRow);
    m_secretRefRow = withError(m_secretRef, m_secretRefError);
    m_form->addRow(tr("&Keychain entry:"), m_secretRefRow);
    m_form->addRow(tr("Tole&rance:"), m_tolerance);
    m_form->addRow(tr("A&llowed addresses:"), withError(m_allow, m_allowError));

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copyUrl);
    auto *urlLabel
        = new QLabel(tr("Give the sender this address; it posts its webhooks there:"), content);
    urlLabel->setObjectName(QStringLiteral("sourceUrlLabel"));
    urlLabel->setWordWrap(true);
    urlLabel->setBuddy(m_url);

    m_formError = createErrorLabel(content, QStringLiteral("sourceFormError"));
    m_save = button(tr("&Save"), content, "saveSourceButton", tr("Save the source"));
    m_revert = button(tr("Re&vert"), content, "revertSourceButton", tr("Revert changes"));
    m_test = button(tr("Send a signed &test"), content, "sendTestButton",
                    tr("Send a signed test to the listener"));
    m_test->setToolTip(tr("Sends a small JSON document to this source's address, signed with "
                          "the saved secret the way its sender would sign it, and shows the "
                          "listener's answer. It is stored like any webhook."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_test);

    m_saveResult = new QLabel(content);
    m_saveResult->setObjectName(QStringLiteral("sourceSaveResult"));
    m_testResult = new QLabel(content);
    m_testResult->setObjectName(QStringLiteral("sourceTestResult"));
    for (QLabel *result : {m_saveResult, m_testResult}) {
        result->setWordWrap(true);
        result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        result->hide();
    }

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(24, 16, 24, 16);
    column->addWidget(m_formTitle);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(fields);
    column->addSpacing(8);
    column->addWidget(urlLabel);
    column->addLayout(urlRow);
    column->addWidget(m_formError);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(m_saveResult);
    column->addWidget(m_testResult);
    column->addStretch(1);
    content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 120);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &SourcesPage::handleAuthChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &SourcesPage::validate);
    for (QLineEdit *edit :
         {m_name, m_title, m_description, m_user, m_header, m_secret, m_secretRef, m_allow})
        connect(edit, &QLineEdit::textChanged, this, &SourcesPage::validate);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        updateUrl();
        // A new source's keychain entry follows its name until someone types one.
        if (m_current.isEmpty() && !m_secretRef->isModified())
            m_secretRef->setText(defaultSecretRef(name.trimmed()));
    });
    connect(m_generate, &QPushButton::clicked, this, &SourcesPage::generateSecret);
    connect(m_copySecret, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_secret->text(), tr("The secret")); });
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_url->text(), tr("The address")); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            addSource();
        else
            selectSource(m_current);
    });
    connect(m_test, &QPushButton::clicked, this, &SourcesPage::sendTest);
}

void SourcesPage::reload()
{
    m_workspace = WorkspaceFile::current(m_engine);
    const QString shown = m_current;
    fillList();
    if (!selectSource(shown) && !m_workspace.sources().isEmpty())
        selectSource(m_workspace.sources().constFirst().name);
    else if (m_workspace.sources().isEmpty())
        addSource();
}

void SourcesPage::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const SourceConfig &source : m_workspace.sources()) {
        auto *item = new QListWidgetItem(m_list);
        const QString kind = tr(authChoice(source.auth.kind).label);
        item->setText(source.title.isEmpty() || source.title == source.name
                          ? source.name
                          : QStringLiteral("%1\n%2").arg(source.title, source.name));
        item->setData(Qt::UserRole, source.name);
        item->setToolTip(source.description.isEmpty()
                             ? kind
                             : QStringLiteral("%1\n%2").arg(source.description, kind));
    }
}

bool SourcesPage::selectSource(const QString &name)
{
    const SourceConfig *source = name.isEmpty() ? nullptr : m_workspace.source(name);
    if (!source)
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(row);
        }
    }
    showSource(*source, false);
    return true;
}

void SourcesPage::addSource()
{
    if (hasUnsavedEdits()) {
        askAboutUnsavedEdits(QString());
        return;
    }
    showNewSource();
}

void SourcesPage::showNewSource()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    SourceConfig fresh;
    showSource(fresh, true);
    m_name->setFocus(Qt::OtherFocusReason);
}

void SourcesPage::handleSelectionChanged()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString picked = item->data(Qt::UserRole).toString();
    if (picked != m_current && hasUnsavedEdits()) {
        selectShownInList(); // until the user has said what becomes of the edits
        askAboutUnsavedEdits(picked);
        return;
    }
    selectSource(picked);
}

bool SourcesPage::hasUnsavedEdits() const
{
    if (m_secret->isModified())
        return true;
    if (m_current.isEmpty())
        return !m_name->text().trimmed().isEmpty();
    const SourceConfig *saved = m_workspace.source(m_current);
    return !saved || saved->toJson() != source().toJson();
}

void SourcesPage::selectShownInList()
{
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_current.isEmpty() && m_list->item(row)->data(Qt::UserRole).toString() == m_current)
            m_list->setCurrentRow(row);
    }
}

void SourcesPage::showNext(const QString &next)
{
    if (next.isEmpty())
        showNewSource();
    else
        selectSource(next);
}

void SourcesPage::askAboutUnsavedEdits(const QString &next)
{
    if (m_unsavedQuestion)
        m_unsavedQuestion->deleteLater();
    const QString shown = m_current.isEmpty() ? tr("the new source") : m_current;
    m_unsavedQuestion = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("The changes to %1 are not saved. Save them before going on?").arg(shown),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    m_unsavedQuestion->setObjectName(QStringLiteral("unsavedSourceQuestion"));
    m_unsavedQuestion->setDefaultButton(QMessageBox::Save);
    QMessageBox *question = m_unsavedQuestion;
    connect(question, &QMessageBox::finished, this, [this, question, next] {
        const QMessageBox::StandardButton answer
            = question->standardButton(question->clickedButton());
        question->deleteLater();
        switch (answer) {
        case QMessageBox::Save:
            m_afterSave = next;
            if (!save())
                m_afterSave.reset(); // refused: the form shows why and stays
            break;
        case QMessageBox::Discard:
            showNext(next);
            break;
        default:
            break; // Cancel, or the dialog closed: the edits stay
        }
    });
    question->open();
}

void SourcesPage::showSource(const SourceConfig &source, bool isNew)
{
    m_current = isNew ? QString() : source.name;
    const QSignalBlocker blockAuth(m_auth);
    m_formTitle->setText(isNew ? tr("New source") : tr("Source %1").arg(source.name));
    m_name->setText(source.name);
    m_name->setReadOnly(!isNew);
    m_title->setText(source.title == source.name ? QString() : source.title);
    m_description->setText(source.description);
    m_format->setCurrentIndex(m_format->findData(int(source.format)));
    m_auth->setCurrentIndex(m_auth->findData(int(source.auth.kind)));
    m_user->setText(source.auth.user);
    m_header->setText(QString::fromLatin1(source.auth.header));
    m_secret->clear();
    m_secret->setModified(false);
    m_secretRef->setText(source.auth.secretRef.isEmpty() ? defaultSecretRef(source.name)
                                                         : source.auth.secretRef);
    m_secretRef->setModified(!source.auth.secretRef.isEmpty());
    m_tolerance->setValue(source.auth.toleranceSeconds);
    QStringList allowed;
    for (const auto &[address, prefix] : source.auth.allow) {
        const bool single
            = prefix == (address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
        allowed.append(single ? address.toString()
                              : QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
    }
    m_allow->setText(allowed.join(QLatin1String(", ")));
    m_delete->setEnabled(!isNew);
    m_saveResult->hide();
    m_testResult->hide();
    handleAuthChanged();
    updateUrl();

    const int read = ++m_secretReads;
    if (isNew || source.auth.kind == SourceAuth::Kind::None || source.auth.secretRef.isEmpty())
        return;
    m_secrets->read(source.auth.secretRef, this, [this, read](const Result<QString> &secret) {
        // Another source shown since, or the user typing, wins over a late answer.
        if (read != m_secretReads || !m_secret->text().isEmpty())
            return;
        if (secret)
            m_secret->setText(secret.value());
        else
            showFieldError(m_secretError, m_secret, secret.error());
    });
}

SourceAuth::Kind SourcesPage::authKind() const
{
    return SourceAuth::Kind(m_auth->currentData().toInt());
}

void SourcesPage::handleAuthChanged()
{
    const SourceAuth::Kind kind = authKind();
    const bool secret = kind != SourceAuth::Kind::None;
    // Which rows show depends on the kind alone, never on what is typed.
    m_form->setRowVisible(m_userRow, kind == SourceAuth::Kind::Basic);
    m_form->setRowVisible(m_headerRow, kind == SourceAuth::Kind::ApiKey);
    m_form->setRowVisible(m_secretRow, secret);
    m_form->setRowVisible(m_secretRefRow, secret);
    m_form->setRowVisible(m_tolerance,
                          kind == SourceAuth::Kind::StandardWebhooks
                              || kind == SourceAuth::Kind::Stripe);
    m_authNote->setText(tr(authChoice(kind).note));
    if (kind == SourceAuth::Kind::ApiKey && m_header->text().trimmed().isEmpty())
        m_header->setText(QStringLiteral("X-Api-Key"));
    m_generate->setToolTip(kind == SourceAuth::Kind::StandardWebhooks
                               ? tr("Generate a new whsec_ secret")
                               : tr("Generate a new random secret"));
    validate();
}

QUrl SourcesPage::senderUrl(const QString &name) const
{
    if (!m_engine || !m_engine->isRunning() || name.isEmpty())
        return {};
    QUrl url = m_engine->url();
    url.setPath(QStringLiteral("/hooks/") + name);
    return url;
}

void SourcesPage::updateUrl()
{
    const QString name = m_name->text().trimmed();
    const QUrl url = isSourceName(name) ? senderUrl(name) : QUrl();
    m_url->setText(url.toString());
    if (url.isEmpty())
        m_url->setPlaceholderText(m_engine && m_engine->isRunning()
                                      ? tr("Give the source a name first")
                                      : tr("The listener is not running"));
    m_copyUrl->setEnabled(!url.isEmpty());
}

QList<QPair<QHostAddress, int>> SourcesPage::allowList(QString *error) const
{
    QList<QPair<QHostAddress, int>> allow;
    const QStringList entries
        = m_allow->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        auto subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull() || !entry.contains(QLatin1Char('/'))) {
            const QHostAddress address(entry);
            if (address.isNull()) {
                *error = tr("'%1' is not an address or a subnet; write them like 192.0.2.7 or "
                            "10.0.0.0/8, separated by commas")
                             .arg(entry);
                return {};
            }
            subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        allow.append(subnet);
    }
    return allow;
}

SourceConfig SourcesPage::source() const
{
    const SourceConfig *saved = m_current.isEmpty() ? nullptr : m_workspace.source(m_current);
    SourceConfig source = saved ? *saved : SourceConfig();
    source.name = m_name->text().trimmed();
    source.title = m_title->text().trimmed().isEmpty() ? source.name : m_title->text().trimmed();
    source.description = m_description->text().trimmed();
    source.format = SourceConfig::Format(m_format->currentData().toInt());
    SourceAuth auth;
    auth.kind = authKind();
    if (auth.kind != SourceAuth::Kind::None)
        auth.secretRef = m_secretRef->text().trimmed();
    if (auth.kind == SourceAuth::Kind::Basic)
        auth.user = m_user->text().trimmed();
    if (auth.kind == SourceAuth::Kind::ApiKey)
        auth.header = m_header->text().trimmed().toLatin1();
    auth.toleranceSeconds = m_tolerance->value();
    QString ignored;
    auth.allow = allowList(&ignored);
    source.auth = auth;
    return source;
}

void SourcesPage::validate()
{
    m_problems.clear();
    const auto check = [this](QLabel *label, QWidget *field, const QString &error) {
        showFieldError(label, field, error);
        if (!error.isEmpty())
            m_problems.append(error);
    };
    const SourceAuth::Kind kind = authKind();
    const QString name = m_name->text().trimmed();
    QString nameError;
    if (name.isEmpty())
        nameError = tr("Name the source; the name becomes part of its address");
    else if (!isSourceName(name))
        nameError = tr("Use 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a "
                       "letter or digit");
    else if (m_current.isEmpty() && m_workspace.source(name))
        nameError = tr("There is already a source called %1").arg(name);
    else if (InternalEvent::isInternal(name))
        nameError = tr("%1 is the name of an event of OT Bridge itself").arg(name);
    check(m_nameError, m_name, nameError);

    const bool needsSecret = kind != SourceAuth::Kind::None;
    QString secretError;
    if (needsSecret && m_secret->text().trimmed().isEmpty())
        secretError = tr("Enter the secret the sender uses, or generate one");
    if (needsSecret && secretError.isEmpty() && kind == SourceAuth::Kind::StandardWebhooks) {
        for (const QString &part : m_secret->text().split(
                 QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (const auto key = StandardWebhooks::decodeSecret(part); !key) {
                secretError
                    = tr("Not a Standard Webhooks secret (whsec_ and base64): %1").arg(key.error());
                break;
            }
        }
    }
    // A keychain error shown after a read stays until the field changes.
    if (!needsSecret || !m_secret->text().isEmpty() || !secretError.isEmpty()
        || m_secretError->isHidden())
        check(m_secretError, m_secret, needsSecret ? secretError : QString());
    check(m_secretRefError, m_secretRef,
          needsSecret && m_secretRef->text().trimmed().isEmpty()
              ? tr("Name the keychain entry the secret is kept under")
              : QString());
    QString userError;
    if (kind == SourceAuth::Kind::Basic) {
        if (m_user->text().trimmed().isEmpty())
            userError = tr("Enter the user name the sender gives");
        else if (m_user->text().contains(QLatin1Char(':')))
            userError = tr("A user name cannot contain ':'");
    }
    check(m_userError, m_user, userError);
    check(m_headerError, m_header,
          kind == SourceAuth::Kind::ApiKey && !isHeaderName(m_header->text().trimmed())
              ? tr("Enter the header's name, such as X-Api-Key")
              : QString());
    QString allowError;
    (void)allowList(&allowError);
    check(m_allowError, m_allow, allowError);

    // Whatever the fields allow, the workspace must load it again.
    QString formError;
    if (m_problems.isEmpty()) {
        Workspace edited = m_workspace;
        edited.setSource(source());
        if (const auto reread = Workspace::fromJson(edited.toJson(), m_workspace.origin()); !reread)
            formError = reread.error();
    }
    showFieldError(m_formError, nullptr, formError);
    if (!formError.isEmpty())
        m_problems.append(formError);
    m_save->setEnabled(!m_saving);
    relayout(m_form);
    const bool saved = !m_current.isEmpty();
    m_test->setEnabled(saved && m_engine && m_engine->isRunning() && !m_reply);
    m_copySecret->setEnabled(!m_secret->text().isEmpty());
}

void SourcesPage::generateSecret()
{
    m_secret->setText(randomSecret(authKind() == SourceAuth::Kind::StandardWebhooks));
    // Shown once, so it can be handed to the sender; hidden again when the form is left.
    m_secret->setEchoMode(QLineEdit::Normal);
    m_secret->setFocus(Qt::OtherFocusReason);
    m_secret->selectAll();
}

void SourcesPage::copyToClipboard(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    showOutcome(m_saveResult, true, tr("%1 is on the clipboard.").arg(what));
}

bool SourcesPage::save()
{
    validate();
    if (m_saving)
        return false;
    if (!m_problems.isEmpty()) {
        showOutcome(m_saveResult, false, tr("Not saved: %1").arg(m_problems.constFirst()));
        for (QWidget *field :
             {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_user),
              static_cast<QWidget *>(m_header), static_cast<QWidget *>(m_secret),
              static_cast<QWidget *>(m_secretRef), static_cast<QWidget *>(m_allow)}) {
            if (!field->accessibleDescription().isEmpty() && field->isVisibleTo(this)) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        Q_EMIT saveFailed(m_problems.constFirst());
        return false;
    }
    const SourceConfig edited = source();
    m_saving = true;
    m_save->setEnabled(false);
    if (edited.auth.kind == SourceAuth::Kind::None) {
        writeWorkspace(edited);
        return true;
    }
    m_secrets->write(edited.auth.secretRef, m_secret->text(), this,
                     [this, edited](const Result<void> &stored) {
                         if (!stored) {
                             m_saving = false;
                             validate();
                             showFieldError(m_secretError, m_secret, stored.error());
                             const QString error
                                 = tr("Not saved: the secret could not be stored in the keychain: "
                                      "%1")
                                       .arg(stored.error());
                             showOutcome(m_saveResult, false, error);
                             m_afterSave.reset();
                             Q_EMIT saveFailed(error);
                             return;
                         }
                         writeWorkspace(edited);
                     });
    return true;
}

void SourcesPage::writeWorkspace(const SourceConfig &source)
{
    // The running workspace is the base: what other pages saved since stays.
    Workspace edited = WorkspaceFile::current(m_engine);
    edited.setSource(source);
    const auto written = WorkspaceFile::save(
        m_engine, edited, tr("The listener takes webhooks for %1 as saved now.").arg(source.name));
    m_saving = false;
    if (!written) {
        validate();
        const QString error = tr("Not saved: %1").arg(written.error());
        showOutcome(m_saveResult, false, error);
        m_afterSave.reset();
        Q_EMIT saveFailed(error);
        return;
    }
    m_current = source.name;
    m_workspace = WorkspaceFile::current(m_engine);
    if (!m_engine || !m_engine->isRunning())
        m_workspace.setSource(source);
    fillList();
    const QString secret = m_secret->text();
    selectSource(source.name);
    // The secret just stored stays in the field; no need to read it back.
    ++m_secretReads;
    m_secret->setText(secret);
    showOutcome(m_saveResult, true, written->message);
    Q_EMIT saved(written->path);
    if (const std::optional<QString> next = std::exchange(m_afterSave, std::nullopt)) {
        if (*next != source.name)
            showNext(*next);
    }
}

void SourcesPage::deleteSource()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    const QStringList rules = WorkspaceFile::current(m_engine).rulesUsingSource(name);
    if (!rules.isEmpty()) {
        showOutcome(m_saveResult, false,
                    tr("%1 is not deleted: it triggers these rules: %2. Change them on the "
                       "Rules page first.")
                        .arg(name, rules.join(QLatin1String(", "))));
        return;
    }
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete source"),
                                tr("Delete source %1? Its senders' webhooks are refused with 404 "
                                   "from now on; the events already stored stay.")
                                    .arg(name),
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("deleteSourceConfirmation"));
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

void SourcesPage::removeFromWorkspace(const QString &name)
{
    Workspace edited = WorkspaceFile::current(m_engine);
    const SourceConfig *gone = edited.source(name);
    const QString secretRef = gone ? gone->auth.secretRef : QString();
    if (!edited.removeSource(name))
        return;
    const auto written = WorkspaceFile::save(m_engine, edited, {});
    if (!written) {
        showOutcome(m_saveResult, false, tr("Not deleted: %1").arg(written.error()));
        return;
    }
    // Its secret goes too, unless another source or target names the same entry.
    bool shared = false;
    for (const SourceConfig &other : edited.sources())
        shared = shared || other.auth.secretRef == secretRef;
    for (const HttpTargetConfig &target : edited.httpTargets())
        shared
            = shared || target.authSecretRef == secretRef || target.signingSecretRef == secretRef;
    if (!secretRef.isEmpty() && !shared)
        m_secrets->remove(secretRef, this, [](const Result<void> &) {});
    m_current.clear();
    reload();
    showOutcome(m_saveResult, true, tr("Deleted source %1. %2").arg(name, written->message));
    Q_EMIT deleted(name);
}

void SourcesPage::sendTest()
{
    if (m_current.isEmpty() || m_reply || !m_engine || !m_engine->isRunning())
        return;
    // What is saved is what the listener checks: the test uses it, not unsaved edits.
    const SourceConfig *saved = m_engine->workspace().source(m_current);
    if (!saved) {
        showOutcome(m_testResult, false, tr("Save the source first."));
        return;
    }
    const SourceConfig source = *saved;
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Sending…"));
    m_testResult->show();
    if (source.auth.kind == SourceAuth::Kind::None) {
        fire(source, {});
        return;
    }
    const int read = ++m_secretReads;
    m_secrets->read(
        source.auth.secretRef, this, [this, source, read](const Result<QString> &secret) {
            if (read == m_secretReads && m_secret->text().isEmpty() && secret)
                m_secret->setText(secret.value());
            if (!secret) {
                showOutcome(m_testResult, false,
                            tr("The saved secret could not be read: %1").arg(secret.error()));
                validate();
                return;
            }
            fire(source, secret.value());
        });
}

void SourcesPage::fire(const SourceConfig &source, const QString &secret)
{
    const QByteArray messageId = "msg_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const auto request
        = sourceTestRequest(source, secret, messageId, QDateTime::currentDateTimeUtc());
    if (!request) {
        showOutcome(m_testResult, false, request.error());
        validate();
        return;
    }
    QNetworkRequest http(senderUrl(source.name));
    for (const auto &[name, value] : request->headers)
        http.setRawHeader(name, value);
    http.setTransferTimeout(15000);
    m_reply = m_network->post(http, request->body);
    // The listener's own certificate, which may be self-signed: the test goes to this machine.
    if (m_engine->url().scheme() == QLatin1String("https")
        && QHostAddress(m_engine->url().host()).isLoopback())
        m_reply->ignoreSslErrors();
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleTestFinished(reply); });
    validate();
}

void SourcesPage::handleTestFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QString answer = QString::fromUtf8(body.left(answerShownChars)).trimmed();
    if (body.size() > answerShownChars)
        answer += QStringLiteral(" …");
    if (status == 0) {
        showOutcome(m_testResult, false,
                    tr("No answer from the listener: %1").arg(reply->errorString()));
    } else if (status >= 200 && status < 300) {
        showOutcome(m_testResult, true,
                    tr("The listener accepted the signed test: HTTP %1 %2. It shows in the "
                       "console like any webhook.")
                        .arg(status)
                        .arg(answer));
    } else {
        QString hint;
        if (status == 401)
            hint = tr("The listener refused the signature or credentials: is the sender's copy "
                      "of the secret the one saved here?");
        else if (status == 403)
            hint = tr("This computer's address is not in the source's allowed addresses.");
        else if (status == 503)
            hint = tr("The listener cannot read the source's secret yet.");
        showOutcome(m_testResult, false,
                    tr("The listener refused the test: HTTP %1 %2").arg(status).arg(answer)
                        + (hint.isEmpty() ? QString() : QLatin1Char(' ') + hint));
    }
    validate();
    Q_EMIT testAnswered(status, body);
}

} // namespace OtBridge
