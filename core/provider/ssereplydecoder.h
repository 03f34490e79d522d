#pragma once

#include "replydecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace inkchat::provider {

/// Base of the decoders of SSE replies: hands each event and each stray line
/// to the subclass until the reply has ended (an error, or an end signal
/// after which the provider sends nothing that belongs to the reply), and
/// keeps the completion state ReplyDecoder reports.
class SseReplyDecoder : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) final;
    bool isComplete() const final { return m_complete; }

protected:
    virtual void decodeEvent(const stream::SseEvent &event, StreamEvents &out) = 0;

    /// A line the SSE standard ignores; some servers report errors this
    /// way. Ignored unless overridden.
    virtual void decodeStrayLine(const QByteArray &line, StreamEvents &out);

    /// The end signal: later frames are not this reply. `complete` is false
    /// for a signal that does not vouch for a whole reply.
    void end(bool complete);

    /// The reply is complete, but later frames are still read (Gemini may
    /// report an error after its last chunk).
    void markComplete() { m_complete = true; }

    /// An error ends the reply: what follows it is not part of the answer.
    void fail(ProviderError error, StreamEvents &out);

    bool hasFailed() const { return m_failed; }

    /// The (trimmed, non-empty) data of an event as a JSON object. Anything
    /// else fails the reply with a Protocol error and gives nullopt.
    std::optional<QJsonObject> parseJsonData(QByteArrayView data, StreamEvents &out);

    /// The object's JSON `type`, or the SSE event name when it has none.
    static QString eventType(const QJsonObject &object, const stream::SseEvent &event);

private:
    bool m_complete = false;
    bool m_failed = false;
    bool m_ended = false; ///< an error or the end signal: later frames are not this reply
};

} // namespace inkchat::provider
