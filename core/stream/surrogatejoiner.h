#pragma once

#include <QChar>
#include <QString>

namespace inkchat::stream {

/// Puts back together the UTF-16 surrogate pairs a provider splits across
/// two deltas (JSON "A\ud83d" then "\ude00B" is "A😀B", as the official
/// SDKs show it), and makes every lone surrogate U+FFFD, so a half
/// character never reaches the screen, the terminal or SQLite (whose UTF-16
/// conversion would take the next character as its other half). Pure.
class SurrogateJoiner
{
public:
    /// The next delta; returns what is complete, holding back a high
    /// surrogate at its end until the next delta says what it is.
    QString take(const QString &piece);

    /// End of the text: a high surrogate still held back is lone.
    QString finish();

    /// Forgets a held-back half (a new, unrelated stream begins).
    void reset() { m_pendingHigh = QChar(); }

    /// `text` with every lone surrogate replaced by U+FFFD.
    static QString replaceLone(QString text);

private:
    QChar m_pendingHigh; ///< null when nothing is held back
};

} // namespace inkchat::stream
