// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace OtBridge {

// Which database a node stores in (--database, Settings): SQLite, the embedded default, in the
// data directory's events.sqlite; or a PostgreSQL server that several nodes share,
// postgresql://USER@HOST:PORT/DATABASE?sslmode=…. A URL never holds the password: it would end
// up in the settings file, the process list and shell histories. The password is a secret like
// the others (passwordKey()): in the keychain, or OTBRIDGE_SECRET_DATABASE_PASSWORD.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::DatabaseUrl)

public:
    enum class Kind : quint8 { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    // PostgreSQL only.
    QString host;
    quint16 port = defaultPort;
    QString user;
    QString database;
    // libpq connection parameters from the URL's query, in the order given (parameterNames()).
    QList<QPair<QString, QString>> parameters;

    static constexpr quint16 defaultPort = 5432;

    bool isPostgresql() const { return kind == Kind::Postgresql; }
    // A parameter's value; empty when the URL does not give it.
    QString parameter(const QString &name) const;
    // The URL as it is shown, logged and saved: "sqlite", or postgresql://… as parse() reads it.
    QString toString() const;
    // For QSqlDatabase::setConnectOptions: the parameters as libpq reads them, each value quoted.
    QString connectOptions() const;

    // Reads what --database and Settings take: empty, "sqlite" or "sqlite:" for the embedded
    // default; postgresql:// (or postgres://) with a user, a host, an optional port and a
    // database, and parameters from parameterNames(). Refuses a URL with a password, naming
    // where the password goes; the words of a refusal never repeat what may be a password.
    static Result<DatabaseUrl> parse(const QString &text);
    // The parameters a URL may give: sslmode (disable, allow, prefer, require, verify-ca,
    // verify-full; libpq's default is prefer), the files sslrootcert, sslcert, sslkey, sslcrl,
    // application_name and connect_timeout (seconds).
    static const QStringList &parameterNames();
    static const QStringList &sslModes();
    // The keychain entry of the PostgreSQL password; headless servers may give it as
    // OTBRIDGE_SECRET_DATABASE_PASSWORD (SecretStore::environmentVariable) instead.
    static QString passwordKey() { return QStringLiteral("database/password"); }
    // What a refusal of a password in the URL says.
    static QString passwordRefusal();

    friend bool operator==(const DatabaseUrl &a, const DatabaseUrl &b);
    friend bool operator!=(const DatabaseUrl &a, const DatabaseUrl &b) { return !(a == b); }
};

// Whether this machine can store in url's database: a postgresql URL needs Qt's QPSQL driver,
// refused here, in words that say what to do instead, before anything opens. Whether the
// server is there and lets us in is the store's to say when it opens.
Result<void> checkDatabaseSupported(const DatabaseUrl &url);

} // namespace OtBridge
