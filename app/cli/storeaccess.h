#pragma once

#include "util/result.h"

#include <memory>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::cli {

/// Opens the conversation store the app uses too
/// (ConversationStore::defaultPath()) for a command of inkchat-cli, and first
/// marks the replies a killed or crashed writer left streaming as
/// interrupted (saying so on stderr), so every command sees them as they
/// are. Errors name the database file.
Result<std::unique_ptr<store::ConversationStore>> openConversationStore();

} // namespace inkchat::cli
