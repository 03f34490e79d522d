#pragma once

#include "util/error.h"

#include <QList>

#include <optional>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::exporting {

class TranscriptWriter;

/// Writes the stored conversations `ids`, in that order, through `writer`
/// and finishes it. Messages are read from the store one row at a time
/// (ConversationStore::forEachMessage) and handed on at once, so an export
/// of any length holds one message, never a conversation's list.
///
/// Every id is looked up before anything is written: an id that is not
/// stored (kind Usage) or a store failure returns the error without
/// calling finish(), so destroying the writer leaves no output file. The
/// store must be opened in the calling thread.
std::optional<Error> exportConversations(const store::ConversationStore &store, const QList<qint64> &ids,
                                         TranscriptWriter &writer);

} // namespace inkchat::exporting
