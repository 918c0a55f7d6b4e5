// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerredaction.h"

#include <algorithm>

namespace OtBridge {

bool isSecretHeader(QByteArrayView name)
{
    static constexpr QByteArrayView exact[] = {
        "authorization", "proxy-authorization", "cookie",         "set-cookie", "x-api-key",
        "api-key",       "x-auth-token",        "x-access-token",
    };
    for (QByteArrayView candidate : exact) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    // webhook-signature, X-Hub-Signature-256, Stripe-Signature, X-Slack-Signature, ...
    const QByteArray lower = name.toByteArray().toLower();
    return lower.contains("signature") || lower.contains("secret") || lower.endsWith("-token");
}

HeaderList redactHeaders(const HeaderList &headers, const QList<QByteArray> &alsoSecret)
{
    HeaderList redacted = headers;
    for (auto &[name, value] : redacted) {
        const bool named = std::any_of(alsoSecret.cbegin(), alsoSecret.cend(),
                                       [&name = name](const QByteArray &secret) {
                                           return name.compare(secret, Qt::CaseInsensitive) == 0;
                                       });
        if (named || isSecretHeader(name))
            value = redactedValue;
    }
    return redacted;
}

} // namespace OtBridge
