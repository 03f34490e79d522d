#pragma once

#include "frame.h"
#include "replydecoder.h"
#include "streamevent.h"

#include "stream/ndjsonsplitter.h"
#include "stream/sseparser.h"
#include "stream/streamlimits.h"
#include "stream/utf8textdecoder.h"

#include <QByteArray>

#include <chrono>
#include <memory>
#include <optional>

namespace inkchat::provider {

/// Reads one reply: frames the bytes as the request said (SSE, NDJSON,
/// text, one JSON document, WebSocket messages) and lets the provider's
/// decoder turn frames into events. A resumed or polled reply arrives in
/// several bodies, all read by the same reader (see restartBody()).
/// Pure: bytes in, events out.
class ReplyReader
{
public:
    ReplyReader(Framing framing, std::unique_ptr<ReplyDecoder> decoder, stream::Limits limits = {});
    ~ReplyReader();

    /// Appends the events completed by this chunk to out. A broken limit
    /// ends the reply with a LimitExceeded ProviderError after every event
    /// that came before it; after any ProviderError later bytes are ignored.
    /// A JSON body is only buffered here (up to limits.maxEventSize) and
    /// decoded by finish(). On Framing::WebSocket the chunk is one message.
    void feed(QByteArrayView chunk, StreamEvents &out);

    /// One WebSocket text message (UTF-8), handed to the decoder as an
    /// SseEvent of type "message" whose data is the message. A message
    /// larger than limits.maxEventSize ends the reply as feed() does.
    void feedMessage(QByteArrayView message, StreamEvents &out);

    /// Clean end of body (the transport saw all of it; the decoder hears of
    /// it through ReplyDecoder::bodyEnded()). If the provider's end signal
    /// was not seen, no error
    /// ended the reply and the reply is not pending, appends a ProviderError
    /// of kind Interrupted. That error does not end the reader: the reply
    /// may still be resumed (restartBody()).
    void finish(StreamEvents &out);

    /// The next bytes are a new body of the same reply (a resumed stream,
    /// the next poll): what the framer held of the old body is dropped and
    /// it starts over, while the decoder, the SSE last event id and the
    /// reconnection time are kept. After an error that ended the reply the
    /// reader stays ended.
    void restartBody();
    /// restartBody() with the new body framed as `framing`.
    void restartBody(Framing framing);

    /// The provider's end signal has been seen.
    bool isComplete() const { return m_decoder->isComplete(); }

    /// The server has none of the reply yet (a background response still
    /// being written): ask again rather than report an interruption.
    bool isPending() const { return m_decoder->isPending(); }

    /// Bytes of the reply received but not decoded yet (an event, a line or
    /// a JSON body still arriving).
    qsizetype pendingBytes() const;

    /// The SSE last event id, for a reconnection (empty for other framings).
    /// After an error that ended the reply, the id as it stood at the error.
    QByteArray lastEventId() const;

    /// The reconnection time the server last asked for with an SSE `retry`
    /// field, if it did.
    std::optional<std::chrono::milliseconds> reconnectionTime() const { return m_reconnectionTime; }

private:
    class SseForwarder;

    void feedJson(QByteArrayView chunk, StreamEvents &out);
    /// One NDJSON line to the decoder, unless an error already ended the reply.
    void decodeLine(QByteArrayView line, bool terminated, StreamEvents &out);
    void noteProviderErrors(const StreamEvents &out, qsizetype first);
    void endReply();
    /// Ends the reply with `error`, a broken limit, unless it had ended.
    void reportLimit(Error error, StreamEvents &out);
    /// The error for the limit the SSE parser or NDJSON splitter broke.
    Error framerLimitError(stream::BrokenLimit limit, const QString &what) const;

    Framing m_framing;
    std::unique_ptr<ReplyDecoder> m_decoder;
    stream::Limits m_limits;
    stream::SseParser m_sse;
    stream::NdjsonSplitter m_ndjson;
    stream::Utf8TextDecoder m_text;
    QByteArray m_json; ///< the JSON body so far
    std::optional<std::chrono::milliseconds> m_reconnectionTime;
    bool m_failed = false;         ///< an error ended the reply; later bytes are ignored
    QByteArray m_lastEventIdAtEnd; ///< the SSE last event id when the error ended the reply
};

} // namespace inkchat::provider
