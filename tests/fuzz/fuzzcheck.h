#pragma once

#include <cstdio>
#include <cstdlib>

/// FUZZ_CHECK(condition): a promise of the code under test. A broken one
/// prints where and aborts, so libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(condition)                                                                                \
    ((condition) ? void(0) : ::inkchat::fuzz::failCheck(#condition, __FILE__, __LINE__))

namespace inkchat::fuzz {

[[noreturn]] inline void failCheck(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s\n  at %s:%d\n", condition, file, line);
    std::fflush(stderr);
    std::abort();
}

} // namespace inkchat::fuzz
