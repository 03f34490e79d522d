#include "utf8.h"

namespace inkchat::stream {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

QByteArray replaceInvalid(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 8);
    qsizetype needed = 0; // continuation bytes the current sequence still needs
    qsizetype start = 0;  // where the current sequence began
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;

    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (needed == 0) {
            start = i;
            if (byte <= 0x7F) {
                out.append(char(byte));
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                needed = 1;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                lower = byte == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                upper = byte == 0xED ? 0x9F : 0xBF; // no surrogates
                needed = 2;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                lower = byte == 0xF0 ? 0x90 : 0x80;
                upper = byte == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
                needed = 3;
            } else {
                out.append(kReplacement);
            }
            continue;
        }
        if (byte < lower || byte > upper) {
            // The sequence so far is one error; this byte starts afresh.
            out.append(kReplacement);
            needed = 0;
            lower = 0x80;
            upper = 0xBF;
            --i;
            continue;
        }
        lower = 0x80;
        upper = 0xBF;
        if (--needed == 0)
            out.append(bytes.sliced(start, i - start + 1));
    }
    if (needed != 0)
        out.append(kReplacement);
    return out;
}

} // namespace

QByteArray toValidUtf8(const QByteArray &bytes)
{
    return QByteArrayView(bytes).isValidUtf8() ? bytes : replaceInvalid(bytes);
}

QByteArray toValidUtf8(QByteArrayView bytes)
{
    return bytes.isValidUtf8() ? bytes.toByteArray() : replaceInvalid(bytes);
}

} // namespace inkchat::stream
