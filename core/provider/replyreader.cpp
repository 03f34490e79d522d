#include "replyreader.h"

using namespace Qt::StringLiterals;

namespace inkchat::provider {

/// Hands what the SSE parser finds to the provider's decoder as frames.
class ReplyReader::SseForwarder final : public stream::SseHandler
{
public:
    SseForwarder(ReplyDecoder &decoder, StreamEvents &out) : m_decoder(decoder), m_out(out) {}

    void onEvent(const stream::SseEvent &event) override { m_decoder.decode(event, m_out); }

    void onUnknownField(QByteArrayView, QByteArrayView, QByteArrayView line) override
    {
        m_decoder.decode(SseStrayLine{line.toByteArray()}, m_out);
    }

private:
    ReplyDecoder &m_decoder;
    StreamEvents &m_out;
};

ReplyReader::ReplyReader(Framing framing, std::unique_ptr<ReplyDecoder> decoder, stream::Limits limits)
    : m_framing(framing)
    , m_decoder(std::move(decoder))
    , m_sse(limits)
    , m_ndjson(limits)
{
}

ReplyReader::~ReplyReader() = default;

void ReplyReader::feed(QByteArrayView chunk, StreamEvents &out)
{
    if (m_failed)
        return;
    const qsizetype first = out.size();
    switch (m_framing) {
    case Framing::Sse: {
        SseForwarder forwarder(*m_decoder, out);
        if (!m_sse.feed(chunk, forwarder))
            reportLimit(*m_sse.error(), out);
        break;
    }
    case Framing::Ndjson:
        if (!m_ndjson.feed(chunk, [&](QByteArrayView line) { m_decoder->decode(JsonLine{line.toByteArray()}, out); }))
            reportLimit(*m_ndjson.error(), out);
        break;
    case Framing::Text:
        if (QString text = m_text.feed(chunk); !text.isEmpty())
            m_decoder->decode(TextChunk{std::move(text)}, out);
        break;
    }
    noteProviderErrors(out, first);
}

void ReplyReader::finish(StreamEvents &out)
{
    if (m_failed)
        return;
    const qsizetype first = out.size();
    switch (m_framing) {
    case Framing::Sse: {
        SseForwarder forwarder(*m_decoder, out);
        m_sse.finish(forwarder);
        break;
    }
    case Framing::Ndjson:
        m_ndjson.finish([&](QByteArrayView line) { m_decoder->decode(JsonLine{line.toByteArray(), false}, out); });
        break;
    case Framing::Text:
        if (QString text = m_text.finish(); !text.isEmpty())
            m_decoder->decode(TextChunk{std::move(text)}, out);
        break;
    }
    noteProviderErrors(out, first);
    // An error the provider reported already says why the reply ended.
    if (!m_failed && !m_decoder->isComplete()) {
        out.append(ProviderError{Error::make(
            Error::Kind::Interrupted,
            u"the reply was interrupted: the stream ended before the provider said it was complete"_s, true)});
    }
}

void ReplyReader::noteProviderErrors(const StreamEvents &out, qsizetype first)
{
    for (qsizetype i = first; i < out.size() && !m_failed; ++i)
        m_failed = std::holds_alternative<ProviderError>(out.at(i));
}

void ReplyReader::reportLimit(const QString &message, StreamEvents &out)
{
    m_failed = true;
    out.append(ProviderError{Error::make(Error::Kind::LimitExceeded, u"stream rejected: "_s + message)});
}

} // namespace inkchat::provider
