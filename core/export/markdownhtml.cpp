#include "markdownhtml.h"

#include "markdowninline.h"
#include "markdownlines.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace ml = markdownlines;

namespace {

// Block quotes and list items nest by recursion; deeper nesting is shown as
// paragraphs, so no input can exhaust the stack.
constexpr int kMaxDepth = 16;

bool isHighSurrogate(QStringView s, qsizetype i)
{
    return s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
}

bool isLowSurrogate(QStringView s, qsizetype i)
{
    return s[i].isLowSurrogate() && i > 0 && s[i - 1].isHighSurrogate();
}

/// Whether XML 1.0 allows the UTF-16 unit at `i` (controls, U+FFFE, U+FFFF
/// and unpaired surrogates it does not, not even as references).
bool isXmlChar(QStringView s, qsizetype i)
{
    const char16_t u = s[i].unicode();
    if (u < 0x20)
        return u == u'\t' || u == u'\n' || u == u'\r';
    if (u == 0xFFFE || u == 0xFFFF)
        return false;
    if (QChar::isSurrogate(u))
        return isHighSurrogate(s, i) || isLowSurrogate(s, i);
    return true;
}

/// The input with line ends as \n and characters XML forbids as U+FFFD.
QString normalized(QStringView markdown)
{
    QString out;
    out.reserve(markdown.size());
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == u'\r') {
            out += u'\n';
            if (i + 1 < markdown.size() && markdown[i + 1] == u'\n')
                ++i;
        } else {
            out += isXmlChar(markdown, i) ? markdown[i] : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

/// Trailing spaces stay: two of them before a line end are a hard break.
QStringView leftTrimmed(QStringView line)
{
    qsizetype start = 0;
    while (start < line.size() && line[start].isSpace())
        ++start;
    return line.sliced(start);
}

class BlockRenderer
{
public:
    explicit BlockRenderer(QString &out) : m_out(out) {}

    /// Renders the lines as blocks. In a tight list item (`tight`),
    /// paragraphs are written without <p>.
    void render(const QList<QStringView> &lines, int depth, bool tight);

private:
    qsizetype indentedCode(const QList<QStringView> &lines, qsizetype i);
    qsizetype fencedCode(const QList<QStringView> &lines, qsizetype i, const ml::Fence &fence);
    qsizetype quote(const QList<QStringView> &lines, qsizetype i, int depth);
    qsizetype list(const QList<QStringView> &lines, qsizetype i, int depth);
    qsizetype paragraph(const QList<QStringView> &lines, qsizetype i, bool tight, bool flat);

    QString &m_out;
};

void BlockRenderer::render(const QList<QStringView> &lines, int depth, bool tight)
{
    const bool flat = depth >= kMaxDepth;
    qsizetype i = 0;
    while (i < lines.size()) {
        const QStringView line = lines[i];
        if (ml::isBlank(line)) {
            ++i;
        } else if (flat) {
            i = paragraph(lines, i, tight, true);
        } else if (ml::indentColumns(line) >= 4) {
            i = indentedCode(lines, i);
        } else if (const std::optional<ml::Fence> fence = ml::openingFence(line)) {
            i = fencedCode(lines, i, *fence);
        } else if (ml::isThematicBreak(line)) {
            m_out += u"<hr/>\n"_s;
            ++i;
        } else if (const std::optional<ml::Heading> heading = ml::atxHeading(line)) {
            const QString tag = u"h"_s + QString::number(heading->level);
            m_out += u"<"_s + tag + u">"_s + inlineMarkdownToXhtml(heading->text) + u"</"_s + tag
                + u">\n"_s;
            ++i;
        } else if (ml::quoteContent(line)) {
            i = quote(lines, i, depth);
        } else if (ml::listMarker(line)) {
            i = list(lines, i, depth);
        } else {
            i = paragraph(lines, i, tight, false);
        }
    }
}

qsizetype BlockRenderer::indentedCode(const QList<QStringView> &lines, qsizetype i)
{
    qsizetype end = i;
    qsizetype lastText = i;
    while (end < lines.size() && (ml::isBlank(lines[end]) || ml::indentColumns(lines[end]) >= 4)) {
        if (!ml::isBlank(lines[end]))
            lastText = end;
        ++end;
    }
    m_out += u"<pre><code>"_s;
    for (qsizetype k = i; k <= lastText; ++k)
        m_out += escapeXml(ml::stripColumns(lines[k], 4)) + u'\n';
    m_out += u"</code></pre>\n"_s;
    return lastText + 1;
}

qsizetype BlockRenderer::fencedCode(const QList<QStringView> &lines, qsizetype i,
                                    const ml::Fence &fence)
{
    m_out += fence.language.isEmpty()
        ? u"<pre><code>"_s
        : u"<pre><code class=\"language-"_s + escapeXml(fence.language) + u"\">"_s;
    qsizetype k = i + 1;
    // An unclosed fence runs to the end, as in CommonMark.
    for (; k < lines.size() && !ml::isClosingFence(lines[k], fence); ++k)
        m_out += escapeXml(ml::stripColumns(lines[k], fence.indent)) + u'\n';
    m_out += u"</code></pre>\n"_s;
    return std::min(k + 1, lines.size());
}

qsizetype BlockRenderer::quote(const QList<QStringView> &lines, qsizetype i, int depth)
{
    QList<QStringView> inner;
    qsizetype k = i;
    for (; k < lines.size() && !ml::isBlank(lines[k]); ++k) {
        if (const std::optional<QStringView> content = ml::quoteContent(lines[k]))
            inner.append(*content);
        else if (!ml::interruptsParagraph(lines[k]) && !ml::listMarker(lines[k]))
            inner.append(lines[k]); // a lazy continuation of the quoted paragraph
        else
            break;
    }
    m_out += u"<blockquote>\n"_s;
    render(inner, depth + 1, false);
    m_out += u"</blockquote>\n"_s;
    return k;
}

// A list's items are collected first: whether it is tight (no blank line
// between or inside items, so no <p>) is known only at its end.
qsizetype BlockRenderer::list(const QList<QStringView> &lines, qsizetype i, int depth)
{
    const ml::ListMarker first = *ml::listMarker(lines[i]);
    QList<QList<QStringView>> items;
    bool isLoose = false;
    qsizetype k = i;
    while (k < lines.size()) {
        const std::optional<ml::ListMarker> marker = ml::listMarker(lines[k]);
        if (!marker || ml::isThematicBreak(lines[k]) || marker->isOrdered != first.isOrdered
            || marker->ch != first.ch)
            break;
        QList<QStringView> item{marker->content};
        bool afterBlank = false;
        for (++k; k < lines.size(); ++k) {
            const QStringView line = lines[k];
            if (ml::isBlank(line)) {
                afterBlank = true;
                item.append(QStringView());
            } else if (ml::indentColumns(line) >= marker->contentColumn) {
                isLoose = isLoose || afterBlank;
                afterBlank = false;
                item.append(ml::stripColumns(line, marker->contentColumn));
            } else if (!afterBlank && !ml::interruptsParagraph(line) && !ml::listMarker(line)) {
                item.append(line); // a lazy continuation of the item's paragraph
            } else {
                break;
            }
        }
        while (item.size() > 1 && item.last().isEmpty())
            item.removeLast();
        items.append(item);
        if (afterBlank && k < lines.size()) {
            const std::optional<ml::ListMarker> next = ml::listMarker(lines[k]);
            isLoose = isLoose
                || (next && next->isOrdered == first.isOrdered && next->ch == first.ch);
        }
    }
    const QString tag = first.isOrdered ? u"ol"_s : u"ul"_s;
    m_out += u"<"_s + tag;
    if (first.isOrdered && first.number != 1)
        m_out += u" start=\""_s + QString::number(first.number) + u"\""_s;
    m_out += u">\n"_s;
    for (const QList<QStringView> &item : std::as_const(items)) {
        m_out += u"<li>"_s;
        render(item, depth + 1, !isLoose);
        if (m_out.endsWith(u'\n') && !isLoose)
            m_out.chop(1);
        m_out += u"</li>\n"_s;
    }
    m_out += u"</"_s + tag + u">\n"_s;
    return k;
}

qsizetype BlockRenderer::paragraph(const QList<QStringView> &lines, qsizetype i, bool tight,
                                   bool flat)
{
    QString text = leftTrimmed(lines[i]).toString();
    qsizetype k = i + 1;
    for (; k < lines.size() && !ml::isBlank(lines[k]) && (flat || !ml::interruptsParagraph(lines[k])); ++k) {
        text += u'\n' + leftTrimmed(lines[k]);
    }
    const QString html = inlineMarkdownToXhtml(QStringView(text).trimmed());
    if (tight)
        m_out += html + u'\n';
    else
        m_out += u"<p>"_s + html + u"</p>\n"_s;
    return k;
}

} // namespace

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        default: out += isXmlChar(text, i) ? c : QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QString markdownToXhtml(QStringView markdown)
{
    const QString text = normalized(markdown);
    QList<QStringView> lines;
    for (QStringView line : QStringView(text).tokenize(u'\n'))
        lines.append(line);
    QString out;
    out.reserve(text.size() + text.size() / 4);
    BlockRenderer(out).render(lines, 0, false);
    return out;
}

} // namespace inkchat::exporting
