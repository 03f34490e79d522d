#include "databasesetup.h"

#include "conversationstore.h"

#include "migrator.h"
#include "schema.h"
#include "sqlexec.h"
#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

// SQLite's primary result codes.
constexpr int kSqlitePermission = 3;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCannotOpen = 14;
constexpr int kSqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isDamagedFile(const QSqlError &error)
{
    const int primary = primaryCode(error);
    return primary == kSqliteCorrupt || primary == kSqliteNotADatabase;
}

// What SQLite answers when it cannot create or grow the -shm and -wal files
// beside the database: a read-only filesystem or folder, a full disk.
bool isUnwritablePlace(const QSqlError &error)
{
    const int primary = primaryCode(error);
    return primary == kSqlitePermission || primary == kSqliteReadOnly || primary == kSqliteIoError
           || primary == kSqliteFull || primary == kSqliteCannotOpen;
}

// The folder holds the conversations and, beside them, the lock files of
// the replies being written: only its owner may look inside. Folders above
// it (~/.local/share) are shared with other programs and keep their mode.
bool makePrivateFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return true;
    const QString parent = QFileInfo(folder).absolutePath();
    if (QDir().mkpath(parent)
        && QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return true;
    // Another process (the app and inkchat-cli starting together) may have
    // made it since we looked: two CLI tests running at once failed here.
    return QFileInfo(folder).isDir();
}

// SQLite gives the -wal and -shm files the database file's mode; made by
// SQLite, all three would be readable by every user (0644).
void createPrivateFile(const QString &path)
{
    if (path == ConversationStore::kInMemory || QFileInfo::exists(path))
        return;
    QFile file(path);
    // A failure is SQLite's to report, with its reason, when it opens the file.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        file.close();
}

// No write-ahead log, or an empty one: the database file alone holds every
// committed write, so reading it as an immutable file misses nothing.
bool hasNoLoggedWrites(const QString &path)
{
    const QFileInfo log(path + u"-wal"_s);
    return !log.exists() || log.size() == 0;
}

// The file as it is, read-only, without the -shm file WAL mode needs for
// locking: right for a file nobody can change (SQLite's immutable=1).
bool openImmutable(QSqlDatabase &db, const QString &path)
{
    db.close();
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                       + u"?immutable=1"_s);
    return db.open();
}

/// The schema version, or why it could not be read.
struct FirstRead
{
    std::optional<int> version;
    QSqlError error;
};

// The first read of the file: it tells a foreign or damaged file, or one
// that cannot be read where it is, apart before anything is written to it.
FirstRead readSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return {query.value(0).toInt(), {}};
    return {std::nullopt, query.lastError()};
}

Error firstReadError(const QSqlError &error, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (isDamagedFile(error)) {
        return Error::coded(Error::Kind::Unavailable, Error::Code::StoreNotADatabase, file,
                            u"%1 is not an Inkchat conversation database, or it is damaged; "
                            "it was left unchanged (%2)."_s.arg(file, error.text().trimmed()));
    }
    // "<file>: <SQLite's words>": the front ends say what could not be done.
    Error unreadable = sqlError(file, error);
    unreadable.code = Error::Code::StoreUnreadable;
    unreadable.subject = file;
    return unreadable;
}

std::optional<Error> refuseOlderSchema(int version, const QString &path)
{
    if (version >= schema::kCurrentVersion)
        return std::nullopt;
    const QString file = QDir::toNativeSeparators(path);
    return Error::coded(Error::Kind::Unavailable, Error::Code::StoreTooOldToUpgrade, file,
                        u"The conversation database %1 was written by an older Inkchat and must be "
                        "upgraded, but it cannot be written (a read-only or full disk); it was left "
                        "unchanged."_s.arg(file));
}

std::optional<Error> enableWriteAheadLog(QSqlDatabase &db)
{
    const QString what = u"Could not switch the conversation database to WAL mode"_s;
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return sqlError(what, query.lastError());
    const QString mode = query.value(0).toString();
    // An in-memory database answers "memory"; it has no other readers anyway.
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0
        && mode.compare(u"memory"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode is" << mode << "instead of WAL";
    return std::nullopt;
}

} // namespace

Result<DatabaseAccess> setUpDatabase(QSqlDatabase &db, const QString &path, const StoreOptions &options)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (path != ConversationStore::kInMemory && !makePrivateFolder(folder)) {
        const QString nativeFolder = QDir::toNativeSeparators(folder);
        return Error::coded(
            Error::Kind::Unavailable, Error::Code::StoreFolderNotCreatable, nativeFolder,
            u"Could not create the folder %1 for the conversation database."_s.arg(nativeFolder));
    }
    createPrivateFile(path);
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(u"Could not open the conversation database %1"_s.arg(QDir::toNativeSeparators(path)),
                        db.lastError());

    // First, so every later statement (even the first read) waits for a
    // writer in another process instead of failing at once.
    if (auto error = execStatement(db, u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeout.count()),
                                   u"Could not set the database's busy timeout"_s))
        return *error;
    DatabaseAccess access = DatabaseAccess::ReadWrite;
    FirstRead first = readSchemaVersion(db);
    if (!first.version && path != ConversationStore::kInMemory && isUnwritablePlace(first.error)
        && hasNoLoggedWrites(path) && openImmutable(db, path)) {
        access = DatabaseAccess::ReadOnly;
        first = readSchemaVersion(db);
    }
    if (!first.version)
        return firstReadError(first.error, path);
    if (auto error = refuseNewerSchema(*first.version, path))
        return *error;
    if (access == DatabaseAccess::ReadOnly) {
        if (auto error = refuseOlderSchema(*first.version, path))
            return *error;
        return access;
    }

    if (auto error = enableWriteAheadLog(db))
        return *error;
    if (auto error = execStatement(db, u"PRAGMA foreign_keys = ON"_s, u"Could not enable foreign keys"_s))
        return *error;
    if (auto error = execStatement(db, u"PRAGMA synchronous = NORMAL"_s,
                                   u"Could not set the database's synchronous mode"_s))
        return *error;
    if (auto error = migrate(db, path))
        return *error;
    return access;
}

} // namespace inkchat::store
