#include "export/exportfilename.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::exporting::exportFileName;

namespace {

QString name(const QString &title)
{
    return exportFileName(title, u"Conversation"_s);
}

} // namespace

TEST(ExportFileName, NeverNamesAWindowsDevice)
{
    for (const QString &device : {u"CON"_s, u"con"_s, u"NUL"_s, u"Prn"_s, u"AUX"_s, u"COM1"_s, u"com9"_s,
                                  u"LPT1"_s, u"COM¹"_s, u"nul.txt"_s, u"CON.tar.gz"_s, u"  NUL  "_s}) {
        const QString result = name(device);
        EXPECT_TRUE(result.startsWith(u'_')) << qPrintable(device) << " -> " << qPrintable(result);
    }
    EXPECT_EQ(name(u"CONSOLE log"_s), u"CONSOLE log"_s);
    EXPECT_EQ(name(u"COM10"_s), u"COM10"_s);
}

TEST(ExportFileName, DropsBidiOverridesAndInvisibleCharacters)
{
    // U+202E would show the name as "invoiceexe.pdf".
    EXPECT_EQ(name(u"invoice\u202Efdp.exe"_s), u"invoicefdp.exe"_s);
    EXPECT_EQ(name(u"a\u200Bb\u2066c\u2069d\uFEFFe\u200Ff"_s), u"abcdef"_s);
}

TEST(ExportFileName, ReplacesReservedAndControlCharacters)
{
    EXPECT_EQ(name(u"a/b\\c:d*e?f\"g<h>i|j"_s), u"a-b-c-d-e-f-g-h-i-j"_s);
    EXPECT_EQ(name(u"bell\u0007 esc\u001b[2J csi\u009b"_s), u"bell- esc-[2J csi-"_s);
    EXPECT_EQ(name(u"../../etc/passwd"_s), u"-..-etc-passwd"_s);
}

TEST(ExportFileName, TrimsDotsAndSpacesWindowsWouldDropAndKeepsItShort)
{
    EXPECT_EQ(name(u"  .hidden notes. . "_s), u"hidden notes"_s);
    EXPECT_EQ(name(u"..."_s), u"Conversation"_s);
    EXPECT_EQ(name(QString()), u"Conversation"_s);
    const QString emoji = QString(59, u'x') + u"😀tail"_s; // the pair would be cut in half at 60
    EXPECT_EQ(name(emoji), QString(59, u'x'));
    EXPECT_EQ(name(u"Grüße 世界"_s), u"Grüße 世界"_s);
}
