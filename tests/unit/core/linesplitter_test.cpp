#include "chunking.h"

#include "stream/linesplitter.h"

#include <gtest/gtest.h>

using inkchat::stream::LineSplitter;

namespace {

struct Split
{
    QList<QByteArray> lines;
    QByteArray pending;
    bool failed = false;
    bool operator==(const Split &) const = default;
};

Split split(const QByteArray &input, qsizetype maxLineLength = 1024)
{
    return inkchat::test::resultForEveryChunking(input, [&](const QList<QByteArray> &chunks) {
        LineSplitter splitter(maxLineLength);
        Split result;
        for (const QByteArray &chunk : chunks)
            splitter.feed(chunk, [&](QByteArrayView line) { result.lines.append(line.toByteArray()); });
        result.pending = splitter.pending().toByteArray();
        result.failed = splitter.hasFailed();
        return result;
    });
}

TEST(LineSplitter, SplitsOnLfCrAndCrlf)
{
    EXPECT_EQ(split("a\nb\rc\r\nd").lines, (QList<QByteArray>{"a", "b", "c"}));
    EXPECT_EQ(split("a\nb\rc\r\nd").pending, "d");
}

TEST(LineSplitter, ReadsCrCrAsTwoLineEndsAndLfCrAsTwo)
{
    EXPECT_EQ(split("a\r\rb\n\rc\n").lines, (QList<QByteArray>{"a", "", "b", "", "c"}));
}

TEST(LineSplitter, ReportsEmptyLines)
{
    EXPECT_EQ(split("\n\r\n\r").lines, (QList<QByteArray>{"", "", ""}));
}

TEST(LineSplitter, FailsOnLineLongerThanLimitButKeepsEarlierLines)
{
    const Split result = split("1234\n12345\nabc\n", 4);
    EXPECT_EQ(result.lines, QList<QByteArray>{"1234"});
    EXPECT_TRUE(result.failed);
}

TEST(LineSplitter, FailsOnUnterminatedLineLongerThanLimit)
{
    const Split result = split("ok\n123456", 4);
    EXPECT_EQ(result.lines, QList<QByteArray>{"ok"});
    EXPECT_TRUE(result.failed);
    EXPECT_TRUE(result.pending.isEmpty()) << "a broken limit must free the buffer";
}

TEST(LineSplitter, BuffersNoMoreThanTheLimit)
{
    LineSplitter splitter(8);
    const QByteArray chunk(5, 'x');
    EXPECT_TRUE(splitter.feed(chunk, [](QByteArrayView) {}));
    EXPECT_FALSE(splitter.feed(chunk, [](QByteArrayView) {}));
    EXPECT_EQ(splitter.pending().size(), 0);
    EXPECT_TRUE(splitter.error()->contains(QStringLiteral("maximum line length (8 bytes)")));
}

} // namespace
