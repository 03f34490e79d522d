#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>
#include <QSize>
#include <QString>

#include <memory>

namespace inkchat::app {

/// The image files the window shows (the composer's attachments, the
/// transcript's), by key, for the image provider: QML asks for
/// `image://attachment/<key>`, or `image://attachment/eink/<key>` for the
/// greyscale, dithered thumbnail an e-ink screen shows. Read from any
/// thread (the provider decodes on Qt Quick's image loader threads).
class AttachmentImages
{
public:
    /// Keeps `data` (an image file's bytes) and returns its key, a hash of
    /// the bytes: the same image shown twice is kept once.
    QString add(const QByteArray &data);
    /// The bytes kept under `key`; empty when there are none.
    QByteArray bytes(const QString &key) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_images;
};

/// The thumbnail of the image file `data`, scaled while it is decoded to fit
/// `bound` (keeping its proportions), so a large photo never becomes a
/// full-size bitmap. `eink`: greyscale with error-diffusion dithering to
/// pure black and white, which an e-ink panel shows without grey mush.
/// A null image when `data` is no image Qt reads.
QImage attachmentThumbnail(const QByteArray &data, const QSize &bound, bool eink);

/// Serves AttachmentImages to QML. Images load asynchronously (Image's
/// `asynchronous: true`), so decoding never blocks the GUI thread.
class AttachmentImageProvider : public QQuickImageProvider
{
public:
    /// The provider's name in image:// URLs.
    static constexpr QLatin1StringView kName{"attachment"};
    /// The size a thumbnail fits into unless QML asks for another.
    static constexpr QSize kThumbnailBound{320, 320};

    explicit AttachmentImageProvider(std::shared_ptr<const AttachmentImages> images);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    std::shared_ptr<const AttachmentImages> m_images;
};

} // namespace inkchat::app
