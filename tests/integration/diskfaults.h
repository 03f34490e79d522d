#pragma once

// Disk faults a user meets, made for one inkchat-cli child between fork and
// exec (CliLaunch::inChild), so the test process itself is never affected.
// That code makes system calls only: the child may share the parent's memory
// until it execs.
// They work unprivileged and as root, where file modes stop nothing: the
// child then loses the capabilities that let root write anyway.

#include "clirun.h"

#include <QByteArray>
#include <QString>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <linux/capability.h>

namespace inkchat::test::cli {

/// The exit code of a child that could not set its fault up (it says why on
/// stderr); the test then reports that, not a verdict on inkchat-cli.
inline constexpr int kFaultSetupFailed = 97;

namespace detail {

[[noreturn]] inline void faultSetupFailed(const char *what)
{
    const char prefix[] = "diskfaults: cannot make the fault: ";
    [[maybe_unused]] auto a = ::write(STDERR_FILENO, prefix, sizeof prefix - 1);
    [[maybe_unused]] auto b = ::write(STDERR_FILENO, what, strlen(what));
    ::_exit(kFaultSetupFailed);
}

/// Root ignores file modes; without these capabilities (dropped from the
/// bounding set, so the program about to be run starts without them) it
/// meets them as any user does. Nothing to do for anyone else.
inline void meetFileModes()
{
    if (::geteuid() != 0)
        return;
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        if (::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0)
            faultSetupFailed("prctl(PR_CAPBSET_DROP) failed");
    }
}

} // namespace detail

/// Files and folders are as read-only as their modes say (chmod 0444 on a
/// file, 0555 on a folder), for root too.
inline CliLaunch withFileModes()
{
    CliLaunch launch;
    launch.inChild = [] { detail::meetFileModes(); };
    return launch;
}

namespace detail {

/// A mount namespace of the child's own: what it mounts is gone with it.
inline void ownMountNamespace()
{
    if (::unshare(CLONE_NEWNS) != 0)
        faultSetupFailed("unshare(CLONE_NEWNS) is not permitted here");
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        faultSetupFailed("mount(MS_PRIVATE) failed");
}

} // namespace detail

/// `folder` is on a read-only filesystem: a read-only bind mount of it in a
/// mount namespace of the child's own, gone when the child is.
inline CliLaunch withReadOnlyFilesystem(const QString &folder)
{
    CliLaunch launch;
    // Encoded before the fork: the child only makes system calls.
    const QByteArray path = folder.toLocal8Bit();
    launch.inChild = [path] {
        detail::ownMountNamespace();
        if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0)
            detail::faultSetupFailed("mount(MS_BIND) failed");
        if (::mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
            detail::faultSetupFailed("mount(MS_REMOUNT | MS_RDONLY) failed");
    };
    return launch;
}

/// `folder`, holding the file `name`, is on a full disk: a small tmpfs
/// mounted over it in a mount namespace of the child's own, holding a copy
/// of the file and then filled until it has no room left. Only that
/// folder's disk is full, as when a home partition fills up; /tmp is not.
inline CliLaunch withFullDisk(const QString &folder, const QString &name)
{
    CliLaunch launch;
    const QByteArray directory = folder.toLocal8Bit();
    const QByteArray file = (folder + u'/' + name).toLocal8Bit();
    const QByteArray filler = (folder + u"/filler"_s).toLocal8Bit();
    launch.inChild = [directory, file, filler] {
        const int original = ::open(file.constData(), O_RDONLY);
        if (original < 0)
            detail::faultSetupFailed("cannot read the file to copy");
        detail::ownMountNamespace();
        if (::mount("tmpfs", directory.constData(), "tmpfs", 0, "size=1m,mode=0700") != 0)
            detail::faultSetupFailed("cannot mount a tmpfs");
        const int copy = ::open(file.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        // Not on the stack: QProcess may start the child with vfork(), on a
        // small stack of its own while the parent waits.
        static char buffer[16384];
        for (ssize_t got; (got = ::read(original, buffer, sizeof buffer)) > 0;) {
            if (copy < 0 || ::write(copy, buffer, size_t(got)) != got)
                detail::faultSetupFailed("the file does not fit in the tmpfs");
        }
        ::close(copy);
        ::close(original);
        std::memset(buffer, 0, sizeof buffer);
        const int fill = ::open(filler.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        while (fill >= 0 && ::write(fill, buffer, sizeof buffer) > 0) {
        }
        for (char byte = 0; fill >= 0 && ::write(fill, &byte, 1) == 1;) {
        }
        ::close(fill);
    };
    return launch;
}

} // namespace inkchat::test::cli
