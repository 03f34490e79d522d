#pragma once

#include <QString>

namespace inkchat::exporting {

/// A file name (without suffix) made from a conversation's title that is
/// valid and harmless on Windows, macOS and Linux: no path separators or
/// characters Windows reserves (\ / : * ? " < > |), no control characters,
/// no bidirectional overrides or invisible formatting characters (a
/// right-to-left override makes "txt.exe" look like "exe.txt"), no
/// device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with any extension),
/// no leading dot (hidden) and no trailing dot or space (Windows drops
/// them); at most `maxLength` UTF-16 units, never half a character.
/// `fallback` when nothing is left.
QString exportFileName(const QString &title, const QString &fallback, qsizetype maxLength = 60);

} // namespace inkchat::exporting
