// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace OtBridge {

// A statement the writer has run, as its repositories read it: the rows in order, then what it
// changed. The same few calls as QSqlQuery's, so that it reads the same; behind it are Qt SQL
// (PostgreSQL) or SQLite's own API (StatementCache, docs/architecture.md "Storage").
class SqlRows
{
public:
    virtual ~SqlRows() = default;

    // Moves to the next row; false after the last one (or when stepping failed).
    virtual bool next() = 0;
    // The current row's column, by position: a null QVariant for SQL NULL; integers as qlonglong,
    // text as QString, blobs as QByteArray, reals as double.
    virtual QVariant value(int column) const = 0;
    // Rows the statement inserted, updated or deleted.
    virtual int numRowsAffected() const = 0;
    // Done with the rows: the statement lets go of what it reads.
    virtual void finish() = 0;
};

} // namespace OtBridge
