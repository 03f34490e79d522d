#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QIODevice>

namespace inkchat::exporting {

/// Bounds on what an import reads, so a wrong or hostile file fails with a
/// clear error instead of exhausting memory or holding the store's write
/// lock for long. An import streams: what it holds at once is one value
/// read whole (a message; a ChatGPT message tree node), never the file.
struct ImportLimits
{
    qint64 maxBytes = qint64(256) * 1024 * 1024;
    /// The JSON of one value read whole: room for the longest reply Inkchat
    /// keeps (16 Mi characters), which its JSON export may write in up to
    /// 96 MiB (\u escapes).
    qint64 maxValueBytes = qint64(128) * 1024 * 1024;
};

/// Refuses a file larger than limits.maxBytes before reading a byte of it,
/// when its size is known (not a pipe).
std::optional<Error> checkSizeWithinLimit(const QIODevice &device, const ImportLimits &limits);
/// The LimitExceeded error for a file over limits.maxBytes.
Error fileTooLarge(const ImportLimits &limits);

} // namespace inkchat::exporting
