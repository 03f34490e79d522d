#pragma once

#include <QStringList>

namespace inkchat::cli {

/// `inkchat-cli list`: prints one tab-separated line per stored
/// conversation, most recently active first:
///   ID <TAB> LAST_ACTIVITY (ISO 8601, UTC) <TAB> MESSAGES <TAB> TITLE
/// `arguments` starts with "list". Returns the exit code.
int runListCommand(const QStringList &arguments);

} // namespace inkchat::cli
