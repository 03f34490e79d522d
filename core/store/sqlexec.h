#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace inkchat::store {

/// An Error for a failed statement: `what` says in plain words what the store
/// was doing ("Could not rename the conversation"), the SQL error text says
/// why (for logs; the front ends say the Code and SQLite's words). A busy or
/// locked database is retryable: another Inkchat process held the write lock
/// longer than the busy timeout.
Error sqlError(const QString &what, const QSqlError &error);

/// Runs one statement without bound values (Qt's SQLite driver runs only the
/// first statement of a string, so schema steps come one by one).
std::optional<Error> execStatement(QSqlDatabase &db, const QString &sql, const QString &what);

/// Runs a prepared query with its bound values.
std::optional<Error> execPrepared(QSqlQuery &query, const QString &what);

/// Prepares `sql` on `query`, so values can be bound before execPrepared().
std::optional<Error> prepare(QSqlQuery &query, const QString &sql, const QString &what);

} // namespace inkchat::store
