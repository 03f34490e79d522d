#pragma once

#include "filetranscriptwriter.h"

namespace inkchat::exporting {

/// Writes conversations as plain text with the same information as the
/// Markdown export and no markup added: the title and times, a bracketed
/// "[Assistant · model · time]" line before each message, the text as it
/// is, a "— continued —" line at each seam, and bracketed status and token
/// lines. Brackets mark everything that is not message text.
class TextWriter final : public FileTranscriptWriter
{
public:
    explicit TextWriter(const QString &path);

private:
    void onBeginConversation(const chat::ConversationRecord &conversation) override;
    void onMessage(const chat::MessageRecord &message) override;
    void onEndConversation() override;

    bool m_hasConversation = false;
};

} // namespace inkchat::exporting
