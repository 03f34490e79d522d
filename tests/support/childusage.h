#pragma once

#include <QtGlobal>

namespace inkchat::test {

/// What the children this process has waited for used, all together
/// (getrusage RUSAGE_CHILDREN). The difference across one child's run is
/// that child's, if no other child ended meanwhile; the peak is the highest
/// of them all, so an upper bound for the child a test starts.
struct ChildUsage
{
    /// Bytes sent to storage (the kernel's write_bytes of /proc/PID/io;
    /// nothing on a filesystem without a disk, such as tmpfs).
    qint64 bytesWritten = 0;
    /// User and system CPU time, in seconds.
    double cpuSeconds = 0;
    /// The highest peak resident set of any of them, in bytes.
    qint64 peakResident = 0;
};

ChildUsage childrenUsage();

/// Whether files written under `path` count in ChildUsage::bytesWritten
/// (false on tmpfs, which has no storage to send them to).
bool countsWrittenBytes(const QString &path);

} // namespace inkchat::test
