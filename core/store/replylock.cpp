#include "replylock.h"

#include "conversationstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

QString lockPath(const QString &databasePath, const QString &messageUuid)
{
    return databasePath + u".replies/"_s + messageUuid + u".lock"_s;
}

std::unique_ptr<QLockFile> makeLock(const QString &databasePath, const QString &messageUuid)
{
    const QString path = lockPath(databasePath, messageUuid);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    // Never stale by age: a reply may stream for an hour. A lock is stale
    // only when the process that took it is gone.
    lock->setStaleLockTime(0);
    return lock;
}

bool isInMemory(const QString &databasePath)
{
    return databasePath == ConversationStore::kInMemory;
}

} // namespace

ReplyLock::ReplyLock(const QString &databasePath, const QString &messageUuid)
{
    // Nobody else can see an in-memory database.
    if (isInMemory(databasePath))
        return;
    m_lock = makeLock(databasePath, messageUuid);
    m_lock->tryLock(0);
}

ReplyLock::~ReplyLock() = default;

bool ReplyLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

bool ReplyLock::isHeld(const QString &databasePath, const QString &messageUuid)
{
    if (isInMemory(databasePath))
        return false;
    // Asked by every read of a streaming reply, also on a store that
    // cannot be written: no lock file, no writer, nothing created. Where
    // nothing can be created, nobody can be writing either.
    const QFileInfo file(lockPath(databasePath, messageUuid));
    if (!file.exists() || !QFileInfo(file.absolutePath()).isWritable())
        return false;
    // A probe that QLockFile can take means the writer is gone; it removes
    // a dead process's lock on the way.
    QLockFile probe(file.filePath());
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // removes the file: nobody was writing
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace inkchat::store
