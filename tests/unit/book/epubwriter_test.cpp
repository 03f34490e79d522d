#include "export/epubwriter.h"
#include "export/transcriptwriters.h"
#include "externaltool.h"
#include "samples.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace booktest;
using inkchat::chat::Role;
using inkchat::exporting::EpubOptions;
using inkchat::exporting::EpubWriter;
using inkchat::exporting::ExportFormat;

namespace {

void expectEpubcheckPasses(const QString &book)
{
    const ToolRun run = runEpubcheck(book);
    ASSERT_TRUE(run.started) << qPrintable(run.output);
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.output);
    EXPECT_FALSE(run.output.contains(u"ERROR"_s)) << qPrintable(run.output);
    EXPECT_FALSE(run.output.contains(u"WARNING"_s)) << qPrintable(run.output);
}

QString entryText(const QString &book, const QString &name)
{
    return QString::fromUtf8(zipEntry(book, name).value_or(QByteArray()));
}

Transcript plainTranscript(const QString &title, const QString &model)
{
    Transcript t;
    t.conversation = conversation(title);
    t.messages << message(Role::User, u"What is an e-reader?"_s)
               << message(Role::Assistant, u"A device for *reading*."_s, model);
    return t;
}

QStringList filesBeside(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(EpubWriter, SingleTrickyConversationPassesEpubcheck)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"tricky.epub"_s);
    EpubWriter writer(book);
    feed(writer, {trickyTranscript()});
    ASSERT_EQ(writer.finish(), std::nullopt);

    expectEpubcheckPasses(book);
}

TEST(EpubWriter, ChapterEscapesMarkupAndShowsEveryMarker)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"tricky.epub"_s);
    EpubWriter writer(book);
    feed(writer, {trickyTranscript()});
    ASSERT_EQ(writer.finish(), std::nullopt);

    const QString chapter = entryText(book, u"OEBPS/chapter-0001.xhtml"_s);
    EXPECT_FALSE(chapter.contains(u"<script"_s));
    EXPECT_FALSE(chapter.contains(u"href=\"javascript"_s));
    EXPECT_TRUE(chapter.contains(u"&lt;script&gt;"_s));
    EXPECT_FALSE(chapter.contains(QChar(1)));
    EXPECT_TRUE(chapter.contains(u"<h1>Tricky &lt;&amp;&gt;&quot;&#39; café ☕ שלום</h1>"_s));
    EXPECT_TRUE(chapter.contains(u"Models: gpt-4o, claude-3-5-sonnet"_s));
    EXPECT_TRUE(chapter.contains(u"😀👍🏽"_s));
    EXPECT_TRUE(chapter.contains(u"שלום עולם, مرحبا"_s));
    EXPECT_TRUE(chapter.contains(u"Tokens: 12 in, 340 out"_s));
    EXPECT_TRUE(chapter.contains(u"datetime=\"2024-05-01T12:05:00Z\""_s));
    EXPECT_TRUE(chapter.contains(u"Interrupted: this reply is incomplete"_s));
    EXPECT_TRUE(chapter.contains(u"continued after an interruption"_s));
    EXPECT_TRUE(chapter.contains(u"Error: HTTP 500: &lt;boom&gt; &amp; &quot;failed&quot;"_s));
    EXPECT_TRUE(chapter.contains(u"Pending: this message was not sent yet"_s));
    EXPECT_TRUE(chapter.contains(u"Be &lt;brief&gt; &amp; kind."_s));
}

