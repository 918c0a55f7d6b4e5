// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace OtBridge {

Q_LOGGING_CATEGORY(lcSecrets, "otbridge.secrets")

namespace {

bool mentionsSecretService(const QString &message)
{
    // QtKeychain reports a missing bus or keyring daemon as OtherError, with GLib's words.
    return message.contains(QLatin1String("org.freedesktop.secrets"))
        || message.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive);
}

enum class Action { Read, Store, Delete };

// The job's error in words that say what to do about it.
QString describe(const QKeychain::Job *job, const QString &key, Action action)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return SecretStore::notFoundError(key);
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("access to the keychain was denied for the secret \"%1\"").arg(key);
    case QKeychain::AccessDenied:
        return SecretStore::tr("the keychain is locked; unlock it and try again (%1)").arg(detail);
    case QKeychain::NoBackendAvailable:
        return SecretStore::tr("no Secret Service is running: %1").arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        break;
    case QKeychain::NotImplemented:
        return SecretStore::tr("this platform has no keychain OT Bridge can use: %1").arg(detail);
    case QKeychain::OtherError:
        if (mentionsSecretService(detail))
            return SecretStore::tr("no Secret Service is running: %1").arg(detail);
        // gnome-keyring without a login keyring: nothing to store into until one is made.
        if (detail.contains(QLatin1String("/org/freedesktop/secrets/collection/")))
            return SecretStore::tr("the keychain has no default keyring to keep secrets in; "
                                   "create one (for example with Seahorse) and try again (%1)")
                .arg(detail);
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return SecretStore::tr("the keychain is locked; unlock it and try again (%1)")
                .arg(detail);
        break;
    }
    switch (action) {
    case Action::Read:
        return SecretStore::tr("the secret \"%1\" could not be read from the keychain: %2")
            .arg(key, detail);
    case Action::Store:
        return SecretStore::tr("the secret \"%1\" could not be stored in the keychain: %2")
            .arg(key, detail);
    case Action::Delete:
        break;
    }
    return SecretStore::tr("the secret \"%1\" could not be deleted from the keychain: %2")
        .arg(key, detail);
}

template<typename Job> Job *makeJob(const QString &key)
{
    auto *job = new Job(SecretStore::serviceName());
    job->setAutoDelete(true);
    // Never a plain-text file instead: a secret goes to the keychain or nowhere.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::environmentVariable(const QString &key)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]"));
    return QStringLiteral("OTBRIDGE_SECRET_") + key.toUpper().replace(other, QStringLiteral("_"));
}

QString SecretStore::notFoundError(const QString &key)
{
    return tr("no secret stored under \"%1\" in the keychain").arg(key);
}

void SecretStore::read(const QString &key, const QObject *context, ReadDone done)
{
    const QString variable = environmentVariable(key);
    if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
        qCDebug(lcSecrets).noquote() << "secret" << key << "comes from" << variable;
        // Still asynchronous, so callers see one behaviour whatever the source.
        QTimer::singleShot(0, context ? context : this,
                           [done = std::move(done),
                            value = qEnvironmentVariable(variable.toLatin1().constData())] {
                               done(Result<QString>(value));
                           });
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(
        job, &QKeychain::Job::finished, context ? context : this,
        [key, done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() != QKeychain::NoError) {
                const QString error = describe(finished, key, Action::Read);
                qCDebug(lcSecrets).noquote() << "reading secret" << key << "failed:" << error;
                done(Result<QString>::failure(error));
                return;
            }
            done(Result<QString>(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()));
        });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, const QObject *context,
                        Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [key, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError) {
                    const QString error = describe(finished, key, Action::Store);
                    qCWarning(lcSecrets).noquote() << "storing secret" << key << "failed:" << error;
                    done(Result<void>::failure(error));
                    return;
                }
                qCDebug(lcSecrets).noquote() << "stored secret" << key;
                done({});
            });
    job->start();
}

void SecretStore::remove(const QString &key, const QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [key, done = std::move(done)](QKeychain::Job *finished) {
                // Gone either way: deleting what is not there is what the caller wanted.
                if (finished->error() != QKeychain::NoError
                    && finished->error() != QKeychain::EntryNotFound) {
                    const QString error = describe(finished, key, Action::Delete);
                    qCWarning(lcSecrets).noquote()
                        << "deleting secret" << key << "failed:" << error;
                    done(Result<void>::failure(error));
                    return;
                }
                done({});
            });
    job->start();
}

} // namespace OtBridge
