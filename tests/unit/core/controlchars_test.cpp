#include "util/controlchars.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::escapeControls;
using inkchat::hasControls;
using inkchat::KeptControls;

TEST(ControlChars, EscapesTerminalSequencesInOneLine)
{
    // OSC 0 (window title), CSI 2J (clear screen), OSC 52 (clipboard write), BEL.
    const QString hostile = u"\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07"
                            u"done"_s;
    EXPECT_EQ(escapeControls(hostile), u"\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;ZWNobyBoaQ==\\x07done"_s);
}

TEST(ControlChars, EscapesC1ControlsAndDel)
{
    // U+009B is a one-character CSI for terminals that honour 8-bit controls.
    EXPECT_EQ(escapeControls(u"a\u009b2Jb\u007fc\u0085"_s), u"a\\u009b2Jb\\x7fc\\u0085"_s);
}

TEST(ControlChars, OneLineEscapesLineBreaksAndTabs)
{
    EXPECT_EQ(escapeControls(u"a\nb\tc\rd"_s), u"a\\x0ab\\x09c\\x0dd"_s);
}

TEST(ControlChars, ReplyTextKeepsNewlinesAndTabsButNotCarriageReturns)
{
    // A bare CR would let a reply overwrite what the terminal shows.
    EXPECT_EQ(escapeControls(u"a\nb\tc\rd"_s, KeptControls::LineBreaksTabs), u"a\nb\tc\\x0dd"_s);
}

TEST(ControlChars, LeavesOrdinaryTextAlone)
{
    const QString text = u"Grüße, 世界 😀 — \u00a0ok"_s;
    EXPECT_FALSE(hasControls(text));
    EXPECT_EQ(escapeControls(text), text);
}
