#include "chunking.h"

#include "provider/replyreader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace inkchat::provider;
using inkchat::Error;

namespace {

/// Turns every frame into a TextDelta describing it, and is complete once
/// it has seen a frame containing "end".
class EchoDecoder final : public ReplyDecoder
{
public:
    /// Reports pending until it has seen a frame containing "done".
    explicit EchoDecoder(bool pendingUntilDone = false) : m_pending(pendingUntilDone) {}

    void decode(const Frame &frame, StreamEvents &out) override
    {
        QString text;
        if (const auto *event = std::get_if<inkchat::stream::SseEvent>(&frame))
            text = u"sse:"_s + QString::fromUtf8(event->data);
        else if (const auto *stray = std::get_if<SseStrayLine>(&frame))
            text = u"stray:"_s + QString::fromUtf8(stray->line);
        else if (const auto *json = std::get_if<JsonLine>(&frame))
            text = u"json:"_s + QString::fromUtf8(json->line);
        else if (const auto *document = std::get_if<JsonDocument>(&frame))
            text = u"document:"_s + QString::fromUtf8(document->body);
        else
            text = u"text:"_s + std::get<TextChunk>(frame).text;
        m_complete = m_complete || text.contains(u"end"_s);
        m_pending = m_pending && !text.contains(u"done"_s);
        ++m_frames;
        out.append(TextDelta{text});
    }
    bool isComplete() const override { return m_complete; }
    bool isPending() const override { return m_pending; }
    int frames() const { return m_frames; }

private:
    bool m_complete = false;
    bool m_pending = false;
    int m_frames = 0;
};

/// Every event a reader with a `Decoder` makes of the chunks.
template <typename Decoder = EchoDecoder>
StreamEvents read(Framing framing, const QList<QByteArray> &chunks, inkchat::stream::Limits limits = {})
{
    ReplyReader reader(framing, std::make_unique<Decoder>(), limits);
    StreamEvents events;
    for (const QByteArray &chunk : chunks)
        reader.feed(chunk, events);
    reader.finish(events);
    return events;
}

QString joinedText(const StreamEvents &events)
{
    QString text;
    for (const StreamEvent &event : events) {
        if (const auto *delta = std::get_if<TextDelta>(&event))
            text += delta->text;
    }
    return text;
}

TEST(ReplyReader, HandsSseEventsAndStrayLinesToTheDecoder)
{
    const auto events = read(Framing::Sse, {"data: a\n\n{\"error\": 1}\ndata: end\n\n"});
    EXPECT_EQ(events, (StreamEvents{TextDelta{u"sse:a"_s}, TextDelta{u"stray:{\"error\": 1}"_s},
                                    TextDelta{u"sse:end"_s}}));
}

TEST(ReplyReader, HandsNdjsonLinesToTheDecoder)
{
    const auto events = inkchat::test::resultForEveryChunking(
        "{\"a\":1}\r\n\n{\"b\":\"end\"}",
        [](const QList<QByteArray> &chunks) { return read(Framing::Ndjson, chunks); });
    EXPECT_EQ(joinedText(events), u"json:{\"a\":1}json:{\"b\":\"end\"}"_s);
    EXPECT_EQ(events.size(), 2);
}

TEST(ReplyReader, DecodesPlainTextWhateverTheSplit)
{
    const auto text = inkchat::test::resultForEveryChunking(
        "Grüße 你好 🙂 end", [](const QList<QByteArray> &chunks) {
            QString joined = joinedText(read(Framing::Text, chunks));
            return joined.remove(u"text:"_s);
        });
    EXPECT_EQ(text, u"Grüße 你好 🙂 end"_s);
}

TEST(ReplyReader, ReportsReplyWithoutEndSignalAsInterrupted)
{
    const auto events = read(Framing::Sse, {"data: partial\n\n"});
    ASSERT_EQ(events.size(), 2);
    const auto *error = std::get_if<ProviderError>(&events.last());
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->error.kind, Error::Kind::Interrupted);
    EXPECT_EQ(error->error.message, u"the stream ended before the provider said it was complete"_s);
}

