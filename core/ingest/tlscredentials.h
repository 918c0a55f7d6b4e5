// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>

namespace OtBridge {

// The listener's certificate chain and private key, read from PEM files and checked to belong
// together before anything uses them: a pair that fails here never replaces a working one.
struct TlsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(OtBridge::TlsCredentials)

public:
    QList<QSslCertificate> chain; // the listener's certificate first, then intermediates
    QSslKey key;
    // Things an operator should fix that do not stop the pair from working (a key file others
    // can read, a certificate outside its validity period).
    QStringList warnings;

    // Reads both files. The key must be unencrypted PEM (RSA or EC).
    static Result<TlsCredentials> load(const QString &certificatePath, const QString &keyPath);
    // What the listener's sockets are configured with: TLS 1.2 or later, no client certificates.
    QSslConfiguration configuration() const;
    // SHA-256 of the listener's certificate, hex: what a client sees as the peer's digest.
    QByteArray fingerprint() const;
};

} // namespace OtBridge
