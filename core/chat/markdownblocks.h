#pragma once

#include "markdown/codefence.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace inkchat::chat {

/// One top-level display block of a Markdown text, as offsets into that text
/// (the text itself is not copied).
struct MarkdownBlock
{
    enum class Kind { Markdown, Code };

    Kind kind = Kind::Markdown;
    /// The displayed text, in UTF-16 code units of the whole text. Markdown:
    /// the block's source without trailing blank lines. Code: the content
    /// between the fence lines, without the fences and without the line end
    /// of its last line.
    qsizetype start = 0;
    qsizetype length = 0;
    /// Code: the first word of the fence's info string ("" if none).
    QString language;
    /// A piece of a block that was too long to lay out as one (see
    /// MarkdownBlocks::kSoftMaxLines); the previous block is the piece before.
    bool continuesPrevious = false;

    qsizetype end() const { return start + length; }

    friend bool operator==(const MarkdownBlock &, const MarkdownBlock &) = default;
};

/// Splits a growing Markdown reply into top-level display blocks, so a view
/// lays out finished blocks once and re-lays out only the last, growing one.
///
/// Blocks end at blank lines followed by a line that does not start with
/// white space (an indented line continues the block: list items, indented
/// code). A fenced code block (``` or ~~~, by markdown::openingFence(), the
/// rule the exports share) is always a block of its own and is never split
/// at its blank lines. A line at the end of a streaming text
/// that is or could still become a fence line is held back until it is
/// complete, so a block never flickers between Markdown and code.
///
/// Blocks longer than kSoftMaxLines lines are cut into pieces, so that no
/// single relayout grows without bound. The price: a cut paragraph or table
/// shows as two. Markdown is cut before the next line that does not start
/// with white space (a list item, a new table row, a paragraph line) and
/// only at kHardMaxLines anywhere; code is cut after kSoftMaxLines lines.
///
/// update() rescans only from the start of the first unfinished block, so
/// streaming costs O(new text + last block) per update, never O(reply).
/// Pure: no event loop, no clock.
class MarkdownBlocks
{
public:
    static constexpr int kSoftMaxLines = 64;
    static constexpr int kHardMaxLines = 96;

    /// The reply grew to `wholeText`. The text before the first unfinished
    /// block must be unchanged: it is not read again. If isContinuedBy() is
    /// false, the text is split from scratch and 0 returned. After finish(),
    /// this continues the reply (a resumed stream) and the blocks finish()
    /// finalised may change again.
    /// Returns the index of the first block that changed, was added or was
    /// removed; blocks().size() if nothing changed. Blocks before it are
    /// unchanged.
    qsizetype update(QStringView wholeText);
    /// Whether update(wholeText) can go on from the last unfinished block:
    /// the text is not shorter than the last one and the part from that
    /// block on is unchanged. O(last block).
    bool isContinuedBy(QStringView wholeText) const;
    /// The reply ended: lines held back because they could still become a
    /// fence are shown, and every block is finished. Returns as update().
    qsizetype finish();

    const QList<MarkdownBlock> &blocks() const { return m_blocks; }
    /// Blocks [0, finishedCount()) no longer change while the reply grows.
    qsizetype finishedCount() const;
    bool isFinished() const { return m_isFinished; }

private:
    /// Where a scan resumes: the start of a line at which no block is open,
    /// or a code piece starts.
    struct Resume
    {
        qsizetype pos = 0;         ///< absolute start of the next line to read
        qsizetype blockCount = 0;  ///< blocks finished before pos
        markdown::CodeFence fence; ///< inside this fence, unless its length is 0
        bool continues = false;    ///< the block at pos is a later piece of a cut one
    };

    class Scanner;

    qsizetype rescan(QStringView fromResume, bool final);

    QList<MarkdownBlock> m_blocks;
    Resume m_resume;
    QString m_tail; ///< the text from m_resume.pos on, to check that the next text extends it
    bool m_isFinished = false;
};

} // namespace inkchat::chat
