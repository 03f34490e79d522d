#pragma once

#include "conversation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace inkchat::chat {

/// Where a stored message stands. A reply is `Streaming` while it arrives;
/// if the app dies then, the next start finds it so and marks it
/// `Interrupted`, which offers Continue.
enum class MessageStatus {
    Complete,
    Streaming,
    Interrupted,
    Error,   ///< ended by an error; MessageRecord::errorText says which
    Pending, ///< a user message written while offline, not yet sent
};

/// Tokens the provider reported for one reply; -1 when it did not say.
struct TokenUsage
{
    int inputTokens = -1;
    int outputTokens = -1;

    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

/// One message as the store keeps it and every export writes it.
struct MessageRecord
{
    qint64 id = 0;       ///< the store's row id; 0 before it is stored
    QString uuid;        ///< stable identity across export and import
    Role role = Role::User;
    QString text;
    QString provider;    ///< provider id, e.g. "openai-chat"
    QString model;
    QString endpoint;    ///< the endpoint's name (never its key)
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC; the last checkpoint of a streaming reply
    TokenUsage usage;
    MessageStatus status = MessageStatus::Complete;
    QString errorText;
    /// Offsets into `text` (UTF-16 code units) where a continuation began:
    /// the text before the seam came from one request, after it from the next.
    QList<int> seams;

    friend bool operator==(const MessageRecord &, const MessageRecord &) = default;
};

/// A conversation without its messages: what lists, search results and
/// exports' headers need.
struct ConversationRecord
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString systemPrompt;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC; the last message's time

    friend bool operator==(const ConversationRecord &, const ConversationRecord &) = default;
};

/// Stable lower-case names, used in the database, JSON and exports.
QString statusName(MessageStatus status);
std::optional<MessageStatus> statusFromName(QStringView name);
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

} // namespace inkchat::chat
