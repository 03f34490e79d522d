#pragma once

#include "filetranscriptwriter.h"

#include <QDateTime>

namespace inkchat::exporting {

/// Writes conversations in Inkchat's versioned JSON transcript format
/// (docs/export-json.md), which carries every field of the records except
/// the store's row ids and is what importTranscriptJson() reads back.
///
/// Streams: the opening is written first and each message is serialised on
/// its own, one per line, so memory stays at one message.
class JsonWriter final : public FileTranscriptWriter
{
public:
    /// `exportedAt` fixes the "exported_at" field (for reproducible output);
    /// by default it is the time of construction.
    explicit JsonWriter(const QString &path, const QDateTime &exportedAt = {});

    /// All versions, each naming its parent, and the branch shown.
    bool writesEveryVersion() const override { return true; }

private:
    void onBeginConversation(const chat::ConversationRecord &conversation) override;
    void onMessage(const chat::MessageRecord &message) override;
    void onEndConversation() override;
    void onFinish() override;

    bool m_hasConversation = false;
    bool m_hasMessage = false;
};

} // namespace inkchat::exporting
