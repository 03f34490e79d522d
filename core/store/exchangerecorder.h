#pragma once

#include "chat/records.h"
#include "replycheckpointer.h"
#include "replylock.h"
#include "util/clock.h"
#include "util/error.h"

#include <QString>

#include <memory>
#include <optional>

namespace inkchat::store {

class ConversationStore;

/// Who answers: written on every reply so an export can say which model
/// wrote what. Never holds a key.
struct ReplySource
{
    QString provider;
    QString model;
    QString endpoint;
};

/// Keeps one exchange of a conversation in the store as it happens, which
/// is the rule that keeps users' data: the user's message is written
/// before the request leaves; the reply is written while it streams (see
/// ReplyCheckpointer); its end (complete, interrupted, error) is written
/// when it comes. A continued reply stays one message with a seam where
/// the continuation began.
///
/// Store failures do not stop the chat: each call returns the error for the
/// caller to show, and the reply goes on.
class ExchangeRecorder
{
public:
    ExchangeRecorder(ConversationStore &store, qint64 conversationId, ReplySource source,
                     Clock &clock = Clock::system(), CheckpointPolicy policy = {});
    ~ExchangeRecorder();

    ExchangeRecorder(const ExchangeRecorder &) = delete;
    ExchangeRecorder &operator=(const ExchangeRecorder &) = delete;

    /// Who answers the replies begun from now on (known only once the
    /// endpoint is resolved, after the user's message was stored).
    void setSource(ReplySource source) { m_source = std::move(source); }

    const ReplySource &source() const { return m_source; }

    /// Writes the user's message; `Pending` while it cannot be sent yet. With
    /// `versionOf` (a stored user message's id), as a new version of that
    /// message: the question edited and sent again. `attachments` are
    /// the images sent with it.
    std::optional<Error> recordUserMessage(const QString &text,
                                           chat::MessageStatus status = chat::MessageStatus::Complete,
                                           qint64 versionOf = 0, const chat::Attachments &attachments = {});
    /// Marks the user's pending message as sent.
    std::optional<Error> markUserMessageSent();

    /// Starts a new reply: an empty assistant message, `Streaming`; with
    /// `versionOf` (a stored reply's id), as a new version of that reply.
    std::optional<Error> beginReply(qint64 versionOf = 0);
    /// Continues the stored reply `messageId` (interrupted, stopped or
    /// failed): it becomes `Streaming` again, with a seam at its current end.
    std::optional<Error> continueReply(qint64 messageId);

    /// A dropped stream was continued by a new request from `position` of
    /// the reply's text; written with the next checkpoint.
    void addSeam(int position);

    /// The server named the model that writes the reply: it replaces the
    /// one asked for, written when the reply ends.
    void setAnsweringModel(const QString &model) { m_reply.model = model; }

    /// The reply's whole text so far; what is new in it is appended to the
    /// stored reply when the checkpointer says. Only the new part is read
    /// and kept: the caller's string is never shared, so appending to it
    /// stays cheap however long the reply grows.
    void replyTextChanged(const QString &fullText);
    /// Writes how the reply ended, with all of the text last given, and
    /// `why` when it ended early.
    std::optional<Error> endReply(chat::MessageStatus status, const std::optional<Error> &why = {},
                                  chat::TokenUsage usage = {});
    /// Writes the end `before` had (status, why, usage): a continuation that
    /// brought nothing leaves its reply as it was.
    std::optional<Error> endReplyAsBefore(const chat::MessageRecord &before);

    /// The reply being recorded (id 0 before beginReply()).
    const chat::MessageRecord &reply() const { return m_reply; }
    const chat::MessageRecord &userMessage() const { return m_user; }
    /// The last store failure of a checkpoint, which has no caller to tell.
    std::optional<Error> lastCheckpointError() const { return m_checkpointError; }

private:
    bool appendReplyText(const QString &text);
    /// Writes the text not yet saved and the end now in m_reply.
    std::optional<Error> writeEnd();
    void startCheckpointing();

    ConversationStore &m_store;
    qint64 m_conversationId;
    ReplySource m_source;
    Clock &m_clock;
    CheckpointPolicy m_policy;
    chat::MessageRecord m_user;
    chat::MessageRecord m_reply;
    /// How much of the reply's text (UTF-16 units) the checkpointer has
    /// been given; the stored text is that much, less what it holds unsaved.
    qsizetype m_givenLength = 0;
    bool m_seamsUnsaved = false;
    std::unique_ptr<ReplyCheckpointer> m_checkpointer;
    std::unique_ptr<ReplyLock> m_replyLock; ///< held while the reply streams
    std::optional<Error> m_checkpointError;
};

} // namespace inkchat::store
