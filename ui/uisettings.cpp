// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"

#include "engine/engine.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSettings, "otbridge.settings")

namespace OtBridge {

namespace {
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString stateKey = QStringLiteral("ui/windowState");
const QString consoleKey = QStringLiteral("ui/consoleState");
const QString pageKey = QStringLiteral("ui/currentPage");
const QString listenAddressKey = QStringLiteral("listener/address");
const QString listenPortKey = QStringLiteral("listener/port");
const QString maxBodyKey = QStringLiteral("listener/maxBodyBytes");
const QString maxConnectionsKey = QStringLiteral("listener/maxConnections");
const QString maxPerPeerKey = QStringLiteral("listener/maxConnectionsPerPeer");
const QString requestTimeoutKey = QStringLiteral("listener/requestTimeoutMs");
const QString dataDirKey = QStringLiteral("engine/dataDirectory");
const QString databaseKey = QStringLiteral("engine/database");
const QString languageKey = QStringLiteral("ui/language");
const QString workspaceKey = QStringLiteral("engine/workspace");
const QString healthKey = QStringLiteral("listener/health");
const QString metricsKey = QStringLiteral("listener/metrics");
const QString tlsCertificateKey = QStringLiteral("listener/tlsCertificate");
const QString tlsKeyKey = QStringLiteral("listener/tlsKey");
const QString publicUrlKey = QStringLiteral("links/publicUrl");

// A saved number, or the fallback when it is missing or not a positive number.
template<typename T> T positive(const QSettings &settings, const QString &key, T fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok && value > 0 ? T(value) : fallback;
}

} // namespace

bool operator==(const ListenerSettings &a, const ListenerSettings &b)
{
    return a.address == b.address && a.port == b.port
        && a.limits.maxBodyBytes == b.limits.maxBodyBytes
        && a.limits.maxConnections == b.limits.maxConnections
        && a.limits.maxConnectionsPerPeer == b.limits.maxConnectionsPerPeer
        && a.limits.requestTimeoutMs == b.limits.requestTimeoutMs;
}

UiSettings::UiSettings() = default;

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

QByteArray UiSettings::consoleState() const
{
    return m_settings.value(consoleKey).toByteArray();
}

void UiSettings::setConsoleState(const QByteArray &state)
{
    m_settings.setValue(consoleKey, state);
}

int UiSettings::currentPage() const
{
    return m_settings.value(pageKey, 0).toInt();
}

void UiSettings::setCurrentPage(int page)
{
    m_settings.setValue(pageKey, page);
}

ListenerSettings UiSettings::listener() const
{
    ListenerSettings listener;
    listener.address = m_settings.value(listenAddressKey, listener.address).toString();
    bool ok = false;
    const uint port = m_settings.value(listenPortKey).toUInt(&ok);
    if (ok && port > 0 && port <= 65535)
        listener.port = quint16(port);
    ListenerLimits &limits = listener.limits;
    limits.maxBodyBytes = positive(m_settings, maxBodyKey, limits.maxBodyBytes);
    limits.maxConnections = positive(m_settings, maxConnectionsKey, limits.maxConnections);
    limits.maxConnectionsPerPeer
        = positive(m_settings, maxPerPeerKey, limits.maxConnectionsPerPeer);
    limits.requestTimeoutMs = positive(m_settings, requestTimeoutKey, limits.requestTimeoutMs);
    return listener;
}

void UiSettings::setListener(const ListenerSettings &listener)
{
    m_settings.setValue(listenAddressKey, listener.address);
    m_settings.setValue(listenPortKey, listener.port);
    m_settings.setValue(maxBodyKey, listener.limits.maxBodyBytes);
    m_settings.setValue(maxConnectionsKey, listener.limits.maxConnections);
    m_settings.setValue(maxPerPeerKey, listener.limits.maxConnectionsPerPeer);
    m_settings.setValue(requestTimeoutKey, listener.limits.requestTimeoutMs);
}

QString UiSettings::dataDirectory() const
{
    const QString path = m_settings.value(dataDirKey).toString();
    return path.isEmpty() ? defaultDataDirectory() : path;
}

void UiSettings::setDataDirectory(const QString &path)
{
    m_settings.setValue(dataDirKey, path);
}

QString UiSettings::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString UiSettings::database() const
{
    return m_settings.value(databaseKey).toString();
}

void UiSettings::setDatabase(const QString &url)
{
    if (url.isEmpty())
        m_settings.remove(databaseKey);
    else
        m_settings.setValue(databaseKey, url);
}

QString UiSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    m_settings.setValue(languageKey, code);
}