TEST(EpubWriter, SeveralConversationsPassEpubcheckWithOneChapterEach)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"several.epub"_s);
    Transcript empty;
    empty.conversation = conversation(u"Nothing said <yet>"_s);
    EpubWriter writer(book, {u"My <chats> & more"_s, u"en"_s});
    feed(writer, {plainTranscript(u"First"_s, u"gpt-4o"_s), empty,
                  plainTranscript(u"Zweites Gespräch ✓"_s, u"llama3"_s)});
    ASSERT_EQ(writer.finish(), std::nullopt);

    expectEpubcheckPasses(book);
    const QStringList entries = zipEntryNames(book);
    EXPECT_TRUE(entries.contains(u"OEBPS/chapter-0003.xhtml"_s)) << qPrintable(entries.join(u' '));
    EXPECT_FALSE(entries.contains(u"OEBPS/chapter-0004.xhtml"_s));
    const QString nav = entryText(book, u"OEBPS/nav.xhtml"_s);
    EXPECT_TRUE(nav.contains(u"<a href=\"chapter-0001.xhtml\">First</a>"_s)) << qPrintable(nav);
    EXPECT_TRUE(nav.contains(u"<a href=\"chapter-0002.xhtml\">Nothing said &lt;yet&gt;</a>"_s));
    EXPECT_TRUE(nav.contains(u"<a href=\"chapter-0003.xhtml\">Zweites Gespräch ✓</a>"_s));
    const QString opf = entryText(book, u"OEBPS/content.opf"_s);
    EXPECT_TRUE(opf.contains(u"<dc:title>My &lt;chats&gt; &amp; more</dc:title>"_s)) << qPrintable(opf);
    EXPECT_TRUE(entryText(book, u"OEBPS/chapter-0002.xhtml"_s).contains(u"has no messages"_s));
}

TEST(EpubWriter, ZeroConversationsMakeAValidBookWithANote)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"none.epub"_s);
    EpubWriter writer(book);
    ASSERT_EQ(writer.finish(), std::nullopt);

    expectEpubcheckPasses(book);
    EXPECT_TRUE(entryText(book, u"OEBPS/chapter-0001.xhtml"_s).contains(u"holds no conversations"_s));
    EXPECT_TRUE(
        entryText(book, u"OEBPS/content.opf"_s).contains(u"<dc:title>Inkchat conversations</dc:title>"_s));
}

TEST(EpubWriter, MimetypeIsTheFirstEntryStoredWithoutExtraField)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.epub"_s);
    EpubWriter writer(book);
    feed(writer, {plainTranscript(u"Short"_s, u"gpt-4o"_s)});
    ASSERT_EQ(writer.finish(), std::nullopt);

    const std::optional<FirstEntry> first = firstLocalEntry(book);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->name, "mimetype");
    EXPECT_EQ(first->method, 0);
    EXPECT_EQ(first->extraLength, 0);
    EXPECT_EQ(first->data, "application/epub+zip");
    const QStringList entries = zipEntryNames(book);
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.first(), u"mimetype"_s);
    EXPECT_TRUE(entries.contains(u"META-INF/container.xml"_s));
}

TEST(EpubWriter, PackageRecordsIdentityTitleLanguageModelsAndModifiedTime)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.epub"_s);
    EpubWriter writer(book, {QString(), u"de"_s});
    feed(writer, {trickyTranscript()});
    ASSERT_EQ(writer.finish(), std::nullopt);

    const QString opf = entryText(book, u"OEBPS/content.opf"_s);
    EXPECT_TRUE(opf.contains(u"version=\"3.0\""_s));
    EXPECT_TRUE(opf.contains(u">urn:uuid:6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b</dc:identifier>"_s))
        << qPrintable(opf);
    EXPECT_TRUE(opf.contains(u"<dc:title>Tricky &lt;&amp;&gt;&quot;&#39; café ☕ שלום</dc:title>"_s));
    EXPECT_TRUE(opf.contains(u"<dc:language>de</dc:language>"_s));
    EXPECT_TRUE(opf.contains(u"<dc:contributor>gpt-4o</dc:contributor>"_s));
    EXPECT_TRUE(opf.contains(u"<dc:contributor>claude-3-5-sonnet</dc:contributor>"_s));
    EXPECT_TRUE(opf.contains(u"<dc:date>2024-05-01T12:00:00Z</dc:date>"_s));
    const QRegularExpression modified(
        u"<meta property=\"dcterms:modified\">\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</meta>"_s);
    EXPECT_TRUE(modified.match(opf).hasMatch()) << qPrintable(opf);
    EXPECT_TRUE(entryText(book, u"OEBPS/nav.xhtml"_s).contains(u"xml:lang=\"de\""_s));
}

