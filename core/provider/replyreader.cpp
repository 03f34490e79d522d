#include "replyreader.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

/// A broken limit of `bytes`: `what` went over it.
Error limitError(Error::Code code, qsizetype bytes, const QString &what)
{
    return Error::coded(Error::Kind::LimitExceeded, code, QString::number(bytes),
                        u"stream rejected: "_s + what);
}

} // namespace

/// Hands what the SSE parser finds to the provider's decoder as frames.
/// An error ends the reply where it stands, even in the middle of a chunk:
/// what follows it in the same chunk must not count either, or the reader's
/// state would depend on where the chunks happened to be cut.
class ReplyReader::SseForwarder final : public stream::SseHandler
{
public:
    SseForwarder(ReplyReader &reader, StreamEvents &out) : m_reader(reader), m_out(out) {}

    void onEvent(const stream::SseEvent &event) override { forward(event); }

    void onRetry(qint64 milliseconds) override
    {
        if (!m_reader.m_failed)
            m_reader.m_reconnectionTime = std::chrono::milliseconds(milliseconds);
    }

    void onUnknownField(QByteArrayView, QByteArrayView, QByteArrayView line) override
    {
        forward(SseStrayLine{line.toByteArray()});
    }

private:
    void forward(const Frame &frame)
    {
        if (m_reader.m_failed)
            return;
        const qsizetype first = m_out.size();
        m_reader.m_decoder->decode(frame, m_out);
        m_reader.noteProviderErrors(m_out, first);
    }

    ReplyReader &m_reader;
    StreamEvents &m_out;
};

ReplyReader::ReplyReader(Framing framing, std::unique_ptr<ReplyDecoder> decoder, stream::Limits limits)
    : m_framing(framing),
      m_decoder(std::move(decoder)),
      m_limits(limits),
      m_sse(limits),
      m_ndjson(limits)
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
        SseForwarder forwarder(*this, out);
        if (!m_sse.feed(chunk, forwarder))
            reportLimit(framerLimitError(m_sse.brokenLimit(), *m_sse.error()), out);
        break;
    }
    case Framing::Ndjson:
        if (!m_ndjson.feed(chunk, [&](QByteArrayView line) { decodeLine(line, true, out); }))
            reportLimit(framerLimitError(m_ndjson.brokenLimit(), *m_ndjson.error()), out);
        break;
    case Framing::Text:
        if (QString text = m_text.feed(chunk); !text.isEmpty())
            m_decoder->decode(TextChunk{std::move(text)}, out);
        break;
    case Framing::Json:
        feedJson(chunk, out);
        break;
    case Framing::WebSocket:
        feedMessage(chunk, out);
        return; // feedMessage noted its own errors
    }
    noteProviderErrors(out, first);
}

void ReplyReader::decodeLine(QByteArrayView line, bool terminated, StreamEvents &out)
{
    // As for SSE events: an error ends the reply where it stands, and the
    // lines after it in the same chunk must not count either.
    if (m_failed)
        return;
    const qsizetype first = out.size();
    m_decoder->decode(JsonLine{line.toByteArray(), terminated}, out);
    noteProviderErrors(out, first);
}

void ReplyReader::feedMessage(QByteArrayView message, StreamEvents &out)
{
    if (m_failed)
        return;
    if (message.size() > m_limits.maxEventSize) {
        reportLimit(limitError(Error::Code::MessageTooLarge, m_limits.maxEventSize,
                               u"a message is larger than the maximum event size (%1 bytes)"_s.arg(
                                   m_limits.maxEventSize)),
                    out);
        return;
    }
    const qsizetype first = out.size();
    m_decoder->decode(stream::SseEvent{QByteArrayLiteral("message"), message.toByteArray(), {}}, out);
    noteProviderErrors(out, first);
}

void ReplyReader::feedJson(QByteArrayView chunk, StreamEvents &out)
{
    // A JSON reply is one event, whole: the event size bounds it.
    if (m_json.size() + chunk.size() > m_limits.maxEventSize) {
        m_json.clear();
        reportLimit(limitError(Error::Code::BodyTooLarge, m_limits.maxEventSize,
                               u"the reply body is larger than the maximum event size (%1 bytes)"_s.arg(
                                   m_limits.maxEventSize)),
                    out);
        return;
    }
    m_json.append(chunk);
}

void ReplyReader::finish(StreamEvents &out)
{
    if (m_failed)
        return;
    const qsizetype first = out.size();
    switch (m_framing) {
    case Framing::Sse: {
        SseForwarder forwarder(*this, out);
        m_sse.finish(forwarder);
        break;
    }
    case Framing::Ndjson:
        m_ndjson.finish([&](QByteArrayView line) { decodeLine(line, false, out); });
        break;
    case Framing::Text:
        if (QString text = m_text.finish(); !text.isEmpty())
            m_decoder->decode(TextChunk{std::move(text)}, out);
        break;
    case Framing::Json:
        m_decoder->decode(JsonDocument{std::exchange(m_json, {})}, out);
        break;
    case Framing::WebSocket:
        break; // every message was whole
    }
    noteProviderErrors(out, first);
    m_decoder->bodyEnded();
    // An error the provider reported already says why the reply ended; a
    // pending reply lost nothing.
    if (!m_failed && !isComplete() && !isPending()) {
        out.append(ProviderError{Error::coded(Error::Kind::Interrupted, Error::Code::StreamEndedEarly, {},
                                              u"the stream ended before the provider said it was complete"_s,
                                              true)});
    }
}

void ReplyReader::restartBody()
{
    m_sse.reset();
    m_ndjson = stream::NdjsonSplitter(m_limits);
    m_text = stream::Utf8TextDecoder();
    m_json.clear();
}

void ReplyReader::restartBody(Framing framing)
{
    m_framing = framing;
    restartBody();
}

void ReplyReader::noteProviderErrors(const StreamEvents &out, qsizetype first)
{
    for (qsizetype i = first; i < out.size() && !m_failed; ++i) {
        if (std::holds_alternative<ProviderError>(out.at(i)))
            endReply();
    }
}

void ReplyReader::endReply()
{
    m_failed = true;
    // The parser goes on to the end of the chunk; an id after the error is
    // not the reply's.
    m_lastEventIdAtEnd = m_sse.lastEventId();
}

qsizetype ReplyReader::pendingBytes() const
{
    switch (m_framing) {
    case Framing::Sse:
        return m_sse.pendingSize();
    case Framing::Ndjson:
        return m_ndjson.pendingSize();
    case Framing::Json:
        return m_json.size();
    case Framing::Text:
    case Framing::WebSocket:
        break; // decoded as they come, or one message at a time
    }
    return 0;
}

QByteArray ReplyReader::lastEventId() const
{
    return m_failed ? m_lastEventIdAtEnd : m_sse.lastEventId();
}

Error ReplyReader::framerLimitError(stream::BrokenLimit limit, const QString &what) const
{
    if (limit == stream::BrokenLimit::LineLength)
        return limitError(Error::Code::LineTooLong, m_limits.maxLineLength, what);
    return limitError(Error::Code::EventTooLarge, m_limits.maxEventSize, what);
}

void ReplyReader::reportLimit(Error error, StreamEvents &out)
{
    // The bytes after an error that ended the reply are ignored, and so is
    // a limit they break: the reply has one error, the first.
    if (m_failed)
        return;
    endReply();
    out.append(ProviderError{std::move(error)});
}

} // namespace inkchat::provider
