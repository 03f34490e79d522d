#pragma once

#include "chat/records.h"
#include "util/result.h"

#include <QDateTime>

#include <optional>

class QSqlDatabase;

namespace inkchat::store {

/// Inserts `conversation` as given (uuid and times must be set); returns
/// the new row id. Shared by creating and importing.
Result<qint64> insertConversation(QSqlDatabase &db, const chat::ConversationRecord &conversation);

/// Inserts `message` as given (uuid and times must be set) after the last
/// message of the conversation, as a child of `parentId` (0: none, a first
/// message); returns the new row id. Its images are stored with it, in the
/// caller's transaction (kind LimitExceeded for an image above the limit).
/// The conversation's active leaf is not changed (see messagetree.h).
Result<qint64> insertMessage(QSqlDatabase &db, qint64 conversationId, const chat::MessageRecord &message,
                             qint64 parentId);

/// Appends `text` to the streaming message `messageId` as a new chunk
/// written at `writtenAt`. Kind Usage if the message is not streaming.
std::optional<Error> appendMessageChunk(QSqlDatabase &db, qint64 messageId, const QString &text,
                                        const QDateTime &writtenAt);

/// Makes `text` the whole text of message `messageId` (its chunks
/// removed) in one transaction; updated_at becomes `now`. Kind Usage if the
/// message has chunks and is not streaming (its indexed text is kept).
std::optional<Error> replaceMessageText(QSqlDatabase &db, qint64 messageId, const QString &text,
                                        const QDateTime &now);

} // namespace inkchat::store
