#pragma once

#include "messageenums.h"
#include "replyparameters.h"

#include <QList>
#include <QString>

namespace inkchat::chat {

struct ChatMessage
{
    Role role = Role::User;
    QString text;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/// What a provider needs to build a request: the system prompt, how the
/// reply is asked for, and the turns so far, oldest first.
struct Conversation
{
    QString systemPrompt;
    QList<ChatMessage> messages;
    ReplyParameters parameters = {};
};

} // namespace inkchat::chat
