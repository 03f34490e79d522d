#include "htmlentities.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace inkchat::markdown {

namespace {

struct NamedReference
{
    const char *name;
    char32_t first;
    char32_t second;
};

// Sorted by name (byte order), for the binary search below.
constexpr NamedReference kNamedReferences[] = {
#include "htmlentitytable.inc"
};

/// A referenced character, unless XHTML could not hold it or it could pass
/// for an in-band marker (a noncharacter): then U+FFFD.
QString fromCodePoint(char32_t c)
{
    const bool isXmlChar = c == U'\t' || c == U'\n' || c == U'\r'
                           || (c >= 0x20 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF));
    const bool isNoncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    return QString::fromUcs4(isXmlChar && !isNoncharacter ? &c : U"\uFFFD", 1);
}

std::optional<QString> decodeNumber(QByteArrayView digits, int base)
{
    if (digits.isEmpty())
        return std::nullopt;
    char32_t value = 0;
    for (const char c : digits) {
        const int digit = c >= '0' && c <= '9'                 ? c - '0'
                          : base == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : base == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                               : -1;
        if (digit < 0)
            return std::nullopt;
        // Anything past U+10FFFF is U+FFFD however long it is: stop growing.
        value = std::min<char32_t>(value * char32_t(base) + char32_t(digit), 0x110000);
    }
    return fromCodePoint(value);
}

} // namespace

std::optional<QString> decodeCharacterReference(QByteArrayView reference)
{
    if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';')
        return std::nullopt;
    const QByteArrayView body = reference.sliced(1, reference.size() - 2);
    if (body.startsWith('#')) {
        const bool isHex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        return decodeNumber(body.sliced(isHex ? 2 : 1), isHex ? 16 : 10);
    }
    const std::string_view name(body.data(), size_t(body.size()));
    const auto *found = std::lower_bound(
        std::begin(kNamedReferences), std::end(kNamedReferences), name,
        [](const NamedReference &r, std::string_view n) { return std::string_view(r.name) < n; });
    if (found == std::end(kNamedReferences) || std::string_view(found->name) != name)
        return std::nullopt;
    const char32_t points[] = {found->first, found->second};
    return QString::fromUcs4(points, found->second ? 2 : 1);
}

} // namespace inkchat::markdown
