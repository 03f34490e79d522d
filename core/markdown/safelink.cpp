#include "safelink.h"

#include <string_view>

using namespace Qt::StringLiterals;

namespace inkchat::markdown {

namespace {

bool isDropped(QChar c)
{
    const char16_t u = c.unicode();
    // Noncharacters go too: writers use U+FDD0 as an in-band marker that
    // must never end up inside an attribute.
    const bool isNonCharacter = (u >= 0xFDD0 && u <= 0xFDEF) || u == 0xFFFE || u == 0xFFFF;
    return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
           || isNonCharacter;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUrlChar(char c)
{
    static constexpr std::string_view kKept = "-_.!~*'();/?:@&=+$,#";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || kKept.find(c) != std::string_view::npos;
}

bool isSchemeChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    if (first)
        return letter;
    return letter || (u >= u'0' && u <= u'9') || u == u'+' || u == u'-' || u == u'.';
}

} // namespace

std::optional<QString> safeLinkTarget(QStringView target)
{
    QString cleaned;
    cleaned.reserve(target.size());
    for (QChar c : target) {
        if (!isDropped(c))
            cleaned += c;
    }
    const qsizetype colon = cleaned.indexOf(u':');
    if (colon <= 0)
        return std::nullopt; // relative or scheme-less: meaningless in a standalone file
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isSchemeChar(cleaned.at(i), i == 0))
            return std::nullopt;
    }
    const QString scheme = cleaned.first(colon).toLower();
    if (scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
        return std::nullopt;
    return cleaned;
}

QString percentEncodedUrl(QStringView url)
{
    const QByteArray bytes = url.toUtf8();
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const bool isEscape = c == '%' && i + 2 < bytes.size() && isHexDigit(bytes[i + 1])
                              && isHexDigit(bytes[i + 2]);
        if (isUrlChar(c) || isEscape) {
            out += QLatin1Char(c);
        } else {
            out += u'%';
            out += QChar(u"0123456789ABCDEF"[uchar(c) >> 4]);
            out += QChar(u"0123456789ABCDEF"[uchar(c) & 0xF]);
        }
    }
    return out;
}

} // namespace inkchat::markdown
