// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaseurl.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace OtBridge {

namespace {

Result<DatabaseUrl> refuse(const QString &why)
{
    return Result<DatabaseUrl>::failure(why);
}

const QString example = QStringLiteral("postgresql://otbridge@db.example.com:5432/otbridge");

// The user-info part of the URL's authority, as written (before any decoding): "user:secret"
// when it holds a password. Read by hand because QUrl's own error text would repeat the URL.
QString writtenUserInfo(const QString &url)
{
    const qsizetype start = url.indexOf(QLatin1String("://")) + 3;
    qsizetype end = url.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = url.indexOf(stop, start);
        if (at >= 0)
            end = qMin(end, at);
    }
    const QString authority = url.mid(start, end - start);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : authority.left(at);
}

// A value as libpq's connection string reads it: in single quotes, \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

const QStringList &DatabaseUrl::parameterNames()
{
    static const QStringList names {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("application_name"),
        QStringLiteral("connect_timeout"),
    };
    return names;
}

const QStringList &DatabaseUrl::sslModes()
{
    static const QStringList modes {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
    };
    return modes;
}

QString DatabaseUrl::passwordRefusal()
{
    return DatabaseUrl::tr(
        "the database URL must not hold the password (it would be kept in files and shown "
        "in process lists): store it in the keychain from Settings, or give it to a "
        "server in the environment variable OTBRIDGE_SECRET_DATABASE_PASSWORD");
}

QString DatabaseUrl::parameter(const QString &name) const
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

QString DatabaseUrl::toString() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite");
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!parameters.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : parameters)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : parameters)
        options.append(key + QLatin1Char('=') + quoted(value));
    return options.join(QLatin1Char(';'));
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString written = text.trimmed();
    DatabaseUrl result;
    if (written.isEmpty() || written.compare(QLatin1String("sqlite"), Qt::CaseInsensitive) == 0
        || written.compare(QLatin1String("sqlite:"), Qt::CaseInsensitive) == 0)
        return result;
    if (written.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return refuse(DatabaseUrl::tr(
            "SQLite takes no path: its store is events.sqlite in the data directory "
            "(--data-dir); give sqlite alone, or no database at all"));
    if (!written.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        && !written.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return refuse(
            DatabaseUrl::tr(
                "a database is sqlite or a URL that starts with postgresql://, such as %1")
                .arg(example));
    if (writtenUserInfo(written).contains(QLatin1Char(':')))
        return refuse(passwordRefusal());

    const QUrl url(written, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(
            DatabaseUrl::tr("the database URL is not one: write it as "
                            "postgresql://USER@HOST:PORT/DATABASE, the port a number from 1 to "
                            "65535, and an @, /, ? or # inside a name percent-encoded"));
    result.kind = Kind::Postgresql;
    result.user = url.userName(QUrl::FullyDecoded);
    result.host = url.host(QUrl::FullyDecoded);
    const int port = url.port(defaultPort);
    const QString path = url.path(QUrl::FullyDecoded);
    result.database = path.mid(1);
    if (result.user.isEmpty())
        return refuse(
            DatabaseUrl::tr("the database URL names no user: write it as USER@ before the host, "
                            "such as %1")
                .arg(example));
    if (result.host.isEmpty())
        return refuse(DatabaseUrl::tr("the database URL names no host, such as %1").arg(example));
    if (port < 1 || port > 65535)
        return refuse(DatabaseUrl::tr("the database URL's port is not a number from 1 to 65535"));
    result.port = quint16(port);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return refuse(
            DatabaseUrl::tr("the database URL names no database: write it after the host and port "
                            "and one /, such as %1")
                .arg(example));
    if (url.hasFragment())
        return refuse(
            DatabaseUrl::tr("the database URL has a # part, which means nothing to a database; "
                            "percent-encode a # inside a name"));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            return refuse(passwordRefusal());
        if (!parameterNames().contains(key))
            return refuse(DatabaseUrl::tr(
                              "the database URL has a parameter OT Bridge does not know, '%1'; it "
                              "takes %2")
                              .arg(key, parameterNames().join(QLatin1String(", "))));
        if (!result.parameter(key).isEmpty())
            return refuse(DatabaseUrl::tr("the database URL gives %1 twice").arg(key));
        if (value.isEmpty())
            return refuse(DatabaseUrl::tr("the database URL gives %1 without a value").arg(key));
        if (value.contains(QLatin1Char(';')))
            return refuse(
                DatabaseUrl::tr("the database URL's %1 holds a ;, which cannot be passed on")
                    .arg(key));
        if (key == QLatin1String("sslmode") && !sslModes().contains(value))
            return refuse(DatabaseUrl::tr("the database URL's sslmode is %1; it is one of %2")
                              .arg(value, sslModes().join(QLatin1String(", "))));
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return refuse(DatabaseUrl::tr(
                                  "the database URL's connect_timeout is a number of seconds, not "
                                  "%1")
                                  .arg(value));
        }
        result.parameters.append({key, value});
    }
    return result;
}

Result<void> checkDatabaseSupported(const DatabaseUrl &url)
{
    if (!url.isPostgresql() || QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return {};
    return Result<void>::failure(
        DatabaseUrl::tr("cannot store in %1: Qt's PostgreSQL driver QPSQL is not installed "
                        "(Debian: libqt6sql6-psql); install it, or store in SQLite in the data "
                        "directory (leave out --database, or choose SQLite in Settings)")
            .arg(url.toString()));
}

bool operator==(const DatabaseUrl &a, const DatabaseUrl &b)
{
    return a.kind == b.kind && a.host == b.host && a.port == b.port && a.user == b.user
        && a.database == b.database && a.parameters == b.parameters;
}

} // namespace OtBridge
