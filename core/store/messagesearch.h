#pragma once

#include "storerecords.h"
#include "util/result.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace inkchat::store {

/// Searches message text (see ConversationStore::search()): word terms
/// through the FTS5 index (schema v2), terms in scripts written without
/// spaces as substrings (searchterms.h).
Result<QList<SearchHit>> searchMessages(QSqlDatabase &db, const QString &text, int limit);

} // namespace inkchat::store
