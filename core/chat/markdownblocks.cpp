#include "markdownblocks.h"

#include <algorithm>
#include <optional>

namespace inkchat::chat {

namespace {

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

// CommonMark: a blank line holds only spaces and tabs.
bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), isSpaceOrTab);
}

// A fence may be indented by up to three spaces; -1 if it is indented more.
qsizetype fenceIndent(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    return i <= 3 ? i : -1;
}

qsizetype runLength(QStringView s, QChar c)
{
    qsizetype n = 0;
    while (n < s.size() && s[n] == c)
        ++n;
    return n;
}

struct Fence
{
    QChar ch;
    qsizetype length = 0;
    QString language;
};

std::optional<Fence> openingFence(QStringView line)
{
    const qsizetype indent = fenceIndent(line);
    if (indent < 0 || indent == line.size())
        return std::nullopt;
    const QChar c = line[indent];
    if (c != u'`' && c != u'~')
        return std::nullopt;
    const qsizetype n = runLength(line.sliced(indent), c);
    if (n < 3)
        return std::nullopt;
    const QStringView info = line.sliced(indent + n).trimmed();
    // A backtick in a backtick fence's info string makes the line inline
    // code, not a fence (CommonMark).
    if (c == u'`' && info.contains(u'`'))
        return std::nullopt;
    qsizetype word = 0;
    while (word < info.size() && !info[word].isSpace())
        ++word;
    return Fence{c, n, info.first(word).toString()};
}

bool isClosingFence(QStringView line, QChar c, qsizetype length)
{
    const qsizetype indent = fenceIndent(line);
    if (indent < 0)
        return false;
    const qsizetype n = runLength(line.sliced(indent), c);
    return n >= length && isBlank(line.sliced(indent + n));
}

// Whether more characters could turn this partial last line into a fence
// line of character `c` (null: either fence character).
bool couldBecomeFence(QStringView partial, QChar c)
{
    const qsizetype indent = fenceIndent(partial);
    if (indent < 0)
        return false;
    if (indent == partial.size())
        return true;
    const QChar first = partial[indent];
    if (c.isNull() ? (first != u'`' && first != u'~') : first != c)
        return false;
    return indent + runLength(partial.sliced(indent), first) == partial.size();
}

} // namespace

/// One pass over the text from a resume point: reads lines, appends the
/// blocks it finishes and remembers the last point where one finished.
/// Every decision depends only on complete lines, or on a partial last line
/// whose kind more text cannot change; that is why a scan resumed anywhere
/// gives the same blocks as one from the beginning.
class MarkdownBlocks::Scanner
{
public:
    Scanner(QStringView text, const Resume &resume, QList<MarkdownBlock> &blocks, bool final)
        : m_text(text), m_base(resume.pos), m_final(final), m_blocks(blocks), m_resume(resume),
          m_fenceChar(resume.fenceChar), m_fenceLength(resume.fenceLength), m_language(resume.language),
          m_codeStart(resume.pos), m_continues(resume.continues)
    {
    }

    /// Scans to the end; returns where the next scan resumes.
    Resume run()
    {
        const qsizetype end = m_base + m_text.size();
        qsizetype pos = m_base;
        while (pos < end) {
            qsizetype lineEnd = pos;
            while (lineEnd < end && at(lineEnd) != u'\n' && at(lineEnd) != u'\r')
                ++lineEnd;
            qsizetype next = end;
            // A CR at the very end may be the first half of a CR LF.
            bool complete = m_final;
            if (lineEnd < end && !(at(lineEnd) == u'\r' && lineEnd + 1 == end)) {
                next = lineEnd + (at(lineEnd) == u'\r' && at(lineEnd + 1) == u'\n' ? 2 : 1);
                complete = true;
            }
            readLine(pos, lineEnd, next, complete);
            pos = next;
        }
        if (isInFence())
            finishCode();
        else
            finishMarkdown();
        return m_resume;
    }

private:
    QChar at(qsizetype pos) const { return m_text[pos - m_base]; }
    bool isInFence() const { return !m_fenceChar.isNull(); }

