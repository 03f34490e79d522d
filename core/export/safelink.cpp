#include "safelink.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

bool isDropped(QChar c)
{
    const char16_t u = c.unicode();
    // Noncharacters go too: writers use U+FDD0 as an in-band marker that
    // must never end up inside an attribute.
    const bool isNonCharacter = (u >= 0xFDD0 && u <= 0xFDEF) || u == 0xFFFE || u == 0xFFFF;
    return c.isSpace() || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format || isNonCharacter;
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

} // namespace inkchat::exporting
