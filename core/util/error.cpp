#include "error.h"

using namespace Qt::StringLiterals;

namespace inkchat {

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Usage:
        return u"usage"_s;
    case Error::Kind::Network:
        return u"network"_s;
    case Error::Kind::Tls:
        return u"tls"_s;
    case Error::Kind::Timeout:
        return u"timeout"_s;
    case Error::Kind::Http:
        return u"http"_s;
    case Error::Kind::Provider:
        return u"provider"_s;
    case Error::Kind::Protocol:
        return u"protocol"_s;
    case Error::Kind::LimitExceeded:
        return u"limit"_s;
    case Error::Kind::Interrupted:
        return u"interrupted"_s;
    case Error::Kind::Cancelled:
        return u"cancelled"_s;
    case Error::Kind::Unavailable:
        return u"unavailable"_s;
    }
    return u"unknown"_s;
}

} // namespace inkchat
