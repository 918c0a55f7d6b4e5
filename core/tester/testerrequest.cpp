// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testerrequest.h"

#include "ingest/headerredaction.h"

#include <QUrl>

namespace OtBridge {

namespace {

// Values this short would blot out ordinary text if replaced wherever they appear; the header
// and query rules still catch them where they are used as credentials.
constexpr qsizetype shortestReplacedSecret = 4;

QByteArray withoutSecrets(QByteArray bytes, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= shortestReplacedSecret)
            bytes.replace(secret.toUtf8(), QByteArray(redactedValue));
    }
    return bytes;
}

QString withoutSecrets(const QString &text, const QStringList &secrets)
{
    return QString::fromUtf8(withoutSecrets(text.toUtf8(), secrets));
}

} // namespace

TesterRequest TesterRequest::redacted() const
{
    TesterRequest copy = *this;
    copy.secretHeaders.clear();
    copy.secretQueryKeys.clear();
    copy.secretValues.clear();

    for (auto &[header, value] : copy.headers) {
        bool secret = isSecretHeader(header);
        for (const QByteArray &name : secretHeaders)
            secret = secret || header.compare(name, Qt::CaseInsensitive) == 0;
        value = secret ? QByteArray(redactedValue) : withoutSecrets(value, secretValues);
    }

    QString url = withoutSecrets(this->url, secretValues);
    if (!secretQueryKeys.isEmpty()) {
        const qsizetype mark = url.indexOf(QLatin1Char('?'));
        if (mark >= 0) {
            const qsizetype fragment = url.indexOf(QLatin1Char('#'), mark);
            const QString tail = fragment < 0 ? QString() : url.mid(fragment);
            QStringList pairs = url.mid(mark + 1, fragment < 0 ? -1 : fragment - mark - 1)
                                    .split(QLatin1Char('&'));
            for (QString &pair : pairs) {
                const QString key = pair.section(QLatin1Char('='), 0, 0);
                const QString decoded = QUrl::fromPercentEncoding(key.toUtf8());
                if (secretQueryKeys.contains(key) || secretQueryKeys.contains(decoded))
                    pair = key + QLatin1Char('=') + QLatin1String(redactedValue);
            }
            url = url.left(mark + 1) + pairs.join(QLatin1Char('&')) + tail;
        }
    }
    copy.url = url;
    copy.body = withoutSecrets(body, secretValues);
    return copy;
}

} // namespace OtBridge
