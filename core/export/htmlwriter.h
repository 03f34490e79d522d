#pragma once

#include "filetranscriptwriter.h"

namespace inkchat::exporting {

/// Writes conversations as one self-contained HTML5 file: inline CSS, no
/// external resource, and a Content-Security-Policy that forbids scripts and
/// every remote load, so opening an export can neither run code nor reveal
/// that it was opened. Images attached to messages are embedded as data:
/// URLs (the only images the policy allows). Messages are rendered with
/// markdownToXhtml(); titles and metadata are escaped. It carries the same headings and markers as
/// the Markdown export, and the file is well-formed XML as well.
class HtmlWriter final : public FileTranscriptWriter
{
public:
    explicit HtmlWriter(const QString &path);

private:
    void onBeginConversation(const chat::ConversationRecord &conversation) override;
    void onMessage(const chat::MessageRecord &message) override;
    void onEndConversation() override;
    void onFinish() override;

    /// The document head, written once the first title is known.
    void writeHead(const QString &title);
    void writeImages(const chat::Attachments &attachments);

    bool m_hasHead = false;
};

} // namespace inkchat::exporting