TEST(EpubWriter, UnwritablePathGivesAnErrorAndNoFile)
{
    QTemporaryDir dir;
    const QString notADirectory = dir.filePath(u"plain-file"_s);
    QFile blocker(notADirectory);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString book = notADirectory + u"/book.epub"_s;

    EpubWriter writer(book);
    feed(writer, {plainTranscript(u"Lost"_s, u"gpt-4o"_s)});
    const std::optional<inkchat::Error> error = writer.finish();

    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.contains(book)) << qPrintable(error->message);
    EXPECT_FALSE(QFileInfo::exists(book));
}

// libzip is handed UTF-8 file names (on Windows, QFile::encodeName would be
// the ANSI code page); the temporary book is written in this folder too.
TEST(EpubWriter, WritesIntoAFolderNamedInOtherScripts)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"Bücher книги 书"_s));
    const QString book = dir.filePath(u"Bücher книги 书/Gespräch.epub"_s);
    EpubWriter writer(book);
    feed(writer, {plainTranscript(u"Über"_s, u"gpt-4o"_s)});
    ASSERT_EQ(writer.finish(), std::nullopt);
    EXPECT_EQ(zipEntryNames(book).value(0), u"mimetype"_s);
}

TEST(EpubWriter, ReplacesAnExistingFileOnlyWhenFinished)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.epub"_s);
    QFile old(book);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();

    EpubWriter writer(book);
    feed(writer, {plainTranscript(u"New"_s, u"gpt-4o"_s)});
    QFile before(book);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    EXPECT_EQ(before.readAll(), "old contents");
    before.close();

    ASSERT_EQ(writer.finish(), std::nullopt);
    EXPECT_EQ(zipEntryNames(book).value(0), u"mimetype"_s);
    EXPECT_EQ(filesBeside(dir), QStringList{u"book.epub"_s}); // no temporary left behind
}

TEST(EpubWriter, DestroyedBeforeFinishLeavesNothing)
{
    QTemporaryDir dir;
    {
        EpubWriter writer(dir.filePath(u"book.epub"_s));
        feed(writer, {plainTranscript(u"Abandoned"_s, u"gpt-4o"_s)});
    }
    EXPECT_TRUE(filesBeside(dir).isEmpty()) << qPrintable(filesBeside(dir).join(u' '));
}

// A long transcript must stream to disk as it arrives: the chapter grows in
// a file beside the target before finish(), and all of it reaches the book.
TEST(EpubWriter, TenThousandMessagesStreamToDiskAndAllReachTheBook)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"long.epub"_s);
    EpubWriter writer(book);
    writer.beginConversation(conversation(u"Long"_s));
    constexpr int kMessages = 10'000;
    for (int i = 0; i < kMessages; ++i) {
        writer.writeMessage(message(i % 2 ? Role::Assistant : Role::User,
                                    u"Message number %1 with some words to fill a line."_s.arg(i),
                                    u"gpt-4o"_s));
    }
    qint64 bytesOnDisk = 0;
    for (const QString &name : filesBeside(dir)) {
        const QDir work(dir.filePath(name));
        for (const QFileInfo &file : work.entryInfoList(QDir::Files | QDir::Hidden))
            bytesOnDisk += file.size();
    }
    EXPECT_GT(bytesOnDisk, kMessages * 100);
    writer.endConversation();
    ASSERT_EQ(writer.finish(), std::nullopt);

    const QString chapter = entryText(book, u"OEBPS/chapter-0001.xhtml"_s);
    EXPECT_EQ(chapter.count(u"<section class=\"message\""_s), kMessages);
    EXPECT_TRUE(chapter.contains(u"Message number 9999 "_s));
}

