#include "markdownlines.h"

namespace inkchat::exporting::markdownlines {

namespace {

constexpr int kTabStop = 4;

qsizetype indentEnd(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

bool isLanguageName(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'+' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool isBlank(QStringView line) { return line.trimmed().isEmpty(); }

int indentColumns(QStringView line)
{
    int columns = 0;
    for (QChar c : line) {
        if (c == u' ')
            ++columns;
        else if (c == u'\t')
            columns += kTabStop - columns % kTabStop;
        else
            break;
    }
    return columns;
}

QStringView stripColumns(QStringView line, int columns)
{
    int column = 0;
    qsizetype i = 0;
    while (i < line.size() && column < columns) {
        if (line[i] == u' ')
            ++column;
        else if (line[i] == u'\t')
            column += kTabStop - column % kTabStop;
        else
            break;
        ++i;
    }
    return line.sliced(i);
}

std::optional<Fence> openingFence(QStringView line)
{
    const int indent = indentColumns(line);
    if (indent > 3)
        return std::nullopt;
    const QStringView rest = line.sliced(indentEnd(line));
    if (rest.isEmpty() || (rest[0] != u'`' && rest[0] != u'~'))
        return std::nullopt;
    const QChar ch = rest[0];
    qsizetype length = 0;
    while (length < rest.size() && rest[length] == ch)
        ++length;
    if (length < 3)
        return std::nullopt;
    const QStringView info = rest.sliced(length).trimmed();
    if (ch == u'`' && info.contains(u'`'))
        return std::nullopt; // CommonMark: that is inline code, not a fence
    qsizetype wordEnd = 0;
    while (wordEnd < info.size() && !info[wordEnd].isSpace())
        ++wordEnd;
    const QStringView word = info.first(wordEnd);
    return Fence{ch, length, indent, isLanguageName(word) ? word.toString() : QString()};
}

bool isClosingFence(QStringView line, const Fence &opening)
{
    if (indentColumns(line) > 3)
        return false;
    const QStringView rest = line.trimmed();
    qsizetype length = 0;
    while (length < rest.size() && rest[length] == opening.ch)
        ++length;
    return length >= opening.length && length == rest.size();
}

bool isThematicBreak(QStringView line)
{
    if (indentColumns(line) > 3)
        return false;
    const QStringView rest = line.trimmed();
    if (rest.isEmpty() || (rest[0] != u'-' && rest[0] != u'*' && rest[0] != u'_'))
        return false;
    int count = 0;
    for (QChar c : rest) {
        if (c == rest[0])
            ++count;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return count >= 3;
}

std::optional<Heading> atxHeading(QStringView line)
{
    if (indentColumns(line) > 3)
        return std::nullopt;
    QStringView rest = line.sliced(indentEnd(line));
    int level = 0;
    while (level < rest.size() && rest[level] == u'#')
        ++level;
    if (level < 1 || level > 6 || (level < rest.size() && rest[level] != u' ' && rest[level] != u'\t'))
        return std::nullopt;
    rest = rest.sliced(level).trimmed();
    // A closing sequence of #s counts only after a space: "C#" keeps its #.
    qsizetype end = rest.size();
    while (end > 0 && rest[end - 1] == u'#')
        --end;
    if (end == 0)
        rest = {};
    else if (end < rest.size() && (rest[end - 1] == u' ' || rest[end - 1] == u'\t'))
        rest = rest.first(end).trimmed();
    return Heading{level, rest};
}

std::optional<ListMarker> listMarker(QStringView line)
{
    const int indent = indentColumns(line);
    if (indent > 3)
        return std::nullopt;
    const qsizetype start = indentEnd(line);
    qsizetype p = start;
    ListMarker marker;
    if (p < line.size() && (line[p] == u'-' || line[p] == u'*' || line[p] == u'+')) {
        marker.ch = line[p++];
    } else {
        while (p < line.size() && p - start < 9 && line[p].isDigit() && line[p].unicode() < 128)
            ++p;
        if (p == start || p >= line.size() || (line[p] != u'.' && line[p] != u')'))
            return std::nullopt;
        marker.isOrdered = true;
        marker.number = line.sliced(start, p - start).toInt();
        marker.ch = line[p++];
    }
    if (p < line.size() && line[p] != u' ' && line[p] != u'\t')
        return std::nullopt;
    const int markerEnd = indent + int(p - start);
    const QStringView afterMarker = line.sliced(p);
    const int spaces = indentColumns(afterMarker);
    const bool isEmptyItem = isBlank(afterMarker);
    // Five or more spaces after the marker start indented code in the item.
    const int padding = isEmptyItem || spaces > 4 ? 1 : spaces;
    marker.contentColumn = markerEnd + padding;
    marker.content = isEmptyItem ? QStringView() : stripColumns(afterMarker, padding);
    return marker;
}

std::optional<QStringView> quoteContent(QStringView line)
{
    if (indentColumns(line) > 3)
        return std::nullopt;
    QStringView rest = line.sliced(indentEnd(line));
    if (rest.isEmpty() || rest[0] != u'>')
        return std::nullopt;
    rest = rest.sliced(1);
    if (!rest.isEmpty() && rest[0] == u' ')
        rest = rest.sliced(1);
    return rest;
}

bool interruptsParagraph(QStringView line)
{
    if (isBlank(line) || openingFence(line) || isThematicBreak(line) || atxHeading(line)
        || quoteContent(line))
        return true;
    // As in CommonMark, only a non-empty item interrupts, and an ordered one
    // only from 1, so "in\n2024. it rained" stays a paragraph.
    const std::optional<ListMarker> marker = listMarker(line);
    return marker && !marker->content.isEmpty() && (!marker->isOrdered || marker->number == 1);
}

QString closingFenceFor(QStringView markdown)
{
    std::optional<Fence> open;
    for (QStringView line : markdown.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (open && isClosingFence(line, *open))
            open.reset();
        else if (!open)
            open = openingFence(line);
    }
    return open ? QString(open->length, open->ch) : QString();
}

} // namespace inkchat::exporting::markdownlines
