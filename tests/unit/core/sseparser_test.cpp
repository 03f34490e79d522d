#include "chunking.h"

#include "stream/sseparser.h"

#include <QList>
#include <QString>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::stream::Limits;
using inkchat::stream::SseEvent;
using inkchat::stream::SseHandler;
using inkchat::stream::SseParser;

namespace {

/// Everything the parser reported, as readable lines, so one comparison
/// checks events, retries, comments and unknown fields in order.
struct Transcript
{
    QList<QByteArray> lines;
    QByteArray lastEventId;
    std::optional<QString> error;

    bool operator==(const Transcript &other) const
    {
        return lines == other.lines && lastEventId == other.lastEventId && error == other.error;
    }
};

class Recorder : public SseHandler
{
public:
    QList<QByteArray> lines;

    void onEvent(const SseEvent &e) override
    {
        lines.append("event " + e.type + " id=" + e.lastEventId + " data=" + e.data);
    }
    void onRetry(qint64 ms) override { lines.append("retry " + QByteArray::number(ms)); }
    void onComment(QByteArrayView text) override { lines.append("comment " + text.toByteArray()); }
    void onUnknownField(QByteArrayView name, QByteArrayView value, QByteArrayView line) override
    {
        lines.append("unknown " + name.toByteArray() + "=" + value.toByteArray()
                     + " line=" + line.toByteArray());
    }
};

Transcript parseChunks(const QList<QByteArray> &chunks, Limits limits = {})
{
    SseParser parser(limits);
    Recorder recorder;
    for (const QByteArray &chunk : chunks)
        parser.feed(chunk, recorder);
    parser.finish(recorder);
    return {recorder.lines, parser.lastEventId(), parser.error()};
}

/// Parses the stream cut in every way (whole, byte by byte, every split
/// point); fails the test if any cut changes the result.
Transcript parse(const QByteArray &stream, Limits limits = {})
{
    return inkchat::test::resultForEveryChunking(
        stream, [&](const QList<QByteArray> &chunks) { return parseChunks(chunks, limits); });
}

QList<QByteArray> events(const QByteArray &stream)
{
    return parse(stream).lines;
}

TEST(SseParser, DispatchesEventOnBlankLine)
{
    EXPECT_EQ(events("data: hello\n\n"), QList<QByteArray>{"event message id= data=hello"});
}

TEST(SseParser, AcceptsLfCrAndCrlfLineEndings)
{
    const QList<QByteArray> expected{"event message id= data=a", "event message id= data=b",
                                     "event message id= data=c"};
    EXPECT_EQ(events("data: a\n\ndata: b\r\rdata: c\r\n\r\n"), expected);
}

TEST(SseParser, JoinsCrOfOneChunkWithLfOfTheNext)
{
    // Fed in two chunks, the CR ends one line and the LF must not be read as
    // a second, empty line (which would dispatch too early).
    const auto transcript = parseChunks({"data: a\r", "\ndata: b\r\n\r\n"});
    EXPECT_EQ(transcript.lines, QList<QByteArray>{"event message id= data=a\nb"});
}

TEST(SseParser, JoinsDataLinesWithLfAndDropsTheFinalLf)
{
    EXPECT_EQ(events("data: one\ndata: two\ndata\ndata:\n\n"),
              QList<QByteArray>{"event message id= data=one\ntwo\n\n"});
}

TEST(SseParser, RemovesOnlyOneSpaceAfterTheColon)
{
    EXPECT_EQ(events("data:no space\n\ndata:  two spaces\n\n"),
              (QList<QByteArray>{"event message id= data=no space", "event message id= data= two spaces"}));
}

TEST(SseParser, TreatsFieldWithoutColonAsEmptyValue)
{
    // "data" alone appends an empty line: the event's data is "".
    EXPECT_EQ(events("data\n\n"), QList<QByteArray>{"event message id= data="});
}

TEST(SseParser, DoesNotDispatchEventWithEmptyDataBuffer)
{
    EXPECT_EQ(events("event: ping\n\n:comment only\n\nid: 7\n\n"), QList<QByteArray>{"comment comment only"});
}

TEST(SseParser, SetsTypeFromEventFieldAndResetsItAfterDispatch)
{
    EXPECT_EQ(
        events("event: add\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\n"),
        (QList<QByteArray>{"event add id= data=1", "event message id= data=2", "event message id= data=3"}));
}

TEST(SseParser, KeepsLastEventIdAcrossEvents)
{
    const auto transcript = parse("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");
    EXPECT_EQ(transcript.lines, (QList<QByteArray>{"event message id=1 data=a", "event message id=1 data=b",
                                                   "event message id= data=c"}));
    EXPECT_EQ(transcript.lastEventId, "");
}

TEST(SseParser, IgnoresIdContainingNull)
{
    static const char stream[] = "id: 5\ndata: a\n\nid: x\0y\ndata: b\n\n";
    const auto transcript = parse(QByteArray(stream, sizeof stream - 1));
    EXPECT_EQ(transcript.lines,
              (QList<QByteArray>{"event message id=5 data=a", "event message id=5 data=b"}));
    EXPECT_EQ(transcript.lastEventId, "5");
}

TEST(SseParser, CommitsIdOfEventWithoutDataOnBlankLine)
{
    // The id buffer becomes the last event id at every blank line, even when
    // no event is dispatched, so a reconnection resumes after it.
    EXPECT_EQ(parse("data: a\n\nid: 42\n\n").lastEventId, "42");
}

TEST(SseParser, DoesNotCommitIdOfUnterminatedEvent)
{
    const auto transcript = parse("id: 1\ndata: a\n\nid: 2\ndata: b\n");
    EXPECT_EQ(transcript.lines, QList<QByteArray>{"event message id=1 data=a"});
    EXPECT_EQ(transcript.lastEventId, "1");
}

TEST(SseParser, DiscardsUnterminatedEventAtEndOfStream)
{
    EXPECT_EQ(events("data: complete\n\ndata: partial"),
              QList<QByteArray>{"event message id= data=complete"});
    EXPECT_EQ(events("data: partial\n"), QList<QByteArray>{});
}

TEST(SseParser, ReportsRetryOnlyWhenAllAsciiDigits)
{
    EXPECT_EQ(events("retry: 3000\n\nretry: 12a\n\nretry: -1\n\nretry: \n\nretry:1.5\n\nretry:0\n\n"),
              (QList<QByteArray>{"retry 3000", "retry 0"}));
}

TEST(SseParser, SaturatesRetryThatOverflows)
{
    EXPECT_EQ(events("retry: 99999999999999999999999\n\n"),
              QList<QByteArray>{"retry " + QByteArray::number(std::numeric_limits<qint64>::max())});
}

TEST(SseParser, ReportsCommentsForHeartbeats)
{
    EXPECT_EQ(events(": keep-alive\n:\n\n"), (QList<QByteArray>{"comment  keep-alive", "comment "}));
}

TEST(SseParser, HandsUnknownFieldsAndBareJsonLinesToTheHook)
{
    EXPECT_EQ(events("error: {\"message\":\"bad\"}\n{\"error\": {\"code\": 503}}\nfoo\n\n"),
              (QList<QByteArray>{
                  "unknown error={\"message\":\"bad\"} line=error: {\"message\":\"bad\"}",
                  "unknown {\"error\"={\"code\": 503}} line={\"error\": {\"code\": 503}}",
                  "unknown foo= line=foo",
              }));
}

TEST(SseParser, HandsUnterminatedLastLineWithUnknownFieldToTheHook)
{
    // Gemini's bare JSON error can end the body without a newline.
    EXPECT_EQ(events("data: a\n\n}"), (QList<QByteArray>{"event message id= data=a", "unknown }= line=}"}));
    EXPECT_EQ(events("data: a\n\ndata: b"), QList<QByteArray>{"event message id= data=a"});
}

TEST(SseParser, FieldNamesAreCaseSensitive)
{
    EXPECT_EQ(events("Data: x\n\n"), QList<QByteArray>{"unknown Data=x line=Data: x"});
}

TEST(SseParser, DropsLeadingBomOnce)
{
    EXPECT_EQ(events("\xEF\xBB\xBF"
                     "data: a\n\n"),
              QList<QByteArray>{"event message id= data=a"});
    // A second BOM is part of the first line's field name: not "data".
    EXPECT_EQ(events("\xEF\xBB\xBF\xEF\xBB\xBF"
                     "data: a\n\n"),
              QList<QByteArray>{"unknown \xEF\xBB\xBF"
                                "data=a line=\xEF\xBB\xBF"
                                "data: a"});
}

TEST(SseParser, ParsesBytesThatOnlyStartLikeABom)
{
    EXPECT_EQ(events("\xEF\xBB"
                     "data: a\n\n"),
              QList<QByteArray>{"unknown \xEF\xBF\xBD"
                                "data=a line=\xEF\xBF\xBD"
                                "data: a"});
}

TEST(SseParser, KeepsMultiByteCharactersSplitAcrossChunks)
{
    // Umlauts, CJK and an emoji: 2-, 3- and 4-byte sequences.
    EXPECT_EQ(events("data: Grüße 你好 🙂\n\n"),
              QList<QByteArray>{"event message id= data=Grüße 你好 🙂"});
}

TEST(SseParser, ReplacesInvalidUtf8WithReplacementCharacter)
{
    EXPECT_EQ(events("data: a\xFF"
                     "b\xE2\x82\n\n"),
              QList<QByteArray>{"event message id= data=a\xEF\xBF\xBD"
                                "b\xEF\xBF\xBD"});
}

TEST(SseParser, ParsesAWholeOpenAiStyleStream)
{
    const QByteArray stream = "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                              ": ping\n\n"
                              "data: {\"choices\":[{\"delta\":{\"content\":\" there\"}}]}\n\n"
                              "data: [DONE]\n\n";
    EXPECT_EQ(events(stream),
              (QList<QByteArray>{
                  "event message id= data={\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}",
                  "comment  ping",
                  "event message id= data={\"choices\":[{\"delta\":{\"content\":\" there\"}}]}",
                  "event message id= data=[DONE]",
              }));
}

TEST(SseParser, StopsAtOverlongLineAndKeepsEarlierEvents)
{
    Limits limits;
    limits.maxLineLength = 16;
    const auto transcript = parse("data: short\n\ndata: this line is far too long\n\ndata: after\n\n",
                                  limits);
    EXPECT_EQ(transcript.lines, QList<QByteArray>{"event message id= data=short"});
    ASSERT_TRUE(transcript.error.has_value());
    EXPECT_TRUE(transcript.error->contains(u"maximum line length"_s)) << qPrintable(*transcript.error);
}

TEST(SseParser, StopsAtOversizedEventAndKeepsEarlierEvents)
{
    Limits limits;
    limits.maxEventSize = 10;
    const auto transcript = parse("data: 0123456789\n\ndata: 01234\ndata: 56789\n\ndata: x\n\n", limits);
    EXPECT_EQ(transcript.lines, QList<QByteArray>{"event message id= data=0123456789"});
    ASSERT_TRUE(transcript.error.has_value());
    EXPECT_TRUE(transcript.error->contains(u"maximum event size"_s)) << qPrintable(*transcript.error);
}

TEST(SseParser, RefusesFurtherInputAfterALimitBroke)
{
    Limits limits;
    limits.maxLineLength = 4;
    SseParser parser(limits);
    Recorder recorder;
    EXPECT_FALSE(parser.feed("data: too long\n\n", recorder));
    EXPECT_FALSE(parser.feed("data: x\n\n", recorder));
    EXPECT_TRUE(recorder.lines.isEmpty());
}

TEST(SseParser, CountsAnEventStillArrivingAsPendingButNotAComment)
{
    SseParser parser;
    Recorder recorder;
    ASSERT_TRUE(parser.feed(": heartbeat cut by the rea", recorder));
    EXPECT_EQ(parser.pendingSize(), 0) << "a comment arriving is a heartbeat, not the reply";
    ASSERT_TRUE(parser.feed("d\ndata: a large delta ", recorder));
    const qsizetype arriving = parser.pendingSize();
    EXPECT_GT(arriving, 0);
    ASSERT_TRUE(parser.feed("still coming", recorder));
    EXPECT_GT(parser.pendingSize(), arriving);
    ASSERT_TRUE(parser.feed("\n\n", recorder));
    EXPECT_EQ(parser.pendingSize(), 0);
}

TEST(SseParser, ResetKeepsLastEventIdForTheNextConnection)
{
    SseParser parser;
    Recorder recorder;
    ASSERT_TRUE(parser.feed("id: 9\ndata: a\n\ndata: half", recorder));
    parser.reset();
    ASSERT_TRUE(parser.feed("data: b\n\n", recorder));
    EXPECT_EQ(recorder.lines, (QList<QByteArray>{"event message id=9 data=a", "event message id=9 data=b"}));
    EXPECT_EQ(parser.lastEventId(), "9");
}

} // namespace
