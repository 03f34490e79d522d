#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace inkchat::markdown {

/// What a character reference such as "&copy;", "&#169;" or "&#xA9;"
/// (with its & and ;) stands for, or nullopt if it is no reference
/// (an unknown name): then it is text as written. Names are HTML5's, as
/// CommonMark requires. A number that is no Unicode scalar value (0, a
/// surrogate, beyond U+10FFFF), a character XML 1.0 forbids or a
/// noncharacter (which callers use as in-band markers) is U+FFFD.
std::optional<QString> decodeCharacterReference(QByteArrayView reference);

} // namespace inkchat::markdown
