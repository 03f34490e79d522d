#include "markdownblocks.h"

#include <algorithm>

namespace inkchat::chat {

using markdown::couldBecomeFence;
using markdown::openingFence;

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
        : m_text(text),
          m_base(resume.pos),
          m_final(final),
          m_blocks(blocks),
          m_resume(resume),
          m_fence(resume.fence),
          m_codeStart(resume.pos),
          m_continues(resume.continues)
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
    bool isInFence() const { return m_fence.length > 0; }

    void readLine(qsizetype start, qsizetype end, qsizetype next, bool complete)
    {
        const QStringView line = m_text.sliced(start - m_base, end - start);
        if (isInFence()) {
            if (m_fence.isClosedBy(line)) {
                if (!complete)
                    return; // trailing whitespace may still follow; hold it back
                finishCode();
                m_fence = {};
                commit(next);
            } else if (complete || !couldBecomeFence(line, m_fence.ch)) {
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
            m_fence = std::move(*fence);
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
            const bool cut = !startsBlock && (lines > kHardMaxLines || (lines > kSoftMaxLines && !indented));
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
        m_blocks.append(
            {MarkdownBlock::Kind::Code, m_codeStart, length, m_fence.language().toString(), m_continues});
        m_continues = false;
    }

    // Nothing is open before `pos` any more, except the fence of a code block
    // that is cut into pieces: the next scan may start there.
    void commit(qsizetype pos) { m_resume = {pos, m_blocks.size(), m_fence, m_continues}; }

    const QStringView m_text; ///< the text from m_base on
    const qsizetype m_base;   ///< absolute position of m_text's first character
    const bool m_final;       ///< the text ends here: a partial last line is complete
    QList<MarkdownBlock> &m_blocks;
    Resume m_resume;

    // The open Markdown block, if m_mdStart >= 0.
    qsizetype m_mdStart = -1;
    qsizetype m_mdEnd = 0; ///< end of its last non-blank line
    int m_mdLines = 0;     ///< lines up to that one
    int m_blankLines = 0;  ///< blank lines after it

    markdown::CodeFence m_fence; ///< the open fence; length 0 if none
    qsizetype m_codeStart = 0;   ///< where the open piece's content starts
    qsizetype m_codeEnd = -1;    ///< end of its last content line; -1: none yet
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
