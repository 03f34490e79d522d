#include "snippet.h"

#include "searchterms.h"

#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

/// Text folded as the index folds it (compatibility decomposition, marks
/// dropped, case folded), with where each folded unit came from.
struct FoldedText
{
    QString text;
    /// origin[i]: the index in the original text of the character that
    /// folded unit i came from; origin[text.size()] is the original's size.
    QList<qsizetype> origin;
};

bool isMark(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

FoldedText fold(QStringView text)
{
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QString piece = text.mid(i, width).toString().normalized(QString::NormalizationForm_KD);
        piece.removeIf([](QChar c) { return isMark(c.category()); });
        for (const QChar unit : piece.toCaseFolded()) {
            folded.text.append(unit);
            folded.origin.append(i);
        }
        i += width;
    }
    folded.origin.append(text.size());
    return folded;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || isMark(c.category()) || c.isSurrogate();
}

/// Every occurrence of the words in the original text, in order, merged
/// where they overlap.
QList<TextSpan> occurrences(const QString &text, const QStringList &words)
{
    const FoldedText folded = fold(text);
    QList<TextSpan> found;
    for (const QString &word : words) {
        const QString needle = fold(word).text;
        if (needle.isEmpty())
            continue;
        // A word of a spaced script is a whole word, as the index sees it.
        const bool wholeWords = !hasUnspacedScript(word);
        for (qsizetype at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
            const qsizetype end = at + needle.size();
            if (wholeWords
                && ((at > 0 && isWordCharacter(folded.text.at(at - 1)))
                    || (end < folded.text.size() && isWordCharacter(folded.text.at(end)))))
                continue;
            const qsizetype start = folded.origin.at(at);
            // To the end of the original character the last unit came from.
            qsizetype stop = folded.origin.at(end);
            if (stop == start)
                stop = folded.origin.at(end - 1) + 1;
            found.append({start, stop - start});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<TextSpan> merged;
    for (const TextSpan &span : found) {
        if (!merged.isEmpty() && span.start < merged.last().start + merged.last().length) {
            TextSpan &last = merged.last();
            last.length = std::max(last.start + last.length, span.start + span.length) - last.start;
        } else {
            merged.append(span);
        }
    }
    return merged;
}

/// The cluster boundary at or after `position` (`forward`), or at or
/// before it.
qsizetype clusterBoundary(const QString &text, qsizetype position, bool forward)
{
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    clusters.setPosition(position);
    if (clusters.isAtBoundary())
        return position;
    const qsizetype moved = forward ? clusters.toNextBoundary() : clusters.toPreviousBoundary();
    return moved < 0 ? (forward ? text.size() : 0) : moved;
}

} // namespace

Snippet makeSnippet(const QString &text, const QStringList &words, qsizetype contextBefore,
                    qsizetype contextAfter)
{
    const QList<TextSpan> found = occurrences(text, words);
    const TextSpan first = found.isEmpty() ? TextSpan{} : found.constFirst();

    qsizetype start = std::max<qsizetype>(0, first.start - contextBefore);
    qsizetype end = std::min(text.size(), first.start + first.length + contextAfter);
    // Between words where there is a space to cut at, else between clusters.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        start = space >= 0 && space < first.start ? space + 1 : clusterBoundary(text, start, true);
    }
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        end = space > first.start + first.length ? space : clusterBoundary(text, end, false);
    }

    Snippet snippet;
    const QString ellipsis = u"…"_s;
    const qsizetype offset = start > 0 ? ellipsis.size() - start : -start;
    if (start > 0)
        snippet.text = ellipsis;
    QString part = text.mid(start, end - start);
    // One line: line breaks and tabs become spaces, one for one.
    for (QChar &c : part) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    snippet.text += part;
    if (end < text.size())
        snippet.text += ellipsis;
    for (const TextSpan &span : found) {
        if (span.start >= start && span.start + span.length <= end)
            snippet.matches.append({span.start + offset, span.length});
    }
    return snippet;
}

QString markedSnippet(const Snippet &snippet, QStringView start, QStringView end)
{
    QString marked;
    qsizetype at = 0;
    for (const TextSpan &match : snippet.matches) {
        marked += QStringView(snippet.text).mid(at, match.start - at);
        marked += start;
        marked += QStringView(snippet.text).mid(match.start, match.length);
        marked += end;
        at = match.start + match.length;
    }
    marked += QStringView(snippet.text).mid(at);
    return marked;
}

} // namespace inkchat::store
