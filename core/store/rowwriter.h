#pragma once

#include "chat/records.h"
#include "util/result.h"

class QSqlDatabase;

namespace inkchat::store {

/// Inserts `conversation` as given (uuid and times must be set); returns
/// the new row id. Shared by creating and importing.
Result<qint64> insertConversation(QSqlDatabase &db, const chat::ConversationRecord &conversation);

/// Inserts `message` as given (uuid and times must be set) after the last
/// message of the conversation; returns the new row id.
Result<qint64> insertMessage(QSqlDatabase &db, qint64 conversationId,
                             const chat::MessageRecord &message);

} // namespace inkchat::store
