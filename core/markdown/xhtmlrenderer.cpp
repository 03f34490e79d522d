#include "xhtmlrenderer.h"

#include "htmlentities.h"
#include "safelink.h"
#include "xhtml.h"
#include "xmltext.h"

#include <algorithm>

namespace inkchat::markdown {

static_assert(kDialectFlags == (MD_DIALECT_GITHUB | MD_FLAG_NOHTML));

namespace {

/// Deeper block quotes and lists are rendered without their own tags, so
/// an e-reader never lays out thousands of nested boxes.
constexpr int kMaxNesting = 16;

/// An attribute's text with its character references decoded.
QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString text;
    if (attribute.size == 0)
        return text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const QByteArrayView piece(attribute.text + begin, attribute.substr_offsets[i + 1] - begin);
        if (attribute.substr_types[i] == MD_TEXT_NULLCHAR)
            text += QChar(QChar::ReplacementCharacter);
        else if (attribute.substr_types[i] == MD_TEXT_ENTITY)
            text += decodeCharacterReference(piece).value_or(QString::fromUtf8(piece));
        else
            text += QString::fromUtf8(piece);
    }
    return text;
}

/// A class name that cannot surprise a style sheet: letters, digits, _+-#.
bool isSafeLanguageName(QStringView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'+' || c == u'-' || c == u'#' || c == u'.';
    });
}

QByteArray codeOpeningTag(const MD_BLOCK_CODE_DETAIL &code)
{
    const QString language = attributeText(code.lang);
    if (!isSafeLanguageName(language))
        return "<pre><code>";
    return "<pre><code class=\"language-" + escapeXml(language).toUtf8() + "\">";
}

QByteArray cellOpeningTag(MD_BLOCKTYPE type, MD_ALIGN align)
{
    QByteArray tag = type == MD_BLOCK_TH ? "<th" : "<td";
    switch (align) {
    case MD_ALIGN_LEFT:
        tag += " style=\"text-align: left\"";
        break;
    case MD_ALIGN_CENTER:
        tag += " style=\"text-align: center\"";
        break;
    case MD_ALIGN_RIGHT:
        tag += " style=\"text-align: right\"";
        break;
    case MD_ALIGN_DEFAULT:
        break;
    }
    return tag + '>';
}

} // namespace

QByteArray XhtmlRenderer::render(QByteArrayView markdown)
{
    m_out.reserve(markdown.size() + markdown.size() / 4);
    const MD_PARSER parser{0,          kDialectFlags, &enterBlock, &leaveBlock, &enterSpan,
                           &leaveSpan, &onText,       nullptr,     nullptr};
    md_parse(markdown.data(), MD_SIZE(markdown.size()), &parser, this);
    return m_out;
}

int XhtmlRenderer::enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
{
    static_cast<XhtmlRenderer *>(self)->openBlock(type, detail);
    return 0;
}

int XhtmlRenderer::leaveBlock(MD_BLOCKTYPE type, void *detail, void *self)
{
    static_cast<XhtmlRenderer *>(self)->closeBlock(type, detail);
    return 0;
}

int XhtmlRenderer::enterSpan(MD_SPANTYPE type, void *detail, void *self)
{
    static_cast<XhtmlRenderer *>(self)->openSpan(type, detail);
    return 0;
}

int XhtmlRenderer::leaveSpan(MD_SPANTYPE type, void *, void *self)
{
    static_cast<XhtmlRenderer *>(self)->closeSpan(type);
    return 0;
}

int XhtmlRenderer::onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
{
    static_cast<XhtmlRenderer *>(self)->text(type, QByteArrayView(text, size));
    return 0;
}

