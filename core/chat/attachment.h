#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace inkchat::chat {

/// An image sent with a user message to a vision model: stored with the
/// message, sent in each provider's own format, exported with it.
struct Attachment
{
    /// One of the types every vision provider takes: image/png,
    /// image/jpeg, image/gif or image/webp (see imageTypeOf()).
    QString mimeType;
    /// The name it was attached as ("photo.jpg"), for captions and exports;
    /// never a path.
    QString fileName;
    /// The file's bytes as attached, at most kMaxAttachmentBytes.
    QByteArray data;

    /// The bytes as standard base64, as every provider's JSON carries them.
    QByteArray base64() const { return data.toBase64(); }
    /// A `data:` URL of the image (OpenAI, HTML exports).
    QString dataUrl() const;

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

using Attachments = QList<Attachment>;

/// The largest image a message carries: 5 MiB, the most Anthropic's API
/// takes per image and well within OpenAI's, Gemini's and Ollama's limits,
/// so an image that is accepted is one every provider reads.
inline constexpr qint64 kMaxAttachmentBytes = 5 * 1024 * 1024;
/// The most images one message carries (Anthropic's API takes 20 per
/// request at most); a bound on what a message holds in memory.
inline constexpr int kMaxAttachmentsPerMessage = 10;

/// The image type that `data` starts with (PNG, JPEG, GIF or WebP
/// signature), or an empty string: the type comes from the bytes, never
/// from a file name that may lie.
QString imageTypeOf(const QByteArray &data);

/// `data` as an attachment named `fileName`: kind LimitExceeded, naming the
/// size and the limit, when it is larger than kMaxAttachmentBytes; kind
/// Usage when it is empty or not a PNG, JPEG, GIF or WebP image.
Result<Attachment> attachmentFromData(QByteArray data, const QString &fileName);

/// The image file at `path`, read whole after its size is checked, so a
/// file above the limit is refused without being read.
Result<Attachment> readAttachment(const QString &path);

/// A size as people read it: "812 KB", "7.4 MB", "4.0 GB".
QString readableSize(qint64 bytes);

} // namespace inkchat::chat
