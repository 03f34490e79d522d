#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace inkchat::stream {

/// The bytes as valid UTF-8, decoded as the WHATWG Encoding Standard's UTF-8
/// decoder does: each maximal invalid subpart becomes one U+FFFD, and a
/// sequence cut off at the end becomes one U+FFFD. Returns the input
/// unchanged (shared, not copied) when it is already valid.
QByteArray toValidUtf8(const QByteArray &bytes);
QByteArray toValidUtf8(QByteArrayView bytes);

} // namespace inkchat::stream
