#include "codefence.h"

#include <algorithm>

namespace inkchat::markdown {

namespace {

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isSpaceOrTab);
}

/// CommonMark trims an info string of spaces and tabs only: a form feed or
/// a no-break space is part of it.
QStringView trimmedSpacesAndTabs(QStringView text)
{
    while (!text.isEmpty() && isSpaceOrTab(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpaceOrTab(text.back()))
        text.chop(1);
    return text;
}

/// The spaces a fence line starts with, or -1 if there are more than three
/// (that is indented code) or a tab comes first (a tab reaches column four).
qsizetype fenceIndent(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    if (i > 3 || (i < line.size() && line[i] == u'\t'))
        return -1;
    return i;
}

qsizetype runLength(QStringView text, QChar c)
{
    qsizetype n = 0;
    while (n < text.size() && text[n] == c)
        ++n;
    return n;
}

} // namespace

QStringView CodeFence::language() const
{
    const QStringView view(info);
    return view.first(std::find_if(view.begin(), view.end(), isSpaceOrTab) - view.begin());
}

bool CodeFence::isClosedBy(QStringView line) const
{
    const qsizetype at = fenceIndent(line);
    if (at < 0)
        return false;
    const qsizetype n = runLength(line.sliced(at), ch);
    return n >= length && isBlank(line.sliced(at + n));
}

QString CodeFence::openingLine() const
{
    return QString(indent, u' ') + QString(length, ch) + info;
}

std::optional<CodeFence> openingFence(QStringView line)
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
    const QStringView info = trimmedSpacesAndTabs(line.sliced(indent + n));
    if (c == u'`' && info.contains(u'`'))
        return std::nullopt;
    return CodeFence{c, n, indent, info.toString()};
}

bool couldBecomeFence(QStringView partialLine, QChar ch)
{
    qsizetype indent = 0;
    while (indent < partialLine.size() && partialLine[indent] == u' ')
        ++indent;
    if (indent > 3)
        return false;
    if (indent == partialLine.size())
        return true;
    const QChar first = partialLine[indent];
    if (ch.isNull() ? (first != u'`' && first != u'~') : first != ch)
        return false;
    return indent + runLength(partialLine.sliced(indent), first) == partialLine.size();
}

std::optional<CodeFence> unclosedFence(QStringView markdown)
{
    std::optional<CodeFence> open;
    qsizetype start = 0;
    while (start < markdown.size()) {
        qsizetype end = start;
        while (end < markdown.size() && markdown[end] != u'\n' && markdown[end] != u'\r')
            ++end;
        const QStringView line = markdown.sliced(start, end - start);
        if (open && open->isClosedBy(line))
            open.reset();
        else if (!open)
            open = openingFence(line);
        start = end
                + (end + 1 < markdown.size() && markdown[end] == u'\r' && markdown[end + 1] == u'\n' ? 2 : 1);
    }
    return open;
}

} // namespace inkchat::markdown
