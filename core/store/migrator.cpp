#include "migrator.h"

#include "schema.h"
#include "sqlexec.h"
#include "storelog.h"
#include "writetransaction.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sqlError(u"Could not read the database's schema version"_s, query.lastError());
    return query.value(0).toInt();
}

std::optional<Error> refuseNewerSchema(int version, const QString &path)
{
    if (version <= schema::kCurrentVersion)
        return std::nullopt;
    const QString file = QDir::toNativeSeparators(path);
    return Error::coded(Error::Kind::Unavailable, Error::Code::StoreFromNewerVersion, file,
                        u"The conversation database %1 was written by a newer Inkchat "
                        "(schema version %2; this version knows up to %3). "
                        "Update Inkchat to open it; the file was left unchanged."_s.arg(file)
                            .arg(version)
                            .arg(schema::kCurrentVersion));
}

std::optional<Error> migrate(QSqlDatabase &db, const QString &path)
{
    // Read without the write lock first: opening an up-to-date file, the
    // common case, then never waits for another process's writes.
    const Result<int> found = userVersion(db);
    if (!found)
        return found.error();
    for (const schema::Migration &step : schema::migrations()) {
        if (*found >= step.version)
            continue;
        const QString what = u"Could not upgrade the conversation database to version %1"_s.arg(step.version);
        WriteTransaction transaction(db);
        if (auto error = transaction.begin(what))
            return error;
        const Result<int> version = userVersion(db);
        if (!version)
            return version.error();
        if (auto error = refuseNewerSchema(*version, path))
            return error;
        if (*version >= step.version)
            continue; // done before, by us or by another process
        for (const QString &statement : step.statements) {
            if (auto error = execStatement(db, statement, what))
                return error;
        }
        // PRAGMA takes no bound values; the number is ours, not user input.
        if (auto error = execStatement(db, u"PRAGMA user_version = %1"_s.arg(step.version), what))
            return error;
        if (auto error = transaction.commit(what))
            return error;
        // Creating a new file is no news; upgrading a user's file is.
        if (*found > 0)
            qCInfo(lcStore) << "migrated" << path << "to schema version" << step.version;
    }
    return std::nullopt;
}

} // namespace inkchat::store
