#pragma once

#include "chat/records.h"
#include "util/error.h"

#include <optional>

namespace inkchat::exporting {

/// Where a streaming importer puts what it reads, as it reads it: the
/// store, or a list (tests). Calls come in order: beginConversation(), its
/// messages oldest first, endConversation(), then the next conversation.
/// Row ids are 0; uuids carry the identity. An error ends the import.
///
/// A conversation with branches (versions of a turn) names its active leaf
/// before its messages and each message's parent, parents before children;
/// in one without (no activeLeafUuid) each message follows the one before.
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual std::optional<Error> beginConversation() = 0;
    /// `readSoFar` holds the conversation's fields read before the message
    /// (a file may put some after its messages).
    virtual std::optional<Error> addMessage(const chat::ConversationRecord &readSoFar,
                                            chat::MessageRecord message) = 0;
    /// The conversation with all its fields.
    virtual std::optional<Error> endConversation(const chat::ConversationRecord &conversation) = 0;
};

} // namespace inkchat::exporting
