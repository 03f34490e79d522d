// The title a conversation gets from its first message, in every front end.

#include "chat/conversationtitle.h"
#include "chat/records.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::chat::kMaxTitleLength;
using inkchat::chat::titleFromMessage;

namespace {

TEST(ConversationTitle, IsTheFirstLineWithTextWithItsWhiteSpaceMadeOne)
{
    EXPECT_EQ(titleFromMessage(u"  What is   an\te-ink panel? "_s), u"What is an e-ink panel?"_s);
    EXPECT_EQ(titleFromMessage(u"\n  \nFix this code:\n```\nint main() {}\n```"_s), u"Fix this code:"_s);
    EXPECT_EQ(titleFromMessage(u" \n\t "_s), QString());
}

TEST(ConversationTitle, ALongLineIsCutAtAWordWithAnEllipsis)
{
    const QString line =
        u"Please explain in great detail how partial refreshes on e-ink panels work, step by step"_s;
    const QString title = titleFromMessage(line);
    EXPECT_LE(title.size(), kMaxTitleLength);
    EXPECT_TRUE(title.endsWith(u'…')) << title.toStdString();
    EXPECT_TRUE(line.startsWith(title.chopped(1))) << title.toStdString();
    EXPECT_TRUE(line.at(title.size() - 1).isSpace()) << "cut between words: " << title.toStdString();

    const QString exact(kMaxTitleLength, u'x');
    EXPECT_EQ(titleFromMessage(exact), exact) << "a title that fits is kept whole";
    const QString word(kMaxTitleLength + 1, u'x');
    EXPECT_EQ(titleFromMessage(word).size(), kMaxTitleLength) << "one long word is cut where it must";
}

TEST(ConversationTitle, NeverCutsASurrogatePairInHalf)
{
    QString line(kMaxTitleLength - 2, u'a');
    line += u"😀😀😀"_s;
    const QString title = titleFromMessage(line);
    EXPECT_TRUE(title.endsWith(u'…'));
    EXPECT_FALSE(title.chopped(1).back().isHighSurrogate()) << "no half pair before the ellipsis";
}

TEST(TokenUsage, MergesCountsReportedInSeparateEvents)
{
    inkchat::chat::TokenUsage usage;
    usage.merge(12, -1);
    usage.merge(-1, 34);
    EXPECT_EQ(usage, (inkchat::chat::TokenUsage{12, 34}));
    usage.merge(-1, 40); // a later, larger count replaces the earlier one
    EXPECT_EQ(usage, (inkchat::chat::TokenUsage{12, 40}));
}

} // namespace
