// Each provider sends a user message's image as its official SDK does: the
// message part of each request is compared with the body the SDK sent for
// the same message (tests/data/providers/*/vision.request.json, recorded as
// tests/data/providers/vision-requests.md says).

#include "providertesting.h"

#include "chat/attachment.h"
#include "provider/providerregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace inkchat;
using namespace inkchat::provider;

namespace {

const QString kQuestion = u"What is in this image?"_s;

chat::Attachment tinyPng()
{
    Result<chat::Attachment> image = chat::attachmentFromData(test::readData(u"images/tiny.png"_s),
                                                              u"tiny.png"_s);
    EXPECT_TRUE(image.hasValue());
    return image ? *image : chat::Attachment{};
}

chat::Conversation withImage()
{
    chat::Conversation conversation;
    conversation.messages.append({chat::Role::User, kQuestion, {tinyPng()}});
    return conversation;
}

QJsonObject built(const QString &providerId)
{
    const std::unique_ptr<Provider> provider = createProvider(providerId);
    EXPECT_TRUE(provider);
    if (!provider)
        return {};
    return test::bodyObject(
        provider->buildRequest(withImage(), {QUrl(u"http://127.0.0.1:1"_s), u"m"_s, {}}, Rung::Stream));
}

QJsonObject recorded(const QString &folder)
{
    return QJsonDocument::fromJson(test::readData(u"providers/%1/vision.request.json"_s.arg(folder)))
        .object();
}

/// The first entry of the array at `key`: the user message with the image.
QJsonObject first(const QJsonObject &body, QLatin1StringView key)
{
    return body.value(key).toArray().first().toObject();
}

} // namespace

TEST(VisionRequest, OpenAiChatSendsImageUrlPartWithDataUrlAsTheSdk)
{
    EXPECT_EQ(first(built(u"openai"_s), "messages"_L1), first(recorded(u"openai"_s), "messages"_L1));
}

TEST(VisionRequest, OpenAiResponsesSendsInputImageAsTheSdk)
{
    EXPECT_EQ(first(built(u"openai-responses"_s), "input"_L1),
              first(recorded(u"openai-responses"_s), "input"_L1));
}

TEST(VisionRequest, AnthropicSendsBase64ImageBlockBeforeTheTextAsTheSdk)
{
    EXPECT_EQ(first(built(u"anthropic"_s), "messages"_L1), first(recorded(u"anthropic"_s), "messages"_L1));
}

TEST(VisionRequest, GeminiSendsInlineDataPartAsTheSdk)
{
    EXPECT_EQ(first(built(u"gemini"_s), "contents"_L1), first(recorded(u"gemini"_s), "contents"_L1));
}

TEST(VisionRequest, OllamaSendsImagesBesideTheTextAsTheSdk)
{
    EXPECT_EQ(first(built(u"ollama"_s), "messages"_L1), first(recorded(u"ollama"_s), "messages"_L1));
}

TEST(VisionRequest, TextOnlyTurnsKeepPlainStringContent)
{
    chat::Conversation conversation = withImage();
    conversation.messages.append({chat::Role::Assistant, u"A red and blue square."_s});
    conversation.messages.append({chat::Role::User, u"Thanks"_s});
    const std::unique_ptr<Provider> provider = createProvider(u"openai"_s);
    const QJsonArray messages =
        test::bodyObject(
            provider->buildRequest(conversation, {QUrl(u"http://127.0.0.1:1"_s), u"m"_s, {}}, Rung::Stream))
            .value("messages"_L1)
            .toArray();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_TRUE(messages.at(0).toObject().value("content"_L1).isArray());
    EXPECT_EQ(messages.at(2).toObject().value("content"_L1).toString(), u"Thanks"_s);
}

TEST(VisionRequest, ImageWithoutWordsSendsNoEmptyTextPart)
{
    chat::Conversation conversation;
    conversation.messages.append({chat::Role::User, {}, {tinyPng()}});
    const std::unique_ptr<Provider> gemini = createProvider(u"gemini"_s);
    const QJsonArray parts = first(test::bodyObject(gemini->buildRequest(
                                       conversation, {QUrl(u"http://127.0.0.1:1"_s), u"m"_s, {}},
                                       Rung::Stream)),
                                   "contents"_L1)
                                 .value("parts"_L1)
                                 .toArray();
    ASSERT_EQ(parts.size(), 1);
    EXPECT_TRUE(parts.at(0).toObject().contains("inlineData"_L1));
}

TEST(VisionRequest, OnlyTheVisionProvidersSayTheyTakeImages)
{
    QStringList takers;
    for (const ProviderInfo &info : providerCatalog()) {
        if (info.capabilities.takesImages)
            takers.append(info.id);
    }
    EXPECT_EQ(takers,
              (QStringList{u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s, u"ollama"_s}));
}

// Attaching

TEST(Attachment, TakesItsTypeFromTheBytesNotTheName)
{
    const Result<chat::Attachment> png = chat::attachmentFromData(test::readData(u"images/tiny.png"_s),
                                                                  u"photo.jpg"_s);
    ASSERT_TRUE(png.hasValue());
    EXPECT_EQ(png->mimeType, u"image/png"_s);
    EXPECT_EQ(chat::imageTypeOf("\xff\xd8\xff\xe0 jfif"_ba), u"image/jpeg"_s);
    EXPECT_EQ(chat::imageTypeOf("GIF89a..."_ba), u"image/gif"_s);
    EXPECT_EQ(chat::imageTypeOf("RIFF\x10\0\0\0WEBPVP8 "_ba), u"image/webp"_s);
}

TEST(Attachment, RefusesWhatIsNotAnImage)
{
    const Result<chat::Attachment> text = chat::attachmentFromData("hello"_ba, u"notes.png"_s);
    ASSERT_FALSE(text.hasValue());
    EXPECT_EQ(text.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(text.error().message.contains(u"notes.png"_s));
    EXPECT_FALSE(chat::attachmentFromData({}, u"empty.png"_s).hasValue());
}

TEST(Attachment, RefusesAnImageAboveTheLimitNamingSizeAndLimit)
{
    QByteArray big = test::readData(u"images/tiny.png"_s);
    big.append(QByteArray(chat::kMaxAttachmentBytes, '\0'));
    const Result<chat::Attachment> image = chat::attachmentFromData(big, u"huge.png"_s);
    ASSERT_FALSE(image.hasValue());
    EXPECT_EQ(image.error().kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(image.error().message, u"huge.png is 5.0 MB; images of up to 5.0 MB can be attached."_s);
}

TEST(Attachment, ReadsAFileAndRefusesABigOneWithoutReadingIt)
{
    const Result<chat::Attachment> image = chat::readAttachment(test::dataPath(u"images/tiny.png"_s));
    ASSERT_TRUE(image.hasValue());
    EXPECT_EQ(image->fileName, u"tiny.png"_s);
    EXPECT_EQ(image->data, test::readData(u"images/tiny.png"_s));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"big.png"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // A sparse file: its size is checked before a byte is read.
    ASSERT_TRUE(file.resize(qint64(1) << 32));
    file.close();
    const Result<chat::Attachment> big = chat::readAttachment(file.fileName());
    ASSERT_FALSE(big.hasValue());
    EXPECT_EQ(big.error().kind, Error::Kind::LimitExceeded);
    EXPECT_EQ(big.error().message, u"big.png is 4.0 GB; images of up to 5.0 MB can be attached."_s);
    EXPECT_FALSE(chat::readAttachment(dir.filePath(u"missing.png"_s)).hasValue());
}
