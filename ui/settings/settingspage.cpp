// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "engine/engine.h"
#include "languagesetting.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
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

} // namespace

SettingsPage::SettingsPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
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

    auto *listener = new QGroupBox(tr("Webhook listener"), content);
    listener->setObjectName(QStringLiteral("listenerGroup"));
    auto *listenerForm = new QFormLayout(listener);
    const auto addRow
        = [](QFormLayout *form, const QString &label, QWidget *field, QWidget *buddy) {
              auto *text = new QLabel(label, form->parentWidget());
              text->setBuddy(buddy);
              form->addRow(text, field);
          };
    addRow(listenerForm, tr("&Address:"), withError(m_address, m_addressError), m_address);
    addRow(listenerForm, tr("&Port:"), withError(m_port, m_portError), m_port);
    addRow(listenerForm, tr("Largest request b&ody:"), m_maxBodyKiB, m_maxBodyKiB);
    addRow(listenerForm, tr("&Connections in total:"), m_maxConnections, m_maxConnections);
    addRow(listenerForm, tr("Connections per client add&ress:"),
           withError(m_maxPerPeer, m_connectionsError), m_maxPerPeer);
    addRow(listenerForm, tr("Request &timeout:"), m_requestTimeout, m_requestTimeout);

    auto *storage = new QGroupBox(tr("Storage"), content);
    storage->setObjectName(QStringLiteral("storageGroup"));
    auto *storageForm = new QFormLayout(storage);
    addRow(storageForm, tr("Data &directory:"), withError(m_dataDir, m_dataDirError, m_browse),
           m_dataDir);

    auto *appearance = new QGroupBox(tr("Language and appearance"), content);
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
    column->addWidget(storage);
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
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        load();
        m_status->setText(tr("Changes reverted to what is saved."));
    });
    connect(m_defaults, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);
    for (QLineEdit *edit : {m_address, m_port, m_dataDir})
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
    for (QLabel *error : {m_addressError, m_portError, m_connectionsError, m_dataDirError})
        showError(error, nullptr, {});
    updateRunning();
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
    showError(m_addressError, m_address, address ? QString() : address.error());
    showError(m_portError, m_port, port ? QString() : port.error());
    showError(m_dataDirError, m_dataDir, dataDir ? QString() : dataDir.error());
    showError(m_connectionsError, m_maxPerPeer, connections ? QString() : connections.error());
    if (!address || !port || !dataDir || !connections) {
        m_status->setText(tr("Not saved: correct the fields marked above."));
        // The first field in error takes the focus, so a keyboard user lands on it.
        for (QWidget *field :
             {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
              static_cast<QWidget *>(m_maxPerPeer), static_cast<QWidget *>(m_dataDir)}) {
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
    const bool listenerChanged = !(listener == settings.listener())
        || dataDir.value() != QDir::cleanPath(settings.dataDirectory());
    settings.setListener(listener);
    settings.setDataDirectory(dataDir.value());
    const QString language = m_language->currentData().toString();
    settings.setLanguage(language);

    QStringList said {tr("Saved.")};
    if (listenerChanged)
        said << tr("The listener and the data directory change the next time OT Bridge starts.");
    if (language != previousLanguage)
        said << tr("The new language shows the next time OT Bridge starts.");
    m_status->setText(said.join(QLatin1Char(' ')));
    return true;
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
        for (QLabel *error : {m_addressError, m_portError, m_connectionsError, m_dataDirError})
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
