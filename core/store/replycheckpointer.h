#pragma once

#include "util/clock.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace inkchat::store {

/// When a streaming reply is written to the store. Together they bound what
/// a crash can lose: at most `interval` of text, at most `unsavedBytes` of it.
struct CheckpointPolicy
{
    std::chrono::milliseconds interval{1000};
    qsizetype unsavedBytes = 4 * 1024; ///< UTF-8 bytes
};

/// Decides when the growing text of a streaming reply is saved:
///  - the first text is saved at once (a crash right after the first token
///    still leaves an Interrupted reply, not a missing one);
///  - after that, when `interval` has passed since the last save, or when
///    `unsavedBytes` of new text have arrived, whichever comes first;
///  - text that arrives and is then followed by silence (a stalled stream)
///    is saved by a timer when the interval is over;
///  - flush() saves the rest at the end of the reply.
/// A failed save keeps the text unsaved and is retried after the interval,
/// not on every token. The clock is injected, so tests need no sleeping.
class ReplyCheckpointer
{
public:
    /// Writes the reply's whole text so far; returns false if it could not.
    using SaveFunction = std::function<bool(const QString &fullText)>;

    ReplyCheckpointer(SaveFunction saveText, Clock &clock = Clock::system(),
                      CheckpointPolicy policy = {});
    ~ReplyCheckpointer();

    ReplyCheckpointer(const ReplyCheckpointer &) = delete;
    ReplyCheckpointer &operator=(const ReplyCheckpointer &) = delete;

    /// The reply's whole text so far (not a delta). Usually it grows; if it
    /// is replaced by something shorter, all of it counts as new.
    void textChanged(const QString &fullText);

    /// Saves unsaved text now (the reply ended). True when nothing is left
    /// unsaved. The owner calls it; the destructor does not save.
    bool flush();

    bool hasUnsavedText() const { return m_unsaved; }
    /// Successful saves so far.
    int saveCount() const { return m_saves; }

private:
    void save();

    SaveFunction m_save;
    Clock &m_clock;
    CheckpointPolicy m_policy;
    std::unique_ptr<Timer> m_trailingSave;
    QString m_text;
    qsizetype m_unsavedBytes = 0;
    std::chrono::milliseconds m_lastAttemptAt{0};
    int m_attempts = 0;
    int m_saves = 0;
    bool m_unsaved = false;
    bool m_lastAttemptFailed = false;
};

} // namespace inkchat::store
