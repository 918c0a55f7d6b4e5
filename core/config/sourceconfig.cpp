// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceconfig.h"

namespace OtBridge {

QStringList SourceConfig::knownKeys()
{
    return {QStringLiteral("name"),           QStringLiteral("title"),
            QStringLiteral("description"),    QStringLiteral("format"),
            QStringLiteral("max_body_bytes"), QStringLiteral("auth")};
}

QJsonObject SourceConfig::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name}};
    if (!title.isEmpty() && title != name)
        json.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (format == Format::Any)
        json.insert(QStringLiteral("format"), QStringLiteral("any"));
    if (maxBodyBytes > 0)
        json.insert(QStringLiteral("max_body_bytes"), double(maxBodyBytes));
    if (auth.isConfigured())
        json.insert(QStringLiteral("auth"), auth.toJson());
    return json;
}

} // namespace OtBridge
