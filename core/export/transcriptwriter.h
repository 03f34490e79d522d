#pragma once

#include "chat/records.h"
#include "util/error.h"

#include <optional>

namespace inkchat::exporting {

/// Writes conversations to one output, a message at a time, so that an
/// export of any size streams to disk: a writer keeps at most the message
/// it is given (and small per-conversation bookkeeping), never the whole
/// transcript.
///
/// Calls come in this order: for each conversation, begin, its messages
/// oldest first, end; then finish once. After the first failure the writer
/// ignores further calls and finish() returns that failure.
class TranscriptWriter
{
public:
    virtual ~TranscriptWriter() = default;

    /// Whether it writes every version of every turn (JSON, to be read back
    /// without loss), parents before children; the others write the branch
    /// each conversation shows, as a reader saw it.
    virtual bool writesEveryVersion() const { return false; }

    virtual void beginConversation(const chat::ConversationRecord &conversation) = 0;
    virtual void writeMessage(const chat::MessageRecord &message) = 0;
    virtual void endConversation() = 0;

    /// Completes the output (closes the file, writes an archive's index).
    /// Returns the first error, if any; the output is then incomplete.
    virtual std::optional<Error> finish() = 0;
};

} // namespace inkchat::exporting
