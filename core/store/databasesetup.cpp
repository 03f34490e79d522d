#include "databasesetup.h"

#include "conversationstore.h"

#include "migrator.h"
#include "sqlexec.h"
#include "storelog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// SQLite's primary result codes for a file that is not (or no longer) a
// database.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

bool isDamagedFile(const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == kSqliteCorrupt || primary == kSqliteNotADatabase;
}

// The first read of the file: it tells a foreign or damaged file apart
// before anything is written to it.
Result<int> readSchemaVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    const QSqlError error = query.lastError();
    if (isDamagedFile(error)) {
        return Error::make(Error::Kind::Unavailable,
                           u"%1 is not an Inkchat conversation database, or it is damaged; "
                           "it was left unchanged (%2)."_s
                               .arg(QDir::toNativeSeparators(path), error.text().trimmed()));
    }
    return sqlError(u"Could not read the conversation database %1"_s.arg(QDir::toNativeSeparators(path)), error);
}

std::optional<Error> enableWriteAheadLog(QSqlDatabase &db)
{
    const QString what = u"Could not switch the conversation database to WAL mode"_s;
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return sqlError(what, query.lastError());
    const QString mode = query.value(0).toString();
    // An in-memory database answers "memory"; it has no other readers anyway.
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0 && mode.compare(u"memory"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode is" << mode << "instead of WAL";
    return std::nullopt;
}

} // namespace

std::optional<Error> setUpDatabase(QSqlDatabase &db, const QString &path,
                                   const StoreOptions &options)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (path != ConversationStore::kInMemory && !QDir().mkpath(folder)) {
        return Error::make(Error::Kind::Unavailable,
                           u"Could not create the folder %1 for the conversation database."_s
                               .arg(QDir::toNativeSeparators(folder)));
    }
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(u"Could not open the conversation database %1"_s.arg(QDir::toNativeSeparators(path)), db.lastError());

    // First, so every later statement (even the first read) waits for a
    // writer in another process instead of failing at once.
    if (auto error = execStatement(db, u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeout.count()),
                                   u"Could not set the database's busy timeout"_s))
        return error;
    const Result<int> version = readSchemaVersion(db, path);
    if (!version)
        return version.error();
    if (auto error = refuseNewerSchema(*version, path))
        return error;

    if (auto error = enableWriteAheadLog(db))
        return error;
    if (auto error = execStatement(db, u"PRAGMA foreign_keys = ON"_s,
                                   u"Could not enable foreign keys"_s))
        return error;
    if (auto error = execStatement(db, u"PRAGMA synchronous = NORMAL"_s,
                                   u"Could not set the database's synchronous mode"_s))
        return error;
    return migrate(db, path);
}

} // namespace inkchat::store
