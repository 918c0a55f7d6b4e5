// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "store/postgresql/postgresqlbackend.h"
#include "store/sql/sqlstore.h"
#include "store/sqlite/sqlitebackend.h"

namespace OtBridge {

Result<std::unique_ptr<Store>> createStore(const StoreOptions &options)
{
    using Created = Result<std::unique_ptr<Store>>;
    // The one place a backend is chosen.
    if (options.database.isPostgresql())
        return Created(std::make_unique<SqlStore>(std::make_unique<PostgresqlBackend>()));
    return Created(std::make_unique<SqlStore>(std::make_unique<SqliteBackend>()));
}

Result<std::unique_ptr<Store>> openStore(const StoreOptions &options)
{
    Result<std::unique_ptr<Store>> store = createStore(options);
    if (!store)
        return store;
    if (auto opened = store.value()->open(options); !opened)
        return Result<std::unique_ptr<Store>>::failure(opened.error());
    return store;
}

} // namespace OtBridge
