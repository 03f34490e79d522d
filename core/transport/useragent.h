#pragma once

#include <QByteArray>

namespace inkchat::transport {

/// "Inkchat/<version>": the User-Agent of every request and WebSocket
/// upgrade, so a provider's logs and a proxy's rules can tell Inkchat from
/// a browser (Qt would send "Mozilla/5.0").
QByteArray userAgent();

} // namespace inkchat::transport
