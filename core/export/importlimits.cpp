#include "importlimits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

Error tooLarge(const ImportLimits &limits)
{
    return Error::make(Error::Kind::LimitExceeded,
                       u"The file is larger than the import limit of %1 MiB."_s.arg(
                           double(limits.maxBytes) / (1024.0 * 1024.0), 0, 'f', 1));
}

} // namespace

Result<QByteArray> readWithinLimit(QIODevice &device, const ImportLimits &limits)
{
    if (!device.isReadable())
        return Error::make(Error::Kind::Usage, u"The file is not open for reading."_s);
    if (!device.isSequential() && device.size() - device.pos() > limits.maxBytes)
        return tooLarge(limits); // known before reading a byte
    // Read in chunks: one read() of the whole limit would allocate it all.
    constexpr qint64 kChunk = 1024 * 1024;
    QByteArray bytes;
    for (;;) {
        // One byte more than allowed tells a file at the limit from one past it.
        const qint64 wanted = std::min(kChunk, limits.maxBytes + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + wanted);
        const qint64 got = device.read(bytes.data() + before, wanted);
        if (got < 0)
            return Error::make(Error::Kind::Unavailable,
                               u"Cannot read the file: %1"_s.arg(device.errorString()));
        bytes.resize(before + got);
        if (bytes.size() > limits.maxBytes)
            return tooLarge(limits);
        if (got == 0)
            return bytes;
    }
}

std::optional<Error> checkWithinLimit(const QByteArray &bytes, const ImportLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return tooLarge(limits);
    return std::nullopt;
}

} // namespace inkchat::exporting
