#include "chunking.h"

#include "stream/utf8.h"
#include "stream/utf8textdecoder.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::stream::toValidUtf8;
using inkchat::stream::Utf8TextDecoder;

namespace {

std::string decode(const QByteArray &input)
{
    return inkchat::test::resultForEveryChunking(input, [](const QList<QByteArray> &chunks) {
        Utf8TextDecoder decoder;
        QString text;
        for (const QByteArray &chunk : chunks)
            text += decoder.feed(chunk);
        text += decoder.finish();
        return text.toStdString();
    });
}

TEST(Utf8TextDecoder, KeepsCharactersSplitAcrossChunks)
{
    EXPECT_EQ(decode("Grüße, 你好, 🙂!"), "Grüße, 你好, 🙂!");
}

TEST(Utf8TextDecoder, HoldsBackAnIncompleteCharacterUntilItCompletes)
{
    Utf8TextDecoder decoder;
    EXPECT_EQ(decoder.feed("a\xF0\x9F").toStdString(), "a");
    EXPECT_EQ(decoder.feed("\x99").toStdString(), "");
    EXPECT_EQ(decoder
                  .feed("\x82"
                        "b")
                  .toStdString(),
              "🙂b");
    EXPECT_EQ(decoder.finish().toStdString(), "");
}

TEST(Utf8TextDecoder, ReplacesInvalidBytes)
{
    EXPECT_EQ(decode("a\xFF"
                     "b\xC0\xAF"
                     "c\xED\xA0\x80"
                     "d"),
              "a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFD\uFFFDd");
}

TEST(Utf8TextDecoder, ReplacesCharacterCutOffAtEndOfStream)
{
    EXPECT_EQ(decode("ok\xE2\x82"), "ok\uFFFD");
}

TEST(Utf8TextDecoder, DropsLeadingBomOnly)
{
    EXPECT_EQ(decode("\xEF\xBB\xBFhi\xEF\xBB\xBF"), "hi\uFEFF");
}

TEST(Utf8, ReplacesEachMaximalInvalidSubpartOnce)
{
    // WHATWG Encoding: a truncated sequence is one error; a byte that cannot
    // continue it starts again.
    EXPECT_EQ(toValidUtf8(QByteArrayView("\xE2\x82"
                                         "A")),
              "\xEF\xBF\xBD"
              "A");
    EXPECT_EQ(toValidUtf8(QByteArrayView("\xF0\x9F\x99")), "\xEF\xBF\xBD");
    EXPECT_EQ(toValidUtf8(QByteArrayView("\xE0\x80")), "\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(toValidUtf8(QByteArrayView("\xF4\x90\x80\x80")),
              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, SharesValidInputWithoutCopying)
{
    const QByteArray valid = "Grüße";
    EXPECT_EQ(toValidUtf8(valid).constData(), valid.constData());
}

} // namespace
