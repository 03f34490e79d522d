#include "childusage.h"

#include <QFile>
#include <QString>

#include <sys/resource.h>
#include <sys/vfs.h>

#include <linux/magic.h>

namespace inkchat::test {

ChildUsage childrenUsage()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    ChildUsage result;
    result.bytesWritten = qint64(usage.ru_oublock) * 512; // counted in 512-byte blocks
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.peakResident = qint64(usage.ru_maxrss) * 1024; // Linux reports KiB
    return result;
}

bool countsWrittenBytes(const QString &path)
{
    struct statfs filesystem
    {};
    if (statfs(QFile::encodeName(path).constData(), &filesystem) != 0)
        return false;
    return filesystem.f_type != TMPFS_MAGIC && filesystem.f_type != RAMFS_MAGIC;
}

} // namespace inkchat::test
