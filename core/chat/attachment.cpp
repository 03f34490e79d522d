#include "attachment.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace inkchat::chat {

QString Attachment::dataUrl() const
{
    return u"data:"_s + mimeType + u";base64,"_s + QString::fromLatin1(base64());
}

QString imageTypeOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

QString readableSize(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return u"%1 KB"_s.arg((bytes + 1023) / 1024);
    if (bytes < 1024 * 1024 * 1024)
        return u"%1 MB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return u"%1 GB"_s.arg(double(bytes) / (1024 * 1024 * 1024), 0, 'f', 1);
}

namespace {

Error tooLarge(const QString &fileName, qint64 size)
{
    return Error::coded(Error::Kind::LimitExceeded, Error::Code::ImageTooLarge, fileName,
                        u"%1 is %2; images of up to %3 can be attached."_s.arg(
                            fileName, readableSize(size), readableSize(kMaxAttachmentBytes)))
        .with({QString::number(size), QString::number(kMaxAttachmentBytes)});
}

Error unreadable(const QString &path, const QString &reason)
{
    return Error::coded(Error::Kind::Usage, Error::Code::ImageUnreadable, path,
                        u"Could not read %1: %2"_s.arg(path, reason))
        .with({}, reason);
}

} // namespace

Result<Attachment> attachmentFromData(QByteArray data, const QString &fileName)
{
    if (data.size() > kMaxAttachmentBytes)
        return tooLarge(fileName, data.size());
    const QString type = imageTypeOf(data);
    if (type.isEmpty()) {
        return Error::coded(
            Error::Kind::Usage, Error::Code::ImageNotAnImage, fileName,
            u"%1 is not a PNG, JPEG, GIF or WebP image, which is what vision models read."_s.arg(fileName));
    }
    return Attachment{type, fileName, std::move(data)};
}

Result<Attachment> readAttachment(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    // Checked on the open file, so a file swapped after the check is
    // still bounded: at most one byte more than the limit is read.
    if (file.size() > kMaxAttachmentBytes)
        return tooLarge(name, file.size());
    QByteArray data = file.read(kMaxAttachmentBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(path, file.errorString());
    return attachmentFromData(std::move(data), name);
}

} // namespace inkchat::chat
