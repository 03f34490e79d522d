#include "exportimages.h"

#include "chat/attachment.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

namespace inkchat::platform {

QImage decodedImage(const QByteArray &data, QSize box)
{
    // Only the four types an attachment may be, each by its own plugin:
    // bytes are never handed to whichever decoder claims them.
    const QString type = chat::imageTypeOf(data);
    if (type.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer, type.section(u'/', 1).toLatin1());
    reader.setAutoDetectImageFormat(false);
    reader.setAllocationLimit(kImageDecodeLimitMegabytes);
    // A photo's EXIF orientation is how people saw it when they attached it.
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (box.isValid() && full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    return reader.read();
}

QByteArray pngFromWebp(const QByteArray &webp)
{
    const QImage image = decodedImage(webp, {});
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!QImageWriter(&buffer, "png").write(image))
        return {};
    return png;
}

} // namespace inkchat::platform
