// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/workspacerepository.h"

#include "cluster/noderepository.h"
#include "store/postgresql/postgresqlnotifier.h"
#include "store/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace OtBridge {

namespace {

// The table holds one row, this one.
constexpr int workspaceRow = 1;

bool isPostgresql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace

Result<std::optional<StoredWorkspace>> WorkspaceRepository::load(const QSqlDatabase &db)
{
    using R = Result<std::optional<StoredWorkspace>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, document, saved_by, saved_on, saved_at FROM "
                                 "workspace WHERE id = ?"));
    query.addBindValue(workspaceRow);
    if (!query.exec())
        return R::failure(sqlError(query));
    if (!query.next())
        return R(std::nullopt);
    StoredWorkspace stored;
    stored.version = query.value(0).toLongLong();
    stored.document = query.value(1).toString().toUtf8();
    stored.savedBy = query.value(2).toString();
    stored.savedOn = query.value(3).toString();
    stored.savedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    return R(stored);
}

Result<qint64> WorkspaceRepository::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version FROM workspace WHERE id = ?"));
    query.addBindValue(workspaceRow);
    if (!query.exec())
        return Result<qint64>::failure(sqlError(query));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<StoredWorkspace> WorkspaceRepository::save(const QSqlDatabase &db, const WorkspaceSave &save)
{
    using R = Result<StoredWorkspace>;
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return R::failure(sqlError(connection.lastError()));
    const auto fail = [&connection](const Error &error) {
        connection.rollback();
        return R::failure(error);
    };
    const QString now = NodeRepository::nowSql(db);
    QSqlQuery write(db);
    if (save.basedOn == 0) {
        write.prepare(QStringLiteral("INSERT INTO workspace (id, version, document, saved_by, "
                                     "saved_on, saved_at) VALUES (?, 1, ?, ?, ?, %1) ON CONFLICT "
                                     "(id) DO NOTHING")
                          .arg(now));
        write.addBindValue(workspaceRow);
    } else {
        // Compared and written in one statement: of two saves based on the same version, the
        // second finds the row changed (PostgreSQL re-checks the WHERE after waiting for the
        // first's lock), so exactly one wins.
        write.prepare(QStringLiteral("UPDATE workspace SET version = version + 1, document = ?, "
                                     "saved_by = ?, saved_on = ?, saved_at = %1 WHERE id = ? AND "
                                     "version = ?")
                          .arg(now));
    }
    write.addBindValue(QString::fromUtf8(save.document));
    write.addBindValue(save.by);
    write.addBindValue(save.on);
    if (save.basedOn != 0) {
        write.addBindValue(workspaceRow);
        write.addBindValue(save.basedOn);
    }
    if (!write.exec())
        return fail(Error::fromText(sqlError(write)));
    const bool written = write.numRowsAffected() == 1;
    write.finish();

    auto stored = load(db);
    if (!stored)
        return fail(Error::fromText(stored.error()));
    if (!stored.value())
        return fail(Error::fromText(tr("the workspace row vanished while it was saved")));
    if (!written) {
        return fail(
            Error(Error::Kind::Stale, ErrorPlace(), staleWords(*stored.value(), save.basedOn)));
    }
    if (isPostgresql(db)) {
        StoreNotification notification;
        notification.channel = StoreNotification::Channel::Workspace;
        notification.node = save.node;
        notification.kind = StoreNotification::workspaceSaved();
        notification.ids = {QString::number(stored.value()->version)};
        if (auto notified = PostgresqlNotifier::notify(db, notification); !notified)
            return fail(Error::fromText(notified.error()));
    }
    if (!connection.commit())
        return fail(Error::fromText(sqlError(connection.lastError())));
    return *stored.value();
}

QString WorkspaceRepository::staleWords(const StoredWorkspace &current, qint64 basedOn)
{
    const QString at = current.savedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
    if (basedOn == 0)
        return tr("the workspace was first saved by %1 on %2 at %3 (version %4) while this one "
                  "was being made: nothing was saved; load the stored one and make the change "
                  "again")
            .arg(current.savedBy, current.savedOn, at)
            .arg(current.version);
    return tr("the workspace was saved by %1 on %2 at %3 (version %4) after this one was loaded "
              "(version %5): nothing was saved; load the current one and make the change again")
        .arg(current.savedBy, current.savedOn, at)
        .arg(current.version)
        .arg(basedOn);
}

} // namespace OtBridge
