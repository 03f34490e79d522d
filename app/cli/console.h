#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

class QCommandLineParser;

/// Small console helpers shared by the inkchat-cli commands.
namespace inkchat::cli {

/// Writes bytes to stdout and flushes at once, so a pipe reader sees them now.
void writeOut(QByteArrayView bytes);

/// Writes bytes to stderr (unbuffered).
void writeErr(QByteArrayView bytes);

/// Reads up to `size` bytes from stdin, waiting only until some are there:
/// a pipe's bytes come back as soon as they arrive, not once `size` have.
/// Returns how many were read, 0 at the end of the input, -1 on an error.
qint64 readStdin(char *buffer, qint64 size);

/// Writes a piece of a reply to stdout: byte for byte when stdout is a file
/// or a pipe (scripts get the model's text exactly); on a terminal, control
/// characters other than newline and tab are made visible, so a reply
/// cannot drive the terminal.
void writeReply(const QString &text);

/// Writes text a server chose (reasoning) to stderr with its control
/// characters other than newline and tab made visible.
void writeErrText(const QString &text);

/// Prints the one-line diagnostic "inkchat-cli: error: <message>" to stderr.
void printError(const QString &message);

/// Prints the one-line note "inkchat-cli: <message>" to stderr: what the
/// program is doing, not an error.
void printNote(const QString &message);

/// Prints a usage error and the hint "Try 'inkchat-cli <command> --help'.";
/// returns ExitUsage.
int usageError(const QString &message, const char *command);

/// Parses a positive number of seconds ("60", "0.2") into milliseconds.
std::optional<int> parseSeconds(const QString &text);

/// Parses a positive whole number (a stored id, a limit).
std::optional<qint64> parsePositive(const QString &text);

/// A command's --help: its usage text, the parser's options and the exit
/// codes. QCommandLineParser's own first line names the program file where
/// ours names the command, so only its "Options:" part is kept.
QString commandHelp(const char *usage, const QCommandLineParser &parser);

/// Makes text one field of a tab-separated line: tabs and line breaks
/// become spaces, so a title cannot split a record of `list` or `search`,
/// and other control characters are made visible (escapeControls()), so a
/// stored title or message cannot drive the terminal.
QString oneField(QString text);

} // namespace inkchat::cli
