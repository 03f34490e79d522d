#include "messagesjson.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

QJsonObject message(const QString &role, const QString &content)
{
    return QJsonObject{{u"role"_s, role}, {u"content"_s, content}};
}

} // namespace

QJsonArray roleContentMessages(const chat::Conversation &conversation)
{
    QJsonArray messages;
    if (!conversation.systemPrompt.isEmpty())
        messages.append(message(u"system"_s, conversation.systemPrompt));
    for (const chat::ChatMessage &turn : conversation.messages) {
        const QString role = turn.role == chat::Role::User ? u"user"_s : u"assistant"_s;
        messages.append(message(role, turn.text));
    }
    return messages;
}

} // namespace inkchat::provider
