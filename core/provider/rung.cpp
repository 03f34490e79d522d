#include "rung.h"

using namespace Qt::StringLiterals;

namespace inkchat::provider {

QString rungName(Rung rung)
{
    switch (rung) {
    case Rung::WebSocket:
        return u"websocket"_s;
    case Rung::Stream:
        return u"sse"_s;
    case Rung::Poll:
        return u"poll"_s;
    case Rung::Single:
        return u"json"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Rung> rungFromName(QStringView name)
{
    for (Rung rung : allRungs()) {
        if (rungName(rung) == name)
            return rung;
    }
    return std::nullopt;
}

QList<Rung> allRungs()
{
    return {Rung::WebSocket, Rung::Stream, Rung::Poll, Rung::Single};
}

} // namespace inkchat::provider
