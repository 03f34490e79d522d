#pragma once

#include <QList>
#include <QString>

namespace inkchat::chat {

/// The visible reply as it is put together from one or more connections,
/// so that no character reaches the screen twice: a continuation carries on
/// after the text (the seam is recorded; its leading white space is dropped
/// when the prefill lost its trailing white space), and a restarted reply
/// replaces the text with its first piece (a server may word its new answer
/// differently, so the two are never joined). Pure: no I/O.
class ReplyText
{
public:
    /// The next pieces come from a reply that starts over from the beginning:
    /// its first piece replaces the text so far.
    void beginRestart();
    /// A restart was asked for and its first piece has not come yet: text()
    /// is still the reply it replaces.
    bool isRestarting() const { return m_restarting; }

    /// The next pieces continue after the text so far, whose trailing white
    /// space the continuation request trimmed. Records the seam.
    void beginContinuation();

    /// Takes the next piece of the reply; returns the part that is new to
    /// the screen (possibly empty).
    QString append(QString piece);

    const QString &text() const { return m_text; }
    /// Positions in text() where a continuation took over.
    const QList<qsizetype> &seams() const { return m_seams; }

private:
    QString m_text;
    QList<qsizetype> m_seams;
    bool m_restarting = false;       ///< the next non-empty piece replaces the text
    bool m_dropLeadingSpace = false; ///< continuation: its first white space is on screen already
};

} // namespace inkchat::chat
