#pragma once

#include "snippet.h"

#include "chat/records.h"

#include <QString>

#include <chrono>

namespace inkchat::store {

/// How ConversationStore::open() sets up its connection.
struct StoreOptions
{
    /// How long a statement waits for another connection's write lock (the
    /// GUI and the CLI share one file) before it fails as "database is locked".
    std::chrono::milliseconds busyTimeout{5000};
};

/// Which messages of a conversation a read returns.
enum class MessageScope {
    ActiveBranch, ///< the branch the conversation shows, one version of each turn
    AllVersions,  ///< every message, in the order they were stored (a JSON export)
};

/// One message that matched a search, with what a result list shows.
struct SearchHit
{
    qint64 conversationId = 0;
    QString conversationTitle;
    qint64 messageId = 0;
    chat::Role role = chat::Role::User;
    /// A few words around the first match, with every match marked.
    Snippet snippet;

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

/// A user message written while offline, and where it belongs.
struct PendingMessage
{
    qint64 conversationId = 0;
    chat::MessageRecord message;

    friend bool operator==(const PendingMessage &, const PendingMessage &) = default;
};

/// What importConversation() did with one conversation.
struct ImportOutcome
{
    /// The stored conversation: the new one, or the one already stored with
    /// the same uuid.
    qint64 conversationId = 0;
    /// True when a conversation with that uuid was stored before, so nothing
    /// was written: importing a file twice never duplicates.
    bool alreadyStored = false;
    int importedMessages = 0;
};

} // namespace inkchat::store
