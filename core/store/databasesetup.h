#pragma once

#include "storerecords.h"
#include "util/result.h"

#include <QString>

class QSqlDatabase;

namespace inkchat::store {

/// Whether an opened database takes writes.
enum class DatabaseAccess { ReadWrite, ReadOnly };

/// Opens `db` (a QSQLITE connection not yet opened) on `path` and makes it
/// ready: creates the folder and, for a new file, the file itself, readable
/// by its owner only; sets the busy timeout, refuses a file that is not a
/// SQLite database or comes from a newer Inkchat (both left as they were),
/// then turns on WAL (readers and one writer in different processes do not
/// block each other), foreign keys (deleting a conversation deletes its
/// messages) and synchronous=NORMAL (durable at each WAL checkpoint, and
/// never corrupt), and migrates the schema to the current version.
///
/// A store on a read-only filesystem or folder, or on a full disk, can
/// still be read: if SQLite cannot make the files WAL needs beside the
/// database, and no write-ahead log holds data, the file is opened read-only
/// as it is (ReadOnly); every write then fails with a clear error.
Result<DatabaseAccess> setUpDatabase(QSqlDatabase &db, const QString &path, const StoreOptions &options);

} // namespace inkchat::store
