// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace OtBridge {

// The few pieces of SQL in which SQLite and PostgreSQL differ; the repositories of
// core/store/sql/ write everything else once, for both. Picked by the connection's driver.
struct SqlDialect
{
    // The payload's own word for what happened ("type", "event_type", "eventType" or "event"
    // at the top of a JSON body of at most 64 KiB), for an events row e; NULL when none.
    QString eventType;
    // The rules an event e matched, one a line, from a subquery m with a column rule.
    QString rulesJoined;
    // e.body contains the ? pattern (LIKE syntax, \ escaping), ASCII case ignored.
    QString bodyMatches;
    // A text column (%1) contains the ? pattern, ASCII case ignored.
    QString textMatches;
    // The "kind" of the JSON object in the text column %1, read without building the document.
    QString requestKind;
    // After the SELECT of due deliveries a lease takes: rows another writer holds are passed
    // over, not waited for (PostgreSQL, several nodes). Empty: one writer, nothing to say.
    QString leaseLock;
    // How the writer begins its transaction, when not as the driver does.
    QString beginWrite;
    // Whether SAVEPOINT and its kin may be prepared statements.
    bool preparedSavepoints = true;
    // Whether the writers of several nodes may share the database (PostgreSQL): then a lease
    // some other live node holds is never taken back at start, and a digest window is opened
    // under digestLock.
    bool sharedByNodes = false;
    // A statement that holds, until the commit, a lock on the digest window key ? (rule and
    // rendered key): two nodes routing events of one window at once open it once. Empty: the
    // one writer serialises them already.
    QString digestLock;
    // Sends a notification (channel ?, payload ?) when the transaction commits; empty where
    // no other process listens (SQLite).
    QString notify;
};

const SqlDialect &sqliteDialect();
const SqlDialect &postgresqlDialect();
// The dialect of the database db is connected to.
const SqlDialect &sqlDialect(const QSqlDatabase &db);

} // namespace OtBridge
