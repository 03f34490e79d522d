#include "consoleqr.h"

#include <qrencode.h>

#include <memory>

namespace inkchat::relay {

QString consoleQrCode(const QByteArray &text)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    constexpr int quiet = 2;
    // Black on white whatever the terminal's colours: a scanner wants dark modules on light.
    const auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < width && (code->data[y * width + x] & 1);
    };
    QString out;
    for (int y = -quiet; y < width + quiet; y += 2) {
        out += QStringLiteral("\x1b[47;30m");
        for (int x = -quiet; x < width + quiet; ++x) {
            const bool top = dark(x, y);
            const bool bottom = dark(x, y + 1);
            out += top && bottom ? u'\u2588' : top ? u'\u2580' : bottom ? u'\u2584' : u' ';
        }
        out += QStringLiteral("\x1b[0m\n");
    }
    return out;
}

} // namespace inkchat::relay
