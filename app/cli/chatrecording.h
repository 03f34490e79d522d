#pragma once

#include "chat/conversation.h"
#include "chat/records.h"
#include "store/exchangerecorder.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::cli {

/// What `inkchat-cli chat` asks to record.
struct ChatRecordingStart
{
    /// The stored conversation to continue; 0 starts a new one.
    qint64 conversationId = 0;
    /// --system: a new conversation's system prompt, or the replacement of a
    /// continued one's; nullopt keeps the stored one.
    std::optional<QString> systemPrompt;
    QString prompt;
    store::ReplySource source;
    /// Masked in every error text written to the store (the API key).
    QStringList secrets;
};

/// Keeps the exchange of `inkchat-cli chat` in the conversation store
/// (through ExchangeRecorder): begin() writes the prompt and an empty
/// streaming reply before the request leaves, the reply is checkpointed as
/// text arrives, and its end is written as complete, interrupted (partial
/// text kept) or error.
class ChatRecording
{
public:
    /// Opens the store and the conversation, and records the prompt. Errors:
    /// the store cannot be opened (the message suggests --no-store), or
    /// conversationId is not stored (kind Usage).
    static Result<std::unique_ptr<ChatRecording>> begin(const ChatRecordingStart &start);

    ~ChatRecording();
    ChatRecording(const ChatRecording &) = delete;
    ChatRecording &operator=(const ChatRecording &) = delete;

    qint64 conversationId() const { return m_conversationId; }
    /// What to send: the system prompt, the stored turns (a partial reply
    /// included) and the new prompt last.
    const chat::Conversation &conversation() const { return m_conversation; }

    /// The reply's whole text so far. Returns a checkpoint's store failure
    /// once, the first time there is one; the reply goes on regardless.
    std::optional<Error> replyTextChanged(const QString &fullText);
    void usageReceived(qint64 inputTokens, qint64 outputTokens);
    /// The connector continued a dropped stream from `position`.
    void seamAdded(qsizetype position);
    std::optional<Error> replyFinished();
    /// The reply failed: `interrupted` keeps it as an interrupted reply
    /// (the connection broke, the user stopped it), otherwise as an error;
    /// either way with the redacted message as its error text.
    std::optional<Error> replyFailed(const Error &error, bool interrupted);

    /// The first line of the prompt, trimmed and cut to about 60 characters.
    static QString titleFor(const QString &prompt);

private:
    ChatRecording() = default;

    std::optional<Error> open(const ChatRecordingStart &start);
    std::optional<Error> loadHistory(qint64 conversationId);

    std::unique_ptr<store::ConversationStore> m_store;
    std::unique_ptr<store::ExchangeRecorder> m_recorder;
    qint64 m_conversationId = 0;
    chat::Conversation m_conversation;
    QStringList m_secrets;
    chat::TokenUsage m_usage;
    bool m_reportedCheckpointError = false;
};

} // namespace inkchat::cli
