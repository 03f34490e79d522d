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

TEST(ReplyText, ARestartReplacesThePartialReplyWithItsFirstPiece)
{
    // A server asked again words its answer differently: the new answer is
    // never joined to the old one's beginning.
    ReplyText reply;
    reply.append(u"Ein langer Sa"_s);
    reply.beginContinuation(); // an earlier seam belongs to the old text
    reply.append(u"tz"_s);
    reply.beginRestart();
    EXPECT_TRUE(reply.isRestarting());
    EXPECT_EQ(reply.append(QString()), QString());
    EXPECT_EQ(reply.text(), u"Ein langer Satz"_s) << "kept until the new answer says something";
    EXPECT_EQ(reply.append(u"Ein kurzer"_s), u"Ein kurzer"_s);
    EXPECT_FALSE(reply.isRestarting());
    EXPECT_EQ(reply.append(u" Satz."_s), u" Satz."_s);
    EXPECT_EQ(reply.text(), u"Ein kurzer Satz."_s);
    EXPECT_TRUE(reply.seams().isEmpty());
}

TEST(ReplyText, ARestartOfNothingIsAPlainReply)
{
    ReplyText reply;
    reply.beginRestart();
    EXPECT_FALSE(reply.isRestarting());
    EXPECT_EQ(reply.append(u"Hallo"_s), u"Hallo"_s);
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
