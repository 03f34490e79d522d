#pragma once

#include "attachment.h"
#include "messageenums.h"
#include "replyparameters.h"

#include <QList>
#include <QString>

namespace inkchat::chat {

struct ChatMessage
{
    Role role = Role::User;
    QString text;
    /// Images sent with a user turn, in the order they were attached.
    Attachments attachments = {};

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

/// Whether any turn of `conversation` carries images.
inline bool hasImages(const Conversation &conversation)
{
    for (const ChatMessage &turn : conversation.messages) {
        if (!turn.attachments.isEmpty())
            return true;
    }
    return false;
}

} // namespace inkchat::chat