TEST(ReplyReader, DoesNotAddInterruptionAfterTheProvidersOwnError)
{
    class FailingDecoder final : public ReplyDecoder
    {
    public:
        void decode(const Frame &, StreamEvents &out) override
        {
            out.append(ProviderError{Error::make(Error::Kind::Provider, u"Overloaded"_s)});
        }
        bool isComplete() const override { return false; }
    };
    ReplyReader reader(Framing::Sse, std::make_unique<FailingDecoder>());
    StreamEvents events;
    reader.feed("data: x\n\n", events);
    reader.finish(events);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(std::get<ProviderError>(events.first()).error.message, u"Overloaded"_s);
}

TEST(ReplyReader, EndsWithLimitErrorAfterEveryEarlierEvent)
{
    inkchat::stream::Limits limits;
    limits.maxLineLength = 12;
    const auto events = read(Framing::Sse, {"data: one\n\ndata: two\n\ndata: far too long\n\ndata: end\n\n"},
                             limits);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0), StreamEvent(TextDelta{u"sse:one"_s}));
    EXPECT_EQ(events.at(1), StreamEvent(TextDelta{u"sse:two"_s}));
    const auto *error = std::get_if<ProviderError>(&events.at(2));
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->error.kind, Error::Kind::LimitExceeded);
    EXPECT_TRUE(error->error.message.contains(u"maximum line length"_s)) << qPrintable(error->error.message);
    EXPECT_EQ(error->error.code, Error::Code::LineTooLong);
    EXPECT_EQ(error->error.subject, u"12"_s);
}

TEST(ReplyReader, NamesTheEventSizeAnEventBroke)
{
    inkchat::stream::Limits limits;
    limits.maxEventSize = 8;
    const auto events = read(Framing::Sse, {"data: 12345\ndata: 67890\n\n"}, limits);
    ASSERT_EQ(events.size(), 1);
    const Error &error = std::get<ProviderError>(events.first()).error;
    EXPECT_EQ(error.code, Error::Code::EventTooLarge);
    EXPECT_EQ(error.subject, u"8"_s);
    EXPECT_EQ(error.message, u"stream rejected: an event is larger than the maximum event size (8 bytes)"_s);
}

TEST(ReplyReader, HandsWholeJsonBodyToTheDecoderAtTheEnd)
{
    const auto events = inkchat::test::resultForEveryChunking(
        "{\"reply\": \"Grüße, end\"}",
        [](const QList<QByteArray> &chunks) { return read(Framing::Json, chunks); });
    EXPECT_EQ(events, StreamEvents{TextDelta{u"document:{\"reply\": \"Grüße, end\"}"_s}});
}

TEST(ReplyReader, RejectsJsonBodyLargerThanTheEventSizeLimit)
{
    inkchat::stream::Limits limits;
    limits.maxEventSize = 16;
    const auto fits = read(Framing::Json, {"{\"a\":", "\"end\"}"}, limits);
    EXPECT_EQ(fits, StreamEvents{TextDelta{u"document:{\"a\":\"end\"}"_s}});

    const auto events = read(Framing::Json, {"{\"reply\":", "\"far too long, end\"}"}, limits);
    ASSERT_EQ(events.size(), 1);
    const auto *error = std::get_if<ProviderError>(&events.first());
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->error.kind, Error::Kind::LimitExceeded);
    EXPECT_TRUE(error->error.message.startsWith(u"stream rejected: "_s)) << qPrintable(error->error.message);
    EXPECT_TRUE(error->error.message.contains(u"16 bytes"_s)) << qPrintable(error->error.message);
}