QString UiSettings::workspacePath() const
{
    return m_settings.value(workspaceKey).toString();
}

void UiSettings::setWorkspacePath(const QString &path)
{
    if (path.isEmpty())
        m_settings.remove(workspaceKey);
    else
        m_settings.setValue(workspaceKey, path);
}

std::optional<EndpointAccess> UiSettings::healthAccess() const
{
    return parseEndpointAccess(m_settings.value(healthKey).toString());
}

void UiSettings::setHealthAccess(std::optional<EndpointAccess> access)
{
    if (access)
        m_settings.setValue(healthKey, endpointAccessName(*access));
    else
        m_settings.remove(healthKey);
}

std::optional<EndpointAccess> UiSettings::metricsAccess() const
{
    return parseEndpointAccess(m_settings.value(metricsKey).toString());
}

void UiSettings::setMetricsAccess(std::optional<EndpointAccess> access)
{
    if (access)
        m_settings.setValue(metricsKey, endpointAccessName(*access));
    else
        m_settings.remove(metricsKey);
}

QString UiSettings::tlsCertificatePath() const
{
    return m_settings.value(tlsCertificateKey).toString();
}

QString UiSettings::tlsKeyPath() const
{
    return m_settings.value(tlsKeyKey).toString();
}

void UiSettings::setTls(const QString &certificatePath, const QString &keyPath)
{
    for (const auto &[key, value] :
         {std::pair {tlsCertificateKey, certificatePath}, std::pair {tlsKeyKey, keyPath}}) {
        if (value.isEmpty())
            m_settings.remove(key);
        else
            m_settings.setValue(key, value);
    }
}

QString UiSettings::publicUrl() const
{
    return m_settings.value(publicUrlKey).toString();
}

void UiSettings::setPublicUrl(const QString &url)
{
    if (url.isEmpty())
        m_settings.remove(publicUrlKey);
    else
        m_settings.setValue(publicUrlKey, url);
}

void UiSettings::applyTo(EngineOptions &options) const
{
    if (m_settings.contains(listenAddressKey)) {
        const QString saved = m_settings.value(listenAddressKey).toString();
        QHostAddress address;
        if (saved == QLatin1String("localhost"))
            options.address = QHostAddress(QHostAddress::LocalHost);
        else if (address.setAddress(saved))
            options.address = address;
        else
            qCWarning(lcSettings).noquote()
                << "ignoring the saved listener address" << saved << "- not an IP address";
    }
    if (m_settings.contains(listenPortKey))
        options.port = listener().port;
    ListenerLimits &limits = options.limits;
    limits.maxBodyBytes = positive(m_settings, maxBodyKey, limits.maxBodyBytes);
    limits.maxConnections = positive(m_settings, maxConnectionsKey, limits.maxConnections);
    limits.maxConnectionsPerPeer
        = positive(m_settings, maxPerPeerKey, limits.maxConnectionsPerPeer);
    limits.requestTimeoutMs = positive(m_settings, requestTimeoutKey, limits.requestTimeoutMs);
    const QString dataDir = m_settings.value(dataDirKey).toString();
    if (!dataDir.isEmpty())
        options.dataDir = dataDir;
    if (!database().isEmpty()) {
        if (const Result<DatabaseUrl> url = DatabaseUrl::parse(database()))
            options.database = url.value();
        else
            qCWarning(lcSettings).noquote() << "ignoring the saved database:" << url.error();
    }
    const QString workspace = workspacePath();
    if (!workspace.isEmpty()) {
        if (QFileInfo::exists(workspace))
            options.workspacePath = workspace;
        else
            qCWarning(lcSettings).noquote()
                << "the workspace" << workspace << "opened before is gone; using the default";
    }
    if (const auto health = healthAccess())
        options.healthAccess = *health;
    if (const auto metrics = metricsAccess())
        options.metricsAccess = *metrics;
    // Both or neither: a half pair would refuse to start.
    if (!tlsCertificatePath().isEmpty() && !tlsKeyPath().isEmpty()) {
        options.tlsCertificatePath = tlsCertificatePath();
        options.tlsKeyPath = tlsKeyPath();
    }
    if (!publicUrl().isEmpty()) {
        if (const Result<QUrl> url = AckLink::checkPublicUrl(publicUrl()))
            options.publicUrl = url.value();
        else
            qCWarning(lcSettings).noquote() << "ignoring the saved public URL:" << url.error();
    }
}

} // namespace OtBridge
