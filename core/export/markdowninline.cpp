#include "markdowninline.h"

#include "markdownemphasis.h"
#include "markdownhtml.h"
#include "safelink.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

// A link target and title longer than this is not a link: it bounds the
// scan that each '[' may start.
constexpr qsizetype kMaxLinkTail = 4096;
// Labels nest ("![![![...](a)](b)](c)"); deeper ones stay text, which bounds
// the recursion.
constexpr int kMaxLabelDepth = 8;

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`')
        || (u >= u'{' && u <= u'~');
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case u'&': out += u"&amp;"_s; break;
    case u'<': out += u"&lt;"_s; break;
    case u'>': out += u"&gt;"_s; break;
    case u'"': out += u"&quot;"_s; break;
    case u'\'': out += u"&#39;"_s; break;
    default: out += c;
    }
}

QString removeBackslashEscapes(QStringView s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size() && isAsciiPunct(s[i + 1]))
            ++i;
        out += s[i];
    }
    return out;
}

QString linkHtml(const QString &href, const QString &labelHtml)
{
    return u"<a href=\""_s + escapeXml(href) + u"\">"_s + labelHtml + u"</a>"_s;
}

class InlineRenderer
{
public:
    InlineRenderer(QStringView text, bool allowLinks, int depth = 0)
        : m_text(text), m_allowLinks(allowLinks), m_depth(depth)
    {
    }

    QString render();

private:
    /// Output so far: escaped HTML, or (run >= 0) a delimiter run whose
    /// rendering is known only once emphasis is matched.
    struct Piece
    {
        QString html;
        qsizetype run = -1;
    };

    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i] : QChar(u'\n'); }
    void scan();
    void indexBackticks();
    void indexBrackets();
    qsizetype codeSpan(qsizetype i);
    qsizetype autolink(qsizetype i);
    qsizetype link(qsizetype i, bool isImage);
    void delimiterRun(qsizetype i, qsizetype length);
    void lineBreak(qsizetype i);
    void flush();

    QStringView m_text;
    bool m_allowLinks;
    int m_depth;
    QString m_pending;
    QList<Piece> m_pieces;
    QList<EmphasisRun> m_runs;
    QHash<qsizetype, QList<qsizetype>> m_backtickRunsByLength; // start positions, ascending
    QHash<qsizetype, qsizetype> m_closingBracket;              // '[' position -> its ']'
};

QString InlineRenderer::render()
{
    indexBackticks();
    indexBrackets();
    scan();
    flush();
    matchEmphasis(m_runs);
    QString out;
    for (const Piece &piece : std::as_const(m_pieces))
        out += piece.run < 0 ? piece.html : emphasisHtml(m_runs[piece.run]);
    return out;
}

void InlineRenderer::scan()
{
    qsizetype i = 0;
    while (i < m_text.size()) {
        const QChar c = m_text[i];
        qsizetype next = -1; // set when a construct consumed the text up to here
        switch (c.unicode()) {
        case u'\\':
            if (at(i + 1) == u'\n' && i + 1 < m_text.size()) {
                m_pending += u"<br/>\n"_s;
                next = i + 2;
            } else if (i + 1 < m_text.size() && isAsciiPunct(m_text[i + 1])) {
                appendEscaped(m_pending, m_text[i + 1]);
                next = i + 2;
            }
            break;
        case u'`': next = codeSpan(i); break;
        case u'<': next = autolink(i); break;
        case u'[': next = link(i, false); break;
        case u'!':
            if (at(i + 1) == u'[')
                next = link(i + 1, true);
            break;
        case u'*':
        case u'_': {
            qsizetype end = i;
            while (end < m_text.size() && m_text[end] == c)
                ++end;
            delimiterRun(i, end - i);
            next = end;
            break;
        }
        case u'\n':
            lineBreak(i);
            next = i + 1;
            break;
        default: break;
        }
        if (next < 0) {
            appendEscaped(m_pending, c);
            next = i + 1;
        }
        i = next;
    }
}

void InlineRenderer::indexBackticks()
{
    for (qsizetype i = 0; i < m_text.size();) {
        if (m_text[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < m_text.size() && m_text[end] == u'`')
            ++end;
        m_backtickRunsByLength[end - i].append(i);
        i = end;
    }
}

void InlineRenderer::indexBrackets()
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (c == u'\\') {
            ++i; // an escaped bracket is text
        } else if (c == u'[') {
            open.append(i);
        } else if (c == u']' && !open.isEmpty()) {
            m_closingBracket.insert(open.takeLast(), i);
        }
    }
}

// `code`: a run of n backticks up to the next run of exactly n.
qsizetype InlineRenderer::codeSpan(qsizetype i)
{
    qsizetype length = 0;
    while (at(i + length) == u'`' && i + length < m_text.size())
        ++length;
    const QList<qsizetype> &candidates = m_backtickRunsByLength.value(length);
    const auto closer = std::upper_bound(candidates.cbegin(), candidates.cend(), i + length - 1);
    if (closer == candidates.cend()) {
        m_pending += QString(length, u'`');
        return i + length;
    }
    QString content = m_text.sliced(i + length, *closer - i - length).toString();
    content.replace(u'\n', u' ');
    if (content.size() >= 2 && content.startsWith(u' ') && content.endsWith(u' ')
        && !content.trimmed().isEmpty())
        content = content.sliced(1, content.size() - 2);
    m_pending += u"<code>"_s + escapeXml(content) + u"</code>"_s;
    return *closer + length;
}

