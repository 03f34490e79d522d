#pragma once

#include <QString>

namespace inkchat::chat {

/// The longest automatic title, in UTF-16 code units, the ellipsis included.
inline constexpr qsizetype kMaxTitleLength = 60;

/// The title a conversation gets from its first message, in every front
/// end: the first line that has text, white space runs made one space, cut
/// to kMaxTitleLength with "…" (at a word boundary when one is near, never
/// inside a surrogate pair). Empty for a message of only white space.
QString titleFromMessage(const QString &message);

} // namespace inkchat::chat
