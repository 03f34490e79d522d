#pragma once

#include <QString>
#include <QStringView>

namespace inkchat {

/// Which line breaks escapeControls() leaves as they are.
enum class KeptControls {
    None,          ///< one line: every control character is escaped
    LineBreaksTabs ///< newline (LF) and tab stay; CR, ESC and the rest are escaped
};

/// Makes the C0 controls, DEL and the C1 controls (U+0080..U+009F) visible
/// as "\x1b" or "\u009b", so text from a server (an error message, a title,
/// a reply) cannot drive a terminal: no window title, clear screen, OSC 52
/// clipboard write, hyperlink or cursor move. Everything else, non-ASCII
/// included, is kept as it is. Text without such characters comes back
/// unchanged and unshared work is avoided.
QString escapeControls(QStringView text, KeptControls kept = KeptControls::None);

/// Whether escapeControls() would change `text`.
bool hasControls(QStringView text, KeptControls kept = KeptControls::None);

/// Makes every log message one line without control characters before
/// Qt's handler writes it: logs quote servers (an error body, a reason),
/// and they go to the terminal the program was started from.
void escapeControlsInLogs();

} // namespace inkchat
