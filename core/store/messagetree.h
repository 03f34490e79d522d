#pragma once

#include "util/result.h"

#include <optional>

class QSqlDatabase;

namespace inkchat::store {

/// A conversation is a tree of messages (schema::version5()): each message
/// has a parent, messages with the same parent are versions of one turn,
/// and the conversation shows the branch that ends at its active leaf.
/// These read and move that leaf; ConversationStore and ImportTransaction
/// call them inside their own transactions.

/// The conversation's active leaf; 0 for none. Kind Usage if there is no
/// such conversation.
Result<qint64> activeLeaf(QSqlDatabase &db, qint64 conversationId);
/// The parent of a message of the conversation; 0 for none (a first message).
Result<qint64> parentOf(QSqlDatabase &db, qint64 conversationId, qint64 messageId);
/// The conversation shows the branch that ends at `messageId` (0: none).
std::optional<Error> setActiveLeaf(QSqlDatabase &db, qint64 conversationId, qint64 messageId);
/// Shows `version` (from 1, oldest first) of the turn of message
/// `messageId`, continued below it through the newest version of each turn.
std::optional<Error> showVersionOfTurn(QSqlDatabase &db, qint64 messageId, int version);

} // namespace inkchat::store
