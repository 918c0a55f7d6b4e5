// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksignature.h"

#include <QMessageAuthenticationCode>
#include <QObject>

namespace OtBridge::StandardWebhooks {

Result<QByteArray> decodeSecret(const QString &secret)
{
    QString encoded = secret.trimmed();
    if (encoded.startsWith(QLatin1String("whsec_")))
        encoded = encoded.mid(6);
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Result<QByteArray>::failure(
            QObject::tr("a Standard Webhooks secret must be whsec_ followed by base64"));
    return decoded.decoded;
}

QByteArray sign(const QByteArray &key, const QByteArray &id, qint64 timestamp,
                const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(id);
    mac.addData(".");
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".");
    mac.addData(body);
    return "v1," + mac.result().toBase64();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

Verdict verify(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp,
               const QByteArray &signatures, const QByteArray &body, const QDateTime &now,
               int toleranceSeconds)
{
    bool isNumber = false;
    const qint64 seconds = timestamp.trimmed().toLongLong(&isNumber);
    if (!isNumber)
        return Verdict::SignatureMismatch;
    // Compared as a range around now: now - seconds overflows for a timestamp near the
    // qint64 minimum, which any client can send (found by tests/fuzz/fuzz_request).
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (seconds < nowSeconds - toleranceSeconds || seconds > nowSeconds + toleranceSeconds)
        return Verdict::TimestampOutsideTolerance;
    const QByteArray expected = sign(key, id, seconds, body);
    bool matched = false;
    // Every candidate is compared, so the time does not tell which one matched.
    for (const QByteArray &candidate : signatures.split(' ')) {
        if (candidate.startsWith("v1,"))
            matched |= constantTimeEquals(candidate, expected);
    }
    return matched ? Verdict::Valid : Verdict::SignatureMismatch;
}

} // namespace OtBridge::StandardWebhooks
