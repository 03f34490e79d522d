#include "markdown/safelink.h"
#include "markdown/xhtml.h"
#include "markdown/xmltext.h"

#include "xhtmlcheck.h"

#include <md4c.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::markdown::escapeXml;
using inkchat::markdown::markdownToXhtml;
using inkchat::markdown::percentEncodedUrl;
using inkchat::markdown::safeLinkTarget;
using inkchat::test::xhtmlProblems;

namespace {

std::string html(const QString &markdown)
{
    return markdownToXhtml(markdown).toStdString();
}

/// Renders and checks that the result is well-formed and safe.
QString safeHtml(const QString &markdown)
{
    const QString out = markdownToXhtml(markdown);
    const QStringList problems = xhtmlProblems(out, true);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u"; "_s).toStdString()
                                    << "\ninput: " << markdown.toStdString()
                                    << "\noutput: " << out.toStdString();
    return out;
}

} // namespace

TEST(MarkdownHtml, RendersParagraphsWithHardBreaks)
{
    EXPECT_EQ(html(u"one\ntwo"_s), "<p>one\ntwo</p>\n");
    EXPECT_EQ(html(u"one  \ntwo\\\nthree"_s), "<p>one<br/>\ntwo<br/>\nthree</p>\n");
    EXPECT_EQ(html(u"a\r\n\r\nb"_s), "<p>a</p>\n<p>b</p>\n");
}

TEST(MarkdownHtml, RendersAtxHeadings)
{
    EXPECT_EQ(html(u"# One\n###### Six ##\n####### seven"_s),
              "<h1>One</h1>\n<h6>Six</h6>\n<p>####### seven</p>\n");
    EXPECT_EQ(html(u"## C#"_s), "<h2>C#</h2>\n");
    EXPECT_EQ(html(u"#hashtag"_s), "<p>#hashtag</p>\n");
}

TEST(MarkdownHtml, RendersBulletAndNumberedLists)
{
    EXPECT_EQ(html(u"- a\n- b\n  more\n* c"_s),
              "<ul>\n<li>a</li>\n<li>b\nmore</li>\n</ul>\n<ul>\n<li>c</li>\n</ul>\n");
    EXPECT_EQ(html(u"3. three\n4. four"_s), "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n");
    EXPECT_EQ(html(u"1. a\n\n2. b"_s), "<ol>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ol>\n");
    EXPECT_EQ(html(u"- outer\n  - inner"_s), "<ul>\n<li>outer\n<ul>\n<li>inner</li>\n</ul>\n</li>\n</ul>\n");
    EXPECT_EQ(html(u"in\n2024. it rained"_s), "<p>in\n2024. it rained</p>\n");
}

TEST(MarkdownHtml, RendersBlockQuotes)
{
    EXPECT_EQ(
        html(u"> quoted\nlazy\n> > inner"_s),
        "<blockquote>\n<p>quoted\nlazy</p>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</blockquote>\n");
}

TEST(MarkdownHtml, RendersFencedAndIndentedCode)
{
    EXPECT_EQ(html(u"```c++\nif (a < b && c) {}\n```"_s),
              "<pre><code class=\"language-c++\">if (a &lt; b &amp;&amp; c) {}\n</code></pre>\n");
    EXPECT_EQ(html(u"~~~\n**not bold**\n~~~~"_s), "<pre><code>**not bold**\n</code></pre>\n");
    EXPECT_EQ(html(u"    indented\n\n    code"_s), "<pre><code>indented\n\ncode\n</code></pre>\n");
    EXPECT_EQ(html(u"```\nnever closed"_s), "<pre><code>never closed\n</code></pre>\n");
}

TEST(MarkdownHtml, KeepsOnlySafeLanguageNamesAsClass)
{
    EXPECT_EQ(html(u"```x\"onload=\"y\nz\n```"_s), "<pre><code>z\n</code></pre>\n");
    EXPECT_EQ(html(u"```py:main\nz\n```"_s), "<pre><code>z\n</code></pre>\n");
    EXPECT_EQ(html(u"```objective-c extra words\nz\n```"_s),
              "<pre><code class=\"language-objective-c\">z\n</code></pre>\n");
}

TEST(MarkdownHtml, RendersThematicBreaks)
{
    EXPECT_EQ(html(u"a\n\n---\n\n* * *\n___"_s), "<p>a</p>\n<hr/>\n<hr/>\n<hr/>\n");
}

