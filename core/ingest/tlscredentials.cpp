// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscredentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslSocket>

namespace OtBridge {

namespace {

// One DER tag-length-value from the front of data.
struct Tlv
{
    quint8 tag = 0;
    QByteArrayView content;
    QByteArrayView whole;
    QByteArrayView rest;
};

bool readTlv(QByteArrayView data, Tlv *tlv)
{
    if (data.size() < 2)
        return false;
    qsizetype at = 1;
    qint64 length = quint8(data[at++]);
    if (length & 0x80) {
        const int bytes = int(length & 0x7f);
        if (bytes < 1 || bytes > 4 || data.size() < at + bytes)
            return false;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(data[at++]);
    }
    if (data.size() - at < length)
        return false;
    tlv->tag = quint8(data[0]);
    tlv->content = data.sliced(at, length);
    tlv->whole = data.first(at + length);
    tlv->rest = data.sliced(at + length);
    return true;
}

// The bytes of a public key that its private key must contain as well: an RSA key's modulus
// (as its DER INTEGER) or an EC key's public point. Qt has no API that derives the public key
// from a private one, and OpenSSL's private key encodings (PKCS#1, SEC1, PKCS#8 around either)
// carry both; comparing them is how the pair is matched without linking OpenSSL ourselves.
QByteArray publicKeyMaterial(const QSslKey &publicKey)
{
    const QByteArray der = publicKey.toDer();
    Tlv info, algorithm, bits;
    if (!readTlv(der, &info) || info.tag != 0x30 || !readTlv(info.content, &algorithm)
        || !readTlv(algorithm.rest, &bits) || bits.tag != 0x03 || bits.content.isEmpty())
        return {};
    const QByteArrayView key = bits.content.sliced(1); // after the count of unused bits
    if (publicKey.algorithm() == QSsl::Ec)
        return key.toByteArray();
    Tlv sequence, modulus;
    if (!readTlv(key, &sequence) || sequence.tag != 0x30 || !readTlv(sequence.content, &modulus)
        || modulus.tag != 0x02)
        return {};
    return modulus.whole.toByteArray();
}

QString algorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        break;
    }
    return QStringLiteral("opaque");
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            TlsCredentials::tr("cannot read the %1 %2: %3").arg(what, path, file.errorString()));
    // A certificate chain or a key is a few KiB; anything far larger is not one.
    const QByteArray data = file.read(1024 * 1024);
    if (data.isEmpty())
        return Result<QByteArray>::failure(
            TlsCredentials::tr("the %1 %2 is empty").arg(what, path));
    return data;
}

} // namespace

Result<TlsCredentials> TlsCredentials::load(const QString &certificatePath, const QString &keyPath)
{
    using R = Result<TlsCredentials>;
    const auto certificateData = readFile(certificatePath, tr("certificate file"));
    if (!certificateData)
        return R::failure(certificateData.error());
    const auto keyData = readFile(keyPath, tr("key file"));
    if (!keyData)
        return R::failure(keyData.error());

    TlsCredentials credentials;
    credentials.chain = QSslCertificate::fromData(certificateData.value(), QSsl::Pem);
    if (credentials.chain.isEmpty() || credentials.chain.first().isNull())
        return R::failure(tr("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")")
                              .arg(certificatePath));
    const QSslCertificate &leaf = credentials.chain.first();
    const QSsl::KeyAlgorithm wanted = leaf.publicKey().algorithm();
    if (wanted != QSsl::Rsa && wanted != QSsl::Ec)
        return R::failure(tr("the certificate in %1 has a %2 key; use an RSA or EC key")
                              .arg(certificatePath, algorithmName(wanted)));

    if (keyData->contains("ENCRYPTED"))
        return R::failure(tr("the private key in %1 is encrypted; give the listener an "
                             "unencrypted key (openssl pkey -in KEY -out PLAIN) readable only by "
                             "the service")
                              .arg(keyPath));
    for (QSsl::KeyAlgorithm algorithm : {wanted, wanted == QSsl::Rsa ? QSsl::Ec : QSsl::Rsa}) {
        credentials.key = QSslKey(keyData.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!credentials.key.isNull())
            break;
    }
    if (credentials.key.isNull())
        return R::failure(tr("%1 holds no PEM private key that can be read (RSA or EC, "
                             "unencrypted)")
                              .arg(keyPath));
    if (credentials.key.algorithm() != wanted)
        return R::failure(tr("the private key in %1 is an %2 key, but the certificate in %3 has an "
                             "%4 key: they are not a pair")
                              .arg(keyPath, algorithmName(credentials.key.algorithm()),
                                   certificatePath, algorithmName(wanted)));
    const QByteArray material = publicKeyMaterial(leaf.publicKey());
    if (material.isEmpty() || !credentials.key.toDer().contains(material))
        return R::failure(tr("the private key in %1 does not belong to the certificate in %2")
                              .arg(keyPath, certificatePath));

    if (QFileInfo(keyPath).permissions() & QFile::ReadOther)
        credentials.warnings.append(
            tr("the private key %1 can be read by every user of this machine; chmod 600 it")
                .arg(keyPath));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.expiryDate() < now)
        credentials.warnings.append(
            tr("the certificate in %1 expired on %2; clients will refuse it")
                .arg(certificatePath, leaf.expiryDate().toString(Qt::ISODate)));
    else if (leaf.effectiveDate() > now)
        credentials.warnings.append(
            tr("the certificate in %1 is not valid before %2")
                .arg(certificatePath, leaf.effectiveDate().toString(Qt::ISODate)));
    return credentials;
}

QSslConfiguration TlsCredentials::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QByteArray TlsCredentials::fingerprint() const
{
    return chain.isEmpty() ? QByteArray()
                           : chain.first().digest(QCryptographicHash::Sha256).toHex();
}

} // namespace OtBridge
