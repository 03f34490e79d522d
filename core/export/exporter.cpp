#include "exporter.h"

#include "transcriptwriter.h"

#include "store/conversationstore.h"

namespace inkchat::exporting {

std::optional<Error> exportConversations(const store::ConversationStore &store, const QList<qint64> &ids,
                                         TranscriptWriter &writer)
{
    // Headers are small; reading them all first means a wrong id is found
    // before the writer has produced a single byte.
    QList<chat::ConversationRecord> conversations;
    conversations.reserve(ids.size());
    for (const qint64 id : ids) {
        auto conversation = store.conversation(id);
        if (!conversation)
            return conversation.error();
        conversations.append(std::move(conversation).value());
    }

    const store::MessageScope scope = writer.writesEveryVersion() ? store::MessageScope::AllVersions
                                                                  : store::MessageScope::ActiveBranch;
    for (const chat::ConversationRecord &conversation : std::as_const(conversations)) {
        writer.beginConversation(conversation);
        const std::optional<Error> readError = store.forEachMessage(
            conversation.id,
            [&writer](const chat::MessageRecord &message) {
                writer.writeMessage(message);
                return true;
            },
            scope);
        // Not finished: the writer then discards what it has written.
        if (readError)
            return readError;
        writer.endConversation();
    }
    return writer.finish();
}

} // namespace inkchat::exporting
