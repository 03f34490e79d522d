#pragma once

#include "util/result.h"

#include <QString>

class QSqlDatabase;

namespace inkchat::store {

/// Marks Interrupted, for good, every reply still Streaming whose writer is
/// gone (see ReplyLock), in the database at `databasePath`; returns how many.
/// The status change also indexes their text for search.
Result<int> markAbandonedReplies(QSqlDatabase &db, const QString &databasePath);

} // namespace inkchat::store
