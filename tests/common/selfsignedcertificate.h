// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// A throwaway EC certificate for 127.0.0.1 (valid two days), made by the openssl command line
// for each run so that no key is ever committed. Returns openssl's output when it failed.
inline QString makeSelfSignedCertificate(const QString &certificatePath, const QString &keyPath)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   keyPath, QStringLiteral("-out"), certificatePath});
    if (!openssl.waitForFinished(30000))
        return QStringLiteral("openssl did not finish within 30 s");
    if (openssl.exitCode() != 0)
        return QString::fromLocal8Bit(openssl.readAll());
    return {};
}
