#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// SQLite's primary result codes; the driver reports the extended code, whose
// low byte is the primary one (SQLITE_BUSY_SNAPSHOT is 517 = 5 + 2 * 256).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

/// The causes a user can act on (free space, a writable place) are named.
Error::Code codeOf(int primary)
{
    switch (primary) {
    case kSqliteFull:
        return Error::Code::StoreFull;
    case kSqliteReadOnly:
        return Error::Code::StoreReadOnly;
    default:
        return Error::Code::StoreFailed;
    }
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    QString reason = error.text().trimmed();
    if (reason.isEmpty())
        reason = u"unknown database error"_s;
    const int primary = primaryCode(error);
    const bool isBusy = primary == kSqliteBusy || primary == kSqliteLocked;
    return Error::coded(Error::Kind::Unavailable, codeOf(primary), {}, what + u": "_s + reason, isBusy)
        .with({}, reason);
}

std::optional<Error> execStatement(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(what, query.lastError());
    return std::nullopt;
}

std::optional<Error> execPrepared(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(what, query.lastError());
    return std::nullopt;
}

std::optional<Error> prepare(QSqlQuery &query, const QString &sql, const QString &what)
{
    if (!query.prepare(sql))
        return sqlError(what, query.lastError());
    return std::nullopt;
}

} // namespace inkchat::store
