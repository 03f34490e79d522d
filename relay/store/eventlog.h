#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace inkchat::relay {

class RelayDatabase;

/// One numbered event of a reply: a piece of its text, a restart (the
/// upstream answered afresh: the text after it replaces the text before
/// it), or its end.
struct ReplyEvent
{
    enum class Kind { Text, Restart, End };
    qint64 seq = 0; ///< 1, 2, ... within the reply: the SSE event id
    Kind kind = Kind::Text;
    /// Text: the piece. End: the status ("complete", "stopped",
    /// "interrupted", "error").
    QString data;
    /// End: why it did not complete, in the upstream's words (never a key).
    QString error;
};

/// A reply as the relay keeps it.
struct StoredReply
{
    QString id;
    QByteArray request;        ///< the conversation asked about, as JSON
    qint64 conversationId = 0; ///< the page's stored conversation, or 0
    qint64 messageId = 0;      ///< its reply message there, or 0
    QString status;            ///< "streaming" until the end event
    qint64 lastSeq = 0;
};

/// The numbered events of every reply, written as they arrive, so a client
/// that went away reads every event it missed exactly once (by the SSE
/// event id it last saw) and a relay that restarts knows what was said.
/// Each event is one short transaction: what a client was sent is stored.
class EventLog
{
public:
    explicit EventLog(RelayDatabase &database) : m_database(database) {}

    /// A new reply, streaming, with an id nobody can guess.
    Result<QString> createReply(const QByteArray &request, qint64 conversationId = 0, qint64 messageId = 0);
    /// Remembers that `device`'s request with this idempotency key started `replyId`.
    std::optional<Error> rememberKey(qint64 device, const QString &key, const QString &replyId);
    /// The reply `device`'s request with this idempotency key started, if any.
    Result<std::optional<StoredReply>> replyForKey(qint64 device, const QString &key) const;
    /// Appends an event; its seq is the reply's next.
    Result<ReplyEvent> append(const QString &replyId, ReplyEvent::Kind kind, const QString &data,
                              const QString &error = {});
    /// Events after `afterSeq`, oldest first, at most `limit`.
    Result<QList<ReplyEvent>> eventsAfter(const QString &replyId, qint64 afterSeq, int limit) const;
    Result<std::optional<StoredReply>> reply(const QString &replyId) const;
    /// The reply still streaming for a page conversation, if there is one.
    Result<std::optional<StoredReply>> streamingReplyOf(qint64 conversationId) const;
    /// Replies a relay that stopped left streaming.
    Result<QList<StoredReply>> unfinished() const;
    /// The reply's text so far: every text event after the last restart, in order.
    Result<QString> text(const QString &replyId) const;
    /// Forgets the replies that ended and were started before `before`:
    /// them, their events and the idempotency keys that named them. A
    /// reply still streaming stays, however old. How many went.
    Result<int> forgetEndedBefore(const QDateTime &before);

private:
    RelayDatabase &m_database;
};

} // namespace inkchat::relay
