#pragma once

#include "chat/conversation.h"
#include "util/result.h"

#include <QByteArray>

namespace inkchat::relay {

/// A request for a reply as clients send it, the widespread
/// `{"messages": [{"role", "content"}]}` (a "system" message is the system
/// prompt), and as the relay stores it to ask again after a restart.
/// Errors (kind Usage) say what is wrong with the body.
Result<chat::Conversation> conversationFromJson(const QByteArray &json);
QByteArray conversationToJson(const chat::Conversation &conversation);

} // namespace inkchat::relay
