#include "importcollector.h"

namespace inkchat::exporting {

std::optional<Error> ImportCollector::beginConversation()
{
    m_conversations.append(ImportedConversation());
    return std::nullopt;
}

std::optional<Error> ImportCollector::addMessage(const chat::ConversationRecord &,
                                                 chat::MessageRecord message)
{
    m_conversations.last().messages.append(std::move(message));
    return std::nullopt;
}

std::optional<Error> ImportCollector::endConversation(const chat::ConversationRecord &conversation)
{
    m_conversations.last().conversation = conversation;
    return std::nullopt;
}

} // namespace inkchat::exporting
