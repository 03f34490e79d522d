#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

class QSqlDatabase;

namespace inkchat::store {

/// The schema version stored in the file (PRAGMA user_version); 0 for a new
/// file. Reading it is also the first read of the file, so a file that is not
/// a SQLite database fails here.
Result<int> userVersion(QSqlDatabase &db);

/// An Error if the file was written by a newer Inkchat than this one, so it
/// can be refused before anything (even the journal mode) is changed.
std::optional<Error> refuseNewerSchema(int version, const QString &path);

/// Brings the database to schema::kCurrentVersion. Each step runs in its own
/// write transaction and re-reads the version inside it, so two processes
/// that open a new file at once (GUI and CLI) do not both run a step; a
/// failed step leaves the file at the last complete version.
std::optional<Error> migrate(QSqlDatabase &db, const QString &path);

} // namespace inkchat::store