void XhtmlRenderer::openBlock(MD_BLOCKTYPE type, void *detail)
{
    endFlatParagraph();
    if (type != MD_BLOCK_P)
        writeTaskMark();
    switch (type) {
    case MD_BLOCK_DOC:
    case MD_BLOCK_HTML: // never: kDialectFlags shows raw HTML as text
        break;
    case MD_BLOCK_QUOTE:
        openContainer("<blockquote>");
        break;
    case MD_BLOCK_UL:
        openContainer("<ul>", static_cast<MD_BLOCK_UL_DETAIL *>(detail)->is_tight);
        break;
    case MD_BLOCK_OL: {
        const auto *list = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
        openContainer(list->start == 1 ? QByteArray("<ol>")
                                       : "<ol start=\"" + QByteArray::number(list->start) + "\">",
                      list->is_tight);
        break;
    }
    case MD_BLOCK_LI:
        openItem(*static_cast<MD_BLOCK_LI_DETAIL *>(detail));
        break;
    case MD_BLOCK_HR:
        openLeaf("<hr/>\n");
        break;
    case MD_BLOCK_H:
        openLeaf("<h" + QByteArray::number(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + '>');
        break;
    case MD_BLOCK_CODE:
        openLeaf(codeOpeningTag(*static_cast<MD_BLOCK_CODE_DETAIL *>(detail)));
        break;
    case MD_BLOCK_P:
        openLeaf("<p>");
        writeTaskMark();
        break;
    case MD_BLOCK_TABLE:
        openLeaf("<table>\n");
        break;
    case MD_BLOCK_THEAD:
        m_out += "<thead>\n";
        break;
    case MD_BLOCK_TBODY:
        m_out += "<tbody>\n";
        break;
    case MD_BLOCK_TR:
        m_out += "<tr>\n";
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        m_out += cellOpeningTag(type, static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align);
        break;
    }
}

void XhtmlRenderer::closeBlock(MD_BLOCKTYPE type, void *detail)
{
    writeTaskMark(); // an item with nothing after its box
    m_inline.closeAll();
    m_imageDepth = 0;
    endFlatParagraph();
    switch (type) {
    case MD_BLOCK_DOC:
    case MD_BLOCK_HTML:
    case MD_BLOCK_HR:
        break;
    case MD_BLOCK_QUOTE:
        closeContainer("</blockquote>\n");
        break;
    case MD_BLOCK_UL:
        closeContainer("</ul>\n");
        break;
    case MD_BLOCK_OL:
        closeContainer("</ol>\n");
        break;
    case MD_BLOCK_LI:
        closeItem();
        break;
    case MD_BLOCK_H:
        m_out += "</h" + QByteArray::number(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + ">\n";
        break;
    case MD_BLOCK_CODE:
        m_out += "</code></pre>\n";
        break;
    case MD_BLOCK_P:
        m_out += "</p>\n";
        break;
    case MD_BLOCK_TABLE:
        m_out += "</table>\n";
        break;
    case MD_BLOCK_THEAD:
        m_out += "</thead>\n";
        break;
    case MD_BLOCK_TBODY:
        m_out += "</tbody>\n";
        break;
    case MD_BLOCK_TR:
        m_out += "</tr>\n";
        break;
    case MD_BLOCK_TH:
        m_out += "</th>\n";
        break;
    case MD_BLOCK_TD:
        m_out += "</td>\n";
        break;
    }
}

void XhtmlRenderer::openLeaf(const QByteArray &openingTag)
{
    cr();
    m_out += openingTag;
}

void XhtmlRenderer::openContainer(const QByteArray &openingTag, bool isTight)
{
    const bool isShown = m_shownContainers < kMaxNesting;
    m_containers.push_back({isShown, isTight});
    if (!isShown)
        return;
    ++m_shownContainers;
    cr();
    m_out += openingTag + '\n';
}

void XhtmlRenderer::closeContainer(const char *closingTag)
{
    if (m_containers.back().isShown) {
        --m_shownContainers;
        cr();
        m_out += closingTag;
    }
    m_containers.pop_back();
}

void XhtmlRenderer::openItem(const MD_BLOCK_LI_DETAIL &item)
{
    const Container list = m_containers.back();
    m_containers.push_back(list);
    if (list.isShown) {
        m_out += "<li>";
    } else if (list.isTight) {
        // md4c reports no paragraphs in a tight list: without its <li>,
        // the item's text gets a paragraph of its own.
        openLeaf("<p>");
        m_isInFlatParagraph = true;
    }
    m_pendingTaskMark = item.is_task ? item.task_mark : 0;
}

void XhtmlRenderer::closeItem()
{
    if (m_containers.back().isShown)
        m_out += "</li>\n";
    m_containers.pop_back();
}

void XhtmlRenderer::endFlatParagraph()
{
    if (!m_isInFlatParagraph)
        return;
    m_out += "</p>\n";
    m_isInFlatParagraph = false;
}

void XhtmlRenderer::openSpan(MD_SPANTYPE type, void *detail)
{
    writeTaskMark();
    if (m_imageDepth > 0) {
        // An image's description is plain text, as in an alt attribute.
        m_imageDepth += type == MD_SPAN_IMG;
        return;
    }
    switch (type) {
    case MD_SPAN_EM:
        openElement(type, "<em>", "</em>");
        break;
    case MD_SPAN_STRONG:
        openElement(type, "<strong>", "</strong>");
        break;
    case MD_SPAN_CODE:
        openElement(type, "<code>", "</code>");
        break;
    case MD_SPAN_DEL:
        openElement(type, "<del>", "</del>");
        break;
    case MD_SPAN_A:
        openLink(type, attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href));
        break;
    case MD_SPAN_IMG:
        // Shown as a link to the picture, so nothing loads it.
        openLink(type, attributeText(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src));
        m_imageDepth = 1;
        break;
    default: // not enabled by kDialectFlags
        break;
    }
}

template <qsizetype Open, qsizetype Close>
void XhtmlRenderer::openElement(MD_SPANTYPE type, const char (&openTag)[Open], const char (&closeTag)[Close])
{
    // Raw data: a span costs no allocation for its tags.
    m_inline.open({type,
                   QByteArray::fromRawData(openTag, Open - 1),
                   QByteArray::fromRawData(closeTag, Close - 1),
                   0,
                   {}});
}

void XhtmlRenderer::openLink(MD_SPANTYPE type, const QString &target)
{
    const std::optional<QString> safe = m_inline.isInLink() ? std::nullopt : safeLinkTarget(target);
    if (!safe) {
        m_inline.open({type, {}, {}, 0, target}); // its text stays, as text
        return;
    }
    m_inline.open(
        {type, "<a href=\"" + escapeXml(percentEncodedUrl(*safe)).toUtf8() + "\">", "</a>", 0, target});
}

void XhtmlRenderer::closeSpan(MD_SPANTYPE type)
{
    if (m_imageDepth > 1 || (m_imageDepth == 1 && type != MD_SPAN_IMG)) {
        m_imageDepth -= type == MD_SPAN_IMG;
        return;
    }
    if (type == MD_SPAN_IMG) {
        m_imageDepth = 0;
        // An image without a description is named by its address.
        const InlineElements::Span *image = m_inline.innermost();
        if (image && image->kind == type && m_out.size() == image->contentStart
            && safeLinkTarget(image->target))
            writeEscaped(QByteArrayView(image->target.toUtf8()));
    }
    m_inline.close(type);
}

void XhtmlRenderer::text(MD_TEXTTYPE type, QByteArrayView text)
{
    writeTaskMark();
    switch (type) {
    case MD_TEXT_NULLCHAR:
        m_out += "\xEF\xBF\xBD"; // U+FFFD
        break;
    case MD_TEXT_BR:
        m_out += "<br/>\n";
        break;
    case MD_TEXT_SOFTBR:
        m_out += '\n';
        break;
    case MD_TEXT_ENTITY:
        if (const std::optional<QString> character = decodeCharacterReference(text))
            writeEscaped(QByteArrayView(character->toUtf8()));
        else
            writeEscaped(text);
        break;
    default: // normal text, code, and raw HTML, which is shown as text
        writeEscaped(text);
        break;
    }
}

void XhtmlRenderer::writeTaskMark()
{
    if (m_pendingTaskMark == 0)
        return;
    m_out += m_pendingTaskMark == ' ' ? "\u2610 " : "\u2611 "; // ☐ or ☑
    m_pendingTaskMark = 0;
}

void XhtmlRenderer::writeEscaped(QByteArrayView text)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *entity = nullptr;
        switch (text[i]) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '\'':
            entity = "&#39;";
            break;
        default:
            continue;
        }
        m_out.append(text.sliced(plain, i - plain));
        m_out += entity;
        plain = i + 1;
    }
    m_out.append(text.sliced(plain));
}

void XhtmlRenderer::cr()
{
    if (!m_out.isEmpty() && !m_out.endsWith('\n'))
        m_out += '\n';
}

} // namespace inkchat::markdown
