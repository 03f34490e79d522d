// markdown::markdownToXhtml() and escapeXml(), the renderer on md4c behind
// the HTML and EPUB exports: the output is well-formed XML made only of the
// elements and attributes the renderer documents (whatever order md4c
// reports spans in); a link goes only to http, https or mailto (so no
// script, no event handler attribute, no data: or javascript: URL), a style
// only aligns a table cell, and no attribute carries a Unicode
// noncharacter. escapeXml() text reads back as the input, with what XML
// forbids as U+FFFD.
//
// Input: [encoding] text... (encoding even: UTF-8; odd: raw UTF-16, which
// reaches unpaired surrogates and noncharacters)

#include "fuzzcheck.h"
#include "fuzzinput.h"

#include "markdown/xhtml.h"
#include "markdown/xmltext.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace inkchat;

namespace {

/// Each element markdownToXhtml() writes, and the one attribute it may carry.
struct AllowedElement
{
    QStringView name;
    QStringView attribute;
};
constexpr AllowedElement kAllowed[] = {
    {u"p", {}},     {u"h1", {}},         {u"h2", {}},  {u"h3", {}},       {u"h4", {}},
    {u"h5", {}},    {u"h6", {}},         {u"hr", {}},  {u"br", {}},       {u"blockquote", {}},
    {u"pre", {}},   {u"code", u"class"}, {u"ul", {}},  {u"ol", u"start"}, {u"li", {}},
    {u"em", {}},    {u"strong", {}},     {u"del", {}}, {u"a", u"href"},   {u"table", {}},
    {u"thead", {}}, {u"tbody", {}},      {u"tr", {}},  {u"th", u"style"}, {u"td", u"style"},
};

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool hasNoncharacter(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(), [](uint c) { return isNoncharacter(c); });
}

void checkAttribute(QStringView element, const QXmlStreamAttribute &attribute)
{
    const auto allowed = std::find_if(std::begin(kAllowed), std::end(kAllowed),
                                      [&](const AllowedElement &e) { return e.name == element; });
    FUZZ_CHECK(allowed != std::end(kAllowed));
    FUZZ_CHECK(attribute.name() == allowed->attribute);
    FUZZ_CHECK(!hasNoncharacter(attribute.value()));
    if (attribute.name() == u"href") {
        const QString href = attribute.value().toString().toLower();
        FUZZ_CHECK(href.startsWith(u"http:"_s) || href.startsWith(u"https:"_s)
                   || href.startsWith(u"mailto:"_s));
    } else if (attribute.name() == u"class") {
        FUZZ_CHECK(attribute.value().startsWith(u"language-"_s));
    } else if (attribute.name() == u"style") {
        const QStringView value = attribute.value();
        FUZZ_CHECK(value == u"text-align: left" || value == u"text-align: center"
                   || value == u"text-align: right");
    } else if (attribute.name() == u"start") {
        bool isNumber = false;
        const qlonglong start = attribute.value().toLongLong(&isNumber);
        FUZZ_CHECK(isNumber && start >= 0);
    }
}

void checkRendered(const QString &xhtml)
{
    FUZZ_CHECK(!xhtml.contains(u"<script"_s, Qt::CaseInsensitive));
    QXmlStreamReader reader(u"<root>"_s + xhtml + u"</root>"_s);
    FUZZ_CHECK(reader.readNextStartElement()); // <root>
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto allowed = std::find_if(std::begin(kAllowed), std::end(kAllowed),
                                          [&](const AllowedElement &e) { return e.name == reader.name(); });
        FUZZ_CHECK(allowed != std::end(kAllowed));
        for (const QXmlStreamAttribute &attribute : reader.attributes())
            checkAttribute(reader.name(), attribute);
    }
    if (reader.hasError())
        std::fprintf(stderr, "not well-formed: %s\n", qPrintable(reader.errorString()));
    FUZZ_CHECK(!reader.hasError());
}

/// What XML text made of escapeXml(text) reads back as: characters XML 1.0
/// forbids become U+FFFD, and the parser turns CR LF and CR into LF.
QString readBack(QStringView text)
{
    QString expected;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            expected += text.sliced(i, 2);
            ++i;
        } else if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || QChar::isSurrogate(c)
                   || c == 0xFFFE || c == 0xFFFF) {
            expected += QChar(QChar::ReplacementCharacter);
        } else {
            expected += QChar(c);
        }
    }
    expected.replace(u"\r\n"_s, u"\n"_s);
    expected.replace(u'\r', u'\n');
    return expected;
}

void checkEscaped(QStringView text)
{
    QXmlStreamReader reader(u"<root>"_s + markdown::escapeXml(text) + u"</root>"_s);
    FUZZ_CHECK(reader.readNextStartElement());
    const QString content = reader.readElementText();
    FUZZ_CHECK(!reader.hasError());
    FUZZ_CHECK(content == readBack(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::FuzzInput input(data, size);
    const bool isUtf16 = input.takeByte() % 2 == 1;
    const QByteArrayView bytes = input.rest();
    QString text;
    if (isUtf16) {
        // Copied, not cast: the payload starts at an odd address.
        text.resize(bytes.size() / 2);
        std::memcpy(text.data(), bytes.data(), size_t(text.size()) * sizeof(QChar));
    } else {
        text = QString::fromUtf8(bytes);
    }

    checkRendered(markdown::markdownToXhtml(text));
    checkEscaped(text);
    return 0;
}
