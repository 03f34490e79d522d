#include "chat/replytext.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::chat::ReplyText;

TEST(ReplyText, ShowsEveryPieceOfAnUninterruptedReply)
{
    ReplyText reply;
    EXPECT_EQ(reply.append(u"Hallo"_s), u"Hallo"_s);
    EXPECT_EQ(reply.append(u" Welt"_s), u" Welt"_s);
    EXPECT_EQ(reply.text(), u"Hallo Welt"_s);
    EXPECT_TRUE(reply.seams().isEmpty());
}

TEST(ReplyText, ARestartShowsOnlyWhatGoesBeyondTheShownText)
{
    ReplyText reply;
    reply.append(u"Ein langer Sa"_s);
    reply.beginRestart();
    // The new reply repeats the shown text in other pieces, then goes on.
    EXPECT_EQ(reply.append(u"Ein "_s), QString());
    EXPECT_EQ(reply.append(u"langer Satz"_s), u"tz"_s);
    EXPECT_EQ(reply.append(u" über Züge."_s), u" über Züge."_s);
    EXPECT_EQ(reply.text(), u"Ein langer Satz über Züge."_s);
}

TEST(ReplyText, ARestartThatDiffersIsRefusedAndTheShownTextKept)
{
    ReplyText reply;
    reply.append(u"Ein langer Satz"_s);
    reply.beginRestart();
    EXPECT_EQ(reply.append(u"Ein "_s), QString());
    EXPECT_EQ(reply.append(u"kurzer"_s), std::nullopt);
    EXPECT_EQ(reply.text(), u"Ein langer Satz"_s);
}

TEST(ReplyText, AContinuationRecordsTheSeam)
{
    ReplyText reply;
    reply.append(u"Ein langer"_s);
    reply.beginContinuation();
    EXPECT_EQ(reply.append(u" Satz."_s), u" Satz."_s);
    EXPECT_EQ(reply.text(), u"Ein langer Satz."_s);
    EXPECT_EQ(reply.seams(), QList<qsizetype>{10});
}

TEST(ReplyText, AContinuationAfterWhiteSpaceDoesNotRepeatIt)
{
    // The prefill went out as "Hello" (trailing white space trimmed); the
    // model's " world" must not make it "Hello  world".
    ReplyText reply;
    reply.append(u"Hello "_s);
    reply.beginContinuation();
    EXPECT_EQ(reply.append(u" "_s), QString());
    EXPECT_EQ(reply.append(u"  world"_s), u"world"_s);
    EXPECT_EQ(reply.append(u" again"_s), u" again"_s); // only the leading white space
    EXPECT_EQ(reply.text(), u"Hello world again"_s);
}
