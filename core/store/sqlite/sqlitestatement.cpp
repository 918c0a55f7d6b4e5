// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/sqlitestatement.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace OtBridge {

namespace {

// As Qt's SQLite driver decides it (QSqlResultPrivate::isVariantNull): a null QString or
// QByteArray is SQL NULL, as are the invalid times.
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // A Qt built with its own copy of SQLite hands out a handle of that copy, which this
    // program's library must not be called on: the same build on both sides, or Qt SQL.
    QSqlQuery sourceId(db);
    if (!sourceId.exec(QStringLiteral("SELECT sqlite_source_id()")) || !sourceId.next()
        || sourceId.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    using Prepared = Result<std::unique_ptr<SqliteStatement>>;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int status = sqlite3_prepare_v3(db, text.constData(), int(text.size()),
                                          SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (status != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Prepared::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    if (!statement) // only white space or a comment
        return Prepared::failure(QStringLiteral("no statement in '%1'").arg(sql));
    return Prepared(std::unique_ptr<SqliteStatement>(new SqliteStatement(db, statement)));
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<void> SqliteStatement::exec(const QVariantList &values)
{
    sqlite3_reset(m_statement);
    m_position = Position::Done;
    if (values.size() != sqlite3_bind_parameter_count(m_statement))
        return Result<void>::failure(QStringLiteral("Parameter count mismatch"));
    QByteArrayList bound;
    // Text in the database's own encoding, so that SQLite has nothing to convert.
    const auto bindText = [this, &bound](int index, QByteArray text) {
        bound.append(std::move(text));
        return sqlite3_bind_text64(m_statement, index, bound.constLast().constData(),
                                   sqlite3_uint64(bound.constLast().size()), SQLITE_STATIC,
                                   SQLITE_UTF8);
    };
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int status = SQLITE_OK;
        if (isSqlNull(value)) {
            status = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                status = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                status = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                bound.append(value.toByteArray());
                const QByteArray &blob = bound.constLast();
                status = sqlite3_bind_blob64(m_statement, index, blob.constData(),
                                             sqlite3_uint64(blob.size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::QDateTime:
                status = bindText(index, value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
                break;
            default: // text, and whatever else converts to it
                status = bindText(index, value.toString().toUtf8());
                break;
            }
        }
        if (status != SQLITE_OK)
            return Result<void>::failure(error());
    }
    // What the statement still points at from the last run goes only now, once it points at
    // the new values (QByteArrayList keeps each array's data where it is).
    m_bound.swap(bound);

    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_position = Position::BeforeFirst;
        return {};
    case SQLITE_DONE:
        return {};
    default: {
        const QString why = error();
        sqlite3_reset(m_statement);
        return Result<void>::failure(why);
    }
    }
}

bool SqliteStatement::next()
{
    switch (m_position) {
    case Position::BeforeFirst:
        m_position = Position::OnRow;
        return true;
    case Position::OnRow:
        if (sqlite3_step(m_statement) == SQLITE_ROW)
            return true;
        m_position = Position::Done;
        return false;
    case Position::Done:
        break;
    }
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    if (m_position != Position::OnRow)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(blob, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return {};
    }
}

int SqliteStatement::numRowsAffected() const
{
    return sqlite3_changes(m_db);
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    m_position = Position::Done;
}

} // namespace OtBridge
