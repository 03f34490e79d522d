#pragma once

#include <QStringList>

namespace inkchat::cli {

/// `inkchat-cli import FILE [--format inkchat|chatgpt]`: stores the
/// conversations of an Inkchat JSON export or a ChatGPT data export
/// (conversations.json), telling them apart by their first character when
/// --format is not given. A conversation stored already (same uuid) is
/// skipped, so importing a file twice never duplicates it. Prints what was
/// imported. `arguments` starts with "import". Returns the exit code.
int runImportCommand(const QStringList &arguments);

} // namespace inkchat::cli