TEST(EpubWriter, CarriesImagesAsFilesOfTheBookTypedByTheirBytesAndPassesEpubcheck)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"photos.epub"_s);
    const QByteArray png = encodedImage({40, 30}, "PNG");
    const QByteArray jpeg = encodedImage({30, 40}, "JPEG");
    Transcript photos = plainTranscript(u"Photos"_s, u"gpt-4o"_s);
    // Stored types that lie, a name with markup, one without a name, and
    // bytes that are no image at all.
    photos.messages[0].attachments = {{u"image/gif"_s, u"chart <1>.png"_s, png},
                                      {u"text/html"_s, QString(), jpeg},
                                      {u"image/png"_s, u"notes.png"_s, "<html>not an image</html>"_ba}};
    photos.messages[1].attachments = {{u"image/gif"_s, u"dot.gif"_s, tinyGif()}};
    EpubWriter writer(book);
    feed(writer, {photos});
    ASSERT_EQ(writer.finish(), std::nullopt);

    EXPECT_EQ(zipEntry(book, u"OEBPS/image-0001.png"_s), png);
    EXPECT_EQ(zipEntry(book, u"OEBPS/image-0002.jpg"_s), jpeg);
    EXPECT_EQ(zipEntry(book, u"OEBPS/image-0003.gif"_s), tinyGif());
    EXPECT_EQ(zipEntryNames(book).filter(u"image-"_s).size(), 3) << "the bytes that are no image stay out";
    const QString package = entryText(book, u"OEBPS/content.opf"_s);
    EXPECT_TRUE(package.contains(u"<item id=\"i1\" href=\"image-0001.png\" media-type=\"image/png\"/>"_s));
    EXPECT_TRUE(package.contains(u"<item id=\"i2\" href=\"image-0002.jpg\" media-type=\"image/jpeg\"/>"_s));
    EXPECT_TRUE(package.contains(u"<item id=\"i3\" href=\"image-0003.gif\" media-type=\"image/gif\"/>"_s));
    EXPECT_FALSE(package.contains(u"text/html"_s));
    const QString chapter = entryText(book, u"OEBPS/chapter-0001.xhtml"_s);
    EXPECT_TRUE(
        chapter.contains(u"<p class=\"images\"><img src=\"image-0001.png\" alt=\"chart &lt;1&gt;.png\"/>"
                         "<img src=\"image-0002.jpg\" alt=\"Attached image\"/>"
                         "<span class=\"marker\">[Image not shown: notes.png is not a readable PNG, JPEG, "
                         "GIF or WebP image]</span></p>"_s))
        << qPrintable(chapter);
    EXPECT_TRUE(chapter.contains(u"<img src=\"image-0003.gif\" alt=\"dot.gif\"/>"_s));
    expectEpubcheckPasses(book);
}

// The app and the CLI get their writer here: WebP, which EPUB 3.2 readers
// need not show, goes into their books as PNG.
TEST(EpubWriter, TheAppsAndTheClisBookCarriesWebpAsPng)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"webp.epub"_s);
    const QByteArray webp = encodedImage({64, 48}, "WEBP");
    ASSERT_TRUE(webp.startsWith("RIFF")) << "Qt's WebP plugin (qt6-image-formats-plugins) is missing";
    Transcript photos = plainTranscript(u"WebP"_s, u"gpt-4o"_s);
    photos.messages[0].attachments = {{u"image/webp"_s, u"photo.webp"_s, webp}};
    auto writer = inkchat::platform::createTranscriptWriter(ExportFormat::Epub, book);
    ASSERT_TRUE(writer);
    feed(**writer, {photos});
    ASSERT_EQ((*writer)->finish(), std::nullopt);

    const std::optional<QByteArray> png = zipEntry(book, u"OEBPS/image-0001.png"_s);
    ASSERT_TRUE(png);
    EXPECT_EQ(QImage::fromData(*png, "PNG").size(), QSize(64, 48));
    EXPECT_TRUE(entryText(book, u"OEBPS/content.opf"_s)
                    .contains(u"href=\"image-0001.png\" media-type=\"image/png\""_s));
    EXPECT_TRUE(entryText(book, u"OEBPS/chapter-0001.xhtml"_s)
                    .contains(u"<img src=\"image-0001.png\" alt=\"photo.webp\"/>"_s));
    expectEpubcheckPasses(book);

    // Core alone decodes no images: its book keeps the WebP (an EPUB 3.3 core type).
    const QString coreBook = dir.filePath(u"core.epub"_s);
    EpubWriter coreWriter(coreBook);
    feed(coreWriter, {photos});
    ASSERT_EQ(coreWriter.finish(), std::nullopt);
    EXPECT_EQ(zipEntry(coreBook, u"OEBPS/image-0001.webp"_s), webp);
}
