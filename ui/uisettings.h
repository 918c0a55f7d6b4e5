// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/endpointaccess.h"
#include "ingest/listenerlimits.h"

#include <QSettings>

#include <optional>

namespace OtBridge {

struct EngineOptions;

// The listener as Settings keeps it; what otbridge --listen, --max-body-bytes and
// --max-connections-per-peer override.
struct ListenerSettings
{
    QString address = QStringLiteral("127.0.0.1"); // an IP address or "localhost"
    quint16 port = 8787;
    ListenerLimits limits;

    friend bool operator==(const ListenerSettings &a, const ListenerSettings &b);
};

// The desktop's remembered choices, typed, in one place: the window's layout, the listener,
// the data directory and the language. Secrets belong in the keychain, never here.
class UiSettings final
{
public:
    static constexpr quint16 defaultPort = 8787;

    UiSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray consoleState() const;
    void setConsoleState(const QByteArray &state);
    int currentPage() const;
    void setCurrentPage(int page);

    // The saved listener, or the defaults where nothing was saved.
    ListenerSettings listener() const;
    void setListener(const ListenerSettings &listener);
    // Where the event store lives; the platform's application data directory by default.
    QString dataDirectory() const;
    void setDataDirectory(const QString &path);
    static QString defaultDataDirectory();
    // Where events and deliveries are stored (otbridge --database): empty for SQLite in the
    // data directory, else a PostgreSQL URL as DatabaseUrl::toString() writes it. Never the
    // password: that is in the keychain (DatabaseUrl::passwordKey()).
    QString database() const;
    void setDatabase(const QString &url);
    // "de", "fr", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &code);
    // The workspace file opened from the File menu; empty: the one saved in the default
    // location, else the built-in default.
    QString workspacePath() const;
    void setWorkspacePath(const QString &path);
    // Who may read /health and /metrics; nullopt: the engine's default (/health open;
    // /metrics open on a loopback address, behind the token beyond it).
    std::optional<EndpointAccess> healthAccess() const;
    void setHealthAccess(std::optional<EndpointAccess> access);
    std::optional<EndpointAccess> metricsAccess() const;
    void setMetricsAccess(std::optional<EndpointAccess> access);
    // The listener's TLS certificate chain and key (PEM files); both empty: plain HTTP.
    QString tlsCertificatePath() const;
    QString tlsKeyPath() const;
    void setTls(const QString &certificatePath, const QString &keyPath);
    // Where people reach the listener from outside, for acknowledgement links in messages
    // (otbridge --public-url); empty: none.
    QString publicUrl() const;
    void setPublicUrl(const QString &url);

    // Puts what was saved (and only that) into options, before the command line has its say.
    // A value edited by hand into something unusable is skipped with a warning.
    void applyTo(EngineOptions &options) const;

private:
    QSettings m_settings;
};

} // namespace OtBridge
