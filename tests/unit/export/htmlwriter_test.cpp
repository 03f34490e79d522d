#include "export/htmlwriter.h"

#include "exporttesting.h"
#include "xhtmlcheck.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using namespace inkchat::exporting::test;
using inkchat::test::xhtmlProblems;

namespace {

QString exportHtml(const QList<ImportedConversation> &conversations)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.html"_s);
    HtmlWriter writer(path);
    EXPECT_FALSE(writeAll(writer, conversations));
    const QString html = readText(path);
    const QStringList problems = xhtmlProblems(html, false, inkchat::test::Images::Embedded);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"; "_s).toStdString() << "\n" << html.toStdString();
    return html;
}

} // namespace

TEST(HtmlExport, IsOneSelfContainedDocumentThatForbidsScripts)
{
    const QString html = exportHtml({sampleConversation()});
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>\n"_s));
    EXPECT_TRUE(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              "style-src 'unsafe-inline';"_s));
    EXPECT_TRUE(html.contains(u"<style>"_s));
    for (const QString &external : {u"<link"_s, u"src="_s, u"url("_s, u"@import"_s, u"<script"_s})
        EXPECT_FALSE(html.contains(external, Qt::CaseInsensitive)) << external.toStdString();
    EXPECT_TRUE(html.endsWith(u"</body>\n</html>\n"_s));
}

TEST(HtmlExport, EscapesTitleAndWritesMetadata)
{
    const QString html = exportHtml({sampleConversation()});
    EXPECT_TRUE(html.contains(u"<title>Trip *plans* &lt;b&gt;</title>"_s));
    EXPECT_TRUE(html.contains(u"<h1>Trip *plans* &lt;b&gt;</h1>"_s));
    EXPECT_TRUE(html.contains(u"Created: 2026-11-22 10:00 UTC · Updated: 2026-11-22 10:05 UTC"_s));
    EXPECT_TRUE(html.contains(u"<div class=\"system-prompt\">Be brief.\nUse metric units.</div>"_s));
}

TEST(HtmlExport, RendersMessagesWithHeadingsMarkersAndUsage)
{
    const QString html = exportHtml({sampleConversation()});
    EXPECT_TRUE(html.contains(u"<section class=\"message user\">\n<h2>You · 2026-11-22 10:00 UTC</h2>"_s));
    EXPECT_TRUE(html.contains(u"<h2>Assistant · gpt-4o · 2026-11-22 10:01 UTC</h2>"_s));
    EXPECT_TRUE(
        html.contains(u"<p>About <strong>300 km</strong> by road.</p>\n<ul>\n<li>Train: 3.5 h</li>"_s));
    EXPECT_TRUE(html.contains(u"<p class=\"usage\">Tokens: 12 in, 34 out</p>"_s));
    EXPECT_TRUE(html.contains(u"<p class=\"marker\">Interrupted: this reply is incomplete</p>"_s));
    EXPECT_TRUE(html.contains(u"<p class=\"marker error\">Error: HTTP 429: rate limited</p>"_s));
    EXPECT_TRUE(html.contains(u"<p class=\"marker\">Pending: this message was not sent yet</p>"_s));
}

TEST(HtmlExport, MarksTheSeamInsideTheRenderedCode)
{
    const QString html = exportHtml({sampleConversation()});
    EXPECT_TRUE(html.contains(u"<code class=\"language-python\">route = [&quot;Zürich&quot;,"
                              "<span class=\"seam\">— continued —</span> &quot;München&quot;]\n</code>"_s))
        << html.toStdString();
    EXPECT_FALSE(html.contains(QChar(0xFDD0)));
}

TEST(HtmlExport, MarksSeamsAtLineStartsWithoutBreakingBlocks)
{
    ImportedConversation c = sampleConversation();
    c.messages = {c.messages[1]};
    c.messages[0].text = u"Intro\n- one\n- two"_s + QChar(0xFDD0);
    c.messages[0].seams = {6, 12};
    const QString html = exportHtml({c});
    EXPECT_TRUE(html.contains(u"<li>one\n<span class=\"seam\">— continued —</span></li>\n<li>two</li>"_s))
        << html.toStdString();
    EXPECT_EQ(html.count(u"class=\"seam\""_s), 2);
}

