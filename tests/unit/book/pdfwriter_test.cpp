#include "export/pdfwriter.h"
#include "externaltool.h"
#include "samples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace booktest;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;
using inkchat::platform::PdfWriter;

namespace {

// pdftotext -layout may spread a sentence over columns; spaces say nothing.
QString squeezed(QString text)
{
    return text.simplified();
}

Transcript markedTranscript()
{
    Transcript t;
    t.conversation = conversation(u"Reading on paper"_s);
    t.messages << message(Role::User, u"Please explain kerning, <b>not</b> [this](javascript:alert(1))."_s,
                          u"gpt-4o"_s);
    auto answer = message(Role::Assistant,
                          u"# Kerning\n\nIt is **spacing** between *letters*:\n\n- first point\n"
                          "- second point\n\n```\nmonospaced_code_line()\n```\n"_s,
                          u"gpt-4o"_s);
    answer.usage = {12, 340};
    t.messages << answer;
    const QString continued = u"Beginning of reply. Rest of reply."_s;
    auto interrupted = message(Role::Assistant, continued, u"claude-3-5-sonnet"_s);
    interrupted.status = MessageStatus::Interrupted;
    interrupted.seams = {int(continued.indexOf(u"Rest"_s))};
    t.messages << interrupted;
    auto failed = message(Role::Assistant, QString(), u"gpt-4o"_s);
    failed.status = MessageStatus::Error;
    failed.errorText = u"HTTP 503: overloaded"_s;
    t.messages << failed;
    auto pending = message(Role::User, u"Still there?"_s);
    pending.status = MessageStatus::Pending;
    t.messages << pending;
    return t;
}

} // namespace

TEST(PdfWriter, ShowsMessagesModelsMarkersAndPageNumber)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"chat.pdf"_s);
    PdfWriter writer(pdf);
    feed(writer, {markedTranscript()});
    ASSERT_EQ(writer.finish(), std::nullopt);

    const ToolRun run = pdfText(pdf);
    ASSERT_TRUE(run.started) << qPrintable(run.output);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.output);
    const QString text = squeezed(run.output);
    for (const QString &expected :
         {u"Reading on paper"_s, u"Model: gpt-4o"_s, u"Please explain kerning, <b>not</b> this."_s,
          u"Assistant"_s, u"2024-05-01 12:05 UTC"_s, u"Tokens: 12 in, 340 out"_s,
          u"It is spacing between letters:"_s, u"second point"_s, u"monospaced_code_line()"_s,
          u"Interrupted"_s, u"Beginning of reply."_s, u"continued after an interruption"_s,
          u"Rest of reply."_s, u"Error: HTTP 503: overloaded"_s, u"Pending"_s,
          u"Models in this conversation: gpt-4o, claude-3-5-sonnet"_s, u"Page 1"_s}) {
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << "\n" << qPrintable(run.output);
    }
    // Markdown is rendered, not printed as source.
    EXPECT_FALSE(text.contains(u"**spacing**"_s));
    EXPECT_FALSE(text.contains(u"# Kerning"_s));

    QFile bytes(pdf);
    ASSERT_TRUE(bytes.open(QIODevice::ReadOnly));
    EXPECT_FALSE(bytes.readAll().contains("javascript:")); // no link annotation runs script

    const ToolRun fonts = runTool(u"pdffonts"_s, {pdf});
    EXPECT_TRUE(fonts.output.contains(u"Mono"_s)) << qPrintable(fonts.output);
    const ToolRun info = runTool(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.output.contains(u"Reading on paper"_s)) << qPrintable(info.output);
    EXPECT_TRUE(info.output.contains(u"Inkchat"_s));
}

TEST(PdfWriter, LongConversationSpansNumberedPagesWithoutLosingText)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"long.pdf"_s);
    constexpr int kMessages = 300;
    constexpr int kParagraphs = 150;
    Transcript t;
    t.conversation = conversation(u"Long"_s);
    for (int i = 0; i < kMessages; ++i) {
        t.messages << message(i % 2 ? Role::Assistant : Role::User,
                              u"Message marker%1 says something brief."_s.arg(i), u"gpt-4o"_s);
    }
    QString longText;
    for (int i = 0; i < kParagraphs; ++i)
        longText += u"Paragraph para%1 of the very long reply, written to fill its lines.\n\n"_s.arg(i);
    t.messages.insert(kMessages / 2, message(Role::Assistant, longText, u"gpt-4o"_s));

    PdfWriter writer(pdf);
    feed(writer, {t});
    ASSERT_EQ(writer.finish(), std::nullopt);

    const int pages = pdfPageCount(pdf);
    EXPECT_GE(pages, 10);
    const ToolRun run = pdfText(pdf);
    ASSERT_TRUE(run.started) << qPrintable(run.output);
    const QStringList words = run.output.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (int i = 0; i < kMessages; ++i)
        EXPECT_EQ(words.count(u"marker%1"_s.arg(i)), 1) << "marker" << i;
    for (int i = 0; i < kParagraphs; ++i)
        EXPECT_EQ(words.count(u"para%1"_s.arg(i)), 1) << "para" << i;
    // Every page is numbered, in order.
    qsizetype at = 0;
    for (int page = 1; page <= pages; ++page) {
        at = run.output.indexOf(u"Page %1\n"_s.arg(page), at);
        ASSERT_GE(at, 0) << "no footer for page " << page;
    }
}

