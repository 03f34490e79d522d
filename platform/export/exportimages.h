#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace inkchat::platform {

/// The most memory an attached image may take decoded, in megabytes: an
/// image is at most 5 MiB of file, but a small file can claim a huge
/// picture, and one is refused rather than decoded at any size.
inline constexpr int kImageDecodeLimitMegabytes = 128;

/// The attached image `data` decoded to fit within `box` pixels, its aspect
/// kept and never enlarged (an invalid box: at full size); a JPEG is scaled
/// while it is read, so a photo is never held at full size. A null image
/// when it does not decode (not a PNG, JPEG, GIF or WebP by its bytes, no
/// image plugin for its type, damaged, above kImageDecodeLimitMegabytes).
QImage decodedImage(const QByteArray &data, QSize box);

/// The WebP image `webp` as PNG bytes, for EPUB readers that show no WebP
/// (exporting::EpubOptions::webpToPng); empty when it does not decode.
QByteArray pngFromWebp(const QByteArray &webp);

} // namespace inkchat::platform
