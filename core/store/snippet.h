#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace inkchat::store {

/// A run of characters: [start, start + length) in UTF-16 code units.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/// A few lines of a message around a search match, and where the matches are.
struct Snippet
{
    /// Plain text on one line ("…" where the message was cut).
    QString text;
    /// The matched words in `text`, in order, never overlapping.
    QList<TextSpan> matches;

    friend bool operator==(const Snippet &, const Snippet &) = default;
};

/// The part of `text` around the first place one of `words` occurs, with
/// every occurrence inside it marked. Case and diacritics are ignored as the
/// full-text index ignores them ("belem" marks "Belém"); a word in a script
/// written with spaces matches whole words only, one in Chinese or
/// Japanese anywhere. The cut falls between words where it can and never
/// inside a character or a cluster (an emoji with its modifiers, a letter
/// with its accents). Without a match: the start of the text.
Snippet makeSnippet(const QString &text, const QStringList &words, qsizetype contextBefore = 40,
                    qsizetype contextAfter = 100);

/// The snippet's text with each match wrapped in `start` and `end`, as
/// `inkchat-cli search` prints it ("[Tram] 15 goes to Belém").
QString markedSnippet(const Snippet &snippet, QStringView start, QStringView end);

} // namespace inkchat::store
