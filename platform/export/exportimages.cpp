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
    // The size read and the size asked for are the stored ones, before it
    // is turned.
    reader.setAutoTransform(true);
    const bool isTurned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize storedBox = isTurned ? box.transposed() : box;
    const QSize stored = reader.size();
    if (box.isValid() && stored.isValid()
        && (stored.width() > storedBox.width() || stored.height() > storedBox.height()))
        reader.setScaledSize(stored.scaled(storedBox, Qt::KeepAspectRatio));
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
