// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "api/apitoken.h"
#include "config/secretstore.h"
#include "engine/engine.h"
#include "ingest/tlscredentials.h"
#include "languagesetting.h"
#include "workspacefile.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace OtBridge {

namespace {

constexpr int maxBodyKiBLimit = 1024 * 1024; // 1 GiB: beyond that, a reverse proxy's job
constexpr int maxConnectionsLimit = 100'000;

// A red that reads on the theme's background, light or dark.
void colourAsError(QLabel *label, const QPalette &theme)
{
    QPalette palette = label->palette();
    const bool dark = theme.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
}

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    colourAsError(label, parent->palette());
    label->hide();
    return label;
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

// A field and the error that belongs to it, one under the other.
QWidget *withError(QWidget *field, QLabel *error, QWidget *extra = nullptr)
{
    auto *box = new QWidget(field->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    column->addWidget(error);
    return box;
}

// A label for a form row whose buddy is the field it names.
void addRow(QFormLayout *form, const QString &label, QWidget *field, QWidget *buddy)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(buddy);
    form->addRow(text, field);
}

struct AccessChoice
{
    std::optional<EndpointAccess> access;
    const char *label;
};

const AccessChoice healthChoices[] = {
    {EndpointAccess::Open, QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Open to anyone")},
    {EndpointAccess::Token, QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Needs the API token")},
    {EndpointAccess::Off, QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Off (404)")},
};

const AccessChoice metricsChoices[] = {
    {std::nullopt,
     QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Open on this computer, the token beyond it")},
    {EndpointAccess::Open, QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Open to anyone")},
    {EndpointAccess::Token, QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Needs the API token")},
    {EndpointAccess::Off, QT_TRANSLATE_NOOP("OtBridge::SettingsPage", "Off (404)")},
};

QVariant accessData(std::optional<EndpointAccess> access)
{
    return access ? QVariant(endpointAccessName(*access)) : QVariant(QString());
}

} // namespace

SettingsPage::SettingsPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_secrets(new SecretStore(this))
    , m_address(new QLineEdit(this))
    , m_addressError(errorLabel(this, "addressError"))
    , m_port(new QLineEdit(this))
    , m_portError(errorLabel(this, "portError"))
    , m_maxBodyKiB(
          spinBox(this, "maxBodyEdit", tr("Largest request body"), 1, maxBodyKiBLimit, tr(" KiB")))
    , m_maxConnections(spinBox(this, "maxConnectionsEdit", tr("Connections in total"), 1,
                               maxConnectionsLimit, QString()))
    , m_maxPerPeer(spinBox(this, "maxPerPeerEdit", tr("Connections per client address"), 1,
                           maxConnectionsLimit, QString()))
    , m_connectionsError(errorLabel(this, "connectionsError"))
    , m_requestTimeout(
          spinBox(this, "requestTimeoutEdit", tr("Request timeout"), 1, 3600, tr(" s")))
    , m_dataDir(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_dataDirError(errorLabel(this, "dataDirectoryError"))
    , m_language(new QComboBox(this))
    , m_healthAccess(new QComboBox(this))
    , m_metricsAccess(new QComboBox(this))
    , m_tlsCertificate(new QLineEdit(this))
    , m_tlsKey(new QLineEdit(this))
    , m_browseCertificate(new QPushButton(tr("Bro&wse…"), this))
    , m_browseKey(new QPushButton(tr("Brow&se…"), this))
    , m_tlsError(errorLabel(this, "tlsError"))
    , m_apiTokenStatus(new QLabel(this))
    , m_generateToken(new QPushButton(tr("&Generate a new token"), this))
    , m_apiToken(new QLineEdit(this))
    , m_copyToken(new QPushButton(tr("&Copy"), this))
    , m_apiTokenNote(new QLabel(this))
    , m_workspacePath(new QLineEdit(this))
    , m_workspaceNote(new QLabel(this))
    , m_openWorkspaceFolder(new QPushButton(tr("Open &folder"), this))
    , m_openDataFolder(new QPushButton(tr("Open fo&lder"), this))
    , m_running(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert changes"), this))
    , m_defaults(new QPushButton(tr("Restore d&efaults"), this))
{
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Listener address"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_address->setToolTip(tr("127.0.0.1 or ::1 keeps the listener on this machine; 0.0.0.0 "
                             "opens it to the network, which needs authentication on every "
                             "source"));
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setAccessibleName(tr("Listener port"));
    m_port->setPlaceholderText(QString::number(UiSettings::defaultPort));
    m_port->setMaxLength(5);
    m_requestTimeout->setToolTip(tr("A request must arrive whole, headers and body, within this "
                                    "time; slower clients get 408"));
    m_dataDir->setObjectName(QStringLiteral("dataDirectoryEdit"));
    m_dataDir->setAccessibleName(tr("Data directory"));
    m_browse->setObjectName(QStringLiteral("browseDataDirectoryButton"));
    m_browse->setAccessibleName(tr("Browse for the data directory"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    for (const LanguageOption &option : languageOptions())
        m_language->addItem(option.nativeName, option.code);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setAccessibleName(tr("Save settings"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the settings (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertSettingsButton"));
    m_revert->setAccessibleName(tr("Revert changes"));
    m_defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    m_defaults->setAccessibleName(tr("Restore defaults"));
    m_running->setObjectName(QStringLiteral("runningLabel"));
    m_running->setWordWrap(true);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_healthAccess->setObjectName(QStringLiteral("healthAccessBox"));
    m_healthAccess->setAccessibleName(tr("Who may read /health"));
    m_metricsAccess->setObjectName(QStringLiteral("metricsAccessBox"));
    m_metricsAccess->setAccessibleName(tr("Who may read /metrics"));
    m_metricsAccess->setToolTip(tr("Prometheus scrapes /metrics; beyond this computer it holds "
                                   "figures others need not see."));
    m_tlsCertificate->setObjectName(QStringLiteral("tlsCertificateEdit"));
    m_tlsCertificate->setAccessibleName(tr("TLS certificate file"));
    m_tlsCertificate->setPlaceholderText(tr("None: plain HTTP"));
    m_tlsKey->setObjectName(QStringLiteral("tlsKeyEdit"));
    m_tlsKey->setAccessibleName(tr("TLS key file"));
    m_tlsKey->setPlaceholderText(tr("None: plain HTTP"));
    m_browseCertificate->setObjectName(QStringLiteral("browseTlsCertificateButton"));
    m_browseCertificate->setAccessibleName(tr("Browse for the TLS certificate"));
    m_browseKey->setObjectName(QStringLiteral("browseTlsKeyButton"));
    m_browseKey->setAccessibleName(tr("Browse for the TLS key"));
    m_apiTokenStatus->setObjectName(QStringLiteral("apiTokenStatus"));
    m_apiTokenStatus->setWordWrap(true);
    m_generateToken->setObjectName(QStringLiteral("generateApiTokenButton"));
    m_generateToken->setAccessibleName(tr("Generate a new API token"));
    m_apiToken->setObjectName(QStringLiteral("apiTokenEdit"));
    m_apiToken->setAccessibleName(tr("The new API token"));
    m_apiToken->setReadOnly(true);
    m_apiToken->setPlaceholderText(tr("Shown here once, when generated"));
    m_apiToken->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyToken->setObjectName(QStringLiteral("copyApiTokenButton"));
    m_copyToken->setAccessibleName(tr("Copy the API token"));
    m_copyToken->setEnabled(false);
    m_apiTokenNote->setObjectName(QStringLiteral("apiTokenNote"));
    m_apiTokenNote->setWordWrap(true);
    m_apiTokenNote->hide();
    m_workspacePath->setObjectName(QStringLiteral("workspacePathEdit"));
    m_workspacePath->setAccessibleName(tr("Workspace file"));
    m_workspacePath->setReadOnly(true);
    m_workspaceNote->setObjectName(QStringLiteral("workspaceNote"));
    m_workspaceNote->setWordWrap(true);
    m_workspaceNote->hide();
    m_openWorkspaceFolder->setObjectName(QStringLiteral("openWorkspaceFolderButton"));
    m_openWorkspaceFolder->setAccessibleName(tr("Open the workspace's folder"));
    m_openDataFolder->setObjectName(QStringLiteral("openDataFolderButton"));
    m_openDataFolder->setAccessibleName(tr("Open the data directory"));

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("settingsContent"));
    for (QWidget *child :
         {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
          static_cast<QWidget *>(m_maxBodyKiB), static_cast<QWidget *>(m_maxConnections),
          static_cast<QWidget *>(m_maxPerPeer), static_cast<QWidget *>(m_requestTimeout),
          static_cast<QWidget *>(m_dataDir), static_cast<QWidget *>(m_browse),
          static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_addressError),
          static_cast<QWidget *>(m_portError), static_cast<QWidget *>(m_connectionsError),
          static_cast<QWidget *>(m_dataDirError)})
        child->setParent(content);

    auto *heading = new QLabel(tr("Settings"), content);
    heading->setObjectName(QStringLiteral("settingsTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    QGroupBox *listener = createListenerGroup(content);
    QGroupBox *api = createApiGroup(content);
    QGroupBox *storage = createStorageGroup(content);
    QGroupBox *links = createLinksGroup(content);
    QGroupBox *appearance = createAppearanceGroup(content);

    auto *note = new QLabel(tr("Listener and data directory changes take effect the next time "
                               "OT Bridge starts. Options given on the command line (otbridge "
                               "--help) take precedence over these settings."),
                            content);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    for (QPushButton *button : {m_defaults, m_revert, m_save})
        button->setParent(content);
    m_running->setParent(content);
    m_status->setParent(content);

    // Fields as wide as a long path, not as the window: the eye stays on one column.
    content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 110);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 16, 16, 16);
    column->addWidget(heading);
    column->addWidget(m_running);
    column->addWidget(listener);
    column->addWidget(api);
    column->addWidget(storage);
    column->addWidget(links);
    column->addWidget(appearance);
    column->addWidget(note);
    column->addStretch(1);
    column->addWidget(m_status);
    column->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseDataDirectory);
    connect(m_browseCertificate, &QPushButton::clicked, this,
            [this] { browseTlsFile(m_tlsCertificate, tr("TLS certificate")); });
    connect(m_browseKey, &QPushButton::clicked, this,
            [this] { browseTlsFile(m_tlsKey, tr("TLS key")); });
    connect(m_generateToken, &QPushButton::clicked, this, &SettingsPage::generateApiToken);
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_apiToken->text());
        m_status->setText(tr("The API token is on the clipboard."));
    });
    connect(m_openDataFolder, &QPushButton::clicked, this,
            [this] { openFolder(QDir::fromNativeSeparators(m_dataDir->text().trimmed())); });
    connect(m_openWorkspaceFolder, &QPushButton::clicked, this, [this] {
        openFolder(
            QFileInfo(WorkspaceFile::savePath(WorkspaceFile::current(m_engine))).absolutePath());
    });
    if (m_engine)
        connect(m_engine, &Engine::workspaceReloaded, this, &SettingsPage::updateWhereThingsLive);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        load();
        m_status->setText(tr("Changes reverted to what is saved."));
    });
    connect(m_defaults, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);
    for (QLineEdit *edit : {m_address, m_port, m_dataDir, m_tlsCertificate, m_tlsKey})
        connect(edit, &QLineEdit::textEdited, m_status, &QLabel::clear);
    load();
}

SettingsPage::~SettingsPage() = default;

Result<QHostAddress> SettingsPage::checkAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<QHostAddress>::failure(
            tr("Enter the address to listen on, such as 127.0.0.1"));
    if (trimmed == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return Result<QHostAddress>::failure(
            tr("'%1' is not an IP address: use one such as 127.0.0.1, ::1 or 0.0.0.0, or "
               "localhost")
                .arg(trimmed));
    return address;
}

Result<quint16> SettingsPage::checkPort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return Result<quint16>::failure(tr("The port is a whole number from 1 to 65535"));
    return quint16(port);
}

Result<QString> SettingsPage::checkDataDirectory(const QString &text)
{
    const QString path = text.trimmed();
    if (path.isEmpty())
        return Result<QString>::failure(tr("Choose a directory for the event store"));
    if (QDir::isRelativePath(path))
        return Result<QString>::failure(
            tr("Give the directory's full path, not one relative to where OT Bridge starts"));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Result<QString>::failure(tr("%1 is a file, not a directory").arg(path));
    if (info.exists() && !info.isWritable())
        return Result<QString>::failure(tr("%1 cannot be written to").arg(path));
    return QDir::cleanPath(path);
}

Result<void> SettingsPage::checkConnections(int total, int perPeer)
{
    if (perPeer > total)
        return Result<void>::failure(
            tr("One client address cannot hold more connections than the %1 in total").arg(total));
    return {};
}

void SettingsPage::load()
{
    const UiSettings settings;
    const ListenerSettings listener = settings.listener();
    m_address->setText(listener.address);
    m_port->setText(QString::number(listener.port));
    m_maxBodyKiB->setValue(
        int(std::clamp<qint64>((listener.limits.maxBodyBytes + 1023) / 1024, 1, maxBodyKiBLimit)));
    m_maxConnections->setValue(listener.limits.maxConnections);
    m_maxPerPeer->setValue(listener.limits.maxConnectionsPerPeer);
    m_requestTimeout->setValue((listener.limits.requestTimeoutMs + 999) / 1000);
    m_dataDir->setText(QDir::toNativeSeparators(settings.dataDirectory()));
    const int language = m_language->findData(settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    const int health = m_healthAccess->findData(
        accessData(settings.healthAccess().value_or(EndpointAccess::Open)));
    m_healthAccess->setCurrentIndex(health < 0 ? 0 : health);
    const int metrics = m_metricsAccess->findData(accessData(settings.metricsAccess()));
    m_metricsAccess->setCurrentIndex(metrics < 0 ? 0 : metrics);
    m_tlsCertificate->setText(QDir::toNativeSeparators(settings.tlsCertificatePath()));
    m_tlsKey->setText(QDir::toNativeSeparators(settings.tlsKeyPath()));
    m_publicUrl->setText(settings.publicUrl());
    m_database->setText(settings.database());
    m_databasePassword->clear();
    for (QLabel *error : {m_addressError, m_portError, m_connectionsError, m_dataDirError,
                          m_tlsError, m_publicUrlError, m_databaseError})
        showError(error, nullptr, {});
    updateRunning();
    updateWhereThingsLive();
    readApiTokenState();
    readDatabasePasswordState();
}

void SettingsPage::restoreDefaults()
{
    const ListenerSettings defaults;
    m_address->setText(defaults.address);
    m_port->setText(QString::number(defaults.port));
    m_maxBodyKiB->setValue(int(defaults.limits.maxBodyBytes / 1024));
    m_maxConnections->setValue(defaults.limits.maxConnections);
    m_maxPerPeer->setValue(defaults.limits.maxConnectionsPerPeer);
    m_requestTimeout->setValue(defaults.limits.requestTimeoutMs / 1000);
    m_dataDir->setText(QDir::toNativeSeparators(UiSettings::defaultDataDirectory()));
    m_language->setCurrentIndex(0);
    m_healthAccess->setCurrentIndex(m_healthAccess->findData(accessData(EndpointAccess::Open)));
    m_metricsAccess->setCurrentIndex(m_metricsAccess->findData(accessData(std::nullopt)));
    m_tlsCertificate->clear();
    m_tlsKey->clear();
    m_publicUrl->clear();
    m_database->clear();
    m_status->setText(tr("Defaults shown; Save keeps them."));
}

bool SettingsPage::save()
{
    const Result<QHostAddress> address = checkAddress(m_address->text());
    const Result<quint16> port = checkPort(m_port->text());
    const Result<QString> dataDir
        = checkDataDirectory(QDir::fromNativeSeparators(m_dataDir->text()));
    const Result<void> connections
        = checkConnections(m_maxConnections->value(), m_maxPerPeer->value());
    const QString certificatePath = QDir::fromNativeSeparators(m_tlsCertificate->text().trimmed());
    const QString keyPath = QDir::fromNativeSeparators(m_tlsKey->text().trimmed());
    const Result<QStringList> tls = checkTls(certificatePath, keyPath);
    const Result<QUrl> publicUrl = checkPublicUrl(m_publicUrl->text());
    const Result<DatabaseUrl> database = checkDatabase(m_database->text());
    showError(m_publicUrlError, m_publicUrl, publicUrl ? QString() : publicUrl.error());
    showError(m_databaseError, m_database, database ? QString() : database.error());
    showError(m_addressError, m_address, address ? QString() : address.error());
    showError(m_portError, m_port, port ? QString() : port.error());
    showError(m_dataDirError, m_dataDir, dataDir ? QString() : dataDir.error());
    showError(m_connectionsError, m_maxPerPeer, connections ? QString() : connections.error());
    showError(m_tlsError, certificatePath.isEmpty() ? m_tlsCertificate : m_tlsKey,
              tls ? QString() : tls.error());
    if (!address || !port || !dataDir || !connections || !tls || !publicUrl || !database) {
        m_status->setText(tr("Not saved: correct the fields marked above."));
        // The first field in error takes the focus, so a keyboard user lands on it.
        for (QWidget *field :
             {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
              static_cast<QWidget *>(m_maxPerPeer), static_cast<QWidget *>(m_tlsCertificate),
              static_cast<QWidget *>(m_tlsKey), static_cast<QWidget *>(m_dataDir),
              static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_publicUrl)}) {
            if (!field->property("otbridgeError").toString().isEmpty()) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }

    UiSettings settings;
    const QString previousLanguage = settings.language();
    ListenerSettings listener;
    listener.address = m_address->text().trimmed();
    listener.port = port.value();
    listener.limits.maxBodyBytes = qint64(m_maxBodyKiB->value()) * 1024;
    listener.limits.maxConnections = m_maxConnections->value();
    listener.limits.maxConnectionsPerPeer = m_maxPerPeer->value();
    listener.limits.requestTimeoutMs = m_requestTimeout->value() * 1000;
    const auto health = parseEndpointAccess(m_healthAccess->currentData().toString());
    const auto metrics = parseEndpointAccess(m_metricsAccess->currentData().toString());
    const bool listenerChanged = !(listener == settings.listener())
        || dataDir.value() != QDir::cleanPath(settings.dataDirectory())
        || health != settings.healthAccess().value_or(EndpointAccess::Open)
        || metrics != settings.metricsAccess() || certificatePath != settings.tlsCertificatePath()
        || keyPath != settings.tlsKeyPath();
    settings.setListener(listener);
    settings.setDataDirectory(dataDir.value());
    settings.setHealthAccess(health);
    settings.setMetricsAccess(metrics);
    settings.setTls(certificatePath, keyPath);
    const QString language = m_language->currentData().toString();
    settings.setLanguage(language);
    const QString publicUrlText = publicUrl->isEmpty() ? QString() : publicUrl->toString();
    const bool publicUrlChanged = publicUrlText != settings.publicUrl();
    settings.setPublicUrl(publicUrlText);
    const QString databaseText = database->isPostgresql() ? database->toString() : QString();
    const bool databaseChanged = databaseText != settings.database();
    settings.setDatabase(databaseText);
    m_database->setText(databaseText);
    if (!m_databasePassword->text().isEmpty()) {
        storeDatabasePassword(m_databasePassword->text());
        m_databasePassword->clear();
    }

    QStringList said {tr("Saved.")};
    if (listenerChanged)
        said << tr("The listener and the data directory change the next time OT Bridge starts.");
    if (language != previousLanguage)
        said << tr("The new language shows the next time OT Bridge starts.");
    if (publicUrlChanged)
        said << tr("Messages carry acknowledgement links under the new public URL from the next "
                   "time OT Bridge starts.");
    if (databaseChanged)
        said << tr("The new database is used from the next time OT Bridge starts.");
    if (tls && !tls->isEmpty())
        said << tls->join(QLatin1Char(' '));
    m_status->setText(said.join(QLatin1Char(' ')));
    updateWhereThingsLive();
    return true;
}

Result<QStringList> SettingsPage::checkTls(const QString &certificatePath, const QString &keyPath)
{
    if (certificatePath.isEmpty() && keyPath.isEmpty())
        return QStringList();
    if (certificatePath.isEmpty() || keyPath.isEmpty())
        return Result<QStringList>::failure(
            tr("TLS needs both files, the certificate and its key; leave both empty for plain "
               "HTTP"));
    const auto loaded = TlsCredentials::load(certificatePath, keyPath);
    if (!loaded)
        return Result<QStringList>::failure(loaded.error());
    return loaded->warnings;
}

void SettingsPage::browseTlsFile(QLineEdit *edit, const QString &title)
{
    const QString current = QDir::fromNativeSeparators(edit->text().trimmed());
    const QString chosen = QFileDialog::getOpenFileName(
        this, title, current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!chosen.isEmpty()) {
        edit->setText(QDir::toNativeSeparators(chosen));
        m_status->clear();
    }
}

void SettingsPage::openFolder(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isDir()) {
        m_status->setText(tr("%1 does not exist yet.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_status->setText(tr("No file manager opened %1.").arg(QDir::toNativeSeparators(path)));
}

void SettingsPage::updateWhereThingsLive()
{
    const Workspace workspace = WorkspaceFile::current(m_engine);
    const QString origin = workspace.origin();
    const QString path = WorkspaceFile::savePath(workspace);
    // A path is one long word: a field shows it whole, scrolling, where a label would cut it.
    m_workspacePath->setText(QDir::toNativeSeparators(path));
    const bool builtIn = origin.isEmpty() || origin.startsWith(QLatin1Char(':'));
    m_workspaceNote->setText(tr("OT Bridge runs its built-in workspace; the pages save their "
                                "changes to this file, which the window opens from then on."));
    m_workspaceNote->setVisible(builtIn);
    m_openWorkspaceFolder->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    m_openDataFolder->setToolTip(m_dataDir->text());
}

void SettingsPage::readApiTokenState()
{
    const QString variable = SecretStore::environmentVariable(apiTokenKey());
    if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
        m_hasApiToken = true;
        m_apiTokenStatus->setText(tr("The token comes from %1 in the environment, which wins "
                                     "over the keychain; a token generated here is used once "
                                     "that variable is gone.")
                                      .arg(variable));
        return;
    }
    m_apiTokenStatus->setText(tr("Reading the keychain…"));
    m_secrets->read(apiTokenKey(), this, [this](const Result<QString> &token) {
        // Only whether there is one: the token itself is never shown again.
        m_hasApiToken = token && !token->isEmpty();
        if (m_hasApiToken)
            m_apiTokenStatus->setText(tr("A token is stored in the keychain. Generating a new one "
                                         "replaces it: clients with the old one get 401."));
        else if (token || token.error() == SecretStore::notFoundError(apiTokenKey()))
            m_apiTokenStatus->setText(tr("No API token yet: /api/v1 answers 403 until one is "
                                         "generated."));
        else
            m_apiTokenStatus->setText(tr("The keychain could not be read: %1").arg(token.error()));
    });
}

void SettingsPage::readDatabasePasswordState()
{
    const QString variable = SecretStore::environmentVariable(DatabaseUrl::passwordKey());
    if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
        m_databasePasswordStatus->setText(tr("The password comes from %1 in the environment, "
                                             "which wins over the keychain.")
                                              .arg(variable));
        return;
    }
    m_databasePasswordStatus->setText(tr("Reading the keychain…"));
    m_secrets->read(DatabaseUrl::passwordKey(), this, [this](const Result<QString> &password) {
        // Only whether there is one: the password is never shown.
        if (password && !password->isEmpty())
            m_databasePasswordStatus->setText(tr("A password is stored in the keychain; type a "
                                                 "new one to replace it."));
        else if (password
                 || password.error() == SecretStore::notFoundError(DatabaseUrl::passwordKey()))
            m_databasePasswordStatus->setText(tr("No password is stored: type the database's "
                                                 "here if it asks for one."));
        else
            m_databasePasswordStatus->setText(
                tr("The keychain could not be read: %1").arg(password.error()));
    });
}

void SettingsPage::storeDatabasePassword(const QString &password)
{
    m_databasePasswordStatus->setText(tr("Storing the password in the keychain…"));
    m_secrets->write(
        DatabaseUrl::passwordKey(), password, this, [this](const Result<void> &stored) {
            if (stored)
                m_databasePasswordStatus->setText(tr("The password is stored in the keychain."));
            else
                m_databasePasswordStatus->setText(
                    tr("The password could not be stored in the keychain: %1. On a "
                       "server without one, set %2.")
                        .arg(stored.error(),
                             SecretStore::environmentVariable(DatabaseUrl::passwordKey())));
            Q_EMIT databasePasswordStored(stored.ok(), stored.error());
        });
}

void SettingsPage::generateApiToken()
{
    if (!m_hasApiToken) {
        storeApiToken();
        return;
    }
    if (m_confirmToken)
        m_confirmToken->deleteLater();
    m_confirmToken = new QMessageBox(QMessageBox::Question, tr("Replace the API token"),
                                     tr("Replace the API token? Clients that send the old one "
                                        "get 401 from now on."),
                                     QMessageBox::Cancel, this);
    m_confirmToken->setObjectName(QStringLiteral("replaceTokenConfirmation"));
    QPushButton *replace = m_confirmToken->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("confirmReplaceTokenButton"));
    m_confirmToken->setDefaultButton(QMessageBox::Cancel);
    connect(m_confirmToken, &QMessageBox::finished, this, [this, replace] {
        const bool confirmed = m_confirmToken && m_confirmToken->clickedButton() == replace;
        m_confirmToken->deleteLater();
        if (confirmed)
            storeApiToken();
    });
    m_confirmToken->open();
}

void SettingsPage::storeApiToken()
{
    const QString token = OtBridge::generateApiToken();
    m_generateToken->setEnabled(false);
    m_secrets->write(apiTokenKey(), token, this, [this, token](const Result<void> &stored) {
        m_generateToken->setEnabled(true);
        if (!stored) {
            m_apiToken->clear();
            m_copyToken->setEnabled(false);
            m_apiTokenNote->setText(
                tr("The token could not be stored in the keychain: %1. On a server without "
                   "one, run 'otbridged api-token --print' and set %2.")
                    .arg(stored.error(), SecretStore::environmentVariable(apiTokenKey())));
            m_apiTokenNote->show();
            Q_EMIT apiTokenStored(false, stored.error());
            return;
        }
        m_hasApiToken = true;
        // Shown this once: it is not read back from the keychain into the window.
        m_apiToken->setText(token);
        m_copyToken->setEnabled(true);
        m_apiTokenNote->setText(tr("Copy it now: it is not shown again. The running API "
                                   "takes it within moments; the old token no longer works."));
        m_apiTokenNote->show();
        m_apiTokenStatus->setText(tr("A token is stored in the keychain."));
        if (m_engine)
            m_engine->reloadApiToken();
        Q_EMIT apiTokenStored(true, {});
    });
}

void SettingsPage::showError(QLabel *label, QWidget *field, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
    if (!field)
        return;
    field->setProperty("otbridgeError", error);
    // A screen reader says what is wrong when the field has the focus.
    field->setAccessibleDescription(error);
}

QGroupBox *SettingsPage::createListenerGroup(QWidget *parent)
{
    auto *listener = new QGroupBox(tr("Webhook listener"), parent);
    listener->setObjectName(QStringLiteral("listenerGroup"));
    auto *listenerForm = new QFormLayout(listener);
    addRow(listenerForm, tr("&Address:"), withError(m_address, m_addressError), m_address);
    addRow(listenerForm, tr("&Port:"), withError(m_port, m_portError), m_port);
    addRow(listenerForm, tr("Largest request b&ody:"), m_maxBodyKiB, m_maxBodyKiB);
    addRow(listenerForm, tr("&Connections in total:"), m_maxConnections, m_maxConnections);
    addRow(listenerForm, tr("Connections per client add&ress:"),
           withError(m_maxPerPeer, m_connectionsError), m_maxPerPeer);
    addRow(listenerForm, tr("Request &timeout:"), m_requestTimeout, m_requestTimeout);

    m_healthAccess->setParent(listener);
    m_metricsAccess->setParent(listener);
    for (const AccessChoice &choice : healthChoices)
        m_healthAccess->addItem(tr(choice.label), accessData(choice.access));
    for (const AccessChoice &choice : metricsChoices)
        m_metricsAccess->addItem(tr(choice.label), accessData(choice.access));
    addRow(listenerForm, tr("/&health:"), m_healthAccess, m_healthAccess);
    addRow(listenerForm, tr("/&metrics:"), m_metricsAccess, m_metricsAccess);

    for (QWidget *child :
         {static_cast<QWidget *>(m_tlsCertificate), static_cast<QWidget *>(m_tlsKey),
          static_cast<QWidget *>(m_tlsError), static_cast<QWidget *>(m_browseCertificate),
          static_cast<QWidget *>(m_browseKey)})
        child->setParent(listener);
    auto *certificateRow = new QWidget(listener);
    auto *certificateLayout = new QHBoxLayout(certificateRow);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    m_tlsCertificate->setParent(certificateRow);
    m_browseCertificate->setParent(certificateRow);
    certificateLayout->addWidget(m_tlsCertificate, 1);
    certificateLayout->addWidget(m_browseCertificate);
    addRow(listenerForm, tr("TLS certi&ficate:"), certificateRow, m_tlsCertificate);
    // The pair's error under the key: it is about both files.
    addRow(listenerForm, tr("TLS &key:"), withError(m_tlsKey, m_tlsError, m_browseKey), m_tlsKey);
    auto *tlsNote = new QLabel(tr("PEM files, the certificate chain and its unencrypted key; "
                                  "both empty: plain HTTP. Renewed files are picked up while "
                                  "running."),
                               listener);
    tlsNote->setObjectName(QStringLiteral("tlsNote"));
    tlsNote->setWordWrap(true);
    tlsNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // An empty label, not none: QFormLayout gives a row without one the height of its text at
    // another width, an empty band under the note.
    listenerForm->addRow(new QLabel(listener), tlsNote);
    return listener;
}

QGroupBox *SettingsPage::createApiGroup(QWidget *parent)
{
    auto *api = new QGroupBox(tr("API token"), parent);
    api->setObjectName(QStringLiteral("apiGroup"));
    auto *column = new QVBoxLayout(api);
    for (QWidget *child :
         {static_cast<QWidget *>(m_apiTokenStatus), static_cast<QWidget *>(m_generateToken),
          static_cast<QWidget *>(m_apiToken), static_cast<QWidget *>(m_copyToken),
          static_cast<QWidget *>(m_apiTokenNote)})
        child->setParent(api);
    auto *intro = new QLabel(tr("Clients of /api/v1 (and of /health or /metrics where they need "
                                "the token) send it as \"Authorization: Bearer TOKEN\". It is "
                                "kept in the system keychain."),
                             api);
    intro->setObjectName(QStringLiteral("apiTokenIntro"));
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addWidget(m_apiTokenStatus);
    auto *row = new QHBoxLayout;
    row->addWidget(m_generateToken);
    row->addWidget(m_apiToken, 1);
    row->addWidget(m_copyToken);
    column->addLayout(row);
    column->addWidget(m_apiTokenNote);
    return api;
}

QGroupBox *SettingsPage::createStorageGroup(QWidget *parent)
{
    auto *storage = new QGroupBox(tr("Storage"), parent);
    storage->setObjectName(QStringLiteral("storageGroup"));
    auto *storageForm = new QFormLayout(storage);
    m_openDataFolder->setParent(storage);
    auto *dataButtons = new QWidget(storage);
    auto *dataButtonsLayout = new QHBoxLayout(dataButtons);
    dataButtonsLayout->setContentsMargins(0, 0, 0, 0);
    m_browse->setParent(dataButtons);
    m_openDataFolder->setParent(dataButtons);
    dataButtonsLayout->addWidget(m_browse);
    dataButtonsLayout->addWidget(m_openDataFolder);
    addRow(storageForm, tr("Data &directory:"), withError(m_dataDir, m_dataDirError, dataButtons),
           m_dataDir);

    m_database = new QLineEdit(storage);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(tr("SQLite in the data directory"));
    m_databaseError = errorLabel(storage, "databaseError");
    connect(m_database, &QLineEdit::textEdited, m_status, &QLabel::clear);
    addRow(storageForm, tr("Data&base:"), withError(m_database, m_databaseError), m_database);
    m_databasePassword = new QLineEdit(storage);
    m_databasePassword->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_databasePassword->setAccessibleName(tr("Database password"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databasePassword->setPlaceholderText(
        tr("Not shown; Save puts what is typed in the keychain"));
    m_databasePasswordStatus = new QLabel(storage);
    m_databasePasswordStatus->setObjectName(QStringLiteral("databasePasswordStatus"));
    m_databasePasswordStatus->setWordWrap(true);
    connect(m_databasePassword, &QLineEdit::textEdited, m_status, &QLabel::clear);
    auto *passwordRow = new QWidget(storage);
    auto *passwordColumn = new QVBoxLayout(passwordRow);
    passwordColumn->setContentsMargins(0, 0, 0, 0);
    passwordColumn->setSpacing(2);
    m_databasePassword->setParent(passwordRow);
    m_databasePasswordStatus->setParent(passwordRow);
    passwordColumn->addWidget(m_databasePassword);
    passwordColumn->addWidget(m_databasePasswordStatus);
    addRow(storageForm, tr("Database pass&word:"), passwordRow, m_databasePassword);
    auto *databaseNote = new QLabel(
        tr("Empty: SQLite, in the data directory. A PostgreSQL URL, "
           "postgresql://USER@HOST:5432/DATABASE (with ?sslmode=verify-full where the network "
           "is not your own), lets several OT Bridge servers share one database; the URL never "
           "holds the password, which goes to the system keychain."),
        storage);
    databaseNote->setObjectName(QStringLiteral("databaseNote"));
    databaseNote->setWordWrap(true);
    storageForm->addRow(new QLabel(storage), databaseNote);
    m_workspacePath->setParent(storage);
    m_openWorkspaceFolder->setParent(storage);
    m_workspaceNote->setParent(storage);
    auto *workspaceRow = new QWidget(storage);
    auto *workspaceColumn = new QVBoxLayout(workspaceRow);
    workspaceColumn->setContentsMargins(0, 0, 0, 0);
    auto *workspaceLayout = new QHBoxLayout;
    workspaceLayout->addWidget(m_workspacePath, 1);
    workspaceLayout->addWidget(m_openWorkspaceFolder);
    workspaceColumn->addLayout(workspaceLayout);
    workspaceColumn->addWidget(m_workspaceNote);
    addRow(storageForm, tr("Wor&kspace:"), workspaceRow, m_workspacePath);
    return storage;
}

Result<QUrl> SettingsPage::checkPublicUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QUrl();
    return AckLink::checkPublicUrl(text);
}

Result<DatabaseUrl> SettingsPage::checkDatabase(const QString &text)
{
    return DatabaseUrl::parse(text);
}

QGroupBox *SettingsPage::createLinksGroup(QWidget *parent)
{
    auto *links = new QGroupBox(tr("Links in messages"), parent);
    links->setObjectName(QStringLiteral("linksGroup"));
    auto *form = new QFormLayout(links);
    m_publicUrl = new QLineEdit(links);
    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_publicUrl->setAccessibleName(tr("Public URL for links in messages"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://alerts.example.com"));
    m_publicUrlError = errorLabel(links, "publicUrlError");
    connect(m_publicUrl, &QLineEdit::textEdited, m_status, &QLabel::clear);
    addRow(form, tr("P&ublic URL:"), withError(m_publicUrl, m_publicUrlError), m_publicUrl);
    auto *note = new QLabel(tr("Where people reach this listener from outside, through your "
                               "reverse proxy. Escalation emails and SMS then carry a link to "
                               "acknowledge them ({{event.ack_url}}), signed for each "
                               "recipient with a key kept in the keychain. Empty: the messages "
                               "carry no link."),
                            links);
    note->setObjectName(QStringLiteral("publicUrlNote"));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return links;
}

QGroupBox *SettingsPage::createAppearanceGroup(QWidget *parent)
{
    auto *appearance = new QGroupBox(tr("Language and appearance"), parent);
    appearance->setObjectName(QStringLiteral("appearanceGroup"));
    auto *appearanceForm = new QFormLayout(appearance);
    addRow(appearanceForm, tr("&Language:"), m_language, m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time OT Bridge "
                                       "starts."),
                                    appearance);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    appearanceForm->addRow(QString(), languageNote);
    auto *theme = new QLabel(tr("The theme follows the system: light or dark, colours and fonts "
                                "come from your desktop's settings."),
                             appearance);
    theme->setObjectName(QStringLiteral("themeNote"));
    theme->setWordWrap(true);
    appearanceForm->addRow(tr("Theme:"), theme);
    return appearance;
}

void SettingsPage::browseDataDirectory()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Data directory"), QDir::fromNativeSeparators(m_dataDir->text()));
    if (!chosen.isEmpty()) {
        m_dataDir->setText(QDir::toNativeSeparators(chosen));
        m_status->clear();
    }
}

void SettingsPage::changeEvent(QEvent *event)
{
    // The system switched between light and dark: the errors' red follows.
    if (event->type() == QEvent::PaletteChange) {
        for (QLabel *error : {m_addressError, m_portError, m_connectionsError, m_dataDirError,
                              m_tlsError, m_publicUrlError, m_databaseError})
            colourAsError(error, palette());
    }
    QWidget::changeEvent(event);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    updateRunning();
    QWidget::showEvent(event);
}

void SettingsPage::updateRunning()
{
    if (m_engine && m_engine->isRunning())
        m_running->setText(tr("Now listening on %1.").arg(m_engine->url().toString()));
    else
        m_running->setText(tr("The listener is not running."));
}

} // namespace OtBridge
