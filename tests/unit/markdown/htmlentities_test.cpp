#include "markdown/htmlentities.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::markdown::decodeCharacterReference;

TEST(CharacterReference, DecodesEveryHtml5NameAndNumber)
{
    EXPECT_EQ(decodeCharacterReference("&amp;"), u"&"_s);
    EXPECT_EQ(decodeCharacterReference("&AElig;"), u"Æ"_s);
    EXPECT_EQ(decodeCharacterReference("&ClockwiseContourIntegral;"), u"∲"_s);
    EXPECT_EQ(decodeCharacterReference("&ngE;"), u"≧\u0338"_s); // two code points
    EXPECT_EQ(decodeCharacterReference("&zwnj;"), u"\u200C"_s); // the last name
    EXPECT_EQ(decodeCharacterReference("&#35;"), u"#"_s);
    EXPECT_EQ(decodeCharacterReference("&#X1F600;"), u"😀"_s);
    EXPECT_EQ(decodeCharacterReference("&#x000041;"), u"A"_s);
}

TEST(CharacterReference, LeavesUnknownNamesAsText)
{
    for (const char *text : {"&bogus;", "&amp", "amp;", "&;", "&#;", "&#xZ;", "&AMP ;", "&Amp;"})
        EXPECT_FALSE(decodeCharacterReference(text)) << text;
}

TEST(CharacterReference, ReplacesWhatAnExportMustNotHoldWithTheReplacementCharacter)
{
    for (const char *text : {"&#0;", "&#xD800;", "&#x110000;", "&#99999999;", "&#1;", "&#x1F;", "&#xFFFE;",
                             "&#xFDD0;", "&#x10FFFF;"})
        EXPECT_EQ(decodeCharacterReference(text), u"\uFFFD"_s) << text;
    EXPECT_EQ(decodeCharacterReference("&#9;"), u"\t"_s);
}
