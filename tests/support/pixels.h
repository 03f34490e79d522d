#pragma once

#include <QImage>

namespace inkchat::test {

/// How many pixels of the image are neither pure black nor pure white: an
/// e-ink page must have none.
inline qsizetype greyPixels(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qsizetype grey = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = line[x] & 0xffffff;
            grey += pixel != 0 && pixel != 0xffffff;
        }
    }
    return grey;
}

} // namespace inkchat::test
