#pragma once

#include "util/clock.h"

#include <QString>
#include <QStringView>

#include <chrono>
#include <functional>
#include <memory>

namespace inkchat::store {

/// When a streaming reply is written to the store. Together they bound what
/// a crash can lose: at most `interval` of text, at most `unsavedBytes` of it.
struct CheckpointPolicy
{
    std::chrono::milliseconds interval{1000};
    /// UTF-8 bytes. Every save writes a few database pages besides its text,
    /// whatever its length: when a reply comes faster than one save a
    /// second, saves of 4 KiB wrote 5.4 bytes per byte of text to the disk,
    /// of 64 KiB 2.2, of 256 KiB 2.1 (the text once to the write-ahead log,
    /// once to the database).
    qsizetype unsavedBytes = 256 * 1024;
};

/// Decides when the text of a streaming reply is saved, and keeps what is
/// not saved yet:
///  - the first text is saved at once (a crash right after the first token
///    still leaves an Interrupted reply, not a missing one);
///  - after that, when `interval` has passed since the last save, or when
///    `unsavedBytes` of new text have arrived, whichever comes first;
///  - text that arrives and is then followed by silence (a stalled stream)
///    is saved by a timer when the interval is over;
///  - flush() saves the rest at the end of the reply.
/// Each save hands over only the text that came since the last one, so a
/// long reply costs no more per save than a short one. A failed save keeps
/// the text unsaved and is retried after the interval, not on every token.
/// The clock is injected, so tests need no sleeping.
class ReplyCheckpointer
{
public:
    /// Appends `unsavedText` (all that came since the last successful save)
    /// to the stored reply; returns false if it could not.
    using SaveFunction = std::function<bool(const QString &unsavedText)>;

    ReplyCheckpointer(SaveFunction saveText, Clock &clock = Clock::system(), CheckpointPolicy policy = {});
    ~ReplyCheckpointer();

    ReplyCheckpointer(const ReplyCheckpointer &) = delete;
    ReplyCheckpointer &operator=(const ReplyCheckpointer &) = delete;

    /// More of the reply: the text that follows what was given before.
    void textAppended(QStringView text);

    /// Saves unsaved text now (the reply ended). True when nothing is left
    /// unsaved. The owner calls it; the destructor does not save.
    bool flush();

    bool hasUnsavedText() const { return !m_unsaved.isEmpty(); }
    /// Successful saves so far.
    int saveCount() const { return m_saves; }

private:
    enum class Cut { AtCodePoint, Everything };
    void save(Cut cut = Cut::AtCodePoint);

    SaveFunction m_save;
    Clock &m_clock;
    CheckpointPolicy m_policy;
    std::unique_ptr<Timer> m_trailingSave;
    QString m_unsaved;
    qsizetype m_unsavedBytes = 0;
    std::chrono::milliseconds m_lastAttemptAt{0};
    int m_attempts = 0;
    int m_saves = 0;
    bool m_lastAttemptFailed = false;
};

} // namespace inkchat::store
