#pragma once

#include "frame.h"
#include "replydecoder.h"
#include "streamevent.h"

#include "stream/limits.h"
#include "stream/ndjsonsplitter.h"
#include "stream/sseparser.h"
#include "stream/utf8textdecoder.h"

#include <memory>

namespace inkchat::provider {

/// Reads one reply body: frames the bytes as the request said (SSE, NDJSON
/// or text) and lets the provider's decoder turn frames into events.
/// Pure: bytes in, events out.
class ReplyReader
{
public:
    ReplyReader(Framing framing, std::unique_ptr<ReplyDecoder> decoder, stream::Limits limits = {});
    ~ReplyReader();

    /// Appends the events completed by this chunk to out. A broken limit
    /// ends the reply with a LimitExceeded ProviderError after every event
    /// that came before it; after any ProviderError later bytes are ignored.
    void feed(QByteArrayView chunk, StreamEvents &out);

    /// End of body. If the provider's end signal was not seen and no error
    /// ended the reply, appends a ProviderError of kind Interrupted.
    void finish(StreamEvents &out);

    /// The provider's end signal has been seen.
    bool isComplete() const { return m_decoder->isComplete(); }

    /// The SSE last event id, for a reconnection (empty for other framings).
    QByteArray lastEventId() const { return m_sse.lastEventId(); }

private:
    class SseForwarder;

    void noteProviderErrors(const StreamEvents &out, qsizetype first);
    void reportLimit(const QString &message, StreamEvents &out);

    Framing m_framing;
    std::unique_ptr<ReplyDecoder> m_decoder;
    stream::SseParser m_sse;
    stream::NdjsonSplitter m_ndjson;
    stream::Utf8TextDecoder m_text;
    bool m_failed = false; ///< an error ended the reply; later bytes are ignored
};

} // namespace inkchat::provider
