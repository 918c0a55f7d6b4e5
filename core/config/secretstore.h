// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace OtBridge {

// Secrets (OAuth2 client secrets, passwords) in the platform keychain (the Secret Service on
// Linux) under the service name "otbridge", never in a file. Asynchronous: every call ends in
// its callback, on this object's thread, unless context (this store when null) is destroyed
// first. A secret never reaches a log line; only keys do.
//
// Headless deployments may give a secret in the environment instead: the key
// opentext/client-secret is OTBRIDGE_SECRET_OPENTEXT_CLIENT_SECRET, which wins over the
// keychain when it is set.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadDone = std::function<void(const Result<QString> &secret)>;
    using Done = std::function<void(const Result<void> &result)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName() { return QStringLiteral("otbridge"); }
    // OTBRIDGE_SECRET_ and the key in upper case, every other character than A-Z and 0-9 an _.
    static QString environmentVariable(const QString &key);

    // The environment variable's value when it is set, else the keychain's.
    void read(const QString &key, const QObject *context, ReadDone done);
    // Stores in the keychain, replacing what was stored under key.
    void write(const QString &key, const QString &secret, const QObject *context, Done done);
    // Deletes from the keychain; removing a key that holds nothing is no error.
    void remove(const QString &key, const QObject *context, Done done);

    // The exact words read() fails with when nothing is stored under key.
    static QString notFoundError(const QString &key);
};

} // namespace OtBridge
