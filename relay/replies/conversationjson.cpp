#include "conversationjson.h"

#include "provider/requestparts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

Result<chat::Conversation> conversationFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error::make(Error::Kind::Usage,
                           u"the body is not a JSON object: %1"_s.arg(parseError.errorString()));
    const QJsonValue messages = document.object().value("messages"_L1);
    if (!messages.isArray())
        return Error::make(Error::Kind::Usage, u"the body has no \"messages\" array"_s);
    chat::Conversation conversation;
    for (const QJsonValue &value : messages.toArray()) {
        const QJsonObject message = value.toObject();
        const QString role = message.value("role"_L1).toString();
        const QJsonValue content = message.value("content"_L1);
        if (!content.isString())
            return Error::make(Error::Kind::Usage, u"a message's \"content\" is not a string"_s);
        if (role == "system"_L1)
            conversation.systemPrompt = content.toString();
        else if (role == "user"_L1)
            conversation.messages.append({chat::Role::User, content.toString()});
        else if (role == "assistant"_L1)
            conversation.messages.append({chat::Role::Assistant, content.toString()});
        else
            return Error::make(Error::Kind::Usage, u"unknown role \"%1\""_s.arg(role.left(40)));
    }
    if (conversation.messages.isEmpty() || conversation.messages.constLast().role != chat::Role::User)
        return Error::make(Error::Kind::Usage, u"the last message must be the user's"_s);
    return conversation;
}

QByteArray conversationToJson(const chat::Conversation &conversation)
{
    const QJsonObject body{
        {u"messages"_s, provider::roleContentMessages(conversation, provider::SystemPrompt::InMessages)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace inkchat::relay
