#pragma once

#include "conversation.h"

#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace inkchat::chat {

/// Tokens the provider reported for one reply; -1 when it did not say.
struct TokenUsage
{
    int inputTokens = -1;
    int outputTokens = -1;

    /// Takes a report of the provider: a count it did not give (-1) keeps
    /// the one reported before, since providers report input and output in
    /// separate events (Anthropic: message_start, then message_delta).
    void merge(qint64 input, qint64 output);

    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

/// One message as the store keeps it and every export writes it.
struct MessageRecord
{
    qint64 id = 0; ///< the store's row id; 0 before it is stored
    QString uuid;  ///< stable identity across export and import
    Role role = Role::User;
    QString text;
    QString provider; ///< provider id, e.g. "openai-chat"
    QString model;
    QString endpoint;    ///< the endpoint's name (never its key)
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC; the last checkpoint of a streaming reply
    TokenUsage usage;
    MessageStatus status = MessageStatus::Complete;
    /// Why a reply ended early, in core's English (Error::message): what
    /// exports write, and all that imports and rows of earlier versions say.
    QString errorText;
    /// The same as core named it, for the front ends to word in their
    /// user's language; none where only errorText is known.
    std::optional<Error> error = {};
    /// Offsets into `text` (UTF-16 code units) where a continuation began:
    /// the text before the seam came from one request, after it from the next.
    QList<int> seams;
    /// The message this one follows (the question a reply answers, the
    /// reply a question comes after); empty for a conversation's first
    /// message. A conversation is a tree, like ChatGPT's export mapping:
    /// messages with the same parent are versions of one turn (a reply
    /// asked for again, a question edited and sent again).
    QString parentUuid;
    /// Which of its turn's versions this is (from 1, oldest first) and how
    /// many there are. Read from the store; never written.
    int version = 1;
    int versionCount = 1;
    /// Images sent with a user message, in the order they were attached.
    Attachments attachments = {};

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
    /// The model its replies are asked of; empty: the endpoint's own.
    QString model = {};
    ReplyParameters parameters = {};
    /// Listed above the others, whatever its last activity.
    bool pinned = false;
    /// The last message of the branch the conversation shows (see
    /// MessageRecord::parentUuid); empty when it has none.
    QString activeLeafUuid = {};

    friend bool operator==(const ConversationRecord &, const ConversationRecord &) = default;
};

/// Whether a reply ended before the provider finished it (interrupted,
/// stopped or failed): it offers Retry, and Continue when it has text.
bool isEndedEarly(MessageStatus status);

/// Stable lower-case names, used in the database, JSON and exports.
QString statusName(MessageStatus status);
std::optional<MessageStatus> statusFromName(QStringView name);
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

} // namespace inkchat::chat
