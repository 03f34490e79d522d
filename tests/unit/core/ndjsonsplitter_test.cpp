#include "chunking.h"

#include "stream/ndjsonsplitter.h"

#include <gtest/gtest.h>

using inkchat::stream::Limits;
using inkchat::stream::NdjsonSplitter;

namespace {

struct Lines
{
    QList<QByteArray> lines;
    bool failed = false;
    bool operator==(const Lines &) const = default;
};

Lines split(const QByteArray &input, Limits limits = {})
{
    return inkchat::test::resultForEveryChunking(input, [&](const QList<QByteArray> &chunks) {
        NdjsonSplitter splitter(limits);
        Lines result;
        const auto collect = [&](QByteArrayView line) { result.lines.append(line.toByteArray()); };
        for (const QByteArray &chunk : chunks)
            splitter.feed(chunk, collect);
        splitter.finish(collect);
        result.failed = splitter.error().has_value();
        return result;
    });
}

TEST(NdjsonSplitter, YieldsOneLinePerJsonValue)
{
    EXPECT_EQ(split("{\"a\":1}\n{\"b\":\"ü你🙂\"}\n").lines,
              (QList<QByteArray>{"{\"a\":1}", "{\"b\":\"ü你🙂\"}"}));
}

TEST(NdjsonSplitter, SkipsBlankLinesAndToleratesCrlf)
{
    EXPECT_EQ(split("\n{\"a\":1}\r\n\r\n  \n{\"b\":2}\r\n").lines,
              (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"}));
}

TEST(NdjsonSplitter, KeepsLastLineWithoutNewline)
{
    EXPECT_EQ(split("{\"a\":1}\n{\"done\":true}").lines, (QList<QByteArray>{"{\"a\":1}", "{\"done\":true}"}));
}

TEST(NdjsonSplitter, StopsAtOverlongLineAndKeepsEarlierLines)
{
    Limits limits;
    limits.maxLineLength = 8;
    const Lines result = split("{\"a\":1}\n{\"toolong\":1}\n{\"c\":3}\n", limits);
    EXPECT_EQ(result.lines, QList<QByteArray>{"{\"a\":1}"});
    EXPECT_TRUE(result.failed);
}

} // namespace
