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

bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;
    return primary == kSqliteBusy || primary == kSqliteLocked;
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    QString reason = error.text().trimmed();
    if (reason.isEmpty())
        reason = u"unknown database error"_s;
    return Error::make(Error::Kind::Unavailable, what + u": "_s + reason, isBusy(error));
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
