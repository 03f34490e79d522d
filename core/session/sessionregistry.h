#pragma once

#include "chatsession.h"

#include <QHash>
#include <QObject>

namespace inkchat::session {

/// The chat sessions of one process, one per conversation, so several
/// conversations stream at once and a front end that shows another
/// conversation never stops a reply.
///
/// A session is opened from the store on first use and kept while a front
/// end holds it or it streams; a released session is dropped when its reply
/// ends. The registry repeats what lists of conversations need to know
/// (which stream, new messages, titles), naming the conversation.
class SessionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit SessionRegistry(SessionServices services, QObject *parent = nullptr);
    ~SessionRegistry() override;

    /// The conversation's session, opened if it is not; held until release().
    /// Errors as ChatSession::open().
    Result<ChatSession *> hold(qint64 conversationId);
    /// The front end no longer shows it: dropped now, or when its reply ends.
    void release(qint64 conversationId);
    /// Stops and drops the session, held or not (its conversation is deleted).
    void close(qint64 conversationId);

    /// The user names a conversation, through its session if it has one, so
    /// the session does not name it after its first message afterwards.
    std::optional<Error> rename(qint64 conversationId, const QString &title);

    /// The open session of a conversation, or nullptr.
    ChatSession *find(qint64 conversationId) const;
    bool isStreaming(qint64 conversationId) const;
    /// The conversations whose reply is on its way.
    QList<qint64> streamingConversations() const;

Q_SIGNALS:
    void streamingChanged(qint64 conversationId, bool streaming);
    void messageAppended(qint64 conversationId);
    void titleChanged(qint64 conversationId, const QString &title);
    void storeFailed(const inkchat::Error &error);

private:
    struct Entry
    {
        ChatSession *session = nullptr; ///< owned
        int holds = 0;
        bool wasStreaming = false;
    };

    void watch(ChatSession *session);
    void onStateChanged(qint64 conversationId);
    void drop(qint64 conversationId);

    SessionServices m_services;
    QHash<qint64, Entry> m_entries;
};

} // namespace inkchat::session
