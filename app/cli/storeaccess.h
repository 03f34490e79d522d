#pragma once

#include "util/result.h"

#include <memory>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::cli {

/// What a command does with the conversation store.
enum class StoreUse {
    /// list, search, export: writes nothing, so they work on a read-only
    /// or full disk. A reply a killed or crashed writer left streaming
    /// reads as interrupted all the same (see ConversationStore::message()).
    Read,
    /// chat, import: fails if the store can only be read; first marks the
    /// replies a killed or crashed writer left streaming as interrupted for
    /// good (saying so on stderr), which also makes their text searchable.
    /// A full disk shows in the command's own first write.
    Write,
};

/// Opens the conversation store the app uses too
/// (ConversationStore::defaultPath()) for a command of inkchat-cli. Errors
/// name the database file.
Result<std::unique_ptr<store::ConversationStore>> openConversationStore(StoreUse use);

} // namespace inkchat::cli
