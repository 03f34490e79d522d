#pragma once

#include <QtGlobal>

namespace inkchat::stream {

/// Bounds on what a framer buffers, so a hostile or broken server cannot make
/// the client grow without limit. Generous by default: real replies never
/// come near them.
struct Limits
{
    static constexpr qsizetype kDefaultMaxLineLength = 8 * 1024 * 1024;
    static constexpr qsizetype kDefaultMaxEventSize = 8 * 1024 * 1024;

    /// Longest line, in bytes, without its terminator.
    qsizetype maxLineLength = kDefaultMaxLineLength;
    /// Largest SSE event, in bytes of joined data.
    qsizetype maxEventSize = kDefaultMaxEventSize;
};

/// Which of the Limits a stream broke: what a caller names to the user,
/// while the framer's error() describes it for logs.
enum class BrokenLimit {
    None,
    LineLength,
    EventSize,
};

} // namespace inkchat::stream
