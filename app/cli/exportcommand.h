#pragma once

#include <QStringList>

namespace inkchat::cli {

/// `inkchat-cli export (--conversation ID... | --all) --format F -o PATH`:
/// writes stored conversations as md, json, txt, html, pdf or epub,
/// streaming them message by message from the store. `-o -` writes a text
/// format to stdout. Every id is checked first: an unknown one writes
/// nothing. `arguments` starts with "export". Returns the exit code.
int runExportCommand(const QStringList &arguments);

/// Whether these arguments (starting with "export") ask for a PDF, whose
/// layout needs a QGuiApplication rather than a QCoreApplication.
bool exportNeedsGui(const QStringList &arguments);

} // namespace inkchat::cli
