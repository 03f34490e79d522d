#pragma once

#include "storerecords.h"
#include "util/result.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace inkchat::store {

/// Full-text search over message text through the FTS5 index (schema v2),
/// best matches first. See ConversationStore::search().
Result<QList<SearchHit>> searchMessages(QSqlDatabase &db, const QString &text, int limit,
                                        const QString &matchStart, const QString &matchEnd);

} // namespace inkchat::store
