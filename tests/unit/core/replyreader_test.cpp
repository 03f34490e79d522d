#include "chunking.h"

#include "provider/replyreader.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::provider;
using inkchat::Error;

namespace {

/// Turns every frame into a TextDelta describing it, and is complete once
/// it has seen a frame containing "end".
class EchoDecoder final : public ReplyDecoder
{
public:
    void decode(const Frame &frame, StreamEvents &out) override
    {
        QString text;
        if (const auto *event = std::get_if<inkchat::stream::SseEvent>(&frame))
            text = u"sse:"_s + QString::fromUtf8(event->data);
        else if (const auto *stray = std::get_if<SseStrayLine>(&frame))
            text = u"stray:"_s + QString::fromUtf8(stray->line);
        else if (const auto *json = std::get_if<JsonLine>(&frame))
            text = u"json:"_s + QString::fromUtf8(json->line);
        else
            text = u"text:"_s + std::get<TextChunk>(frame).text;
        m_complete = m_complete || text.contains(u"end"_s);
        out.append(TextDelta{text});
    }
    bool isComplete() const override { return m_complete; }

private:
    bool m_complete = false;
};

StreamEvents read(Framing framing, const QList<QByteArray> &chunks, inkchat::stream::Limits limits = {})
{
    ReplyReader reader(framing, std::make_unique<EchoDecoder>(), limits);
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
        "{\"a\":1}\r\n\n{\"b\":\"end\"}", [](const QList<QByteArray> &chunks) { return read(Framing::Ndjson, chunks); });
    EXPECT_EQ(joinedText(events), u"json:{\"a\":1}json:{\"b\":\"end\"}"_s);
    EXPECT_EQ(events.size(), 2);
}

TEST(ReplyReader, DecodesPlainTextWhateverTheSplit)
{
    const auto text = inkchat::test::resultForEveryChunking("Grüße 你好 🙂 end", [](const QList<QByteArray> &chunks) {
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
    EXPECT_TRUE(error->error.message.startsWith(u"the reply was interrupted"_s)) << qPrintable(error->error.message);
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
    const auto events = read(Framing::Sse, {"data: one\n\ndata: two\n\ndata: far too long\n\ndata: end\n\n"}, limits);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0), StreamEvent(TextDelta{u"sse:one"_s}));
    EXPECT_EQ(events.at(1), StreamEvent(TextDelta{u"sse:two"_s}));
    const auto *error = std::get_if<ProviderError>(&events.at(2));
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->error.kind, Error::Kind::LimitExceeded);
    EXPECT_TRUE(error->error.message.contains(u"maximum line length"_s)) << qPrintable(error->error.message);
}

} // namespace
