#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::markdown {

/// The one code-fence rule: where a fenced code block opens and closes,
/// as CommonMark (and so md4c, which renders the exports and the app's
/// Markdown) reads top-level lines. The streaming block splitter, the
/// Markdown export and the EPUB seams use it, so a reply's code block is
/// the same block on screen, in every export and in md4c's eyes.
///
/// Lines are given without their line end. A fence inside a block quote or
/// a list item is not a top-level line and is not seen here.
struct CodeFence
{
    QChar ch;             ///< '`' or '~'
    qsizetype length = 0; ///< three or more
    qsizetype indent = 0; ///< spaces before it: 0 to 3
    QString info;         ///< the rest of the line without surrounding spaces and tabs

    /// The info string's first word, which names the language ("" if none).
    QStringView language() const;
    /// Whether `line` ends the block: the same character, at least as many,
    /// indented at most three spaces, then only spaces or tabs.
    bool isClosedBy(QStringView line) const;
    /// The shortest line that closes the block.
    QString closingLine() const { return QString(length, ch); }
    /// A line that opens an equal block (same fence and info string).
    QString openingLine() const;
};

/// The fence `line` opens: three or more ` or ~, indented at most three
/// spaces (a tab indents as far as four); a ` fence's info string holds
/// no `, or the line is inline code instead.
std::optional<CodeFence> openingFence(QStringView line);

/// Whether more characters could still make `partialLine`, the unfinished
/// last line of a streaming text, a fence line of `ch` (either character
/// if null), so that a view holds it back instead of flickering.
bool couldBecomeFence(QStringView partialLine, QChar ch = {});

/// The fence of a code block still open at the end of `markdown` (a reply
/// cut off inside code), if any. Lines end at LF, CR LF or CR.
std::optional<CodeFence> unclosedFence(QStringView markdown);

} // namespace inkchat::markdown
