#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace inkchat::chat {

/// The visible reply as it is put together from one or more connections,
/// so that every character reaches the screen exactly once: a restarted
/// reply repeats what is shown (checked, not shown again), a continuation
/// carries on after it (the seam is recorded), and a continuation's leading
/// white space is dropped when the prefill lost its trailing white space.
/// Pure: no I/O.
class ReplyText
{
public:
    /// The next pieces come from a reply that starts over from the beginning.
    void beginRestart();

    /// The next pieces continue after the text so far, whose trailing white
    /// space the continuation request trimmed. Records the seam.
    void beginContinuation();

    /// Takes the next piece of the reply; returns the part that is new to
    /// the screen (possibly empty), or nullopt when a restarted reply
    /// differs from the text already shown.
    std::optional<QString> append(QString piece);

    const QString &text() const { return m_text; }
    /// Positions in text() where a continuation took over.
    const QList<qsizetype> &seams() const { return m_seams; }

private:
    QString m_text;
    QList<qsizetype> m_seams;
    qsizetype m_replayed = -1;       ///< restart: how much of the text the new reply has repeated
    bool m_dropLeadingSpace = false; ///< continuation: its first white space is on screen already
};

} // namespace inkchat::chat
