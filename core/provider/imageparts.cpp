#include "imageparts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inkchat::provider {

namespace {

QString base64(const chat::Attachment &image)
{
    return QString::fromLatin1(image.base64());
}

QJsonObject typedPart(const QString &type, const QString &key, const QJsonValue &value)
{
    return QJsonObject{{u"type"_s, type}, {key, value}};
}

QJsonObject imagePart(const chat::Attachment &image, ImageFormat format)
{
    switch (format) {
    case ImageFormat::OpenAiChat:
        return typedPart(u"image_url"_s, u"image_url"_s, QJsonObject{{u"url"_s, image.dataUrl()}});
    case ImageFormat::OpenAiResponses:
        return typedPart(u"input_image"_s, u"image_url"_s, image.dataUrl());
    case ImageFormat::Anthropic:
        return typedPart(u"image"_s, u"source"_s,
                         QJsonObject{{u"type"_s, u"base64"_s},
                                     {u"media_type"_s, image.mimeType},
                                     {u"data"_s, base64(image)}});
    case ImageFormat::None:
    case ImageFormat::Ollama:
        break;
    }
    return {};
}

QJsonObject textPart(const QString &text, ImageFormat format)
{
    return typedPart(format == ImageFormat::OpenAiResponses ? u"input_text"_s : u"text"_s, u"text"_s, text);
}

} // namespace

void addImages(QJsonObject &message, const chat::ChatMessage &turn, ImageFormat format)
{
    if (turn.attachments.isEmpty() || format == ImageFormat::None)
        return;
    if (format == ImageFormat::Ollama) {
        QJsonArray images;
        for (const chat::Attachment &image : turn.attachments)
            images.append(base64(image));
        message.insert(u"images"_s, images);
        return;
    }
    QJsonArray content;
    const bool imagesFirst = format == ImageFormat::Anthropic;
    if (!imagesFirst && !turn.text.isEmpty())
        content.append(textPart(turn.text, format));
    for (const chat::Attachment &image : turn.attachments)
        content.append(imagePart(image, format));
    if (imagesFirst && !turn.text.isEmpty())
        content.append(textPart(turn.text, format));
    message.insert(u"content"_s, content);
}

QJsonObject geminiImagePart(const chat::Attachment &image)
{
    return QJsonObject{
        {u"inlineData"_s, QJsonObject{{u"mimeType"_s, image.mimeType}, {u"data"_s, base64(image)}}}};
}

} // namespace inkchat::provider
