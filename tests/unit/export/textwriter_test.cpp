#include "export/textwriter.h"

#include "exporttesting.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace inkchat::exporting;
using namespace inkchat::exporting::test;

namespace {

QString exportText(const QList<ImportedConversation> &conversations)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.txt"_s);
    TextWriter writer(path);
    EXPECT_FALSE(writeAll(writer, conversations));
    return readText(path);
}

} // namespace

TEST(TextExport, WritesTitleMetadataAndSystemPrompt)
{
    const QString text = exportText({sampleConversation()});
    EXPECT_TRUE(text.startsWith(u"Trip *plans* <b>\nCreated: 2026-11-22 10:00 UTC\n"
                                "Updated: 2026-11-22 10:05 UTC\nSystem prompt:\n"
                                "    Be brief.\n    Use metric units.\n"_s))
        << text.toStdString();
}

TEST(TextExport, WritesEveryMessageWithHeadingMarkersAndUsage)
{
    const QString text = exportText({sampleConversation()});
    EXPECT_TRUE(text.contains(u"\n[You · 2026-11-22 10:00 UTC]\nHow far is Munich from Zürich?\n"_s));
    EXPECT_TRUE(text.contains(u"\n[Assistant · gpt-4o · 2026-11-22 10:01 UTC]\nAbout **300 km** by road."_s));
    EXPECT_TRUE(text.contains(u"[Tokens: 12 in, 34 out]\n"_s));
    EXPECT_TRUE(text.contains(textBeforeSeam() + u"\n[— continued —]\n"_s + textAfterSeam()
                              + u"\n"_s
                                "[Interrupted: this reply is incomplete]\n"_s))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(u"[Assistant · gpt-4o · 2026-11-22 10:04 UTC]\n[Error: HTTP 429: rate limited]\n"_s));
    EXPECT_TRUE(text.contains(
        u"[You · 2026-11-22 10:05 UTC]\nAre you there?\n[Pending: this message was not sent yet]\n"_s));
}

TEST(TextExport, AddsNoMarkdownSyntax)
{
    const ImportedConversation c = sampleConversation();
    QString text = exportText({c});
    for (const inkchat::chat::MessageRecord &m : c.messages) {
        for (QStringView segment : {QStringView(m.text).first(m.seams.value(0, int(m.text.size()))),
                                    QStringView(m.text).sliced(m.seams.value(0, int(m.text.size())))})
            text.remove(segment.toString());
    }
    for (const QString &syntax : {u"#"_s, u"<!--"_s, u"**"_s, u"> "_s, u"```"_s, u"_Tokens"_s})
        EXPECT_FALSE(text.contains(syntax)) << syntax.toStdString() << " in\n" << text.toStdString();
}

TEST(TextExport, SeparatesConversations)
{
    const QString text = exportText({sampleConversation(), sampleConversation()});
    EXPECT_TRUE(text.contains(u"\n"_s + QString(60, u'=') + u"\n\nTrip *plans* <b>\n"_s));
}
