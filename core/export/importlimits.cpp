#include "importlimits.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

Error fileTooLarge(const ImportLimits &limits)
{
    const QString mebibytes = QString::number(double(limits.maxBytes) / (1024.0 * 1024.0), 'f', 1);
    return Error::coded(Error::Kind::LimitExceeded, Error::Code::ImportTooLarge, mebibytes,
                        u"The file is larger than the import limit of %1 MiB."_s.arg(mebibytes));
}

std::optional<Error> checkSizeWithinLimit(const QIODevice &device, const ImportLimits &limits)
{
    if (!device.isSequential() && device.size() - device.pos() > limits.maxBytes)
        return fileTooLarge(limits);
    return std::nullopt;
}

} // namespace inkchat::exporting