    void readLine(qsizetype start, qsizetype end, qsizetype next, bool complete)
    {
        const QStringView line = m_text.sliced(start - m_base, end - start);
        if (isInFence()) {
            if (isClosingFence(line, m_fenceChar, m_fenceLength)) {
                if (!complete)
                    return; // trailing whitespace may still follow; hold it back
                finishCode();
                m_fenceChar = QChar();
                commit(next);
            } else if (complete || !couldBecomeFence(line, m_fenceChar)) {
                if (m_codeLines == kSoftMaxLines) {
                    finishCode();
                    m_continues = true;
                    commit(start);
                    m_codeStart = start;
                    m_codeEnd = -1;
                    m_codeLines = 0;
                }
                m_codeEnd = end;
                ++m_codeLines;
            }
            return;
        }

        if (auto fence = openingFence(line)) {
            if (!complete)
                return; // the language may still grow
            finishMarkdown();
            commit(start);
            m_fenceChar = fence->ch;
            m_fenceLength = fence->length;
            m_language = std::move(fence->language);
            m_codeStart = next;
            m_codeEnd = -1;
            m_codeLines = 0;
            return;
        }
        if (!complete && couldBecomeFence(line, QChar()))
            return;
        if (isBlank(line)) {
            if (m_mdStart >= 0)
                ++m_blankLines;
            return;
        }

        if (m_mdStart >= 0) {
            const bool indented = isSpaceOrTab(line.front());
            const int lines = m_mdLines + m_blankLines + 1;
            const bool startsBlock = m_blankLines > 0 && !indented;
            // Prefer cutting before an unindented line: an indented one would
            // lose its list item or turn into indented code.
            const bool cut = !startsBlock
                             && (lines > kHardMaxLines || (lines > kSoftMaxLines && !indented));
            if (!startsBlock && !cut) {
                m_mdEnd = end;
                m_mdLines = lines;
                m_blankLines = 0;
                return;
            }
            finishMarkdown();
            m_continues = cut;
            commit(start);
        }
        m_mdStart = start;
        m_mdEnd = end;
        m_mdLines = 1;
        m_blankLines = 0;
    }

    void finishMarkdown()
    {
        if (m_mdStart < 0)
            return;
        m_blocks.append({MarkdownBlock::Kind::Markdown, m_mdStart, m_mdEnd - m_mdStart, {}, m_continues});
        m_mdStart = -1;
        m_continues = false;
    }

    void finishCode()
    {
        const qsizetype length = m_codeEnd < 0 ? 0 : m_codeEnd - m_codeStart;
        m_blocks.append({MarkdownBlock::Kind::Code, m_codeStart, length, m_language, m_continues});
        m_continues = false;
    }

    // Nothing is open before `pos` any more, except the fence of a code block
    // that is cut into pieces: the next scan may start there.
    void commit(qsizetype pos)
    {
        m_resume = {pos, m_blocks.size(), m_fenceChar, m_fenceLength, m_language, m_continues};
    }

    const QStringView m_text; ///< the text from m_base on
    const qsizetype m_base;   ///< absolute position of m_text's first character
    const bool m_final;       ///< the text ends here: a partial last line is complete
    QList<MarkdownBlock> &m_blocks;
    Resume m_resume;

    // The open Markdown block, if m_mdStart >= 0.
    qsizetype m_mdStart = -1;
    qsizetype m_mdEnd = 0;  ///< end of its last non-blank line
    int m_mdLines = 0;      ///< lines up to that one
    int m_blankLines = 0;   ///< blank lines after it

    // The open fence, if m_fenceChar is not null.
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    QString m_language;
    qsizetype m_codeStart = 0; ///< where the open piece's content starts
    qsizetype m_codeEnd = -1;  ///< end of its last content line; -1: none yet
    int m_codeLines = 0;

    bool m_continues = false; ///< the open or next block is a later piece of a cut one
};

qsizetype MarkdownBlocks::update(QStringView wholeText)
{
    const bool continues = isContinuedBy(wholeText);
    if (!continues)
        m_resume = {};
    m_isFinished = false;
    const qsizetype changed = rescan(wholeText.sliced(m_resume.pos), false);
    m_tail = wholeText.sliced(m_resume.pos).toString();
    return continues ? changed : 0;
}

bool MarkdownBlocks::isContinuedBy(QStringView wholeText) const
{
    return wholeText.size() >= m_resume.pos + m_tail.size()
           && wholeText.sliced(m_resume.pos).startsWith(m_tail);
}

qsizetype MarkdownBlocks::finish()
{
    if (m_isFinished)
        return m_blocks.size();
    m_isFinished = true;
    return rescan(m_tail, true);
}

qsizetype MarkdownBlocks::finishedCount() const
{
    return m_isFinished ? m_blocks.size() : m_resume.blockCount;
}

qsizetype MarkdownBlocks::rescan(QStringView fromResume, bool final)
{
    const qsizetype from = m_resume.blockCount;
    const QList<MarkdownBlock> previous = m_blocks.sliced(from); // normally one block
    m_blocks.resize(from);
    const Resume next = Scanner(fromResume, m_resume, m_blocks, final).run();
    // A final scan treats the partial last line as complete; a resumed
    // stream must not, so it continues from the last streaming resume point.
    if (!final)
        m_resume = next;

    qsizetype i = from;
    while (i < m_blocks.size() && i - from < previous.size() && m_blocks.at(i) == previous.at(i - from))
        ++i;
    return i;
}

} // namespace inkchat::chat
