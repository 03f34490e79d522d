// inkchat-cli chat --attach FILE (repeatable): the images reach a loopback
// server in the provider's request, are stored with the prompt and
// exported; a file that is too large or no image is refused before
// anything is sent.

#include "clistorefixture.h"
#include "fixtures.h"
#include "ssescript.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using inkchat::test::openAiChatBody;
using inkchat::test::sseResponse;
using inkchat::test::StreamServer;
using namespace inkchat::test::cli;

namespace {

using CliAttach = CliStoreTest;

QString tinyPng()
{
    return inkchat::test::dataPath(u"images/tiny.png"_s);
}

/// A file of `size` bytes at `path` that starts like a GIF.
QString writeGif(const QString &path, qint64 size)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("GIF89a");
    file.resize(size); // sparse: its size is all the CLI may look at
    return path;
}

TEST_F(CliAttach, SendsEveryAttachedImageInTheRequestAndStoresAndExportsThem)
{
    QTemporaryDir dir;
    const QString gif = writeGif(dir.filePath(u"second.gif"_s), 64);
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"A red square."_s})));
    const CliResult result = runCli(
        chatArguments(server, u"What is in these?"_s, {u"--attach"_s, tinyPng(), u"--attach"_s, gif}));
    ASSERT_EQ(result.exitCode, 0) << describe(result);
    EXPECT_EQ(result.out, "A red square.\n");

    ASSERT_EQ(server.requests().size(), 1);
    const QJsonArray content =
        QJsonDocument::fromJson(server.requests().at(0).body)[u"messages"_s][0][u"content"_s].toArray();
    ASSERT_EQ(content.size(), 3) << server.requests().at(0).body.left(400).toStdString();
    EXPECT_EQ(content.at(0).toObject(),
              (QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"What is in these?"_s}}));
    const QByteArray png = inkchat::test::readData(u"images/tiny.png"_s);
    EXPECT_EQ(content.at(1)[u"image_url"_s][u"url"_s].toString(),
              u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()));
    EXPECT_TRUE(
        content.at(2)[u"image_url"_s][u"url"_s].toString().startsWith(u"data:image/gif;base64,R0lGODlh"_s));

    const QJsonArray exported = exportedMessages(exportedTranscript()).at(0)[u"attachments"_s].toArray();
    ASSERT_EQ(exported.size(), 2);
    EXPECT_EQ(exported.at(0)[u"file_name"_s].toString(), u"tiny.png"_s);
    EXPECT_EQ(exported.at(0)[u"data"_s].toString(), QString::fromLatin1(png.toBase64()));
    EXPECT_EQ(exported.at(1)[u"mime_type"_s].toString(), u"image/gif"_s);
}

// The app's export dialog writes through the same writers
// (platform::createTranscriptWriter()).
TEST_F(CliAttach, ExportsTheImagesIntoHtmlEpubAndPdf)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"A red square."_s})));
    const CliResult chat = runCli(chatArguments(server, u"What is this?"_s, {u"--attach"_s, tinyPng()}));
    ASSERT_EQ(chat.exitCode, 0) << describe(chat);
    const QByteArray png = inkchat::test::readData(u"images/tiny.png"_s);
    const auto exported = [this](const QString &format) {
        const QString path = scratchPath(u"out."_s + format);
        const CliResult result = runCli({u"export"_s, u"--all"_s, u"--format"_s, format, u"-o"_s, path});
        EXPECT_EQ(result.exitCode, 0) << describe(result);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };

    const QByteArray img = "<img src=\"data:image/png;base64," + png.toBase64() + "\" alt=\"tiny.png\"/>";
    EXPECT_TRUE(exported(u"html"_s).contains(img));
    const QByteArray epub = exported(u"epub"_s);
    EXPECT_TRUE(epub.contains("OEBPS/image-0001.png"));
    EXPECT_TRUE(epub.contains(png)) << "stored as it is, not deflated";
    EXPECT_EQ(exported(u"pdf"_s).count("/Subtype /Image"), 1);
}

TEST_F(CliAttach, SendsAnImageWithoutAPromptInAnthropicsFormat)
{
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Ok."_s})));
    QStringList arguments = chatArguments(server, {}, {u"--attach"_s, tinyPng()});
    arguments[arguments.indexOf(u"openai"_s)] = u"anthropic"_s;
    arguments.removeAll(QString());
    runCli(arguments, "");
    ASSERT_EQ(server.requests().size(), 1);
    const QJsonArray content =
        QJsonDocument::fromJson(server.requests().at(0).body)[u"messages"_s][0][u"content"_s].toArray();
    ASSERT_EQ(content.size(), 1) << server.requests().at(0).body.left(400).toStdString();
    EXPECT_EQ(content.at(0)[u"type"_s].toString(), u"image"_s);
    EXPECT_EQ(content.at(0)[u"source"_s][u"media_type"_s].toString(), u"image/png"_s);
}

TEST_F(CliAttach, RefusesAnImageAboveTheLimitOrNoImageOrAProviderWithoutImagesBeforeSending)
{
    QTemporaryDir dir;
    StreamServer server;
    server.setResponse(sseResponse(openAiChatBody({u"Ok."_s})));
    const auto refused = [&](const QStringList &extra, const QString &provider = u"openai"_s) {
        QStringList arguments = chatArguments(server, u"Look"_s, extra);
        arguments[arguments.indexOf(u"openai"_s)] = provider;
        const CliResult result = runCli(arguments);
        EXPECT_EQ(result.exitCode, 2) << describe(result);
        return QString::fromUtf8(result.err);
    };
    const QString huge = writeGif(dir.filePath(u"huge.gif"_s), 6 * 1024 * 1024);
    EXPECT_TRUE(refused({u"--attach"_s, huge})
                    .contains(u"huge.gif is 6.0 MB; images of up to 5.0 MB can be attached."_s));
    QFile text(dir.filePath(u"notes.png"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("just text");
    text.close();
    EXPECT_TRUE(refused({u"--attach"_s, text.fileName()})
                    .contains(u"notes.png is not a PNG, JPEG, GIF or WebP image"_s));
    EXPECT_TRUE(refused({u"--attach"_s, dir.filePath(u"missing.png"_s)}).contains(u"Could not read"_s));
    EXPECT_TRUE(
        refused({u"--attach"_s, tinyPng()}, u"sse"_s)
            .contains(u"provider 'sse' sends no images; --attach needs one of: openai, openai-responses, "
                      "anthropic, gemini, ollama"_s));
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_TRUE(openStore()->conversations()->isEmpty()) << "nothing is stored either";
}

} // namespace
