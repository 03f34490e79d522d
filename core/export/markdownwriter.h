#pragma once

#include "filetranscriptwriter.h"

namespace inkchat::exporting {

/// Writes conversations as a Markdown file that reads well as is: a
/// "# Title" and a metadata list per conversation, a "## You · time" or
/// "## Assistant · model · time" heading per message (models are known only
/// per message), the message text verbatim, and quoted markers for replies
/// that are interrupted, failed, pending or still streaming. The seams of a
/// continued reply are marked with an HTML comment (hidden when rendered).
class MarkdownWriter final : public FileTranscriptWriter
{
public:
    explicit MarkdownWriter(const QString &path);

private:
    void onBeginConversation(const chat::ConversationRecord &conversation) override;
    void onMessage(const chat::MessageRecord &message) override;
    void onEndConversation() override;

    bool m_hasConversation = false;
};

} // namespace inkchat::exporting
