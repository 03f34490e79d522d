#pragma once

#include <csignal>
#include <sys/resource.h>

namespace inkchat::test {

/// While it lives, no file of this process may grow (RLIMIT_FSIZE 0, what
/// `ulimit -f 0` sets, with SIGXFSZ ignored): every write that needs room
/// fails with EFBIG, as on a disk with none left. Works as root too, where
/// file modes stop nothing. Pipes and terminals are not files: test output
/// still flows.
class FullDisk
{
public:
    FullDisk()
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit none{0, m_saved.rlim_max};
        setrlimit(RLIMIT_FSIZE, &none);
    }
    ~FullDisk()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace inkchat::test
