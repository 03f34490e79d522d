#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace inkchat::exporting {

/// A run of '*' or '_' in inline Markdown, which may open or close emphasis
/// (one character: <em>, two: <strong>). Once matched it carries the tags
/// it stands for; characters left unpaired stay text.
struct EmphasisRun
{
    QChar ch;
    int length = 0;    ///< characters in the source run
    int remaining = 0; ///< characters not used by a pair
    bool canOpen = false;
    bool canClose = false;
    QString closeTags; ///< written before the remaining characters
    QString openTags;  ///< written after them
};

/// Classifies a run by CommonMark's flanking rules; `before` and `after`
/// are the characters around it (a line end or the text's edge counts as
/// white space).
EmphasisRun emphasisRun(QChar ch, int length, QChar before, QChar after);

/// Pairs the runs (in text order) as CommonMark's "process emphasis" does
/// and fills in their tags. Pairs always nest, whatever the input. O(n).
void matchEmphasis(QList<EmphasisRun> &runs);

/// The run as output: closing tags, unpaired characters, opening tags.
QString emphasisHtml(const EmphasisRun &run);

/// CommonMark's punctuation for the flanking rules: ASCII punctuation and
/// Unicode punctuation and symbols.
bool isMarkdownPunctuation(QChar c);

} // namespace inkchat::exporting