TEST(MarkdownHtml, RendersInlineCodeStrongAndEmphasis)
{
    EXPECT_EQ(html(u"`a <b>` **strong** *em* _em_ ***both***"_s),
              "<p><code>a &lt;b&gt;</code> <strong>strong</strong> <em>em</em> <em>em</em> "
              "<em><strong>both</strong></em></p>\n");
    EXPECT_EQ(html(u"snake_case_name and 2*3*4"_s), "<p>snake_case_name and 2<em>3</em>4</p>\n");
    EXPECT_EQ(html(u"``code with ` tick``"_s), "<p><code>code with ` tick</code></p>\n");
    EXPECT_EQ(html(u"\\*not em\\* and `unclosed"_s), "<p>*not em* and `unclosed</p>\n");
}

TEST(MarkdownHtml, KeepsUnbalancedEmphasisNested)
{
    for (const QString &input :
         {u"**a *b** c*"_s, u"*a **b* c**"_s, u"_a *b_ c*"_s, u"***a**"_s, u"**a*"_s, u"*a _b* c_ **d"_s})
        safeHtml(input);
}

TEST(MarkdownHtml, RendersLinksAndAutolinks)
{
    EXPECT_EQ(html(u"[the *docs*](https://example.com/a?b=1&c=2 \"title\")"_s),
              "<p><a href=\"https://example.com/a?b=1&amp;c=2\">the <em>docs</em></a></p>\n");
    EXPECT_EQ(html(u"<https://example.com> <me@example.com> [m](MAILTO:me@example.com)"_s),
              "<p><a href=\"https://example.com\">https://example.com</a> "
              "<a href=\"mailto:me@example.com\">me@example.com</a> "
              "<a href=\"MAILTO:me@example.com\">m</a></p>\n");
    EXPECT_EQ(html(u"[a](<https://x.org/with space>)"_s),
              "<p><a href=\"https://x.org/withspace\">a</a></p>\n");
}

TEST(MarkdownHtml, EscapesQuotesInAttributesAndText)
{
    // In a link target a quote is percent-encoded, as CommonMark's renderers do.
    EXPECT_EQ(html(u"[q](https://x.org/?a=\"b\"&c='d') \"t\" 'u'"_s),
              "<p><a href=\"https://x.org/?a=%22b%22&amp;c=&#39;d&#39;\">q</a> &quot;t&quot; "
              "&#39;u&#39;</p>\n");
    safeHtml(u"[x](https://a.b/\"onmouseover=\"alert(1))"_s);
    safeHtml(u"[x](https://a.b/'onmouseover='alert(1))"_s);
}

TEST(MarkdownHtml, ShowsImagesAsPlainLinks)
{
    EXPECT_EQ(html(u"![a cat](https://example.com/cat.png)"_s),
              "<p><a href=\"https://example.com/cat.png\">a cat</a></p>\n");
    EXPECT_EQ(html(u"![](https://example.com/cat.png)"_s),
              "<p><a href=\"https://example.com/cat.png\">https://example.com/cat.png</a></p>\n");
    EXPECT_EQ(html(u"![pixel](data:image/png;base64,AAAA)"_s), "<p>pixel</p>\n");
    EXPECT_EQ(html(u"[![badge](https://a.b/i.svg)](https://a.b)"_s),
              "<p><a href=\"https://a.b\">badge</a></p>\n");
}

