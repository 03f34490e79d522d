#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace inkchat::store {

/// What a user typed into the search box, split the way the store searches
/// it. Terms are separated by white space and every term must be found.
///
/// The full-text index (FTS5, unicode61) cuts text into words at spaces and
/// punctuation; that finds "Belém" for "belem" but never a word inside a
/// run of Chinese or Japanese, which is written without spaces: "猫" is
/// not a word of "吾輩は猫である" to it. So a term in such a script is
/// looked for as a substring instead.
struct SearchTerms
{
    /// An FTS5 MATCH expression for the word terms (empty: none): each term
    /// quoted (quotes doubled) and ANDed, so `foo"`, `AND`, `*`, `-x` and
    /// `NEAR(` are searched as text, never read as FTS5 syntax.
    QString matchExpression;
    /// Terms in a script written without spaces, found as substrings.
    QStringList substrings;
    /// What each term looks for in text, for snippets: the words of the
    /// word terms, and the substrings.
    QStringList words;

    bool isEmpty() const { return matchExpression.isEmpty() && substrings.isEmpty(); }
};

/// Splits `userText` into terms. Control characters (a NUL would end the
/// expression early) count as spaces.
SearchTerms searchTerms(const QString &userText);

/// Whether `text` has a character of a script written without spaces
/// between words (Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer,
/// Myanmar, Tibetan).
bool hasUnspacedScript(QStringView text);

} // namespace inkchat::store