TEST(ReplyReader, HandsEachWebSocketMessageToTheDecoderAsAnEvent)
{
    class EventDecoder final : public ReplyDecoder
    {
    public:
        void decode(const Frame &frame, StreamEvents &out) override
        {
            const auto &event = std::get<inkchat::stream::SseEvent>(frame);
            out.append(TextDelta{QString::fromUtf8(event.type + ':' + event.data)});
        }
        bool isComplete() const override { return true; }
    };
    inkchat::stream::Limits limits;
    limits.maxEventSize = 12;
    ReplyReader reader(Framing::WebSocket, std::make_unique<EventDecoder>(), limits);
    StreamEvents events;
    reader.feedMessage("{\"a\":\"\n\n\"}", events);
    reader.feed("data: x", events);
    reader.feedMessage("a message too long", events);
    reader.feedMessage("ignored", events);

    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0), StreamEvent(TextDelta{u"message:{\"a\":\"\n\n\"}"_s}));
    EXPECT_EQ(events.at(1), StreamEvent(TextDelta{u"message:data: x"_s}));
    EXPECT_EQ(std::get<ProviderError>(events.at(2)).error.kind, Error::Kind::LimitExceeded);
}

TEST(ReplyReader, DoesNotReportPendingReplyAsInterrupted)
{
    ReplyReader reader(Framing::Json, std::make_unique<EchoDecoder>(true));
    StreamEvents events;
    reader.feed("{\"status\": \"queued\"}", events);
    reader.finish(events);
    EXPECT_TRUE(reader.isPending());
    EXPECT_FALSE(reader.isComplete());
    EXPECT_EQ(events, StreamEvents{TextDelta{u"document:{\"status\": \"queued\"}"_s}});
}

TEST(ReplyReader, ReadsNextPollBodyWithTheSameDecoder)
{
    auto decoder = std::make_unique<EchoDecoder>(true);
    const EchoDecoder &echo = *decoder;
    ReplyReader reader(Framing::Json, std::move(decoder));
    StreamEvents events;
    reader.feed("{\"status\": \"queued\"}", events);
    reader.finish(events);
    reader.restartBody(Framing::Json);
    reader.feed("{\"status\": \"done, end\"}", events);
    reader.finish(events);

    EXPECT_EQ(echo.frames(), 2);
    EXPECT_TRUE(reader.isComplete());
    EXPECT_FALSE(reader.isPending());
    EXPECT_EQ(events.size(), 2);
}

TEST(ReplyReader, DropsThePartOfACutEventAndKeepsLastEventIdOnRestart)
{
    auto decoder = std::make_unique<EchoDecoder>();
    const EchoDecoder &echo = *decoder;
    ReplyReader reader(Framing::Sse, std::move(decoder));
    StreamEvents events;
    reader.feed("retry: 2500\nid: 7\ndata: one\n\nid: 8\ndata: tw", events);
    reader.restartBody();
    EXPECT_EQ(reader.lastEventId(), "7");
    reader.feed("data: two\n\ndata: end\n\n", events);
    reader.finish(events);

    EXPECT_EQ(joinedText(events), u"sse:onesse:twosse:end"_s);
    EXPECT_EQ(echo.frames(), 3);
    EXPECT_TRUE(reader.isComplete());
    EXPECT_EQ(reader.lastEventId(), "7");
    EXPECT_EQ(reader.reconnectionTime(), std::chrono::milliseconds(2500));
}

TEST(ReplyReader, StartsNdjsonAndTextOverOnRestart)
{
    ReplyReader ndjson(Framing::Ndjson, std::make_unique<EchoDecoder>());
    StreamEvents events;
    ndjson.feed("{\"a\":1}\n{\"cut", events);
    ndjson.restartBody();
    ndjson.feed("{\"b\":\"end\"}\n", events);
    ndjson.finish(events);
    EXPECT_EQ(joinedText(events), u"json:{\"a\":1}json:{\"b\":\"end\"}"_s);

    ReplyReader text(Framing::Text, std::make_unique<EchoDecoder>());
    events.clear();
    text.feed("Gr\xC3", events); // half of ü
    text.restartBody();
    text.feed("end", events);
    text.finish(events);
    EXPECT_EQ(joinedText(events), u"text:Grtext:end"_s);
}

