#include "export/seamsplit.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::exporting::splitAtSeams;

TEST(SplitAtSeams, GivesTheWholeTextWithoutSeams)
{
    EXPECT_EQ(splitAtSeams(u"Hello **world**"_s, {}), QStringList{u"Hello **world**"_s});
}

TEST(SplitAtSeams, CutsAtEachSeamInOrderAndIgnoresSeamsOutsideTheText)
{
    const QString text = u"one two three"_s;
    EXPECT_EQ(splitAtSeams(text, {8, 4, 4, 0, -3, 99}), (QStringList{u"one "_s, u"two "_s, u"three"_s}));
}

TEST(SplitAtSeams, ClosesAndReopensACodeFenceTheSeamCuts)
{
    const QString text = u"Intro\n\n```cpp\nint a;\nint b;\n```\nOutro"_s;
    const QStringList pieces = splitAtSeams(text, {int(text.indexOf(u"int b"_s))});
    ASSERT_EQ(pieces.size(), 2);
    EXPECT_EQ(pieces[0], u"Intro\n\n```cpp\nint a;\n```"_s);
    EXPECT_EQ(pieces[1], u"```cpp\nint b;\n```\nOutro"_s);
}

TEST(SplitAtSeams, LeavesAFenceClosedBeforeTheSeamAlone)
{
    const QString text = u"~~~~\ncode\n~~~~\nprose and more"_s;
    const QStringList pieces = splitAtSeams(text, {int(text.indexOf(u"more"_s))});
    EXPECT_EQ(pieces, (QStringList{u"~~~~\ncode\n~~~~\nprose and "_s, u"more"_s}));
}

TEST(SplitAtSeams, NeverPartsASurrogatePair)
{
    const QString text = u"a😀b"_s; // the emoji is two UTF-16 units, at 1 and 2
    EXPECT_EQ(splitAtSeams(text, {2}), (QStringList{u"a"_s, u"😀b"_s}));
}
