#include "useragent.h"

namespace inkchat::transport {

QByteArray userAgent()
{
    return QByteArrayLiteral("Inkchat/" INKCHAT_VERSION);
}

} // namespace inkchat::transport