// <https://example.com> or <name@example.com>; a rejected scheme stays text.
qsizetype InlineRenderer::autolink(qsizetype i)
{
    qsizetype end = i + 1;
    while (end < m_text.size()) {
        const QChar c = m_text[end];
        if (c == u'>' || c == u'<' || c.isSpace())
            break;
        ++end;
    }
    if (at(end) != u'>' || end >= m_text.size() || end == i + 1)
        return -1;
    const QStringView inner = m_text.sliced(i + 1, end - i - 1);
    const qsizetype colon = inner.indexOf(u':');
    const qsizetype atSign = inner.indexOf(u'@');
    QString href;
    if (colon >= 2) {
        href = inner.toString();
    } else if (atSign > 0 && colon < 0 && atSign + 1 < inner.size() && !inner.contains(u'\\')) {
        href = u"mailto:"_s + inner;
    } else {
        return -1;
    }
    const std::optional<QString> safe = safeLinkTarget(href);
    if (safe && m_allowLinks)
        m_pending += linkHtml(*safe, escapeXml(inner));
    else
        m_pending += escapeXml(m_text.sliced(i, end - i + 1));
    return end + 1;
}

// [label](target "title") and ![alt](target). `i` is the '['.
qsizetype InlineRenderer::link(qsizetype i, bool isImage)
{
    const qsizetype close = m_closingBracket.value(i, -1);
    if (close < 0 || at(close + 1) != u'(' || close + 1 >= m_text.size() || m_depth >= kMaxLabelDepth)
        return -1;
    const qsizetype limit = std::min(m_text.size(), close + 2 + kMaxLinkTail);
    qsizetype p = close + 2;
    auto skipSpace = [&] {
        while (p < limit && m_text[p].isSpace())
            ++p;
    };
    skipSpace();
    qsizetype targetStart = p;
    qsizetype targetEnd = p;
    if (at(p) == u'<') {
        targetStart = ++p;
        while (p < limit && m_text[p] != u'>' && m_text[p] != u'\n' && m_text[p] != u'<')
            p += m_text[p] == u'\\' ? 2 : 1;
        if (p >= limit || m_text[p] != u'>')
            return -1;
        targetEnd = p++;
    } else {
        int depth = 0;
        while (p < limit && !m_text[p].isSpace()) {
            const QChar c = m_text[p];
            if (c == u'(')
                ++depth;
            else if (c == u')' && depth-- == 0)
                break;
            p += c == u'\\' ? 2 : 1;
        }
        targetEnd = std::min(p, limit);
    }
    skipSpace();
    if (p < limit && (m_text[p] == u'"' || m_text[p] == u'\'' || m_text[p] == u'(')) {
        const QChar end = m_text[p] == u'(' ? QChar(u')') : m_text[p];
        ++p;
        while (p < limit && m_text[p] != end)
            p += m_text[p] == u'\\' ? 2 : 1;
        if (p >= limit)
            return -1;
        ++p;
        skipSpace();
    }
    if (p >= limit || m_text[p] != u')')
        return -1;
    if (!isImage && !m_allowLinks)
        return -1; // no link inside a link: the brackets stay text

    const QStringView label = m_text.sliced(i + 1, close - i - 1);
    const QString target = removeBackslashEscapes(m_text.sliced(targetStart, targetEnd - targetStart));
    QString labelHtml = InlineRenderer(label, false, m_depth + 1).render();
    if (isImage && label.trimmed().isEmpty())
        labelHtml = escapeXml(target);
    const std::optional<QString> safe = safeLinkTarget(target);
    if (safe && m_allowLinks) {
        m_pending += linkHtml(*safe, labelHtml);
    } else {
        m_pending += labelHtml;
    }
    return p + 1;
}

void InlineRenderer::delimiterRun(qsizetype i, qsizetype length)
{
    flush();
    m_pieces.append({QString(), m_runs.size()});
    m_runs.append(emphasisRun(m_text[i], int(std::min<qsizetype>(length, INT_MAX)), at(i - 1), at(i + length)));
}

// Two or more spaces before a line end make a hard break; other line ends
// stay soft (shown as a space).
void InlineRenderer::lineBreak(qsizetype i)
{
    qsizetype spaces = 0;
    while (i - spaces - 1 >= 0 && m_text[i - spaces - 1] == u' ')
        ++spaces;
    const qsizetype removable = std::min(spaces, m_pending.size());
    if (m_pending.endsWith(QString(removable, u' ')))
        m_pending.chop(removable);
    m_pending += spaces >= 2 ? u"<br/>\n"_s : u"\n"_s;
}

void InlineRenderer::flush()
{
    if (m_pending.isEmpty())
        return;
    m_pieces.append({m_pending, -1});
    m_pending.clear();
}

} // namespace

QString inlineMarkdownToXhtml(QStringView text)
{
    return InlineRenderer(text, true).render();
}

} // namespace inkchat::exporting
