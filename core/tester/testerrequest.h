// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event/event.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace OtBridge {

// One request the tester composes and fires: what the composer shows, what the load runner
// sends, what the history keeps (redacted) and what "copy as curl" writes (redacted).
struct TesterRequest
{
    QString name; // a sample's or an imported request's title; may be empty
    QByteArray method = "POST";
    QString url; // text as typed: an imported one may still hold an unresolved {{variable}}
    HeaderList headers;
    QByteArray body;

    // What must never be written anywhere: header names and query keys whose values are
    // credentials (an imported collection's auth blocks), and the credential values themselves
    // (auth values, secret variables), wherever else they appear. Kept in memory only.
    QList<QByteArray> secretHeaders;
    QStringList secretQueryKeys;
    QStringList secretValues;

    // A copy fit to be written down: credential headers (these and every header the store
    // would redact), credential query values and any secret value left in the URL, headers or
    // body replaced by "[redacted]"; the secret lists themselves emptied.
    TesterRequest redacted() const;
};

} // namespace OtBridge

Q_DECLARE_METATYPE(OtBridge::TesterRequest)
