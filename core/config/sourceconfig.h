// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/sourceauth.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace OtBridge {

// Where webhooks come from: one POST /hooks/{name} endpoint each.
struct SourceConfig
{
    enum class Format { Json, Any };

    QString name;
    QString title;
    QString description;
    Format format = Format::Json;
    qint64 maxBodyBytes = 0; // 0: the listener's limit
    SourceAuth auth; // how its webhooks prove they are its own; none by default

    // Its entry in the workspace's "sources"; what equals the default is left out.
    QJsonObject toJson() const;
    // The keys toJson() writes; a source's other keys in a file are kept as they are.
    static QStringList knownKeys();
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::SourceConfig)
