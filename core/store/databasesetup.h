#pragma once

#include "storerecords.h"
#include "util/error.h"

#include <QString>

#include <optional>

class QSqlDatabase;

namespace inkchat::store {

/// Opens `db` (a QSQLITE connection not yet opened) on `path` and makes it
/// ready: creates the folder, sets the busy timeout, refuses a file that is
/// not a SQLite database or comes from a newer Inkchat (both left as they
/// were), then turns on WAL (readers and one writer in different processes
/// do not block each other), foreign keys (deleting a conversation deletes
/// its messages) and synchronous=NORMAL (durable at each WAL checkpoint, and
/// never corrupt), and migrates the schema to the current version.
std::optional<Error> setUpDatabase(QSqlDatabase &db, const QString &path,
                                   const StoreOptions &options);

} // namespace inkchat::store
