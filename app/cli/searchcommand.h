#pragma once

#include <QStringList>

namespace inkchat::cli {

/// `inkchat-cli search QUERY [--limit N]`: prints one tab-separated line per
/// stored message that contains every word of QUERY:
///   CONVERSATION_ID <TAB> MESSAGE_ID <TAB> TITLE <TAB> SNIPPET
/// with the matches in the snippet marked [like this]. No match prints
/// nothing and is a success. `arguments` starts with "search".
int runSearchCommand(const QStringList &arguments);

} // namespace inkchat::cli
