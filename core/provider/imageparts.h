#pragma once

#include "chat/attachment.h"
#include "chat/conversation.h"

#include <QJsonObject>

namespace inkchat::provider {

/// How a provider's `[{"role", "content"}]` messages carry the images of a
/// user turn, each as its API documents it.
enum class ImageFormat {
    /// Text only (a provider that reads no images).
    None,
    /// Chat Completions: `content` becomes
    /// `[{"type":"text"}, {"type":"image_url","image_url":{"url":"data:..."}}]`.
    OpenAiChat,
    /// Responses: `[{"type":"input_text"}, {"type":"input_image","image_url":"data:..."}]`.
    OpenAiResponses,
    /// Messages API: `[{"type":"image","source":{"type":"base64","media_type","data"}}, {"type":"text"}]`,
    /// images first, as Anthropic recommends.
    Anthropic,
    /// /api/chat: the message gets `"images": ["<base64>", ...]` beside its text.
    Ollama,
};

/// Puts `turn`'s images into `message` (which holds role and text content)
/// in `format`; a turn without images is left as it is, so text-only
/// requests keep their plain string content.
void addImages(QJsonObject &message, const chat::ChatMessage &turn, ImageFormat format);

/// A Gemini `parts` entry of an image: `{"inlineData":{"mimeType","data"}}`,
/// the proto3 JSON names the rest of the body uses and Google's own SDK
/// sends (the REST examples' `inline_data` is the same field).
QJsonObject geminiImagePart(const chat::Attachment &image);

} // namespace inkchat::provider
