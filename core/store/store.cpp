// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "store/sqlite/sqlitestore.h"

#include <QObject>
#include <QRegularExpression>

namespace OtBridge {

Result<std::unique_ptr<Store>> createStore(const StoreOptions &options)
{
    using Created = Result<std::unique_ptr<Store>>;
    // A URL's scheme picks the backend; anything else is a SQLite file's path.
    static const QRegularExpression scheme(QStringLiteral("^([a-z][a-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = scheme.match(options.path);
    if (match.hasMatch())
        return Created::failure(
            QObject::tr("no store for %1 databases: give the path of a SQLite file")
                .arg(match.captured(1)));
    return Created(std::make_unique<SqliteStore>());
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
