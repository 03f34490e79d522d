#pragma once

#include "chat/conversation.h"

#include <QJsonArray>

namespace inkchat::provider {

/// The conversation as the widespread `[{"role", "content"}]` array (Ollama,
/// the generic SSE and plain-text endpoints): the system prompt, when set,
/// first as role "system", then "user" and "assistant" turns, oldest first.
QJsonArray roleContentMessages(const chat::Conversation &conversation);

} // namespace inkchat::provider
