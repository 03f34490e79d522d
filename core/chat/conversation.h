#pragma once

#include "messageenums.h"

#include <QList>
#include <QString>

namespace inkchat::chat {

struct ChatMessage
{
    Role role = Role::User;
    QString text;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/// What a provider needs to build a request: the system prompt and the
/// turns so far, oldest first.
struct Conversation
{
    QString systemPrompt;
    QList<ChatMessage> messages;
};

} // namespace inkchat::chat