TEST(HtmlExport, NeutralisesInjectedMarkup)
{
    ImportedConversation c = sampleConversation();
    c.conversation.title = u"<script>alert('title')</script>"_s;
    c.conversation.systemPrompt = u"</div><script>alert(2)</script>"_s;
    c.messages[1].text = u"<script>alert(1)</script>\n\n[x](javascript:alert(1)) "
                         "<img src=x onerror=alert(1)> ![y](https://evil.example/pixel.png)"_s;
    c.messages[1].model = u"<b onmouseover=\"x\">model</b>"_s;
    c.messages[3].errorText = u"<iframe src=\"https://evil.example\">"_s;
    const QString html = exportHtml({c});
    EXPECT_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(u"<img"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(u"<iframe"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
    EXPECT_TRUE(html.contains(u"<a href=\"https://evil.example/pixel.png\">y</a>"_s));
}

TEST(HtmlExport, WritesAValidDocumentForNoConversations)
{
    const QString html = exportHtml({});
    EXPECT_TRUE(html.contains(u"<title>Inkchat export</title>"_s));
    EXPECT_TRUE(html.contains(u"<body>\n</body>"_s));
}

TEST(HtmlExport, SeparatesConversations)
{
    const QString html = exportHtml({sampleConversation(), sampleConversation()});
    EXPECT_EQ(html.count(u"<article class=\"conversation\">"_s), 2);
    EXPECT_EQ(html.count(u"<hr class=\"conversation-break\"/>"_s), 1);
}

TEST(HtmlExport, EmbedsImagesAsDataUrlsTypedByTheirBytesWithEscapedAltText)
{
    ImportedConversation photos = sampleConversation();
    // The stored type lies: the bytes decide what the URL says.
    photos.messages[0].attachments = {
        {u"text/html"_s, u"a \"quoted\" <name>.png"_s, "\x89PNG\r\n\x1a\n px"_ba},
        {u"image/png"_s, QString(), "RIFF\x04\0\0\0WEBPVP8 "_ba}};
    const QString html = exportHtml({photos});
    EXPECT_TRUE(html.contains(u"style-src 'unsafe-inline'; img-src data:;"_s))
        << "images from data: URLs only";
    EXPECT_TRUE(html.contains(u"<p class=\"images\"><img src=\"data:image/png;base64,iVBORw0KGgogcHg=\" "
                              "alt=\"a &quot;quoted&quot; &lt;name&gt;.png\"/>"
                              "<img src=\"data:image/webp;base64,UklGRgQAAABXRUJQVlA4IA==\" "
                              "alt=\"Attached image\"/></p>"_s))
        << html.toStdString();
    EXPECT_EQ(html.count(u"<img "_s), 2);
    EXPECT_FALSE(html.contains(u"text/html"_s));
    EXPECT_FALSE(exportHtml({sampleConversation()}).contains(u"<img"_s)) << "no images, no img";
}

TEST(HtmlExport, LeavesOutBytesThatAreNoImageAndSaysSo)
{
    ImportedConversation tampered = sampleConversation();
    tampered.messages[0].attachments = {
        {u"image/png"_s, u"<script>x</script>.png"_s, "<script>alert(1)</script>"_ba}};
    const QString html = exportHtml({tampered});
    EXPECT_FALSE(html.contains(u"<img"_s));
    EXPECT_FALSE(html.contains(u"<script"_s));
    EXPECT_FALSE(html.contains(u"alert(1)"_s)) << "the bytes are not written at all";
    EXPECT_TRUE(html.contains(u"<span class=\"marker\">[Image not shown: &lt;script&gt;x&lt;/script&gt;.png "
                              "is not a readable PNG, JPEG, GIF or WebP image]</span>"_s))
        << html.toStdString();
}
