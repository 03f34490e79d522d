#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace inkchat {

/// Reads an HTTP Retry-After value (RFC 9110 §10.2.3): delta-seconds
/// ("120") or an HTTP-date in any of its three forms (IMF-fixdate, the
/// obsolete RFC 850 and asctime forms). A date in the past gives 0 seconds;
/// a value that is neither gives nullopt. `now` is injected so callers and
/// tests control the clock.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace inkchat
