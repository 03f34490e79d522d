#include "attachmentimages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace inkchat::app {

QString AttachmentImages::add(const QByteArray &data)
{
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(32));
    const QMutexLocker lock(&m_mutex);
    m_images.insert(key, data);
    return key;
}

QByteArray AttachmentImages::bytes(const QString &key) const
{
    const QMutexLocker lock(&m_mutex);
    return m_images.value(key);
}

QImage attachmentThumbnail(const QByteArray &data, const QSize &bound, bool eink)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // a phone photo stands as it was taken
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > bound.width() || full.height() > bound.height()))
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (image.width() > bound.width() || image.height() > bound.height())
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (!eink)
        return image;
    // Transparent parts are paper, as the page around them.
    QImage onWhite(image.size(), QImage::Format_RGB32);
    onWhite.fill(Qt::white);
    {
        QImage source = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < source.height(); ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
            auto *out = reinterpret_cast<QRgb *>(onWhite.scanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                const int alpha = qAlpha(in[x]);
                const auto blend = [&](int channel) { return channel + (255 - alpha); };
                out[x] = qRgb(blend(qRed(in[x])), blend(qGreen(in[x])), blend(qBlue(in[x])));
            }
        }
    }
    return onWhite.convertToFormat(QImage::Format_Grayscale8)
        .convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::DiffuseDither)
        .convertToFormat(QImage::Format_Grayscale8);
}

AttachmentImageProvider::AttachmentImageProvider(std::shared_ptr<const AttachmentImages> images)
    : QQuickImageProvider(QQuickImageProvider::Image),
      m_images(std::move(images))
{
}

QImage AttachmentImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const bool eink = id.startsWith("eink/"_L1);
    const QString key = eink ? id.sliced(5) : id;
    QSize bound = kThumbnailBound;
    if (requestedSize.width() > 0 && requestedSize.height() > 0)
        bound = requestedSize.boundedTo(kThumbnailBound * 2);
    const QImage image = attachmentThumbnail(m_images->bytes(key), bound, eink);
    if (size)
        *size = image.size();
    return image;
}

} // namespace inkchat::app