TEST(ReplyReader, MayResumeAfterReportingAnInterruption)
{
    ReplyReader reader(Framing::Sse, std::make_unique<EchoDecoder>());
    StreamEvents events;
    reader.feed("data: one\n\n", events);
    reader.finish(events);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(std::get<ProviderError>(events.at(1)).error.kind, Error::Kind::Interrupted);
    reader.restartBody();
    reader.feed("data: end\n\n", events);
    reader.finish(events);
    EXPECT_EQ(events.size(), 3);
    EXPECT_TRUE(reader.isComplete());
}

/// Echoes SSE data as text and reports every stray line as an error.
class FailOnStrayLineDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        if (const auto *event = std::get_if<inkchat::stream::SseEvent>(&frame))
            out.append(TextDelta{QString::fromUtf8(event->data)});
        else
            out.append(ProviderError{Error::make(Error::Kind::Provider, u"boom"_s)});
    }
    bool isComplete() const override { return false; }
};

TEST(ReplyReader, IgnoresWhatFollowsAnErrorInTheSameChunk)
{
    // Found by tests/fuzz/replyreader_fuzzer: fed whole, the id and retry
    // after the error still counted; cut after the error, they did not.
    using Outcome = std::tuple<StreamEvents, QByteArray, std::optional<std::chrono::milliseconds>>;
    const auto [events, lastEventId, reconnectionTime] = inkchat::test::resultForEveryChunking(
        "id: 1\ndata: a\n\nerror: boom\nretry: 900\nid: 2\ndata: b\n\nid: 3\n\n",
        [](const QList<QByteArray> &chunks) {
            ReplyReader reader(Framing::Sse, std::make_unique<FailOnStrayLineDecoder>());
            StreamEvents out;
            for (const QByteArray &chunk : chunks)
                reader.feed(chunk, out);
            reader.finish(out);
            return Outcome{out, reader.lastEventId(), reader.reconnectionTime()};
        });
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0), StreamEvent(TextDelta{u"a"_s}));
    EXPECT_TRUE(std::holds_alternative<ProviderError>(events.at(1)));
    EXPECT_EQ(lastEventId, "1");
    EXPECT_EQ(reconnectionTime, std::nullopt);
}

/// Text for every NDJSON line but "bad", which the provider reports as an error.
class FailOnBadLineDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        const QByteArray &line = std::get<JsonLine>(frame).line;
        if (line == "bad")
            out.append(ProviderError{Error::make(Error::Kind::Provider, u"bad line"_s)});
        else
            out.append(TextDelta{QString::fromUtf8(line)});
    }
    bool isComplete() const override { return false; }
};

TEST(ReplyReader, IgnoresTheNdjsonLinesAfterAnErrorInTheSameChunk)
{
    // Found by tests/fuzz/replyreader_fuzzer in CI: fed whole, the lines
    // after the error were still decoded; cut after it, they were not.
    const auto events = inkchat::test::resultForEveryChunking(
        "a\nbad\nb\nc",
        [](const QList<QByteArray> &chunks) { return read<FailOnBadLineDecoder>(Framing::Ndjson, chunks); });
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0), StreamEvent(TextDelta{u"a"_s}));
    EXPECT_TRUE(std::holds_alternative<ProviderError>(events.at(1)));
}

TEST(ReplyReader, ReportsNoLimitBrokenAfterTheReplyEndedWithAnError)
{
    // Found by tests/fuzz/replyreader_fuzzer: a too long line after the
    // provider's error added a second error behind it.
    inkchat::stream::Limits limits;
    limits.maxLineLength = 12;
    const auto events = inkchat::test::resultForEveryChunking(
        "error: x\ndata: far too long\n\n", [&](const QList<QByteArray> &chunks) {
            return read<FailOnStrayLineDecoder>(Framing::Sse, chunks, limits);
        });
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(std::get<ProviderError>(events.first()).error.kind, Error::Kind::Provider);
}

} // namespace
