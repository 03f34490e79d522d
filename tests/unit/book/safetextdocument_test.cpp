#include "export/safetextdocument.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextFragment>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::platform::SafeTextDocument;

namespace {

QStringList linkTargets(const QTextDocument &document)
{
    QStringList targets;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                targets << it.fragment().charFormat().anchorHref();
        }
    }
    return targets;
}

} // namespace

// A plain QTextDocument opens a Markdown image's file while laying out, even
// with loadResource() overridden; an export must open nothing.
TEST(SafeTextDocument, NeverLoadsAnImageFromAPathOrUrl)
{
    QTemporaryDir dir;
    const QString picture = dir.filePath(u"big.png"_s);
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::black);
    ASSERT_TRUE(image.save(picture));

    SafeTextDocument document;
    document.setSafeMarkdown(
        u"Before\n\n![a](%1)\n\n![b](%2)\n\n![c](https://example.com/x.png)\n\n"
        "<img src=\"%1\">\n\nAfter"_s.arg(picture, QUrl::fromLocalFile(picture).toString()));
    document.setTextWidth(1000);

    EXPECT_LT(document.size().height(), 200); // a 300 px image would not fit
    const QString text = document.toPlainText();
    EXPECT_TRUE(text.contains(u"[image: "_s + picture + u']')) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"[image: https://example.com/x.png]"_s));
    EXPECT_TRUE(text.contains(u"After"_s));
}

TEST(SafeTextDocument, KeepsRawHtmlAsTextAndLinksOnlyToTheWeb)
{
    SafeTextDocument document;
    document.setSafeMarkdown(
        u"Show <script>alert('x')</script> then [bad](javascript:alert(1)), "
        "[local](file:///etc/passwd) and [good](https://example.com/).\n\n<div>tail</div>"_s);

    const QString text = document.toPlainText();
    EXPECT_TRUE(text.contains(u"<script>alert('x')</script>"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"then bad, local and good."_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"<div>tail</div>"_s));
    EXPECT_EQ(linkTargets(document), QStringList{u"https://example.com/"_s});
}

// One Markdown: the PDF reads "_x_" as emphasis, as GitHub and the HTML and
// EPUB exports do, not as the underline Qt's GitHub dialect switches on.
TEST(SafeTextDocument, ReadsUnderscoresAsEmphasisAsTheOtherExportsDo)
{
    SafeTextDocument document;
    document.setSafeMarkdown(u"plain _emphasis_ and ~~gone~~"_s);

    bool sawEmphasis = false;
    for (auto it = document.begin().begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        EXPECT_FALSE(fragment.charFormat().fontUnderline()) << qPrintable(fragment.text());
        if (fragment.text() == u"emphasis"_s)
            sawEmphasis = fragment.charFormat().fontItalic();
    }
    EXPECT_TRUE(sawEmphasis);
    EXPECT_EQ(document.toPlainText(), u"plain emphasis and gone"_s);
}