TEST(PdfWriter, UnwritablePathGivesAnErrorAndNoFile)
{
    QTemporaryDir dir;
    const QString notADirectory = dir.filePath(u"plain-file"_s);
    QFile blocker(notADirectory);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString pdf = notADirectory + u"/chat.pdf"_s;

    PdfWriter writer(pdf);
    feed(writer, {markedTranscript()});
    const std::optional<inkchat::Error> error = writer.finish();

    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(pdf)) << qPrintable(error->message);
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST(PdfWriter, DestroyedBeforeFinishLeavesNothing)
{
    QTemporaryDir dir;
    {
        PdfWriter writer(dir.filePath(u"chat.pdf"_s));
        feed(writer, {markedTranscript()});
    }
    EXPECT_TRUE(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST(PdfWriter, ZeroConversationsGiveOnePageSayingSo)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"none.pdf"_s);
    PdfWriter writer(pdf);
    ASSERT_EQ(writer.finish(), std::nullopt);

    EXPECT_EQ(pdfPageCount(pdf), 1);
    EXPECT_TRUE(squeezed(pdfText(pdf).output).contains(u"This export holds no conversations."_s));
}

// A4 with 20 mm margins leaves 170 mm of text width: 1004 pixels at the
// 150 dpi images are printed at.
TEST(PdfWriter, DrawsImagesAtTheTextWidthAtMostKeepingTheirAspect)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"photos.pdf"_s);
    Transcript photos = markedTranscript();
    photos.messages[0].attachments = {
        {u"image/png"_s, u"wide.png"_s, encodedImage({1600, 1200}, "PNG")},
        {u"image/png"_s, u"icon.png"_s, encodedImage({60, 30}, "PNG")},
        {u"image/gif"_s, u"tall.jpg"_s, encodedImage({600, 2400}, "JPEG")},
        {u"image/png"_s, u"photo.webp"_s, encodedImage({64, 48}, "WEBP")},
        {u"image/png"_s, u"notes.png"_s, "<html>not an image</html>"_ba},
        {u"image/jpeg"_s, u"turned.jpg"_s,
         encodedImage({1600, 1200}, "JPEG", QImageIOHandler::TransformationRotate90)}};
    PdfWriter writer(pdf);
    feed(writer, {photos});
    ASSERT_EQ(writer.finish(), std::nullopt);

    const QList<PdfImage> images = pdfImages(pdf);
    ASSERT_EQ(images.size(), 5) << qPrintable(runTool(u"pdfimages"_s, {u"-list"_s, pdf}).output);
    for (const PdfImage &image : images) {
        EXPECT_NEAR(image.xPpi, 150, 2);
        EXPECT_NEAR(image.yPpi, 150, 2);
    }
    EXPECT_NEAR(images[0].width, 1004, 1) << "scaled down to the text width";
    EXPECT_NEAR(images[0].height, 753, 1) << "4:3 kept";
    EXPECT_EQ(QSize(images[1].width, images[1].height), QSize(60, 30)) << "never enlarged";
    EXPECT_NEAR(images[2].height, 885, 1) << "150 mm tall at most";
    EXPECT_NEAR(images[2].width, 221, 1) << "1:4 kept";
    EXPECT_EQ(QSize(images[3].width, images[3].height), QSize(64, 48)) << "WebP decoded";
    EXPECT_NEAR(images[4].width, 664, 1) << "turned as its EXIF says";
    EXPECT_EQ(images[4].height, 885) << "turned, then fitted into 150 mm";
    EXPECT_EQ(images[0].encoding, u"image"_s) << "a PNG stays lossless";
    EXPECT_EQ(images[1].encoding, u"image"_s);
    EXPECT_EQ(images[2].encoding, u"jpeg"_s) << "a JPEG may stay one";
    EXPECT_TRUE(
        squeezed(pdfText(pdf).output)
            .contains(u"[Image not shown: notes.png is not a readable PNG, JPEG, GIF or WebP image]"_s));

    const QString plain = dir.filePath(u"plain.pdf"_s);
    PdfWriter plainWriter(plain);
    feed(plainWriter, {markedTranscript()});
    ASSERT_EQ(plainWriter.finish(), std::nullopt);
    EXPECT_TRUE(pdfImages(plain).isEmpty());
}