TEST(MarkdownHtml, ShowsRawHtmlAsText)
{
    EXPECT_EQ(html(u"<script>alert(1)</script>"_s), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    EXPECT_EQ(html(u"<img src=x onerror=alert(1)>"_s), "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
    // Character references stand for their character (CommonMark, and the
    // app shows them so); it is escaped again like any other.
    EXPECT_EQ(html(u"<b>bold?</b> &amp; &#60;"_s), "<p>&lt;b&gt;bold?&lt;/b&gt; &amp; &lt;</p>\n");
}

TEST(MarkdownHtml, DropsScriptLinkTargets)
{
    EXPECT_EQ(html(u"[x](javascript:alert(1))"_s), "<p>x</p>\n");
    EXPECT_EQ(html(u"[x]( JAVASCRIPT:alert(1))"_s), "<p>x</p>\n");
    EXPECT_EQ(html(u"[x](vbscript:msgbox(1)) [y](data:text/html,<b>) [z](/relative) [w](//evil.example)"_s),
              "<p>x y z w</p>\n");
    EXPECT_EQ(html(u"[x](<java\tscript:alert(1)>)"_s), "<p>x</p>\n");
    // An autolink: its target goes, its text stays, as for [x](javascript:...).
    EXPECT_EQ(html(u"<javascript:alert(1)>"_s), "<p>javascript:alert(1)</p>\n");
    for (const QString &input : {u"[x](java\tscript:alert(1))"_s, u"[x](java\nscript:alert(1))"_s,
                                 u"[x](&#106;avascript:alert(1))"_s, u"[x](java&#x09;script:alert(1))"_s,
                                 u"[x](\\javascript:alert(1))"_s, u"[x](jav\u200Bascript:alert(1))"_s}) {
        const QString out = safeHtml(input);
        EXPECT_FALSE(out.contains(u"href=\"java"_s, Qt::CaseInsensitive)) << out.toStdString();
        EXPECT_FALSE(out.contains(u"href=\"&"_s)) << out.toStdString();
    }
}

TEST(MarkdownHtml, AllowsOnlyHttpHttpsAndMailtoTargets)
{
    EXPECT_EQ(safeLinkTarget(u" https://a.b/c "), u"https://a.b/c"_s);
    EXPECT_EQ(safeLinkTarget(u"HTTP://a.b"), u"HTTP://a.b"_s);
    EXPECT_EQ(safeLinkTarget(u"mailto:x@y.z"), u"mailto:x@y.z"_s);
    EXPECT_EQ(safeLinkTarget(u"ht\ttp://a.b"), u"http://a.b"_s);
    for (QStringView target : {u"javascript:alert(1)", u"java\tscript:x", u" JAVASCRIPT:x",
                               u"\u0001javascript:x", u"data:text/html,x", u"vbscript:x",
                               u"file:///etc/passwd", u"/relative", u"#top", u"", u"https", u"ht!tp://x"})
        EXPECT_FALSE(safeLinkTarget(target)) << target.toString().toStdString();
}

TEST(MarkdownHtml, ReplacesCharactersXmlForbids)
{
    const QString out = safeHtml(u"a\u0001b\u0000c"_s + QChar(0xD800) + u"d\uFFFE"_s);
    EXPECT_EQ(out, u"<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFD</p>\n"_s);
    EXPECT_EQ(escapeXml(u"<&>\"'\u0002"), u"&lt;&amp;&gt;&quot;&#39;\uFFFD"_s);
    EXPECT_EQ(safeHtml(u"emoji 🚀"_s), u"<p>emoji 🚀</p>\n"_s);
}

TEST(MarkdownHtml, KeepsNoncharactersOutOfAttributes)
{
    const QString mark(QChar(0xFDD0));
    const QString out = safeHtml(
        u"[a%1b](https://x.org/%1y) <https://x.org/%1> `c%1`\n\n```py%1\nz%1\n```"_s.arg(mark));
    EXPECT_EQ(out, u"<p><a href=\"https://x.org/y\">a%1b</a> <a href=\"https://x.org/\">https://x.org/%1</a> "
                   "<code>c%1</code></p>\n<pre><code>z%1\n</code></pre>\n"_s.arg(mark));
}

TEST(MarkdownHtml, SurvivesDeepNesting)
{
    safeHtml(QString(5000, u'>') + u" deep"_s);
    safeHtml(QString(3000, u'[') + u"x"_s + QString(3000, u']') + u"(https://a.b)"_s);
    QString items;
    for (int i = 0; i < 200; ++i)
        items += QString(i * 2, u' ') + u"- level\n"_s;
    safeHtml(items);
    QString images;
    for (int i = 0; i < 100; ++i)
        images += u"![x"_s;
    safeHtml(images + QString(100, u']') + u"(https://a.b)"_s);
}

TEST(MarkdownHtml, StaysWellFormedForTrickyInputs)
{
    const QStringList inputs{u"<script>alert(1)</script>"_s,
                             u"[x](javascript:alert(1))"_s,
                             u"<img src=x onerror=alert(1)>"_s,
                             u"\"><svg onload=alert(1)>"_s,
                             u"[a](https://x.org \"t\" onclick=\"y\")"_s,
                             u"**[a](https://x.org)**"_s,
                             u"*[a*](https://x.org)"_s,
                             u"[*a](https://x.org)*"_s,
                             u"`[a](https://x.org)`"_s,
                             u"[a `](https://x.org)`"_s,
                             u"> - a\n> - b\n>\n> ```\n> code\n"_s,
                             u"- a\n\n  ```\n  code\n  ```\n- b"_s,
                             u"1. a\n   > q\n2. b"_s,
                             u"```\n</code></pre><script>"_s,
                             u"<!-- comment -->"_s,
                             u"<![CDATA[x]]>"_s,
                             u"&lt;&#0;&#xD800;"_s,
                             u"]]>"_s,
                             u"* * *\n- - -\n***bold***"_s,
                             u"\\"_s,
                             u"`"_s,
                             u"*"_s,
                             u"_"_s,
                             u"[]()"_s,
                             u"![]()"_s,
                             u"<>"_s,
                             u"<a@b>"_s,
                             u"<http://a.b"_s,
                             u"# \n#"_s,
                             u"    \n\t\tcode\n"_s,
                             u"\r\r\n\n"_s};
    for (const QString &input : inputs)
        safeHtml(input);
}

TEST(MarkdownHtml, StaysWellFormedForRandomInputs)
{
    const QString alphabet = u"*_`[]()<>!#-+>\\\n \t:/\"'&ajh1.~=|"_s;
    QRandomGenerator random(5); // fixed seed: a failure can be replayed
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int length = random.bounded(1, 80);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(random.bounded(int(alphabet.size())));
        safeHtml(input);
    }
}

TEST(MarkdownHtml, StaysWellFormedForEveryFixtureReply)
{
    QDirIterator it(QStringLiteral(INKCHAT_TEST_DATA_DIR), {u"*.reply.txt"_s, u"*.md"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        safeHtml(QString::fromUtf8(file.readAll()));
        ++count;
    }
    EXPECT_GT(count, 10);
}

TEST(MarkdownHtml, RendersARealisticReply)
{
    const QString out = safeHtml(
        u"## Setup\n\nInstall it:\n\n```bash\nsudo apt install \"qt6-base-dev\"\n```\n\n"
        "1. Run **cmake**\n2. See [the docs](https://doc.qt.io)\n\n> Note: _quotes_ work.\n"_s);
    EXPECT_TRUE(out.contains(u"<h2>Setup</h2>"_s));
    EXPECT_TRUE(
        out.contains(u"<code class=\"language-bash\">sudo apt install &quot;qt6-base-dev&quot;\n</code>"_s));
    EXPECT_TRUE(out.contains(u"<li>See <a href=\"https://doc.qt.io\">the docs</a></li>"_s));
    EXPECT_TRUE(out.contains(u"<blockquote>\n<p>Note: <em>quotes</em> work.</p>\n</blockquote>"_s));
}

TEST(MarkdownHtml, RendersGitHubTablesStrikethroughAndTaskLists)
{
    EXPECT_EQ(html(u"| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | 3 |"_s),
              "<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">a</th>\n"
              "<th style=\"text-align: center\">b</th>\n<th style=\"text-align: right\">c</th>\n</tr>\n"
              "</thead>\n<tbody>\n<tr>\n<td style=\"text-align: left\">1</td>\n"
              "<td style=\"text-align: center\"><em>2</em></td>\n<td style=\"text-align: right\">3</td>\n"
              "</tr>\n</tbody>\n</table>\n");
    EXPECT_EQ(html(u"~~gone~~ and ~this~"_s), "<p><del>gone</del> and <del>this</del></p>\n");
    EXPECT_EQ(html(u"- [x] done\n- [ ] to do"_s),
              "<ul>\n<li>\u2611 done</li>\n<li>\u2610 to do</li>\n</ul>\n");
    EXPECT_EQ(html(u"- [ ] loose\n\n- [X] list"_s),
              "<ul>\n<li>\n<p>\u2610 loose</p>\n</li>\n<li>\n<p>\u2611 list</p>\n</li>\n</ul>\n");
}

TEST(MarkdownHtml, LinksBareAddressesAsGitHubDoes)
{
    EXPECT_EQ(html(u"See www.qt.io, https://doc.qt.io/x?y=1. or me@example.com"_s),
              "<p>See <a href=\"http://www.qt.io\">www.qt.io</a>, "
              "<a href=\"https://doc.qt.io/x?y=1\">https://doc.qt.io/x?y=1</a>. or "
              "<a href=\"mailto:me@example.com\">me@example.com</a></p>\n");
}

TEST(MarkdownHtml, DecodesCharacterReferencesOnlyToCharactersAnExportMayHold)
{
    EXPECT_EQ(html(u"&copy; &AElig; &ngE; &#35; &#x22; &bogus; &#0;"_s),
              u"<p>© Æ ≧̸ # &quot; &amp;bogus; \uFFFD</p>\n"_s.toStdString());
    // A reference must not smuggle in what the input itself may not hold:
    // a control character, or the noncharacter HtmlWriter marks seams with.
    EXPECT_EQ(html(u"a&#1;b&#xFDD0;c&#xFFFE;d"_s), u"<p>a\uFFFDb\uFFFDc\uFFFDd</p>\n"_s.toStdString());
    EXPECT_EQ(html(u"[x](https://a.b/&#xFDD0;&#1;c)"_s),
              "<p><a href=\"https://a.b/%EF%BF%BD%EF%BF%BDc\">x</a></p>\n");
}

TEST(MarkdownHtml, StaysWellFormedWhenTheParserEndsASpanItNeverStarted)
{
    // md4c 0.4.8 reports the end of this strikethrough but not its start.
    const QString input = u"\"(.h-<['h#jj*+&>/'&*\t](1|>~h&|]*\n)a<#>##|)_![(=[_+=~_\">'#j"_s;
    EXPECT_FALSE(safeHtml(input).contains(u"</del>"_s));
}

TEST(MarkdownHtml, ShowsNestingDeeperThanSixteenLevelsFlat)
{
    const QString quotes = safeHtml(QString(40, u'>') + u" deep"_s);
    EXPECT_EQ(quotes.count(u"<blockquote>"_s), 16);
    EXPECT_TRUE(quotes.contains(u"<p>deep</p>"_s));

    QString items;
    for (int i = 0; i < 20; ++i)
        items += QString(i * 2, u' ') + u"- level %1\n"_s.arg(i);
    const QString list = safeHtml(items);
    EXPECT_EQ(list.count(u"<ul>"_s), 16);
    // Items below the limit still get a line each.
    EXPECT_TRUE(list.contains(u"<p>level 17</p>"_s)) << list.toStdString();
}

TEST(MarkdownHtml, RendersAnUnclosedLinkRepeatedSixtyThousandTimesInLinearWork)
{
    // The renderer before md4c took 2.9 s here (every "[" looked for its
    // "](" to the end). Work is counted, not timed: md4c must report the
    // text in a number of callbacks that grows linearly, and the output
    // must be the text itself.
    const QByteArray input = QByteArray("[a](b").repeated(60'000);
    struct Counts
    {
        qsizetype callbacks = 0;
        qsizetype textBytes = 0;
    } counts;
    MD_PARSER counter{};
    counter.flags = inkchat::markdown::kDialectFlags;
    counter.enter_block = [](MD_BLOCKTYPE, void *, void *c) {
        ++static_cast<Counts *>(c)->callbacks;
        return 0;
    };
    counter.leave_block = counter.enter_block;
    counter.enter_span = [](MD_SPANTYPE, void *, void *c) {
        ++static_cast<Counts *>(c)->callbacks;
        return 0;
    };
    counter.leave_span = counter.enter_span;
    counter.text = [](MD_TEXTTYPE, const MD_CHAR *, MD_SIZE size, void *c) {
        ++static_cast<Counts *>(c)->callbacks;
        static_cast<Counts *>(c)->textBytes += size;
        return 0;
    };
    ASSERT_EQ(md_parse(input.constData(), MD_SIZE(input.size()), &counter, &counts), 0);
    EXPECT_EQ(counts.textBytes, input.size());
    EXPECT_LE(counts.callbacks, 2 * 60'000 + 4);

    const QString out = markdownToXhtml(QString::fromLatin1(input));
    EXPECT_EQ(out, u"<p>"_s + QString::fromLatin1(input) + u"</p>\n"_s);
}
