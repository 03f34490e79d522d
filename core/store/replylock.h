#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace inkchat::store {

/// Says that a live process is writing a streaming reply.
///
/// The app and the CLI share one database. A reply left `Streaming` is
/// interrupted only if its writer is gone (killed, crashed, powered off);
/// while the app streams, a CLI started beside it must not mark that reply
/// interrupted. The writer holds a lock file beside the database for the
/// reply's lifetime; QLockFile knows a lock of a dead process is stale.
class ReplyLock
{
public:
    ReplyLock(const QString &databasePath, const QString &messageUuid);
    ~ReplyLock();

    ReplyLock(const ReplyLock &) = delete;
    ReplyLock &operator=(const ReplyLock &) = delete;

    /// False if the lock could not be taken (another live writer, or the
    /// folder is not writable); the reply is then just not protected.
    bool isLocked() const;

    /// Whether a live process, this one included, holds the reply's lock.
    /// Writes nothing unless a lock file is there (then a dead process's
    /// lock is removed), so a read-only store can ask too.
    static bool isHeld(const QString &databasePath, const QString &messageUuid);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace inkchat::store
