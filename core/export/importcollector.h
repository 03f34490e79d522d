#pragma once

#include "importedconversation.h"
#include "importsink.h"

#include <QList>

namespace inkchat::exporting {

/// An ImportSink that keeps everything in a list: for tests, fuzzers and
/// small files; the store imports without holding the file
/// (ConversationImporter).
class ImportCollector : public ImportSink
{
public:
    std::optional<Error> beginConversation() override;
    std::optional<Error> addMessage(const chat::ConversationRecord &readSoFar,
                                    chat::MessageRecord message) override;
    std::optional<Error> endConversation(const chat::ConversationRecord &conversation) override;

    QList<ImportedConversation> takeConversations() { return std::move(m_conversations); }

private:
    QList<ImportedConversation> m_conversations;
};

} // namespace inkchat::exporting
