// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVariantList>

// How the repositories write values, in SQLite and PostgreSQL alike: times as milliseconds since
// the epoch (UTC), ids as text without braces.

namespace OtBridge::SqlValues {

inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Qt binds a null QString as SQL NULL: every text column is NOT NULL, and `? = ''` must hold
// for "no target".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qlonglong>());
}

inline QDateTime utcFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline qint64 msOrNow(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

// Prepares sql on query, binds the values in order and runs it. Limits are bound as
// qMax(0, limit): SQLite reads a negative LIMIT as "no limit".
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

} // namespace OtBridge::SqlValues
