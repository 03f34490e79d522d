#pragma once

#include "chat/records.h"
#include "storerecords.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

class QSqlDatabase;

namespace inkchat::store {

/// Stores an imported conversation unless its uuid is stored already. See
/// ConversationStore::importConversation(); `now` fills missing times.
Result<ImportOutcome> importConversation(QSqlDatabase &db, chat::ConversationRecord conversation,
                                         const QList<chat::MessageRecord> &messages,
                                         const QDateTime &now);

} // namespace inkchat::store
