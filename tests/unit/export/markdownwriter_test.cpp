#include "export/markdownwriter.h"
#include "markdown/xhtml.h"

#include "exporttesting.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using namespace inkchat::exporting::test;

namespace {

QString exportMarkdown(const QList<ImportedConversation> &conversations)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.md"_s);
    MarkdownWriter writer(path);
    EXPECT_FALSE(writeAll(writer, conversations));
    return readText(path);
}

} // namespace

TEST(MarkdownExport, WritesTitleMetadataAndSystemPrompt)
{
    const QString md = exportMarkdown({sampleConversation()});
    EXPECT_TRUE(md.startsWith(u"# Trip \\*plans\\* \\<b\\>\n\n"_s)) << md.toStdString();
    EXPECT_TRUE(md.contains(u"- Created: 2026-11-22 10:00 UTC\n- Updated: 2026-11-22 10:05 UTC\n"_s));
    EXPECT_TRUE(md.contains(u"- System prompt:\n\n> Be brief.\n> Use metric units.\n"_s));
}

TEST(MarkdownExport, WritesAHeadingWithRoleModelAndTimePerMessage)
{
    const QString md = exportMarkdown({sampleConversation()});
    EXPECT_TRUE(md.contains(u"\n## You · 2026-11-22 10:00 UTC\n\nHow far is Munich from Zürich?\n"_s));
    EXPECT_TRUE(md.contains(u"\n## Assistant · gpt-4o · 2026-11-22 10:01 UTC\n\n"_s
                            "About **300 km** by road.\n\n- Train: 3.5 h\n- Car: 3 h\n"_s))
        << md.toStdString();
    EXPECT_TRUE(md.contains(u"\n## Assistant · claude-sonnet · 2026-11-22 10:02 UTC\n"_s));
    EXPECT_TRUE(md.contains(u"_Tokens: 12 in, 34 out_"_s));
    EXPECT_TRUE(md.contains(u"_Tokens: 20 in_"_s));
}

TEST(MarkdownExport, MarksStatusAndSeams)
{
    const QString md = exportMarkdown({sampleConversation()});
    EXPECT_TRUE(md.contains(textBeforeSeam() + u"<!-- continued -->"_s + textAfterSeam()))
        << md.toStdString();
    EXPECT_TRUE(md.contains(u"\n> Interrupted: this reply is incomplete\n"_s));
    EXPECT_TRUE(
        md.contains(u"## Assistant · gpt-4o · 2026-11-22 10:04 UTC\n\n> Error: HTTP 429: rate limited\n"_s))
        << md.toStdString();
    EXPECT_TRUE(md.contains(u"\n> Pending: this message was not sent yet\n"_s));
    EXPECT_EQ(md.count(u"> Interrupted"_s), 1);
}

TEST(MarkdownExport, PutsASeamAtALineStartOnItsOwnLine)
{
    ImportedConversation c = sampleConversation();
    c.messages = {c.messages[1]};
    c.messages[0].text = u"- one\n- two"_s;
    c.messages[0].seams = {6};
    const QString md = exportMarkdown({c});
    EXPECT_TRUE(md.contains(u"- one\n<!-- continued -->\n- two\n"_s)) << md.toStdString();
}

TEST(MarkdownExport, ClosesACodeBlockLeftOpenByACutOffReply)
{
    ImportedConversation c = sampleConversation();
    c.messages = {c.messages[1], c.messages[0]};
    c.messages[0].text = u"Code:\n\n````python\nx = 1"_s;
    c.messages[0].status = inkchat::chat::MessageStatus::Interrupted;
    const QString md = exportMarkdown({c});
    EXPECT_TRUE(md.contains(u"x = 1\n````\n\n> Interrupted"_s)) << md.toStdString();
    // The heading after it is still a heading when rendered.
    EXPECT_TRUE(inkchat::markdown::markdownToXhtml(md).contains(u"<h2>You · 2026-11-22 10:00 UTC</h2>"_s));
}

TEST(MarkdownExport, SeparatesConversations)
{
    ImportedConversation second = sampleConversation();
    second.conversation.title = u""_s;
    second.conversation.systemPrompt.clear();
    const QString md = exportMarkdown({sampleConversation(), second});
    EXPECT_TRUE(md.contains(u"\n---\n\n# Untitled conversation\n"_s)) << md.toStdString();
    EXPECT_EQ(md.count(u"\n## You · "_s), 4);
}

TEST(MarkdownExport, WritesAnEmptyFileForNoConversations)
{
    EXPECT_EQ(exportMarkdown({}), QString());
}
