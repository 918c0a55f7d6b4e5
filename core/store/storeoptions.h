// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databaseurl.h"

#include <QString>

namespace OtBridge {

// Where the store lives and how it commits; createStore() picks the backend from `database`.
struct StoreOptions
{
    QString path; // the SQLite database file
    DatabaseUrl database = {}; // SQLite unless it names a PostgreSQL server
    // PostgreSQL's, from the keychain or OTBRIDGE_SECRET_DATABASE_PASSWORD; never logged.
    QString password = {};
    int maxBatch = 1024; // events in one group-commit transaction, at most
    qint64 maxSizeBytes = 0; // refuse new events once the database reaches this; 0: no cap
    int busyTimeoutMs = 2000; // how long a commit waits for another process's lock
    // The node this store writes for: its leases name it (DeliveryQueue::leaseDueAsync). Empty:
    // the store makes one when it opens (a UUID), new for every run.
    QString nodeId = {};
    // The events this store stores are routed by other processes (a window attached to a
    // cluster, EngineOptions::attach): each commit announces them as work, otbridge_work
    // "route", so that a node routes them at once.
    bool routedElsewhere = false;
};

} // namespace OtBridge
