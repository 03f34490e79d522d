#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QIODevice>

namespace inkchat::exporting {

/// Bounds on what an import reads, so a wrong or hostile file fails with a
/// clear error instead of exhausting memory: the parsed JSON needs several
/// times the file's size.
struct ImportLimits
{
    qint64 maxBytes = qint64(256) * 1024 * 1024;
};

/// All bytes of `device` (opened for reading), or LimitExceeded as soon as
/// there are more than limits.maxBytes, without reading the rest.
Result<QByteArray> readWithinLimit(QIODevice &device, const ImportLimits &limits);
/// LimitExceeded if `bytes` is larger than limits.maxBytes.
std::optional<Error> checkWithinLimit(const QByteArray &bytes, const ImportLimits &limits);

} // namespace inkchat::exporting
