// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/curlcommand.h"

#include <QStringDecoder>

namespace OtBridge {

QString shellQuoted(const QString &argument)
{
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar(0));
}

QString octalEscaped(const QByteArray &bytes)
{
    QString escaped;
    escaped.reserve(bytes.size() * 4);
    for (const char c : bytes)
        escaped += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
    return escaped;
}

} // namespace

QString curlCommand(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                    const QByteArray &body)
{
    const bool binary = !body.isEmpty() && !isUtf8(body);
    QStringList parts;
    if (binary)
        parts << QStringLiteral("printf %1 |").arg(shellQuoted(octalEscaped(body)));
    parts << QStringLiteral("curl");
    const QByteArray verb = method.isEmpty() ? QByteArrayLiteral("GET") : method.toUpper();
    if (verb != "GET" || !body.isEmpty())
        parts << QStringLiteral("-X") << shellQuoted(QString::fromLatin1(verb));
    parts << shellQuoted(url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : headers) {
        // curl computes these itself from what it sends; copying them can only make them wrong.
        if (name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("host", Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("-H")
              << shellQuoted(QString::fromUtf8(name) + QLatin1String(": ")
                             + QString::fromUtf8(value));
    }
    if (binary)
        parts << QStringLiteral("--data-binary") << QStringLiteral("@-");
    else if (!body.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuoted(QString::fromUtf8(body));
    return parts.join(QLatin1Char(' '));
}

} // namespace OtBridge
