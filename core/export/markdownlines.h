#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::exporting::markdownlines {

/// How one line of Markdown starts a block, for markdownToXhtml(). Lines
/// are given without their line end; a tab advances to the next multiple
/// of four columns, as in CommonMark.

bool isBlank(QStringView line);
/// The columns of white space before the first other character.
int indentColumns(QStringView line);
/// The line without up to `columns` columns of leading white space (a tab
/// that reaches past them goes as a whole).
QStringView stripColumns(QStringView line, int columns);

/// ``` or ~~~ (three or more), indented by at most three spaces.
struct Fence
{
    QChar ch;
    qsizetype length = 0;
    int indent = 0;
    QString language; ///< the info string's first word if it is a safe class name, else ""
};
std::optional<Fence> openingFence(QStringView line);
bool isClosingFence(QStringView line, const Fence &opening);

/// ---, *** or ___ (three or more, spaces allowed between).
bool isThematicBreak(QStringView line);

struct Heading
{
    int level = 1;
    QStringView text; ///< without the #s, the closing #s and surrounding spaces
};
/// "# Title" to "###### Title".
std::optional<Heading> atxHeading(QStringView line);

struct ListMarker
{
    bool isOrdered = false;
    QChar ch;                ///< '-', '*', '+' or the ordered delimiter '.' or ')'
    int number = 1;          ///< ordered lists only
    int contentColumn = 0;   ///< where the item's continuation lines start
    QStringView content;     ///< the rest of the first line
};
/// "- item", "* item", "+ item", "1. item", "1) item".
std::optional<ListMarker> listMarker(QStringView line);

/// The text after "> " if the line belongs to a block quote.
std::optional<QStringView> quoteContent(QStringView line);

/// Whether the line ends a paragraph above it without a blank line between.
bool interruptsParagraph(QStringView line);

/// The fence line that would close a code block left open at the end of
/// `markdown` (a reply cut off inside code), or "" if none is open.
QString closingFenceFor(QStringView markdown);

} // namespace inkchat::exporting::markdownlines
